import { z } from "zod";
import { blockerAnchors } from "./anchors.ts";
import { localizedDescription, localizedName, localizedOutcome } from "./localized-text.ts";
import {
	amount,
	atMost,
	credits,
	dateRange,
	email,
	isoDate,
	languageCode,
	level,
	listOf,
	maxItems,
	maxLength,
	money,
	nameText,
	noteText,
	roles,
	showValue,
	slug,
	webUrl,
} from "./primitives.ts";

export const modes = ["on-site", "online", "blended"] as const;
export const budgetCategories = [
	"teaching",
	"materials",
	"premises",
	"communication",
	"overhead",
	"other",
] as const;
export const milestoneStatuses = ["todo", "doing", "done"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];
const milestoneStatus = z.enum(milestoneStatuses);

/**
 * A milestone's progress: its status alone, or with the date it was done, a note, an owner who
 * takes over from the role's owner for this one milestone, and a due date that replaces the one
 * the template gives (kept as given, even on a non-working day).
 */
export const milestoneProgress = z.union([
	milestoneStatus,
	z.strictObject({
		status: milestoneStatus,
		doneOn: isoDate.optional(),
		note: noteText.optional(),
		owner: slug.optional(),
		due: isoDate.optional(),
	}),
]);
export type MilestoneProgress = z.infer<typeof milestoneProgress>;

/** The status part of a milestone's progress. */
export function statusOf(progress: MilestoneProgress | undefined): MilestoneStatus {
	if (progress === undefined) return "todo";
	return typeof progress === "string" ? progress : progress.status;
}

/** The milestone whose being done puts an offering in the public catalogue (docs/rules.md). */
export const cataloguePublishedKey = "catalogue-published";

/**
 * Whether the offering is released in the public catalogue, as a fact rather than a plan: its
 * `released` state when given (the staff app sets it), else whether its catalogue-published
 * milestone is done. The publication date only says when it should be.
 */
export function isReleased(offering: {
	released?: boolean | undefined;
	milestoneStatus?: Readonly<Record<string, MilestoneProgress>> | undefined;
}): boolean {
	return (
		offering.released ?? statusOf(offering.milestoneStatus?.[cataloguePublishedKey]) === "done"
	);
}

/** A unit of the course that a learner can complete on its own. */
export const offeringModule = z.strictObject({
	id: slug,
	title: localizedName,
	credits: credits.optional(),
	learningOutcomes: listOf(localizedOutcome, maxItems.outcomes).optional(),
	assessment: noteText.optional(),
});
export type OfferingModule = z.infer<typeof offeringModule>;

/** A link to the broader qualification (and optionally its module) this course counts towards. */
export const pathway = z.strictObject({ qualification: slug, module: slug.optional() });
export type Pathway = z.infer<typeof pathway>;

export const budgetLine = z.strictObject({
	category: z.enum(budgetCategories),
	amount,
	per: z.enum(["course", "participant"]).optional(),
	label: nameText.optional(),
});
export type BudgetLine = z.infer<typeof budgetLine>;

export const participants = z
	.strictObject({ min: z.int().min(1, { abort: true }), max: z.int().min(1, { abort: true }) })
	.refine((group) => group.min <= group.max, {
		path: ["min"],
		params: { problem: "minAboveMax" },
		error: (issue) => {
			const group = issue.input as { min: number; max: number };
			return `${group.min} is above the maximum group size ${group.max}`;
		},
	});

export const contact = z.strictObject({
	name: nameText,
	email,
	phone: z
		.string()
		.regex(/^\+?[0-9 ()-]{5,20}$/, {
			error: (issue) => `${showValue(issue.input)} is not a phone number`,
		})
		.optional(),
});

const blockerAnchorSet: ReadonlySet<string> = new Set(blockerAnchors);
/** A date, or an intake anchor such as `intake.fullTimeGroupsConfirmed`. */
export const blocker = z
	.string()
	.max(maxLength.id, { abort: true, ...atMost(maxLength.id) })
	.refine((value) => blockerAnchorSet.has(value) || isoDate.safeParse(value).success, {
		params: { problem: "notBlocker" },
		error: (issue) =>
			`${showValue(issue.input)} is not a date or one of ${blockerAnchors.join(", ")}`,
	});

