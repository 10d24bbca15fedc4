import { afterEach, describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { addCountedRegistrations } from "../../test/fixtures/counted-registrations.ts";
import { eventually } from "../../test/fixtures/eventually.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { completeFollowThrough } from "../store/follow-through-repository.ts";
import type { Store } from "../store/open.ts";
import { historyJob } from "./jobs/history-job.ts";
import { jobs } from "./jobs/index.ts";
import { jobsOverview } from "./jobs/job-overview.ts";
import { type JobRunner, startJobRunner } from "./jobs/runner.ts";
import { getPlan } from "./plans.ts";

/**
 * Five courses of autumn 2027: welding ran (decided go), CNC was cancelled on 2027-09-01 and its
 * registrants told, the evening CNC course was cancelled but nobody told yet, cooking ran with
 * the plan's own counts, and welding's spring run is still to come.
 */
function autumnPlan(): PlanFile {
	const autumn = (id: string, title: string, field = "engineering") =>
		({ id, title, field, start: "2027-10-04", end: "2027-12-10" }) as const;
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({
				title: { et: "MIG/MAG-keevituse alused", en: "MIG/MAG welding basics" },
				decision: { outcome: "go", decidedOn: "2027-09-08" },
			}),
			healthyOffering({
				...autumn("cnc-basics", "CNC basics"),
				decision: { outcome: "no-go", decidedOn: "2027-09-01" },
			}),
			healthyOffering({ ...autumn("cnc-evening", "CNC evenings"), decision: "no-go" }),
			healthyOffering({
				...autumn("cooking", "Cooking", "catering"),
				budget: [
					{ category: "teaching", amount: 2000 },
					{ category: "communication", amount: 100 },
					{ category: "communication", amount: 20, per: "participant" },
				],
				registrations: [
					{ date: "2027-05-01", count: 5 },
					{ date: "2027-06-01", count: 9 },
				],
			}),
			healthyOffering({
				id: "mig-welding-spring-2028",
				intake: "spring-2028",
				start: "2028-02-21",
				end: "2028-04-28",
			}),
		],
	};
}

const decisionWindow = { from: "2027-03-15", to: "2027-06-15" };
const participants = { min: 8, max: 14 };

/** The history rows the autumn's three finished courses become. */
const autumnHistory = [
	{
		id: "mig-welding",
		title: "MIG/MAG-keevituse alused",
		field: "engineering",
		intake: "autumn-2027",
		decisionWindow,
		publication: "2027-03-15",
		start: "2027-09-20",
		participants,
		finalRegistrations: 4,
		outcome: "ran",
		communicationSpend: 300,
		channels: { facebook: 1, staff: 1, "tootukassa-ee": 1, web: 1 },
		registrations: [
			{ date: "2027-04-02", count: 2 },
			// Applied at 21:30 UTC: past midnight in Tallinn.
			{ date: "2027-05-11", count: 3 },
			{ date: "2027-06-01", count: 4 },
		],
	},
	{
		id: "cnc-basics",
		title: "CNC basics",
		field: "engineering",
		intake: "autumn-2027",
		decisionWindow,
		publication: "2027-03-15",
		start: "2027-10-04",
		participants,
		finalRegistrations: 2,
		outcome: "cancelled",
		communicationSpend: 300,
		channels: { staff: 1, web: 1 },
		registrations: [
			{ date: "2027-08-10", count: 1 },
			{ date: "2027-08-11", count: 2 },
		],
	},
	{
		id: "cooking",
		title: "Cooking",
		field: "catering",
		intake: "autumn-2027",
		decisionWindow,
		publication: "2027-03-15",
		start: "2027-10-04",
		participants,
		finalRegistrations: 9,
		outcome: "ran",
		communicationSpend: 280,
		registrations: [
			{ date: "2027-05-01", count: 5 },
			{ date: "2027-06-01", count: 9 },
		],
	},
];

