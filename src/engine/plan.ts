import { defaultTemplate } from "../model/default-template.ts";
import type { Intake } from "../model/intake.ts";
import { type TextPicker, textIn } from "../model/localized-text.ts";
import { decisionOf } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type {
	Finding,
	IntakeReport,
	OfferingReport,
	PlanReport,
	ScheduledMilestone,
} from "../model/report.ts";
import type { Template } from "../model/template.ts";
import { budgetOf } from "./budget.ts";
import { createCalendar, reasonOf } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";
import { budgetRules } from "./findings/budget-findings.ts";
import { overCapacity, overloadedCells } from "./findings/capacity-findings.ts";
import { contentRules } from "./findings/content-findings.ts";
import type { OfferingContext, OfferingRule } from "./findings/context.ts";
import { goNoGoOverdue } from "./findings/decision-findings.ts";
import { fillAtRisk } from "./findings/fill-findings.ts";
import { startOrEndOnHoliday } from "./findings/holiday-findings.ts";
import { milestoneInPast } from "./findings/milestone-findings.ts";
import { notReleased } from "./findings/release-findings.ts";
import { timingRules } from "./findings/timing-findings.ts";
import { offeringForecast } from "./forecast.ts";
import type { PublicHoliday } from "./holidays.ts";
import { curveOfHistory } from "./registration-curve.ts";
import { type ResolvedRules, resolveRules } from "./rules.ts";
import { anchorDaysOf, type DatedMilestone, scheduleOf } from "./schedule.ts";
import { decisionWindowOf, timingOf } from "./timing.ts";
import { Workload, type WorkloadCell } from "./workload.ts";

export interface PlanOptions {
	/**
	 * `YYYY-MM-DD`; without it, no finding depends on the date (NOT_RELEASED, MILESTONE_IN_PAST
	 * and GO_NO_GO_OVERDUE are skipped).
	 */
	today?: string | undefined;
	/**
	 * The public holidays of the institution's country in every year the plan needs: those of
	 * `calendarYears(input)`, and those `reportYears` finds milestones in (src/holidays computes
	 * them and plans again when a year was missing); a day of another year is never a holiday.
	 */
	holidays: readonly PublicHoliday[];
	/**
	 * The language of the report's titles and milestone labels (ISO 639-1), with the fallback of
	 * `pickText`; by default the institution's first language. Messages are in English.
	 */
	language?: string | undefined;
}

const offeringRules: readonly OfferingRule[] = [
	...timingRules,
	startOrEndOnHoliday,
	...budgetRules,
	...contentRules,
	notReleased,
	milestoneInPast,
	fillAtRisk,
	goNoGoOverdue,
];

/**
 * The engine: a validated plan and its country's public holidays in, the dated marketing plans,
 * workload and findings out, with titles and labels in the report's language. Pure and
 * deterministic: the same input, `today`, holidays and language always give the same report.
 */
