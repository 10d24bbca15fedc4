import type { TFunction } from "i18next";
import { blockerAnchors } from "../../../model/anchors.ts";
import { defaultTemplate } from "../../../model/default-template.ts";
import { type LocalizedText, textIn } from "../../../model/localized-text.ts";
import {
	budgetCategories,
	decisionOutcomes,
	type MilestoneStatus,
	milestoneStatuses,
	modes,
	type Offering,
} from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { creditUnits, roles } from "../../../model/primitives.ts";
import {
	formatDate,
	formatGroup,
	formatLanguage,
	formatMoney,
	formatNumber,
} from "../../lib/format.ts";
import { type FieldConflict, isObject, sameValue } from "./drafts.ts";

/** What the texts of a conflict are made from: the reader's language and the saved plan. */
export interface ConflictContext {
	language: string;
	/** The plan the names come from: its languages, intakes, fields, people, qualifications, templates. */
	plan: PlanFile;
	/** The offering editor's texts (`offerings`), whose labels the dialog names the fields by. */
	t: TFunction<"offerings">;
	/** The app's shared texts (`common`): the dialog's own words and the milestone statuses. */
	tc: TFunction<"common">;
}

/** A conflict's row as a person reads it: the field's label and each version's value. */
export interface ConflictRowTexts {
	field: string;
	label: string;
	base: string;
	mine: string;
	theirs: string;
}

/** How much a value's text says. */
export interface ValueOptions {
	/** For `milestoneStatus`: the milestones to show, those the versions differ in. */
	milestones?: readonly string[];
	/**
	 * Localized texts in each of these languages, and modules in full: for versions that differ
	 * where the short text does not show it (a title changed in another language than the reader's).
	 */
	inLanguages?: readonly string[];
}

/** The offering editor's label of each top-level field (locales/en/offerings.ts). */
const editorLabels = {
	id: "field.id",
	title: "field.title",
	description: "field.description",
	field: "field.field",
	language: "field.language",
	mode: "field.mode",
	location: "field.location",
	intake: "field.intake",
	start: "field.start",
	end: "field.end",
	learningOutcomes: "field.learningOutcomes",
	credits: "field.credits",
	level: "field.level",
	assessment: "field.assessment",
	qualityAssurance: "field.qualityAssurance",
	prerequisites: "field.prerequisites",
	stackability: "field.stackability",
	modules: "legend.modules",
	pathways: "legend.pathways",
	fee: "field.fee",
	subsidy: "field.subsidy",
	participants: "field.participants",
	budget: "field.budget",
	owners: "field.owners",
	contact: "field.contact",
	publication: "field.publication",
	released: "field.released",
	applicationUrl: "field.applicationUrl",
	blockedUntil: "field.blockedUntil",
	template: "field.template",
	decision: "field.decision",
	registrations: "field.registrations",
} as const;

/** Fields the editor has no input for, and so no label: the dialog names them itself. */
const ownLabels = { milestoneStatus: "conflict.label.milestoneStatus" } as const;

function has<K extends string>(record: Record<K, unknown>, key: string): key is K {
	return Object.hasOwn(record, key);
}

/** The field's label as the offering editor shows it; a field unknown to the app keeps its key. */
export function fieldLabel(field: string, context: ConflictContext): string {
	if (has(editorLabels, field)) return context.t(editorLabels[field]);
	if (has(ownLabels, field)) return context.tc(ownLabels[field]);
	return field;
}

/** Lists longer than this show their first items and how many more there are. */
const shownItems = 5;

const languageCode = /^[a-z]{2}$/;

