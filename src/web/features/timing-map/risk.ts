import type { Finding, FindingCode } from "../../../model/report.ts";

/** An offering's worst finding: what colours its bar, always shown with a mark and a word. */
export const risks = ["error", "warning", "none"] as const;
export type Risk = (typeof risks)[number];

/** The worst severity among the findings; `none` without findings. */
export function riskOf(findings: readonly Finding[]): Risk {
	if (findings.some((finding) => finding.severity === "error")) return "error";
	return findings.length > 0 ? "warning" : "none";
}

/** The findings that say the course reaches learners after, or too late in, their decision window. */
export const lateCodes: ReadonlySet<FindingCode> = new Set([
	"PUBLISHED_AFTER_DECISION_WINDOW",
	"LOW_DECISION_WINDOW_COVERAGE",
	"MARKETING_BLOCKED_BY_DEPENDENCY",
]);

/** Whether a finding says the course reaches learners too late. */
export function isLate(findings: readonly Finding[]): boolean {
	return findings.some((finding) => lateCodes.has(finding.code));
}
