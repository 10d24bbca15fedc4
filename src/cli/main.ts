#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { analysisPlots } from "../model/analysis.ts";
import type { AnalyzeOptions } from "./analyze-command.ts";
import type { BacktestOptions } from "./backtest-command.ts";
import { ExitCode } from "./exit-codes.ts";
import type { ExportOptions } from "./export-command.ts";
import type { ImportOptions } from "./import-command.ts";
import { runPlan } from "./plan-command.ts";
import type { ServeOptions } from "./serve-command.ts";
import type { UserAddOptions } from "./user-command.ts";
import { runValidate } from "./validate-command.ts";
import type { YearlyReportOptions } from "./yearly-report-command.ts";

// A reader that stops early (`kairos plan … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
	if (error.code !== "EPIPE") throw error;
	process.exit(ExitCode.Done);
});

const program = new Command()
	.name("kairos")
	.description("Plans micro-credential courses so that adult learners hear about them in time.")
	.version(process.env.npm_package_version ?? "0.1.0")
	.exitOverride()
	.configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, "kairos: ")) });

program
	.command("plan")
	.description(
		"schedule every offering's marketing plan and report the timing, budget and content risks",
	)
	.argument("<file>", "plan file, YAML or JSON")
	.option("--today <date>", "the date to judge overdue milestones by (YYYY-MM-DD)")
	.addOption(
		new Option("--format <format>", "output format")
			.choices(["table", "json", "ics", "html"])
			.default("table"),
	)
	.option("--strict", "exit with 1 when any finding is an error")
	.option(
		"--language <code>",
		"the language of titles and milestone labels, one of the institution's (default: its first)",
	)
	.action(
		async (
			file: string,
			options: {
				today?: string;
				format: "table" | "json" | "ics" | "html";
				strict?: boolean;
				language?: string;
			},
		) => {
			process.exitCode = await runPlan(file, options);
		},
	);

program
	.command("validate")
	.description("check a plan file and list every problem with its path")
	.argument("<file>", "plan file, YAML or JSON")
	.action(async (file: string) => {
		process.exitCode = await runValidate(file);
	});

program
	.command("backtest")
	.description(
		"replay the fill forecast on the plan's history, each past offering forecast from the others, and report its error",
	)
	.argument("<file>", "plan file, YAML or JSON")
	.addOption(
		new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
	)
	.action(async (file: string, options: BacktestOptions) => {
		const { runBacktest } = await import("./backtest-command.ts");
		process.exitCode = await runBacktest(file, options);
	});

const todayOption = () =>
	new Option(
		"--today <date>",
		"the date the plan is judged on, for this year's offerings (YYYY-MM-DD)",
	);
const reportLanguageOption = () =>
	new Option(
		"--language <code>",
		"the language to write in: en, et or one of the institution's (default: its first if en or et, else en)",
	);

program
	.command("analyze")
	.description(
		"what lead time and decision-window coverage did to fill in the plan's history, and this year's offerings at risk",
	)
	.argument("<file>", "plan file, YAML or JSON")
	.addOption(
		new Option("--format <format>", "output format")
			.choices(["text", "html", "svg"])
			.default("text"),
	)
	.addOption(
		new Option("--plot <plot>", "with --format svg: the plot to write")
			.choices(analysisPlots)
			.default("lead-time"),
	)
	.addOption(todayOption())
	.addOption(reportLanguageOption())
	.action(async (file: string, options: AnalyzeOptions) => {
		const { runAnalyze } = await import("./analyze-command.ts");
		process.exitCode = await runAnalyze(file, options);
	});

program
	.command("report")
	.description("reports for leadership and funders")
	.command("yearly")
	.description(
		"the yearly report: per intake what ran, how it filled and what it cost, with the analysis; one HTML page that prints to A4",
	)
	.argument("<file>", "plan file, YAML or JSON")
	.requiredOption("--year <year>", "the year whose intakes' studies start in it, such as 2027")
	.addOption(new Option("--format <format>", "output format").choices(["html"]).default("html"))
	.addOption(todayOption())
	.addOption(reportLanguageOption())
	.action(async (file: string, options: YearlyReportOptions) => {
		const { runYearlyReport } = await import("./yearly-report-command.ts");
		process.exitCode = await runYearlyReport(file, options);
	});

program
	.command("serve")
	.description(
		"serve the API, the public catalogue and the staff app on SQLite or PostgreSQL; loads the demo school on a first start",
	)
	.option("--port <port>", "port to listen on (env PORT, default 3000)")
	.option("--host <host>", "address to listen on (env HOST, default 127.0.0.1)")
	.option(
		"--db <path-or-url>",
		"SQLite file or postgres:// URL (env DATABASE_URL, default $KAIROS_DATA_DIR/kairos.sqlite)",
	)
	.option("--today <date>", "pin the date the server treats as today (env KAIROS_TODAY)")
	.option(
		"--public-url <url>",
		"the address people reach Kairos at, for every absolute link and e-mail (env KAIROS_PUBLIC_URL, default http://localhost:PORT)",
	)
	.option(
		"--trust-proxy [hops]",
		"behind proxies: trust X-Forwarded-* from this many of them, default 1 (env KAIROS_TRUST_PROXY)",
	)
	.option(
		"--no-jobs",
		"run no background jobs in this process (digests, notices…), for when other servers run them",
	)
	.action(async (options: ServeOptions) => {
		// The server's modules load only for the commands that need them, so `plan` starts fast.
		const { runServe } = await import("./serve-command.ts");
		process.exitCode = await runServe(options);
	});

