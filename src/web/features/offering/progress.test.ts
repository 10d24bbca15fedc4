import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { withMilestoneEdit } from "./progress.ts";

describe("withMilestoneEdit", () => {
	const offering = healthyOffering({ milestoneStatus: { "content-approved": "done" } });

	it("records the day a milestone is marked done, and forgets it when undone", () => {
		const done = withMilestoneEdit(offering, "go-no-go", {
			field: "status",
			status: "done",
			today: "2027-05-03",
		});
		expect(done.milestoneStatus).toEqual({
			"content-approved": "done",
			"go-no-go": { status: "done", doneOn: "2027-05-03" },
		});
		const undone = withMilestoneEdit(done, "go-no-go", {
			field: "status",
			status: "doing",
			today: "2027-05-04",
		});
		expect(undone.milestoneStatus?.["go-no-go"]).toEqual({ status: "doing" });
	});

	it("sets an owner for one milestone and gives it back to the role's owner", () => {
		const taken = withMilestoneEdit(offering, "content-approved", {
			field: "owner",
			owner: "kadri",
		});
		expect(taken.milestoneStatus?.["content-approved"]).toEqual({ status: "done", owner: "kadri" });
		const back = withMilestoneEdit(taken, "content-approved", { field: "owner", owner: null });
		expect(back.milestoneStatus?.["content-approved"]).toEqual({ status: "done" });
	});

	it("sets a due date, and drops it when it is the template's date again", () => {
		const set = withMilestoneEdit(offering, "staff-briefed", {
			field: "due",
			due: "2027-03-05",
			computed: "2027-03-08",
		});
		expect(set.milestoneStatus?.["staff-briefed"]).toEqual({ status: "todo", due: "2027-03-05" });
		const same = withMilestoneEdit(set, "staff-briefed", {
			field: "due",
			due: "2027-03-08",
			computed: "2027-03-08",
		});
		expect(same.milestoneStatus?.["staff-briefed"]).toEqual({ status: "todo" });
		expect(offering.milestoneStatus).toEqual({ "content-approved": "done" });
	});
});
