import { type AccountRole, accountRoles } from "../model/api/roles.ts";
import { addAccount } from "../service/accounts.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";
import { withStore } from "./store-command.ts";

export interface UserAddOptions {
	email: string;
	role: string;
	institution?: string;
	name?: string;
	passwordStdin?: boolean;
	db?: string;
}

/** `kairos user add`: the password comes from standard input, so it stays out of the shell history. */
export async function runUserAdd(options: UserAddOptions): Promise<ExitCode> {
	if (!options.passwordStdin) {
		printProblems([
			{
				path: "--password-stdin",
				message:
					'is required: pipe the password in, e.g. `printf %s "$PASSWORD" | kairos user add …`',
			},
		]);
		return ExitCode.BadInput;
	}
	if (!(accountRoles as readonly string[]).includes(options.role)) {
		printProblems([
			{
				path: "--role",
				message: `${JSON.stringify(options.role)} is not one of ${accountRoles.join(", ")}`,
			},
		]);
		return ExitCode.BadInput;
	}
	const password = (await readStdin()).replace(/\r?\n$/, "");
	return withStore(options.db, async (context) => {
		const account = await addAccount(context, {
			email: options.email,
			...(options.name !== undefined && { name: options.name }),
			role: options.role as AccountRole,
			institutionId: options.institution ?? null,
			password,
		});
		process.stdout.write(
			`added ${account.role} ${account.email}${account.institutionId ? ` of ${account.institutionId}` : ""}\n`,
		);
		return ExitCode.Done;
	});
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString("utf8");
}
