// `npm start`: builds when the sources are newer than the build, then serves the demo school.
// The demo's "today" is pinned inside its planning year (override with KAIROS_TODAY), and its
// public address is http://localhost:PORT (override with KAIROS_PUBLIC_URL).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const built = join(root, "dist/cli/main.js");

function newestSource(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
		if (entry.isFile())
			newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

function builtAt() {
	try {
		return statSync(built).mtimeMs;
	} catch {
		return 0;
	}
}

if (builtAt() < newestSource(join(root, "src"))) {
	const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const today = process.env.KAIROS_TODAY ?? "2027-05-03";
// Every absolute link (pages, feeds, e-mails) is built from the public address; the demo's is this machine.
const publicUrl = process.env.KAIROS_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const server = spawnSync(
	process.execPath,
	[built, "serve", "--today", today, ...process.argv.slice(2)],
	{ stdio: "inherit", env: { ...process.env, KAIROS_PUBLIC_URL: publicUrl } },
);
process.exit(server.status ?? 0);