async function registerAutumn(store: Store): Promise<void> {
	await addCountedRegistrations(store, "mig-welding", [
		{ state: "enrolled", source: "utm:facebook/cpc/spring", appliedAt: "2027-04-02T09:00:00Z" },
		{ state: "enrolled", source: "direct", appliedAt: "2027-04-02T10:00:00Z" },
		{
			state: "enrolled",
			source: "referrer:www.tootukassa.ee",
			appliedAt: "2027-05-10T21:30:00Z",
		},
		{ state: "withdrawn", appliedAt: "2027-04-03T09:00:00Z", withdrawnAt: "2027-06-01T09:00:00Z" },
		{ state: "interest" },
		// Unsubscribed from the mails, still enrolled: counted, without a name.
		{ state: "enrolled", source: "staff", appliedAt: "2027-06-01T09:00:00Z", unsubscribed: true },
	]);
	await addCountedRegistrations(store, "cnc-basics", [
		{ state: "applied", appliedAt: "2027-08-10T09:00:00Z" },
		// Withdrawn after the decision: registered when it was cancelled.
		{
			state: "withdrawn",
			source: "staff",
			appliedAt: "2027-08-11T09:00:00Z",
			withdrawnAt: "2027-09-05T09:00:00Z",
		},
		// Applied the day after the decision.
		{ state: "applied", appliedAt: "2027-09-02T09:00:00Z" },
	]);
	await store.db.transaction().execute((trx) =>
		completeFollowThrough(trx, {
			institutionId: "test-vc",
			offeringId: "cnc-basics",
			outcome: "no-go",
			into: null,
			completedAt: "2027-09-01T12:00:00.000Z",
			mails: 2,
			moved: 0,
		}),
	);
}

const moves = (store: Store) =>
	store.db
		.selectFrom("audit_log")
		.select(["actor", "action", "entity", "entity_id", "before", "after"])
		.where("action", "=", "move-to-history")
		.orderBy("id")
		.execute();

