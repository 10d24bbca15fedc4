import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { holidayCountries } from "../model/holiday-countries.ts";

describe("holidayCountries", () => {
	it("lists exactly the countries date-holidays knows (else run npm run holiday-countries)", () => {
		const known = Object.keys(new Holidays().getCountries()).sort();
		expect([...holidayCountries].sort()).toEqual(known);
	});
});
