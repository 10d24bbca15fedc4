import type { PlanReport } from "../model/report.ts";

/** The `--format json` output: the report as docs/rules.md gives it, pretty-printed. */
export function renderJson(report: PlanReport): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}
