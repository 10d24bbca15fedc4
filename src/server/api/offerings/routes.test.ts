import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";

describe.each(storeTargets)("offerings and milestones API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	run("finds an offering of your institution by its id alone", async () => {
		const support = await harness.as("support");
		const response = await support.request("GET", "/api/v1/offerings/mig-welding");
		expect(response.statusCode).toBe(200);
		expect(response.json().id).toBe("mig-welding");
		// Both institutions have "mig-welding": an administrator must say which.
		const admin = await harness.as("admin");
		expect((await admin.request("GET", "/api/v1/offerings/mig-welding")).statusCode).toBe(409);
		expect(
			(await admin.request("GET", "/api/v1/offerings/mig-welding?institution=other-vc")).statusCode,
		).toBe(200);
		// Staff naming another school get a 404, never their own school's offering of that id.
		const other = await support.request(
			"GET",
			"/api/v1/offerings/mig-welding?institution=other-vc",
		);
		expect(other.statusCode).toBe(404);
		expect(
			(await support.request("GET", "/api/v1/offerings/mig-welding?institution=test-vc"))
				.statusCode,
		).toBe(200);
	});

	run("records a milestone's progress and shows it in the report", async () => {
		const support = await harness.as("support");
		const offering = await support.request("GET", "/api/v1/offerings/mig-welding");
		const response = await support.request(
			"PATCH",
			"/api/v1/offerings/mig-welding/milestones/content-approved",
			{
				body: { status: "done", doneOn: "2027-02-18", note: "approved by the department" },
				ifMatch: offering.headers.etag as string,
			},
		);
		expect(response.statusCode).toBe(200);
		expect(response.json()).toEqual({
			offering: "mig-welding",
			key: "content-approved",
			status: "done",
			doneOn: "2027-02-18",
			note: "approved by the department",
		});
		const report = (await support.request("GET", "/api/v1/institutions/test-vc/report")).json();
		const milestone = report.offerings[0].milestones.find(
			(entry: { key: string }) => entry.key === "content-approved",
		);
		expect(milestone.status).toBe("done");
		const moved = await support.request(
			"PATCH",
			"/api/v1/offerings/mig-welding/milestones/go-no-go",
			{ body: { due: "2027-09-03", owner: "kadri" }, ifMatch: response.headers.etag as string },
		);
		expect(moved.statusCode).toBe(200);
		expect(moved.json()).toEqual({
			offering: "mig-welding",
			key: "go-no-go",
			status: "todo",
			owner: "kadri",
			due: "2027-09-03",
		});
		const after = (await support.request("GET", "/api/v1/institutions/test-vc/report")).json();
		expect(
			after.offerings[0].milestones.find((entry: { key: string }) => entry.key === "go-no-go"),
		).toMatchObject({ due: "2027-09-03", owner: "kadri", override: { computed: "2027-09-08" } });
		const badDate = await support.request(
			"PATCH",
			"/api/v1/offerings/mig-welding/milestones/go-no-go",
			{ body: { due: "2027-02-30" }, ifMatch: moved.headers.etag as string },
		);
		expect(badDate.statusCode).toBe(400);
		expect(badDate.body).toContain("due");
		const unknown = await support.request(
			"PATCH",
			"/api/v1/offerings/mig-welding/milestones/launch-party",
			{
				body: { status: "done" },
				ifMatch: moved.headers.etag as string,
			},
		);
		expect(unknown.statusCode).toBe(404);
	});

	run("lets exactly one of two concurrent changes with the same ETag through", async () => {
		const manager = await harness.as("manager");
		const marketing = await harness.as("marketing");
		const { etag } = (await manager.request("GET", "/api/v1/offerings/mig-welding")).headers;
		const results = await Promise.all([
			manager.request("PATCH", "/api/v1/offerings/mig-welding/milestones/go-no-go", {
				body: { status: "doing" },
				ifMatch: etag as string,
			}),
			marketing.request("PATCH", "/api/v1/offerings/mig-welding", {
				body: { title: "Welding, renamed" },
				ifMatch: etag as string,
			}),
		]);
		expect(results.map((response) => response.statusCode).sort()).toEqual([200, 412]);
	});
});
