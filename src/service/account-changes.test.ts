import { describe, expect, it } from "vitest";
import { password, rejection, tokenNamed } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { updateAccount } from "./account-changes.ts";
import { accountByEmail, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { auditLog } from "./institutions.ts";
import { authenticateSession, signIn } from "./sessions.ts";
import { authenticateToken, createApiToken } from "./tokens.ts";

/** `test-vc`, and `other-vc` whose plan has a person of its own, Olev. */
function plans(): PlanFile[] {
	const other = healthyPlan();
	other.institution = {
		...other.institution,
		id: "other-vc",
		name: "Other College",
		people: [{ id: "olev", name: "Olev Org", email: "olev@other.ee", roles: ["manager"] }],
	};
	other.offerings = [];
	return [healthyPlan(), other];
}

describe.each(storeTargets)("changing accounts on $name", (target) => {
	const fixture = useContext(target, plans());
	const run = it.skipIf(!target.available);
	const add = (email: string, role: "admin" | "manager" = "manager") =>
		addAccount(fixture.context, {
			email,
			role,
			institutionId: role === "admin" ? null : "test-vc",
			password,
			personId: null,
		});
	const signInAs = (email: string) =>
		signIn(fixture.context, { email, password, address: "192.0.2.40" });

	run("changes a role at once for the account's sessions, and revokes its tokens", async () => {
		const { id } = await add("kadri@test.ee");
		const session = await signInAs("kadri@test.ee");
		const { token } = await createApiToken(fixture.context, id, tokenNamed("Sync"));
		const changed = await updateAccount(fixture.context, commandLine, id, { role: "viewer" });
		expect(changed).toMatchObject({ role: "viewer", institutionId: "test-vc" });
		expect(await authenticateSession(fixture.context, session.token)).toMatchObject({
			actor: { role: "viewer", institutionId: "test-vc" },
		});
		expect(await authenticateToken(fixture.context, token)).toBeUndefined();
		const [entry] = await auditLog(fixture.context, "test-vc", { limit: 1 });
		expect(entry).toMatchObject({
			actor: "cli",
			action: "update",
			entity: "account",
			entityId: id,
			before: { role: "manager", institution: "test-vc", person: null },
			after: { email: "kadri@test.ee", role: "viewer", institution: "test-vc", person: null },
		});
	});

	run("links an account to a person of its own institution's plan, and unlinks it", async () => {
		const { id } = await add("kadri@test.ee");
		const session = await signInAs("kadri@test.ee");
		const { token } = await createApiToken(fixture.context, id, tokenNamed("Sync"));
		const linked = await updateAccount(fixture.context, commandLine, id, { person: "kadri" });
		expect(linked.personId).toBe("kadri");
		expect((await accountByEmail(fixture.context, "kadri@test.ee"))?.personId).toBe("kadri");
		// Only a new role or institution ends what the account's tokens could do.
		expect(await authenticateToken(fixture.context, token)).toBeDefined();
		expect(await authenticateSession(fixture.context, session.token)).toBeDefined();
		for (const [person, message] of [
			["nobody", '"nobody" is not a person of the plan of test-vc'],
			["olev", '"olev" is not a person of the plan of test-vc'],
		] as const) {
			const error = await rejection(updateAccount(fixture.context, commandLine, id, { person }));
			expect(error.code).toBe("validation_failed");
			expect(error.problems).toEqual([{ path: "person", message }]);
		}
		const unlinked = await updateAccount(fixture.context, commandLine, id, { person: null });
		expect(unlinked.personId).toBeNull();
	});

	run(
		"moves an account to another institution, unlinking its person unless given one there",
		async () => {
			const { id } = await add("kadri@test.ee");
			await updateAccount(fixture.context, commandLine, id, { person: "kadri" });
			const moved = await updateAccount(fixture.context, commandLine, id, {
				institution: "other-vc",
			});
			expect(moved).toMatchObject({ institutionId: "other-vc", personId: null });
			const linked = await updateAccount(fixture.context, commandLine, id, {
				institution: "test-vc",
				person: "mart",
			});
			expect(linked).toMatchObject({ institutionId: "test-vc", personId: "mart" });
			const nowhere = await rejection(
				updateAccount(fixture.context, commandLine, id, { institution: "nowhere-vc" }),
			);
			expect(nowhere.problems).toEqual([
				{ path: "institution", message: 'institution "nowhere-vc" does not exist' },
			]);
		},
	);

	run(
		"makes an administrator of no institution, and staff of an administrator only with one",
		async () => {
			await add("root@test.ee", "admin");
			const { id } = await add("kadri@test.ee");
			await updateAccount(fixture.context, commandLine, id, { person: "kadri" });
			const promoted = await updateAccount(fixture.context, commandLine, id, { role: "admin" });
			expect(promoted).toMatchObject({ role: "admin", institutionId: null, personId: null });
			const homeless = await rejection(
				updateAccount(fixture.context, commandLine, id, { role: "manager" }),
			);
			expect(homeless.problems).toEqual([
				{ path: "institution", message: "a manager belongs to an institution" },
			]);
			const misplaced = await rejection(
				updateAccount(fixture.context, commandLine, id, { institution: "test-vc" }),
			);
			expect(misplaced.problems).toEqual([
				{ path: "institution", message: "an administrator belongs to no institution" },
			]);
			const demoted = await updateAccount(fixture.context, commandLine, id, {
				role: "manager",
				institution: "test-vc",
				person: "kadri",
			});
			expect(demoted).toMatchObject({
				role: "manager",
				institutionId: "test-vc",
				personId: "kadri",
			});
		},
	);

	run("lets nobody change their own role or disable themselves", async () => {
		const { id } = await add("root@test.ee", "admin");
		await add("second@test.ee", "admin");
		const { actor } = await signInAs("root@test.ee");
		const role = await rejection(updateAccount(fixture.context, actor, id, { role: "viewer" }));
		expect(role.code).toBe("conflict");
		expect(role.message).toBe(
			"you cannot change your own role or institution: ask another administrator",
		);
		const disabled = await rejection(updateAccount(fixture.context, actor, id, { disabled: true }));
		expect(disabled.message).toBe("you cannot disable your own account: ask another administrator");
		// Naming the role it has already changes nothing, and is no change of one's own role.
		expect((await updateAccount(fixture.context, actor, id, { role: "admin" })).role).toBe("admin");
		expect(await accountByEmail(fixture.context, "root@test.ee")).toMatchObject({
			role: "admin",
			disabledAt: null,
		});
	});

	run("keeps the last administrator who can sign in an administrator", async () => {
		const first = await add("first@test.ee", "admin");
		const second = await add("second@test.ee", "admin");
		await updateAccount(fixture.context, commandLine, second.id, {
			role: "manager",
			institution: "test-vc",
		});
		const last = await rejection(
			updateAccount(fixture.context, commandLine, first.id, {
				role: "viewer",
				institution: "test-vc",
			}),
		);
		expect(last.code).toBe("conflict");
		expect(last.message).toBe(
			"first@test.ee is the last administrator who can sign in: add or enable another one first",
		);
		await updateAccount(fixture.context, commandLine, second.id, { role: "admin" });
		// Both at the same moment: one of them stays an administrator.
		const both = await Promise.allSettled(
			[first.id, second.id].map((id) =>
				updateAccount(fixture.context, commandLine, id, { role: "viewer", institution: "test-vc" }),
			),
		);
		expect(both.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
	});

	run("disables and changes the role in one change, and records both", async () => {
		await add("root@test.ee", "admin");
		const { id } = await add("kadri@test.ee");
		const session = await signInAs("kadri@test.ee");
		const changed = await updateAccount(fixture.context, commandLine, id, {
			disabled: true,
			role: "support",
		});
		expect(changed).toMatchObject({ role: "support", disabledAt: expect.any(String) });
		expect(await authenticateSession(fixture.context, session.token)).toBeUndefined();
		const actions = (await auditLog(fixture.context, "test-vc", { limit: 2 })).map(
			(entry) => entry.action,
		);
		expect(actions).toEqual(["update", "disable"]);
	});
});
