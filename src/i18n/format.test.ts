import { describe, expect, it } from "vitest";
import { dateFormat, formatDate, numberFormat } from "./format.ts";

describe("formatDate", () => {
	it("writes a date as each language does, in every time zone", () => {
		expect(formatDate("2027-09-20", "en")).toBe("20 September 2027");
		expect(formatDate("2027-09-20", "et")).toBe("20. september 2027");
		expect(formatDate("2027-01-01", "en")).toBe("1 January 2027");
	});

	it("gives the text a formatter made for the call gives, from one kept formatter", () => {
		const fresh = (iso: string, locale: string) =>
			new Intl.DateTimeFormat(locale, {
				day: "numeric",
				month: "long",
				year: "numeric",
				timeZone: "UTC",
			}).format(new Date(`${iso}T00:00:00Z`));
		for (const iso of ["2027-09-20", "2028-02-29", "1990-12-31"]) {
			expect(formatDate(iso, "en")).toBe(fresh(iso, "en-GB"));
			expect(formatDate(iso, "et")).toBe(fresh(iso, "et-EE"));
			expect(formatDate(iso, "fr")).toBe(fresh(iso, "fr"));
		}
	});
});

describe("dateFormat and numberFormat", () => {
	it("make a formatter once per language and options", () => {
		const options = { day: "numeric", month: "short", timeZone: "UTC" } as const;
		expect(dateFormat("en", options)).toBe(dateFormat("en", { ...options }));
		expect(dateFormat("et", options)).not.toBe(dateFormat("en", options));
		expect(dateFormat("en", { ...options, month: "long" })).not.toBe(dateFormat("en", options));
		expect(numberFormat("et", { maximumFractionDigits: 1 })).toBe(
			numberFormat("et", { maximumFractionDigits: 1 }),
		);
		expect(numberFormat("et", { maximumFractionDigits: 0 })).not.toBe(
			numberFormat("et", { maximumFractionDigits: 1 }),
		);
	});

	it("format as a formatter made for the call does, in the language's locale", () => {
		const money = { style: "currency", currency: "EUR", maximumFractionDigits: 0 } as const;
		expect(numberFormat("et", money).format(1234.5)).toBe(
			new Intl.NumberFormat("et-EE", money).format(1234.5),
		);
		expect(numberFormat("en", money).format(1234.5)).toBe("€1,235");
		expect(numberFormat("en").format(-1.25)).toBe(new Intl.NumberFormat("en-GB").format(-1.25));
	});
});