/** A plain text, or a map of language codes to texts. */
function isText(value: unknown): value is LocalizedText {
	return (
		typeof value === "string" ||
		(isObject(value) &&
			Object.keys(value).length > 0 &&
			Object.entries(value).every(
				([code, text]) => languageCode.test(code) && typeof text === "string",
			))
	);
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return typeof value === "string" && (values as readonly string[]).includes(value);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A plan day as a date, anything else as it is. */
function dateText(value: unknown, context: ConflictContext): string | undefined {
	return typeof value === "string" && isoDate.test(value)
		? formatDate(value, context.language)
		: undefined;
}

function moneyText(value: unknown, context: ConflictContext): string | undefined {
	if (!isObject(value) || typeof value.amount !== "number" || typeof value.currency !== "string")
		return undefined;
	try {
		return formatMoney(value.amount, value.currency, context.language);
	} catch {
		// Not a currency Intl knows (the schema only checks its shape).
		return `${formatNumber(value.amount, context.language, 2)} ${value.currency}`;
	}
}

/** "Teaching; Communication; Premises; … and 2 more": a list's items, the first few. */
function listText(items: readonly string[], context: ConflictContext): string {
	if (items.length === 0) return context.tc("conflict.value.noItems");
	const shown = items.slice(0, shownItems).join("; ");
	const rest = items.length - shownItems;
	return rest > 0 ? `${shown}; ${context.tc("conflict.value.more", { count: rest })}` : shown;
}

/** "Estonian (et)": a language's name with its code; the code alone when it is unknown. */
function languageName(code: string, language: string): string {
	const name = formatLanguage(code, language);
	return name === code ? code : `${name} (${code})`;
}

/**
 * A localized text in the reader's language, or with `inLanguages` in each of those:
 * "Estonian: Koogid / English: Cakes". A plain string is in the institution's first language.
 */
function localizedText(item: unknown, context: ConflictContext, options: ValueOptions): string {
	if (!isText(item)) return generic(item, context);
	const languages = context.plan.institution.languages ?? [];
	// One language has nothing to tell apart: its text alone.
	if (!options.inLanguages || options.inLanguages.length < 2)
		return textIn(context.language, languages)(item);
	const texts: Readonly<Record<string, string>> =
		typeof item === "string" ? { [languages[0] ?? ""]: item } : item;
	return options.inLanguages
		.map((code) => {
			const name = formatLanguage(code, context.language);
			return `${name}: ${texts[code] ?? context.tc("conflict.none")}`;
		})
		.join(" / ");
}

function creditsText(value: unknown, context: ConflictContext): string {
	return isObject(value) && typeof value.value === "number" && isOneOf(creditUnits, value.unit)
		? `${formatNumber(value.value, context.language, 2)} ${context.t(`option.unit.${value.unit}`)}`
		: generic(value, context);
}

/**
 * A module by its title; with `inLanguages`, in full: "Safety (Module id: safety, Credits: 2
 * EKAP, …)", each part by the editor's label.
 */
function moduleText(module: unknown, context: ConflictContext, options: ValueOptions): string {
	if (!isObject(module) || !isText(module.title)) return generic(module, context);
	const title = localizedText(module.title, context, options);
	if (!options.inLanguages) return title;
	const { t } = context;
	const parts = [`${t("field.moduleId")}: ${String(module.id)}`];
	if (module.credits !== undefined)
		parts.push(`${t("field.credits")}: ${creditsText(module.credits, context)}`);
	if (Array.isArray(module.learningOutcomes))
		parts.push(
			`${t("field.learningOutcomes")}: ${listText(
				module.learningOutcomes.map((outcome) => localizedText(outcome, context, options)),
				context,
			)}`,
		);
	if (typeof module.assessment === "string")
		parts.push(`${t("field.assessment")}: ${module.assessment}`);
	return `${title} (${parts.join(", ")})`;
}

function personName(id: unknown, context: ConflictContext): string {
	const person = context.plan.institution.people?.find((entry) => entry.id === id);
	return person?.name ?? String(id);
}

function budgetLineText(line: unknown, currency: string | undefined, context: ConflictContext) {
	if (!isObject(line)) return generic(line, context);
	const { t, tc, language } = context;
	const category = isOneOf(budgetCategories, line.category)
		? t(`option.category.${line.category}`)
		: String(line.category);
	const name = typeof line.label === "string" ? `${category} (${line.label})` : category;
	if (typeof line.amount !== "number") return name;
	const amount =
		currency === undefined
			? formatNumber(line.amount, language, 2)
			: (moneyText({ amount: line.amount, currency }, context) ?? String(line.amount));
	return `${name}: ${line.per === "participant" ? tc("conflict.value.perParticipant", { amount }) : amount}`;
}

/** The milestones of the version's marketing plan, by key, with their labels in the reader's language. */
function milestoneLabels(offering: Offering | null | undefined, context: ConflictContext) {
	const id = offering?.template ?? defaultTemplate.id;
	const template =
		context.plan.templates?.find((entry) => entry.id === id) ??
		(id === defaultTemplate.id ? defaultTemplate : undefined);
	const text = textIn(context.language, context.plan.institution.languages ?? []);
	return new Map(
		(template?.milestones ?? []).map((milestone) => [
			milestone.key,
			milestone.label === undefined ? milestone.key : text(milestone.label),
		]),
	);
}

function statusWord(status: unknown, context: ConflictContext): string {
	return isOneOf(milestoneStatuses, status)
		? context.tc(`status.${status as MilestoneStatus}`)
		: String(status);
}

/** "Done, done on 3 May 2027, due 5 May 2027, owner Kadri Tamm, “a note”": one milestone's progress. */
function progressText(progress: unknown, context: ConflictContext): string {
	if (progress === undefined) return statusWord("todo", context);
	if (!isObject(progress)) return statusWord(progress, context);
	const { tc } = context;
	const parts = [statusWord(progress.status, context)];
	const doneOn = dateText(progress.doneOn, context);
	if (doneOn) parts.push(tc("conflict.value.doneOn", { date: doneOn }));
	const due = dateText(progress.due, context);
	if (due) parts.push(tc("conflict.value.due", { date: due }));
	if (progress.owner !== undefined)
		parts.push(tc("conflict.value.owner", { name: personName(progress.owner, context) }));
	if (typeof progress.note === "string") parts.push(`“${progress.note}”`);
	return parts.join(", ");
}

/**
 * "Content approved: Done; Budget approved: In progress": the milestones `keys` names (those
 * the versions differ in), in the marketing plan's order, each with its progress.
 */
function milestonesText(
	value: unknown,
	offering: Offering | null | undefined,
	keys: readonly string[] | undefined,
	context: ConflictContext,
): string {
	if (!isObject(value) && keys === undefined) return generic(value, context);
	const progress = isObject(value) ? value : {};
	const labels = milestoneLabels(offering, context);
	const order = [...labels.keys()];
	const position = (key: string) => {
		const index = order.indexOf(key);
		return index === -1 ? order.length : index;
	};
	const shown = [...(keys ?? Object.keys(progress))].sort((a, b) => position(a) - position(b));
	return listText(
		shown.map((key) => `${labels.get(key) ?? key}: ${progressText(progress[key], context)}`),
		context,
	);
}

function decisionText(value: unknown, context: ConflictContext): string {
	const { t } = context;
	if (isOneOf(decisionOutcomes, value)) return t(`option.outcome.${value}`);
	if (!isObject(value) || !isOneOf(decisionOutcomes, value.outcome)) return generic(value, context);
	const parts: string[] = [t(`option.outcome.${value.outcome}`)];
	// Where a postponed or merged course went, by its title.
	const into = context.plan.offerings.find((offering) => offering.id === value.into);
	if (into)
		parts.push(textIn(context.language, context.plan.institution.languages ?? [])(into.title));
	else if (typeof value.into === "string") parts.push(value.into);
	const decidedOn = dateText(value.decidedOn, context);
	if (decidedOn) parts.push(decidedOn);
	if (typeof value.decidedBy === "string") parts.push(personName(value.decidedBy, context));
	if (typeof value.reason === "string") parts.push(`“${value.reason}”`);
	return parts.join(", ");
}

/** A value of a field the app has no words for: texts, numbers, yes/no and lists of them. */
function generic(value: unknown, context: ConflictContext): string {
	const { tc, language } = context;
	if (value === undefined || value === null) return tc("conflict.none");
	if (typeof value === "boolean") return tc(value ? "conflict.value.yes" : "conflict.value.no");
	if (typeof value === "number") return formatNumber(value, language, 2);
	if (typeof value === "string") return dateText(value, context) ?? value;
	if (Array.isArray(value))
		return listText(
			value.map((item) => generic(item, context)),
			context,
		);
	if (isText(value)) return textIn(language, context.plan.institution.languages ?? [])(value);
	const money = moneyText(value, context);
	if (money) return money;
	return Object.entries(value)
		.map(([key, item]) => `${key}: ${generic(item, context)}`)
		.join(", ");
}

/**
 * One version's value of a top-level field, for people: money as money, days as dates, a group
 * as "8–12", localized texts in the reader's language, lists as short lists, ids by their names.
 * `offering` is the version the value is of (its fee's currency, its template's milestones).
 */
export function valueText(
	field: string,
	value: unknown,
	offering: Offering | null | undefined,
	context: ConflictContext,
	options: ValueOptions = {},
): string {
	const keys = options.milestones;
	const { t, tc, language, plan } = context;
	const text = textIn(language, plan.institution.languages ?? []);
	// What the editor shows for an empty choice, where its words say more than "not set".
	if (value === undefined || value === null) {
		if (field === "milestoneStatus" && keys !== undefined)
			return milestonesText(value, offering, keys, context);
		switch (field) {
			case "intake":
				return t("option.noIntake");
			case "template":
				return t("option.defaultTemplate");
			case "released":
				return t("option.releasedByMilestone");
			case "decision":
				return t("option.notDecided");
			default:
				return tc("conflict.none");
		}
	}
	switch (field) {
		case "title":
		case "description":
		case "location":
			return localizedText(value, context, options);
		case "learningOutcomes":
			return Array.isArray(value)
				? listText(
						value.map((item) => localizedText(item, context, options)),
						context,
					)
				: generic(value, context);
		case "start":
		case "end":
		case "publication":
			return dateText(value, context) ?? generic(value, context);
		case "intake": {
			const intake = plan.intakes.find((entry) => entry.id === value);
			return intake ? text(intake.label ?? intake.id) : generic(value, context);
		}
		case "field": {
			const known = plan.institution.fields?.find((entry) => entry.id === value);
			return known ? text(known.name) : generic(value, context);
		}
		case "language":
			return typeof value === "string" ? languageName(value, language) : generic(value, context);
		case "mode":
			return isOneOf(modes, value) ? t(`option.mode.${value}`) : generic(value, context);
		case "credits":
			return creditsText(value, context);
		case "level": {
			if (!isObject(value) || typeof value.eqf !== "number") return generic(value, context);
			const eqf = `${t("field.eqf")} ${value.eqf}`;
			return typeof value.national === "string"
				? `${eqf}; ${t("field.national")}: ${value.national}`
				: eqf;
		}
		case "modules":
			return Array.isArray(value)
				? listText(
						value.map((module) => moduleText(module, context, options)),
						context,
					)
				: generic(value, context);
		case "pathways":
			return Array.isArray(value)
				? listText(
						value.map((pathway) => {
							if (!isObject(pathway)) return generic(pathway, context);
							const qualification = plan.qualifications?.find(
								(entry) => entry.id === pathway.qualification,
							);
							const name = qualification
								? text(qualification.title)
								: String(pathway.qualification);
							if (pathway.module === undefined) return name;
							const module = qualification?.modules?.find((entry) => entry.id === pathway.module);
							return `${name}: ${module ? text(module.title) : String(pathway.module)}`;
						}),
						context,
					)
				: generic(value, context);
		case "fee":
		case "subsidy":
			return moneyText(value, context) ?? generic(value, context);
		case "participants":
			return isObject(value) && typeof value.min === "number" && typeof value.max === "number"
				? formatGroup(value.min, value.max, language)
				: generic(value, context);
		case "budget":
			return Array.isArray(value)
				? listText(
						value.map((line) => budgetLineText(line, offering?.fee?.currency, context)),
						context,
					)
				: generic(value, context);
		case "owners":
			return isObject(value)
				? listText(
						roles
							.filter((role) => value[role] !== undefined)
							.map((role) => `${tc(`roles.${role}`)}: ${personName(value[role], context)}`),
						context,
					)
				: generic(value, context);
		case "contact":
			return isObject(value)
				? [value.name, value.email, value.phone]
						.filter((part): part is string => typeof part === "string")
						.join(", ")
				: generic(value, context);
		case "released":
			return typeof value === "boolean"
				? t(value ? "option.released" : "option.heldBack")
				: generic(value, context);
		case "blockedUntil":
			return Array.isArray(value)
				? listText(
						value.map((blocker) =>
							isOneOf(blockerAnchors, blocker)
								? t(`option.anchor.${blocker}`)
								: generic(blocker, context),
						),
						context,
					)
				: generic(value, context);
		case "template": {
			const template = plan.templates?.find((entry) => entry.id === value);
			return template?.label ?? generic(value, context);
		}
		case "decision":
			return decisionText(value, context);
		case "milestoneStatus":
			return milestonesText(value, offering, keys, context);
		case "registrations":
			return Array.isArray(value)
				? listText(
						[...value]
							.filter(isObject)
							.sort((a, b) => String(b.date).localeCompare(String(a.date)))
							.map(
								(entry) =>
									`${dateText(entry.date, context) ?? String(entry.date)}: ${generic(entry.count, context)}`,
							),
						context,
					)
				: generic(value, context);
		default:
			return generic(value, context);
	}
}

/** The milestones whose progress the versions differ in: the ones a row needs to show. */
function changedMilestones(row: FieldConflict): string[] {
	const versions = [row.base, row.mine, row.theirs].map((value) => (isObject(value) ? value : {}));
	const keys = new Set(versions.flatMap((version) => Object.keys(version)));
	// An absent milestone is one to do, as `statusOf` reads it.
	const progress = (version: Record<string, unknown>, key: string) => version[key] ?? "todo";
	return [...keys].filter((key) => {
		const [first, ...others] = versions.map((version) => progress(version, key));
		return others.some((other) => !sameValue(first, other));
	});
}

/**
 * A row of the conflict dialog in words: the field by the editor's label, and the value before,
 * in one's own version and in theirs. The milestones' progress shows only the milestones that
 * differ, each version's in its marketing plan's words.
 */
export function conflictRowTexts(
	row: FieldConflict,
	versions: {
		base: Offering | null | undefined;
		mine: Offering | null | undefined;
		theirs: Offering | null | undefined;
	},
	context: ConflictContext,
): ConflictRowTexts {
	const sides = ["base", "mine", "theirs"] as const;
	const options: ValueOptions =
		row.field === "milestoneStatus" ? { milestones: changedMilestones(row) } : {};
	const words = (options: ValueOptions) =>
		sides.map((side) => valueText(row.field, row[side], versions[side], context, options));
	let [base, mine, theirs] = words(options);
	// Versions that differ yet read the same: their texts in every language, their modules in full.
	const texts = [base, mine, theirs];
	const hidden = sides.some((side, index) =>
		sides.some(
			(other, at) => at > index && texts[at] === texts[index] && !sameValue(row[side], row[other]),
		),
	);
	if (hidden) [base, mine, theirs] = words({ ...options, inLanguages: languagesIn(row, context) });
	return {
		field: row.field,
		label: fieldLabel(row.field, context),
		base: base ?? "",
		mine: mine ?? "",
		theirs: theirs ?? "",
	};
}

/** The languages the localized texts of a row's versions are in, the institution's first. */
function languagesIn(row: FieldConflict, context: ConflictContext): string[] {
	const institution = context.plan.institution.languages ?? [];
	const found = new Set<string>();
	const visit = (value: unknown): void => {
		if (typeof value === "string") {
			if (institution[0]) found.add(institution[0]);
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (isObject(value)) {
			if (isText(value)) for (const code of Object.keys(value)) found.add(code);
			else Object.values(value).forEach(visit);
		}
	};
	[row.base, row.mine, row.theirs].forEach(visit);
	return [
		...institution.filter((code) => found.has(code)),
		...[...found].filter((code) => !institution.includes(code)).sort(),
	];
}
