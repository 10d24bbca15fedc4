import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharePercent } from "./percent.ts";

describe("sharePercent", () => {
	it("rounds to the nearest, but never up to a whole percent", () => {
		expect(sharePercent(0.1176, 1)).toBe(11.8);
		expect(sharePercent(0.7996, 1)).toBe(79.9);
		expect(sharePercent(0.7999, 2)).toBe(79.99);
		expect(sharePercent(0.7951, 0)).toBe(79);
		expect(sharePercent(0.0499, 1)).toBe(4.9);
		expect(sharePercent(0.29, 0)).toBe(29);
		expect(sharePercent(1, 1)).toBe(100);
	});

	it("never shows a share below a whole-percent threshold at or above it, and is off by less than a step", () => {
		const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
		fc.assert(
			fc.property(
				share,
				fc.integer({ min: 1, max: 100 }),
				fc.integer({ min: 0, max: 2 }),
				(value, threshold, decimals) => {
					const shown = sharePercent(value, decimals);
					expect(shown < threshold).toBe(Math.round(value * 10_000) < threshold * 100);
					expect(Math.abs(shown - value * 100)).toBeLessThan(10 ** -decimals + 1e-9);
				},
			),
		);
	});
});
