import type { Me } from "../../../model/api/session.ts";
import type { Person } from "../../../model/institution.ts";

/**
 * The people id of the plan's person linked to the signed-in account: the account's `person`
 * when the API gives one (null: linked to nobody), else the person with the account's e-mail.
 */
export function linkedPerson(me: Me, people: readonly Person[]): string | null {
	const linked = (me as { person?: string | null }).person;
	if (linked !== undefined) return linked;
	const email = me.email.toLowerCase();
	return people.find((person) => person.email.toLowerCase() === email)?.id ?? null;
}

/** Whether the account may look at anyone's tasks, not only its own. */
export function seesEveryonesTasks(me: Me): boolean {
	return me.role === "manager" || me.role === "admin";
}
