import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { Offering } from "../../../model/offering.ts";
import { formatDate, formatMoney } from "../../lib/format.ts";
import { startI18n } from "../../lib/i18n.ts";
import {
	type ConflictContext,
	conflictRowTexts,
	fieldLabel,
	valueText,
} from "./conflict-values.ts";
import { fieldConflicts } from "./drafts.ts";

const plan = {
	...healthyPlan(),
	templates: [
		{
			id: "short",
			label: "Short courses",
			milestones: [
				{
					key: "page-live",
					label: { en: "Page live", et: "Leht üleval" },
					role: "marketing" as const,
					anchor: "publication" as const,
					offset: "0d",
				},
			],
		},
	],
};

async function contextIn(language: "en" | "et"): Promise<ConflictContext> {
	const i18n = await startI18n(language);
	return {
		language,
		plan,
		t: i18n.getFixedT(language, "offerings"),
		tc: i18n.getFixedT(language, "common"),
	};
}

const en = await contextIn("en");
const et = await contextIn("et");
const offering = healthyOffering();
const shown = (field: string, value: unknown, context = en, version: Offering = offering) =>
	valueText(field, value, version, context);

describe("fieldLabel", () => {
	it("names a field as the offering editor labels it", () => {
		expect(
			["title", "fee", "participants", "budget", "modules", "released", "decision"].map((field) =>
				fieldLabel(field, en),
			),
		).toEqual([
			"Title",
			"Fee",
			"Group size",
			"Budget lines",
			"Modules",
			"In the public catalogue",
			"Go/no-go decision",
		]);
		expect(["title", "fee", "participants"].map((field) => fieldLabel(field, et))).toEqual([
			"Pealkiri",
			"Tasu",
			"Rühma suurus",
		]);
	});

	it("names the milestones' progress, which the editor has no input for, in its own words", () => {
		expect(fieldLabel("milestoneStatus", en)).toBe("Marketing plan milestones");
		expect(fieldLabel("milestoneStatus", et)).toBe("Turundusplaani verstapostid");
	});

	it("keeps the key of a field the app does not know", () => {
		expect(fieldLabel("somethingNew", en)).toBe("somethingNew");
	});
});

