import { describe, expect, inject, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { processDatabases } from "../../test/fixtures/process-databases.ts";
import {
	ADMIN_PASSWORD,
	type ServerProcess,
	signInOver,
	startServer,
	takeOverAdmin,
} from "../../test/fixtures/server-process.ts";

const databases = processDatabases("serve");

const institution = "emajoe-vc";

describe("kairos serve", () => {
	it("loads the demo on a first start, and keeps every acknowledged write through a SIGKILL", {
		timeout: 120_000,
	}, async () => {
		for (const { name, location } of await databases()) {
			const first = await startServer(location);
			expect(first.admin, name).toBeDefined();
			const headers = await takeOverAdmin(first.url, {
				email: first.admin?.email ?? "",
				password: first.admin?.password ?? "",
			});
			const acknowledged: string[] = [];
			const burst = Array.from({ length: 60 }, async (_, index) => {
				const id = `crash-${index}`;
				const body = JSON.stringify(
					healthyOffering({ id, intake: "autumn-2027", owners: {}, pathways: [] }),
				);
				try {
					const response = await fetch(
						`${first.url}/api/v1/institutions/${institution}/offerings`,
						{ method: "POST", headers, body },
					);
					if (response.status === 201) acknowledged.push(id);
				} catch {
					// The server died mid-request: this write was never acknowledged.
				}
			});
			// Kill it while the burst is in flight, once some writes are through.
			while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
			await first.stop("SIGKILL");
			await Promise.all(burst);
			expect(acknowledged.length, name).toBeGreaterThanOrEqual(10);

			const second: ServerProcess = await startServer(location);
			expect(second.admin, `${name}: a restart must not seed again`).toBeUndefined();
			const again = await signInOver(second.url, first.admin?.email ?? "", ADMIN_PASSWORD);
			const plan = await (
				await fetch(`${second.url}/api/v1/institutions/${institution}/plan`, { headers: again })
			).json();
			const stored = new Set(
				(plan as { offerings: { id: string }[] }).offerings.map((offering) => offering.id),
			);
			for (const id of acknowledged)
				expect(stored.has(id), `${name}: ${id} was acknowledged`).toBe(true);
			await second.stop();
		}
	});

	it.skipIf(inject("postgresUrl") === null)(
		"runs as several processes on one PostgreSQL database",
		{ timeout: 60_000 },
		async () => {
			const postgres = (await databases()).find((database) => database.name === "postgres");
			if (!postgres) return;
			// Both start at once on the empty database: exactly one loads the demo.
			const servers = await Promise.all([
				startServer(postgres.location),
				startServer(postgres.location),
			]);
			const seeded = servers.map((server) => server.admin).filter((admin) => admin !== undefined);
			expect(seeded).toHaveLength(1);
			const admin = seeded[0] ?? { email: "", password: "" };
			const [first, second] = servers as [ServerProcess, ServerProcess];
			const one = await takeOverAdmin(first.url, admin);
			const two = await signInOver(second.url, admin.email, ADMIN_PASSWORD);
			const offering = `${first.url}/api/v1/offerings/pastry-autumn-2027`;

			// A change made through one process is what the other reads, with the same ETag.
			const read = await fetch(offering, { headers: one });
			const etag = read.headers.get("etag") ?? "";
			const patch = (url: string, headers: Record<string, string>, title: string) =>
				fetch(url, {
					method: "PATCH",
					headers: { ...headers, "if-match": etag },
					body: JSON.stringify({ title }),
				});
			const results = await Promise.all([
				patch(offering, one, "Pastry through process one"),
				patch(offering.replace(first.url, second.url), two, "Pastry through process two"),
			]);
			expect(results.map((response) => response.status).sort()).toEqual([200, 412]);
			const winner = results.find((response) => response.status === 200) as Response;
			const afterOne = await fetch(offering, { headers: one });
			const afterTwo = await fetch(offering.replace(first.url, second.url), { headers: two });
			expect(afterOne.headers.get("etag")).toBe(winner.headers.get("etag"));
			expect(afterTwo.headers.get("etag")).toBe(winner.headers.get("etag"));
			expect(((await afterTwo.json()) as { title: string }).title).toBe(
				((await winner.json()) as { title: string }).title,
			);
			await Promise.all(servers.map((server) => server.stop()));
		},
	);
});
