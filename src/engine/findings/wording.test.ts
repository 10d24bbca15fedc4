import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactPercent, shownShare } from "./wording.ts";

/** A share as a finding's message writes it, next to the references it is judged against. */
const percent = (share: number, ...references: number[]) =>
	exactPercent(shownShare(share, ...references));

describe("shown percentages", () => {
	it("rounds to whole percent unless that would contradict a reference", () => {
		expect(percent(0.4567)).toBe("46%");
		expect(percent(0.4567, 0.8)).toBe("46%");
		expect(percent(0.7999, 0.8)).toBe("79.99%");
		expect(percent(0.795, 0.8)).toBe("79.5%");
		expect(percent(0.0499, 0.05)).toBe("4.99%");
		expect(percent(0.8, 0.8)).toBe("80%");
		expect(percent(0.8051, 0.805)).toBe("81%");
		expect(percent(0.8049, 0.805)).toBe("80%");
		expect(percent(0.8049, 0.805, 0.8)).toBe("80.49%");
	});

	it("shows thresholds with all their decimals", () => {
		expect(exactPercent(0.8)).toBe("80%");
		expect(exactPercent(0.07)).toBe("7%");
		expect(exactPercent(0.825)).toBe("82.5%");
		expect(exactPercent(0.83333)).toBe("83.333%");
	});

	it("keeps a share below, at or above each reference, as the share is", () => {
		const basisPoints = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
		fc.assert(
			fc.property(basisPoints, fc.array(basisPoints, { maxLength: 3 }), (share, references) => {
				const shown = shownShare(share, ...references);
				for (const reference of references)
					expect(Math.sign(Math.round((shown - reference) * 1e8))).toBe(
						Math.sign(Math.round((share - reference) * 1e8)),
					);
				expect(percent(share, ...references)).toBe(exactPercent(shown));
			}),
		);
	});
});
