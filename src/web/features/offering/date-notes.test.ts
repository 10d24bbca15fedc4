import { describe, expect, it } from "vitest";
import type { ScheduledMilestone } from "../../../model/report.ts";
import { startI18n } from "../../lib/i18n.ts";
import { dateNotes } from "./date-notes.ts";

const milestone = (changes: Partial<ScheduledMilestone>): ScheduledMilestone => ({
	key: "staff-briefed",
	label: "Staff briefed",
	role: "manager",
	kind: "task",
	owner: null,
	due: "2027-02-26",
	effortHours: 2,
	status: "todo",
	...changes,
});

async function notesIn(language: "en" | "et", changes: Partial<ScheduledMilestone>) {
	const i18n = await startI18n(language);
	return dateNotes(milestone(changes), i18n.getFixedT(language, "offering"), language);
}

describe("dateNotes", () => {
	it("says why the engine moved a date, with a weekend's weekday in the reader's language", async () => {
		const weekend = {
			moved: { from: "2027-02-27", reason: "weekend", cause: { kind: "weekend" as const } },
		};
		expect(await notesIn("en", weekend)).toEqual(["Moved from 27 Feb: Saturday"]);
		expect(await notesIn("et", weekend)).toEqual(["Nihutatud (algselt 27. veebr): laupäev"]);
	});

	it("names a holiday and a closure as the plan gives them, and a notBefore anchor in words", async () => {
		const holiday = {
			moved: {
				from: "2027-02-24",
				reason: "Independence Day",
				cause: { kind: "holiday" as const, name: "Independence Day" },
			},
		};
		expect(await notesIn("en", holiday)).toEqual(["Moved from 24 Feb: Independence Day"]);
		const notBefore = {
			moved: {
				from: "2027-02-22",
				reason: "not before publication (2027-03-15)",
				cause: { kind: "notBefore" as const, anchor: "publication", date: "2027-03-15" },
			},
		};
		expect(await notesIn("et", notBefore)).toEqual([
			"Nihutatud (algselt 22. veebr): mitte enne: avaldamine (15. märts)",
		]);
	});

	it("says a date was set by hand, and when it is not a working day", async () => {
		const set = {
			due: "2027-07-10",
			override: {
				computed: "2027-06-30",
				nonWorking: {
					reason: "staff summer holiday",
					cause: { kind: "closure" as const, label: "staff summer holiday" },
				},
			},
		};
		expect(await notesIn("en", set)).toEqual([
			"Date set by hand; the plan gives 30 Jun",
			"Not a working day: staff summer holiday",
		]);
		expect(await notesIn("en", {})).toEqual([]);
	});
});
