import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import type { Offering } from "./offering.ts";
import { parseText } from "./parse-text.ts";
import type { PlanFile } from "./plan-file.ts";
import { textCharacterProblem } from "./primitives.ts";
import { serializePlan } from "./serialize.ts";
import { validatePlan } from "./validate.ts";

// Text that YAML could mistake for something else, next to arbitrary unicode that a text may hold.
const trickyParagraph = fc.oneof(
	fc.constantFrom(
		"yes",
		"no",
		"null",
		"~",
		"2027-01-01",
		"1e3",
		"0x1F",
		"- item",
		"key: value",
		"#hash",
		"'quoted'",
		'"double"',
		"multi\nline",
		" padded ",
		"Õppekava ärisuhtlus",
		"<script>",
	),
	fc
		.string({ minLength: 1, maxLength: 40 })
		.filter((text) => textCharacterProblem(text, "paragraphs") === undefined),
);
const trickyLine = trickyParagraph.filter(
	(text) => textCharacterProblem(text, "line") === undefined,
);

const day = fc.integer({ min: 0, max: 700 });
const isoFrom = (base: string, days: number) => {
	const date = new Date(`${base}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
};

const offeringArbitrary: fc.Arbitrary<Offering> = fc
	.record({
		index: fc.nat(),
		title: trickyLine,
		description: fc.option(trickyParagraph, { nil: undefined }),
		outcomes: fc.array(trickyParagraph, { minLength: 1, maxLength: 3 }),
		start: day,
		length: fc.integer({ min: 0, max: 200 }),
		fee: fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100),
		min: fc.integer({ min: 1, max: 10 }),
		extra: fc.integer({ min: 0, max: 10 }),
		publication: fc.option(day, { nil: undefined }),
		status: fc.option(
			fc.constantFrom("todo", "doing", "done") as fc.Arbitrary<"todo" | "doing" | "done">,
			{ nil: undefined },
		),
	})
	.map((value) => {
		const start = isoFrom("2027-04-01", value.start);
		return healthyOffering({
			id: `offering-${value.index}`,
			title: value.title,
			...(value.description !== undefined && { description: value.description }),
			learningOutcomes: value.outcomes,
			start,
			end: isoFrom(start, value.length),
			fee: { amount: value.fee, currency: "EUR" },
			participants: { min: value.min, max: value.min + value.extra },
			...(value.publication !== undefined && {
				publication: isoFrom("2026-10-01", value.publication),
			}),
			...(value.status !== undefined && { milestoneStatus: { "go-no-go": value.status } }),
		});
	});

const planArbitrary: fc.Arbitrary<PlanFile> = fc
	.uniqueArray(offeringArbitrary, {
		minLength: 1,
		maxLength: 4,
		selector: (offering) => offering.id,
	})
	.map((offerings) => ({ ...healthyPlan(), offerings }));

describe("serializePlan", () => {
	it.each(["yaml", "json"] as const)(
		"writes %s that parses and validates back to the same plan",
		(format) => {
			fc.assert(
				fc.property(planArbitrary, (plan) => {
					const parsed = parseText(serializePlan(plan, format), format);
					expect(parsed.ok).toBe(true);
					const validated = validatePlan(parsed.ok ? parsed.value : undefined);
					expect(validated).toEqual({ ok: true, plan });
				}),
				{ numRuns: 150 },
			);
		},
	);
});
