import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { statusOf } from "./catalogue.ts";

describe("statusOf", () => {
	const opens = "2027-04-01";
	const closes = "2027-09-06";
	const today = "2027-05-03";

	it("confirms a group by the go decision, not by the go-no-go milestone being done", () => {
		const decided = healthyOffering({ milestoneStatus: { "go-no-go": "done" } });
		expect(statusOf(decided, 3, opens, closes, today)).toBe("open");
		expect(statusOf({ ...decided, decision: "go" }, 3, opens, closes, today)).toBe("confirmed");
		expect(statusOf({ ...decided, decision: "no-go" }, 3, opens, closes, today)).toBe("cancelled");
	});

	it("puts cancelled before full, full before confirmed, and planned outside registration", () => {
		const max = healthyOffering().participants.max;
		expect(statusOf(healthyOffering({ decision: "no-go" }), max, opens, closes, today)).toBe(
			"cancelled",
		);
		expect(statusOf(healthyOffering({ decision: "go" }), max, opens, closes, today)).toBe("full");
		expect(statusOf(healthyOffering(), undefined, opens, closes, "2027-03-31")).toBe("planned");
		expect(statusOf(healthyOffering(), undefined, opens, closes, "2027-09-07")).toBe("planned");
	});
});