export function plan(input: PlanFile, options: PlanOptions): PlanReport {
	const { institution } = input;
	const text = textIn(options.language, institution.languages ?? []);
	const rules = resolveRules(institution.rules);
	const calendar = createCalendar(options.holidays, institution.closures);
	const today = options.today === undefined ? undefined : toDay(options.today);
	const intakes = new Map(input.intakes.map((intake) => [intake.id, intake]));
	const templates = new Map<string, Template>([[defaultTemplate.id, defaultTemplate]]);
	for (const template of input.templates ?? []) templates.set(template.id, template);
	const nextIntakeOf = nextIntakes(input.intakes);
	const workload = new Workload(calendar, rules.effortSpreadWorkingDays);
	const blocked = new Set<string>();
	const curve = curveOfHistory(input.history);

	const offerings = input.offerings.map((offering): OfferingReport => {
		const decision = decisionOf(offering);
		const intake = offering.intake === undefined ? undefined : intakes.get(offering.intake);
		const template = templates.get(offering.template ?? defaultTemplate.id) ?? defaultTemplate;
		const timing = timingOf(offering, intake, calendar, rules);
		const schedule = scheduleOf(
			offering,
			template,
			anchorDaysOf(offering, intake, timing),
			calendar,
			text,
		);
		const budget = budgetOf(offering);
		if (timing.blocker) blocked.add(offering.id);
		const forecast = offeringForecast(offering, timing.publication, today, curve);
		workload.add({
			offering: offering.id,
			title: text(offering.title),
			milestones: schedule.milestones,
		});
		const context: OfferingContext = {
			offering,
			institution,
			intake,
			nextIntake: intake && nextIntakeOf.get(intake.id),
			qualifications: input.qualifications ?? [],
			people: institution.people ?? [],
			timing,
			budget,
			schedule,
			calendar,
			rules,
			today,
			forecast,
			text,
		};
		return {
			id: offering.id,
			title: text(offering.title),
			intake: offering.intake ?? null,
			...(offering.field !== undefined && { field: offering.field }),
			start: offering.start,
			end: offering.end,
			decisionWindow: {
				from: toIso(timing.decisionWindow.from),
				to: toIso(timing.decisionWindow.to),
			},
			participants: { min: offering.participants.min, max: offering.participants.max },
			publication: toIso(timing.publication),
			leadTimeDays: timing.leadTimeDays,
			decisionWindowCoverage: timing.coverage,
			breakEvenParticipants: budget.breakEvenParticipants,
			communicationShare: budget.communicationShare,
			...(forecast && { forecast: forecast.figures }),
			milestones: schedule.milestones.map(presentMilestone),
			findings: offeringRules.flatMap((rule) => rule(context)),
			...(decision && {
				decision: {
					outcome: decision.outcome,
					...(decision.into !== undefined && { into: decision.into }),
				},
			}),
		};
	});

	const cells = workload.cells(institution.capacity);
	const findings = institutionFindings(overloadedCells(cells, today), workload, blocked);
	const all = [...offerings.flatMap((offering) => offering.findings), ...findings];
	return {
		version: 1,
		...(options.today !== undefined && { today: options.today }),
		institution: { id: institution.id, name: institution.name },
		people: (institution.people ?? []).map(({ id, name, email, roles }) => ({
			id,
			name,
			email,
			roles,
		})),
		intakes: presentIntakes(input.intakes, rules, text),
		offerings,
		workload: cells.map(({ week, role, hours, capacity }) => ({ week, role, hours, capacity })),
		findings,
		summary: {
			offerings: offerings.length,
			errors: all.filter((entry) => entry.severity === "error").length,
			warnings: all.filter((entry) => entry.severity === "warning").length,
		},
	};
}

function institutionFindings(
	overloaded: readonly WorkloadCell[],
	workload: Workload,
	blocked: ReadonlySet<string>,
): Finding[] {
	if (overloaded.length === 0) return [];
	const contributions = workload.contributionsTo(overloaded);
	return overloaded.map((cell) => overCapacity(cell, contributions.get(cell) ?? [], blocked));
}

/** For each intake, the intake whose studies start next. */
export function nextIntakes(intakes: readonly Intake[]): Map<string, Intake> {
	const sorted = [...intakes].sort(
		(a, b) => a.studiesStart.localeCompare(b.studiesStart) || a.id.localeCompare(b.id),
	);
	const next = new Map<string, Intake>();
	sorted.forEach((intake, index) => {
		const following = sorted
			.slice(index + 1)
			.find((candidate) => candidate.studiesStart > intake.studiesStart);
		if (following) next.set(intake.id, following);
	});
	return next;
}

function presentIntakes(
	intakes: readonly Intake[],
	rules: ResolvedRules,
	text: TextPicker,
): IntakeReport[] {
	return [...intakes]
		.sort((a, b) => a.studiesStart.localeCompare(b.studiesStart) || a.id.localeCompare(b.id))
		.map((intake) => {
			const window = decisionWindowOf(intake, toDay(intake.studiesStart), rules);
			return {
				id: intake.id,
				label: intake.label === undefined ? intake.id : text(intake.label),
				studiesStart: intake.studiesStart,
				decisionWindow: { from: toIso(window.from), to: toIso(window.to) },
			};
		});
}

function presentMilestone(milestone: DatedMilestone): ScheduledMilestone {
	return {
		key: milestone.key,
		label: milestone.label,
		role: milestone.role,
		kind: milestone.kind,
		owner: milestone.owner,
		due: toIso(milestone.due),
		effortHours: milestone.effortHours,
		status: milestone.status,
		...(milestone.moved && {
			moved: {
				from: toIso(milestone.moved.from),
				reason: milestone.moved.reason,
				cause: milestone.moved.cause,
			},
		}),
		...(milestone.override && { override: presentOverride(milestone.override) }),
	};
}

function presentOverride({
	computed,
	nonWorking,
}: NonNullable<DatedMilestone["override"]>): NonNullable<ScheduledMilestone["override"]> {
	return {
		...(computed !== undefined && { computed: toIso(computed) }),
		...(nonWorking && { nonWorking: { reason: reasonOf(nonWorking), cause: nonWorking } }),
	};
}
