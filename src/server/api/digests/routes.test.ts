import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { digestOptOutsOf } from "../../../store/digest-opt-out-repository.ts";

describe.each(storeTargets)("your digest on $name", (target) => {
	const harness = useHarness(target);

	it.skipIf(!target.available)("is stopped and started again by its person", async () => {
		await harness.store.db
			.updateTable("accounts")
			.set({ person_id: "kadri" })
			.where("email", "=", "manager@test.ee")
			.execute();
		const manager = await harness.as("manager");
		expect((await manager.request("GET", "/api/v1/me/digest")).json()).toEqual({
			person: "kadri",
			optedOut: false,
		});
		const stopped = await manager.request("PUT", "/api/v1/me/digest", { body: { optedOut: true } });
		expect(stopped.json()).toEqual({ person: "kadri", optedOut: true });
		expect(await digestOptOutsOf(harness.store.db, "test-vc")).toEqual(new Set(["kadri"]));
		expect((await manager.request("GET", "/api/v1/me/digest")).json()).toMatchObject({
			optedOut: true,
		});
		await manager.request("PUT", "/api/v1/me/digest", { body: { optedOut: false } });
		expect(await digestOptOutsOf(harness.store.db, "test-vc")).toEqual(new Set());
	});

	it.skipIf(!target.available)("is nobody's for an account linked to no person", async () => {
		const viewer = await harness.as("viewer");
		expect((await viewer.request("GET", "/api/v1/me/digest")).json()).toEqual({
			person: null,
			optedOut: false,
		});
		const refused = await viewer.request("PUT", "/api/v1/me/digest", { body: { optedOut: true } });
		expect(refused.statusCode).toBe(409);
		const invalid = await viewer.request("PUT", "/api/v1/me/digest", { body: { optedOut: "yes" } });
		expect(invalid.statusCode).toBe(400);
	});
});