export const registrationCount = z.strictObject({ date: isoDate, count: z.int().min(0) });

/** Cumulative registration counts, at most one per date. */
const registrationCounts = listOf(registrationCount, maxItems.registrationCounts).superRefine(
	(counts, context) => {
		const seen = new Set<string>();
		counts.forEach((entry, index) => {
			if (seen.has(entry.date))
				context.addIssue({
					code: "custom",
					path: [index, "date"],
					input: entry.date,
					params: { problem: "dateTwice" },
					message: `${showValue(entry.date)} is given twice: one count per date`,
				});
			seen.add(entry.date);
		});
	},
);
export type RegistrationCount = z.infer<typeof registrationCount>;

/**
 * What a go/no-go decision can be: `go` confirms the group, `no-go` cancels the course,
 * `postpone` moves it to the same course in a later intake and `merge` into another offering.
 */
export const decisionOutcomes = ["go", "no-go", "postpone", "merge"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * A decision as the staff app records it: the outcome, why, the offering a postponed or merged
 * course moves `into` (validation checks it exists), who decided (a people id or an e-mail) and
 * on which day.
 */
export const recordedDecision = z.strictObject({
	outcome: z.enum(decisionOutcomes),
	reason: noteText.optional(),
	into: slug.optional(),
	decidedBy: z
		.string()
		.max(maxLength.email, { abort: true, ...atMost(maxLength.email) })
		.refine((value) => slug.safeParse(value).success || email.safeParse(value).success, {
			params: { problem: "notPersonOrEmail" },
			error: (issue) => `${showValue(issue.input)} is not a people id or an e-mail address`,
		})
		.optional(),
	decidedOn: isoDate.optional(),
});
export type RecordedDecision = z.infer<typeof recordedDecision>;

/** The plan file's `decision`: `go` or `no-go` alone (as before), or a recorded decision. */
export const decision = z.union([z.enum(["go", "no-go"]), recordedDecision]);
export type Decision = z.infer<typeof decision>;

/** The decision in its long form, whichever form the plan gives; undefined while undecided. */
export function decisionOf(offering: {
	decision?: Decision | undefined;
}): RecordedDecision | undefined {
	const given = offering.decision;
	if (given === undefined) return undefined;
	return typeof given === "string" ? { outcome: given } : given;
}

/**
 * The offering's registration count of the latest date on or before `today` (`YYYY-MM-DD`; any
 * date without it), whatever the order the counts are given in; undefined when none is.
 */
export function latestRegistrationCount(
	offering: { registrations?: readonly RegistrationCount[] | undefined },
	today?: string,
): RegistrationCount | undefined {
	let latest: RegistrationCount | undefined;
	for (const entry of offering.registrations ?? []) {
		if (today !== undefined && entry.date > today) continue;
		if (latest === undefined || entry.date > latest.date) latest = entry;
	}
	return latest;
}

/** The milestone whose being done records that the go/no-go decision was made. */
export const goNoGoKey = "go-no-go";

const owners = z.strictObject(
	Object.fromEntries(roles.map((name) => [name, slug.optional()])) as Record<
		(typeof roles)[number],
		z.ZodOptional<typeof slug>
	>,
);

/** One run of a micro-credential in an intake. */
export const offering = z
	.strictObject({
		id: slug,
		title: localizedName,
		intake: slug.optional(),
		start: isoDate,
		end: isoDate,
		description: localizedDescription.optional(),
		field: nameText.optional(),
		language: languageCode.optional(),
		mode: z.enum(modes).optional(),
		location: localizedName.optional(),
		learningOutcomes: listOf(localizedOutcome, maxItems.outcomes).optional(),
		credits: credits.optional(),
		level: level.optional(),
		assessment: noteText.optional(),
		qualityAssurance: noteText.optional(),
		prerequisites: noteText.optional(),
		stackability: noteText.optional(),
		modules: listOf(offeringModule, maxItems.modules).optional(),
		pathways: listOf(pathway, maxItems.pathways).optional(),
		fee: money,
		subsidy: money.optional(),
		participants,
		budget: listOf(budgetLine, maxItems.budgetLines).optional(),
		owners: owners.optional(),
		contact: contact.optional(),
		publication: isoDate.optional(),
		/**
		 * Whether learners can see it in the catalogue: `true` once it is released there, `false`
		 * to hold it back; without it, released when the catalogue-published milestone is done.
		 */
		released: z.boolean().optional(),
		/**
		 * Where learners apply when the school takes applications elsewhere (SAIS, its own form):
		 * the catalogue sends them there instead of showing its own application form.
		 */
		applicationUrl: webUrl.optional(),
		blockedUntil: listOf(blocker, maxItems.blockers).optional(),
		template: slug.optional(),
		/** The go/no-go decision once made (`decision`): a plain outcome, or one recorded in full. */
		decision: decision.optional(),
		milestoneStatus: z
			.record(z.string().max(maxLength.id, atMost(maxLength.id)), milestoneProgress)
			.optional(),
		registrations: registrationCounts.optional(),
	})
	.refine((offering) => offering.start <= offering.end, {
		path: ["end"],
		params: { problem: "endBeforeStart" },
		error: (issue) => {
			const offering = issue.input as { start: string; end: string };
			return `"${offering.end}" is before the start on ${offering.start}`;
		},
	});
export type Offering = z.infer<typeof offering>;

/** What became of a past offering: it ran, or it was cancelled (a no-go). */
export const pastOutcomes = ["ran", "cancelled"] as const;

/**
 * A past offering, kept to learn what timing does to fill: imported from a sheet, or moved here
 * by itself once an offering of the plan has finished (docs/analysis.md).
 */
export const pastOffering = z
	.strictObject({
		id: slug,
		title: nameText,
		field: nameText.optional(),
		/** The intake it ran in, when known: an intake id of its year, such as `autumn-2025`. */
		intake: slug.optional(),
		/** The learners' decision window of its intake; else the plan's intakes, years earlier, tell. */
		decisionWindow: dateRange.optional(),
		publication: isoDate,
		start: isoDate,
		/** Its last day, when known: a registration is kept for the retention period after it. */
		end: isoDate.optional(),
		participants,
		/** Registrations at the end: enrolled when it ran, registered when it was cancelled. */
		finalRegistrations: z.int().min(0),
		/** `ran` unless said otherwise. */
		outcome: z.enum(pastOutcomes).optional(),
		/** What was spent on communication for it, in the institution's currency. */
		communicationSpend: amount.optional(),
		/** The final registrations by the channel they came through (`web`, `partner`, …). */
		channels: z
			.record(slug, z.int().min(0))
			.refine((channels) => Object.keys(channels).length <= maxItems.channels, {
				error: `has more than ${maxItems.channels} channels`,
			})
			.optional(),
		registrations: registrationCounts.optional(),
	})
	.refine((past) => past.publication <= past.start, {
		path: ["start"],
		params: { problem: "startBeforePublication" },
		error: (issue) => {
			const past = issue.input as { publication: string; start: string };
			return `"${past.start}" is before the publication on ${past.publication}`;
		},
	})
	.refine((past) => past.end === undefined || past.start <= past.end, {
		path: ["end"],
		params: { problem: "endBeforeStart" },
		error: (issue) => {
			const past = issue.input as { start: string; end: string };
			return `"${past.end}" is before the start on ${past.start}`;
		},
	})
	.refine((past) => past.finalRegistrations <= past.participants.max, {
		path: ["finalRegistrations"],
		params: { problem: "finalAboveMax" },
		error: (issue) => {
			const past = issue.input as { finalRegistrations: number; participants: { max: number } };
			return `${past.finalRegistrations} is above the maximum group size ${past.participants.max}`;
		},
	})
	.refine(
		(past) =>
			Object.values(past.channels ?? {}).reduce((sum, count) => sum + count, 0) <=
			past.finalRegistrations,
		{
			path: ["channels"],
			params: { problem: "channelsAboveFinal" },
			error: (issue) => {
				const past = issue.input as {
					finalRegistrations: number;
					channels: Record<string, number>;
				};
				const sum = Object.values(past.channels).reduce((total, count) => total + count, 0);
				return `add up to ${sum}, more than the ${past.finalRegistrations} final registrations`;
			},
		},
	);
export type PastOffering = z.infer<typeof pastOffering>;
