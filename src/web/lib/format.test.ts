import { describe, expect, it } from "vitest";
import {
	formatDate,
	formatDayMonth,
	formatGroup,
	formatMoney,
	formatMonthName,
	formatPercent,
} from "./format.ts";

describe("format", () => {
	it("formats in each language, however often a formatter is reused", () => {
		for (let run = 0; run < 2; run++) {
			expect(formatDate("2027-08-25", "en")).toBe("25 Aug 2027");
			expect(formatDate("2027-08-25", "et")).toBe("25. aug 2027");
			expect(formatDayMonth("2027-08-25", "en")).toBe("25 Aug");
			expect(formatMonthName("2027-08-25", "et")).toBe("aug");
		}
	});

	it("keeps each kind of number apart", () => {
		expect(formatPercent(0.85, "en")).toBe("85%");
		expect(formatMoney(320, "EUR", "en")).toBe("€320");
		expect(formatMoney(320, "USD", "en")).toBe("US$320");
	});

	it("writes a group size as a range, or as one number when the group has one size", () => {
		expect(formatGroup(8, 12, "en")).toBe("8–12");
		expect(formatGroup(8, 8, "et")).toBe("8");
		expect(formatGroup(1000, 1200, "en")).toBe("1,000–1,200");
	});
});
