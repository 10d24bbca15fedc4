import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { demoReport } from "../../test/fixtures/demo.ts";
import { renderIcs } from "./ics.ts";

const report = demoReport("2027-05-03");
const stamp = new Date("2027-05-03T00:00:00Z");

function events(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("renderIcs", () => {
	const parsed = events(renderIcs(report, { stamp }));
	const milestones = report.offerings.flatMap((offering) =>
		offering.milestones.map((milestone) => ({ offering, milestone })),
	);

	it("has one VEVENT per milestone, each with a unique stable UID", () => {
		expect(parsed).toHaveLength(milestones.length);
		expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
		const again = events(renderIcs(report, { stamp }));
		expect(again.map((event) => event.uid)).toEqual(parsed.map((event) => event.uid));
		expect(parsed[0]?.uid).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@emajoe-vc\.kairos$/);
	});

	it("dates each milestone as an all-day event on its due date", () => {
		parsed.forEach((event, index) => {
			const { milestone } = milestones[index] ?? {};
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(milestone?.due);
		});
	});

	it('summarises "offering: milestone" and names the owner, with the role', () => {
		const { offering, milestone } = milestones[0] ?? {};
		expect(parsed[0]?.summary).toBe(`${offering?.title}: ${milestone?.label}`);
		const owner = report.people.find((person) => person.id === milestone?.owner);
		expect(owner).toBeDefined();
		expect(parsed[0]?.description).toContain(`Owner: ${owner?.name} (${milestone?.role})`);
		for (const event of parsed) {
			for (const person of report.people)
				expect(event.description).not.toContain(`Owner: ${person.id} `);
		}
		const moved = parsed.find((event) => event.description.includes("Moved from"));
		expect(moved?.description).toMatch(/Moved from \d{4}-\d\d-\d\d: /);
	});

	it("shows an owner id that names nobody in the plan as it is, and a missing owner as none yet", () => {
		const [first] = report.offerings;
		if (!first) throw new Error("the demo report has no offering");
		const [milestone] = first.milestones;
		if (!milestone) throw new Error("the first offering has no milestone");
		const lone = {
			...report,
			offerings: [
				{
					...first,
					milestones: [
						{ ...milestone, owner: "somebody-else" },
						{ ...milestone, key: "unowned", owner: null },
					],
				},
			],
		};
		const [named, unowned] = events(renderIcs(lone, { stamp }));
		expect(named?.description).toContain(`Owner: somebody-else (${milestone.role})`);
		expect(unowned?.description).toContain(`Owner: none yet (${milestone.role})`);
	});
});
