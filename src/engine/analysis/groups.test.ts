import { describe, expect, it } from "vitest";
import { pastFact } from "../../../test/fixtures/analysis.ts";
import { channelRegistrations, groupFill } from "../../model/analysis.ts";
import { fillByField, maxChannels, maxGroups, registrationsByChannel } from "./groups.ts";

/** One past offering per channel: `ch-01` with 1 registration, `ch-02` with 2, and so on. */
function withChannels(count: number) {
	return Array.from({ length: count }, (_, index) =>
		pastFact(`course-${index}`, {
			leadTimeDays: 100,
			coverage: 1,
			fill: 0.5,
			channels: { [`ch-${String(index + 1).padStart(2, "0")}`]: index + 1 },
		}),
	);
}

describe("registrationsByChannel", () => {
	it("names every channel, the largest first, up to the most it names", () => {
		const byChannel = registrationsByChannel(withChannels(maxChannels));
		expect(byChannel).toHaveLength(20);
		expect(byChannel[0]).toEqual({ channel: "ch-20", registrations: 20, share: 20 / 210 });
		expect(byChannel.at(-1)).toEqual({ channel: "ch-01", registrations: 1, share: 1 / 210 });
		expect(byChannel.some((entry) => entry.otherChannels !== undefined)).toBe(false);
	});

	it("sums the channels past the first 20 in one entry that says how many it sums", () => {
		// 25 channels of 1 … 25 registrations, 325 in all: ch-01 … ch-05 are the smallest five.
		const byChannel = registrationsByChannel(withChannels(25));
		expect(byChannel).toHaveLength(21);
		expect(byChannel.slice(0, 20).map((entry) => entry.channel)).toEqual(
			Array.from({ length: 20 }, (_, index) => `ch-${String(25 - index).padStart(2, "0")}`),
		);
		expect(byChannel[20]).toEqual({
			channel: "",
			registrations: 1 + 2 + 3 + 4 + 5,
			share: 15 / 325,
			otherChannels: 5,
		});
		expect(byChannel.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 10);
		for (const entry of byChannel) expect(channelRegistrations.parse(entry)).toEqual(entry);
	});

	it("keeps a history of many thousands of channels to 21 entries", () => {
		const facts = Array.from({ length: 5000 }, (_, index) =>
			pastFact(`course-${index}`, {
				leadTimeDays: 100,
				coverage: 1,
				fill: 0.5,
				channels: { [`channel-${index}`]: 1 + (index % 7) },
			}),
		);
		const byChannel = registrationsByChannel(facts);
		expect(byChannel).toHaveLength(21);
		expect(byChannel[20]?.otherChannels).toBe(4980);
	});
});

describe("fillByField of a history with more fields than a school has", () => {
	/** Field `f-01` has 1 past offering, `f-02` 2 and so on; all fill 0.5 but those of `f-01` and `f-02`. */
	function withFields(count: number) {
		return Array.from({ length: count }, (_, field) =>
			Array.from({ length: field + 1 }, (_, index) =>
				pastFact(`course-${field}-${index}`, {
					leadTimeDays: 100,
					coverage: 1,
					fill: field < 2 ? 0.25 * (index + 1) : 0.5,
					field: `f-${String(field + 1).padStart(2, "0")}`,
				}),
			),
		).flat();
	}
	const text = (name: unknown) => String(name);

	it("names every field by key up to the most it names", () => {
		const byField = fillByField(withFields(maxGroups), [], text);
		expect(byField.map((group) => group.key)).toEqual(
			Array.from({ length: 20 }, (_, index) => `f-${String(index + 1).padStart(2, "0")}`),
		);
		expect(byField.some((group) => group.otherGroups !== undefined)).toBe(false);
	});

	it("sums the fields with the fewest offerings past the first 20 in one entry after them", () => {
		// 22 fields: f-01 (1 offering, fill 0.25) and f-02 (2, fill 0.25 and 0.5) have the fewest.
		const byField = fillByField(withFields(22), [], text);
		expect(byField).toHaveLength(21);
		expect(byField.slice(0, 20).map((group) => group.key)).toEqual(
			Array.from({ length: 20 }, (_, index) => `f-${String(index + 3).padStart(2, "0")}`),
		);
		const other = byField[20];
		expect(other).toMatchObject({ key: "", label: "", n: 3, otherGroups: 2 });
		expect(other?.mean).toBeCloseTo((0.25 + 0.25 + 0.5) / 3, 10);
		for (const group of byField) expect(groupFill.parse(group)).toEqual(group);
	});
});
