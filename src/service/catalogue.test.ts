import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storedRegistration } from "../../test/fixtures/registrations.ts";
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
				id: "counted-out-of-order",
				released: true,
				participants: { min: 1, max: 2 },
				registrations: [
					{ date: "2027-03-30", count: 2 },
					{ date: "2027-03-20", count: 1 },
					{ date: "2027-04-20", count: 3 },
				],
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
			"counted-out-of-order",
		]);
	});

	it("gives the latest registration count up to today, whatever the order of the plan's counts", async () => {
		const catalogue = await publicCatalogue(test.context);
		const counted = catalogue.institutions[0]?.offerings.find(
			({ offering }) => offering.id === "counted-out-of-order",
		);
		expect(counted).toMatchObject({ registered: 2, status: "full" });
	});
});

describe.each(storeTargets)("the catalogue and the registrations recorded ($name)", (target) => {
	const plan = {
		...healthyPlan(),
		offerings: [healthyOffering({ released: true, participants: { min: 1, max: 2 } })],
	};
	const test = useContext(target, [plan], { today: "2027-05-03" });
	const run = it.skipIf(!target.available);
	const status = async () =>
		(await publicCatalogue(test.context)).institutions[0]?.offerings[0]?.status;

	run("says full as soon as the group's places are taken, with no change to the plan", async () => {
		expect(await status()).toBe("open");
		await storedRegistration(test.store, "Ann", "applied", "2027-05-02T08:00:00.000Z");
		await storedRegistration(test.store, "Ben", "enrolled", "2027-05-02T09:00:00.000Z");
		// Another process's write shows within 250 ms; this one's clock moves past that.
		test.clock.advance(1000);
		expect(await status()).toBe("full");
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
