import { describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { partsLostInSheet } from "./limits.ts";
import { templateOfferings } from "./template-offerings.ts";

describe("partsLostInSheet", () => {
	const [welding] = templateOfferings;
	if (welding === undefined) throw new Error("no template offering");

	it("is empty for an offering that a sheet holds whole", () => {
		expect(partsLostInSheet(welding)).toEqual([]);
	});

	it("names what a sheet drops from the demo school's running course", () => {
		const tig = demoPlan().offerings.find((offering) => offering.id === "tig-welding-spring-2027");
		expect(tig && partsLostInSheet(tig)).toEqual([
			"modules",
			"milestone statuses",
			"registration counts",
		]);
	});

	it("names the release state, which the staff app sets and an import keeps", () => {
		expect(partsLostInSheet({ ...welding, released: false })).toEqual(["the release state"]);
	});

	it("names a recorded decision's details, which an import keeps when the outcome matches", () => {
		expect(partsLostInSheet({ ...welding, decision: { outcome: "go" } })).toEqual([]);
		expect(
			partsLostInSheet({ ...welding, decision: { outcome: "no-go", reason: "three of eight" } }),
		).toEqual(["the recorded decision's details (why, who, when, where it moved)"]);
	});

	it("names learning outcomes that are translated only in part", () => {
		expect(
			partsLostInSheet({
				...welding,
				learningOutcomes: ["Keevitab", { et: "Loeb jooniseid", en: "Reads drawings" }],
			}),
		).toEqual(["learning outcomes translated only in part"]);
		expect(
			partsLostInSheet({
				...welding,
				learningOutcomes: [{ et: "Keevitab", en: "Welds" }, { et: "Loeb jooniseid" }],
			}),
		).toEqual(["learning outcomes translated only in part"]);
	});

	it("names budget details a sheet cannot hold", () => {
		expect(
			partsLostInSheet({
				...welding,
				subsidy: { amount: 100, currency: "USD" },
				learningOutcomes: ["Welds\nand checks"],
				budget: [
					{ category: "teaching", amount: 1000, label: "trainer" },
					{ category: "teaching", amount: 500 },
					{ category: "communication", amount: 5, per: "participant" },
				],
			}),
		).toEqual([
			"line breaks inside a learning outcome",
			"budget line labels",
			"per-participant costs other than materials",
			"several budget lines of one category (summed)",
			"a subsidy in another currency than the fee",
		]);
	});
});
