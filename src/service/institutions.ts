import { type AuditEntry, listChanges } from "../store/audit-repository.ts";
import { type InstitutionSummary, listInstitutions } from "../store/institution-repository.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";

export type { AuditEntry, InstitutionSummary };

/** The institutions an actor can see: an administrator all, anyone else their own. */
export function visibleInstitutions(
	context: ServiceContext,
	actor: Actor,
): Promise<InstitutionSummary[]> {
	return listInstitutions(
		context.store.db,
		actor.institutionId === null ? undefined : [actor.institutionId],
	);
}

/** An institution's changes, newest first; `before` pages back from an entry id. */
export function auditLog(
	context: ServiceContext,
	institutionId: string,
	page: { limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
	return listChanges(context.store.db, institutionId, page);
}
