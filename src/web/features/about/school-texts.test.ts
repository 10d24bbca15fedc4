import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../../locales/en/index.ts";
import { et } from "../../locales/et/index.ts";
import type { SchoolFacts } from "./school-facts.ts";
import {
	creditRangeText,
	creditsText,
	elementRows,
	languageNames,
	modularText,
	systemDefinition,
} from "./school-texts.ts";

const instance = i18next.createInstance();
await instance.init({
	resources: { en, et },
	lng: "en",
	ns: ["about"],
	defaultNS: "about",
	interpolation: { escapeValue: false },
});
const texts = (language: "en" | "et") => instance.getFixedT(language, "about");

const estonian: SchoolFacts = {
	titleLanguages: ["et", "en"],
	creditUnits: ["EKAP"],
	courseCredits: [{ unit: "EKAP", min: 3, max: 15 }],
	courseLevels: { min: 4, max: 4 },
	qualificationLevels: { min: 4, max: 4 },
	framework: "EE",
};
const latvian: SchoolFacts = {
	titleLanguages: ["en", "ru"],
	creditUnits: ["ECTS"],
	courseCredits: [{ unit: "ECTS", min: 2, max: 6 }],
	courseLevels: { min: 3, max: 5 },
	qualificationLevels: undefined,
	framework: undefined,
};
const bare: SchoolFacts = {
	titleLanguages: [],
	creditUnits: [],
	courseCredits: [],
	courseLevels: undefined,
	qualificationLevels: undefined,
	framework: undefined,
};
const values = { school: "Test College", country: "Latvia" };

function row(facts: SchoolFacts, element: string, language: "en" | "et" = "en") {
	return elementRows(texts(language), facts, language, values).find(
		(entry) => entry.element === element,
	);
}

