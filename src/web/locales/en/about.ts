/** The "About micro-credentials" briefing in English, the reference. */
export const about = {
	title: "About micro-credentials",
	print: "Print the briefing",
	intro:
		"A briefing for the teachers and support staff of {{school}}: what micro-credentials are, how they fit our offer and our intakes, and this year's courses with their key dates and the people behind them. As of {{date}}.",
	what: {
		heading: "What a micro-credential is",
		definition:
			"A micro-credential is the record of what a person has learned in a short course. It states the learning outcomes they achieved, and those outcomes have been assessed against transparent, published standards. The credential belongs to the learner: they can show it to an employer, take it to another school, or combine it with others into a larger qualification.",
		source:
			"That is how the Council of the European Union defines it in its Recommendation on a European approach to micro-credentials for lifelong learning and employability of 16 June 2022. The Recommendation also lists the elements that every micro-credential states, so that whoever reads one knows what it is worth.",
		caption: "The EU standard elements, and where Kairos keeps each of them for our courses",
		element: "Element",
		meaning: "What it means",
		inKairos: "In Kairos",
		elements: {
			learner: {
				name: "Identity of the learner",
				meaning: "Who earned it.",
				kairos: "On the certificate each participant receives; the plan holds no learner's name.",
			},
			title: {
				name: "Title",
				meaning: "The name of the micro-credential.",
				kairos: "The course's title, in {{languages}}.",
				kairosWithoutLanguages: "The course's title.",
			},
			awardingBody: {
				name: "Awarding body",
				meaning: "Who issues it and vouches for it.",
				kairos: "Our school, {{school}}.",
			},
			country: {
				name: "Country",
				meaning: "Where the awarding body is.",
				kairos: "The school's country, {{country}}.",
			},
			date: {
				name: "Date of issue",
				meaning: "When it was awarded.",
				kairos: "Set when the certificate is issued, once the course has ended.",
			},
			outcomes: {
				name: "Learning outcomes",
				meaning:
					"What the learner knows and can do at the end, written so that it can be assessed.",
				kairos: "The course's learning outcomes, and each module's own.",
			},
			workload: {
				name: "Workload",
				meaning: "How much work it takes, in credits: our courses count it in {{systems}}.",
				meaningWithoutCredits:
					"How much work it takes, in credits or in hours of the learner's work.",
				kairos: "The course's credits and their unit.",
			},
			level: {
				name: "Level",
				meaning:
					"How demanding it is, on the European Qualifications Framework (EQF, levels 1 to 8).",
				kairos: "The EQF level, and the national level where given.",
			},
			assessment: {
				name: "Type of assessment",
				meaning: "How the outcomes are checked: a test, a practical task, a portfolio.",
				kairos: "The course's assessment.",
			},
			participation: {
				name: "Form of participation",
				meaning: "On site, online, or blended.",
				kairos: "The course's mode of study.",
			},
			quality: {
				name: "Quality assurance",
				meaning: "The quality system that stands behind the course and its assessment.",
				kairos: "The course's quality assurance.",
			},
		},
		/** The credit systems, as each defines its credit (school-facts.ts `creditSystems` has the numbers). */
		systems: {
			EKAP: {
				name: "EKAP",
				definition:
					"EKAP is the credit of Estonian vocational education: 1 EKAP is {{hours}} hours of the learner's work, and {{year}} EKAP make a year of full-time study.",
			},
			ECTS: {
				name: "ECTS",
				definition:
					"ECTS is the European credit of higher education: 1 ECTS credit is {{hours}} hours of the learner's work, and {{year}} credits make a year of full-time study.",
			},
			ECVET: {
				name: "ECVET points",
				definition:
					"ECVET points are the European credits of vocational education: they weigh learning outcomes rather than count hours, and {{year}} points stand for the learning outcomes of a year of full-time vocational education.",
			},
			hours: {
				name: "hours",
				definition: "A workload in hours counts the hours of the learner's work.",
			},
		},
		/** A national framework's levels, for the countries whose framework the briefing knows (school-facts.ts `knownFrameworks`). */
		frameworks: {
			EE: "Estonian vocational qualifications are at levels 2 to 5.",
		},
		/** The EQF levels of the plan, after "The EQF level, and the national level where given." */
		levels: {
			one: "level {{level}}",
			range: "levels {{levels}}",
			both: "In this plan, the courses are at EQF {{courses}} and the qualifications at {{qualifications}}.",
			courses: "In this plan, the courses are at EQF {{courses}}.",
			qualifications: "In this plan, the qualifications are at EQF {{qualifications}}.",
		},
		optional:
			"Where they apply, a micro-credential also states its prerequisites and how it can be combined with other credentials. Kairos shows both when a course has them, and it reports any course whose standard elements are incomplete, so that no course is published without them.",
	},
	offer: {
		heading: "How they fit our offer",
		modular:
			"Our micro-credentials are modular. A course is short ({{credits}} in this plan), often in the evenings or blended, so that working adults can take it beside their job. A course made of modules can be completed module by module: each module has its own outcomes, credits and assessment, and counts on its own.",
		modularWithoutCredits:
			"Our micro-credentials are modular. A course is short, often in the evenings or blended, so that working adults can take it beside their job. A course made of modules can be completed module by module: each module has its own outcomes, credits and assessment, and counts on its own.",
		linked:
			"Every course is linked to one of our broader qualifications. Whoever completes it has done part of that qualification, and it counts when they go on to study for the whole of it. Tell learners which qualification a course leads to: for many of them it is the first step back into formal education.",
		caption: "This year's courses and the qualifications they count towards",
		qualification: "Qualification",
		level: "Level",
		credits: "Credits",
		courses: "Courses that count towards it",
		eqf: "EQF {{level}}",
		asModule: "{{course}}, as the module “{{module}}”",
		none: "No course this year is linked to a qualification yet.",
	},
	intakes: {
		heading: "The intakes",
		cycle:
			"The school admits learners in intakes, each with its admission period and its studies start (below). Every micro-credential is planned inside one of them, with its own marketing plan and timeline from the start.",
		why: "Working adults decide about their next term months ahead, in the learners' decision window. A course must be public for the whole of that window, with its dates, fee, conditions and a contact, or it reaches people who have already made their plans. That is why our courses are published at the start of the decision window, and not once the full-time groups are confirmed: the groups are confirmed weeks after the window has closed, too late for anyone who is still deciding. Trainers for micro-credentials are therefore confirmed apart from the full-time groups.",
		admission: "Admission",
		decisionWindow: "Learners' decision window",
		studiesStart: "Studies start",
		groupsConfirmed: "Full-time groups confirmed",
		notSet: "not set",
		range: "{{from}} to {{to}}",
		gap_one: "The full-time groups are confirmed {{count}} day after the decision window closes.",
		gap_other:
			"The full-time groups are confirmed {{count}} days after the decision window closes.",
		none: "The plan has no intake in the coming year.",
	},
	offerings: {
		heading: "This year's offerings",
		intro:
			"Each course with its key dates and its owners, as in the saved plan. Dates that fell on a weekend, a public holiday or a closure have been moved to a working day.",
		caption: "Courses in {{intake}}",
		withoutIntake: "Courses without an intake",
		course: "Course",
		published: "Published",
		registrationCloses: "Registration closes",
		goNoGo: "Go/no-go",
		starts: "Starts",
		owners: "Owners",
		contact: "Contact",
		eqf: "EQF {{level}}",
		modes: { "on-site": "on site", online: "online", blended: "blended" },
		countsTowards: "Counts towards {{qualification}}",
		countsTowardsModule: "Counts towards {{qualification}} (module “{{module}}”)",
		decision: {
			go: "decided: go",
			"no-go": "decided: no-go",
			postpone: "decided: postponed",
			merge: "decided: merged",
		},
		noDate: "none",
		noOwners: "no owners yet",
		noContact: "no contact yet",
		none: "No course in this intake yet.",
	},
	/** An amount of credits in its unit: `value` is the amount in words, `count` the number that picks the plural. */
	units: {
		EKAP: "{{value}} EKAP",
		ECTS: "{{value}} ECTS",
		ECVET_one: "{{value}} ECVET point",
		ECVET_other: "{{value}} ECVET points",
		hours_one: "{{value}} hour",
		hours_other: "{{value}} hours",
	},
	numberRange: "{{from}} to {{to}}",
} as const;
