import { describe, expect, it } from "vitest";
import { type Client, useHarness } from "../../../../test/fixtures/api.ts";
import { addRegistrants, manyRegistrants } from "../../../../test/fixtures/registrants.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { followThroughJob } from "../../../service/jobs/follow-through-job.ts";

const offering = "/api/v1/offerings/mig-welding";
const decision = `${offering}/decision`;

describe.each(storeTargets)("the go/no-go decision API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	/** Releases the fixture's course into the catalogue; returns the manager and the new ETag. */
	async function released(): Promise<{ manager: Client; etag: string }> {
		const manager = await harness.as("manager");
		const read = await manager.request("GET", offering);
		const patched = await manager.request("PATCH", offering, {
			body: { released: true },
			ifMatch: read.headers.etag as string,
		});
		expect(patched.statusCode).toBe(200);
		return { manager, etag: patched.headers.etag as string };
	}

	const page = async () =>
		(await harness.app.inject({ method: "GET", url: "/en/courses/test-vc/mig-welding" })).body;
	const calendar = async () =>
		(await harness.app.inject({ method: "GET", url: "/courses/test-vc/mig-welding.ics?lang=en" }))
			.body;

	run(
		"records a no-go: the course page and its calendar say cancelled on the next request",
		async () => {
			const { manager, etag } = await released();
			expect(await page()).toContain('class="status status-planned"');
			const recorded = await manager.request("POST", decision, {
				body: { outcome: "no-go", reason: "four of eight registered" },
				ifMatch: etag,
			});
			expect(recorded.statusCode).toBe(200);
			expect(recorded.json()).toEqual({
				offering: "mig-welding",
				decision: {
					outcome: "no-go",
					reason: "four of eight registered",
					decidedBy: "manager@test.ee",
					decidedOn: "2027-03-01",
				},
				followThrough: { state: "pending" },
			});
			const after = await manager.request("GET", offering);
			expect(after.headers.etag).toBe(recorded.headers.etag);
			expect(after.json().milestoneStatus["go-no-go"]).toEqual({
				status: "done",
				doneOn: "2027-03-01",
			});
			expect(await page()).toContain(
				'<p class="status status-cancelled"><strong>Cancelled</strong> <span>This group will not run.</span></p>',
			);
			expect(await calendar()).toContain("STATUS:CANCELLED");
			expect(await page()).not.toContain('action="/en/courses/test-vc/mig-welding/interest"');
			expect((await harness.app.inject({ method: "GET", url: "/en/" })).body).toContain(
				"status-cancelled",
			);
		},
	);

	run("confirms a group with go, CONFIRMED in its calendar", async () => {
		const { manager, etag } = await released();
		const recorded = await manager.request("POST", decision, {
			body: { outcome: "go" },
			ifMatch: etag,
		});
		expect(recorded.statusCode).toBe(200);
		expect(await page()).toContain('class="status status-confirmed"');
		expect(await page()).toContain('action="/en/courses/test-vc/mig-welding/interest"');
		expect(await calendar()).toContain("STATUS:CONFIRMED");
	});

	run(
		"postpones to the next intake's course it makes, and the page says where it moved",
		async () => {
			const { manager, etag } = await released();
			const recorded = await manager.request("POST", decision, {
				body: { outcome: "postpone" },
				ifMatch: etag,
			});
			expect(recorded.statusCode).toBe(200);
			expect(recorded.json()).toMatchObject({
				decision: { outcome: "postpone", into: "mig-welding-spring-2028" },
				created: "mig-welding-spring-2028",
			});
			expect(
				(await manager.request("GET", "/api/v1/offerings/mig-welding-spring-2028")).json(),
			).toMatchObject({
				intake: "spring-2028",
				start: "2028-02-21",
			});
			expect(await page()).toContain(
				'<p class="status status-postponed"><strong>Postponed</strong> <span>This group will not run: the course moved to <span lang="et">MIG/MAG welding basics</span> <small class="translation">(in Estonian)</small>, starting 21 February 2028.</span></p>',
			);
			expect((await calendar()).replace(/\r\n[ \t]/g, "")).toContain(
				"Moved to MIG/MAG welding basics\\, starting 2028-02-21",
			);
		},
	);

	run(
		"shows the follow-through's progress: pending, then done with the mails it queued",
		async () => {
			const { manager, etag } = await released();
			await addRegistrants(harness.store, "test-vc", "mig-welding", manyRegistrants(3));
			await manager.request("POST", decision, { body: { outcome: "go" }, ifMatch: etag });
			expect((await manager.request("GET", decision)).json().followThrough).toEqual({
				state: "pending",
			});
			await followThroughJob.run(harness.context);
			const viewer = await harness.as("viewer");
			expect((await viewer.request("GET", decision)).json().followThrough).toEqual({
				state: "done",
				completedAt: "2027-03-01T08:00:00.000Z",
				mails: 3,
				moved: 0,
			});
		},
	);

	run(
		"needs If-Match with the current ETag, a body that says where a merge goes, and a new outcome",
		async () => {
			const { manager, etag } = await released();
			const missing = await manager.request("POST", decision, { body: { outcome: "go" } });
			expect(missing.statusCode).toBe(428);
			const stale = await manager.request("POST", decision, {
				body: { outcome: "go" },
				ifMatch: '"1"',
			});
			expect(stale.statusCode).toBe(412);
			const merge = await manager.request("POST", decision, {
				body: { outcome: "merge" },
				ifMatch: etag,
			});
			expect(merge.statusCode).toBe(400);
			expect(merge.json().errors).toEqual([
				{ path: "into", message: "is required to merge: the offering the course merges into" },
			]);
			const first = await manager.request("POST", decision, {
				body: { outcome: "go" },
				ifMatch: etag,
			});
			const again = await manager.request("POST", decision, {
				body: { outcome: "go" },
				ifMatch: first.headers.etag as string,
			});
			expect(again.statusCode).toBe(409);
			expect(again.json().detail).toBe(
				'offering "mig-welding" is already decided "go" on 2027-03-01 by manager@test.ee',
			);
			const elsewhere = await manager.request(
				"POST",
				"/api/v1/offerings/mig-welding/decision?institution=other-vc",
				{
					body: { outcome: "go" },
					ifMatch: etag,
				},
			);
			expect(elsewhere.statusCode).toBe(404);
		},
	);

	run("lets only managers and administrators decide", async () => {
		const read = await (await harness.as("marketing")).request("GET", offering);
		const refused = await (await harness.as("marketing")).request("POST", decision, {
			body: { outcome: "go" },
			ifMatch: read.headers.etag as string,
		});
		expect(refused.statusCode).toBe(403);
		const admin = await harness.as("admin");
		const decided = await admin.request(
			"POST",
			"/api/v1/offerings/mig-welding/decision?institution=test-vc",
			{
				body: { outcome: "go" },
				ifMatch: read.headers.etag as string,
			},
		);
		expect(decided.statusCode).toBe(200);
		expect(decided.json().decision.decidedBy).toBe("admin@test.ee");
	});
});
