import type { KyselyPlugin } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { testContext } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { seedPlans, storeTargets } from "../../test/fixtures/stores.ts";
import type { Store } from "../store/open.ts";
import { publicCatalogue } from "./catalogue.ts";
import { plannedInstitution } from "./plans.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("the services' caches ($name)", (target) => {
	const opened: Store[] = [];
	afterEach(async () => {
		for (const store of opened.splice(0)) await store.close();
	});
	/** A database holding the healthy plan under one title, at plan version 1. */
	async function storeTitled(title: string): Promise<Store> {
		const store = await target.open();
		opened.push(store);
		const plan = healthyPlan();
		plan.offerings = plan.offerings.map((offering) => ({ ...offering, title }));
		await seedPlans(store, [plan]);
		return store;
	}

	it("never give one database's plan to another in the same process", async () => {
		// Same institution id, same plan version, same day: only the database differs.
		const first = testContext(await storeTitled("From the first database"), {
			today: "2027-03-01",
		});
		const second = testContext(await storeTitled("From the second database"), {
			today: "2027-03-01",
		});
		const titleIn = async (context: typeof first.context) =>
			(await plannedInstitution(context, "test-vc")).report.offerings[0]?.title;
		expect(await titleIn(first.context)).toBe("From the first database");
		expect(await titleIn(second.context)).toBe("From the second database");
		expect(await titleIn(first.context)).toBe("From the first database");
	});

	it("key the public catalogue by its context too", async () => {
		const published = (title: string) => ({
			publication: "2027-02-01",
			title,
			milestoneStatus: { "catalogue-published": "done" as const },
		});
		const first = await target.open();
		const second = await target.open();
		opened.push(first, second);
		for (const [store, title] of [
			[first, "Course in the first database"],
			[second, "Course in the second database"],
		] as const) {
			const plan = healthyPlan();
			plan.offerings = plan.offerings.map((offering) => ({ ...offering, ...published(title) }));
			await seedPlans(store, [plan]);
		}
		const titles = async (store: Store) =>
			(await publicCatalogue(testContext(store, { today: "2027-03-01" }).context)).institutions
				.flatMap((entry) => entry.offerings)
				.map((entry) => entry.offering.title);
		expect(await titles(first)).toEqual(["Course in the first database"]);
		expect(await titles(second)).toEqual(["Course in the second database"]);
	});

	it("judge today by the institution's time zone, not the server's", async () => {
		const { context, clock } = testContext(await storeTitled("Any"));
		// 22:30 UTC on 14 March is already 15 March in Tallinn.
		clock.set("2027-03-14T22:30:00.000Z");
		expect((await plannedInstitution(context, "test-vc")).today).toBe("2027-03-15");
		expect((await plannedInstitution(context, "test-vc")).report.today).toBe("2027-03-15");
	});

	it("serve a catalogue of many schools from memory, planning none of them again", async () => {
		const store = await target.open();
		opened.push(store);
		// More schools than the plan and report caches hold (64 each).
		const plans = Array.from({ length: 70 }, (_, index) => {
			const plan = healthyPlan();
			plan.institution = { ...plan.institution, id: `school-${index}` };
			return plan;
		});
		await seedPlans(store, plans);
		let queries = 0;
		const counting: KyselyPlugin = {
			transformQuery: (args) => {
				queries += 1;
				return args.node;
			},
			transformResult: async (args) => args.result,
		};
		const { context } = testContext(
			{ ...store, db: store.db.withPlugin(counting) },
			{ today: "2027-03-01" },
		);
		const first = await publicCatalogue(context);
		expect(first.institutions).toHaveLength(70);
		expect(queries).toBeGreaterThan(70);
		queries = 0;
		expect(await publicCatalogue(context)).toBe(first);
		// At most the plan versions, when the 250 ms memory of them has passed.
		expect(queries).toBeLessThanOrEqual(1);
	});
});
