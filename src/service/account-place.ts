import type { AccountRole } from "../model/api/roles.ts";
import type { Person } from "../model/institution.ts";
import type { Problem } from "../model/problems.ts";
import { institutionExists } from "../store/account-repository.ts";
import { getResource, listResources } from "../store/resource-repository.ts";
import type { ServiceContext } from "./context.ts";

/** What an account is: its role, the institution it belongs to and the person of the plan. */
export interface AccountPlace {
	role: AccountRole;
	/** Null for an administrator; every other role belongs to one existing institution. */
	institutionId: string | null;
	/** A `people` id of the institution's current plan; an administrator is nobody's. */
	personId: string | null;
}

/** The names the problems give the institution and the person: the caller's own field names. */
export interface PlacePaths {
	institution: string;
	person: string;
}

/**
 * The problems of a place: an administrator belongs to no institution and is no person; every
 * other role belongs to an institution that exists; a person is one of that institution's
 * current plan. The person found comes back too, so a new account can be named after them.
 */
export async function placeProblems(
	context: ServiceContext,
	place: AccountPlace,
	paths: PlacePaths,
): Promise<{ problems: Problem[]; person: Person | undefined }> {
	const { role, institutionId, personId } = place;
	if (role === "admin") {
		const problems: Problem[] = [];
		if (institutionId !== null)
			problems.push({
				path: paths.institution,
				message: "an administrator belongs to no institution",
			});
		if (personId !== null)
			problems.push({ path: paths.person, message: "an administrator is no person of a plan" });
		return { problems, person: undefined };
	}
	if (institutionId === null)
		return {
			problems: [{ path: paths.institution, message: `a ${role} belongs to an institution` }],
			person: undefined,
		};
	if (!(await institutionExists(context.store.db, institutionId)))
		return {
			problems: [
				{
					path: paths.institution,
					message: `institution ${JSON.stringify(institutionId)} does not exist`,
				},
			],
			person: undefined,
		};
	if (personId === null) return { problems: [], person: undefined };
	const person = (await getResource(context.store.db, "people", institutionId, personId))?.value;
	if (person) return { problems: [], person };
	return {
		problems: [
			{
				path: paths.person,
				message: `${JSON.stringify(personId)} is not a person of the plan of ${institutionId}`,
			},
		],
		person: undefined,
	};
}

/**
 * The person of the institution's plan whose e-mail is the account's, when exactly one is: an
 * account made without naming its person is linked to it, so that its tasks are theirs.
 */
export async function personWithEmail(
	context: ServiceContext,
	role: string,
	institutionId: string | null,
	email: string,
): Promise<string | null> {
	if (role === "admin" || institutionId === null) return null;
	if (!(await institutionExists(context.store.db, institutionId))) return null;
	const matches: string[] = [];
	let after: number | undefined;
	do {
		const page = await listResources(context.store.db, "people", institutionId, {
			limit: 500,
			after,
		});
		for (const { value } of page.items)
			if (value.email.toLowerCase() === email.toLowerCase()) matches.push(value.id);
		after = page.next;
	} while (after !== undefined);
	return matches.length === 1 ? (matches[0] ?? null) : null;
}
