import { z } from "zod";
import { pastOutcomes } from "./offering.ts";

/**
 * What timing did to fill, learned from a plan's history (docs/analysis.md): the engine's
 * `analyzePlan` makes it, the CLI, the API, the staff app and the yearly report show it.
 * Fill is a share of the places: final registrations ÷ the maximum group, in [0, 1].
 */

/**
 * The analysis's plots: fill against lead time and against coverage, registrations against
 * spend, and the cost per enrolment against spend (of the courses that ran).
 */
export const analysisPlots = ["lead-time", "coverage", "spend", "cost-per-enrolment"] as const;
export type AnalysisPlot = (typeof analysisPlots)[number];

/** A mean with its 95% interval (Student's t); no interval from fewer than two values. */
export const meanEstimate = z.object({
	n: z.int().min(0),
	mean: z.number().nullable().describe("null when n = 0"),
	low: z.number().nullable().describe("null when n < 2"),
	high: z.number().nullable(),
});
export type MeanEstimate = z.infer<typeof meanEstimate>;

/** One point of a fitted line's 95% confidence band. */
export const bandPoint = z.object({
	x: z.number(),
	fit: z.number(),
	low: z.number(),
	high: z.number(),
});

/**
 * Fill against one variable, fitted by least squares: `fill = intercept + slope × x`, with the
 * slope's 95% interval and the band of the line; `null` where too few points or no spread in x.
 */
export const linearFit = z.object({
	n: z.int(),
	slope: z.number(),
	intercept: z.number(),
	slopeLow: z.number(),
	slopeHigh: z.number(),
	/** The x range of the points: the line is not drawn, nor used, beyond it. */
	xMin: z.number(),
	xMax: z.number(),
	/** Evenly spaced over [xMin, xMax]. */
	band: z.array(bandPoint),
	/** True only when there are enough points and the slope's interval excludes 0. */
	conclusive: z.boolean(),
});
export type LinearFit = z.infer<typeof linearFit>;

/** Two groups' mean fill compared: the difference a − b with its 95% interval (Welch). */
export const comparison = z.object({
	a: meanEstimate,
	b: meanEstimate,
	difference: z
		.object({ estimate: z.number(), low: z.number(), high: z.number() })
		.nullable()
		.describe("null when a group has fewer than two values"),
	/** True only when both groups are large enough and the interval excludes 0. */
	conclusive: z.boolean(),
});
export type Comparison = z.infer<typeof comparison>;

/** A past offering as the analysis sees it. */
export const pastFacts = z.object({
	id: z.string(),
	title: z.string(),
	field: z.string().optional(),
	/** The intake it belongs to: its key groups offerings across years (see `intakeGroup`). */
	intake: z.object({
		id: z.string().describe("the intake of its year, such as `autumn-2025`"),
		group: z.string().describe("the same intake in every year, such as `autumn`"),
		studiesStart: z.string(),
	}),
	year: z.int().describe("the year its intake's studies start"),
	outcome: z.enum(pastOutcomes),
	publication: z.string(),
	start: z.string(),
	leadTimeDays: z.int(),
	decisionWindow: z.object({ from: z.string(), to: z.string() }),
	coverage: z.number(),
	minimum: z.int(),
	places: z.int(),
	finalRegistrations: z.int(),
	fill: z.number(),
	reachedMinimum: z.boolean(),
	communicationSpend: z.number().optional(),
	/** communicationSpend ÷ finalRegistrations; absent without spend or registrations. */
	costPerEnrolment: z.number().optional(),
	channels: z.record(z.string(), z.int()).optional(),
});
export type PastFacts = z.infer<typeof pastFacts>;

/**
 * The communication cost per enrolment over the courses that ran and record their spend: all
 * their spend ÷ all their enrolments (null without enrolments).
 */
export const pooledCost = z.object({
	offerings: z.int().min(0),
	spend: z.number(),
	enrolments: z.int().min(0),
	perEnrolment: z.number().nullable(),
});
export type PooledCost = z.infer<typeof pooledCost>;

