import { describe, expect, it } from "vitest";
import { editedOffering } from "./edited-offering.ts";

describe("editedOffering", () => {
	it("prunes emptied inputs", () => {
		expect(editedOffering({ id: "a", description: "", subsidy: { amount: "" } })).toEqual({
			id: "a",
		});
	});

	it("gives a subsidy the fee's currency", () => {
		expect(
			editedOffering({ fee: { amount: 450, currency: "SEK" }, subsidy: { amount: 100 } }),
		).toEqual({ fee: { amount: 450, currency: "SEK" }, subsidy: { amount: 100, currency: "SEK" } });
	});
});
