import { z } from "zod";

/** Renders an offending value for a problem line: strings quoted, long values shortened. */
export function showValue(value: unknown): string {
	if (value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (value !== null && typeof value === "object") return "an object";
	// JSON has no NaN or infinity (it would write null), but YAML's .nan and .inf are numbers.
	if (typeof value === "number" && !Number.isFinite(value)) return String(value);
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const count = new Intl.NumberFormat("en");

/** The years a plan's dates may fall in: planning needs no other, and each year costs work. */
export const dateYears = { first: 1990, last: 2099 } as const;

/** A local calendar date `YYYY-MM-DD` that exists (no 2027-02-30), in `dateYears`. */
// `abort` keeps refinements that compare dates (end after start) from running on a bad date.
export const isoDate = z.iso
	.date({
		abort: true,
		error: (issue) =>
			issue.input === undefined ? "is required" : `${showValue(issue.input)} is not a date`,
	})
	.refine((date) => date >= `${dateYears.first}-01-01` && date <= `${dateYears.last}-12-31`, {
		abort: true,
		params: { problem: "outsideYears" },
		error: (issue) =>
			`${showValue(issue.input)} is outside the years ${dateYears.first}–${dateYears.last} that a plan covers`,
	});

/**
 * The most items of each list in a plan: generous for the largest school, and small enough that
 * no plan makes the server plan for minutes.
 */
export const maxItems = {
	offerings: 10_000,
	history: 20_000,
	intakes: 100,
	qualifications: 2_000,
	templates: 200,
	people: 2_000,
	fields: 200,
	closures: 200,
	languages: 20,
	milestones: 100,
	modules: 50,
	outcomes: 50,
	pathways: 20,
	budgetLines: 50,
	blockers: 10,
	registrationCounts: 1_000,
	channels: 50,
} as const;

/** A list of at most `max` items, saying how many it has when it has more. */
export function listOf<T extends z.ZodType>(item: T, max: number) {
	return z.array(item).max(max, {
		error: (issue) =>
			`has ${count.format((issue.input as unknown[]).length)} items; at most ${count.format(max)}`,
	});
}

/** The largest amount of money a plan takes, in any currency: well above any course's budget. */
export const maxAmount = 100_000_000;

/** An amount of money: not negative, in whole cents (as the engine sums it), at most `maxAmount`. */
export const amount = z
	.number()
	.min(0, { error: (issue) => `${showValue(issue.input)} is negative` })

	.max(maxAmount, {
		error: (issue) => `${showValue(issue.input)} is above ${count.format(maxAmount)}`,
	})
	// Checked only within the bounds, where a double holds cents exactly enough to tell.
	.refine((value) => !(value >= 0 && value <= maxAmount) || inCents(value), {
		error: (issue) => `${showValue(issue.input)} has more than two decimals: amounts are in cents`,
		params: { problem: "notCents" },
	})
	.meta({ multipleOf: 0.01 });

/** Whether an amount is whole cents, up to the rounding error of a double. */
function inCents(value: number): boolean {
	return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

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

/** Whether a text is one line (a name, a title) or may run over several (a description). */
export type TextShape = "line" | "paragraphs";

/** The longest text of each kind, and its shape. */
export const textKinds = {
	name: { max: maxLength.name, shape: "line" },
	outcome: { max: maxLength.outcome, shape: "paragraphs" },
	note: { max: maxLength.note, shape: "paragraphs" },
	description: { max: maxLength.description, shape: "paragraphs" },
} as const satisfies Record<string, { max: number; shape: TextShape }>;
export type TextKind = keyof typeof textKinds;

// Characters no text needs and that do harm: control characters (a line break in a title ends
// a line of a calendar file; an escape sequence drives a terminal), lone surrogates, which no
// encoding can write, and the direction overrides that make a text read other than it is.
// A quick scan for any control character, surrogate or direction control; only a text it finds
// something in is looked at closely (most texts have none, and a plan holds many).
const suspicious = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;
const forbiddenInLine = /\p{Cc}|\p{Cs}|[\u202a-\u202e\u2066-\u2069]/u;
const forbiddenInParagraphs = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\u202a-\u202e\u2066-\u2069]/u;
/** A character that shows: not a space, and not one of the invisible ones (zero-width space, joiners, BOM). */
const visible = /[^\s\u200b-\u200d\u2060\ufeff]/;

/** What is wrong with a text's characters: a line break in a line, a forbidden character (`U+0007`), or nothing visible. */
export type TextCharacterFault =
	| { kind: "lineBreak" }
	| { kind: "character"; code: string }
	| { kind: "blank" };

/** The fault of a text's characters, or undefined. */
export function textCharacterFault(text: string, shape: TextShape): TextCharacterFault | undefined {
	const forbidden = suspicious.test(text)
		? (shape === "line" ? forbiddenInLine : forbiddenInParagraphs).exec(text)
		: null;
	if (forbidden) {
		if (forbidden[0] === "\n" || forbidden[0] === "\r") return { kind: "lineBreak" };
		const code = (forbidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
		return { kind: "character", code: `U+${code}` };
	}
	if (!visible.test(text)) return { kind: "blank" };
	return undefined;
}

/** The problem with a text's characters, or undefined. */
export function textCharacterProblem(text: string, shape: TextShape): string | undefined {
	const fault = textCharacterFault(text, shape);
	switch (fault?.kind) {
		case "lineBreak":
			return "must be one line: it holds a line break";
		case "character":
			return `holds the character ${fault.code}, which a text may not hold`;
		case "blank":
			return "must not be blank";
		case undefined:
			return undefined;
	}
}

/**
 * Text of one kind: at least one visible character, no control characters (a one-line kind
 * holds no line break), and at most the kind's length; kept exactly as written, so export loses
 * nothing. `notText` words the problem for a value that is no string at all, after the value:
 * `5 is not a text…`.
 */
export function visibleText(kind: TextKind, notText?: string) {
	const { max, shape } = textKinds[kind];
	const type =
		notText === undefined
			? z.string()
			: z.string({
					error: (issue) =>
						issue.input === undefined ? "is required" : `${showValue(issue.input)} ${notText}`,
				});
	return type
		.refine((text) => textCharacterFault(text, shape) === undefined, {
			abort: true,
			params: { problem: "textCharacters", shape },
			error: (issue) => textCharacterProblem(String(issue.input), shape),
		})
		.max(max, atMost(max));
}

/** A name, title, label or place. */
export const nameText = visibleText("name");
/** One learning outcome. */
export const outcomeText = visibleText("outcome");
/** A note or a short paragraph. */
export const noteText = visibleText("note");
/** An offering's description. */
export const descriptionText = visibleText("description");

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
	amount,
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
		params: { problem: "rangeEndsBeforeStart" },
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
