import type {
	PastFacts,
	YearlyIntake,
	YearlyOffering,
	YearlyReport,
} from "../../model/analysis.ts";
import type { Intake } from "../../model/intake.ts";
import { textIn } from "../../model/localized-text.ts";
import { latestRegistrationCount, type Offering } from "../../model/offering.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import type { OfferingReport, PlanReport } from "../../model/report.ts";
import { budgetOf } from "../budget.ts";
import { toIso } from "../days.ts";
import { resolveRules } from "../rules.ts";
import { analyzePlan } from "./analyze.ts";
import { stillRunning } from "./at-risk.ts";
import { intakeGroupLabel } from "./groups.ts";
import { movedIntakes, pastIntakeOf } from "./past-intakes.ts";
import { meanEstimateOf, median } from "./statistics.ts";

/** The currency of a plan without offerings to take it from. */
export const defaultCurrency = "EUR";

/**
 * The most intakes the yearly report gives one by one: more in a year than any school has.
 * Past them, the intakes with the fewest offerings are summed in one entry.
 */
export const maxYearlyIntakes = 12;

function fromHistory(fact: PastFacts): YearlyOffering {
	return {
		id: fact.id,
		title: fact.title,
		...(fact.field !== undefined && { field: fact.field }),
		status: fact.outcome,
		publication: fact.publication,
		start: fact.start,
		leadTimeDays: fact.leadTimeDays,
		coverage: fact.coverage,
		places: fact.places,
		minimum: fact.minimum,
		registrations: fact.finalRegistrations,
		fill: fact.fill,
		...(fact.communicationSpend !== undefined && { communicationSpend: fact.communicationSpend }),
		// A cancelled course enrolled no one: its registrations are no enrolments to cost.
		...(fact.outcome === "ran" &&
			fact.costPerEnrolment !== undefined && { costPerEnrolment: fact.costPerEnrolment }),
	};
}

/**
 * The status of an offering still in the plan on `today`: cancelled by its decision; ran once it
 * has ended (a plan file keeps it until the history job would move it); running once started;
 * else planned.
 */
function planStatus(shown: OfferingReport, today: string | undefined): YearlyOffering["status"] {
	if (!stillRunning(shown)) return "cancelled";
	if (today === undefined) return "planned";
	if (shown.end < today) return "ran";
	return shown.start <= today ? "running" : "planned";
}

/**
 * An offering of the plan, with its registrations so far (the forecast's current count, else
 * the plan's latest count; once it ran, at most its maximum group) and its communication budget
 * at the minimum group.
 */
function fromPlan(
	shown: OfferingReport,
	offering: Offering,
	today: string | undefined,
): YearlyOffering {
	const count = shown.forecast?.current ?? latestRegistrationCount(offering)?.count;
	const status = planStatus(shown, today);
	const spend = budgetOf(offering).communicationAtMin;
	// One that ran enrolled at most its maximum group, as the history job records it.
	const enrolled =
		status === "ran" && count !== undefined ? Math.min(count, shown.participants.max) : undefined;
	return {
		id: shown.id,
		title: shown.title,
		...(shown.field !== undefined && { field: shown.field }),
		status,
		publication: shown.publication,
		start: shown.start,
		leadTimeDays: shown.leadTimeDays,
		coverage: shown.decisionWindowCoverage,
		places: shown.participants.max,
		minimum: shown.participants.min,
		...(count !== undefined && { registrations: enrolled ?? count }),
		...(enrolled !== undefined && { fill: enrolled / shown.participants.max }),
		communicationSpend: spend,
		...(enrolled !== undefined && enrolled > 0 && { costPerEnrolment: spend / enrolled }),
	};
}

const count = (offerings: readonly YearlyOffering[], status: YearlyOffering["status"]) =>
	offerings.filter((offering) => offering.status === status).length;

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** One intake's figures from its offerings. */
function intakeFigures(
	id: string,
	label: string,
	studiesStart: string,
	offerings: YearlyOffering[],
): YearlyIntake {
	offerings.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
	const ran = offerings.filter((offering) => offering.status === "ran");
	const leadTimes = offerings.map((offering) => offering.leadTimeDays);
	const enrolments = total(ran.map((offering) => offering.registrations ?? 0));
	const ranSpend = ran.flatMap((offering) => offering.communicationSpend ?? []);
	return {
		id,
		label,
		studiesStart,
		offerings,
		ran: ran.length,
		cancelled: count(offerings, "cancelled"),
		running: count(offerings, "running"),
		planned: count(offerings, "planned"),
		fill: meanEstimateOf(ran.flatMap((offering) => offering.fill ?? [])),
		leadTimeDays:
			leadTimes.length === 0
				? null
				: { median: median(leadTimes), min: Math.min(...leadTimes), max: Math.max(...leadTimes) },
		coverage: meanEstimateOf(offerings.map((offering) => offering.coverage)),
		enrolments,
		communicationSpend: total(offerings.map((offering) => offering.communicationSpend ?? 0)),
		costPerEnrolment: ranSpend.length > 0 && enrolments > 0 ? total(ranSpend) / enrolments : null,
	};
}

