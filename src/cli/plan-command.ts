import type { PlanReport } from "../model/report.ts";
import { renderJson } from "../report/json.ts";
import { ExitCode } from "./exit-codes.ts";
import { planLanguageRule, readReportInput } from "./report-input.ts";

export type ReportFormat = "table" | "json" | "ics" | "html";

export interface PlanCommandOptions {
	today?: string;
	format: ReportFormat;
	strict?: boolean;
	/** The language of titles and milestone labels; by default the institution's first. */
	language?: string;
}

/** `kairos plan FILE`: the whole output is rendered before anything is written. */
export async function runPlan(file: string, options: PlanCommandOptions): Promise<ExitCode> {
	const input = await readReportInput(file, options, planLanguageRule);
	if (input === undefined) return ExitCode.BadInput;
	const { report } = input;
	process.stdout.write(await render(report, options.format));
	return options.strict && report.summary.errors > 0 ? ExitCode.ErrorFindings : ExitCode.Done;
}

async function render(report: PlanReport, format: ReportFormat): Promise<string> {
	switch (format) {
		case "json":
			return renderJson(report);
		case "table": {
			const { renderTable } = await import("../report/table.ts");
			return renderTable(report, { color: wantsColor(process.stdout) });
		}
		case "ics": {
			const { renderIcs } = await import("../report/ics.ts");
			// A pinned --today makes the output reproducible; otherwise the stamp is now.
			return renderIcs(report, {
				stamp: report.today ? new Date(`${report.today}T00:00:00Z`) : new Date(),
			});
		}
		case "html": {
			const { renderHtml } = await import("../report/html.ts");
			return renderHtml(report);
		}
	}
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(stream: NodeJS.WriteStream): boolean {
	return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}
