import { describe, expect, it } from "vitest";
import { analysisWords } from "./analysis-format.ts";
import { channelTable, groupFillTable } from "./analysis-tables.ts";

describe("channelTable", () => {
	const channels = [
		{ channel: "web", registrations: 40, share: 0.8 },
		{ channel: "", registrations: 10, share: 0.2, otherChannels: 143 },
	];

	it("names the entry that sums the channels past the first by how many it sums", () => {
		expect(channelTable(channels, analysisWords("en")).rows).toEqual([
			["web", "40", "80%"],
			["143 other channels", "10", "20%"],
		]);
		expect(channelTable(channels, analysisWords("et")).rows[1]).toEqual([
			"143 muud kanalit",
			"10",
			"20%",
		]);
	});

	it("says one other channel in the singular", () => {
		const one = [{ channel: "", registrations: 3, share: 1, otherChannels: 1 }];
		expect(channelTable(one, analysisWords("en")).rows[0]?.[0]).toBe("1 other channel");
		expect(channelTable(one, analysisWords("et")).rows[0]?.[0]).toBe("1 muu kanal");
	});
});

describe("groupFillTable", () => {
	it("names the entry that sums the groups past the first by how many it sums", () => {
		const groups = [
			{ key: "welding", label: "Welding", n: 4, mean: 0.5, low: 0.25, high: 0.75 },
			{ key: "", label: "", n: 9, mean: 0.6, low: 0.5, high: 0.7, otherGroups: 7 },
			{ key: "", label: "", n: 1, mean: 0.6, low: null, high: null, otherGroups: 1 },
		];
		expect(groupFillTable(groups, "Field", analysisWords("en")).rows.map((row) => row[0])).toEqual([
			"Welding",
			"7 other groups",
			"1 other group",
		]);
		expect(
			groupFillTable(groups, "Valdkond", analysisWords("et")).rows.map((row) => row[0]),
		).toEqual(["Welding", "7 muud rühma", "1 muu rühm"]);
	});
});
