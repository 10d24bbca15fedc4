import { describe, expect, it } from "vitest";
import type { Offering } from "../model/offering.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import { templateOfferings } from "./template-offerings.ts";
import { offeringsToCsv } from "./write-csv.ts";

describe("reading a large sheet", () => {
	it("reads 10,000 CSV rows in well under two seconds", () => {
		const many: Offering[] = Array.from({ length: 10_000 }, (_, index) => ({
			...(templateOfferings[index % templateOfferings.length] as Offering),
			id: `course-${index}`,
		}));
		const text = offeringsToCsv(many);
		const started = performance.now();
		const result = parseOfferingsCsv(text);
		const seconds = (performance.now() - started) / 1000;
		expect(result.ok && result.offerings.length).toBe(10_000);
		expect(seconds).toBeLessThan(2);
	});
});
