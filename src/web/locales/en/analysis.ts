/** The analysis view in English, the reference every other language follows. */
export const analysis = {
	title: "Analysis",
	intro:
		"What timing did to fill in this school's own history: how full its past offerings were against how early they were public, by field, intake and channel, and what that means for the offerings planned now.",
	savedOnly: "The analysis is of the saved plan: your unsaved changes are not in it.",
	summary: "Summary",
	plots: "Plots",
	plot: {
		"lead-time": {
			title: "Fill against lead time",
			alt_one:
				"Scatter plot of the fill of {{count}} past offering against its lead time, with the fitted line and its 95% band.",
			alt_other:
				"Scatter plot of the fill of {{count}} past offerings against their lead time, with the fitted line and its 95% band.",
		},
		coverage: {
			title: "Fill against decision-window coverage",
			alt_one:
				"Scatter plot of the fill of {{count}} past offering against the share of the decision window it was public for, with the fitted line and its 95% band.",
			alt_other:
				"Scatter plot of the fill of {{count}} past offerings against the share of the decision window they were public for, with the fitted line and its 95% band.",
		},
		spend: {
			title: "Registrations against communication spend",
			alt: "Scatter plot of past offerings' registrations against their communication spend, with the fitted line and its 95% band.",
		},
		"cost-per-enrolment": {
			title: "Cost per enrolment against communication spend",
			alt: "Scatter plot of the communication cost per enrolment of the past offerings that ran against their communication spend, with the fitted line and its 95% band. Spend is on both axes, so the line rises with spend partly by arithmetic alone.",
		},
	},
	fillBy: "Fill by group",
	groupsNote:
		"Each mean comes with its number of offerings and its 95% interval: a small group's interval is wide. The tables do not test whether groups differ, so do not rank them by their means.",
	byField: "Fill by field",
	byIntake: "Fill by intake",
	byChannel: "Registrations by channel",
	field: "Field",
	intake: "Intake",
	channel: "Channel",
	otherChannels_one: "{{count}} other channel",
	otherChannels_other: "{{count}} other channels",
	otherGroups_one: "{{count}} other group",
	otherGroups_other: "{{count}} other groups",
	offerings: "Offerings",
	meanFill: "Mean fill",
	interval: "95% interval",
	noInterval: "too few to tell",
	range: "{{low}} – {{high}}",
	registrations: "Registrations",
	share: "Share",
	noGroups: "No past offering gives this.",
	atRisk: "At risk this year",
	atRiskIntro:
		"The offerings planned now whose lead time or coverage falls where the line fitted to past offerings lies below their minimum group (offerings timed so fell short more often than not), with the fill expected there. The range is where one offering timed so would fill 95 times in 100: single courses vary much more than the average does.",
	noneAtRisk: "No offering planned now falls where past offerings filled badly.",
	atRiskUnknown:
		"The history shows no clear link between timing and fill yet, so it cannot tell which offerings planned now are at risk.",
	offering: "Offering",
	leadTime: "Lead time",
	weeks_one: "{{count}} week",
	weeks_other: "{{count}} weeks",
	coverage: "Coverage",
	expectedFill: "Expected fill (95% range)",
	minimumFill: "Minimum group",
	minimumOf: "{{minimum}} of {{places}} ({{share}})",
	by: "Judged by",
	byLeadTime: "lead time",
	byCoverage: "coverage",
	noIntake: "In no intake",
	yearly: "Yearly report",
	yearlyIntro:
		"One page per year for leadership and funders: each intake's offerings run and cancelled, fill, lead times, coverage, communication spend and cost per enrolment, with the plots. It prints on A4 and is written in the language of the app.",
	year: "Year",
	openYearly: "Open the yearly report for {{year}}",
	newTab: "(opens in a new tab)",
} as const;
