import { describe, expect, it } from "vitest";
import { addMonths, keptUntil, retentionLimits } from "./retention.ts";

const retention = { registrationsMonths: 24, unconfirmedDays: 30 };
const zone = "Europe/Tallinn";

describe("addMonths", () => {
	it("moves by calendar months, onto the month's last day when it is shorter", () => {
		expect(addMonths("2027-11-26", 24)).toBe("2029-11-26");
		expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
		expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
		expect(addMonths("2027-01-15", -13)).toBe("2025-12-15");
		expect(addMonths("2027-12-31", 1)).toBe("2028-01-31");
	});
});

describe("keptUntil", () => {
	const confirmed = { state: "interest", createdAt: "2027-03-01T08:00:00.000Z", confirmedAt: "x" };
	it("keeps a registration its months after the course ends, or after it was made when the course is gone", () => {
		expect(keptUntil(confirmed, "2027-11-26", retention, zone)).toBe("2029-11-26");
		expect(keptUntil(confirmed, undefined, retention, zone)).toBe("2029-03-01");
		// Whom staff enrolled is kept by the months, confirmed or not.
		expect(
			keptUntil(
				{ ...confirmed, state: "enrolled", confirmedAt: null },
				"2027-11-26",
				retention,
				zone,
			),
		).toBe("2029-11-26");
	});

	it("keeps a sign-up never confirmed its days, unless its course's months end sooner", () => {
		const unconfirmed = { ...confirmed, confirmedAt: null };
		expect(keptUntil(unconfirmed, "2027-11-26", retention, zone)).toBe("2027-03-31");
		expect(keptUntil(unconfirmed, "2024-11-29", retention, zone)).toBe("2026-11-29");
		for (const state of ["applied", "waitlisted", "withdrawn"])
			expect(keptUntil({ ...unconfirmed, state }, "2027-11-26", retention, zone), state).toBe(
				"2027-03-31",
			);
	});

	it("counts from the day the registration was made in the institution's time zone", () => {
		// 22:30 UTC on 1 March is 00:30 on 2 March in Tallinn, and 30 days later 1 April there.
		const late = { state: "interest", createdAt: "2027-03-01T22:30:00.000Z", confirmedAt: "x" };
		expect(keptUntil(late, undefined, retention, zone)).toBe("2029-03-02");
		expect(keptUntil({ ...late, confirmedAt: null }, "2027-11-26", retention, zone)).toBe(
			"2027-04-01",
		);
	});
});

describe("retentionLimits", () => {
	it("erases what ended or was made before the months, and unconfirmed sign-ups older than the days", () => {
		expect(
			retentionLimits("2027-03-01", new Date("2027-03-01T10:00:00.000Z"), {
				registrationsMonths: 6,
				unconfirmedDays: 7,
			}),
		).toEqual({
			endedBefore: "2026-09-01",
			madeBefore: "2026-09-01",
			unconfirmedBefore: "2027-02-22T10:00:00.000Z",
		});
	});
});
