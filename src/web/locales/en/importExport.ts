/** The import and export view's texts in English, the reference. */
export const importExport = {
	title: "Import and export",
	intro:
		"Take the plan out of Kairos as a file, or bring one in. A file is checked in full before anything changes: when something is wrong, you see what, by row and column, and the plan stays as it was. A sheet's cells are checked first; once they all read, the plan is checked as a whole with the sheet in it.",
	onlyManagers:
		"Only a programme manager or an administrator can replace the plan or import a sheet. You can download everything here.",
	download: {
		heading: "Download",
		plan: "Download the plan (YAML)",
		planHint:
			"The whole plan as a plan file: the school, its intakes, qualifications, templates and every offering.",
		sheet: "Download the offerings (XLSX)",
		sheetHint:
			"One row per offering, to edit in Excel or LibreOffice and import again. Modules, milestone statuses and registration counts stay in Kairos.",
	},
	plan: {
		heading: "Replace the plan from a file",
		hint: "A plan file in YAML or JSON. It replaces the whole plan: offerings that are not in the file are removed.",
		file: "Plan file (.yaml, .yml or .json)",
		check: "Check the file",
		chooseFirst: "Choose a plan file first.",
		draftsFirst:
			"Save or discard your unsaved changes first: a new plan would replace the plan they start from.",
		problems_one: "{{name}} has {{count}} problem. Nothing was changed.",
		problems_other: "{{name}} has {{count}} problems. Nothing was changed.",
		serverProblems_one: "The server found {{count}} problem in {{name}}. Nothing was changed.",
		serverProblems_other: "The server found {{count}} problems in {{name}}. Nothing was changed.",
		where: "Where",
		problem: "Problem",
		changesHeading: "What would change",
		changesIntro: "{{name}} is a valid plan. Replacing the saved plan with it would:",
		added_one: "add {{count}} offering:",
		added_other: "add {{count}} offerings:",
		removed_one: "remove {{count}} offering:",
		removed_other: "remove {{count}} offerings:",
		changed_one: "change {{count}} offering:",
		changed_other: "change {{count}} offerings:",
		otherParts: "also change {{parts}}.",
		parts: {
			institution: "the school's details and people",
			intakes: "the intakes",
			qualifications: "the qualifications",
			templates: "the marketing plan templates",
			history: "the past offerings",
		},
		unchanged: "{{name}} holds the plan as it is saved: replacing it would change nothing.",
		confirm: "Replace the plan",
		cancel: "Cancel",
		replaced: "The plan was replaced with {{name}} (plan version {{version}}).",
	},
	sheet: {
		heading: "Import offerings from a spreadsheet",
		hint: "A CSV or XLSX sheet with one row per offering. A row with a new id adds an offering, a row with the id of an offering in Kairos replaces it, and offerings that are not in the sheet stay as they are.",
		file: "Offerings sheet (.csv or .xlsx)",
		submit: "Import the sheet",
		chooseFirst: "Choose a sheet first.",
		wrongType: "{{name}} is not a .csv or .xlsx file.",
		imported:
			"{{name}} is imported: {{added}} new, {{updated}} replaced (plan version {{version}}).",
		problems_one: "{{name}} has {{count}} problem. Nothing was imported.",
		problems_other: "{{name}} has {{count}} problems. Nothing was imported.",
		caption: "Problems in {{name}}, by row and column",
		row: "Row",
		column: "Column",
		problem: "Problem",
		wholeFile: "The whole file",
		wholeRow: "The whole row",
	},
	history: {
		heading: "Past offerings",
		hint: "The courses that already ran or were cancelled, with their publication, start, group size and final registrations: what the analysis of fill learns from. A CSV or XLSX sheet with one row per past offering; a row with a new id adds it, a row with a known id replaces it, and the others stay as they are.",
		download: "Download the past offerings (XLSX)",
		file: "History sheet (.csv or .xlsx)",
		submit: "Import the past offerings",
		imported:
			"{{name}} is imported: {{added}} new past offerings, {{updated}} replaced (plan version {{version}}).",
	},
	progress: {
		sending: "Uploading {{name}}",
		checking: "Checking {{name}}…",
	},
} as const;
