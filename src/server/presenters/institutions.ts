import type { AuditEntryView, InstitutionSummary } from "../../model/api/institutions.ts";
import type {
	AuditEntry,
	InstitutionSummary as StoredSummary,
} from "../../service/institutions.ts";

export function presentInstitution(summary: StoredSummary): InstitutionSummary {
	return {
		id: summary.id,
		name: summary.name,
		planVersion: summary.planVersion,
		offerings: summary.offerings,
	};
}

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
