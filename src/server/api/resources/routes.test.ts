import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";

describe.each(storeTargets)("resource API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);
	const base = "/api/v1/institutions/test-vc";

	/** Adds the course "cnc-basics" as the manager; answers its ETag. */
	async function createCourse(): Promise<string> {
		const manager = await harness.as("manager");
		const created = await manager.request("POST", `${base}/offerings`, {
			body: healthyOffering({ id: "cnc-basics", title: "CNC basics" }),
		});
		expect(created.statusCode).toBe(201);
		return created.headers.etag as string;
	}

	run(
		"creates an offering with 201, a Location and an ETag, and refuses its id twice",
		async () => {
			const manager = await harness.as("manager");
			const plan = await manager.request("GET", `${base}/plan`);
			const created = await manager.request("POST", `${base}/offerings`, {
				body: healthyOffering({ id: "cnc-basics", title: "CNC basics" }),
			});
			expect(created.statusCode).toBe(201);
			expect(created.headers.location).toBe(`${base}/offerings/cnc-basics`);
			// A resource's version is the plan version of the write that made it.
			expect(created.headers.etag).toBe(`"${Number(JSON.parse(plan.headers.etag as string)) + 1}"`);
			const again = await manager.request("POST", `${base}/offerings`, {
				body: healthyOffering({ id: "cnc-basics" }),
			});
			expect(again.statusCode).toBe(409);
			const read = await manager.request("GET", `${base}/offerings/cnc-basics`);
			expect(read.json().title).toBe("CNC basics");
			expect(read.headers.etag).toBe(created.headers.etag);
		},
	);

	run("reports bad fields relative to the resource and unknown references", async () => {
		const manager = await harness.as("manager");
		const response = await manager.request("POST", `${base}/offerings`, {
			body: { ...healthyOffering({ id: "broken" }), start: "2027-13-01", colour: "red" },
		});
		expect(response.statusCode).toBe(400);
		expect(response.json().errors).toEqual([
			{ path: "colour", message: "is not a known field" },
			{ path: "start", message: '"2027-13-01" is not a date' },
		]);
		const unknownIntake = await manager.request("POST", `${base}/offerings`, {
			body: healthyOffering({ id: "orphan", intake: "winter-2030" }),
		});
		expect(unknownIntake.statusCode).toBe(400);
		expect(unknownIntake.json().errors).toEqual([
			{ path: "intake", message: '"winter-2030" is not an intake' },
		]);
	});

	run(
		"reports a patch's unknown reference relative to the offering, as the editor maps it",
		async () => {
			const manager = await harness.as("manager");
			const read = await manager.request("GET", `${base}/offerings/mig-welding`);
			const response = await manager.request("PATCH", `${base}/offerings/mig-welding`, {
				body: { pathways: [{ qualification: "welder-9" }] },
				ifMatch: read.headers.etag as string,
			});
			expect(response.statusCode).toBe(400);
			expect(response.json().code).toBe("validation_failed");
			expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([
				"pathways[0].qualification",
			]);
		},
	);

	run("patches with a merge patch only at the current version", async () => {
		await createCourse();
		const marketing = await harness.as("marketing");
		const read = await marketing.request("GET", `${base}/offerings/cnc-basics`);
		const patch = (ifMatch: string | undefined, body: unknown) =>
			marketing.request("PATCH", `${base}/offerings/cnc-basics`, {
				body,
				...(ifMatch !== undefined && { ifMatch }),
			});
		expect((await patch(undefined, { title: "x" })).statusCode).toBe(428);
		// A weak ETag never matches a change (RFC 9110): only the resource's own one does.
		expect((await patch(`W/${read.headers.etag}`, { title: "x" })).statusCode).toBe(412);
		const ok = await patch(read.headers.etag as string, {
			publication: "2027-03-08",
			contact: null,
		});
		expect(ok.statusCode).toBe(200);
		expect(ok.headers.etag).not.toBe(read.headers.etag);
		expect(ok.json().publication).toBe("2027-03-08");
		expect(ok.json().contact).toBeUndefined();
		expect((await patch(read.headers.etag as string, { title: "lost update" })).statusCode).toBe(
			412,
		);
		expect((await patch(ok.headers.etag as string, { id: "renamed" })).statusCode).toBe(400);
	});

	run(
		"writes nothing for a patch that changes nothing: the ETag stays, no audit entry is made",
		async () => {
			const created = await createCourse();
			const manager = await harness.as("manager");
			const plan = async () => (await manager.request("GET", `${base}/plan`)).headers.etag;
			const audit = async () => (await manager.request("GET", `${base}/audit`)).json().items;
			const [planTag, entries] = [await plan(), await audit()];
			const patch = (ifMatch: string, body: unknown) =>
				manager.request("PATCH", `${base}/offerings/cnc-basics`, { body, ifMatch });
			for (const body of [{}, { title: "CNC basics", start: healthyOffering().start }]) {
				const same = await patch(created, body);
				expect(same.statusCode).toBe(200);
				expect(same.headers.etag).toBe(created);
				expect(same.json()).toEqual(
					(await manager.request("GET", `${base}/offerings/cnc-basics`)).json(),
				);
			}
			expect(await plan()).toBe(planTag);
			expect(await audit()).toEqual(entries);
			// A stale ETag is refused all the same: the caller did not see the offering there is.
			expect((await patch('"999"', {})).statusCode).toBe(412);
		},
	);

	run("refuses to delete an intake that offerings still use, naming them", async () => {
		const manager = await harness.as("manager");
		const intake = await manager.request("GET", `${base}/intakes/autumn-2027`);
		// A stale ETag is told as stale, before anything about what refers to the intake.
		expect(
			(await manager.request("DELETE", `${base}/intakes/autumn-2027`, { ifMatch: '"0"' }))
				.statusCode,
		).toBe(412);
		const response = await manager.request("DELETE", `${base}/intakes/autumn-2027`, {
			ifMatch: intake.headers.etag as string,
		});
		expect(response.statusCode).toBe(409);
		expect(response.json().errors).toContainEqual({
			path: "offerings[0] (mig-welding).intake",
			message: '"autumn-2027" is not an intake',
		});
	});

	run("deletes at the current version and then answers 404", async () => {
		await createCourse();
		const manager = await harness.as("manager");
		const read = await manager.request("GET", `${base}/offerings/cnc-basics`);
		expect(
			(await manager.request("DELETE", `${base}/offerings/cnc-basics`, { ifMatch: '"0"' }))
				.statusCode,
		).toBe(412);
		expect(
			(
				await manager.request("DELETE", `${base}/offerings/cnc-basics`, {
					ifMatch: read.headers.etag as string,
				})
			).statusCode,
		).toBe(204);
		expect((await manager.request("GET", `${base}/offerings/cnc-basics`)).statusCode).toBe(404);
	});

	run("records creation, change and deletion in the audit log", async () => {
		const manager = await harness.as("manager");
		const created = await createCourse();
		const changed = await manager.request("PATCH", `${base}/offerings/cnc-basics`, {
			body: { publication: "2027-03-08" },
			ifMatch: created,
		});
		expect(changed.statusCode).toBe(200);
		expect(
			(
				await manager.request("DELETE", `${base}/offerings/cnc-basics`, {
					ifMatch: changed.headers.etag as string,
				})
			).statusCode,
		).toBe(204);
		const entries = (await manager.request("GET", `${base}/audit?limit=20`)).json().items as {
			action: string;
			entity: string;
			entityId: string;
			before: { title?: string } | null;
			after: { title?: string } | null;
		}[];
		const forCourse = entries
			.filter((entry) => entry.entityId === "cnc-basics")
			.map((entry) => entry.action);
		expect(forCourse).toEqual(["delete", "update", "create"]);
		const update = entries.find(
			(entry) => entry.entityId === "cnc-basics" && entry.action === "update",
		);
		expect(update?.before?.title).toBe("CNC basics");
		expect(update?.after).toMatchObject({ publication: "2027-03-08" });
		expect(entries.find((entry) => entry.action === "delete")?.after).toBeNull();
	});

	run("pages through a list in plan order", async () => {
		const manager = await harness.as("manager");
		for (const id of ["a-1", "a-2", "a-3"]) {
			expect(
				(await manager.request("POST", `${base}/offerings`, { body: healthyOffering({ id }) }))
					.statusCode,
			).toBe(201);
		}
		const first = (await manager.request("GET", `${base}/offerings?limit=2`)).json();
		expect(first.items.map((offering: { id: string }) => offering.id)).toEqual([
			"mig-welding",
			"a-1",
		]);
		const second = (
			await manager.request("GET", `${base}/offerings?limit=2&after=${first.next}`)
		).json();
		expect(second.items.map((offering: { id: string }) => offering.id)).toEqual(["a-2", "a-3"]);
		expect(second.next).toBeUndefined();
		const listed = await manager.request("GET", `${base}/offerings?limit=2`);
		expect(listed.headers.etag).toMatch(/^W\/"\d+"$/);
		const unchanged = await manager.request("GET", `${base}/offerings?limit=2`, {
			headers: { "if-none-match": listed.headers.etag as string },
		});
		expect(unchanged.statusCode).toBe(304);
		// Compared weakly, in a list, or as the strong form: each holds the current version.
		const strong = String(listed.headers.etag).replace(/^W\//, "");
		for (const header of [strong, `"0", ${listed.headers.etag}`, "*"]) {
			const again = await manager.request("GET", `${base}/offerings?limit=2`, {
				headers: { "if-none-match": header },
			});
			expect(again.statusCode, header).toBe(304);
		}
	});

	run("manages people, intakes, qualifications and templates the same way", async () => {
		const manager = await harness.as("manager");
		const person = {
			id: "peeter",
			name: "Peeter Mets",
			email: "peeter@test.ee",
			roles: ["support"],
		};
		expect((await manager.request("POST", `${base}/people`, { body: person })).statusCode).toBe(
			201,
		);
		const template = {
			id: "short",
			milestones: [
				{ key: "flyers", role: "marketing", anchor: "start", offset: "-3w", effortHours: 2 },
			],
		};
		expect(
			(await manager.request("POST", `${base}/templates`, { body: template })).statusCode,
		).toBe(201);
		const pedagogy = await harness.as("pedagogy");
		const qualification = {
			id: "cook-3",
			title: "Cook",
			level: { eqf: 3 },
			credits: { value: 60, unit: "EKAP" },
		};
		expect(
			(await pedagogy.request("POST", `${base}/qualifications`, { body: qualification }))
				.statusCode,
		).toBe(201);
		const plan = (await manager.request("GET", `${base}/plan`)).json();
		expect(plan.institution.people.at(-1)).toEqual(person);
		expect(plan.templates).toEqual([template]);
		expect(plan.qualifications.at(-1)).toEqual(qualification);
	});

	run("never lets an old ETag match again after the plan is replaced", async () => {
		const manager = await harness.as("manager");
		const marketing = await harness.as("marketing");
		const first = await marketing.request("GET", `${base}/offerings/mig-welding`);
		const plan = await manager.request("GET", `${base}/plan`);
		const replaced = await manager.request("PUT", `${base}/plan`, {
			body: plan.json(),
			ifMatch: plan.headers.etag as string,
		});
		expect(replaced.statusCode).toBe(200);
		// Someone else changes the offering once after the replacement.
		const reread = await manager.request("GET", `${base}/offerings/mig-welding`);
		const theirs = await manager.request("PATCH", `${base}/offerings/mig-welding`, {
			body: { location: "Tartu" },
			ifMatch: reread.headers.etag as string,
		});
		expect(theirs.statusCode).toBe(200);
		for (const etag of [first.headers.etag, reread.headers.etag])
			expect(theirs.headers.etag).not.toBe(etag);
		// The ETag read before the replacement is stale: the change made since is not lost.
		const stale = await marketing.request("PATCH", `${base}/offerings/mig-welding`, {
			body: { location: "Võru" },
			ifMatch: first.headers.etag as string,
		});
		expect(stale.statusCode).toBe(412);
		expect((await marketing.request("GET", `${base}/offerings/mig-welding`)).json().location).toBe(
			"Tartu",
		);
	});

	run("never lets an old ETag match a resource deleted and created again with its id", async () => {
		const manager = await harness.as("manager");
		const created = await createCourse();
		expect(
			(await manager.request("DELETE", `${base}/offerings/cnc-basics`, { ifMatch: created }))
				.statusCode,
		).toBe(204);
		const recreated = await createCourse();
		expect(recreated).not.toBe(created);
		const stale = await manager.request("PATCH", `${base}/offerings/cnc-basics`, {
			body: { title: "overwritten" },
			ifMatch: created,
		});
		expect(stale.statusCode).toBe(412);
	});

	run(
		"answers registrations counted twice on one date with a 400 that names the date",
		async () => {
			const manager = await harness.as("manager");
			const read = await manager.request("GET", `${base}/offerings/mig-welding`);
			const response = await manager.request("PATCH", `${base}/offerings/mig-welding`, {
				body: {
					registrations: [
						{ date: "2027-01-01", count: 1 },
						{ date: "2027-01-01", count: 2 },
					],
				},
				ifMatch: read.headers.etag as string,
			});
			expect(response.statusCode).toBe(400);
			expect(response.json().errors).toEqual([
				{
					path: "registrations[1].date",
					message: '"2027-01-01" is given twice: one count per date',
				},
			]);
		},
	);
});
