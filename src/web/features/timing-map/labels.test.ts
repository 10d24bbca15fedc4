import { describe, expect, it } from "vitest";
import { labelWidth, minChartWidth, placeBeside, placeLabel } from "./labels.ts";

describe("labelWidth", () => {
	it("grows with the text and the font", () => {
		expect(labelWidth("waits for full-time groups, 25 Aug")).toBeGreaterThan(labelWidth("25 Aug"));
		expect(labelWidth("25 Aug", 14)).toBeGreaterThan(labelWidth("25 Aug", 12));
	});

	it("is a fraction of the narrowest chart", () => {
		expect(labelWidth("x".repeat(100), 12)).toBeCloseTo((100 * 12 * 0.6) / minChartWidth, 10);
	});
});

describe("placeLabel", () => {
	const gap = 0.01;

	it("puts the label before the marker when it fits there", () => {
		expect(placeLabel({ marker: 0.6, clearAfter: 0.8, width: 0.3, gap })).toEqual({
			side: "before",
			at: 0.59,
		});
	});

	it("puts it after the row's drawing when the marker is too near the start", () => {
		const placement = placeLabel({ marker: 0.1, clearAfter: 0.4, width: 0.3, gap });
		expect(placement.side).toBe("after");
		expect(placement.at).toBeCloseTo(0.41, 10);
	});

	it("keeps it inside the chart when it fits nowhere", () => {
		const placement = placeLabel({ marker: 0.2, clearAfter: 0.9, width: 0.3, gap });
		expect(placement).toEqual({ side: "after", at: 0.7 });
	});

	it("starts it at the chart's start when it is wider than the chart", () => {
		expect(placeLabel({ marker: 0.5, clearAfter: 0.5, width: 1.2, gap })).toEqual({
			side: "after",
			at: 0,
		});
	});
});

describe("placeBeside", () => {
	const gap = 0.01;

	it("puts the label after the line when nothing is there", () => {
		expect(placeBeside({ at: 0.5, width: 0.1, taken: [], gap })).toEqual({
			side: "after",
			at: 0.51,
		});
	});

	it("puts it before the line when a taken stretch lies after it", () => {
		const taken = [{ from: 0.55, to: 0.6 }];
		expect(placeBeside({ at: 0.5, width: 0.1, taken, gap })).toEqual({ side: "before", at: 0.49 });
	});

	it("puts it before the line near the chart's end", () => {
		expect(placeBeside({ at: 0.95, width: 0.1, taken: [], gap }).side).toBe("before");
	});

	it("keeps it inside the chart when both sides are taken", () => {
		const taken = [
			{ from: 0.4, to: 0.45 },
			{ from: 0.55, to: 0.6 },
		];
		expect(placeBeside({ at: 0.5, width: 0.1, taken, gap })).toEqual({ side: "after", at: 0.51 });
		expect(placeBeside({ at: 0.98, width: 0.1, taken: [{ from: 0.8, to: 0.9 }], gap })).toEqual({
			side: "after",
			at: 0.9,
		});
	});
});