/** One channel's registrations and share of them all; or, with `otherChannels`, those of the channels past the first. */
export const channelRegistrations = z.object({
	channel: z.string(),
	registrations: z.int(),
	share: z.number(),
	otherChannels: z.int().min(1).optional(),
});
export type ChannelRegistrations = z.infer<typeof channelRegistrations>;

/**
 * Mean fill of a group of past offerings (a field, an intake); or, with `otherGroups`, of the
 * groups past the first `maxGroups` (20), its key and label empty.
 */
export const groupFill = meanEstimate.extend({
	key: z.string(),
	label: z.string(),
	otherGroups: z.int().min(1).optional(),
});
export type GroupFill = z.infer<typeof groupFill>;

/** The statements of the plain-language summary, as data; `analysisTexts` words them. */
export const statement = z.discriminatedUnion("kind", [
	z.object({ kind: z.literal("tooLittleData"), n: z.int(), needed: z.int() }),
	z.object({ kind: z.literal("overallFill"), fill: meanEstimate, reachedMinimum: z.int() }),
	z.object({
		kind: z.literal("coverageGroups"),
		comparison,
		/** Offerings public for part of the window only. */
		partial: meanEstimate,
	}),
	z.object({ kind: z.literal("leadTime"), fit: linearFit, perDays: z.int() }),
	z.object({ kind: z.literal("coverage"), fit: linearFit }),
	/** No line against lead time or coverage: every past offering had the same `value`. */
	z.object({
		kind: z.literal("noSpread"),
		about: z.enum(["leadTime", "coverage"]),
		n: z.int(),
		value: z.number(),
	}),
	/**
	 * How the timing comparisons above (the coverage groups, the lead-time and the coverage
	 * lines) read together: of `tests` made, `conclusive` found a link, all the same way when
	 * `agree`. Only when at least one did.
	 */
	z.object({
		kind: z.literal("timingEvidence"),
		tests: z.int(),
		conclusive: z.int(),
		agree: z.boolean(),
	}),
	z.object({
		kind: z.literal("spend"),
		/** Registrations against spend (`Analysis.registrationsBySpend`). */
		registrations: linearFit.nullable(),
		/** How many past offerings record their communication spend. */
		recorded: z.int(),
		costPerEnrolment: pooledCost,
	}),
]);
export type Statement = z.infer<typeof statement>;

/** An offering planned now whose timing falls where past offerings filled below its minimum. */
export const offeringAtRisk = z.object({
	id: z.string(),
	title: z.string(),
	intake: z.string().optional(),
	leadTimeDays: z.int(),
	coverage: z.number(),
	minimum: z.int(),
	places: z.int(),
	/**
	 * The fitted fill at its lead time or coverage: `low`–`high` is the line's 95% band there
	 * (where the mean fill of offerings timed so lies); `prediction` is the 95% range of one
	 * offering timed so, much wider, since single courses scatter around the mean.
	 */
	expectedFill: z.object({
		fit: z.number(),
		low: z.number(),
		high: z.number(),
		prediction: z.object({ low: z.number(), high: z.number() }),
	}),
	by: z.enum(["leadTime", "coverage"]),
});
export type OfferingAtRisk = z.infer<typeof offeringAtRisk>;

