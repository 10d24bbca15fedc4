import i18next from "i18next";
import { describe, expect, it } from "vitest";
import demoYaml from "../../../examples/demo-school.yaml?raw";
import { findingPlans } from "../../../test/fixtures/finding-plans.ts";
import { planWith } from "../../../test/fixtures/plans.ts";
import { exactPercent, hours, list, money } from "../../engine/findings/wording.ts";
import { planWithHolidays } from "../../holidays/plan-with-holidays.ts";
import { parseText } from "../../model/parse-text.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import { type Finding, findingCodes } from "../../model/report.ts";
import { validatePlan } from "../../model/validate.ts";
import { en } from "../locales/en/index.ts";
import { et } from "../locales/et/index.ts";
import { addFindingFormats, type FindingFormats } from "./finding-formats.ts";
import { findingTexts } from "./finding-texts.ts";
import { startI18n } from "./i18n.ts";

/** The values as the engine writes them: ISO dates, plain counts, its money, shares and hours. */
const engineFormats: FindingFormats = {
	date: (day) => day,
	number: (value) => String(value),
	money: (amount, currency) => money(amount, currency),
	percent: (share) => exactPercent(share),
	hours: (value) => hours(value),
	join: (items, _language, comma) => (comma ? items.join(", ") : list(items)),
};

async function engineWords() {
	const instance = i18next.createInstance();
	await instance.init({
		resources: { en, et },
		lng: "en",
		interpolation: { escapeValue: false },
	});
	addFindingFormats(instance, engineFormats);
	return instance;
}

function demoSchool(): PlanFile {
	const parsed = parseText(demoYaml, "yaml");
	if (!parsed.ok) throw new Error("the demo school does not parse");
	const validated = validatePlan(parsed.value);
	if (!validated.ok) throw new Error("the demo school is not valid");
	return validated.plan;
}

function allFindings(input: PlanFile, today?: string): Finding[] {
	const report = planWithHolidays(input, { today });
	return [...report.findings, ...report.offerings.flatMap((offering) => offering.findings)];
}

const plans = [
	{ name: "the demo school", input: demoSchool(), today: "2027-05-03" },
	...findingPlans(),
];

describe("the findings' English templates", () => {
	it("are raised, every code, by the plans below", () => {
		const raised = new Set(plans.flatMap(({ input, today }) => allFindings(input, today)));
		expect(new Set([...raised].map((entry) => entry.code))).toEqual(new Set(findingCodes));
	});

	it.each(plans)("say exactly what the engine says: $name", async ({ input, today }) => {
		const instance = await engineWords();
		const found = allFindings(input, today);
		expect(found.length).toBeGreaterThan(0);
		for (const entry of found) {
			expect(entry.params, entry.code).toBeDefined();
			expect(findingTexts(entry, instance)).toEqual({
				message: entry.message,
				suggestion: entry.suggestion,
			});
		}
	});
});

describe("findingTexts", () => {
	it("has a message and a suggestion for every code in both languages", () => {
		for (const [language, bundle] of Object.entries({ en, et })) {
			const texts: Record<string, unknown> = bundle.findings;
			for (const code of findingCodes) {
				const keys = Object.keys(texts[code] ?? {});
				expect(
					keys.some((key) => /^message(_|$)/.test(key)),
					`${language} ${code}`,
				).toBe(true);
				expect(
					keys.some((key) => /^suggestion(_|$)/.test(key)),
					`${language} ${code}`,
				).toBe(true);
			}
		}
	});

	it("puts every finding in Estonian, with Estonian dates and numbers", async () => {
		const instance = await startI18n("et");
		for (const { input, today } of plans) {
			for (const entry of allFindings(input, today)) {
				const { message, suggestion } = findingTexts(entry, instance);
				for (const text of [message, suggestion]) {
					expect(text, entry.code).not.toMatch(/\{\{|findings:|\d{4}-\d{2}-\d{2}/);
					expect(text, entry.code).not.toBe(entry.message);
				}
			}
		}
		const late = allFindings(planWith({ start: "2027-11-11", end: "2027-12-20" })).find(
			(entry) => entry.code === "NOT_ALIGNED_WITH_INTAKE",
		);
		expect(late && findingTexts(late, instance).message).toBe(
			"algab 11. nov 2027, 71 päeva pärast seda, kui vastuvõtu „Sügis 2027” õpingud algavad (1. sept 2027); lubatud on kuni 70",
		);
	});

	it("keeps the engine's texts when a finding has no params", async () => {
		const instance = await startI18n("et");
		const entry: Finding = {
			code: "MISSING_CONTACT",
			severity: "warning",
			message: "no contact point",
			suggestion: "add a contact",
		};
		expect(findingTexts(entry, instance)).toEqual({
			message: "no contact point",
			suggestion: "add a contact",
		});
	});
});
