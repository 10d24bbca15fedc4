import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import type { PublicHoliday } from "../../../engine/holidays.ts";

describe.each(storeTargets)("holidays API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	const holidays = async (query: string) => {
		const viewer = await harness.as("viewer");
		return viewer.request("GET", `/api/v1/institutions/test-vc/holidays${query}`);
	};
	const items = async (query: string): Promise<PublicHoliday[]> =>
		(await holidays(query)).json().items;

	run(
		"names the holidays in the language asked for, on the dates of the English list",
		async () => {
			const english = await items("");
			const estonian = await holidays("?language=et");
			expect(estonian.statusCode).toBe(200);
			const named: PublicHoliday[] = estonian.json().items;
			expect(named).toContainEqual({ date: "2027-02-24", name: "iseseisvuspäev" });
			expect(named).toContainEqual({ date: "2027-12-24", name: "jõululaupäev" });
			expect(named.map((holiday) => holiday.date)).toEqual(english.map((holiday) => holiday.date));
			expect(await items("?language=en")).toEqual(english);
		},
	);

	run(
		"falls back to English for a language without names, and refuses what is no language code",
		async () => {
			expect(await items("?language=xx")).toEqual(await items(""));
			const refused = await holidays("?language=Estonian");
			expect(refused.statusCode).toBe(400);
			expect(refused.json().errors).toEqual([
				{ path: "language", message: '"Estonian" is not an ISO 639-1 language code such as "et"' },
			]);
		},
	);
});