/**
 * The yearly report for `year` (docs/analysis.md): every intake whose studies start in that
 * year, with the plan's offerings of the plan intakes of the year (as `report`, the engine's
 * `plan()` of the same plan, shows them), the plan's offerings of no plan intake whose start
 * matches an intake of the year as a past offering's does (`pastIntakeOf`), and the past
 * offerings whose intake's studies start then (grouped by their intake's id). Per intake: what
 * ran, was cancelled or is planned; the mean fill of those that ran; lead times; mean coverage;
 * enrolments; communication spend (spent in the history, budgeted at the minimum group in the
 * plan); and the spend of those that ran ÷ their enrolments. Sorted by studies start. With the whole analysis; amounts in the currency of
 * the plan's first offering's fee, else EUR. A year of more than `maxYearlyIntakes` intakes gives
 * the intakes with the most offerings one by one and sums the rest in one entry (`otherIntakes`).
 */
export function yearlyFigures(
	plan: PlanFile,
	report: PlanReport,
	options: { year: number; language?: string },
): YearlyReport {
	const analysis = analyzePlan(
		plan,
		report,
		options.language === undefined ? {} : { language: options.language },
	);
	const text = textIn(options.language, plan.institution.languages ?? []);
	const inYear = (iso: string) => Number(iso.slice(0, 4)) === options.year;
	const planOfferings = new Map(plan.offerings.map((offering) => [offering.id, offering]));
	const intakes = new Map<
		string,
		{ label: string; studiesStart: string; offerings: YearlyOffering[] }
	>();
	const labelOf = (intake: Intake) => (intake.label === undefined ? intake.id : text(intake.label));
	const groupLabels = new Map<string, string>();
	const groupLabelOf = (group: string) => {
		let label = groupLabels.get(group);
		if (label === undefined) {
			label = intakeGroupLabel(group, plan.intakes, text);
			groupLabels.set(group, label);
		}
		return label;
	};

	/** The offerings of the intake `id`: a plan intake's, else a new one named by group and year. */
	const groupOf = (id: string, group: string, studiesStart: string) => {
		let intake = intakes.get(id);
		if (!intake) {
			intake = { label: `${groupLabelOf(group)} ${options.year}`, studiesStart, offerings: [] };
			intakes.set(id, intake);
		}
		return intake.offerings;
	};

	for (const intake of plan.intakes.filter((candidate) => inYear(candidate.studiesStart))) {
		const offerings = report.offerings.flatMap((shown) => {
			const offering = planOfferings.get(shown.id);
			return shown.intake === intake.id && offering
				? [fromPlan(shown, offering, report.today)]
				: [];
		});
		intakes.set(intake.id, {
			label: labelOf(intake),
			studiesStart: intake.studiesStart,
			offerings,
		});
	}
	// An offering of no plan intake goes where the history will put it once it ended: to the
	// intake its start matches, as a past offering's does.
	const planIntakeIds = new Set(plan.intakes.map((intake) => intake.id));
	const rules = resolveRules(plan.institution.rules);
	const moved = movedIntakes(plan.intakes, rules);
	for (const shown of report.offerings) {
		const offering = planOfferings.get(shown.id);
		if (!offering || (shown.intake !== null && planIntakeIds.has(shown.intake))) continue;
		const matched = pastIntakeOf({ start: offering.start }, plan.intakes, rules, moved);
		const studiesStart = toIso(matched.studiesStart);
		if (!inYear(studiesStart)) continue;
		groupOf(matched.id, matched.group, studiesStart).push(fromPlan(shown, offering, report.today));
	}
	for (const fact of analysis.pastOfferings.filter(
		(candidate) => candidate.year === options.year,
	)) {
		groupOf(fact.intake.id, fact.intake.group, fact.intake.studiesStart).push(fromHistory(fact));
	}

	return {
		year: options.year,
		institution: analysis.institution,
		today: analysis.today,
		currency: plan.offerings[0]?.fee.currency ?? defaultCurrency,
		intakes: cappedIntakes([...intakes.entries()].map(([id, intake]) => ({ id, ...intake }))),
		analysis,
	};
}

type IntakeOfferings = {
	id: string;
	label: string;
	studiesStart: string;
	offerings: YearlyOffering[];
};

const byStudiesStart = (a: IntakeOfferings, b: IntakeOfferings) =>
	a.studiesStart.localeCompare(b.studiesStart) || a.id.localeCompare(b.id);

/**
 * Each intake's figures, sorted by studies start; past `maxYearlyIntakes`, the intakes with the
 * fewest offerings summed in one entry after them, so a hostile history of thousands of intakes
 * in one year makes one long table, not thousands of pages.
 */
function cappedIntakes(intakes: IntakeOfferings[]): YearlyIntake[] {
	const figures = (kept: IntakeOfferings[]) =>
		kept
			.sort(byStudiesStart)
			.map((intake) =>
				intakeFigures(intake.id, intake.label, intake.studiesStart, intake.offerings),
			);
	if (intakes.length <= maxYearlyIntakes) return figures(intakes);
	const ranked = [...intakes].sort(
		(a, b) => b.offerings.length - a.offerings.length || byStudiesStart(a, b),
	);
	const rest = ranked.slice(maxYearlyIntakes).sort(byStudiesStart);
	const summed = intakeFigures(
		"",
		"",
		rest[0]?.studiesStart ?? "",
		rest.flatMap((intake) => intake.offerings),
	);
	return [...figures(ranked.slice(0, maxYearlyIntakes)), { ...summed, otherIntakes: rest.length }];
}
