import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { demoPath } from "../../test/fixtures/demo.ts";
import { eventually } from "../../test/fixtures/eventually.ts";
import { type ServerProcess, startServer } from "../../test/fixtures/server-process.ts";
import { listJobRuns } from "../store/job-run-repository.ts";
import { openStore } from "../store/open.ts";

const bin = new URL("../../dist/cli/main.js", import.meta.url).pathname;

function kairos(args: string[]) {
	const result = spawnSync(process.execPath, [bin, ...args], {
		encoding: "utf8",
		env: { PATH: process.env.PATH ?? "", TZ: "UTC" },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The recorded runs of owner-digests in the SQLite file `db`. */
async function digestRuns(db: string) {
	const store = await openStore(db);
	try {
		return await listJobRuns(store.db, "owner-digests", 10);
	} finally {
		await store.close();
	}
}

describe("the background jobs from the command line (SQLite)", () => {
	let server: ServerProcess | undefined;
	afterEach(async () => {
		await server?.stop();
		server = undefined;
	});
	const database = () =>
		join(mkdtempSync(join(inject("tempRoot"), "kairos-jobs-cli-")), "kairos.sqlite");

	it("kairos jobs run runs one job once, records it, and names the jobs there are", async () => {
		const db = database();
		expect(kairos(["import", demoPath, "--db", db]).status).toBe(0);
		const ran = kairos(["jobs", "run", "owner-digests", "--db", db]);
		expect(ran.stderr).toBe("");
		expect(ran.status).toBe(0);
		expect(ran.stdout).toMatch(
			/^owner-digests: done \(weekly \d+, overdue \d+, alreadySent \d+, optedOut 0\)\n$/,
		);
		expect(await digestRuns(db)).toEqual([
			expect.objectContaining({ trigger: "manual", attempt: 1, runner: "cli", error: null }),
		]);
		const history = kairos(["jobs", "run", "history", "--db", db]);
		expect(history.stderr).toBe("");
		expect(history.stdout).toMatch(/^history: done \(movedToHistory \d+, keptInPlan \d+\)\n$/);
		const unknown = kairos(["jobs", "run", "owner-digest", "--db", db]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain(
			'there is no job "owner-digest"; the jobs are follow-through, registration-notices, owner-digests, retention, history',
		);
	});

	it("kairos serve runs the jobs, each at start", async () => {
		const db = database();
		server = await startServer(db);
		const [run] = await eventually("the server's first run", async () => {
			const runs = await digestRuns(db);
			return runs.some((entry) => entry.finishedAt) && runs;
		});
		expect(run).toMatchObject({
			trigger: "schedule",
			runner: expect.stringMatching(/:\d+$/),
			error: null,
		});
	});
});
