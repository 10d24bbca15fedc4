import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { TODAY, useHarness } from "../../../../test/fixtures/api.ts";
import { PUBLIC_URL } from "../../../../test/fixtures/context.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import type { PlanReport } from "../../../model/report.ts";

/** The path of a feed's address under the public address. */
const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

function events(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe.each(storeTargets)("the personal task calendar on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	const feed = (url: string) => harness.app.inject({ method: "GET", url: pathOf(url) });
	const linkManagerTo = async (person: string) => {
		const admin = await harness.as("admin");
		const { items } = (await admin.request("GET", "/api/v1/accounts")).json();
		const id = items.find((account: { email: string }) => account.email === "manager@test.ee").id;
		await admin.request("PATCH", `/api/v1/accounts/${id}`, { body: { person } });
	};

	run(
		"lists the milestones your person owns, as all-day events linking to the offering",
		async () => {
			await linkManagerTo("kadri");
			const manager = await harness.as("manager");
			const response = await manager.request("GET", "/api/v1/me/calendar");
			expect(response.statusCode).toBe(200);
			expect(response.headers["cache-control"]).toBe("no-store");
			const { url } = response.json();
			expect(url).toMatch(/^https:\/\/kursused\.test\.ee\/feeds\/tasks\/[\w-]{43}\.ics$/);

			const calendar = await feed(url);
			expect(calendar.statusCode).toBe(200);
			expect(calendar.headers["content-type"]).toBe("text/calendar; charset=utf-8");
			expect(calendar.headers["cache-control"]).toBe("no-store");
			const report: PlanReport = (
				await manager.request("GET", "/api/v1/institutions/test-vc/report")
			).json();
			expect(report.today).toBe(TODAY);
			const [offering] = report.offerings;
			const owned = offering?.milestones.filter((milestone) => milestone.owner === "kadri") ?? [];
			expect(owned.map((milestone) => milestone.key)).toEqual([
				"budget-approved",
				"staff-briefed",
				"go-no-go",
			]);
			const parsed = events(calendar.body);
			expect(
				parsed.map((event) => ({
					uid: event.uid,
					summary: event.summary,
					start: event.startDate.toString(),
					allDay: event.startDate.isDate,
					url: event.component.getFirstPropertyValue("url"),
				})),
			).toEqual(
				owned.map((milestone) => ({
					uid: `mig-welding.${milestone.key}@test-vc.kairos`,
					summary: `MIG/MAG welding basics: ${milestone.label}`,
					start: milestone.due,
					allDay: true,
					url: `${PUBLIC_URL}/app/offerings/mig-welding`,
				})),
			);
		},
	);

	run("keeps the address until it is reset, after which the old one is 404", async () => {
		const viewer = await harness.as("viewer");
		const { url } = (await viewer.request("GET", "/api/v1/me/calendar")).json();
		expect((await viewer.request("GET", "/api/v1/me/calendar")).json().url).toBe(url);
		expect((await feed(url)).statusCode).toBe(200);
		const reset = await viewer.request("POST", "/api/v1/me/calendar/reset");
		expect(reset.statusCode).toBe(200);
		const fresh = reset.json().url;
		expect(fresh).not.toBe(url);
		expect((await viewer.request("GET", "/api/v1/me/calendar")).json().url).toBe(fresh);
		const old = await feed(url);
		expect(old.statusCode).toBe(404);
		expect(old.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect((await feed(fresh)).statusCode).toBe(200);
		expect((await feed(`${PUBLIC_URL}/feeds/tasks/not-a-secret.ics`)).statusCode).toBe(404);
	});

	run(
		"is an empty, valid calendar for an account linked to nobody, an administrator's too",
		async () => {
			for (const role of ["support", "admin"] as const) {
				const client = await harness.as(role);
				const { url } = (await client.request("GET", "/api/v1/me/calendar")).json();
				const calendar = await feed(url);
				expect(calendar.statusCode).toBe(200);
				const parsed = new ICAL.Component(ICAL.parse(calendar.body));
				expect(parsed.getFirstPropertyValue("x-wr-calname")).toBe(`Kairos: The ${role}`);
				expect(events(calendar.body)).toEqual([]);
			}
		},
	);
});
