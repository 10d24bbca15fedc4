import { type AccountRole, accountRoles } from "../model/api/roles.ts";
import { textTable } from "../report/columns.ts";
import { setAccountDisabled } from "../service/account-changes.ts";
import { type Account, accountByEmail, accountsOf, addAccount } from "../service/accounts.ts";
import { commandLine } from "../service/actor.ts";
import type { ServiceContext } from "../service/context.ts";
import { KairosError } from "../service/errors.ts";
import { visibleInstitutions } from "../service/institutions.ts";
import { resetPassword } from "../service/password-changes.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";
import { withStore } from "./store-command.ts";

export interface UserAddOptions {
	email: string;
	role: string;
	institution?: string;
	name?: string;
	person?: string;
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
			...(options.person !== undefined && { personId: options.person }),
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

/** `kairos user list`: every account, or one institution's, as a table. */
export async function runUserList(options: {
	institution?: string;
	db?: string;
}): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		const institutionId = options.institution ?? null;
		if (institutionId !== null) await assertInstitution(context, institutionId);
		const accounts = await accountsOf(context, institutionId);
		process.stdout.write(
			textTable(
				["e-mail", "role", "institution", "disabled", "must change"],
				accounts.map((account) => [
					account.email,
					account.role,
					account.institutionId ?? "-",
					account.disabledAt?.slice(0, 10) ?? "no",
					account.mustChangePassword ? "yes" : "no",
				]),
			),
		);
		return ExitCode.Done;
	});
}

/**
 * `kairos user disable`: the account can no longer sign in, and its sessions and tokens stop
 * working; `--enable` lets it in again.
 */
export async function runUserDisable(options: {
	email: string;
	enable?: boolean;
	db?: string;
}): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		const disabled = !options.enable;
		const account = await setAccountDisabled(
			context,
			commandLine,
			(await accountWithEmail(context, options.email)).id,
			disabled,
		);
		process.stdout.write(
			disabled
				? `disabled ${accountLabel(account)}: it cannot sign in, and its sessions and tokens no longer work\n`
				: `enabled ${accountLabel(account)}: it can sign in again\n`,
		);
		return ExitCode.Done;
	});
}

/** `kairos user reset-password`: prints a one-time password that the next sign-in replaces. */
export async function runUserResetPassword(options: {
	email: string;
	db?: string;
}): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		const account = await accountWithEmail(context, options.email);
		const reset = await resetPassword(context, commandLine, account.id);
		process.stdout.write(
			[
				`reset the password of ${accountLabel(reset.account)}; its sessions have ended and ${reset.revokedTokens} bearer token${reset.revokedTokens === 1 ? " was" : "s were"} revoked.`,
				`One-time password: ${reset.password}`,
				"(it is shown only now; the first sign-in with it must set a new one)",
			]
				.map((line) => `${line}\n`)
				.join(""),
		);
		return ExitCode.Done;
	});
}

async function accountWithEmail(context: ServiceContext, email: string): Promise<Account> {
	const account = await accountByEmail(context, email);
	if (account) return account;
	throw new KairosError("not_found", "no such account", {
		problems: [{ path: "--email", message: `no account has the e-mail ${JSON.stringify(email)}` }],
	});
}

async function assertInstitution(context: ServiceContext, id: string): Promise<void> {
	const institutions = await visibleInstitutions(context, commandLine);
	if (institutions.some((institution) => institution.id === id)) return;
	throw new KairosError("not_found", "no such institution", {
		problems: [
			{
				path: "--institution",
				message: `${JSON.stringify(id)} is not an institution: one of ${institutions.map((institution) => institution.id).join(", ")}`,
			},
		],
	});
}

const accountLabel = (account: Account) =>
	`${account.role} ${account.email}${account.institutionId ? ` of ${account.institutionId}` : ""}`;

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString("utf8");
}
