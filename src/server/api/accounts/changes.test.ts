import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";

describe.each(storeTargets)(
	"changing an account's role and person through the API on $name",
	(target) => {
		const harness = useHarness(target);
		const run = it.skipIf(!target.available);

		const accountId = async (email: string): Promise<string> => {
			const admin = await harness.as("admin");
			const { items } = (await admin.request("GET", "/api/v1/accounts")).json();
			return items.find((account: { email: string }) => account.email === email).id;
		};
		const patch = async (email: string, body: object) =>
			(await harness.as("admin")).request("PATCH", `/api/v1/accounts/${await accountId(email)}`, {
				body,
			});

		run("links an account to a person of the plan, which /me then shows", async () => {
			const manager = await harness.as("manager");
			expect((await manager.request("GET", "/api/v1/me")).json().person).toBeNull();
			const linked = await patch("manager@test.ee", { person: "kadri" });
			expect(linked.statusCode).toBe(200);
			expect(linked.json()).toMatchObject({ email: "manager@test.ee", person: "kadri" });
			expect((await manager.request("GET", "/api/v1/me")).json()).toMatchObject({
				role: "manager",
				person: "kadri",
			});
			const unknown = await patch("manager@test.ee", { person: "nobody" });
			expect(unknown.statusCode).toBe(400);
			expect(unknown.json()).toMatchObject({
				code: "validation_failed",
				errors: [{ path: "person", message: '"nobody" is not a person of the plan of test-vc' }],
			});
			expect((await patch("manager@test.ee", { person: null })).json().person).toBeNull();
		});

		run("changes a role for the account's next request, its session going on", async () => {
			const marketing = await harness.as("marketing");
			const changed = await patch("marketing@test.ee", { role: "viewer" });
			expect(changed.statusCode).toBe(200);
			expect(changed.json()).toMatchObject({ role: "viewer", institution: "test-vc" });
			expect((await marketing.request("GET", "/api/v1/me")).json().role).toBe("viewer");
			const refused = await marketing.request(
				"PATCH",
				"/api/v1/institutions/test-vc/offerings/mig-welding",
				{
					body: { title: "Renamed" },
					ifMatch: '"1"',
				},
			);
			expect(refused.statusCode).toBe(403);
		});

		run("refuses a change of your own role, and a body that changes nothing", async () => {
			const own = await patch("admin@test.ee", { role: "manager", institution: "test-vc" });
			expect(own.statusCode).toBe(409);
			expect(own.json().detail).toBe(
				"you cannot change your own role or institution: ask another administrator",
			);
			const empty = await patch("manager@test.ee", {});
			expect(empty.statusCode).toBe(400);
			expect(empty.json().errors).toEqual([
				{ path: "(body)", message: "give at least one of disabled, role, institution, person" },
			]);
			const unknownRole = await patch("manager@test.ee", { role: "owner" });
			expect(unknownRole.statusCode).toBe(400);
			expect(unknownRole.json().errors[0].path).toBe("role");
		});

		run("promotes to administrator of every institution, and back to one institution", async () => {
			const manager = await harness.as("manager");
			const promoted = await patch("manager@test.ee", { role: "admin" });
			expect(promoted.json()).toMatchObject({ role: "admin", institution: null, person: null });
			const institutions = (await manager.request("GET", "/api/v1/institutions")).json();
			expect(institutions.items.map((entry: { id: string }) => entry.id)).toEqual([
				"other-vc",
				"test-vc",
			]);
			const homeless = await patch("manager@test.ee", { role: "manager" });
			expect(homeless.json().errors).toEqual([
				{ path: "institution", message: "a manager belongs to an institution" },
			]);
			const demoted = await patch("manager@test.ee", {
				role: "manager",
				institution: "test-vc",
				person: "kadri",
			});
			expect(demoted.json()).toMatchObject({
				role: "manager",
				institution: "test-vc",
				person: "kadri",
			});
			expect((await manager.request("GET", "/api/v1/accounts")).statusCode).toBe(403);
		});
	},
);
