import type { Finding, Severity } from "../model/report.ts";

/** The worst severity among findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
	if (findings.some((entry) => entry.severity === "error")) return "error";
	return findings.length > 0 ? "warning" : undefined;
}
