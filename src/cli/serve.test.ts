import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { type ServerProcess, signInOver, startServer } from "../../test/fixtures/server-process.ts";

const serverUrl = inject("postgresUrl");

/** A fresh database location of each kind; PostgreSQL only when a server is reachable. */
async function databases(): Promise<{ name: string; location: string }[]> {
	const sqlite = {
		name: "sqlite",
		location: join(mkdtempSync(join(tmpdir(), "kairos-serve-")), "kairos.sqlite"),
	};
	if (serverUrl === null) return [sqlite];
	const name = `kairos_serve_${process.pid}_${Date.now()}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return [sqlite, { name: "postgres", location: url.toString() }];
}

const institution = "emajoe-vc";

describe("kairos serve", () => {
	it("loads the demo on a first start, and keeps every acknowledged write through a SIGKILL", {
		timeout: 120_000,
	}, async () => {
		for (const { name, location } of await databases()) {
			const first = await startServer(location);
			expect(first.admin, name).toBeDefined();
			const headers = await signInOver(
				first.url,
				first.admin?.email ?? "",
				first.admin?.password ?? "",
			);
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
			const again = await signInOver(
				second.url,
				first.admin?.email ?? "",
				first.admin?.password ?? "",
			);
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
});
