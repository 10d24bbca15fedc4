import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { applyDrafts, fieldConflicts, mergeFields, mergePatch } from "./drafts.ts";

describe("drafts", () => {
	it("applies edits, deletions and new offerings to the saved plan, leaving it untouched", () => {
		const first = healthyOffering({ id: "first" });
		const second = healthyOffering({ id: "second" });
		const saved = { ...healthyPlan(), offerings: [first, second] };
		const added = healthyOffering({ id: "new-course" });
		const preview = applyDrafts(
			saved,
			new Map([
				[
					first.id,
					{ base: first, etag: '"1"', edited: { ...first, fee: { amount: 1, currency: "EUR" } } },
				],
				[second.id, { base: second, etag: '"1"', edited: null }],
				[added.id, { base: null, etag: null, edited: added }],
			]),
		);
		expect(preview.offerings.map((offering) => offering.id)).toEqual([first.id, "new-course"]);
		expect(preview.offerings[0]?.fee.amount).toBe(1);
		expect(saved.offerings).toHaveLength(2);
		expect(saved.offerings[0]?.fee.amount).not.toBe(1);
	});

	it("makes the merge patch that turns the base into the edit: changed, removed, nested", () => {
		const base = { title: "A", fee: { amount: 10, currency: "EUR" }, field: "it", modules: [1, 2] };
		const edited = { title: "A", fee: { amount: 12, currency: "EUR" }, modules: [1, 2, 3] };
		expect(mergePatch(base, edited)).toEqual({
			fee: { amount: 12 },
			field: null,
			modules: [1, 2, 3],
		});
		expect(mergePatch(base, structuredClone(base))).toEqual({});
	});

	it("lists the fields either side changed, marks clashes, and merges the chosen sides", () => {
		const base = healthyOffering({ id: "x", title: "Old", field: "it" });
		const mine = { ...base, title: "Mine", participants: { min: 4, max: 12 } };
		const theirs = { ...base, title: "Theirs", field: "engineering" };
		const conflicts = fieldConflicts(base, mine, theirs);
		expect(conflicts.map(({ field, clash, changedBy }) => ({ field, clash, changedBy }))).toEqual([
			{ field: "title", clash: true, changedBy: "both" },
			{ field: "field", clash: false, changedBy: "theirs" },
			{ field: "participants", clash: false, changedBy: "mine" },
		]);
		const merged = mergeFields(theirs, conflicts, { title: "mine" });
		expect(merged.title).toBe("Mine");
		expect(merged.field).toBe("engineering");
		expect(merged.participants).toEqual({ min: 4, max: 12 });
		expect(mergeFields(theirs, conflicts, {}).title).toBe("Theirs");
	});
});
