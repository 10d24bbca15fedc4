import type { AuditEntryView, InstitutionSummary } from "../../model/api/institutions.ts";
import type {
	AuditEntry,
	InstitutionSummary as StoredSummary,
} from "../../service/institutions.ts";

/** An institution in the list: its plan's version and size, time zone, languages and today. */
export function presentInstitution(summary: StoredSummary): InstitutionSummary {
	return {
		id: summary.id,
		name: summary.name,
		planVersion: summary.planVersion,
		offerings: summary.offerings,
		timezone: summary.timezone,
		languages: summary.languages,
		today: summary.today,
	};
}

/** One entry of the audit log, its before and after as they were stored. */
export function presentAuditEntry(entry: AuditEntry): AuditEntryView {
	return {
		id: entry.id,
		at: entry.at,
		actor: entry.actor,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId,
		before: entry.before,
		after: entry.after,
	};
}
