import { z } from "zod";

/** Renders an offending value for a problem line: strings quoted, long values shortened. */
export function showValue(value: unknown): string {
	if (value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (value !== null && typeof value === "object") return "an object";
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** A local calendar date `YYYY-MM-DD` that exists (no 2027-02-30). */
// `abort` keeps refinements that compare dates (end after start) from running on a bad date.
export const isoDate = z.iso.date({
	abort: true,
	error: (issue) => `${showValue(issue.input)} is not a date`,
});

/**
 * The longest text each kind of field takes, in characters (UTF-16 code units, as JavaScript
 * counts them). Generous for people, and small enough that no field can carry megabytes.
 */
export const maxLength = {
	/** ids and slugs */
	id: 100,
	/** names, titles, labels, places */
	name: 200,
	/** one learning outcome */
	outcome: 1_000,
	/** notes and short paragraphs: assessment, quality assurance, prerequisites */
	note: 2_000,
	/** an offering's description */
	description: 10_000,
	url: 2_000,
	/** RFC 5321's limit for a forward path */
	email: 254,
} as const;

const count = new Intl.NumberFormat("en");

/** A string check's options that refuse more than `max` characters, giving both lengths. */
export function atMost(max: number) {
	return {
		error: (issue: { input?: unknown }) =>
			`is ${count.format(String(issue.input).length)} characters long; at most ${count.format(max)}`,
	};
}

/** A stable identifier, used in URLs and cross-references. */
// `abort`: a long value that is not an id at all gets that one problem, not two.
export const slug = z
	.string()
	.regex(/^[a-z0-9-]+$/, {
		abort: true,
		error: (issue) =>
			`${showValue(issue.input)} is not an id: use lower-case letters, digits and "-"`,
	})
	.max(maxLength.id, atMost(maxLength.id));

/**
 * Text with at least one visible character and at most `max` characters; kept exactly as
 * written, so export loses nothing. `notText` words the problem for a value that is no string
 * at all, after the value: `5 is not a text…`.
 */
export function visibleText(max: number, notText?: string) {
	const type =
		notText === undefined
			? z.string()
			: z.string({
					error: (issue) =>
						issue.input === undefined ? "is required" : `${showValue(issue.input)} ${notText}`,
				});
	return type.regex(/\S/, { abort: true, error: "must not be blank" }).max(max, atMost(max));
}

/** A name, title, label or place. */
export const nameText = visibleText(maxLength.name);
/** One learning outcome. */
export const outcomeText = visibleText(maxLength.outcome);
/** A note or a short paragraph. */
export const noteText = visibleText(maxLength.note);
/** An offering's description. */
export const descriptionText = visibleText(maxLength.description);

/** An ISO 639-1 language code, lower case: `et`, `en`. */
export const languageCode = z.string().regex(/^[a-z]{2}$/, {
	error: (issue) => `${showValue(issue.input)} is not an ISO 639-1 language code such as "et"`,
});

export const roles = ["manager", "pedagogy", "marketing", "support"] as const;
/** A planning role: who owns a milestone. */
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, {
	error: (issue) => `${showValue(issue.input)} is not an ISO 4217 currency code such as "EUR"`,
});

export const money = z.strictObject({
	amount: z.number().min(0, { error: (issue) => `${showValue(issue.input)} is negative` }),
	currency: currencyCode,
});
export type Money = z.infer<typeof money>;

export const creditUnits = ["EKAP", "ECTS", "ECVET", "hours"] as const;
export const credits = z.strictObject({
	value: z.number().positive({ error: (issue) => `${showValue(issue.input)} is not above 0` }),
	unit: z.enum(creditUnits),
});
export type Credits = z.infer<typeof credits>;

export const level = z.strictObject({
	eqf: z.int().min(1).max(8),
	national: z.string().max(maxLength.name, atMost(maxLength.name)).optional(),
});
export type Level = z.infer<typeof level>;

export const dateRange = z
	.strictObject({ from: isoDate, to: isoDate })
	.refine((range) => range.from <= range.to, {
		error: (issue) => {
			const range = issue.input as { from: string; to: string };
			return `ends on ${range.to}, before it starts on ${range.from}`;
		},
	});
export type DateRange = z.infer<typeof dateRange>;

export const email = z
	.email({ abort: true, error: (issue) => `${showValue(issue.input)} is not an e-mail address` })
	.max(maxLength.email, atMost(maxLength.email));

/**
 * A web address that is safe to publish as a link: http or https only, so `javascript:` and
 * `data:` can never reach a page or the JSON-LD feed.
 */
export const webUrl = z
	.url({
		protocol: /^https?$/,
		abort: true,
		error: (issue) => `${showValue(issue.input)} is not an http(s) address`,
	})
	.max(maxLength.url, atMost(maxLength.url))
	// For editors that check a plan file against the JSON Schema; schemes are case-insensitive.
	.meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });
