import { describe, expect, it } from "vitest";
import { password, rejection, staff, tokenNamed } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { accountIdOf, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { KairosError } from "./errors.ts";
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
});
