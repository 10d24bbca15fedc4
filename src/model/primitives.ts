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

/** A stable identifier, used in URLs and cross-references. */
export const slug = z.string().regex(/^[a-z0-9-]+$/, {
	error: (issue) =>
		`${showValue(issue.input)} is not an id: use lower-case letters, digits and "-"`,
});

/** Text with at least one visible character; kept exactly as written, so export loses nothing. */
export const nonEmptyText = z.string().regex(/\S/, { error: "must not be blank" });

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
	national: z.string().optional(),
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

export const email = z.email({
	error: (issue) => `${showValue(issue.input)} is not an e-mail address`,
});
