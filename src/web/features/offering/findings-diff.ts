import type { Finding } from "../../../model/report.ts";

/**
 * The params that tell apart the findings of one code on one offering: MISSING_OWNER comes once
 * per role, MODULE_INCOMPLETE once per module.
 */
const subjectParams = ["role", "module"] as const;

/**
 * A finding's identity across two reports: its code, milestone and subject (messages name
 * changing figures), distinct for every finding of one offering.
 */
export function findingKey(finding: Finding): string {
	const subject = subjectParams.map((name) => finding.params?.[name] ?? "").join("/");
	return `${finding.code}/${finding.milestone ?? ""}/${subject}`;
}

/** The saved report's findings that the preview no longer has: what the unsaved changes remove. */
export function goneFindings(saved: readonly Finding[], preview: readonly Finding[]): Finding[] {
	const still = new Set(preview.map(findingKey));
	return saved.filter((finding) => !still.has(findingKey(finding)));
}
