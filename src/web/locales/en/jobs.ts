/** The administrator's background jobs view in English, the reference. */
export const jobs = {
	title: "Background jobs",
	intro:
		"Kairos runs these jobs by itself: each on its schedule, at once when something calls for it, and again after a failure. Here you see what each did lately, and why a run failed.",
	onlyAdministrators: "Only an administrator sees the background jobs.",
	names: {
		"owner-digests": "Owners' digests",
		"follow-through": "Go/no-go follow-through",
		"registration-notices": "Registration notices",
		retention: "Data retention",
		history: "Finished offerings into the history",
	},
	descriptions: {
		"owner-digests":
			"Mails each person of the plan their tasks: on Monday the week's, and on the day a task falls overdue.",
		"follow-through":
			"Carries out each go/no-go decision: mails every registrant and moves those postponed to the next intake.",
		"registration-notices":
			"Tells the waitlist when a place frees up, and those interested when registration opens.",
		retention: "Erases learners' data that is kept longer than allowed.",
		history:
			"Moves each finished offering from the plan into the history, with its real counts, for the analysis.",
	},
	every_one: "Every minute",
	every_other: "Every {{count}} minutes",
	everyHours_one: "Every hour",
	everyHours_other: "Every {{count}} hours",
	schedule: "Schedule",
	lastSuccess: "Last success",
	never: "Never",
	failuresInARow: "Failures since",
	runNow: "Run now",
	runNowLabel: "Run {{job}} now",
	requested: "{{job}} was asked to run. Its run shows below once it has begun.",
	runsCaption: "Latest runs of {{job}}",
	noRuns: "No run yet.",
	started: "Started",
	trigger: "Why",
	attempt: "Try",
	runner: "Server",
	result: "Result",
	details: "Details",
	triggers: { schedule: "Scheduled", request: "Asked for", manual: "Command line" },
	status: { running: "Running", succeeded: "Succeeded", failed: "Failed" },
	outcome: {
		movedToHistory: "offerings moved into the history",
		keptInPlan: "finished, kept in the plan",
		weekly: "weekly digests",
		overdue: "overdue mails",
		alreadySent: "already sent",
		optedOut: "opted out",
	},
} as const;
