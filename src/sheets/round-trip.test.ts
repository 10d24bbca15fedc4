import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockerAnchors } from "../model/anchors.ts";
import { type BudgetLine, modes, type Offering } from "../model/offering.ts";
import { creditUnits, roles, textCharacterProblem } from "../model/primitives.ts";
import { formatProblem } from "../model/problems.ts";
import { offeringColumns } from "./columns.ts";
import { partsLostInSheet } from "./limits.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import type { SheetResult } from "./read-table.ts";
import { parseOfferingsXlsx } from "./read-xlsx.ts";
import { offeringsToCsv } from "./write-csv.ts";
import { offeringsToXlsx } from "./write-xlsx.ts";

// Text a sheet can hold: no spaces at the ends (cells are trimmed) and no control characters.
const text = fc
	.oneof(
		fc.constantFrom(
			"Õppekava ärisuhtlus",
			'quoted "word", comma',
			"semi; colon",
			"two\nlines",
			"2027-09-20",
			"0123",
			"=SUM(A1)",
			'=HYPERLINK("http://evil.example","x")',
			"'=SUM(A1)",
			"''@x",
			"+372 5341 2207",
			"-5",
			"'apostrophe",
			"#N/A",
			"TRUE",
			"1,200",
		),
		fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
	)
	.filter(
		(value) => value.trim() === value && textCharacterProblem(value, "paragraphs") === undefined,
	);
const line = text.filter((value) => textCharacterProblem(value, "line") === undefined);
/** The institution's languages: a text beside its translations is in the first. */
const languages = ["et", "en", "ru"];
/** A plain text, or a map of some of the languages to texts. */
const localized = (texts: fc.Arbitrary<string>) =>
	fc.oneof(
		texts,
		fc
			.subarray(languages, { minLength: 1 })
			.chain((keys) => fc.tuple(...keys.map((key) => texts.map((value) => [key, value] as const))))
			.map((pairs) => Object.fromEntries(pairs)),
	);
/** Learning outcomes as a sheet holds them: all plain, or all in the same languages. */
const outcomes = fc.oneof(
	fc.array(line, { minLength: 1, maxLength: 4 }),
	fc.subarray(languages, { minLength: 1 }).chain((keys) =>
		fc.array(
			fc
				.tuple(...keys.map((key) => line.map((value) => [key, value] as const)))
				.map((pairs) => Object.fromEntries(pairs)),
			{ minLength: 1, maxLength: 4 },
		),
	),
);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const option = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((value) => value / 100);
const date = fc
	.integer({ min: 0, max: 2000 })
	.map((days) => new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10));
const email = fc.stringMatching(/^[a-z]{1,10}(\.[a-z]{1,8})?@[a-z]{2,10}\.(ee|eu|com)$/);
const phone = fc.stringMatching(/^\+?[0-9][0-9 ()-]{3,18}[0-9]$/);

const budgetColumns = offeringColumns.flatMap(({ target }) => ("budget" in target ? [target] : []));

