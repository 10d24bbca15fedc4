import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { demoReport } from "../../test/fixtures/demo.ts";
import { renderIcs, renderTaskIcs } from "./ics.ts";

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

describe("renderTaskIcs", () => {
	const taskOptions = {
		stamp,
		name: "Kairos: Mari",
		offeringUrl: (id: string) => `https://kairos.test/app/offerings/${id}`,
	};
	const [owner] = report.people;
	if (!owner) throw new Error("the demo report has no people");
	const owned = report.offerings.flatMap((offering) =>
		offering.milestones
			.filter((milestone) => milestone.owner === owner.id)
			.map((milestone) => ({ offering, milestone })),
	);

	it("has the events of renderIcs for one owner's milestones only, each linking to its offering", () => {
		expect(owned.length).toBeGreaterThan(0);
		const all = new Map(events(renderIcs(report, { stamp })).map((event) => [event.uid, event]));
		const parsed = events(renderTaskIcs(report, owner.id, taskOptions));
		expect(parsed.map((event) => event.uid)).toEqual(
			owned.map(({ offering, milestone }) => `${offering.id}.${milestone.key}@emajoe-vc.kairos`),
		);
		parsed.forEach((event, index) => {
			const { offering } = owned[index] ?? {};
			const url = `https://kairos.test/app/offerings/${offering?.id}`;
			expect(event.summary).toBe(all.get(event.uid)?.summary);
			expect(event.startDate.toString()).toBe(all.get(event.uid)?.startDate.toString());
			expect(event.component.getFirstPropertyValue("url")).toBe(url);
			expect(event.description).toContain(`Owner: ${owner.name}`);
		});
	});

	it("marks a decided offering's tasks confirmed or cancelled, and says where a postponed one went", () => {
		const decided = (decision: NonNullable<(typeof report.offerings)[number]["decision"]>) => ({
			...report,
			offerings: report.offerings.map((offering) => ({ ...offering, decision })),
		});
		const statuses = (text: string) =>
			new Set(events(text).map((event) => event.component.getFirstPropertyValue("status")));
		const undecided = {
			...report,
			offerings: report.offerings.map(({ decision: _decision, ...offering }) => offering),
		};
		expect(statuses(renderTaskIcs(undecided, owner.id, taskOptions))).toEqual(new Set([null]));
		const cancelled = renderTaskIcs(decided({ outcome: "no-go" }), owner.id, taskOptions);
		expect(statuses(cancelled)).toEqual(new Set(["CANCELLED"]));
		expect(statuses(renderTaskIcs(decided({ outcome: "go" }), owner.id, taskOptions))).toEqual(
			new Set(["CONFIRMED"]),
		);
		const [postponed] = events(
			renderTaskIcs(decided({ outcome: "postpone", into: "later-run" }), owner.id, taskOptions),
		);
		expect(postponed?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
		expect(postponed?.description).toContain("Decision: postpone, into later-run");
	});

	it("is a valid, named calendar without events when there is no report or no owner", () => {
		for (const text of [
			renderTaskIcs(undefined, owner.id, taskOptions),
			renderTaskIcs(report, null, taskOptions),
			renderTaskIcs(report, "nobody-in-the-plan", taskOptions),
		]) {
			const calendar = new ICAL.Component(ICAL.parse(text));
			expect(calendar.name).toBe("vcalendar");
			expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Kairos: Mari");
			expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
		}
	});
});