describe("the standard elements, said for the school", () => {
	it("keeps the Estonian school's wording", () => {
		expect(row(estonian, "title")?.kairos).toBe("The course's title, in Estonian and English.");
		expect(row(estonian, "workload")?.meaning).toBe(
			"How much work it takes, in credits: our courses count it in EKAP. EKAP is the credit of Estonian vocational education: 1 EKAP is 26 hours of the learner's work, and 60 EKAP make a year of full-time study.",
		);
		expect(row(estonian, "level")?.meaning).toBe(
			"How demanding it is, on the European Qualifications Framework (EQF, levels 1 to 8). Estonian vocational qualifications are at levels 2 to 5.",
		);
		expect(row(estonian, "level")?.kairos).toBe(
			"The EQF level, and the national level where given. In this plan, the courses are at EQF level 4 and the qualifications at level 4.",
		);
		expect(row(estonian, "title", "et")?.kairos).toBe("Kursuse nimetus eesti ja inglise keeles.");
		expect(row(estonian, "level", "et")?.meaning).toBe(
			"Kui nõudlik see on, Euroopa kvalifikatsiooniraamistiku järgi (EQF, tasemed 1–8). Eesti kutsekvalifikatsioonid on tasemetel 2–5.",
		);
	});

	it("says a Latvian school's languages, its ECTS and its levels, and nothing Estonian", () => {
		const rows = elementRows(texts("en"), latvian, "en", values);
		const title = rows.find((entry) => entry.element === "title");
		const workload = rows.find((entry) => entry.element === "workload");
		const level = rows.find((entry) => entry.element === "level");
		expect(title?.kairos).toBe("The course's title, in English and Russian.");
		expect(workload?.meaning).toBe(
			"How much work it takes, in credits: our courses count it in ECTS. ECTS is the European credit of higher education: 1 ECTS credit is 25 to 30 hours of the learner's work, and 60 credits make a year of full-time study.",
		);
		expect(level?.meaning).toBe(
			"How demanding it is, on the European Qualifications Framework (EQF, levels 1 to 8).",
		);
		expect(level?.kairos).toBe(
			"The EQF level, and the national level where given. In this plan, the courses are at EQF levels 3 to 5.",
		);
		const everything = rows.map((entry) => `${entry.meaning} ${entry.kairos}`).join(" ");
		expect(everything).not.toMatch(/Eston|EKAP|26 hours/);
		expect(rows.find((entry) => entry.element === "country")?.kairos).toBe(
			"The school's country, Latvia.",
		);

		const inEstonian = elementRows(texts("et"), latvian, "et", values);
		expect(inEstonian.find((entry) => entry.element === "title")?.kairos).toBe(
			"Kursuse nimetus inglise ja vene keeles.",
		);
		expect(inEstonian.find((entry) => entry.element === "workload")?.meaning).toBe(
			"Kui palju tööd see nõuab, ainepunktides; meie kursustel on kasutusel EAP (ECTS). EAP (ECTS) on Euroopa kõrghariduse ainepunkt: 1 EAP on 25–30 tundi õppija tööd ja täiskoormusega õppeaasta on 60 EAP.",
		);
		expect(inEstonian.find((entry) => entry.element === "level")?.kairos).toBe(
			"EQF tase ja olemasolu korral ka riiklik tase. Selles plaanis on kursused EQF tasemetel 3–5.",
		);
		expect(inEstonian.map((entry) => entry.meaning).join(" ")).not.toMatch(/Eesti|EKAP/);
	});

	it("says no more than a plan without languages, credits or levels gives", () => {
		expect(row(bare, "title")?.kairos).toBe("The course's title.");
		expect(row(bare, "workload")?.meaning).toBe(
			"How much work it takes, in credits or in hours of the learner's work.",
		);
		expect(row(bare, "level")?.kairos).toBe("The EQF level, and the national level where given.");
		expect(row({ ...bare, qualificationLevels: { min: 2, max: 4 } }, "level", "et")?.kairos).toBe(
			"EQF tase ja olemasolu korral ka riiklik tase. Selles plaanis on kvalifikatsioonid EQF tasemetel 2–4.",
		);
	});

	it("keeps every element in the Recommendation's order, in both languages", () => {
		for (const language of ["en", "et"] as const) {
			const rows = elementRows(texts(language), latvian, language, values);
			expect(rows.map((entry) => entry.element)).toEqual([
				"learner",
				"title",
				"awardingBody",
				"country",
				"date",
				"outcomes",
				"workload",
				"level",
				"assessment",
				"participation",
				"quality",
			]);
			for (const entry of rows) {
				expect([entry.name, entry.meaning, entry.kairos].join("")).not.toMatch(/{{|what\./);
			}
		}
	});
});

describe("the credit systems", () => {
	it("defines each system with its own numbers, and ECVET without hours", () => {
		expect(systemDefinition(texts("en"), "ECVET", "en")).toBe(
			"ECVET points are the European credits of vocational education: they weigh learning outcomes rather than count hours, and 60 points stand for the learning outcomes of a year of full-time vocational education.",
		);
		expect(systemDefinition(texts("en"), "hours", "en")).toBe(
			"A workload in hours counts the hours of the learner's work.",
		);
		expect(systemDefinition(texts("et"), "EKAP", "et")).toBe(
			"EKAP on Eesti kutsehariduse arvestuspunkt: 1 EKAP on 26 tundi õppija tööd ja täiskoormusega õppeaasta on 60 EKAP.",
		);
	});

	it("lists every system the courses use", () => {
		const mixed = { ...bare, creditUnits: ["EKAP", "ECVET"] as SchoolFacts["creditUnits"] };
		expect(row(mixed, "workload")?.meaning).toMatch(
			/^How much work it takes, in credits: our courses count it in EKAP and ECVET points\. EKAP is .+ ECVET points are .+\.$/,
		);
	});
});

describe("amounts of credits", () => {
	it("writes an amount in its unit, in the reader's words and plural", () => {
		const t = texts("en");
		expect(creditsText(t, { value: 6, unit: "EKAP" }, "en")).toBe("6 EKAP");
		expect(creditsText(t, { value: 1, unit: "hours" }, "en")).toBe("1 hour");
		expect(creditsText(t, { value: 2.5, unit: "ECVET" }, "en")).toBe("2.5 ECVET points");
		const te = texts("et");
		expect(creditsText(te, { value: 6, unit: "ECTS" }, "et")).toBe("6 EAP");
		expect(creditsText(te, { value: 1, unit: "hours" }, "et")).toBe("1 tund");
		expect(creditsText(te, { value: 2.5, unit: "hours" }, "et")).toBe("2,5 tundi");
	});

	it("writes a range, or one amount when the courses are all the same", () => {
		expect(creditRangeText(texts("en"), { unit: "EKAP", min: 3, max: 15 }, "en")).toBe(
			"3 to 15 EKAP",
		);
		expect(creditRangeText(texts("et"), { unit: "ECTS", min: 2, max: 6 }, "et")).toBe("2–6 EAP");
		expect(creditRangeText(texts("en"), { unit: "hours", min: 1, max: 1 }, "en")).toBe("1 hour");
	});
});

describe("modularText", () => {
	it("gives this plan's course credits instead of a fixed range", () => {
		expect(modularText(texts("en"), latvian, "en")).toContain(
			"A course is short (2 to 6 ECTS in this plan), often in the evenings or blended",
		);
		expect(modularText(texts("et"), estonian, "et")).toContain(
			"Kursus on lühike (selles plaanis 3–15 EKAP), sageli",
		);
		const mixed: SchoolFacts = {
			...bare,
			courseCredits: [
				{ unit: "ECTS", min: 2, max: 6 },
				{ unit: "ECVET", min: 4, max: 4 },
			],
		};
		expect(modularText(texts("en"), mixed, "en")).toContain(
			"(2 to 6 ECTS and 4 ECVET points in this plan)",
		);
		expect(modularText(texts("en"), bare, "en")).toContain(
			"A course is short, often in the evenings or blended",
		);
	});
});

describe("languageNames", () => {
	it("names the languages in the reader's language", () => {
		expect(languageNames(["en", "ru"], "en")).toBe("English and Russian");
		expect(languageNames(["lv", "en", "ru"], "en")).toBe("Latvian, English and Russian");
		expect(languageNames(["lv"], "et")).toBe("läti");
	});
});