/** Offerings restricted to what a sheet can hold (see `partsLostInSheet`). */
const sheetOffering: fc.Arbitrary<Offering> = fc
	.record({
		id: slug,
		title: localized(line),
		intake: option(slug),
		start: date,
		length: fc.integer({ min: 0, max: 300 }),
		description: option(localized(text)),
		field: option(line),
		language: option(fc.stringMatching(/^[a-z]{2}$/)),
		mode: option(fc.constantFrom(...modes)),
		location: option(localized(line)),
		learningOutcomes: option(outcomes),
		credits: option(
			fc.record({
				value: fc.integer({ min: 1, max: 600 }).map((value) => value / 2),
				unit: fc.constantFrom(...creditUnits),
			}),
		),
		level: option(fc.record({ eqf: fc.integer({ min: 1, max: 8 }), national: option(line) })),
		assessment: option(text),
		qualityAssurance: option(text),
		prerequisites: option(text),
		stackability: option(text),
		pathways: option(
			fc.array(fc.record({ qualification: slug, module: option(slug) }), {
				minLength: 1,
				maxLength: 3,
			}),
		),
		fee: fc.record({ amount: cents(5000), currency: fc.stringMatching(/^[A-Z]{3}$/) }),
		subsidy: option(cents(10000)),
		min: fc.integer({ min: 1, max: 20 }),
		extra: fc.integer({ min: 0, max: 20 }),
		costs: fc.tuple(...budgetColumns.map(() => option(cents(20000)))),
		owners: option(
			fc
				.subarray([...roles], { minLength: 1 })
				.chain((chosen) =>
					fc.tuple(...chosen.map((role) => slug.map((id) => [role, id] as const))),
				),
		),
		contact: option(fc.record({ name: line, email, phone: option(phone) })),
		publication: option(date),
		blockedUntil: option(
			fc.array(fc.oneof(date, fc.constantFrom(...blockerAnchors)), { minLength: 1, maxLength: 3 }),
		),
		template: option(slug),
	})
	.map((drawn) => {
		const budget: BudgetLine[] = [];
		drawn.costs.forEach((amount, index) => {
			const target = budgetColumns[index];
			if (amount === undefined || target === undefined) return;
			budget.push({
				category: target.budget,
				amount,
				...(target.per === "participant" ? { per: "participant" as const } : {}),
			});
		});
		const end = new Date(`${drawn.start}T00:00:00Z`);
		end.setUTCDate(end.getUTCDate() + drawn.length);
		return withoutUndefined({
			id: drawn.id,
			title: drawn.title,
			intake: drawn.intake,
			start: drawn.start,
			end: end.toISOString().slice(0, 10),
			description: drawn.description,
			field: drawn.field,
			language: drawn.language,
			mode: drawn.mode,
			location: drawn.location,
			learningOutcomes: drawn.learningOutcomes,
			credits: drawn.credits,
			level: drawn.level && withoutUndefined(drawn.level),
			assessment: drawn.assessment,
			qualityAssurance: drawn.qualityAssurance,
			prerequisites: drawn.prerequisites,
			stackability: drawn.stackability,
			pathways: drawn.pathways?.map(withoutUndefined),
			fee: drawn.fee,
			subsidy:
				drawn.subsidy === undefined
					? undefined
					: { amount: drawn.subsidy, currency: drawn.fee.currency },
			participants: { min: drawn.min, max: drawn.min + drawn.extra },
			budget: budget.length > 0 ? budget : undefined,
			owners: drawn.owners && Object.fromEntries(drawn.owners),
			contact: drawn.contact && withoutUndefined(drawn.contact),
			publication: drawn.publication,
			blockedUntil: drawn.blockedUntil,
			template: drawn.template,
		}) as Offering;
	});

const sheetOfferings = fc.uniqueArray(sheetOffering, {
	selector: (offering) => offering.id,
	maxLength: 5,
});

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** The offerings read, or the problem lines, so a failure shows what went wrong. */
function offeringsOf(result: SheetResult): Offering[] | string[] {
	return result.ok ? result.offerings : result.problems.map(formatProblem);
}

describe("writing then reading a sheet", () => {
	it("the generated offerings are ones a sheet can hold", () => {
		fc.assert(
			fc.property(sheetOffering, (offering) => {
				expect(partsLostInSheet(offering)).toEqual([]);
			}),
		);
	});

	it("CSV gives back the same offerings", () => {
		fc.assert(
			fc.property(sheetOfferings, (offerings) => {
				const csv = offeringsToCsv(offerings, languages);
				expect(offeringsOf(parseOfferingsCsv(csv, { languages }))).toEqual(offerings);
			}),
			{ numRuns: 300 },
		);
	});

	it("XLSX gives back the same offerings", async () => {
		await fc.assert(
			fc.asyncProperty(sheetOfferings, async (offerings) => {
				const xlsx = await offeringsToXlsx(offerings, languages);
				const result = await parseOfferingsXlsx(xlsx, { languages });
				expect(offeringsOf(result)).toEqual(offerings);
			}),
			{ numRuns: 40 },
		);
	});
});
