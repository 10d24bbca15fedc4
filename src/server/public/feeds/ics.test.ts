import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../../test/fixtures/demo.ts";
import type { PublicCatalogue, PublicOffering } from "../../../service/catalogue.ts";
import { catalogueIcs, offeringIcs } from "./ics.ts";

const baseUrl = "https://kairos.example";
const stamp = new Date("2027-05-03T08:00:00Z");

function events(text: string): ICAL.Event[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("catalogueIcs", () => {
	let catalogue: PublicCatalogue;
	let parsed: ICAL.Event[];
	beforeAll(async () => {
		catalogue = await demoCatalogue();
		parsed = events(catalogueIcs(catalogue, { baseUrl, stamp }));
	});
	const offerings = () => catalogue.institutions.flatMap((entry) => entry.offerings);

	it("has a course and a deadline event per public offering, with unique stable UIDs", () => {
		expect(offerings().length).toBeGreaterThan(5);
		expect(parsed).toHaveLength(offerings().length * 2);
		const uids = parsed.map((event) => event.uid);
		expect(new Set(uids).size).toBe(uids.length);
		for (const { institution, offering } of offerings()) {
			expect(uids).toContain(`course.${institution.id}.${offering.id}@kairos`);
			expect(uids).toContain(`deadline.${institution.id}.${offering.id}@kairos`);
		}
		const again = events(catalogueIcs(catalogue, { baseUrl, stamp: new Date() }));
		expect(again.map((event) => event.uid)).toEqual(uids);
	});

	it("dates the course all-day from its start to its end inclusive (DTEND is the day after)", () => {
		for (const { institution, offering } of offerings()) {
			const event = parsed.find(
				(candidate) => candidate.uid === `course.${institution.id}.${offering.id}@kairos`,
			);
			expect(event?.startDate.isDate).toBe(true);
			expect(event?.endDate.isDate).toBe(true);
			expect(event?.startDate.toString()).toBe(offering.start);
			const last = event?.endDate.clone();
			last?.adjust(-1, 0, 0, 0);
			expect(last?.toString()).toBe(offering.end);
		}
		const cnc = parsed.find(
			(event) => event.uid === "course.emajoe-vc.cnc-milling-autumn-2027@kairos",
		);
		expect(cnc?.endDate.toString()).toBe("2027-12-18");
	});

	it("dates the deadline on the day registration closes, as one all-day event", () => {
		for (const { institution, offering, registrationCloses } of offerings()) {
			const event = parsed.find(
				(candidate) => candidate.uid === `deadline.${institution.id}.${offering.id}@kairos`,
			);
			expect(event?.startDate.isDate).toBe(true);
			expect(event?.startDate.toString()).toBe(registrationCloses);
			expect(event?.duration.toSeconds()).toBe(24 * 60 * 60);
		}
	});

	it("names the course and school in English and describes fee, place, status and page", () => {
		const pastry = parsed.find(
			(event) => event.uid === "course.emajoe-vc.pastry-autumn-2027@kairos",
		);
		const url = `${baseUrl}/en/courses/emajoe-vc/pastry-autumn-2027`;
		expect(pastry?.summary).toBe("Pastry and cakes for small bakeries (Emajõe Vocational College)");
		expect(pastry?.location).toBe("Tartu, training kitchen");
		expect(pastry?.description).toContain("Fee: €320");
		expect(pastry?.description).toContain("Place: Tartu, training kitchen");
		expect(pastry?.description).toContain("Status: Open for registration");
		expect(pastry?.description).toContain(url);
		expect(pastry?.component.getFirstPropertyValue("url")).toBe(url);
		const deadline = parsed.find(
			(event) => event.uid === "deadline.emajoe-vc.pastry-autumn-2027@kairos",
		);
		expect(deadline?.summary).toBe(`Registration closes: ${pastry?.summary}`);
		const online = parsed.find(
			(event) => event.uid === "course.emajoe-vc.cloud-admin-autumn-2027@kairos",
		);
		expect(online?.component.hasProperty("location")).toBe(false);
		expect(online?.description).toContain("Form of study: Online");
	});

	it("marks a cancelled group CANCELLED and a confirmed one CONFIRMED, so calendars show it", () => {
		const [first] = offerings();
		if (!first) throw new Error("the demo catalogue is empty");
		const statusOf = (status: PublicOffering["status"]) =>
			events(offeringIcs({ ...first, status }, { baseUrl, stamp })).map((event) =>
				event.component.getFirstPropertyValue("status"),
			);
		expect(statusOf("cancelled")).toEqual(["CANCELLED", "CANCELLED"]);
		expect(statusOf("confirmed")).toEqual(["CONFIRMED", "CONFIRMED"]);
		expect(statusOf("open")).toEqual(["TENTATIVE", "TENTATIVE"]);
		expect(
			events(offeringIcs({ ...first, status: "cancelled" }, { baseUrl, stamp }))[0]?.description,
		).toContain("Status: Cancelled");
	});

	it("describes a course of fee 0 as free", () => {
		const [first] = offerings();
		if (!first) throw new Error("the demo catalogue is empty");
		const free = { ...first.offering, fee: { ...first.offering.fee, amount: 0 } };
		const description = (language: string) =>
			events(offeringIcs({ ...first, offering: free }, { baseUrl, stamp, language }))[0]
				?.description;
		expect(description("en")).toContain("Fee: Free");
		expect(description("et")).toContain("Hind: Tasuta");
	});

	it("writes floating dates: no time zone, the same under any TZ", () => {
		const text = catalogueIcs(catalogue, { baseUrl, stamp });
		expect(text).not.toContain("VTIMEZONE");
		expect(text).toMatch(/DTSTART;VALUE=DATE:20270927\r\n/);
		expect(text).not.toMatch(/DTSTART[^\r\n]*T\d{6}/);
	});
});

describe("offeringIcs", () => {
	it("holds the same two events for one offering only", async () => {
		const catalogue = await demoCatalogue();
		const entry = catalogue.institutions[0]?.offerings.find(
			({ offering }) => offering.id === "cnc-milling-autumn-2027",
		);
		if (!entry) throw new Error("the demo has no cnc-milling-autumn-2027");
		const parsed = events(offeringIcs(entry, { baseUrl, stamp, language: "et" }));
		expect(parsed.map((event) => event.uid)).toEqual([
			"course.emajoe-vc.cnc-milling-autumn-2027@kairos",
			"deadline.emajoe-vc.cnc-milling-autumn-2027@kairos",
		]);
		expect(parsed[0]?.startDate.toString()).toBe("2027-09-20");
		expect(parsed[0]?.description).toContain(
			`${baseUrl}/et/courses/emajoe-vc/cnc-milling-autumn-2027`,
		);
		// In Estonian: the course's own texts and the calendar's words.
		expect(parsed[0]?.summary).toBe(
			"CNC-freesimine metallitöötajatele (Emajõe Vocational College)",
		);
		expect(parsed[0]?.location).toBe("Tartu, CNC-töökoda");
		expect(parsed[0]?.description).toContain("Koht: Tartu, CNC-töökoda");
		expect(parsed[1]?.summary).toBe(`Registreerimise tähtaeg: ${parsed[0]?.summary}`);
	});
});
