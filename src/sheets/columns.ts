import { type budgetCategories, decisionOutcomes, modes } from "../model/offering.ts";
import { creditUnits, type Role } from "../model/primitives.ts";

/**
 * How a cell is read and written. An `id` is text that names something (checked by the schema);
 * `list` cells hold several items, one per line or separated by ";"; `pathways` items are
 * `qualification/module`; `date-list` items are dates or anchors. A `decision` cell holds the
 * outcome of the go/no-go decision alone. `counts` items are a name and a whole number
 * (`web: 3; partner: 2`), `dated-counts` items a date and a whole number (`2025-09-01: 2`).
 */
export type ColumnKind =
	| "text"
	| "id"
	| "choice"
	| "decision"
	| "date"
	| "number"
	| "whole-number"
	| "list"
	| "date-list"
	| "pathways"
	| "counts"
	| "dated-counts";

/**
 * Where a column's value sits in an offering: a field (path), with the language of a
 * translation column (`title.en`), or the sum of one kind of budget line.
 */
export type ColumnTarget =
	| { path: readonly [string] | readonly [string, string]; language?: string }
	| { budget: (typeof budgetCategories)[number]; per: "course" | "participant" };

/** What a column of any sheet says of itself: its header, how its cells read, its docs. */
export interface SheetColumn {
	/** The header text in the sheet's first row (matched without regard to upper or lower case). */
	name: string;
	/** A required column must be in the sheet, and every row fills it. */
	required: boolean;
	/** One line for the school's staff: what the cell holds. */
	description: string;
	/** An example cell, as text. */
	example: string;
	kind: ColumnKind;
	/** The allowed values of a `choice` column. */
	choices?: readonly string[];
}

/** One column of an offerings sheet. The reader, the writers, the template and the docs use these. */
export interface OfferingColumn extends SheetColumn {
	/**
	 * A text learners read, which may be given per language: besides this column, a sheet may
	 * have one per language, named `title.en` (`translationColumn`).
	 */
	localized?: true;
	target: ColumnTarget;
}

const field = (name: string, rest: Omit<OfferingColumn, "name" | "target">): OfferingColumn => ({
	name,
	...rest,
	target: { path: [name] },
});

const cost = (
	category: (typeof budgetCategories)[number],
	per: "course" | "participant",
	description: string,
	example: string,
): OfferingColumn => ({
	name: per === "course" ? `${category}Cost` : `${category}PerParticipant`,
	required: false,
	description,
	example,
	kind: "number",
	target: { budget: category, per },
});

const owner = (role: Role, who: string, example: string): OfferingColumn => ({
	name: `owner${role[0]?.toUpperCase() ?? ""}${role.slice(1)}`,
	required: false,
	description: `person id of the ${who}`,
	example,
	kind: "id",
	target: { path: ["owners", role] },
});

