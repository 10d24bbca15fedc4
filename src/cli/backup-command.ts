import { readFile, writeFile } from "node:fs/promises";
import { parseText } from "../model/parse-text.ts";
import { createBackup, restoreBackup } from "../service/backups.ts";
import { KairosError } from "../service/errors.ts";
import { ExitCode } from "./exit-codes.ts";
import { withStore } from "./store-command.ts";

/** `kairos backup FILE`: every plan, account, token and audit entry, as JSON. */
export async function runBackup(file: string, options: { db?: string }): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		const backup = await createBackup(context);
		await writeFile(file, `${JSON.stringify(backup, null, 2)}\n`);
		process.stdout.write(
			`${file}: backed up ${backup.plans.length} institutions and ${backup.accounts.length} accounts\n`,
		);
		return ExitCode.Done;
	});
}

/** `kairos restore FILE`: into an empty database, or over everything with `--replace`. */
export async function runRestore(
	file: string,
	options: { db?: string; replace?: boolean },
): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		const text = await readFile(file, "utf8").catch(() => {
			throw new KairosError("bad_request", "cannot read the backup", {
				problems: [{ path: file, message: "no such file or not readable" }],
			});
		});
		const parsed = parseText(text, "json", file);
		if (!parsed.ok)
			throw new KairosError("validation_failed", "the backup does not parse", {
				problems: parsed.problems,
			});
		const restored = await restoreBackup(context, parsed.value, {
			replace: options.replace ?? false,
		});
		process.stdout.write(
			`${file}: restored ${restored.plans} institutions and ${restored.accounts} accounts\n`,
		);
		return ExitCode.Done;
	});
}
