import { describe, expect, it } from "vitest";
import demoYaml from "../../../../examples/demo-school.yaml?raw";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { planWithHolidays } from "../../../holidays/plan-with-holidays.ts";
import { parseText } from "../../../model/parse-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { validatePlan } from "../../../model/validate.ts";
import { briefing, daysAfterWindow } from "./briefing.ts";
import { qualificationLinks } from "./qualification-links.ts";

const today = "2027-05-03";

/** The demo school's plan (examples/demo-school.yaml). */
function demoPlan(): PlanFile {
	const parsed = parseText(demoYaml, "yaml");
	const validated = validatePlan(parsed.ok ? parsed.value : undefined);
	if (!validated.ok) throw new Error("the demo plan is invalid");
	return validated.plan;
}
const briefed = (plan: PlanFile, on = today, language = "en") =>
	briefing(plan, planWithHolidays(plan, { today: on, language }), on, language);

describe("briefing", () => {
	it("gives an offering's key dates, its owners by name and what it counts towards", () => {
		const { intakes } = briefed(healthyPlan());
		expect(intakes.map((intake) => intake.label)).toEqual(["Autumn 2027", "Spring 2028"]);
		const [autumn] = intakes;
		expect(autumn?.offerings).toHaveLength(1);
		expect(autumn?.offerings[0]).toMatchObject({
			title: "MIG/MAG welding basics",
			publication: "2027-03-15",
			registrationCloses: "2027-09-06",
			goNoGo: "2027-09-08",
			start: "2027-09-20",
			owners: [
				{ role: "manager", name: "Kadri Tamm" },
				{ role: "pedagogy", name: "Mart Kask" },
				{ role: "marketing", name: "Liis Saar" },
				{ role: "support", name: "Anu Kask" },
			],
			countsTowards: [{ id: "welder-4", qualification: "Welder", module: "MIG/MAG welding" }],
			contact: { name: "Anu Kask", email: "anu@test.ee" },
		});
		expect(autumn && daysAfterWindow(autumn)).toBe(71);
	});

	it("leaves out intakes that are over and those more than a year ahead", () => {
		expect(briefed(healthyPlan(), "2027-12-01").intakes.map((intake) => intake.id)).toEqual([
			"spring-2028",
		]);
		expect(briefed(healthyPlan(), "2026-10-01").intakes.map((intake) => intake.id)).toEqual([
			"autumn-2027",
		]);
	});

	it("keeps an intake while a course of it is still to start, and lists coming courses without one", () => {
		const plan = {
			...healthyPlan(),
			offerings: [
				healthyOffering({ start: "2027-10-04", end: "2027-12-10" }),
				healthyOffering({ id: "loose", title: "Loose course", intake: undefined }),
			],
		};
		const later = briefed(plan, "2027-09-10");
		expect(later.intakes.map((intake) => intake.id)).toEqual(["autumn-2027", "spring-2028"]);
		expect(later.withoutIntake.map((offering) => offering.id)).toEqual(["loose"]);
	});

	it("groups the demo school's coming courses by intake, and links them to qualifications", () => {
		const plan = demoPlan();
		const result = briefed(plan);
		expect(result.intakes.map((intake) => intake.id)).toEqual(["autumn-2027", "spring-2028"]);
		const listed = result.intakes.flatMap((intake) => intake.offerings.map((entry) => entry.id));
		const coming = plan.offerings.filter((offering) => offering.intake !== "spring-2027");
		expect(listed.sort()).toEqual(coming.map((offering) => offering.id).sort());
		const welder = qualificationLinks(plan, result, "en").find((link) => link.id === "welder-4");
		expect(welder?.title).toBe("Welder, level 4");
		expect(welder?.courses.length).toBeGreaterThan(0);
	});
});
