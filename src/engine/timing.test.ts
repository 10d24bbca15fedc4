import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import type { Intake } from "../model/intake.ts";
import { createCalendar } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";
import { defaultRules } from "./rules.ts";
import { coverageOf, decisionWindowOf, timingOf } from "./timing.ts";

const calendar = createCalendar(estonianHolidays, [
	{ from: "2027-07-01", to: "2027-07-31", label: "staff summer holiday" },
]);
const [autumn, spring] = healthyPlan().intakes as [Intake, Intake];

describe("decision window", () => {
	it("is the intake's own when it gives one", () => {
		const window = decisionWindowOf(autumn, toDay("2027-09-20"), defaultRules);
		expect([toIso(window.from), toIso(window.to)]).toEqual(["2027-03-15", "2027-06-15"]);
	});

	it("defaults to studies start − 22 weeks … − 11 weeks", () => {
		const window = decisionWindowOf(spring, toDay("2028-02-14"), defaultRules);
		expect([toIso(window.from), toIso(window.to)]).toEqual(["2027-08-31", "2027-11-16"]);
	});

	it("honours rule overrides of the default window", () => {
		const rules = { ...defaultRules, decisionWindowOpensWeeksBeforeStudies: 30 };
		expect(toIso(decisionWindowOf(spring, 0, rules).from)).toBe("2027-07-06");
	});

	it("falls back to the offering's start without an intake", () => {
		const window = decisionWindowOf(undefined, toDay("2027-09-20"), defaultRules);
		expect(toIso(window.from)).toBe("2027-04-19");
	});
});

describe("publication", () => {
	it("targets the window's first day, moved back to a working day", () => {
		// The spring window opens on Tuesday 2027-08-31; autumn's on Monday 2027-03-15.
		expect(toIso(timingOf(healthyOffering(), autumn, calendar, defaultRules).publication)).toBe(
			"2027-03-15",
		);
		const saturdayWindow: Intake = {
			...autumn,
			decisionWindow: { from: "2027-03-13", to: "2027-06-15" },
		};
		const timing = timingOf(healthyOffering(), saturdayWindow, calendar, defaultRules);
		expect(toIso(timing.publication)).toBe("2027-03-12");
		expect(timing.coverage).toBe(1);
	});

	it("takes the offering's own publication date over the target", () => {
		const timing = timingOf(
			healthyOffering({ publication: "2027-05-03" }),
			autumn,
			calendar,
			defaultRules,
		);
		expect(toIso(timing.publication)).toBe("2027-05-03");
		expect(timing.leadTimeDays).toBe(toDay("2027-09-20") - toDay("2027-05-03"));
		// 2027-05-03 … 2027-06-15 is 44 of the window's 93 days: 0.473118…, to 4 decimals.
		expect(timing.coverage).toBe(0.4731);
	});

	it("is pushed to the first working day on or after a blocker", () => {
		const offering = healthyOffering({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] });
		const timing = timingOf(offering, autumn, calendar, defaultRules);
		expect(toIso(timing.publication)).toBe("2027-08-25");
		expect(toIso(timing.plannedPublication)).toBe("2027-03-15");
		expect(timing.blocker?.name).toBe("intake.fullTimeGroupsConfirmed");
		expect(timing.coverage).toBe(0);
		expect(timing.plannedCoverage).toBe(1);

		const onHoliday = timingOf(
			healthyOffering({ blockedUntil: ["2027-06-23"] }),
			autumn,
			calendar,
			defaultRules,
		);
		expect(toIso(onHoliday.publication)).toBe("2027-06-25");
	});

	it("ignores a blocker that lies before the planned publication", () => {
		const timing = timingOf(
			healthyOffering({ blockedUntil: ["2027-01-04"] }),
			autumn,
			calendar,
			defaultRules,
		);
		expect(timing.blocker).toBeUndefined();
		expect(toIso(timing.publication)).toBe("2027-03-15");
	});
});

describe("coverage", () => {
	const window = { from: toDay("2027-03-15"), to: toDay("2027-06-15") };

	it("is 1 before the window, 0 after it, and the public share inside it", () => {
		expect(coverageOf(window, toDay("2027-01-01"))).toBe(1);
		expect(coverageOf(window, toDay("2027-06-16"))).toBe(0);
		// 1 of 93 days, 0.010752…, to the 4 decimals the report shows and the rules judge.
		expect(coverageOf(window, toDay("2027-06-15"))).toBe(0.0108);
	});

	it("stays within [0, 1], and publishing earlier never lowers it", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400, max: 400 }),
				fc.integer({ min: 0, max: 200 }),
				fc.integer({ min: 0, max: 300 }),
				fc.integer({ min: 1, max: 400 }),
				(from, length, publication, earlier) => {
					const range = { from, to: from + length };
					const later = coverageOf(range, publication);
					expect(later).toBeGreaterThanOrEqual(0);
					expect(later).toBeLessThanOrEqual(1);
					expect(coverageOf(range, publication - earlier)).toBeGreaterThanOrEqual(later);
				},
			),
		);
	});
});
