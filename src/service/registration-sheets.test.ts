import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import { storedRegistration } from "../../test/fixtures/registrations.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { readRegistrationsSheet, xlsxTable } from "../sheets/index.ts";
import { commandLine } from "./actor.ts";
import { importRegistrationsSheet, registrationsWorkbook } from "./registration-sheets.ts";

describe.each(storeTargets)("an offering's registrations as a workbook on $name", (target) => {
	const test = useContext(target, [planWith({ participants: { min: 2, max: 10 } })]);
	const run = it.skipIf(!target.available);

	run(
		"dates each registration by the day in the school's time zone, as its counts do",
		async () => {
			// 22:30 UTC on 4 May is 01:30 on 5 May in Tallinn.
			await storedRegistration(test.store, "Ann", "applied", "2027-05-04T22:30:00.000Z");
			await storedRegistration(test.store, "Ben", "interest", "2027-05-04T08:00:00.000Z");
			const bytes = await registrationsWorkbook(test.context, {
				institutionId: "test-vc",
				offeringId: "mig-welding",
			});
			const sheet = readRegistrationsSheet(await xlsxTable(bytes, "registrations"));
			expect(sheet.ok && sheet.rows.map((row) => [row.name, row.date]).sort()).toEqual([
				["Ann", "2027-05-05"],
				["Ben", "2027-05-04"],
			]);
		},
	);
});

describe.each(storeTargets)("a registrations sheet imported on $name", (target) => {
	const westOfUtc = {
		...planWith({ participants: { min: 2, max: 10 } }),
		institution: { ...healthyPlan().institution, timezone: "America/New_York" },
	};
	const test = useContext(target, [westOfUtc]);
	const run = it.skipIf(!target.available);

	run("counts a row's date from the start of that day in the school's time zone", async () => {
		const key = { institutionId: "test-vc", offeringId: "mig-welding" };
		const csv = "name,email,state,date\nMari Maasikas,mari@example.ee,applied,2027-02-20\n";
		await importRegistrationsSheet(
			test.context,
			key,
			{ bytes: new TextEncoder().encode(csv), format: "csv" },
			commandLine,
		);
		const sheet = readRegistrationsSheet(
			await xlsxTable(await registrationsWorkbook(test.context, key), "registrations"),
		);
		expect(sheet.ok && sheet.rows.map((row) => [row.name, row.date])).toEqual([
			["Mari Maasikas", "2027-02-20"],
		]);
	});
});
