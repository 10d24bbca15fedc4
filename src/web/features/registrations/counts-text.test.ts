import { describe, expect, it } from "vitest";
import { startI18n } from "../../lib/i18n.ts";
import { countsText, placesTaken, totalOf } from "./counts-text.ts";

const counts = { interest: 1, applied: 5, waitlisted: 2, enrolled: 3, withdrawn: 0 };

describe("registration counts in words", () => {
	it("names the states with registrations, in lifecycle order, in both languages", async () => {
		const en = await startI18n("en");
		const et = await startI18n("et");
		expect(countsText(en.getFixedT("en", "registrations"), counts)).toBe(
			"1 interested, 5 applied, 2 waitlisted, 3 enrolled",
		);
		expect(countsText(et.getFixedT("et", "registrations"), counts)).toBe(
			"1 huviline, 5 kandideerinut, 2 ootejärjekorras, 3 vastu võetud",
		);
		expect(countsText(en.getFixedT("en", "registrations"), undefined)).toBe("No registrations");
	});

	it("counts the places taken and everyone", () => {
		expect(placesTaken(counts)).toBe(8);
		expect(totalOf(counts)).toBe(11);
		expect(placesTaken(undefined)).toBe(0);
	});
});
