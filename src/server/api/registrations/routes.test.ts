import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storedRegistration } from "../../../../test/fixtures/registrations.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { sheetContentTypes } from "../../../model/api/sheets.ts";
import { deliverQueuedMail } from "../../../service/mail-queue.ts";
import { readRegistrationsSheet, xlsxTable } from "../../../sheets/index.ts";

const base = "/api/v1/offerings/mig-welding/registrations";

describe.each(storeTargets)("registrations API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	/** The healthy offering (at most 14) filled, with two waiting. */
	async function fullGroup() {
		const ids: string[] = [];
		for (let index = 0; index < 14; index++)
			ids.push(
				await storedRegistration(
					harness.store,
					`Learner ${index}`,
					"applied",
					"2027-03-01T08:00:00.000Z",
				),
			);
		const next = await storedRegistration(
			harness.store,
			"Next One",
			"waitlisted",
			"2027-03-01T09:00:00.000Z",
			{
				waitlistOrder: 1,
			},
		);
		await storedRegistration(harness.store, "Last One", "waitlisted", "2027-03-01T10:00:00.000Z", {
			waitlistOrder: 2,
		});
		return { placed: ids, next };
	}

	run("lists, filters and counts an offering's registrations for every role", async () => {
		await fullGroup();
		const viewer = await harness.as("viewer");
		const all = await viewer.request("GET", base);
		expect(all.statusCode).toBe(200);
		expect(all.json().items).toHaveLength(16);
		expect(all.json().counts).toEqual({
			interest: 0,
			applied: 14,
			waitlisted: 2,
			enrolled: 0,
			withdrawn: 0,
		});
		expect(all.json().maxParticipants).toBe(14);
		const waiting = await viewer.request("GET", `${base}?state=waitlisted`);
		expect(
			waiting
				.json()
				.items.map((item: { name: string; waitlistPosition: number }) => [
					item.name,
					item.waitlistPosition,
				]),
		).toEqual([
			["Next One", 1],
			["Last One", 2],
		]);
		const counts = await viewer.request("GET", "/api/v1/institutions/test-vc/registration-counts");
		expect(counts.json()).toEqual({
			items: [
				{
					offering: "mig-welding",
					counts: all.json().counts,
					fill: [{ date: "2027-03-01", count: 14 }],
				},
			],
		});
		expect((await viewer.request("GET", `${base}?state=cancelled`)).statusCode).toBe(400);
		const other = await viewer.request(
			"GET",
			"/api/v1/offerings/mig-welding/registrations?institution=other-vc",
		);
		expect(other.statusCode).toBe(404);
	});

	run(
		"moves a registration on with If-Match, and a withdrawal promotes the next, who is mailed",
		async () => {
			const { placed, next } = await fullGroup();
			const support = await harness.as("support");
			const url = `${base}/${placed[0]}`;
			expect(
				(await support.request("PATCH", url, { body: { state: "enrolled" } })).statusCode,
			).toBe(428);
			expect(
				(await support.request("PATCH", url, { body: { state: "enrolled" }, ifMatch: '"7"' }))
					.statusCode,
			).toBe(412);
			const enrolled = await support.request("PATCH", url, {
				body: { state: "enrolled" },
				ifMatch: '"1"',
			});
			expect(enrolled.statusCode).toBe(200);
			expect(enrolled.headers.etag).toBe('"2"');
			expect(enrolled.json()).toMatchObject({ registration: { state: "enrolled" }, promoted: [] });

			const withdrawn = await support.request("PATCH", url, {
				body: { state: "withdrawn" },
				ifMatch: '"2"',
			});
			expect(withdrawn.json().promoted).toMatchObject([
				{ id: next, name: "Next One", state: "applied" },
			]);
			await deliverQueuedMail(harness.context);
			expect(harness.mails()).toHaveLength(1);
			expect(harness.mails()[0]).toMatch(/^To: next\.one@example\.ee/m);

			const back = await support.request("PATCH", url, {
				body: { state: "enrolled" },
				ifMatch: '"3"',
			});
			expect(back.statusCode).toBe(409);
			expect(back.headers["content-type"]).toMatch(/^application\/problem\+json/);
			expect(back.json().detail).toBe("cannot go from withdrawn to enrolled");
			const viewer = await harness.as("viewer");
			expect(
				(await viewer.request("PATCH", url, { body: { state: "applied" }, ifMatch: '"3"' }))
					.statusCode,
			).toBe(403);
		},
	);

	run("adds by hand and promotes the next on the waitlist", async () => {
		await fullGroup();
		const manager = await harness.as("manager");
		const added = await manager.request("POST", base, {
			body: { name: "Mari Maasikas", email: "mari@example.ee", phone: "+372 5555 1234" },
		});
		expect(added.statusCode).toBe(201);
		expect(added.json()).toMatchObject({
			state: "waitlisted",
			waitlistPosition: 3,
			source: "staff",
		});
		const invalid = await manager.request("POST", base, { body: { name: "Mari", email: "x" } });
		expect(invalid.statusCode).toBe(400);
		const promoted = await manager.request("POST", `${base}/promote`);
		expect(promoted.statusCode).toBe(200);
		expect(promoted.json()).toMatchObject({ name: "Next One", state: "applied" });
		await manager.request("POST", `${base}/promote`);
		await manager.request("POST", `${base}/promote`);
		const empty = await manager.request("POST", `${base}/promote`);
		expect(empty.statusCode).toBe(409);
	});

	run("imports a sheet whole or not at all, and exports a workbook that reads back", async () => {
		const manager = await harness.as("manager");
		const importSheet = (csv: string) =>
			manager.request("POST", `${base}/import`, {
				payload: csv,
				headers: { "content-type": "text/csv; charset=utf-8" },
			});
		const good = await importSheet(
			"name,email,phone,state,date\nMari Maasikas,mari@example.ee,,applied,2027-02-20\nJaan Tamm,jaan@example.ee,+372 5555 0001,enrolled,2027-02-21\n",
		);
		expect(good.statusCode).toBe(200);
		expect(good.json()).toEqual({ added: 2, updated: 0, unchanged: 0 });

		const bad = await importSheet(
			"name,email,state\nMari Maasikas,mari@example.ee,enrolled\nJaan Tamm,jaan@example.ee,applied\nNew Person,new@example.ee,cancelled\n",
		);
		expect(bad.statusCode).toBe(400);
		expect(bad.json()).toMatchObject({
			detail: "the sheet has problems: nothing was imported",
			errors: [
				{ path: "row 4, column state (C)", message: expect.stringContaining('"cancelled"') },
			],
		});
		const refused = await importSheet(
			"name,email,state\nMari Maasikas,mari@example.ee,enrolled\nJaan Tamm,jaan@example.ee,applied\n",
		);
		expect(refused.json().errors).toEqual([
			{
				path: "row 3, column state (C)",
				message: "jaan@example.ee: cannot go from enrolled to applied",
			},
		]);
		const listed = (await manager.request("GET", base)).json();
		expect(listed.counts).toMatchObject({ applied: 1, enrolled: 1 });

		const workbook = await manager.request(
			"GET",
			"/api/v1/offerings/mig-welding/registrations.xlsx",
		);
		expect(workbook.statusCode).toBe(200);
		expect(workbook.headers["content-type"]).toBe(sheetContentTypes.xlsx);
		expect(workbook.headers["content-disposition"]).toBe(
			'attachment; filename="mig-welding-registrations.xlsx"',
		);
		const sheet = readRegistrationsSheet(await xlsxTable(workbook.rawPayload, "registrations"));
		expect(sheet.ok && sheet.rows.map((row) => [row.email, row.state, row.date]).sort()).toEqual([
			["jaan@example.ee", "enrolled", "2027-02-21"],
			["mari@example.ee", "applied", "2027-02-20"],
		]);
		expect(
			(
				await manager.request("POST", `${base}/import`, {
					payload: "name,email\n",
					headers: { "content-type": "text/plain" },
				})
			).statusCode,
		).toBe(415);
	});
});