/** The columns of an offerings sheet, in the order the writers put them. */
export const offeringColumns: readonly OfferingColumn[] = [
	field("id", {
		required: true,
		description: "the offering's id, unique in the institution",
		example: "mma-welding-spring-2028",
		kind: "id",
	}),
	field("title", {
		localized: true,
		required: true,
		description:
			"the course title, as learners see it; title.en and the like give it in other languages",
		example: "Manual metal arc welding for beginners",
		kind: "text",
	}),
	field("intake", {
		required: false,
		description: "id of the admission intake the course belongs to",
		example: "spring-2028",
		kind: "id",
	}),
	field("start", {
		required: true,
		description: "first day of the course",
		example: "2028-02-07",
		kind: "date",
	}),
	field("end", {
		required: true,
		description: "last day of the course, on or after the start",
		example: "2028-05-05",
		kind: "date",
	}),
	field("field", {
		required: false,
		description:
			"field of study, used to filter the catalogue; an id of institution.fields when it lists them",
		example: "engineering",
		kind: "text",
	}),
	field("language", {
		required: false,
		description: "language of instruction, a two-letter ISO 639-1 code",
		example: "et",
		kind: "text",
	}),
	field("mode", {
		required: false,
		description: "form of participation (EU element)",
		example: "blended",
		kind: "choice",
		choices: modes,
	}),
	field("location", {
		localized: true,
		required: false,
		description:
			"where the course takes place; location.en and the like give it in other languages",
		example: "Tartu, welding workshop",
		kind: "text",
	}),
	field("description", {
		localized: true,
		required: false,
		description:
			"a short description for the catalogue; description.en and the like give it in other languages",
		example: "Two evenings a week in the welding workshop, with theory online.",
		kind: "text",
	}),
	{
		name: "credits",
		required: false,
		description: "workload in credits (EU element); needs creditUnit",
		example: "6",
		kind: "number",
		target: { path: ["credits", "value"] },
	},
	{
		name: "creditUnit",
		required: false,
		description: "unit of the credits",
		example: "EKAP",
		kind: "choice",
		choices: creditUnits,
		target: { path: ["credits", "unit"] },
	},
	{
		name: "eqfLevel",
		required: false,
		description: "EQF level, 1 to 8 (EU element)",
		example: "4",
		kind: "whole-number",
		target: { path: ["level", "eqf"] },
	},
	{
		name: "nationalLevel",
		required: false,
		description: "the national level's name; needs eqfLevel",
		example: "EstQF 4",
		kind: "text",
		target: { path: ["level", "national"] },
	},
	field("learningOutcomes", {
		localized: true,
		required: false,
		description:
			"what a learner can do after the course (EU element); learningOutcomes.en and the like give it in other languages",
		example: "Welds fillet joints in positions PA and PB; Checks welds visually",
		kind: "list",
	}),
	field("assessment", {
		required: false,
		description: "type of assessment (EU element)",
		example: "practical welding test with visual inspection",
		kind: "text",
	}),
	field("qualityAssurance", {
		required: false,
		description: "type of quality assurance (EU element)",
		example: "the college's quality management system",
		kind: "text",
	}),
	field("prerequisites", {
		required: false,
		description: "what a learner needs before the course",
		example: "basic metalwork skills",
		kind: "text",
	}),
	field("stackability", {
		required: false,
		description: "how the course combines with others towards a qualification",
		example: "counts towards the Welder, level 4 curriculum",
		kind: "text",
	}),
	field("pathways", {
		required: false,
		description: "the qualifications, and their modules, that the course counts towards",
		example: "welder-4/mma",
		kind: "pathways",
	}),
	{
		name: "feeAmount",
		required: true,
		description: "fee per participant; 0 for a free course",
		example: "580",
		kind: "number",
		target: { path: ["fee", "amount"] },
	},
	{
		name: "feeCurrency",
		required: true,
		description: "currency of the fee, the subsidy and the costs, an ISO 4217 code",
		example: "EUR",
		kind: "text",
		target: { path: ["fee", "currency"] },
	},
	{
		name: "subsidyAmount",
		required: false,
		description: "subsidy for the whole course, in the fee's currency",
		example: "1200",
		kind: "number",
		target: { path: ["subsidy", "amount"] },
	},
	{
		name: "minParticipants",
		required: true,
		description: "smallest group that goes ahead",
		example: "8",
		kind: "whole-number",
		target: { path: ["participants", "min"] },
	},
	{
		name: "maxParticipants",
		required: true,
		description: "largest group, at least minParticipants",
		example: "12",
		kind: "whole-number",
		target: { path: ["participants", "max"] },
	},
	cost("teaching", "course", "teaching costs for the whole course", "2500"),
	cost("materials", "course", "materials bought for the whole course", "150"),
	cost("materials", "participant", "materials for each participant, such as consumables", "90"),
	cost("premises", "course", "premises and equipment for the whole course", "600"),
	cost("communication", "course", "marketing and communication for the whole course", "400"),
	cost("overhead", "course", "overhead for the whole course", "300"),
	cost("other", "course", "other costs for the whole course", "100"),
	owner("manager", "programme manager", "margus-sepp"),
	owner("pedagogy", "department head or teacher who writes the content", "mart-kask"),
	owner("marketing", "marketing person", "liis-parn"),
	owner("support", "learning advisor who answers learners", "anu-kallas"),
	{
		name: "contactName",
		required: false,
		description: "the learners' contact person; needs contactEmail",
		example: "Anu Kallas",
		kind: "text",
		target: { path: ["contact", "name"] },
	},
	{
		name: "contactEmail",
		required: false,
		description: "the contact person's e-mail; needs contactName",
		example: "anu.kallas@emajoe-vc.ee",
		kind: "text",
		target: { path: ["contact", "email"] },
	},
	{
		name: "contactPhone",
		required: false,
		description: "the contact person's phone; needs contactName",
		example: "+372 5341 2207",
		kind: "text",
		target: { path: ["contact", "phone"] },
	},
	field("publication", {
		required: false,
		description: "planned publication date; empty: the start of the learners' decision window",
		example: "2027-09-01",
		kind: "date",
	}),
	field("applicationUrl", {
		required: false,
		description:
			"where learners apply when applications are taken elsewhere (SAIS, the school's own form); http or https",
		example: "https://sais.ee/apply/12345",
		kind: "text",
	}),
	field("blockedUntil", {
		required: false,
		description: "what publication must wait for: a date, or an intake date by its name",
		example: "intake.fullTimeGroupsConfirmed",
		kind: "date-list",
	}),
	field("template", {
		required: false,
		description: "id of the marketing plan template; empty: the built-in default",
		example: "short-evening",
		kind: "id",
	}),
	field("decision", {
		required: false,
		description:
			"the go/no-go decision once made: go confirms the group, no-go cancels the course; postpone and merge keep the decision the staff app recorded",
		example: "go",
		kind: "decision",
		choices: decisionOutcomes,
	}),
];

