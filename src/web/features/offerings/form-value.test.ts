import { describe, expect, it } from "vitest";
import { appendItem, getIn, keyOf, moveItem, pruneEmpty, removeItem, setIn } from "./form-value.ts";

describe("the editor's value", () => {
	it("is read and written by path, creating lists and objects on the way", () => {
		const value = setIn({ id: "a" }, ["budget", 0, "amount"], 300);
		expect(value).toEqual({ id: "a", budget: [{ amount: 300 }] });
		expect(getIn(value, ["budget", 0, "amount"])).toBe(300);
		expect(getIn(value, ["budget", 3, "amount"])).toBeUndefined();
		expect(keyOf(["budget", 0, "amount"])).toBe("budget.0.amount");
	});

	it("is never changed in place", () => {
		const before = { owners: { manager: "kadri" } };
		const after = setIn(before, ["owners", "support"], "anu");
		expect(before).toEqual({ owners: { manager: "kadri" } });
		expect(after).toEqual({ owners: { manager: "kadri", support: "anu" } });
	});

	it("removes a key set to undefined", () => {
		expect(setIn({ mode: "online", id: "a" }, ["mode"], undefined)).toEqual({ id: "a" });
	});

	it("adds, removes and moves list items", () => {
		const value = { modules: [{ id: "a" }, { id: "b" }, { id: "c" }] };
		expect(moveItem(value, ["modules"], 2, 0).modules).toEqual([
			{ id: "c" },
			{ id: "a" },
			{ id: "b" },
		]);
		expect(moveItem(value, ["modules"], 0, -1)).toBe(value);
		expect(removeItem(value, ["modules"], 1).modules).toEqual([{ id: "a" }, { id: "c" }]);
		expect(appendItem({}, ["modules"], { id: "d" })).toEqual({ modules: [{ id: "d" }] });
	});
});

describe("pruneEmpty", () => {
	it("removes an emptied optional input rather than sending an empty text", () => {
		expect(pruneEmpty({ id: "a", description: "", contact: { name: "", email: "" } })).toEqual({
			id: "a",
		});
	});

	it("keeps the languages that have a text", () => {
		expect(pruneEmpty({ title: { et: "Keevitus", en: "" } })).toEqual({
			title: { et: "Keevitus" },
		});
		expect(pruneEmpty({ title: { et: "", en: "" } })).toEqual({});
	});

	it("keeps numbers, zeros and false", () => {
		expect(pruneEmpty({ fee: { amount: 0, currency: "EUR" }, released: false })).toEqual({
			fee: { amount: 0, currency: "EUR" },
			released: false,
		});
	});

	it("drops empty items at a list's end, and keeps a hole between others where the person sees it", () => {
		expect(pruneEmpty({ learningOutcomes: ["Welds", ""] })).toEqual({
			learningOutcomes: ["Welds"],
		});
		expect(pruneEmpty({ learningOutcomes: ["", "Welds"] })).toEqual({
			learningOutcomes: [undefined, "Welds"],
		});
		expect(pruneEmpty({ budget: [{ category: "communication", amount: "" }] })).toEqual({
			budget: [{ category: "communication" }],
		});
		expect(pruneEmpty({ pathways: [{ qualification: "", module: "" }] })).toEqual({});
	});
});
