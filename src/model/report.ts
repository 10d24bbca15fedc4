import { z } from "zod";
import { decisionOutcomes, milestoneStatuses } from "./offering.ts";
import { role } from "./primitives.ts";
import { milestoneKinds } from "./template.ts";

/** Stable finding codes (docs/rules.md); clients may rely on them. */
export const findingCodes = [
	"PUBLISHED_AFTER_DECISION_WINDOW",
	"MARKETING_BLOCKED_BY_DEPENDENCY",
	"LOW_DECISION_WINDOW_COVERAGE",
	"SHORT_LEAD_TIME",
	"NOT_ALIGNED_WITH_INTAKE",
	"NO_COMMUNICATION_BUDGET",
	"LOW_COMMUNICATION_BUDGET",
	"BELOW_BREAK_EVEN_AT_MIN",
	"NEVER_BREAKS_EVEN",
	"MISSING_OWNER",
	"MISSING_CONTACT",
	"NO_PATHWAY",
	"INCOMPLETE_EU_ELEMENTS",
	"MODULE_INCOMPLETE",
	"MILESTONE_IN_PAST",
	"OVER_CAPACITY",
	"FILL_AT_RISK",
	"NOT_RELEASED",
	"GO_NO_GO_OVERDUE",
	"START_OR_END_ON_HOLIDAY",
] as const;
export type FindingCode = (typeof findingCodes)[number];
export const severities = ["error", "warning"] as const;
export type Severity = (typeof severities)[number];

/** One value a finding's texts are made of: a list holds ids or labels, or one record per item. */
export const findingParam = z.union([
	z.string(),
	z.number(),
	z.array(z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number()]))])),
]);
export type FindingParam = z.infer<typeof findingParam>;

export const finding = z.object({
	code: z.enum(findingCodes),
	severity: z.enum(severities),
	message: z.string(),
	suggestion: z.string(),
	/**
	 * The values `message` and `suggestion` are made of, so that a client can put them in its own
	 * words: dates as `YYYY-MM-DD`, counts, amounts (with `currency`) and shares in [0, 1] as the
	 * text shows them, ids, titles and labels as strings (in the report's language), and lists.
	 * A string naming a variant of the text (`case`, `blocker`, …) is one of a fixed set per code
	 * (docs/rules.md). The English texts are exactly these values in the engine's words.
	 */
	params: z.record(z.string(), findingParam).optional(),
	milestone: z.string().optional(),
	/** Set on institution-level findings that concern particular offerings. */
	offerings: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof finding>;

/** Why a day is not a working day, as data a client can put in its own words. */
export const nonWorkingCause = z.discriminatedUnion("kind", [
	z.object({ kind: z.literal("weekend") }),
	/** A public holiday, with its name as the holidays input gives it. */
	z.object({ kind: z.literal("holiday"), name: z.string() }),
	/** A closure of the institution, with its label. */
	z.object({ kind: z.literal("closure"), label: z.string() }),
]);
export type NonWorkingCause = z.infer<typeof nonWorkingCause>;

/** Why the engine moved a milestone's date: a non-working day, or a `notBefore` anchor. */
export const moveCause = z.union([
	nonWorkingCause,
	z.object({ kind: z.literal("notBefore"), anchor: z.string(), date: z.string() }),
]);
export type MoveCause = z.infer<typeof moveCause>;

export const scheduledMilestone = z.object({
	key: z.string(),
	label: z.string(),
	role,
	kind: z.enum(milestoneKinds),
	owner: z.string().nullable(),
	due: z.string(),
	effortHours: z.number(),
	status: z.enum(milestoneStatuses),
	/**
	 * Set when the engine moved the date: from the date the offset gave, and why, as an English
	 * `reason` ("weekend", a holiday's name, a closure's label, "not before …") and as a `cause`.
	 */
	moved: z.object({ from: z.string(), reason: z.string(), cause: moveCause }).optional(),
	/**
	 * Set when the plan gives the date itself (`milestoneStatus.<key>.due`), which is kept as given:
	 * the date the template would give (when it can be dated), and why the given date is not a
	 * working day, for a task set on one.
	 */
	override: z
		.object({
			computed: z.string().optional(),
			nonWorking: z.object({ reason: z.string(), cause: nonWorkingCause }).optional(),
		})
		.optional(),
});
export type ScheduledMilestone = z.infer<typeof scheduledMilestone>;

/**
 * The fill forecast (docs/forecast.md): the latest registration count, the expected final count
 * with its 10th and 90th percentiles (whole participants, from the count up to the maximum
 * group) and the chance of reaching the minimum group, in [0, 1] at 2 decimals.
 */
export const fillForecast = z.object({
	current: z.number(),
	expectedFinal: z.number(),
	low: z.number(),
	high: z.number(),
	probabilityMinReached: z.number(),
});
export type FillForecastReport = z.infer<typeof fillForecast>;

export const offeringReport = z.object({
	id: z.string(),
	title: z.string(),
	intake: z.string().nullable(),
	field: z.string().optional(),
	start: z.string(),
	end: z.string(),
	decisionWindow: z.object({ from: z.string(), to: z.string() }),
	participants: z.object({ min: z.number(), max: z.number() }),
	publication: z.string(),
	leadTimeDays: z.number(),
	/** In [0, 1] at 4 decimals: the very figure the coverage rules judge (docs/rules.md). */
	decisionWindowCoverage: z.number(),
	breakEvenParticipants: z.number().nullable(),
	/** In [0, 1] at 4 decimals: the very figure the communication rules judge. */
	communicationShare: z.number(),
	/** Only for an offering with registration counts that has not started and is not cancelled. */
	forecast: fillForecast.optional(),
	milestones: z.array(scheduledMilestone),
	findings: z.array(finding),
	/** The go/no-go decision once made, and the offering a postponed or merged course moved into. */
	decision: z.object({ outcome: z.enum(decisionOutcomes), into: z.string().optional() }).optional(),
});
export type OfferingReport = z.infer<typeof offeringReport>;

export const workloadWeek = z.object({
	week: z.string(),
	role,
	hours: z.number(),
	capacity: z.number().nullable(),
});
export type WorkloadWeek = z.infer<typeof workloadWeek>;

/** An intake as the report shows it, with its (possibly default) decision window. */
export const intakeReport = z.object({
	id: z.string(),
	label: z.string(),
	studiesStart: z.string(),
	decisionWindow: z.object({ from: z.string(), to: z.string() }),
});
export type IntakeReport = z.infer<typeof intakeReport>;

/** What `plan(input, {today})` returns and `kairos plan --format json` prints. */
export const planReport = z.object({
	version: z.literal(1),
	today: z.string().optional(),
	institution: z.object({ id: z.string(), name: z.string() }),
	/** The institution's people, so that owner ids can be shown as names. */
	people: z.array(
		z.object({ id: z.string(), name: z.string(), email: z.string(), roles: z.array(role) }),
	),
	/** Sorted by studies start. */
	intakes: z.array(intakeReport),
	offerings: z.array(offeringReport),
	workload: z.array(workloadWeek),
	findings: z.array(finding),
	summary: z.object({ offerings: z.number(), errors: z.number(), warnings: z.number() }),
});
export type PlanReport = z.infer<typeof planReport>;