/** The spreadsheet letter of a 0-based column position: 0 → A, 26 → AA. */
export function columnLetter(position: number): string {
	let letters = "";
	for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
		letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
	}
	return letters;
}

/**
 * The column for a header text, matched without regard to case and surrounding spaces: one of
 * `offeringColumns`, or a translation column such as `title.en`.
 */
export function columnNamed(header: string): OfferingColumn | undefined {
	const name = header.trim().toLowerCase();
	const known = byName.get(name);
	if (known !== undefined) return known;
	const translation = /^(.+)\.([a-z]{2})$/.exec(name);
	const base = translation && byName.get(translation[1] ?? "");
	return base?.localized && translation?.[2] ? translationColumn(base, translation[2]) : undefined;
}

const byName = new Map(offeringColumns.map((column) => [column.name.toLowerCase(), column]));
const translations = new Map<string, OfferingColumn>();

/**
 * The column of a localized column's text in one language, `title.en`: optional, of the same
 * kind, next to its base column in a sheet. The same name always gives the same column.
 */
export function translationColumn(base: OfferingColumn, language: string): OfferingColumn {
	const name = `${base.name}.${language}`;
	let column = translations.get(name);
	if (column === undefined) {
		const path = "path" in base.target ? base.target.path : ([base.name] as const);
		column = {
			name,
			required: false,
			description: `${base.description}, in the language ${language}`,
			example: base.example,
			kind: base.kind,
			target: { path, language },
		};
		translations.set(name, column);
	}
	return column;
}

/** The localized column that a translation column translates, or the column itself. */
export function baseColumn(column: OfferingColumn): OfferingColumn {
	if (!("path" in column.target) || column.target.language === undefined) return column;
	return byName.get(column.target.path[0].toLowerCase()) ?? column;
}

/** How a column's cells are written, in a few words, for the docs and the template. */
export function formatOf(column: SheetColumn): string {
	switch (column.kind) {
		case "text":
			return "text";
		case "id":
			return "id: a-z, 0-9 and -";
		case "choice":
		case "decision":
			return `one of ${(column.choices ?? []).join(", ")}`;
		case "date":
			return "date YYYY-MM-DD";
		case "number":
			return "number";
		case "whole-number":
			return "whole number";
		case "list":
			return "list: one per line, or separated by ;";
		case "date-list":
			return "list of dates or anchors, separated by ;";
		case "pathways":
			return "list of qualification/module, separated by ;";
		case "counts":
			return "list of name: whole number, separated by ;";
		case "dated-counts":
			return "list of YYYY-MM-DD: whole number, separated by ;";
	}
}
