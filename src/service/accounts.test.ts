import { describe, expect, it } from "vitest";
import { password, rejection, staff, tokenNamed } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { setAccountDisabled } from "./account-changes.ts";
import { accountByEmail, accountIdOf, accountsOf, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { KairosError } from "./errors.ts";
import { auditLog } from "./institutions.ts";
import { authenticateSession, signIn } from "./sessions.ts";
import { authenticateToken, createApiToken } from "./tokens.ts";

describe.each(storeTargets)("accounts on $name", (target) => {
	const fixture = useContext(target);

	it.skipIf(!target.available)(
		"creates an administrator without an institution and staff in an existing one",
		async () => {
			const admin = await addAccount(fixture.context, {
				email: " Root@Kairos.EE ",
				name: "Root",
				role: "admin",
				institutionId: null,
				password,
			});
			expect(admin).toEqual({
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				email: "root@kairos.ee",
				role: "admin",
				institutionId: null,
			});
			const manager = await staff(fixture.context, "kadri@test.ee");
			expect(manager).toMatchObject({ role: "manager", institutionId: "test-vc" });
			expect(manager.id).not.toBe(admin.id);
		},
	);

	it.skipIf(!target.available)(
		"links staff to the person of the plan with the same e-mail, unless told who or nobody",
		async () => {
			const linked = async (email: string, personId?: string | null) => {
				await addAccount(fixture.context, {
					email,
					role: "pedagogy",
					institutionId: "test-vc",
					password,
					...(personId !== undefined && { personId }),
				});
				return (await accountByEmail(fixture.context, email))?.personId;
			};
			expect(await linked("Mart@Test.ee")).toBe("mart");
			expect(await linked("liis@test.ee", null)).toBeNull();
			expect(await linked("anu@test.ee", "kadri")).toBe("kadri");
			expect(await linked("nobody@test.ee")).toBeNull();
		},
	);

	it.skipIf(!target.available)(
		"refuses an administrator with an institution and staff without one or with an unknown one",
		async () => {
			const cases = [
				{ role: "admin", institutionId: "test-vc" },
				{ role: "viewer", institutionId: null },
				{ role: "pedagogy", institutionId: "nowhere-vc" },
			] as const;
			for (const [index, { role, institutionId }] of cases.entries()) {
				const email = `misplaced-${index}@test.ee`;
				const error = await rejection(
					addAccount(fixture.context, { email, role, institutionId, password }),
				);
				expect(error.code).toBe("validation_failed");
				expect(error.problems.map((problem) => problem.path)).toEqual(["institutionId"]);
			}
			const unknownRole = await rejection(
				addAccount(fixture.context, {
					email: "boss@test.ee",
					role: "owner" as "admin",
					institutionId: null,
					password,
				}),
			);
			expect(unknownRole.problems.map((problem) => problem.path)).toEqual(["role"]);
		},
	);

	it.skipIf(!target.available)("refuses a duplicate e-mail in any letter case", async () => {
		await staff(fixture.context, "mart@test.ee");
		const error = await rejection(staff(fixture.context, "  MART@Test.ee"));
		expect(error.code).toBe("conflict");
	});

	it.skipIf(!target.available)(
		"refuses a short password and a malformed e-mail, naming each",
		async () => {
			const error = await rejection(
				addAccount(fixture.context, {
					email: "not an address",
					role: "viewer",
					institutionId: "test-vc",
					password: "elevenchars",
				}),
			);
			expect(error.code).toBe("validation_failed");
			expect(error.problems.map((problem) => problem.path)).toEqual(["email", "password"]);
			await expect(
				addAccount(fixture.context, {
					email: "twelve@test.ee",
					role: "viewer",
					institutionId: "test-vc",
					password: "twelve chars",
				}),
			).resolves.toMatchObject({ email: "twelve@test.ee" });
			const spaces = await rejection(
				addAccount(fixture.context, {
					email: "spaces@test.ee",
					role: "viewer",
					institutionId: "test-vc",
					password: " ".repeat(12),
				}),
			);
			expect(spaces.problems).toEqual([{ path: "password", message: "must not be only spaces" }]);
		},
	);

	it.skipIf(!target.available)("names the account behind a session or token actor", async () => {
		const { id } = await staff(fixture.context, "actor@test.ee");
		const session = await signIn(fixture.context, {
			email: "actor@test.ee",
			password,
			address: "192.0.2.8",
		});
		const { token } = await createApiToken(fixture.context, id, tokenNamed("CLI"));
		const bySession = await authenticateSession(fixture.context, session.token);
		const byToken = await authenticateToken(fixture.context, token);
		expect(bySession && accountIdOf(bySession.actor)).toBe(id);
		expect(byToken && accountIdOf(byToken.actor)).toBe(id);
		expect(() => accountIdOf(commandLine)).toThrow(KairosError);
	});

	it.skipIf(!target.available)(
		"disables an account: it cannot sign in, and its sessions and tokens stop at once",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			const { id } = await staff(fixture.context, "leaver@test.ee");
			const credentials = { email: "leaver@test.ee", password, address: "192.0.2.30" };
			const session = await signIn(fixture.context, credentials);
			const { token } = await createApiToken(fixture.context, id, tokenNamed("Sync"));

			const disabled = await setAccountDisabled(fixture.context, commandLine, id, true);
			expect(disabled.disabledAt).toBe("2027-05-03T08:00:00.000Z");
			expect(await authenticateSession(fixture.context, session.token)).toBeUndefined();
			expect(await authenticateToken(fixture.context, token)).toBeUndefined();
			const refused = await rejection(signIn(fixture.context, credentials));
			expect(refused.code).toBe("forbidden");
			expect(refused.message).toBe(
				"this account is disabled: ask an administrator to enable it again",
			);
			// A wrong password is told nothing about the account.
			expect(
				(await rejection(signIn(fixture.context, { ...credentials, password: `${password}?` })))
					.code,
			).toBe("unauthorized");

			await setAccountDisabled(fixture.context, commandLine, id, false);
			expect(await authenticateToken(fixture.context, token)).toBeDefined();
			await expect(signIn(fixture.context, credentials)).resolves.toBeDefined();
			const entries = await auditLog(fixture.context, "test-vc", { limit: 2 });
			expect(entries.map((entry) => [entry.action, entry.entityId])).toEqual([
				["enable", id],
				["disable", id],
			]);
		},
	);

	it.skipIf(!target.available)("lets nobody disable their own account", async () => {
		const { id } = await addAccount(fixture.context, {
			email: "only-admin@test.ee",
			role: "admin",
			institutionId: null,
			password,
		});
		const { actor } = await signIn(fixture.context, {
			email: "only-admin@test.ee",
			password,
			address: "192.0.2.31",
		});
		const error = await rejection(setAccountDisabled(fixture.context, actor, id, true));
		expect(error.code).toBe("conflict");
		expect((await accountByEmail(fixture.context, "only-admin@test.ee"))?.disabledAt).toBeNull();
	});

	it.skipIf(!target.available)(
		"never disables the last administrator who can sign in, not even from the command line",
		async () => {
			const first = await addAccount(fixture.context, {
				email: "first-admin@test.ee",
				role: "admin",
				institutionId: null,
				password,
			});
			const second = await addAccount(fixture.context, {
				email: "second-admin@test.ee",
				role: "admin",
				institutionId: null,
				password,
			});
			await setAccountDisabled(fixture.context, commandLine, second.id, true);
			const last = await rejection(
				setAccountDisabled(fixture.context, commandLine, first.id, true),
			);
			expect(last.code).toBe("conflict");
			expect(last.message).toBe(
				"first-admin@test.ee is the last administrator who can sign in: add or enable another one first",
			);
			await setAccountDisabled(fixture.context, commandLine, second.id, false);
			// Both at the same moment: one of them stays.
			const both = await Promise.allSettled([
				setAccountDisabled(fixture.context, commandLine, first.id, true),
				setAccountDisabled(fixture.context, commandLine, second.id, true),
			]);
			expect(both.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
		},
	);

	it.skipIf(!target.available)("lists accounts by e-mail, per institution or all", async () => {
		await staff(fixture.context, "zed@test.ee");
		await staff(fixture.context, "amy@test.ee");
		expect((await accountsOf(fixture.context, "test-vc")).map((account) => account.email)).toEqual([
			"amy@test.ee",
			"zed@test.ee",
		]);
		expect(await accountsOf(fixture.context, "other-vc")).toEqual([]);
		expect(await accountByEmail(fixture.context, " AMY@test.ee")).toMatchObject({
			email: "amy@test.ee",
			mustChangePassword: false,
			disabledAt: null,
		});
		expect(await accountByEmail(fixture.context, "nobody@test.ee")).toBeUndefined();
	});
});
