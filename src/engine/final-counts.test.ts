import { describe, expect, it } from "vitest";
import { maxItems } from "../model/primitives.ts";
import {
	channelOf,
	finalCountsFromPlan,
	finalCountsFromRegistrations,
	type StoredRegistration,
} from "./final-counts.ts";

const registration = (overrides: Partial<StoredRegistration>): StoredRegistration => ({
	state: "enrolled",
	source: "direct",
	appliedOn: "2027-05-01",
	withdrawnOn: null,
	...overrides,
});

describe("the channel of a registration", () => {
	it("is a slug made from its source", () => {
		expect(channelOf("utm:facebook/cpc/spring-2027")).toBe("facebook");
		expect(channelOf("utm:Töötukassa News/email/x")).toBe("t-tukassa-news");
		expect(channelOf("utm://")).toBe("other");
		expect(channelOf("referrer:www.tootukassa.ee")).toBe("tootukassa-ee");
		expect(channelOf("referrer:kool.ee")).toBe("kool-ee");
		expect(channelOf("direct")).toBe("web");
		expect(channelOf("staff")).toBe("staff");
		expect(channelOf("import")).toBe("import");
		expect(channelOf("something-new")).toBe("other");
		expect(channelOf(`utm:${"a".repeat(150)}/x/y`)).toBe("a".repeat(100));
	});
});

describe("the final counts from the registrations stored in Kairos", () => {
	const ran = { outcome: "ran" as const, decidedOn: "2027-09-10", max: 14 };

	it("count those enrolled in a course that ran, by channel and by the day they applied", () => {
		const stored = [
			registration({ source: "utm:facebook/cpc/x", appliedOn: "2027-04-02" }),
			registration({ source: "direct", appliedOn: "2027-04-02" }),
			registration({ source: "referrer:www.tootukassa.ee", appliedOn: "2027-05-10" }),
			registration({ state: "withdrawn", appliedOn: "2027-04-01", withdrawnOn: "2027-06-01" }),
			registration({ state: "applied", appliedOn: "2027-08-01" }),
			registration({ state: "interest", appliedOn: null }),
		];
		expect(finalCountsFromRegistrations(stored, ran)).toEqual({
			finalRegistrations: 3,
			channels: { facebook: 1, "tootukassa-ee": 1, web: 1 },
			registrations: [
				{ date: "2027-04-02", count: 2 },
				{ date: "2027-05-10", count: 3 },
			],
		});
	});

	it("count in a cancelled course those who held a place or waited on the day it was decided", () => {
		const stored = [
			registration({ state: "applied", appliedOn: "2027-08-01" }),
			registration({ state: "waitlisted", appliedOn: "2027-09-10", source: "staff" }),
			// Withdrawn after the decision: still registered when it was cancelled.
			registration({ state: "withdrawn", appliedOn: "2027-08-02", withdrawnOn: "2027-09-11" }),
			// Withdrawn on the day, or before it; applied after it; never applied.
			registration({ state: "withdrawn", appliedOn: "2027-08-03", withdrawnOn: "2027-09-10" }),
			registration({ state: "applied", appliedOn: "2027-09-11" }),
			registration({ state: "interest", appliedOn: null }),
		];
		expect(finalCountsFromRegistrations(stored, { ...ran, outcome: "cancelled" })).toEqual({
			finalRegistrations: 3,
			channels: { staff: 1, web: 2 },
			registrations: [
				{ date: "2027-08-01", count: 1 },
				{ date: "2027-08-02", count: 2 },
				{ date: "2027-09-10", count: 3 },
			],
		});
	});

	it("count at most the group's maximum, the first to apply", () => {
		const stored = ["2027-05-03", "2027-05-01", "2027-05-02"].map((appliedOn) =>
			registration({ appliedOn, source: appliedOn === "2027-05-03" ? "staff" : "direct" }),
		);
		expect(finalCountsFromRegistrations(stored, { ...ran, max: 2 })).toEqual({
			finalRegistrations: 2,
			channels: { web: 2 },
			registrations: [
				{ date: "2027-05-01", count: 1 },
				{ date: "2027-05-02", count: 2 },
			],
		});
	});

	it("are none when no registration ever took a place, and zero when none counts", () => {
		expect(finalCountsFromRegistrations([registration({ appliedOn: null })], ran)).toBeUndefined();
		expect(finalCountsFromRegistrations([], ran)).toBeUndefined();
		expect(finalCountsFromRegistrations([registration({ state: "applied" })], ran)).toEqual({
			finalRegistrations: 0,
		});
	});

	it(`list at most ${maxItems.channels} channels, the largest, and the rest as other`, () => {
		const stored = Array.from({ length: maxItems.channels + 5 }, (_, index) =>
			registration({ source: `referrer:site-${String(index).padStart(2, "0")}.ee` }),
		);
		stored.push(registration({ source: "referrer:site-00.ee" }));
		const counts = finalCountsFromRegistrations(stored, { ...ran, max: 100 });
		const channels = counts?.channels ?? {};
		expect(Object.keys(channels)).toHaveLength(maxItems.channels);
		expect(channels["site-00-ee"]).toBe(2);
		expect(channels.other).toBe(6);
		expect(Object.values(channels).reduce((sum, count) => sum + count, 0)).toBe(stored.length);
	});
});

describe("the final counts from the plan's own counts", () => {
	it("take the last cumulative count, each held to the maximum", () => {
		const counts = [
			{ date: "2027-06-01", count: 16 },
			{ date: "2027-05-01", count: 9 },
		];
		expect(finalCountsFromPlan(counts, 14)).toEqual({
			finalRegistrations: 14,
			registrations: [
				{ date: "2027-05-01", count: 9 },
				{ date: "2027-06-01", count: 14 },
			],
		});
		expect(finalCountsFromPlan(undefined, 14)).toEqual({ finalRegistrations: 0 });
	});
});
