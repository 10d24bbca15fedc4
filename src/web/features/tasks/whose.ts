import type { Me } from "../../../model/api/session.ts";

/** Whether the account may look at anyone's tasks, not only its own linked person's. */
export function seesEveryonesTasks(me: Me): boolean {
	return me.role === "manager" || me.role === "admin";
}
