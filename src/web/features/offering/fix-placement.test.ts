import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import type { OneClickFix } from "../../../engine/fixes.ts";
import type { Finding } from "../../../model/report.ts";
import { findingKey } from "./findings-diff.ts";
import { placeFixes } from "./fix-placement.ts";

const finding = (code: Finding["code"]): Finding => ({
	code,
	severity: "error",
	message: code,
	suggestion: "",
});
const fix = (action: OneClickFix["action"], removes: OneClickFix["removes"]): OneClickFix => ({
	action,
	removes,
	offering: healthyOffering(),
});

describe("placeFixes", () => {
	it("puts each button on the first finding it removes and names it on the others", () => {
		const placed = placeFixes(
			[
				finding("PUBLISHED_AFTER_DECISION_WINDOW"),
				finding("MARKETING_BLOCKED_BY_DEPENDENCY"),
				finding("MISSING_CONTACT"),
			],
			[
				fix("announce-as-planned", [
					"MARKETING_BLOCKED_BY_DEPENDENCY",
					"PUBLISHED_AFTER_DECISION_WINDOW",
				]),
				fix("move-to-next-intake", ["PUBLISHED_AFTER_DECISION_WINDOW"]),
			],
		);
		expect(Object.fromEntries(placed)).toEqual({
			[findingKey(finding("PUBLISHED_AFTER_DECISION_WINDOW"))]: {
				buttons: ["announce-as-planned", "move-to-next-intake"],
				alsoBy: [],
			},
			[findingKey(finding("MARKETING_BLOCKED_BY_DEPENDENCY"))]: {
				buttons: [],
				alsoBy: ["announce-as-planned"],
			},
			[findingKey(finding("MISSING_CONTACT"))]: { buttons: [], alsoBy: [] },
		});
	});
});
