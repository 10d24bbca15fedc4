import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { pastOffering } from "../../test/fixtures/history.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { commandLine } from "./actor.ts";
import { institutionAnalysis, institutionYearlyReport } from "./analysis.ts";
import { KairosError } from "./errors.ts";
import { getPlan, replacePlan } from "./plans.ts";

/**
 * The healthy plan (languages et, en), its offering titled in both, with two courses that ran in
 * its autumn intake of 2026.
 */
function planWithHistory(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({ title: { et: "MIG/MAG-keevituse alused", en: "MIG/MAG welding" } }),
		],
		history: [
			pastOffering({ id: "early-2026", publication: "2026-03-01", finalRegistrations: 9 }),
			pastOffering({ id: "late-2026", publication: "2026-07-01", finalRegistrations: 4 }),
		],
	};
}

describe.each(storeTargets)("the analysis service on $name", (target) => {
	const tested = useContext(target, [planWithHistory()], { today: "2027-03-01" });
	const run = it.skipIf(!target.available);

	run(
		"analyses the saved history in the institution's first language, once per plan version",
		async () => {
			const { context } = tested;
			const first = await institutionAnalysis(context, "test-vc");
			expect(first.language).toBe("et");
			expect(first.figures.today).toBe("2027-03-01");
			expect(first.figures.pastOfferings.map((past) => [past.id, past.fill])).toEqual([
				["early-2026", 0.9],
				["late-2026", 0.4],
			]);
			const again = await institutionAnalysis(context, "test-vc", { language: "et" });
			expect(again.figures).toBe(first.figures);
			expect(again.version).toBe(first.version);

			const english = await institutionAnalysis(context, "test-vc", { language: "en" });
			expect(english.language).toBe("en");
			expect(english.version).not.toBe(first.version);

			const { plan, planVersion } = await getPlan(context, "test-vc");
			plan.history = [...(plan.history ?? []), pastOffering({ id: "third-2026" })];
			await replacePlan(context, "test-vc", plan, commandLine, {
				expectedVersion: planVersion,
				mayCreate: false,
			});
			const changed = await institutionAnalysis(context, "test-vc");
			expect(changed.version).not.toBe(first.version);
			expect(changed.figures.pastOfferings.map((past) => past.id)).toEqual([
				"early-2026",
				"late-2026",
				"third-2026",
			]);
		},
	);

	run("gives the year's intakes in the language asked for", async () => {
		const { context } = tested;
		const estonian = await institutionYearlyReport(context, "test-vc", { year: 2027 });
		expect(estonian.figures.year).toBe(2027);
		expect(estonian.figures.intakes.map((intake) => [intake.label, intake.planned])).toEqual([
			["Sügis 2027", 1],
		]);
		expect(estonian.figures.intakes[0]?.offerings.map((offering) => offering.title)).toEqual([
			"MIG/MAG-keevituse alused",
		]);
		const english = await institutionYearlyReport(context, "test-vc", {
			year: 2027,
			language: "en",
		});
		expect(english.figures.intakes.map((intake) => intake.label)).toEqual(["Autumn 2027"]);
		expect(english.figures.intakes[0]?.offerings.map((offering) => offering.title)).toEqual([
			"MIG/MAG welding",
		]);
		const past = await institutionYearlyReport(context, "test-vc", { year: 2026, language: "en" });
		expect(past.figures.intakes.map((intake) => [intake.ran, intake.cancelled])).toEqual([[2, 0]]);
		expect(past.version).not.toBe(english.version);
	});

	run(
		"refuses a language it does not write, naming those it does, and an unknown institution",
		async () => {
			const { context } = tested;
			const refusal = await institutionAnalysis(context, "test-vc", { language: "fr" }).catch(
				(error: unknown) => error,
			);
			expect(refusal).toBeInstanceOf(KairosError);
			expect((refusal as KairosError).problems).toEqual([
				{
					path: "language",
					message:
						'"fr" is not one of the institution\'s languages or those of the reports (et, en)',
				},
			]);
			await expect(institutionYearlyReport(context, "no-such-vc", { year: 2027 })).rejects.toThrow(
				'institution "no-such-vc" does not exist',
			);
		},
	);
});
