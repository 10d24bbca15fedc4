import { describe, expect, it } from "vitest";
import { nextProgress } from "./milestone-progress.ts";

describe("nextProgress", () => {
	it("keeps the short form while only the status changes", () => {
		expect(nextProgress(undefined, { status: "doing" })).toBe("doing");
		expect(nextProgress("doing", { status: "done" })).toBe("done");
	});

	it("sets and clears the other fields, due date included", () => {
		const set = nextProgress("todo", { owner: "liis", due: "2027-03-03" });
		expect(set).toEqual({ status: "todo", owner: "liis", due: "2027-03-03" });
		expect(nextProgress(set, { due: null, status: "done", doneOn: "2027-03-02" })).toEqual({
			status: "done",
			owner: "liis",
			doneOn: "2027-03-02",
		});
	});

	it("keeps the long form once it was long", () => {
		expect(nextProgress({ status: "todo", due: "2027-03-03" }, { due: null })).toEqual({
			status: "todo",
		});
	});
});
