import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { TODAY, useHarness } from "../../../../test/fixtures/api.ts";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { plan as plainEngine } from "../../../engine/plan.ts";
import { planWithHolidays as runEngine } from "../../../holidays/plan-with-holidays.ts";
import { serializePlan } from "../../../model/serialize.ts";

describe.each(storeTargets)("plan, report and audit API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	run("lists only the institutions you belong to, and all for an administrator", async () => {
		const manager = await harness.as("manager");
		expect(
			(await manager.request("GET", "/api/v1/institutions"))
				.json()
				.items.map((entry: { id: string }) => entry.id),
		).toEqual(["test-vc"]);
		const admin = await harness.as("admin");
		expect(
			(await admin.request("GET", "/api/v1/institutions"))
				.json()
				.items.map((entry: { id: string }) => entry.id),
		).toEqual(["other-vc", "test-vc"]);
	});

	run("gives each institution its time zone, languages and today, for the staff app", async () => {
		const viewer = await harness.as("viewer");
		const { items } = (await viewer.request("GET", "/api/v1/institutions")).json();
		expect(items).toEqual([
			{
				id: "test-vc",
				name: "Test Vocational College",
				planVersion: expect.any(Number),
				offerings: 1,
				timezone: "Europe/Tallinn",
				languages: ["et", "en"],
				today: TODAY,
			},
		]);
	});

	run("exports the plan as JSON or YAML with an ETag", async () => {
		const viewer = await harness.as("viewer");
		const json = await viewer.request("GET", "/api/v1/institutions/test-vc/plan");
		expect(json.statusCode).toBe(200);
		expect(json.headers.etag).toMatch(/^"\d+"$/);
		expect(json.json()).toEqual(healthyPlan());
		const yaml = await viewer.request("GET", "/api/v1/institutions/test-vc/plan", {
			headers: { accept: "application/yaml" },
		});
		expect(yaml.headers["content-type"]).toMatch(/^application\/yaml/);
		expect(YAML.parse(yaml.body)).toEqual(healthyPlan());
	});

	run("hides other institutions as not found", async () => {
		const manager = await harness.as("manager");
		const response = await manager.request("GET", "/api/v1/institutions/other-vc/plan");
		expect(response.statusCode).toBe(404);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
	});

	run(
		"replaces the plan from YAML only with the current ETag, and export then import loses nothing",
		async () => {
			const manager = await harness.as("manager");
			const before = await manager.request("GET", "/api/v1/institutions/test-vc/plan");
			const changed = healthyPlan();
			changed.offerings = [
				{
					...(changed.offerings[0] as (typeof changed.offerings)[number]),
					title: "MIG/MAG welding, evening group",
				},
			];
			const put = (ifMatch?: string) =>
				manager.request("PUT", "/api/v1/institutions/test-vc/plan", {
					payload: serializePlan(changed, "yaml"),
					headers: { "content-type": "application/yaml" },
					...(ifMatch !== undefined && { ifMatch }),
				});
			expect((await put()).statusCode).toBe(428);
			expect((await put('"999"')).statusCode).toBe(412);
			const ok = await put(before.headers.etag as string);
			expect(ok.statusCode).toBe(200);
			expect(ok.headers.etag).not.toBe(before.headers.etag);
			expect((await put(before.headers.etag as string)).statusCode).toBe(412);
			const exported = await manager.request("GET", "/api/v1/institutions/test-vc/plan");
			expect(exported.json()).toEqual(changed);
		},
	);

	run(
		"writes nothing when the plan put is the stored one: every ETag stays, no audit entry is made",
		async () => {
			const manager = await harness.as("manager");
			const url = "/api/v1/institutions/test-vc/plan";
			const offering = "/api/v1/institutions/test-vc/offerings/mig-welding";
			const audit = async () =>
				(await manager.request("GET", "/api/v1/institutions/test-vc/audit")).json().items;
			const current = await manager.request("GET", url);
			const offeringTag = (await manager.request("GET", offering)).headers.etag;
			const entries = await audit();
			const put = (ifMatch: string) =>
				manager.request("PUT", url, { body: current.json(), ifMatch });
			const same = await put(current.headers.etag as string);
			expect(same.statusCode).toBe(200);
			expect(same.json()).toEqual({
				planVersion: Number(JSON.parse(current.headers.etag as string)),
			});
			expect(same.headers.etag).toBe(current.headers.etag);
			expect((await manager.request("GET", url)).headers.etag).toBe(current.headers.etag);
			expect((await manager.request("GET", offering)).headers.etag).toBe(offeringTag);
			expect(await audit()).toEqual(entries);
			// A stale ETag is refused all the same: the caller did not see the plan there is.
			expect((await put('"999"')).statusCode).toBe(412);
		},
	);

	run("rejects an invalid plan with every problem and its path, changing nothing", async () => {
		const manager = await harness.as("manager");
		const current = await manager.request("GET", "/api/v1/institutions/test-vc/plan");
		const broken = {
			...current.json(),
			offerings: [{ ...current.json().offerings[0], start: "2027-02-30", intake: "nope" }],
		};
		const response = await manager.request("PUT", "/api/v1/institutions/test-vc/plan", {
			body: broken,
			ifMatch: current.headers.etag as string,
		});
		expect(response.statusCode).toBe(400);
		expect(response.json().errors).toEqual([
			{ path: "offerings[0] (mig-welding).intake", message: '"nope" is not an intake' },
			{ path: "offerings[0] (mig-welding).start", message: '"2027-02-30" is not a date' },
		]);
		expect((await manager.request("GET", "/api/v1/institutions/test-vc/plan")).body).toBe(
			current.body,
		);
	});

	run("gives the engine's report for the server's today, or a chosen day", async () => {
		const viewer = await harness.as("viewer");
		const plan = (await viewer.request("GET", "/api/v1/institutions/test-vc/plan")).json();
		const report = await viewer.request("GET", "/api/v1/institutions/test-vc/report");
		expect(report.statusCode).toBe(200);
		expect(report.json()).toEqual(runEngine(plan, { today: TODAY }));
		const later = await viewer.request(
			"GET",
			"/api/v1/institutions/test-vc/report?today=2027-09-01",
		);
		expect(later.json().today).toBe("2027-09-01");
		expect(
			(await viewer.request("GET", "/api/v1/institutions/test-vc/report?today=2027-02-30"))
				.statusCode,
		).toBe(400);
		const again = await viewer.request("GET", "/api/v1/institutions/test-vc/report", {
			headers: { "if-none-match": report.headers.etag as string },
		});
		expect(again.statusCode).toBe(304);
	});

	run("records who changed what, with before and after", async () => {
		const manager = await harness.as("manager");
		const current = await manager.request("GET", "/api/v1/institutions/test-vc/plan");
		const changed = healthyPlan();
		changed.offerings = [
			{
				...(changed.offerings[0] as (typeof changed.offerings)[number]),
				title: "MIG/MAG welding, evening group",
			},
		];
		const replaced = await manager.request("PUT", "/api/v1/institutions/test-vc/plan", {
			body: changed,
			ifMatch: current.headers.etag as string,
		});
		expect(replaced.statusCode).toBe(200);
		const audit = await manager.request("GET", "/api/v1/institutions/test-vc/audit?limit=5");
		expect(audit.statusCode).toBe(200);
		const [latest] = audit.json().items;
		expect(latest).toMatchObject({ action: "replace", entity: "plan", entityId: "test-vc" });
		expect(latest.actor).toMatch(/^account:/);
		expect(latest.before.offerings[0].title).toBe("MIG/MAG welding basics");
		expect(latest.after.offerings[0].title).toBe("MIG/MAG welding, evening group");
	});

	run(
		"refuses If-None-Match: * when the plan exists, and creates it when it does not",
		async () => {
			const admin = await harness.as("admin");
			const plan = (await admin.request("GET", "/api/v1/institutions/test-vc/plan")).json();
			const create = (id: string) =>
				admin.request("PUT", `/api/v1/institutions/${id}/plan`, {
					body: { ...plan, institution: { ...plan.institution, id } },
					headers: { "if-none-match": "*" },
				});
			const existing = await create("test-vc");
			expect(existing.statusCode).toBe(412);
			expect(existing.json().code).toBe("precondition_failed");
			expect((await admin.request("GET", "/api/v1/institutions/test-vc/plan")).json()).toEqual(
				plan,
			);
			const created = await create("new-vc");
			expect(created.statusCode).toBe(200);
			expect((await admin.request("GET", "/api/v1/institutions/new-vc/plan")).statusCode).toBe(200);
			// A manager may not create institutions: their own exists, another is not theirs.
			const manager = await harness.as("manager");
			const managerCreate = await manager.request("PUT", "/api/v1/institutions/test-vc/plan", {
				body: plan,
				headers: { "if-none-match": "*" },
			});
			expect(managerCreate.statusCode).toBe(412);
		},
	);

	run(
		"gives the public holidays the engine needs, so a browser plans exactly as the server",
		async () => {
			const viewer = await harness.as("viewer");
			const plan = (await viewer.request("GET", "/api/v1/institutions/test-vc/plan")).json();
			const holidays = await viewer.request("GET", "/api/v1/institutions/test-vc/holidays");
			expect(holidays.statusCode).toBe(200);
			const { items } = holidays.json();
			expect(items).toContainEqual({ date: "2027-02-24", name: "Independence Day" });
			expect(items).toContainEqual({ date: "2027-12-24", name: "Christmas Eve" });
			const report = await viewer.request("GET", "/api/v1/institutions/test-vc/report");
			expect(plainEngine(plan, { today: TODAY, holidays: items })).toEqual(report.json());
			expect(
				(await viewer.request("GET", "/api/v1/institutions/other-vc/holidays")).statusCode,
			).toBe(404);
		},
	);

	run(
		"creates an institution once when ten administrators create it at the same moment",
		async () => {
			const admin = await harness.as("admin");
			const plan = (await admin.request("GET", "/api/v1/institutions/test-vc/plan")).json();
			const body = { ...plan, institution: { ...plan.institution, id: "new-school" } };
			const answers = await Promise.all(
				Array.from({ length: 10 }, () =>
					admin.request("PUT", "/api/v1/institutions/new-school/plan", {
						body,
						headers: { "if-none-match": "*" },
					}),
				),
			);
			const statuses = answers.map((answer) => answer.statusCode).sort();
			expect(statuses).toEqual([200, ...Array(9).fill(412)]);
			expect((await admin.request("GET", "/api/v1/institutions/new-school/plan")).json()).toEqual(
				body,
			);
		},
	);
});