const databaseOption = () =>
	new Option("--db <path-or-url>", "SQLite file or postgres:// URL (env DATABASE_URL)");

program
	.command("import")
	.description(
		"load a plan file (replaces that institution's plan) or a CSV/XLSX sheet of offerings or past offerings into the database",
	)
	.argument("<file>", "plan file (.yaml, .yml, .json) or sheet (.csv, .xlsx)")
	.option(
		"--institution <id>",
		"the institution a sheet belongs to (needed when the database holds several)",
	)
	.option("--history", "the sheet holds past offerings, for the plan's history")
	.addOption(databaseOption())
	.action(async (file: string, options: ImportOptions) => {
		const { runImport } = await import("./import-command.ts");
		process.exitCode = await runImport(file, options);
	});

program
	.command("export")
	.description(
		"write an institution's plan file, or its offerings (or past offerings) as a CSV or XLSX sheet",
	)
	.addOption(
		new Option("--format <format>", "what to write")
			.choices(["plan", "csv", "xlsx"])
			.default("plan"),
	)
	.option("--history", "write the past offerings of the plan's history as the sheet")
	.option("--institution <id>", "the institution (needed when the database holds several)")
	.option("--output <file>", "write to a file instead of standard output")
	.addOption(databaseOption())
	.action(async (options: ExportOptions) => {
		const { runExport } = await import("./export-command.ts");
		process.exitCode = await runExport(options);
	});

program
	.command("backup")
	.description("write every plan, account, token and audit entry to a JSON file")
	.argument("<file>", "the backup file to write")
	.addOption(databaseOption())
	.action(async (file: string, options: { db?: string }) => {
		const { runBackup } = await import("./backup-command.ts");
		process.exitCode = await runBackup(file, options);
	});

program
	.command("restore")
	.description("restore a backup into an empty database (or over everything with --replace)")
	.argument("<file>", "a file written by kairos backup")
	.option("--replace", "delete everything in the database first")
	.addOption(databaseOption())
	.action(async (file: string, options: { db?: string; replace?: boolean }) => {
		const { runRestore } = await import("./backup-command.ts");
		process.exitCode = await runRestore(file, options);
	});

program
	.command("jobs")
	.description("the background jobs (docs/jobs.md)")
	.command("run")
	.description("run one background job now, once, in this process, and print what it did")
	.argument("<name>", "the job, e.g. owner-digests")
	.addOption(databaseOption())
	.action(async (name: string, options: { db?: string }) => {
		const { runJobsRun } = await import("./jobs-command.ts");
		process.exitCode = await runJobsRun(name, options);
	});

const user = program.command("user").description("manage staff accounts");

user
	.command("add")
	.description("add an account; the password is read from standard input")
	.requiredOption("--email <email>", "the account's e-mail address")
	.requiredOption("--role <role>", "admin, manager, pedagogy, marketing, support or viewer")
	.option("--institution <id>", "the institution (every role but admin)")
	.option("--name <name>", "the person's name")
	.option(
		"--person <id>",
		"the person of the plan the account is (default: the one with its e-mail, if any)",
	)
	.option("--password-stdin", "read the password from standard input")
	.addOption(databaseOption())
	.action(async (options: UserAddOptions) => {
		const { runUserAdd } = await import("./user-command.ts");
		process.exitCode = await runUserAdd(options);
	});

user
	.command("list")
	.description("list the accounts: e-mail, role, institution, disabled, must change the password")
	.option("--institution <id>", "only this institution's accounts")
	.addOption(databaseOption())
	.action(async (options: { institution?: string; db?: string }) => {
		const { runUserList } = await import("./user-command.ts");
		process.exitCode = await runUserList(options);
	});

user
	.command("disable")
	.description("stop an account from signing in; its sessions and tokens stop working at once")
	.requiredOption("--email <email>", "the account's e-mail address")
	.option("--enable", "let the account sign in again instead")
	.addOption(databaseOption())
	.action(async (options: { email: string; enable?: boolean; db?: string }) => {
		const { runUserDisable } = await import("./user-command.ts");
		process.exitCode = await runUserDisable(options);
	});

user
	.command("reset-password")
	.description("print a one-time password for an account; its next sign-in must set a new one")
	.requiredOption("--email <email>", "the account's e-mail address")
	.addOption(databaseOption())
	.action(async (options: { email: string; db?: string }) => {
		const { runUserResetPassword } = await import("./user-command.ts");
		process.exitCode = await runUserResetPassword(options);
	});

try {
	await program.parseAsync();
} catch (error) {
	if (!(error instanceof CommanderError)) throw error;
	process.exitCode = error.exitCode === 0 ? ExitCode.Done : ExitCode.BadInput;
}
