import { z } from "zod";
import { didYouMean } from "./closest-name.ts";
import { localizedName } from "./localized-text.ts";
import {
	atMost,
	email,
	isoDate,
	languageCode,
	listOf,
	maxItems,
	maxLength,
	nameText,
	role,
	roles,
	showValue,
	slug,
	webUrl,
} from "./primitives.ts";

export const closure = z
	.strictObject({ from: isoDate, to: isoDate, label: nameText })
	.refine((closure) => closure.from <= closure.to, {
		path: ["to"],
		error: (issue) => {
			const closure = issue.input as { from: string; to: string };
			return `${showValue(closure.to)} is before the closure starts on ${closure.from}`;
		},
	});
export type Closure = z.infer<typeof closure>;

const hoursPerWeek = z.number().min(0);
/** Planned hours each role can give per ISO week. */
export const capacity = z.strictObject(
	Object.fromEntries(roles.map((name) => [name, hoursPerWeek.optional()])) as Record<
		(typeof roles)[number],
		z.ZodOptional<typeof hoursPerWeek>
	>,
);
export type Capacity = z.infer<typeof capacity>;

const share = z.number().min(0).max(1);
const days = z.int().min(0);
const ruleFields = {
	minCoverage: share.optional(),
	minLeadTimeDays: days.optional(),
	minCommunicationShare: share.optional(),
	maxStartAfterStudiesStartDays: days.optional(),
	decisionWindowOpensWeeksBeforeStudies: days.optional(),
	decisionWindowClosesWeeksBeforeStudies: days.optional(),
	effortSpreadWorkingDays: z.int().min(1).max(60).optional(),
	minFillProbability: share.optional(),
};

/** The timing, budget and fill rules' defaults (docs/rules.md), which `institution.rules` overrides. */
export const ruleDefaults: { readonly [K in keyof typeof ruleFields]: number } = {
	minCoverage: 0.8,
	minLeadTimeDays: 84,
	minCommunicationShare: 0.05,
	maxStartAfterStudiesStartDays: 70,
	decisionWindowOpensWeeksBeforeStudies: 22,
	decisionWindowClosesWeeksBeforeStudies: 11,
	effortSpreadWorkingDays: 5,
	minFillProbability: 0.5,
};

/**
 * Overrides of the rules' defaults. The default decision window, from the weeks before studies
 * start that it opens to those it closes, must not close before it opens, with or without the
 * defaults of the side that is not given.
 */
export const rules = z.strictObject(ruleFields).superRefine((given, context) => {
	const reversed = reversedDecisionWindow(given);
	if (reversed) context.addIssue({ code: "custom", ...reversed, input: given });
});
export type Rules = z.infer<typeof rules>;

function reversedDecisionWindow(given: {
	decisionWindowOpensWeeksBeforeStudies?: number | undefined;
	decisionWindowClosesWeeksBeforeStudies?: number | undefined;
}): { path: string[]; message: string } | undefined {
	const givenOpens = given.decisionWindowOpensWeeksBeforeStudies;
	const givenCloses = given.decisionWindowClosesWeeksBeforeStudies;
	const opens = givenOpens ?? ruleDefaults.decisionWindowOpensWeeksBeforeStudies;
	const closes = givenCloses ?? ruleDefaults.decisionWindowClosesWeeksBeforeStudies;
	if (closes <= opens) return undefined;
	const reversal = "the decision window would close before it opens";
	if (givenCloses !== undefined) {
		const byDefault = givenOpens === undefined ? " (the default)" : "";
		return {
			path: ["decisionWindowClosesWeeksBeforeStudies"],
			message:
				`${closes} weeks before studies start is before the window opens ${opens} weeks before${byDefault}: ` +
				`${reversal}; close it at most ${opens} weeks before studies start` +
				(givenOpens === undefined
					? `, or open it earlier with decisionWindowOpensWeeksBeforeStudies`
					: ", or swap the two"),
		};
	}
	return {
		path: ["decisionWindowOpensWeeksBeforeStudies"],
		message:
			`${opens} weeks before studies start is after the window closes ${closes} weeks before (the default): ` +
			`${reversal}; open it at least ${closes} weeks before studies start, or close it later with decisionWindowClosesWeeksBeforeStudies`,
	};
}

/**
 * How long learners' data is kept (docs/learner-data.md): the defaults that
 * `institution.retention` overrides.
 */
export const retentionDefaults = {
	/** A registration is erased this many months after its offering ends. */
	registrationsMonths: 24,
	/** A sign-up whose e-mail was never confirmed is erased this many days after it was made. */
	unconfirmedDays: 30,
} as const;

/** How long the institution keeps learners' registrations and the mails about them. */
export const retention = z.strictObject({
	registrationsMonths: z.int().min(1).max(120).optional(),
	unconfirmedDays: z.int().min(1).max(365).optional(),
});
export type Retention = z.infer<typeof retention>;

/** An institution's retention with its defaults filled in. */
export type ResolvedRetention = { readonly [K in keyof typeof retentionDefaults]: number };

/** The institution's retention, its defaults filled in. */
export function retentionOf(institution: { retention?: Retention | undefined }): ResolvedRetention {
	return {
		registrationsMonths:
			institution.retention?.registrationsMonths ?? retentionDefaults.registrationsMonths,
		unconfirmedDays: institution.retention?.unconfirmedDays ?? retentionDefaults.unconfirmedDays,
	};
}

export const person = z.strictObject({
	id: slug,
	name: nameText,
	email,
	roles: z.array(role),
	/** The language of their mails (the task digests); the institution's first language if absent. */
	language: languageCode.optional(),
});
export type Person = z.infer<typeof person>;

export const countryCode = z.string().regex(/^[A-Z]{2}$/, {
	error: (issue) => {
		const typed = String(issue.input);
		const upper = /^[a-z]{2}$/i.test(typed) ? ` (did you mean "${typed.toUpperCase()}"?)` : "";
		return `${showValue(issue.input)} is not an ISO 3166-1 alpha-2 country code${upper || ' such as "EE"'}`;
	},
});

export const timezone = z
	.string()
	.max(maxLength.id, { abort: true, ...atMost(maxLength.id) })
	.refine(isTimeZone, {
		error: (issue) =>
			`${showValue(issue.input)} is not an IANA time zone${didYouMean(String(issue.input), Intl.supportedValuesOf("timeZone")) || ' such as "Europe/Tallinn"'}`,
	});

function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat("en", { timeZone: name });
		return name.includes("/") || name === "UTC";
	} catch {
		return false;
	}
}

/** A field of study, as the catalogue's field filter names it. */
export const field = z.strictObject({ id: slug, name: localizedName });
export type Field = z.infer<typeof field>;

export const institution = z.strictObject({
	id: slug,
	name: nameText,
	country: countryCode,
	timezone,
	languages: listOf(languageCode, maxItems.languages).min(1).optional(),
	website: webUrl.optional(),
	closures: listOf(closure, maxItems.closures).optional(),
	capacity: capacity.optional(),
	rules: rules.optional(),
	retention: retention.optional(),
	people: listOf(person, maxItems.people).optional(),
	/** The fields of study: offerings and qualifications then name theirs by id. */
	fields: listOf(field, maxItems.fields).optional(),
});
export type Institution = z.infer<typeof institution>;
