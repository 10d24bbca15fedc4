import { type AuditEntry, listChanges } from "../store/audit-repository.ts";
import {
	listInstitutions,
	type InstitutionSummary as StoredSummary,
} from "../store/institution-repository.ts";
import type { Actor } from "./actor.ts";
import { type ServiceContext, todayFor } from "./context.ts";

export type { AuditEntry };

/** An institution as its list shows it, with the day it is today there. */
export interface InstitutionSummary extends StoredSummary {
	/** `YYYY-MM-DD` in its time zone, or the pinned day: what its report judges by. */
	today: string;
}

/** The institutions an actor can see (an administrator all, anyone else their own), with their today. */
export async function visibleInstitutions(
	context: ServiceContext,
	actor: Actor,
): Promise<InstitutionSummary[]> {
	const institutions = await listInstitutions(
		context.store.db,
		actor.institutionId === null ? undefined : [actor.institutionId],
	);
	return institutions.map((institution) => ({
		...institution,
		today: todayFor(context, institution.timezone),
	}));
}

/** An institution's changes, newest first; `before` pages back from an entry id. */
export function auditLog(
	context: ServiceContext,
	institutionId: string,
	page: { limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
	return listChanges(context.store.db, institutionId, page);
}
