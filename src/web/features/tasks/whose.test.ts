import { describe, expect, it } from "vitest";
import type { Me } from "../../../model/api/session.ts";
import { seesEveryonesTasks } from "./whose.ts";

const me = (role: Me["role"]): Me => ({
	id: "account-1",
	email: "someone@test.ee",
	name: "Someone",
	role,
	institution: "test-vc",
	person: null,
	passwordChangeRequired: false,
});

describe("seesEveryonesTasks", () => {
	it("is for managers and administrators", () => {
		expect(seesEveryonesTasks(me("manager"))).toBe(true);
		expect(seesEveryonesTasks(me("admin"))).toBe(true);
		expect(seesEveryonesTasks(me("support"))).toBe(false);
		expect(seesEveryonesTasks(me("viewer"))).toBe(false);
	});
});
