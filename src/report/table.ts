import { toDay, toIso } from "../engine/days.ts";
import type { Finding, OfferingReport, PlanReport } from "../model/report.ts";
import { ansi, type Paint, plain } from "./ansi.ts";
import { alignColumns } from "./columns.ts";
import { ownerNames } from "./people.ts";
import { sharePercent } from "./percent.ts";
import { worstSeverity } from "./severity.ts";

export interface TableOptions {
	/** ANSI colours by severity; off for NO_COLOR and when the output is not a terminal. */
	color: boolean;
}

const SOON_DAYS = 14;

/** The terminal view for a programme manager: per intake, each offering's timing and findings. */
export function renderTable(report: PlanReport, options: TableOptions): string {
	const paint = options.color ? ansi : plain;
	const lines: string[] = [];
	const { summary } = report;
	lines.push(
		paint.bold(
			`${report.institution.name}: marketing plan report${report.today ? ` on ${report.today}` : ""}`,
		),
	);
	lines.push(
		`${summary.offerings} offerings · ${count(summary.errors, "error", paint.error)} · ${count(summary.warnings, "warning", paint.warning)}`,
	);
	const intakes = new Map(report.intakes.map((intake) => [intake.id, intake]));
	for (const [intakeId, offerings] of groupByIntake(report.offerings)) {
		const intake = intakeId === null ? undefined : intakes.get(intakeId);
		lines.push("");
		lines.push(
			intake
				? `${paint.bold(intake.label)}${paint.dim(`  studies start ${intake.studiesStart}, decision window ${intake.decisionWindow.from} – ${intake.decisionWindow.to}`)}`
				: paint.bold("Not linked to an intake"),
		);
		lines.push(...offeringTable(offerings, paint));
	}
	if (report.findings.length > 0) {
		lines.push("", paint.bold("Institution"));
		for (const entry of report.findings) lines.push(...findingLines(entry, paint));
	}
	if (report.today) lines.push(...dueSoon(report, report.today, paint));
	return `${lines.join("\n")}\n`;
}

function offeringTable(offerings: readonly OfferingReport[], paint: Paint): string[] {
	const header = ["offering", "start", "public from", "lead", "coverage", "break-even", "comm."];
	const rows = offerings.map((offering) => [
		offering.id,
		offering.start,
		offering.publication,
		`${offering.leadTimeDays} d`,
		`${sharePercent(offering.decisionWindowCoverage, 0)}%`,
		`${offering.breakEvenParticipants === 0 ? "any" : (offering.breakEvenParticipants ?? "never")} (min ${offering.participants.min})`,
		`${sharePercent(offering.communicationShare, 1).toFixed(1)}%`,
	]);
	const aligned = alignColumns(header, rows);
	const out = [`  ${paint.dim(aligned.header)}`];
	offerings.forEach((offering, index) => {
		const severity = worstSeverity(offering.findings);
		const mark =
			severity === "error"
				? paint.error("✖")
				: severity === "warning"
					? paint.warning("▲")
					: paint.ok("✔");
		out.push(`${mark} ${aligned.rows[index] ?? ""}`);
		for (const entry of offering.findings)
			out.push(...findingLines(entry, paint).map((text) => `  ${text}`));
	});
	return out;
}

function findingLines(entry: Finding, paint: Paint): string[] {
	const tone = entry.severity === "error" ? paint.error : paint.warning;
	const milestone = entry.milestone ? ` [${entry.milestone}]` : "";
	return [
		`  ${tone(`${entry.severity} ${entry.code}`)}${milestone}: ${entry.message}`,
		`    ${paint.dim(`→ ${entry.suggestion}`)}`,
	];
}

function dueSoon(report: PlanReport, today: string, paint: Paint): string[] {
	const ownerName = ownerNames(report);
	const horizon = toIso(toDay(today) + SOON_DAYS);
	const due = report.offerings
		.flatMap((offering) =>
			offering.milestones
				.filter(
					(milestone) =>
						milestone.kind === "task" &&
						milestone.status !== "done" &&
						milestone.due >= today &&
						milestone.due <= horizon,
				)
				.map((milestone) => ({ offering, milestone })),
		)
		.sort((a, b) => a.milestone.due.localeCompare(b.milestone.due));
	if (due.length === 0) return [];
	return [
		"",
		paint.bold(`Due in the next ${SOON_DAYS} days`),
		...due.map(
			({ offering, milestone }) =>
				`  ${milestone.due}  ${offering.id}: ${milestone.label} (${milestone.role}${milestone.owner ? `, ${ownerName(milestone.owner)}` : ""})`,
		),
	];
}

function groupByIntake(offerings: readonly OfferingReport[]): Map<string | null, OfferingReport[]> {
	const groups = new Map<string | null, OfferingReport[]>();
	const sorted = [...offerings].sort(
		(a, b) =>
			a.decisionWindow.from.localeCompare(b.decisionWindow.from) || a.start.localeCompare(b.start),
	);
	for (const offering of sorted) {
		const group = groups.get(offering.intake) ?? [];
		group.push(offering);
		groups.set(offering.intake, group);
	}
	return groups;
}

function count(n: number, noun: string, tone: (text: string) => string): string {
	const text = `${n} ${noun}${n === 1 ? "" : "s"}`;
	return n > 0 ? tone(text) : text;
}
