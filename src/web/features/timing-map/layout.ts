import { type Day, toDay } from "../../../engine/days.ts";
import type { Intake } from "../../../model/intake.ts";
import type { IntakeReport, OfferingReport } from "../../../model/report.ts";
import type { ResolvedBlocker } from "./blockers.ts";
import { isLate, type Risk, riskOf } from "./risk.ts";
import { type Span, spanOf, type TimeScale, timeScale } from "./scale.ts";

/** One intake's line at the top of the map: its admission period and its decision window. */
export interface IntakeLane {
	intake: IntakeReport;
	/** Admission opens to admission closes; absent when the plan no longer has the intake. */
	admission?: { from: string; to: string; span: Span };
	window: Span;
	studiesStart: number;
	/** When the full-time groups are confirmed, the date an offering may wait for. */
	fullTimeGroupsConfirmed?: { date: string; at: number };
}

/** One offering's row: where its bars go, how bad its worst finding is, what held it back. */
export interface MapRow {
	offering: OfferingReport;
	risk: Risk;
	/** It reaches learners after, or too late in, its decision window (lateCodes). */
	late: boolean;
	/** From publication to start. */
	publicSpan: Span;
	/** From start to end. */
	course: Span;
	/** Its own decision window, drawn on the row when its group shares none. */
	window?: Span;
	/** The days of the decision window that passed before it was public, when it is late. */
	missed?: Span;
	blocker?: ResolvedBlocker & { at: number };
}

/** The offerings of one intake (or of none), sorted by start, then title. */
export interface MapGroup {
	/** Undefined for offerings without an intake (or with one the report does not list). */
	intake?: IntakeReport;
	/** The intake's decision window, shaded across the group's rows. */
	window?: Span;
	rows: MapRow[];
}

export interface MapLayout {
	scale: TimeScale;
	lanes: IntakeLane[];
	groups: MapGroup[];
}

/**
 * The map of the intakes and offerings in view, on a month scale that covers them all: their
 * admission periods, decision windows, publications, courses and blockers. Undefined when
 * nothing is in view.
 */
export function layoutMap({
	intakes,
	offerings,
	planIntakes,
	blockers,
}: {
	intakes: readonly IntakeReport[];
	offerings: readonly OfferingReport[];
	/** The plan's intakes, for their admission dates. */
	planIntakes: readonly Intake[];
	blockers: ReadonlyMap<string, ResolvedBlocker>;
}): MapLayout | undefined {
	const planned = new Map(planIntakes.map((intake) => [intake.id, intake]));
	const scale = timeScale(daysInView(intakes, offerings, planned, blockers));
	if (!scale) return undefined;
	const lanes = intakes.map((intake) => laneOf(intake, planned.get(intake.id), scale));
	const groups: MapGroup[] = intakes.map((intake) => ({
		intake,
		window: windowSpan(scale, intake.decisionWindow),
		rows: [],
	}));
	const byIntake = new Map(groups.map((group) => [group.intake?.id, group]));
	const ungrouped: MapGroup = { rows: [] };
	for (const offering of [...offerings].sort(byStartThenTitle)) {
		const group = byIntake.get(offering.intake ?? undefined) ?? ungrouped;
		group.rows.push(rowOf(offering, group, blockers.get(offering.id), scale));
	}
	if (ungrouped.rows.length > 0) groups.push(ungrouped);
	return { scale, lanes, groups: groups.filter((group) => group.rows.length > 0) };
}

function daysInView(
	intakes: readonly IntakeReport[],
	offerings: readonly OfferingReport[],
	planned: ReadonlyMap<string, Intake>,
	blockers: ReadonlyMap<string, ResolvedBlocker>,
): Day[] {
	const isos: string[] = [];
	for (const intake of intakes) {
		isos.push(intake.studiesStart, intake.decisionWindow.from, intake.decisionWindow.to);
		const plan = planned.get(intake.id);
		if (plan) isos.push(plan.admissionOpens, plan.admissionCloses);
		if (plan?.fullTimeGroupsConfirmed) isos.push(plan.fullTimeGroupsConfirmed);
	}
	for (const offering of offerings) {
		isos.push(offering.decisionWindow.from, offering.decisionWindow.to);
		isos.push(offering.publication, offering.start, offering.end);
		const blocker = blockers.get(offering.id);
		if (blocker) isos.push(blocker.date);
	}
	return isos.map(toDay);
}

function laneOf(intake: IntakeReport, planned: Intake | undefined, scale: TimeScale): IntakeLane {
	const lane: IntakeLane = {
		intake,
		window: windowSpan(scale, intake.decisionWindow),
		studiesStart: scale.at(toDay(intake.studiesStart)),
	};
	if (planned) {
		const { admissionOpens: from, admissionCloses: to } = planned;
		lane.admission = { from, to, span: spanOf(scale, toDay(from), toDay(to)) };
		const confirmed = planned.fullTimeGroupsConfirmed;
		if (confirmed)
			lane.fullTimeGroupsConfirmed = { date: confirmed, at: scale.at(toDay(confirmed)) };
	}
	return lane;
}

function rowOf(
	offering: OfferingReport,
	group: MapGroup,
	blocker: ResolvedBlocker | undefined,
	scale: TimeScale,
): MapRow {
	const publication = toDay(offering.publication);
	const start = toDay(offering.start);
	const window = {
		from: toDay(offering.decisionWindow.from),
		to: toDay(offering.decisionWindow.to),
	};
	const late = isLate(offering.findings);
	const row: MapRow = {
		offering,
		risk: riskOf(offering.findings),
		late,
		publicSpan: spanOf(scale, Math.min(publication, start), Math.max(publication, start) - 1),
		course: spanOf(scale, start, toDay(offering.end)),
	};
	const sharesWindow =
		group.intake !== undefined &&
		group.intake.decisionWindow.from === offering.decisionWindow.from &&
		group.intake.decisionWindow.to === offering.decisionWindow.to;
	if (!sharesWindow) row.window = spanOf(scale, window.from, window.to);
	if (late && publication > window.from)
		row.missed = spanOf(scale, window.from, Math.min(publication - 1, window.to));
	if (blocker) row.blocker = { ...blocker, at: scale.at(toDay(blocker.date)) };
	return row;
}

function windowSpan(scale: TimeScale, window: { from: string; to: string }): Span {
	return spanOf(scale, toDay(window.from), toDay(window.to));
}

function byStartThenTitle(a: OfferingReport, b: OfferingReport): number {
	return a.start < b.start ? -1 : a.start > b.start ? 1 : a.title.localeCompare(b.title);
}
