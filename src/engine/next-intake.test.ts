import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { offering as offeringSchema } from "../model/offering.ts";
import { createCalendar } from "./calendar.ts";
import { duplicateForNextIntake, nextIntake, uniqueId, upcomingIntake } from "./next-intake.ts";

const { intakes } = healthyPlan();
// autumn-2027 studies start 2027-09-01, spring-2028 on 2028-02-01: 153 days later.
const calendar = createCalendar(estonianHolidays);

describe("nextIntake", () => {
	it("is the intake after the offering's by studies start, in any order of the plan", () => {
		expect(nextIntake(healthyOffering(), [...intakes].reverse())?.id).toBe("spring-2028");
		expect(nextIntake(healthyOffering({ intake: "spring-2028" }), intakes)).toBeUndefined();
	});

	it("follows the start of an offering without an intake", () => {
		const { intake: _intake, ...loose } = healthyOffering();
		expect(nextIntake(loose, intakes)?.id).toBe("spring-2028");
	});
});

describe("upcomingIntake", () => {
	it("is the first whose studies have not started, else the latest", () => {
		expect(upcomingIntake(intakes, "2027-05-03")?.id).toBe("autumn-2027");
		expect(upcomingIntake(intakes, "2027-09-02")?.id).toBe("spring-2028");
		expect(upcomingIntake(intakes, "2030-01-01")?.id).toBe("spring-2028");
	});
});

describe("uniqueId", () => {
	it("numbers an id that is taken", () => {
		expect(uniqueId("welding", new Set())).toBe("welding");
		expect(uniqueId("welding", new Set(["welding", "welding-2"]))).toBe("welding-3");
	});

	it("stays within the id's length limit", () => {
		const long = "a".repeat(120);
		expect(uniqueId(long, new Set())).toHaveLength(100);
		expect(uniqueId(long, new Set(["a".repeat(100)]))).toBe(`${"a".repeat(98)}-2`);
	});
});

describe("duplicateForNextIntake", () => {
	const original = healthyOffering({
		id: "mig-welding-autumn-2027",
		publication: "2027-03-10",
		blockedUntil: ["2027-03-01", "intake.fullTimeGroupsConfirmed"],
		released: true,
		decision: "go",
		milestoneStatus: { "content-approved": "done" },
		registrations: [{ date: "2027-05-01", count: 3 }],
	});
	const copy = duplicateForNextIntake(original, intakes, new Set([original.id]), calendar);

	it("moves it to the next intake under a new id", () => {
		expect(copy?.id).toBe("mig-welding-spring-2028");
		expect(copy?.intake).toBe("spring-2028");
	});

	it("moves every date by the days between the two intakes' studies start, in whole weeks", () => {
		// 153 days between the studies starts: 22 weeks, so a Monday start stays a Monday.
		expect(copy?.start).toBe("2028-02-21");
		expect(copy?.end).toBe("2028-04-28");
		expect(copy?.publication).toBe("2027-08-11");
		expect(copy?.blockedUntil).toEqual(["2027-08-02", "intake.fullTimeGroupsConfirmed"]);
	});

	it("moves a start or an end that lands on a public holiday on to the next working day", () => {
		// Thursday 23 Sept and Friday 12 Nov 2027 move to Independence Day and Good Friday 2028.
		const moved = duplicateForNextIntake(
			healthyOffering({ start: "2027-09-23", end: "2027-11-12" }),
			intakes,
			new Set(),
			calendar,
		);
		expect(moved?.start).toBe("2028-02-25");
		expect(moved?.end).toBe("2028-04-17");
	});

	it("leaves behind what belongs to the run that happened", () => {
		expect(copy).not.toHaveProperty("milestoneStatus");
		expect(copy).not.toHaveProperty("registrations");
		expect(copy).not.toHaveProperty("decision");
		expect(copy).not.toHaveProperty("released");
	});

	it("keeps the rest, and is a valid offering", () => {
		expect(copy?.budget).toEqual(original.budget);
		expect(copy?.title).toBe(original.title);
		expect(offeringSchema.safeParse(copy).success).toBe(true);
	});

	it("appends the intake to an id that does not end in its own, and never reuses an id", () => {
		const taken = new Set(["mig-welding", "mig-welding-spring-2028"]);
		expect(duplicateForNextIntake(healthyOffering(), intakes, taken, calendar)?.id).toBe(
			"mig-welding-spring-2028-2",
		);
	});

	it("is undefined when no intake follows", () => {
		expect(
			duplicateForNextIntake(
				healthyOffering({ intake: "spring-2028" }),
				intakes,
				new Set(),
				calendar,
			),
		).toBeUndefined();
	});
});
