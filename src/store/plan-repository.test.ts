import type { KyselyPlugin } from "kysely";
import { describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { fixtureTime, storeTargets, useStore } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { openStore } from "./open.ts";
import { readPlan, storedAlike, storedForm, writePlan } from "./plan-repository.ts";
import { getResource } from "./resource-repository.ts";

describe.each(storeTargets)("plan repository on $name", (target) => {
	const fixture = useStore(target, []);
	const write = (plan: PlanFile) =>
		fixture.store.db.transaction().execute((trx) => writePlan(trx, plan, fixtureTime));

	it.skipIf(!target.available)("gives back the demo plan exactly as written", async () => {
		const plan = demoPlan();
		expect(await write(plan)).toBe(1);
		const stored = await readPlan(fixture.store.db, plan.institution.id);
		expect(stored?.plan).toEqual(storedForm(plan));
		expect(stored?.planVersion).toBe(1);
	});

	it.skipIf(!target.available)(
		"gives registration counts back by date, as its stored form says, in any key order",
		async () => {
			const plan = healthyPlan();
			plan.offerings = [
				healthyOffering({
					registrations: [
						{ date: "2027-06-01", count: 5 },
						{ count: 2, date: "2027-04-01" },
					],
				}),
			];
			await write(plan);
			const stored = (await readPlan(fixture.store.db, plan.institution.id))?.plan;
			expect(stored?.offerings[0]?.registrations).toEqual([
				{ date: "2027-04-01", count: 2 },
				{ date: "2027-06-01", count: 5 },
			]);
			expect(storedAlike(stored, storedForm(plan))).toBe(true);
			expect(storedAlike(stored, plan)).toBe(false);
		},
	);

	it.skipIf(!target.available)(
		"keeps milestone progress details and bare statuses apart",
		async () => {
			const plan = healthyPlan();
			plan.offerings = [
				healthyOffering({
					milestoneStatus: {
						"content-approved": "done",
						"budget-approved": { status: "done" },
						"go-no-go": {
							status: "doing",
							doneOn: "2027-09-01",
							note: "trainer confirmed",
							owner: "kadri",
							due: "2027-09-03",
						},
					},
					registrations: [
						{ date: "2027-04-01", count: 2 },
						{ date: "2027-05-01", count: 6 },
					],
				}),
			];
			await write(plan);
			expect((await readPlan(fixture.store.db, "test-vc"))?.plan).toEqual(plan);
		},
	);

	it.skipIf(!target.available)(
		"replaces a plan whole, counting its versions, and gives every row the new version",
		async () => {
			expect(await write(healthyPlan())).toBe(1);
			const plan = healthyPlan();
			plan.offerings = [
				healthyOffering({ id: "other", title: "Another course" }),
				healthyOffering(),
			];
			expect(await write(plan)).toBe(2);
			const stored = await readPlan(fixture.store.db, "test-vc");
			expect(stored?.plan.offerings.map((offering) => offering.id)).toEqual([
				"other",
				"mig-welding",
			]);
			expect(stored?.planVersion).toBe(2);
			// A row written again never takes a version it had before: old ETags cannot match it.
			const rewritten = await getResource(fixture.store.db, "offerings", "test-vc", "mig-welding");
			expect(rewritten?.version).toBe(2);
			expect(
				(await getResource(fixture.store.db, "intakes", "test-vc", "autumn-2027"))?.version,
			).toBe(2);
		},
	);

	it.skipIf(!target.available)("leaves nothing behind when a write fails midway", async () => {
		await write(healthyPlan());
		const before = await readPlan(fixture.store.db, "test-vc");
		const broken = healthyPlan();
		// Two offerings with one id break the primary key after the other rows were written.
		broken.offerings = [healthyOffering({ id: "twice" }), healthyOffering({ id: "twice" })];
		await expect(write(broken)).rejects.toThrow();
		expect(await readPlan(fixture.store.db, "test-vc")).toEqual(before);
	});

	it.skipIf(!target.available)("keeps institutions apart", async () => {
		await write(healthyPlan());
		const other = healthyPlan();
		other.institution = { ...other.institution, id: "other-vc", name: "Other College" };
		await write(other);
		expect((await readPlan(fixture.store.db, "other-vc"))?.plan.institution.name).toBe(
			"Other College",
		);
		expect((await readPlan(fixture.store.db, "test-vc"))?.plan.institution.name).toBe(
			"Test Vocational College",
		);
		expect(await readPlan(fixture.store.db, "nobody")).toBeUndefined();
	});
});

// A second connection to one SQLite file can write between two queries of the first, which
// makes the race easy to stage; PostgreSQL is covered by the same code.
describe.each(storeTargets.filter((target) => target.name === "sqlite"))(
	"plan repository under a concurrent write ($name)",
	(target) => {
		const fixture = useStore(target, []);
		const write = (plan: PlanFile) =>
			fixture.store.db.transaction().execute((trx) => writePlan(trx, plan, fixtureTime));
		it("reads one version of a plan even when a write lands between its queries", async () => {
			await write(healthyPlan());
			// A second connection to the same file writes while the first is between two queries.
			const writer = await openStore(fixture.store.location);
			try {
				let written = false;
				const interrupting: KyselyPlugin = {
					transformQuery: (args) => args.node,
					async transformResult(args) {
						if (!written && offeringsRead(args.result.rows)) {
							written = true;
							const changed = healthyPlan();
							changed.offerings = [
								healthyOffering({ milestoneStatus: { "content-approved": "done" } }),
							];
							await writer.db.transaction().execute((trx) => writePlan(trx, changed, fixtureTime));
						}
						return args.result;
					},
				};
				const read = await readPlan(fixture.store.db.withPlugin(interrupting), "test-vc");
				expect(written).toBe(true);
				expect(read?.planVersion).toBe(2);
				expect(read?.plan.offerings[0]?.milestoneStatus).toEqual({ "content-approved": "done" });
			} finally {
				await writer.close();
			}
		});
	},
);

/** Whether query result rows are offering bodies: the query after which the write lands. */
function offeringsRead(rows: readonly unknown[]): boolean {
	const [first] = rows as { body?: string }[];
	return typeof first?.body === "string" && first.body.includes('"fee"');
}
