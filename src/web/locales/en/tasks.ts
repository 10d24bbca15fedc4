/** The tasks view in English, the reference every other language follows. */
export const tasks = {
	title: "Tasks",
	intro:
		"The milestones you own in every offering's marketing plan, as the live report dates them.",
	whose: "Tasks of",
	choosePerson: "Choose a person",
	ownerOf: "Milestones owned by {{name}}.",
	notLinked:
		"Your account is not linked to a person of the plan, so no tasks are yours yet. Ask an administrator to link it.",
	groups: {
		overdue: "Overdue",
		thisWeek: "This week (week {{week}})",
		later: "Later",
		done: "Done",
	},
	none: {
		overdue: "Nothing is overdue.",
		thisWeek: "Nothing else is due this week.",
		later: "Nothing is due later.",
		done: "Nothing is done yet.",
	},
	due: "Due {{date}}",
	overdueBy_one: "{{count}} day overdue",
	overdueBy_other: "{{count}} days overdue",
	effort: "{{hours}} h",
	role: "Role: {{role}}",
	moved: "moved from {{date}}: {{reason}}",
	markDone: "Mark done",
	markDoneLabel: "Mark “{{task}}” of {{offering}} done",
	marking: "Saving…",
	marked: "“{{task}}” is done.",
	draftFirst: "Save or discard the unsaved changes of this offering first.",
	roles: {
		manager: "programme manager",
		pedagogy: "pedagogy",
		marketing: "marketing",
		support: "support",
	},
} as const;