describe("valueText", () => {
	it("shows money as money in the reader's locale", () => {
		const fee = { amount: 520, currency: "EUR" };
		expect(shown("fee", fee)).toBe("€520");
		expect(shown("fee", fee, et)).toBe(formatMoney(520, "EUR", "et"));
		expect(shown("fee", fee, et)).not.toContain("{");
		expect(shown("subsidy", { amount: 1000, currency: "EUR" })).toBe("€1,000");
	});

	it("shows a group size as a range, days as dates", () => {
		expect(shown("participants", { min: 8, max: 12 })).toBe("8–12");
		expect(shown("participants", { min: 10, max: 10 })).toBe("10");
		expect(shown("start", "2027-09-20")).toBe("20 Sept 2027");
		expect(shown("publication", "2027-05-03", et)).toBe(formatDate("2027-05-03", "et"));
	});

	it("shows a localized text in the reader's language, else the institution's first", () => {
		const title = { en: "Welding basics", et: "Keevituse alused" };
		expect(shown("title", title)).toBe("Welding basics");
		expect(shown("title", title, et)).toBe("Keevituse alused");
		expect(shown("location", { et: "Tartu" })).toBe("Tartu");
		expect(shown("title", "MIG/MAG welding basics")).toBe("MIG/MAG welding basics");
	});

	it("shows budget lines by category and amount, in the fee's currency", () => {
		expect(shown("budget", offering.budget)).toBe(
			"Teaching: €2,400; Materials: €60 per participant; Communication: €300",
		);
		expect(shown("budget", [{ category: "other", amount: 90, label: "Catering" }], et)).toBe(
			`Muu (Catering): ${formatMoney(90, "EUR", "et")}`,
		);
		expect(shown("budget", [])).toBe("None");
	});

	it("shows modules by their titles, pathways by the qualification's names", () => {
		expect(shown("modules", offering.modules)).toBe("Safety and equipment");
		expect(shown("pathways", offering.pathways)).toBe("Welder: MIG/MAG welding");
		expect(shown("pathways", offering.pathways, et)).toBe("Keevitaja: MIG/MAG-keevitus");
		expect(shown("pathways", [{ qualification: "welder-4" }])).toBe("Welder");
	});

	it("shortens a long list to its first items and how many more", () => {
		const outcomes = ["One", "Two", "Three", "Four", "Five", "Six", "Seven"];
		expect(shown("learningOutcomes", outcomes)).toBe("One; Two; Three; Four; Five; and 2 more");
		expect(shown("learningOutcomes", outcomes, et)).toBe("One; Two; Three; Four; Five; ja veel 2");
	});

	it("names ids: the intake, the owners, the template", () => {
		expect(shown("intake", "spring-2028")).toBe("Spring 2028");
		expect(shown("intake", "spring-2028", et)).toBe("Kevad 2028");
		expect(shown("owners", { manager: "kadri", marketing: "liis" })).toBe(
			"Programme manager: Kadri Tamm; Marketing: Liis Saar",
		);
		expect(shown("template", "short")).toBe("Short courses");
	});

	it("words choices as the editor does: the form, credits, level, release and decision", () => {
		expect(shown("language", "et")).toBe("Estonian (et)");
		expect(shown("language", "en", et)).toBe("inglise (en)");
		expect(shown("mode", "blended")).toBe("Blended");
		expect(shown("mode", "blended", et)).toBe("Põimõpe");
		expect(shown("credits", { value: 6, unit: "ECTS" }, et)).toBe("6 EAP");
		expect(shown("level", { eqf: 4, national: "EstQF 4" })).toBe(
			"EQF level 4; National level: EstQF 4",
		);
		expect(shown("released", true)).toBe("Released");
		expect(shown("released", false, et)).toBe("Tagasi hoitud");
		expect(shown("decision", "no-go")).toBe("No-go");
		expect(
			shown("decision", {
				outcome: "postpone",
				decidedOn: "2027-06-01",
				decidedBy: "kadri",
				reason: "too few",
			}),
		).toBe("Postponed to a later intake, 1 Jun 2027, Kadri Tamm, “too few”");
		expect(shown("decision", { outcome: "merge", into: "mig-welding" })).toBe(
			"Merged into another course, MIG/MAG welding basics",
		);
	});

	it("says what an absent value means, in the editor's words where it has them", () => {
		expect(shown("subsidy", undefined)).toBe("Not set");
		expect(shown("subsidy", undefined, et)).toBe("Määramata");
		expect(shown("intake", undefined)).toBe("No intake");
		expect(shown("released", undefined)).toBe("Once the catalogue-published milestone is done");
		expect(shown("decision", undefined, et)).toBe("Otsustamata");
		expect(shown("template", undefined)).toBe("Default");
	});

	it("shows yes or no for a flag, and no JSON for a value it has no words for", () => {
		expect(shown("somethingNew", true)).toBe("Yes");
		expect(shown("somethingNew", false, et)).toBe("Ei");
		expect(shown("somethingNew", { amount: 5, currency: "EUR" })).toBe("€5");
		expect(shown("somethingNew", { a: 1, b: ["x", "y"] })).toBe("a: 1, b: x; y");
	});

	it("shows the contact and the registration counts, the latest first", () => {
		expect(shown("contact", offering.contact)).toBe("Anu Kask, anu@test.ee, +372 5555 0000");
		expect(
			shown("registrations", [
				{ date: "2027-04-01", count: 1 },
				{ date: "2027-05-01", count: 3 },
			]),
		).toBe("1 May 2027: 3; 1 Apr 2027: 1");
	});

	it("shows the milestones' progress by their labels in the reader's language", () => {
		const progress = {
			"content-approved": { status: "done", doneOn: "2027-04-02" },
			"budget-approved": "doing",
		};
		expect(shown("milestoneStatus", progress)).toBe(
			"Content approved: Done, done on 2 Apr 2027; Budget approved: In progress",
		);
		expect(shown("milestoneStatus", progress, et)).toBe(
			`Sisu kinnitatud: Tehtud, tehtud ${formatDate("2027-04-02", "et")}; Eelarve kinnitatud: Pooleli`,
		);
		const short = healthyOffering({ template: "short" });
		expect(shown("milestoneStatus", { "page-live": "done" }, et, short)).toBe(
			"Leht üleval: Tehtud",
		);
	});
});

