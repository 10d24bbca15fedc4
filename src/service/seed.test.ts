import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testContext } from "../../test/fixtures/context.ts";
import { demoPath } from "../../test/fixtures/demo.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { seedPlans, storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { listAccounts } from "../store/account-repository.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import { seedFirstStart } from "./seed.ts";

const demo = readFileSync(demoPath, "utf8");

describe.each(storeTargets)("the first start on $name", (target) => {
	const fixture = useStore(target, []);

	it.skipIf(!target.available)(
		"loads the demo and makes an administrator with a one-time password once, and nothing on the next start",
		async () => {
			const { context } = testContext(fixture.store);
			const first = await seedFirstStart(context, demo);
			expect(first.institutionId).toBe("emajoe-vc");
			expect(first.admin?.email).toBe("admin@kairos.localhost");
			expect(first.admin?.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
			expect(await seedFirstStart(context, demo)).toEqual({
				institutionId: undefined,
				admin: undefined,
			});
			const accounts = await listAccounts(fixture.store.db, null);
			expect(accounts).toHaveLength(1);
			// The printed password is one-time: the first sign-in with it must set a new one.
			expect(accounts[0]?.mustChangePassword).toBe(true);
		},
	);

	it.skipIf(!target.available)(
		"makes the first administrator of a database that holds plans but no account",
		async () => {
			// As after `kairos import` before the first `kairos serve`, or a start stopped midway.
			await seedPlans(fixture.store, [healthyPlan()]);
			const { context } = testContext(fixture.store);
			const seeded = await seedFirstStart(context, demo);
			expect(seeded.institutionId).toBeUndefined();
			expect(seeded.admin?.email).toBe("admin@kairos.localhost");
			expect((await listInstitutions(fixture.store.db)).map((entry) => entry.id)).toEqual([
				"test-vc",
			]);
		},
	);
});