export const analysis = z.object({
	institution: z.object({ id: z.string(), name: z.string() }),
	today: z.string(),
	/** The fewest offerings a group needs before the summary compares it. */
	minGroup: z.int(),
	/** The fewest points a line needs before it may be conclusive. */
	minFitPoints: z.int(),
	pastOfferings: z.array(pastFacts),
	fill: meanEstimate,
	leadTime: linearFit.nullable(),
	coverage: linearFit.nullable(),
	/** Public for the whole decision window (a) against published after it (b). */
	coverageGroups: z.object({ comparison, partial: meanEstimate }),
	byField: z.array(groupFill),
	byIntake: z.array(groupFill),
	/**
	 * Registrations per channel, the largest first: the first `maxChannels` (20) channels, then,
	 * when there are more, one entry that sums the rest, with `otherChannels` (how many it sums)
	 * and an empty `channel`, which no channel has.
	 */
	byChannel: z.array(channelRegistrations),
	/**
	 * Cost per enrolment against the communication spend, over the courses that ran and give
	 * both. Descriptive only: spend is on both sides (cost = spend ÷ enrolments), so its slope is
	 * partly arithmetic and the summary does not read it; see `registrationsBySpend`.
	 */
	spend: linearFit.nullable(),
	/** Final registrations against the communication spend, over the past offerings that record it. */
	registrationsBySpend: linearFit.nullable(),
	/** The pooled cost per enrolment of the courses that ran and record their spend. */
	costPerEnrolment: pooledCost,
	summary: z.array(statement),
	atRisk: z.array(offeringAtRisk),
});
export type Analysis = z.infer<typeof analysis>;

/**
 * Whether the history found a link between timing and fill, a conclusive line against lead time
 * or coverage: without one no offering can be called at risk, and an empty `atRisk` says
 * nothing about the offerings planned now.
 */
export function timingLinkFound(analysis: Pick<Analysis, "leadTime" | "coverage">): boolean {
	return analysis.leadTime?.conclusive === true || analysis.coverage?.conclusive === true;
}

/** An offering of the year in the yearly report: from the history, or still in the plan. */
export const yearlyOffering = z.object({
	id: z.string(),
	title: z.string(),
	field: z.string().optional(),
	/**
	 * In the plan and not cancelled, so its final count is not known yet: `running` once it has
	 * started (by the report's today), else `planned`.
	 */
	status: z.enum(["ran", "cancelled", "running", "planned"]),
	publication: z.string(),
	start: z.string(),
	leadTimeDays: z.int(),
	coverage: z.number(),
	places: z.int(),
	minimum: z.int(),
	/** The final count (history), else the registrations so far (plan, its latest count). */
	registrations: z.int().optional(),
	fill: z.number().optional(),
	/** Spent (history) or budgeted at the minimum group (plan). */
	communicationSpend: z.number().optional(),
	/** Its spend ÷ its enrolments: only of an offering that ran and enrolled someone. */
	costPerEnrolment: z.number().optional(),
});
export type YearlyOffering = z.infer<typeof yearlyOffering>;

/** One intake of the year: what ran, what was cancelled, how it filled and what it cost. */
export const yearlyIntake = z.object({
	id: z.string(),
	label: z.string(),
	studiesStart: z.string(),
	offerings: z.array(yearlyOffering),
	ran: z.int(),
	cancelled: z.int(),
	running: z.int(),
	planned: z.int(),
	/** Over the offerings that ran. */
	fill: meanEstimate,
	leadTimeDays: z.object({ median: z.number(), min: z.int(), max: z.int() }).nullable(),
	coverage: meanEstimate,
	enrolments: z.int(),
	communicationSpend: z.number(),
	/** All communication spend of the offerings that ran ÷ their enrolments. */
	costPerEnrolment: z.number().nullable(),
	/**
	 * Only on the entry that sums the intakes past the first `maxYearlyIntakes` (12) of a year
	 * that has more: how many it sums. Its `id` and `label` are empty and its studies start is
	 * the earliest of theirs.
	 */
	otherIntakes: z.int().min(1).optional(),
});
export type YearlyIntake = z.infer<typeof yearlyIntake>;

/** The yearly report for leadership and funders: the year's intakes, and the analysis behind them. */
export const yearlyReport = z.object({
	year: z.int(),
	institution: z.object({ id: z.string(), name: z.string() }),
	today: z.string(),
	currency: z.string(),
	intakes: z.array(yearlyIntake),
	analysis,
});
export type YearlyReport = z.infer<typeof yearlyReport>;
