import { describe, expect, it } from "vitest";
import {
	allowedTransitions,
	applicationState,
	freePlaces,
	isRegistrationState,
	mayChangeState,
	refusedChange,
	registrationStates,
	resolvedState,
	takesPlace,
} from "./registration-lifecycle.ts";

describe("registration lifecycle", () => {
	it("allows exactly the agreed changes", () => {
		const allowed = registrationStates.flatMap((from) =>
			registrationStates.filter((to) => mayChangeState(from, to)).map((to) => `${from}->${to}`),
		);
		expect(allowed).toEqual([
			"interest->applied",
			"interest->waitlisted",
			"interest->withdrawn",
			"applied->enrolled",
			"applied->withdrawn",
			"waitlisted->applied",
			"waitlisted->withdrawn",
			"enrolled->withdrawn",
		]);
		expect(allowedTransitions.withdrawn).toEqual([]);
	});

	it("never allows staying in the same state", () => {
		for (const state of registrationStates) expect(mayChangeState(state, state)).toBe(false);
	});

	it("names both states when refusing", () => {
		expect(refusedChange("withdrawn", "enrolled")).toBe("cannot go from withdrawn to enrolled");
	});

	it("counts applied and enrolled as taking a place", () => {
		expect(registrationStates.filter(takesPlace)).toEqual(["applied", "enrolled"]);
	});

	it("waitlists an application once the places taken reach the maximum", () => {
		expect(applicationState(13, 14)).toBe("applied");
		expect(applicationState(14, 14)).toBe("waitlisted");
		expect(applicationState(15, 14)).toBe("waitlisted");
	});

	it("turns applying from interest into waitlisting when full, and takes other changes as asked", () => {
		expect(resolvedState("interest", "applied", 14, 14)).toBe("waitlisted");
		expect(resolvedState("interest", "applied", 3, 14)).toBe("applied");
		expect(resolvedState("waitlisted", "applied", 14, 14)).toBe("applied");
		expect(resolvedState("applied", "enrolled", 20, 14)).toBe("enrolled");
	});

	it("counts free places, never fewer than none", () => {
		expect(freePlaces(10, 14)).toBe(4);
		expect(freePlaces(16, 14)).toBe(0);
	});

	it("knows its states", () => {
		expect(isRegistrationState("waitlisted")).toBe(true);
		expect(isRegistrationState("cancelled")).toBe(false);
	});
});
