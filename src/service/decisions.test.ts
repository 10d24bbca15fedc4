import { describe, expect, it } from "vitest";
import { password, rejection } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { listChanges } from "../store/audit-repository.ts";
import { addAccount } from "./accounts.ts";
import type { Actor } from "./actor.ts";
import { getDecision, recordDecision } from "./decisions.ts";
import { onJobRequested } from "./jobs/job.ts";
import { resourceKinds } from "./resource-kinds.ts";
import { getResource } from "./resources.ts";

/** The healthy plan with a second course, decided against, in the spring intake. */
function plan(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering(),
			healthyOffering({
				id: "cnc-spring-2028",
				title: "CNC basics",
				intake: "spring-2028",
				start: "2028-02-21",
				end: "2028-04-28",
				decision: "no-go",
			}),
		],
	};
}

describe.each(storeTargets)("recording a go/no-go decision on $name", (target) => {
	const test = useContext(target, [plan()], { today: "2027-09-08" });
	const run = it.skipIf(!target.available);

	/** The programme manager Kadri, whose account is her person of the plan. */
	async function kadri(): Promise<Actor> {
		const account = await addAccount(test.context, {
			email: "kadri@test.ee",
			role: "manager",
			institutionId: "test-vc",
			password,
			personId: "kadri",
		});
		return {
			label: `account:${account.id}`,
			role: "manager",
			institutionId: "test-vc",
			accountId: account.id,
		};
	}

	const versionOf = async (id = "mig-welding") =>
		(await getResource(test.context, resourceKinds.offerings, "test-vc", id)).version;

	run(
		"records who decided, when and why, marks the go-no-go milestone done and asks for the follow-through",
		async () => {
			const actor = await kadri();
			const asked: string[] = [];
			const stop = onJobRequested(test.context, (name) => asked.push(name));
			const recorded = await recordDecision(
				test.context,
				"test-vc",
				"mig-welding",
				{ outcome: "go", reason: "twelve applications" },
				await versionOf(),
				actor,
			);
			stop();
			expect(asked).toContain("follow-through");
			expect(recorded.value).toEqual({
				offering: "mig-welding",
				decision: {
					outcome: "go",
					reason: "twelve applications",
					decidedBy: "kadri",
					decidedOn: "2027-09-08",
				},
				followThrough: undefined,
				created: undefined,
			});
			const stored = await getResource(
				test.context,
				resourceKinds.offerings,
				"test-vc",
				"mig-welding",
			);
			expect(stored.version).toBe(recorded.version);
			expect(stored.value.milestoneStatus?.["go-no-go"]).toEqual({
				status: "done",
				doneOn: "2027-09-08",
			});
			const [entry] = await listChanges(test.store.db, "test-vc", { limit: 1 });
			expect(entry).toMatchObject({
				actor: actor.label,
				action: "decide",
				entity: "offering",
				entityId: "mig-welding",
				before: null,
				after: recorded.value.decision,
			});
			expect((await getDecision(test.context, "test-vc", "mig-welding")).value.decision).toEqual(
				recorded.value.decision,
			);
		},
	);

	run("needs the offering's current version, and refuses the same outcome twice", async () => {
		const actor = await kadri();
		const version = await versionOf();
		const stale = await rejection(
			recordDecision(test.context, "test-vc", "mig-welding", { outcome: "go" }, version - 1, actor),
		);
		expect(stale.code).toBe("precondition_failed");
		const first = await recordDecision(
			test.context,
			"test-vc",
			"mig-welding",
			{ outcome: "go" },
			version,
			actor,
		);
		const again = await rejection(
			recordDecision(
				test.context,
				"test-vc",
				"mig-welding",
				{ outcome: "go" },
				first.version,
				actor,
			),
		);
		expect(again.code).toBe("conflict");
		expect(again.message).toBe(
			'offering "mig-welding" is already decided "go" on 2027-09-08 by kadri',
		);
		const changed = await recordDecision(
			test.context,
			"test-vc",
			"mig-welding",
			{ outcome: "no-go", reason: "the trainer fell ill" },
			first.version,
			actor,
		);
		expect(changed.value.decision?.outcome).toBe("no-go");
	});

	run(
		"postpones to the same course in the next intake, made for it, and that decision stands",
		async () => {
			const actor = await kadri();
			const recorded = await recordDecision(
				test.context,
				"test-vc",
				"mig-welding",
				{ outcome: "postpone", reason: "five of eight" },
				await versionOf(),
				actor,
			);
			expect(recorded.value.created).toBe("mig-welding-spring-2028");
			expect(recorded.value.decision).toMatchObject({
				outcome: "postpone",
				into: "mig-welding-spring-2028",
			});
			const copy = await getResource(
				test.context,
				resourceKinds.offerings,
				"test-vc",
				"mig-welding-spring-2028",
			);
			expect(copy.value).toMatchObject({
				intake: "spring-2028",
				start: "2028-02-21",
				end: "2028-04-28",
			});
			expect(copy.value).not.toHaveProperty("decision");
			expect(copy.value).not.toHaveProperty("milestoneStatus");
			const changes = await listChanges(test.store.db, "test-vc", { limit: 2 });
			expect(changes.map((entry) => [entry.action, entry.entityId])).toEqual([
				["decide", "mig-welding"],
				["create", "mig-welding-spring-2028"],
			]);
			const final = await rejection(
				recordDecision(
					test.context,
					"test-vc",
					"mig-welding",
					{ outcome: "go" },
					recorded.version,
					actor,
				),
			);
			expect(final.code).toBe("conflict");
			expect(final.message).toBe(
				'offering "mig-welding" was decided "postpone" on 2027-09-08 by kadri and its registrants moved to "mig-welding-spring-2028": that decision stands, decide on "mig-welding-spring-2028" instead',
			);
		},
	);

	run(
		"refuses to postpone when no intake follows, and to move into a course that will not run",
		async () => {
			const actor = await kadri();
			const noNext = await rejection(
				recordDecision(
					test.context,
					"test-vc",
					"cnc-spring-2028",
					{ outcome: "postpone" },
					await versionOf("cnc-spring-2028"),
					actor,
				),
			);
			expect(noNext.code).toBe("conflict");
			expect(noNext.message).toBe(
				'no intake follows intake "spring-2028": add the next intake, or name the offering to postpone to in "into"',
			);
			const cancelled = await rejection(
				recordDecision(
					test.context,
					"test-vc",
					"mig-welding",
					{ outcome: "merge", into: "cnc-spring-2028" },
					await versionOf(),
					actor,
				),
			);
			expect(cancelled.code).toBe("conflict");
			expect(cancelled.message).toBe(
				'offering "cnc-spring-2028" is itself decided "no-go": "mig-welding" cannot move its registrants there',
			);
			const unknown = await rejection(
				recordDecision(
					test.context,
					"test-vc",
					"mig-welding",
					{ outcome: "merge", into: "tig" },
					await versionOf(),
					actor,
				),
			);
			expect(unknown.code).toBe("validation_failed");
			expect(unknown.problems).toEqual([
				{ path: "decision.into", message: '"tig" is not an offering' },
			]);
		},
	);
});
