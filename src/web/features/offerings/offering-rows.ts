import { allTexts, type TextPicker } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { FillForecastReport, PlanReport, Severity } from "../../../model/report.ts";

/** One line of the offerings list: the report's figures with what the plan adds (fill). */
export interface OfferingRow {
	id: string;
	title: string;
	/** Every language of the title and the id, folded for a search (see `folded`). */
	searchText: string;
	intake: string | null;
	intakeLabel: string | undefined;
	/** The intake's studies start, which orders intakes. */
	intakeStart: string | undefined;
	field: string | undefined;
	fieldName: string | undefined;
	start: string;
	/** The worst finding's severity, null when there is none. */
	severity: Severity | null;
	findings: number;
	leadTimeDays: number;
	coverage: number;
	/** Null when it never breaks even. */
	breakEven: number | null;
	min: number;
	max: number;
	communicationShare: number;
	/** The registration count: the forecast's when there is one, else the latest; null when none was recorded. */
	registrations: number | null;
	/** The report's fill forecast, null when it has none (docs/forecast.md). */
	forecast: FillForecastReport | null;
	unsaved: boolean;
}

/** Lower case without accents, so "tootmine" finds "Tootmine" and "mägi" finds "Magi". */
export function folded(text: string): string {
	return text
		.normalize("NFD")
		.replace(/\p{Diacritic}/gu, "")
		.toLowerCase();
}

/** The count recorded on the latest date, or null when there is none. */
export function latestRegistrations(offering: Offering | undefined): number | null {
	const counts = offering?.registrations ?? [];
	let latest: { date: string; count: number } | undefined;
	for (const entry of counts) if (!latest || entry.date > latest.date) latest = entry;
	return latest?.count ?? null;
}

function worstSeverity(severities: readonly Severity[]): Severity | null {
	if (severities.includes("error")) return "error";
	return severities.length > 0 ? "warning" : null;
}

/**
 * The list's rows: each offering of the report (the preview's, so drafts show) joined with its
 * plan entry; `text` picks the language of intake and field names.
 */
export function offeringRows(
	report: PlanReport,
	preview: PlanFile,
	text: TextPicker,
	unsaved: ReadonlySet<string> = new Set(),
): OfferingRow[] {
	const offerings = new Map(preview.offerings.map((offering) => [offering.id, offering]));
	const intakes = new Map(report.intakes.map((intake) => [intake.id, intake]));
	const fields = new Map(
		(preview.institution.fields ?? []).map((field) => [field.id, text(field.name)]),
	);
	return report.offerings.map((entry) => {
		const offering = offerings.get(entry.id);
		const intake = entry.intake === null ? undefined : intakes.get(entry.intake);
		const field = offering?.field;
		return {
			id: entry.id,
			title: entry.title,
			searchText: folded(
				[entry.id, entry.title, ...(offering ? allTexts(offering.title) : [])].join(" "),
			),
			intake: entry.intake,
			intakeLabel: intake?.label ?? entry.intake ?? undefined,
			intakeStart: intake?.studiesStart,
			field,
			fieldName: field === undefined ? undefined : (fields.get(field) ?? field),
			start: entry.start,
			severity: worstSeverity(entry.findings.map((finding) => finding.severity)),
			findings: entry.findings.length,
			leadTimeDays: entry.leadTimeDays,
			coverage: entry.decisionWindowCoverage,
			breakEven: entry.breakEvenParticipants,
			min: entry.participants.min,
			max: entry.participants.max,
			communicationShare: entry.communicationShare,
			registrations: entry.forecast?.current ?? latestRegistrations(offering),
			forecast: entry.forecast ?? null,
			unsaved: unsaved.has(entry.id),
		};
	});
}
