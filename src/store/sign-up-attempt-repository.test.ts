import { describe, expect, it } from "vitest";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import {
	deleteSignUpAttemptsBefore,
	recentSignUpAttempts,
	recordSignUpAttempt,
} from "./sign-up-attempt-repository.ts";

describe.each(storeTargets)("sign-up attempt repository on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"counts an address's sign-ups within a window, and forgets the old ones",
		async () => {
			const { db } = fixture.store;
			const address = "198.51.100.7";
			for (const minute of ["00", "04", "09"])
				await recordSignUpAttempt(db, address, `2027-06-01T08:${minute}:00.000Z`);
			await recordSignUpAttempt(db, "203.0.113.9", "2027-06-01T08:04:00.000Z");
			expect(await recentSignUpAttempts(db, address, "2027-06-01T07:59:00.000Z")).toEqual({
				count: 3,
				oldest: "2027-06-01T08:00:00.000Z",
			});
			expect(await recentSignUpAttempts(db, address, "2027-06-01T08:00:00.000Z")).toEqual({
				count: 2,
				oldest: "2027-06-01T08:04:00.000Z",
			});
			expect(await recentSignUpAttempts(db, "203.0.113.200", "2027-06-01T00:00:00.000Z")).toEqual({
				count: 0,
				oldest: undefined,
			});
			expect(await deleteSignUpAttemptsBefore(db, "2027-06-01T08:04:00.000Z")).toBe(3);
			expect(await recentSignUpAttempts(db, address, "2027-06-01T00:00:00.000Z")).toEqual({
				count: 1,
				oldest: "2027-06-01T08:09:00.000Z",
			});
		},
	);
});