describe.each(storeTargets)("finished offerings moving into the history on $name", (target) => {
	const run = it.skipIf(!target.available);

	it("is a daily job among the jobs", () => {
		expect(jobs.map((job) => job.name)).toContain("history");
		expect(historyJob.everyMinutes).toBe(24 * 60);
	});

	describe("an autumn that finished", () => {
		const tested = useContext(target, [autumnPlan()]);

		run(
			"moves the courses that ran or were cancelled and told, with their real counts, once",
			async () => {
				const { context, clock, store } = tested;
				await registerAutumn(store);
				const before = await getPlan(context, "test-vc");
				clock.set("2027-12-15T08:00:00.000Z");
				expect(await historyJob.run(context)).toEqual({ movedToHistory: 3, keptInPlan: 0 });

				const after = await getPlan(context, "test-vc");
				expect(after.planVersion).toBe(before.planVersion + 1);
				expect(after.plan.offerings.map((offering) => offering.id)).toEqual([
					"cnc-evening",
					"mig-welding-spring-2028",
				]);
				expect(after.plan.history).toEqual(autumnHistory);
				const audit = await moves(store);
				expect(audit).toHaveLength(1);
				expect(audit[0]).toMatchObject({
					actor: "job:history",
					entity: "plan",
					entity_id: "test-vc",
				});
				expect(JSON.parse(audit[0]?.after ?? "null")).toEqual({ history: autumnHistory });
				expect(
					(JSON.parse(audit[0]?.before ?? "null") as { offerings: { id: string }[] }).offerings.map(
						(offering) => offering.id,
					),
				).toEqual(["mig-welding", "cnc-basics", "cooking"]);
				// The registrations stay until retention erases them.
				const kept = await store.db
					.selectFrom("registrations")
					.select((eb) => eb.fn.countAll<number | string>().as("count"))
					.executeTakeFirstOrThrow();
				expect(Number(kept.count)).toBe(9);

				// Again: nothing is left to move, and nothing is written.
				expect(await historyJob.run(context)).toEqual({ movedToHistory: 0, keptInPlan: 0 });
				expect((await getPlan(context, "test-vc")).planVersion).toBe(after.planVersion);
				expect(await moves(store)).toHaveLength(1);
			},
		);

		describe("through the runner", () => {
			let runner: JobRunner | undefined;
			afterEach(async () => {
				await runner?.stop();
				runner = undefined;
			});

			run(
				`runs ${target.name === "postgres" ? "in pg-boss" : "in process"}, and the administrator sees what it moved`,
				async () => {
					const { context, clock, store } = tested;
					await registerAutumn(store);
					clock.set("2027-12-15T08:00:00.000Z");
					runner = await startJobRunner(context, {
						jobs: [historyJob],
						runner: "test:1",
						checkEveryMs: 500,
					});
					expect(runner.backend).toBe(target.name === "postgres" ? "pg-boss" : "in-process");
					const [summary] = await eventually("the history's first run", async () => {
						const overview = await jobsOverview(context, [historyJob]);
						return overview[0]?.runs.some((entry) => entry.finishedAt) && overview;
					});
					expect(summary?.runs[0]).toMatchObject({
						trigger: "schedule",
						error: null,
					});
					expect(JSON.parse(summary?.runs[0]?.outcome ?? "null")).toEqual({
						movedToHistory: 3,
						keptInPlan: 0,
					});
					expect((await getPlan(context, "test-vc")).plan.history).toEqual(autumnHistory);
				},
			);
		});

		run("judges by the institution's own today", async () => {
			const { context, clock } = tested;
			// 23:30 on 2027-11-26 in Tallinn: welding's last day is not past yet.
			clock.set("2027-11-26T21:30:00.000Z");
			expect(await historyJob.run(context)).toEqual({ movedToHistory: 0, keptInPlan: 0 });
			clock.set("2027-11-26T22:30:00.000Z");
			expect(await historyJob.run(context)).toEqual({ movedToHistory: 1, keptInPlan: 0 });
			const { plan } = await getPlan(context, "test-vc");
			expect(plan.history?.map((past) => [past.id, past.finalRegistrations])).toEqual([
				["mig-welding", 0],
			]);
		});

		run("moves each offering once when two runs go at once", async () => {
			const { context, clock, store } = tested;
			await registerAutumn(store);
			const before = await getPlan(context, "test-vc");
			clock.set("2027-12-15T08:00:00.000Z");
			const outcomes = await Promise.all([historyJob.run(context), historyJob.run(context)]);
			expect(outcomes.reduce((sum, outcome) => sum + (outcome.movedToHistory ?? 0), 0)).toBe(3);
			const after = await getPlan(context, "test-vc");
			expect(after.plan.history).toEqual(autumnHistory);
			expect(after.planVersion).toBe(before.planVersion + 1);
			expect(await moves(store)).toHaveLength(1);
		});
	});

	describe("a merger", () => {
		const merged = healthyPlan();
		merged.offerings = [
			healthyOffering({ decision: "go" }),
			healthyOffering({
				id: "mig-evening",
				title: "MIG/MAG welding in the evening",
				decision: { outcome: "merge", into: "mig-welding", decidedOn: "2027-09-01" },
			}),
		];
		const tested = useContext(target, [merged]);

		run("keeps the course merged into while the merged one stays, and says so", async () => {
			const { context, clock, store } = tested;
			clock.set("2027-12-15T08:00:00.000Z");
			// The evening course's registrants were never told: it stays, and so does welding.
			expect(await historyJob.run(context)).toEqual({ movedToHistory: 0, keptInPlan: 1 });
			expect((await getPlan(context, "test-vc")).plan.offerings).toHaveLength(2);
			expect(await moves(store)).toEqual([]);

			await store.db.transaction().execute((trx) =>
				completeFollowThrough(trx, {
					institutionId: "test-vc",
					offeringId: "mig-evening",
					outcome: "merge",
					into: "mig-welding",
					completedAt: "2027-12-15T08:00:00.000Z",
					mails: 0,
					moved: 0,
				}),
			);
			expect(await historyJob.run(context)).toEqual({ movedToHistory: 2, keptInPlan: 0 });
			const { plan } = await getPlan(context, "test-vc");
			expect(plan.offerings).toEqual([]);
			expect(plan.history?.map((past) => [past.id, past.outcome])).toEqual([
				["mig-welding", "ran"],
				["mig-evening", "cancelled"],
			]);
		});
	});
});
