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
	markDone: "Mark done",
	markDoneLabel: "Mark “{{task}}” of {{offering}} done",
	decide: "Record the decision",
	decideLabel: "Record the go/no-go decision of {{offering}}",
	marking: "Saving…",
	marked: "“{{task}}” is done.",
	draftFirst: "Save or discard the unsaved changes of this offering first.",
	calendar: {
		title: "Your task calendar",
		intro:
			"Subscribe to your tasks in your calendar app (Outlook, Google Calendar, Apple Calendar): it shows the milestones of your linked person and follows every change to the plan.",
		show: "Show the subscription address",
		loading: "Loading the address…",
		address: "Calendar address (ICS)",
		secret:
			"Anyone with this address can read your tasks: keep it to yourself, and reset it if it leaked.",
		copy: "Copy the address",
		copied: "The address is copied.",
		copyYourself: "The address is selected: copy it with Ctrl+C (⌘C on a Mac).",
		reset: "Reset the link",
		resetWarning:
			"A new address replaces this one, and the old link stops working at once: calendars subscribed to it get no more updates until you subscribe them to the new address.",
		resetConfirm: "Reset, the old link stops working",
		cancel: "Cancel",
		resetDone: "The link is reset: subscribe your calendar to the new address.",
	},
	digest: {
		title: "Your digest by e-mail",
		intro:
			"On Monday Kairos mails you the week's tasks and those overdue, and on the day a task falls overdue it mails you that one.",
		receiving: "You get the digests.",
		stopped: "You stopped the digests.",
		stop: "Stop the digests",
		start: "Send me the digests again",
	},
	roles: {
		manager: "programme manager",
		pedagogy: "pedagogy",
		marketing: "marketing",
		support: "support",
	},
} as const;