describe("conflictRowTexts", () => {
	it("words each version of each changed field", () => {
		const base = healthyOffering();
		const mine = { ...base, fee: { amount: 520, currency: "EUR" } };
		const theirs = { ...base, participants: { min: 8, max: 12 } };
		const rows = fieldConflicts(base, mine, theirs).map((row) =>
			conflictRowTexts(row, { base, mine, theirs }, en),
		);
		expect(rows).toEqual([
			{ field: "fee", label: "Fee", base: "€450", mine: "€520", theirs: "€450" },
			{ field: "participants", label: "Group size", base: "8–14", mine: "8–14", theirs: "8–12" },
		]);
	});

	it("shows every language of a text changed in another language than the reader's", () => {
		const base = healthyOffering({ title: { et: "Koogid", en: "Cakes" } });
		const mine = { ...base, fee: { amount: 520, currency: "EUR" } };
		const theirs = { ...base, title: { et: "Koogid", en: "Cakes and pies" } };
		const [title] = fieldConflicts(base, mine, theirs).map((row) =>
			conflictRowTexts(row, { base, mine, theirs }, et),
		);
		expect(title).toEqual({
			field: "title",
			label: "Pealkiri",
			base: "eesti: Koogid / inglise: Cakes",
			mine: "eesti: Koogid / inglise: Cakes",
			theirs: "eesti: Koogid / inglise: Cakes and pies",
		});
		// In English the change shows as it is.
		const [inEnglish] = fieldConflicts(base, mine, theirs).map((row) =>
			conflictRowTexts(row, { base, mine, theirs }, en),
		);
		expect(inEnglish?.theirs).toBe("Cakes and pies");
	});

	it("shows modules in full when their titles read the same", () => {
		const base = healthyOffering();
		const mine = base;
		const [safety] = base.modules ?? [];
		const theirs = {
			...base,
			modules: [{ ...safety, id: "safety", title: "Safety and equipment", assessment: "a quiz" }],
		};
		const [row] = fieldConflicts(base, mine, theirs);
		expect(row && conflictRowTexts(row, { base, mine, theirs }, en).theirs).toBe(
			"Safety and equipment (Module id: safety, Credits: 2 EKAP, Learning outcomes: Sets up a MIG/MAG station safely, Type of assessment: a quiz)",
		);
	});

	it("shows only the milestones whose progress the versions differ in", () => {
		const base = healthyOffering({
			milestoneStatus: { "content-approved": "done", "budget-approved": "doing" },
		});
		const mine = {
			...base,
			milestoneStatus: { ...base.milestoneStatus, "staff-briefed": "done" as const },
		};
		const theirs = {
			...base,
			milestoneStatus: { ...base.milestoneStatus, "budget-approved": "done" as const },
		};
		const [row] = fieldConflicts(base, mine, theirs);
		expect(row && conflictRowTexts(row, { base, mine, theirs }, en)).toEqual({
			field: "milestoneStatus",
			label: "Marketing plan milestones",
			base: "Budget approved: In progress; Staff briefed: To do",
			mine: "Budget approved: In progress; Staff briefed: Done",
			theirs: "Budget approved: Done; Staff briefed: To do",
		});
	});

	it("shows a milestone progress that one version removed as to do", () => {
		const base = healthyOffering({ milestoneStatus: { "content-approved": "done" } });
		const { milestoneStatus: _, ...mine } = base;
		const theirs = base;
		const [row] = fieldConflicts(base, mine, theirs);
		expect(row && conflictRowTexts(row, { base, mine, theirs }, et)).toMatchObject({
			label: "Turundusplaani verstapostid",
			base: "Sisu kinnitatud: Tehtud",
			mine: "Sisu kinnitatud: Tegemata",
		});
	});
});
