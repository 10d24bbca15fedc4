import { type Backtest, backtest } from "../engine/backtest.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { textTable } from "../report/columns.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";
import { readPlanFile } from "./read-plan.ts";

export interface BacktestOptions {
	format: "table" | "json";
}

/**
 * `kairos backtest FILE`: the fill forecast replayed on the plan's history, leaving each past
 * offering out in turn, with its mean absolute error 8, 4 and 2 weeks before the start.
 */
export async function runBacktest(file: string, options: BacktestOptions): Promise<ExitCode> {
	const read = await readPlanFile(file);
	if (!read.ok) {
		printProblems(read.problems);
		return ExitCode.BadInput;
	}
	const result = backtest(read.plan.history ?? []);
	process.stdout.write(
		options.format === "json"
			? `${JSON.stringify({ institution: institutionOf(read.plan), ...result }, null, 2)}\n`
			: backtestTable(read.plan, result),
	);
	return ExitCode.Done;
}

function institutionOf(plan: PlanFile): { id: string; name: string } {
	return { id: plan.institution.id, name: plan.institution.name };
}

const none = "–";

function backtestTable(plan: PlanFile, result: Backtest): string {
	const heading =
		`${plan.institution.name}: the fill forecast replayed on ${result.pastOfferings} past offerings ` +
		"with registration counts, each forecast from the others\n\n";
	const rows = result.leads.map((lead) => [
		`${lead.weeksBeforeStart} weeks`,
		String(lead.forecasts),
		lead.meanAbsoluteError === null ? none : lead.meanAbsoluteError.toFixed(2),
		lead.withinRange === null ? none : `${Math.round(lead.withinRange * 100)}%`,
	]);
	return (
		heading +
		textTable(["before start", "forecasts", "mean abs. error", "final in range"], rows) +
		"\nThe error is in participants: |expected − final|. The range is the forecast's 10th to 90th percentile.\n"
	);
}
