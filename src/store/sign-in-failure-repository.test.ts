import { describe, expect, it } from "vitest";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { lockKeys } from "./locks.ts";
import {
	clearSignInFailures,
	countSignInFailures,
	deleteSignInAttempt,
	deleteSignInFailuresBefore,
	oldestSignInFailure,
	recordSignInFailure,
} from "./sign-in-failure-repository.ts";

describe.each(storeTargets)("sign-in failure repository on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)("counts sign-in failures per key within a window", async () => {
		const key = "email:counted@test.ee";
		for (const minute of [0, 5, 10]) {
			await recordSignInFailure(
				fixture.store.db,
				key,
				`2027-05-03T08:${String(minute).padStart(2, "0")}:00.000Z`,
				`attempt-${minute}`,
			);
		}
		await recordSignInFailure(
			fixture.store.db,
			"address:192.0.2.1",
			"2027-05-03T08:05:00.000Z",
			"attempt-5",
		);
		expect(await countSignInFailures(fixture.store.db, key, "2027-05-03T07:59:00.000Z")).toBe(3);
		expect(await countSignInFailures(fixture.store.db, key, "2027-05-03T08:00:00.000Z")).toBe(2);
		expect(await oldestSignInFailure(fixture.store.db, key, "2027-05-03T08:00:00.000Z")).toBe(
			"2027-05-03T08:05:00.000Z",
		);
		expect(
			await oldestSignInFailure(fixture.store.db, key, "2027-05-03T08:10:00.000Z"),
		).toBeUndefined();

		await clearSignInFailures(fixture.store.db, key);
		expect(await countSignInFailures(fixture.store.db, key, "2027-05-03T00:00:00.000Z")).toBe(0);
		expect(
			await countSignInFailures(fixture.store.db, "address:192.0.2.1", "2027-05-03T00:00:00.000Z"),
		).toBe(1);
		expect(await deleteSignInFailuresBefore(fixture.store.db, "2027-05-03T08:05:00.000Z")).toBe(1);
		expect(
			await countSignInFailures(fixture.store.db, "address:192.0.2.1", "2027-05-03T00:00:00.000Z"),
		).toBe(0);
	});

	it.skipIf(!target.available)("removes every row of one attempt and no other", async () => {
		const at = "2027-05-03T08:00:00.000Z";
		const since = "2027-05-03T07:00:00.000Z";
		await fixture.store.db.transaction().execute(async (trx) => {
			await lockKeys(trx, ["email:a@test.ee", "address:192.0.2.9", "email:a@test.ee"]);
			for (const key of ["email:a@test.ee", "address:192.0.2.9"])
				await recordSignInFailure(trx, key, at, "right-after-all");
		});
		await recordSignInFailure(fixture.store.db, "address:192.0.2.9", at, "wrong");
		await deleteSignInAttempt(fixture.store.db, "right-after-all");
		expect(await countSignInFailures(fixture.store.db, "email:a@test.ee", since)).toBe(0);
		expect(await countSignInFailures(fixture.store.db, "address:192.0.2.9", since)).toBe(1);
	});
});
