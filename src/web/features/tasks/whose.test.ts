import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { Me } from "../../../model/api/session.ts";
import { linkedPerson, seesEveryonesTasks } from "./whose.ts";

const people = healthyPlan().institution.people ?? [];
const me = (changes: Partial<Me> & { person?: string | null }): Me => ({
	id: "account-1",
	email: "someone@test.ee",
	name: "Someone",
	role: "marketing",
	institution: "test-vc",
	passwordChangeRequired: false,
	...changes,
});

describe("linkedPerson", () => {
	it("takes the account's linked person when the API gives one", () => {
		expect(linkedPerson(me({ person: "mart", email: "liis@test.ee" }), people)).toBe("mart");
		expect(linkedPerson(me({ person: null, email: "liis@test.ee" }), people)).toBeNull();
	});

	it("else finds the person with the account's e-mail, whatever its case", () => {
		expect(linkedPerson(me({ email: "Liis@Test.ee" }), people)).toBe("liis");
		expect(linkedPerson(me({ email: "nobody@test.ee" }), people)).toBeNull();
	});
});

describe("seesEveryonesTasks", () => {
	it("is for managers and administrators", () => {
		expect(seesEveryonesTasks(me({ role: "manager" }))).toBe(true);
		expect(seesEveryonesTasks(me({ role: "admin" }))).toBe(true);
		expect(seesEveryonesTasks(me({ role: "support" }))).toBe(false);
	});
});
