import { describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { formatProblem } from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";
import { problemInSheet } from "./locate.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import { templateLanguages, templateOfferings } from "./template-offerings.ts";
import { offeringsToCsv } from "./write-csv.ts";

describe("problemInSheet", () => {
	it("names the sheet row and column of a plan problem about an imported offering", () => {
		const [welding, bookkeeping, food] = templateOfferings;
		if (!welding || !bookkeeping || !food) throw new Error("three template offerings");
		const text = offeringsToCsv(
			[
				welding,
				{ ...bookkeeping, intake: "autumn-2072", owners: { marketing: "liisa" } },
				{ ...food, pathways: [{ qualification: "cook-4", module: "sauces" }] },
			],
			templateLanguages,
		);
		const sheet = parseOfferingsCsv(text, { languages: templateLanguages });
		if (!sheet.ok) throw new Error("the sheet itself is valid");
		const demo = demoPlan();
		const first = demo.offerings.length;
		const merged = validatePlan({
			...demo,
			offerings: [...demo.offerings, ...sheet.offerings],
			intakes: demo.intakes.filter((intake) => intake.id !== "spring-2028"),
		});
		expect(merged.ok).toBe(false);
		const problems = merged.ok ? [] : merged.problems;
		expect(
			problems.map((problem) =>
				formatProblem(problemInSheet(problem, sheet, (index) => index - first)),
			),
		).toEqual([
			expect.stringMatching(
				/^offerings\[\d+\] \([a-z0-9-]+\)\.intake: "spring-2028" is not an intake \(did you mean "spring-2027"\?\)$/,
			),
			expect.stringMatching(
				/^offerings\[\d+\] \([a-z0-9-]+\)\.intake: "spring-2028" is not an intake \(did you mean "spring-2027"\?\)$/,
			),
			expect.stringMatching(
				/^offerings\[\d+\] \([a-z0-9-]+\)\.intake: "spring-2028" is not an intake \(did you mean "spring-2027"\?\)$/,
			),
			'row 2, column intake (D): "spring-2028" is not an intake (did you mean "spring-2027"?)',
			'row 3, column intake (D): "autumn-2072" is not an intake (did you mean "autumn-2027"?)',
			'row 3, column ownerMarketing (AM): "liisa" is not a person in institution.people',
			'row 4, column pathways (X): "sauces" is not a module of qualification "cook-4"',
		]);
	});

	it("names the translation column of a language that is not the institution's", () => {
		const [welding] = templateOfferings;
		if (!welding) throw new Error("a template offering");
		const text = offeringsToCsv(
			[{ ...welding, title: { et: "Keevitus", fr: "Soudage" } }],
			[...templateLanguages, "fr"],
		);
		const sheet = parseOfferingsCsv(text, { languages: templateLanguages });
		if (!sheet.ok) throw new Error("the sheet itself is valid");
		const demo = demoPlan();
		const merged = validatePlan({ ...demo, offerings: [...demo.offerings, ...sheet.offerings] });
		const problems = merged.ok ? [] : merged.problems;
		expect(
			problems.map((problem) =>
				formatProblem(problemInSheet(problem, sheet, (index) => index - demo.offerings.length)),
			),
		).toEqual([
			'row 2, column title.fr (C): "fr" is not one of the institution\'s languages (et, en)',
		]);
	});
});
