/** The `kairos` exit codes (docs/rules.md). */
export const ExitCode = {
	/** Done, whether or not there were findings. */
	Done: 0,
	/** `--strict` and at least one error finding. */
	ErrorFindings: 1,
	/** `kairos jobs run`: the job failed; why went to stderr. */
	JobFailed: 1,
	/** Bad input: one line per problem went to stderr. */
	BadInput: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
