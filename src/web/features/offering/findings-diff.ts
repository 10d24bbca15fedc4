import type { Finding } from "../../../model/report.ts";

/** A finding's identity across two reports: its code and milestone (messages name changing figures). */
export function findingKey(finding: Finding): string {
	return `${finding.code}/${finding.milestone ?? ""}`;
}

/** The saved report's findings that the preview no longer has: what the unsaved changes remove. */
export function goneFindings(saved: readonly Finding[], preview: readonly Finding[]): Finding[] {
	const still = new Set(preview.map(findingKey));
	return saved.filter((finding) => !still.has(findingKey(finding)));
}
