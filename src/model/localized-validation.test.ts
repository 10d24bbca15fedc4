import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import type { PlanFile } from "./plan-file.ts";
import { formatProblem } from "./problems.ts";
import { validatePlan } from "./validate.ts";

/** The problem lines for a plan, as `kairos validate` prints them. */
function lines(input: unknown): string[] {
	const result = validatePlan(input);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe("localized texts in a plan", () => {
	it("take a plain string or a map over the institution's languages wherever learners read text", () => {
		const plan: PlanFile = {
			...healthyPlan(),
			intakes: healthyPlan().intakes.map((intake) => ({
				...intake,
				label: { et: "Sügis 2027", en: "Autumn 2027" },
			})),
			offerings: [
				healthyOffering({
					title: { et: "MIG/MAG keevituse alused", en: "MIG/MAG welding basics" },
					description: { en: "Evenings in the workshop" },
					location: "Tartu, keevitustöökoda",
					learningOutcomes: [
						{ et: "Keevitab nurkliiteid", en: "Welds fillet joints" },
						"Loeb jooniseid",
					],
				}),
			],
		};
		expect(lines(plan)).toEqual([]);
	});

	it("name each language that is not the institution's, at its path, with the likely one", () => {
		const plan = {
			...healthyPlan(),
			templates: [
				{
					id: "short",
					milestones: [
						{
							key: "go",
							role: "manager",
							anchor: "start",
							offset: "-5wd",
							label: { et: "Otsus", ru: "Решение" },
						},
					],
				},
			],
			offerings: [
				{
					...healthyOffering(),
					title: { et: "Keevitus", EN: "Welding" },
					learningOutcomes: ["Keevitab", { fr: "Soude" }],
					modules: [{ id: "safety", title: { ee: "Ohutus" } }],
				},
			],
		};
		expect(lines(plan)).toEqual([
			'offerings[0] (mig-welding).learningOutcomes[1].fr: "fr" is not one of the institution\'s languages (et, en)',
			'offerings[0] (mig-welding).modules[0].title.ee: "ee" is not one of the institution\'s languages (et, en) (did you mean "et"?)',
			'offerings[0] (mig-welding).title.EN: "EN" is not one of the institution\'s languages (et, en) (did you mean "en"?)',
			'templates[0] (short).milestones[0].label.ru: "ru" is not one of the institution\'s languages (et, en)',
		]);
	});

	it("need at least one language in a map, and the field's length in each", () => {
		expect(
			lines({
				...healthyPlan(),
				offerings: [{ ...healthyOffering(), title: {}, location: { en: "x".repeat(201) } }],
			}),
		).toEqual([
			"offerings[0] (mig-welding).location.en: is 201 characters long; at most 200",
			"offerings[0] (mig-welding).title: needs at least one language, such as {et: …}",
		]);
	});

	it("need institution.languages before any map", () => {
		const plan = healthyPlan();
		delete plan.institution.languages;
		expect(
			lines({ ...plan, offerings: [{ ...healthyOffering(), title: { et: "Keevitus" } }] }),
		).toContain(
			'offerings[0] (mig-welding).title.et: "et" is not a language of the institution: list its languages in institution.languages, such as [et, en]',
		);
	});
});

describe("institution.fields", () => {
	const withFields = (changes: Partial<PlanFile["offerings"][number]> = {}) => {
		const plan = healthyPlan();
		plan.institution.fields = [
			{ id: "engineering", name: { et: "Tehnika", en: "Engineering" } },
			{ id: "it", name: { et: "IT", fr: "Informatique" } },
		];
		return { ...plan, offerings: [healthyOffering(changes)] };
	};

	it("makes the offerings and qualifications name their field by id, with the likely one", () => {
		const plan = withFields({ field: "enginering" });
		const qualification = plan.qualifications?.[0];
		if (qualification) qualification.field = "welding";
		expect(lines(plan)).toEqual([
			'institution.fields[1] (it).name.fr: "fr" is not one of the institution\'s languages (et, en)',
			'offerings[0] (mig-welding).field: "enginering" is not a field in institution.fields (did you mean "engineering"?)',
			'qualifications[0] (welder-4).field: "welding" is not a field in institution.fields',
		]);
	});

	it("leaves a field free text while the institution lists none", () => {
		expect(lines({ ...healthyPlan(), offerings: [healthyOffering({ field: "welding" })] })).toEqual(
			[],
		);
	});
});
