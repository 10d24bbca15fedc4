import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../../../test/fixtures/eventually.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { listJobRuns } from "../../store/job-run-repository.ts";
import type { Store } from "../../store/open.ts";

const postgres = storeTargets.find((target) => target.name === "postgres");
if (!postgres) throw new Error("no PostgreSQL target");
const script = new URL("../../../test/fixtures/job-runner-process.mjs", import.meta.url).pathname;
const built = new URL("../../../dist/service/jobs/runner.js", import.meta.url).pathname;

/** A runner in a process of its own on `database`, started. */
function startRunnerProcess(database: string, name: string, periodSeconds: number) {
	const child = spawn(process.execPath, [script, database, name, String(periodSeconds)], {
		stdio: ["ignore", "pipe", "pipe"],
	});
	let output = "";
	child.stderr?.on("data", (chunk: Buffer) => {
		output += chunk.toString();
	});
	return new Promise<ChildProcess>((resolve, reject) => {
		child.stdout?.on("data", (chunk: Buffer) => {
			if (chunk.toString().includes("ready")) resolve(child);
		});
		child.once("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
	});
}

function stopProcess(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.removeAllListeners("exit");
		child.once("exit", () => resolve());
		child.kill("SIGTERM");
	});
}

describe.skipIf(!postgres.available)("two server processes on one PostgreSQL database", () => {
	let store: Store | undefined;
	const children: ChildProcess[] = [];
	afterEach(async () => {
		await Promise.all(children.splice(0).map(stopProcess));
		await store?.close();
		store = undefined;
	});

	it("run each period's run of a job once, in one of them", async () => {
		if (!existsSync(built)) throw new Error("dist/ is missing: run `npm run build` first");
		store = await postgres.open();
		const { db } = store;
		const period = 2;
		children.push(
			...(await Promise.all([
				startRunnerProcess(store.location, "server-a", period),
				startRunnerProcess(store.location, "server-b", period),
			])),
		);
		// Each process sends the period's run every half second: some eight sends a period.
		await eventually(
			"four periods' runs",
			async () => (await listJobRuns(db, "tick", 100)).filter((run) => run.finishedAt).length >= 4,
			30_000,
		);
		await Promise.all(children.splice(0).map(stopProcess));
		const runs = (await listJobRuns(db, "tick", 100)).filter((run) => run.trigger === "schedule");
		const { rows } = await sql<{ sent: number; periods: number }>`
			select count(*)::int as sent, count(distinct singleton_on)::int as periods
			from (select singleton_on from pgboss.job where name = 'tick'
				union all select singleton_on from pgboss.archive where name = 'tick') as queued`.execute(
			db,
		);
		const [queued] = rows;
		// One run queued a period, and each queued run ran once, in one process or the other.
		expect(queued?.sent).toBe(queued?.periods);
		expect(runs).toHaveLength(queued?.sent ?? -1);
		expect(runs.every((run) => run.attempt === 1 && run.error === null)).toBe(true);
		expect(runs.every((run) => ["server-a", "server-b"].includes(run.runner))).toBe(true);
		const starts = runs.map((run) => Date.parse(run.startedAt));
		const spanPeriods = (Math.max(...starts) - Math.min(...starts)) / (period * 1000);
		expect(runs.length).toBeLessThanOrEqual(Math.floor(spanPeriods) + 2);
	});
});
