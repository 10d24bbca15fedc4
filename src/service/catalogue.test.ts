import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { publicCatalogue, statusOf } from "./catalogue.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("publicCatalogue ($name)", (target) => {
	// On 2027-04-01 every offering below is past its publication date (2027-03-15) but one.
	const plan = {
		...healthyPlan(),
		offerings: [
			healthyOffering({ id: "due-not-released" }),
			healthyOffering({ id: "milestone-done", milestoneStatus: { "catalogue-published": "done" } }),
			healthyOffering({ id: "released-early", publication: "2027-05-03", released: true }),
			healthyOffering({
				id: "held-back",
				released: false,
				milestoneStatus: { "catalogue-published": "done" },
			}),
			healthyOffering({
				id: "started",
				start: "2027-03-29",
				end: "2027-05-28",
				milestoneStatus: { "catalogue-published": "done" },
			}),
		],
	};
	const test = useContext(target, [plan], { today: "2027-04-01" });

	it("shows an offering once it is released and until it starts, whatever its publication date", async () => {
		const catalogue = await publicCatalogue(test.context);
		expect(catalogue.institutions[0]?.offerings.map(({ offering }) => offering.id)).toEqual([
			"milestone-done",
			"released-early",
		]);
	});
});

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

	it("puts cancelled, postponed and merged before full, full before confirmed, and planned outside registration", () => {
		const max = healthyOffering().participants.max;
		expect(statusOf(healthyOffering({ decision: "no-go" }), max, opens, closes, today)).toBe(
			"cancelled",
		);
		expect(statusOf(healthyOffering({ decision: "go" }), max, opens, closes, today)).toBe("full");
		const moved = (outcome: "postpone" | "merge") =>
			healthyOffering({ decision: { outcome, into: "elsewhere" } });
		expect(statusOf(moved("postpone"), max, opens, closes, today)).toBe("postponed");
		expect(statusOf(moved("merge"), max, opens, closes, today)).toBe("merged");
		expect(
			statusOf(healthyOffering({ decision: { outcome: "go" } }), 3, opens, closes, today),
		).toBe("confirmed");
		expect(statusOf(healthyOffering(), undefined, opens, closes, "2027-03-31")).toBe("planned");
		expect(statusOf(healthyOffering(), undefined, opens, closes, "2027-09-07")).toBe("planned");
	});
});
