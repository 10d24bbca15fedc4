#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { ExitCode } from "./exit-codes.ts";
import { runPlan } from "./plan-command.ts";
import { runValidate } from "./validate-command.ts";

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
	.action(
		async (
			file: string,
			options: { today?: string; format: "table" | "json" | "ics" | "html"; strict?: boolean },
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

try {
	await program.parseAsync();
} catch (error) {
	if (!(error instanceof CommanderError)) throw error;
	process.exitCode = error.exitCode === 0 ? ExitCode.Done : ExitCode.BadInput;
}
