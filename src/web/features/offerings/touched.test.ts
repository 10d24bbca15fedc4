import { describe, expect, it } from "vitest";
import { controlId, isShown, shownErrors } from "./touched.ts";

describe("isShown", () => {
	it("shows a touched field's error, and not an untouched one's", () => {
		expect(isShown("end", new Set(["end"]))).toBe(true);
		expect(isShown("end", new Set(["title.en"]))).toBe(false);
	});

	it("shows a group's error once something inside it was touched", () => {
		expect(isShown("title", new Set(["title.en"]))).toBe(true);
		expect(isShown("budget.0.amount", new Set(["budget"]))).toBe(true);
	});

	it("shows an error beside the touched field in the same item", () => {
		expect(isShown("participants.min", new Set(["participants.max"]))).toBe(true);
		expect(isShown("budget.1.amount", new Set(["budget.0.amount"]))).toBe(false);
	});
});

describe("shownErrors", () => {
	const errors = new Map([
		["end", ["is before the start"]],
		["id", ["is not an id"]],
	]);

	it("keeps the touched fields' errors, or all of them", () => {
		expect([...shownErrors(errors, new Set(["end"]), false).keys()]).toEqual(["end"]);
		expect(shownErrors(errors, new Set(), true)).toBe(errors);
	});
});

describe("controlId", () => {
	it("is a valid id for any key", () => {
		expect(controlId("budget.0.amount")).toBe("offering-budget-0-amount");
		expect(controlId("milestoneStatus.odd key")).toBe("offering-milestoneStatus-odd-key");
	});
});
