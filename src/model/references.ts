import { closestName, didYouMean } from "./closest-name.ts";
import { defaultTemplate } from "./default-template.ts";
import { holidayCountries } from "./holiday-countries.ts";
import { showValue } from "./primitives.ts";
import { formatPath, type PathSegment, type Problem } from "./problems.ts";

type Fields = Record<string, unknown>;

/**
 * Checks what a schema cannot: unique ids and cross-references between the parts of a plan.
 * It reads the raw input defensively, so its problems are reported together with the schema's.
 */
export function checkReferences(input: unknown): Problem[] {
	const problems: Problem[] = [];
	const report = (path: PathSegment[], message: string) =>
		problems.push({ path: formatPath(path), message });
	if (!isFields(input)) return problems;

	const institution = isFields(input.institution) ? input.institution : {};
	checkCountry(institution.country, report);
	checkLanguages(input, report);
	const people = collectIds(institution.people, ["institution", "people"], "person", report);
	const fields = collectIds(institution.fields, ["institution", "fields"], "field", report);
	// With a list of fields, an offering or a qualification names its field by id.
	const checkField = (value: unknown, path: PathSegment[]) => {
		const id = text(value);
		if (id === undefined || !Array.isArray(institution.fields) || fields.has(id)) return;
		report(path, `${showValue(id)} is not a field in institution.fields${didYouMean(id, fields)}`);
	};
	for (const [index, qualification] of entries(input.qualifications))
		checkField(qualification.field, ["qualifications", index, "field"]);
	for (const [index, offering] of entries(input.offerings))
		checkField(offering.field, ["offerings", index, "field"]);
	const intakeIds = collectIds(input.intakes, ["intakes"], "intake", report);
	const intakes = new Map(entries(input.intakes).map(([, intake]) => [text(intake.id), intake]));
	const qualifications = new Map<string, Set<string>>();
	for (const [index, qualification] of entries(input.qualifications)) {
		const modules = collectIds(
			qualification.modules,
			["qualifications", index, "modules"],
			"module",
			report,
		);
		const id = text(qualification.id);
		if (id !== undefined) qualifications.set(id, modules);
	}
	collectIds(input.qualifications, ["qualifications"], "qualification", report);
	const templates = new Map<string, Set<string>>([
		["default", milestoneKeys(defaultTemplate.milestones)],
	]);
	for (const [index, template] of entries(input.templates)) {
		const keys = collectIds(
			template.milestones,
			["templates", index, "milestones"],
			"milestone",
			report,
			"key",
		);
		const id = text(template.id);
		if (id !== undefined) templates.set(id, keys);
	}
	collectIds(input.templates, ["templates"], "template", report);
	const offeringIds = collectIds(input.offerings, ["offerings"], "offering", report);
	const offeringsById = new Map(
		entries(input.offerings).flatMap(([, offering]) => {
			const id = text(offering.id);
			return id === undefined ? [] : [[id, offering] as const];
		}),
	);
	collectIds(input.history, ["history"], "past offering", report);
	for (const [index, past] of entries(input.history)) {
		const id = text(past.id);
		if (id !== undefined && offeringIds.has(id)) {
			report(["history", index, "id"], `${showValue(id)} is also the id of an offering`);
		}
	}

	for (const [index, offering] of entries(input.offerings)) {
		const at = (...rest: PathSegment[]) => ["offerings", index, ...rest];
		const intakeId = text(offering.intake);
		const intake = intakeId === undefined ? undefined : intakes.get(intakeId);
		if (intakeId !== undefined && intake === undefined && Array.isArray(input.intakes))
			report(
				at("intake"),
				`${showValue(intakeId)} is not an intake${didYouMean(intakeId, intakeIds)}`,
			);

		const templateId = text(offering.template) ?? "default";
		const keys = templates.get(templateId);
		if (keys === undefined)
			report(
				at("template"),
				`${showValue(templateId)} is not a template${didYouMean(templateId, templates.keys())}`,
			);
		if (keys !== undefined && isFields(offering.milestoneStatus)) {
			for (const key of Object.keys(offering.milestoneStatus)) {
				const owner = (offering.milestoneStatus[key] as { owner?: unknown } | null)?.owner;
				if (typeof owner === "string" && !people.has(owner)) {
					report(
						at("milestoneStatus", key, "owner"),
						`${showValue(owner)} is not a person in institution.people${didYouMean(owner, people)}`,
					);
				}
				if (!keys.has(key))
					report(
						at("milestoneStatus", key),
						`${showValue(key)} is not a milestone of template "${templateId}"${didYouMean(key, keys)}`,
					);
			}
		}

		for (const [p, pathway] of entries(offering.pathways)) {
			const qualificationId = text(pathway.qualification);
			if (qualificationId === undefined) continue;
			const modules = qualifications.get(qualificationId);
			if (modules === undefined) {
				report(
					at("pathways", p, "qualification"),
					`${showValue(qualificationId)} is not a qualification${didYouMean(qualificationId, qualifications.keys())}`,
				);
				continue;
			}
			const moduleId = text(pathway.module);
			if (moduleId !== undefined && !modules.has(moduleId)) {
				report(
					at("pathways", p, "module"),
					`${showValue(moduleId)} is not a module of qualification "${qualificationId}"${didYouMean(moduleId, modules)}`,
				);
			}
		}

		if (isFields(offering.owners)) {
			for (const [role, personId] of Object.entries(offering.owners)) {
				if (typeof personId === "string" && !people.has(personId)) {
					report(
						at("owners", role),
						`${showValue(personId)} is not a person in institution.people${didYouMean(personId, people)}`,
					);
				}
			}
		}

		for (const [b, blocker] of entries(offering.blockedUntil, true)) {
			const name = text(blocker);
			if (name === undefined || !name.startsWith("intake.")) continue;
			if (intake === undefined) {
				if (intakeId === undefined)
					report(at("blockedUntil", b), `${showValue(name)} needs the offering to name an intake`);
			} else if (
				name === "intake.fullTimeGroupsConfirmed" &&
				text(intake.fullTimeGroupsConfirmed) === undefined
			) {
				report(at("blockedUntil", b), `${showValue(name)} is not set on intake "${intakeId}"`);
			}
		}

		const feeCurrency = isFields(offering.fee) ? text(offering.fee.currency) : undefined;
		const subsidyCurrency = isFields(offering.subsidy)
			? text(offering.subsidy.currency)
			: undefined;
		if (
			feeCurrency !== undefined &&
			subsidyCurrency !== undefined &&
			feeCurrency !== subsidyCurrency
		) {
			report(
				at("subsidy", "currency"),
				`${showValue(subsidyCurrency)} differs from the fee's currency ${feeCurrency}`,
			);
		}

		collectIds(offering.modules, at("modules"), "module", report);
		checkDecision(offering, offeringsById, at, report);
	}
	return problems;
}

/**
 * A postponed or merged offering names the offering it moves `into`: another offering of the
 * plan, for a postponement one that starts later. Go and no-go move nowhere.
 */
function checkDecision(
	offering: Fields,
	offeringsById: ReadonlyMap<string, Fields>,
	at: (...rest: PathSegment[]) => PathSegment[],
	report: (path: PathSegment[], message: string) => void,
): void {
	if (!isFields(offering.decision)) return;
	const outcome = text(offering.decision.outcome);
	const into = text(offering.decision.into);
	const moves = outcome === "postpone" || outcome === "merge";
	if (!moves) {
		if (into !== undefined && outcome !== undefined)
			report(
				at("decision", "into"),
				`${showValue(into)}: only a postponed or merged course moves into another offering, not one decided "${outcome}"`,
			);
		return;
	}
	if (into === undefined) {
		report(
			at("decision"),
			`a decision to ${outcome} needs "into": the offering the course ${outcome === "merge" ? "merges into" : "moves to"}`,
		);
		return;
	}
	const target = offeringsById.get(into);
	if (target === undefined) {
		report(
			at("decision", "into"),
			`${showValue(into)} is not an offering${didYouMean(into, offeringsById.keys())}`,
		);
		return;
	}
	if (target === offering) {
		report(at("decision", "into"), `${showValue(into)} is this offering itself`);
		return;
	}
	const start = text(offering.start);
	const targetStart = text(target.start);
	if (
		outcome === "postpone" &&
		start !== undefined &&
		targetStart !== undefined &&
		targetStart <= start
	)
		report(
			at("decision", "into"),
			`${showValue(into)} starts on ${targetStart}, not after this course's start on ${start}: a postponed course moves to a later one`,
		);
}

/**
 * Every localized text's languages must be the institution's: `{et: …, fr: …}` in a school of
 * `languages: [et, en]` has a problem at `fr`.
 */
function checkLanguages(
	input: Fields,
	report: (path: PathSegment[], message: string) => void,
): void {
	const institution = isFields(input.institution) ? input.institution : {};
	const languages = Array.isArray(institution.languages)
		? institution.languages.filter((language): language is string => typeof language === "string")
		: [];
	// Paths are made only for maps: most texts are plain strings, and a plan holds many.
	const check = (value: unknown, path: () => PathSegment[]) => {
		if (!isFields(value)) return;
		for (const key of Object.keys(value)) {
			if (languages.includes(key)) continue;
			const guess = closestName(key, languages, 2);
			report(
				[...path(), key],
				languages.length === 0
					? `${showValue(key)} is not a language of the institution: list its languages in institution.languages, such as [et, en]`
					: `${showValue(key)} is not one of the institution's languages (${languages.join(", ")})${guess === undefined ? "" : ` (did you mean "${guess}"?)`}`,
			);
		}
	};
	const checkList = (list: unknown, path: () => PathSegment[]) => {
		if (!Array.isArray(list)) return;
		list.forEach((value, index) => {
			if (isFields(value)) check(value, () => [...path(), index]);
		});
	};
	for (const [i, field] of entries(institution.fields))
		check(field.name, () => ["institution", "fields", i, "name"]);
	for (const [i, intake] of entries(input.intakes))
		check(intake.label, () => ["intakes", i, "label"]);
	for (const [i, qualification] of entries(input.qualifications)) {
		check(qualification.title, () => ["qualifications", i, "title"]);
		for (const [m, module] of entries(qualification.modules))
			check(module.title, () => ["qualifications", i, "modules", m, "title"]);
	}
	for (const [i, template] of entries(input.templates)) {
		for (const [m, milestone] of entries(template.milestones))
			check(milestone.label, () => ["templates", i, "milestones", m, "label"]);
	}
	const offerings = Array.isArray(input.offerings) ? input.offerings : [];
	offerings.forEach((offering: unknown, i) => {
		if (!isFields(offering)) return;
		for (const field of ["title", "description", "location"])
			check(offering[field], () => ["offerings", i, field]);
		checkList(offering.learningOutcomes, () => ["offerings", i, "learningOutcomes"]);
		if (!Array.isArray(offering.modules)) return;
		offering.modules.forEach((module: unknown, m) => {
			if (!isFields(module)) return;
			check(module.title, () => ["offerings", i, "modules", m, "title"]);
			checkList(module.learningOutcomes, () => ["offerings", i, "modules", m, "learningOutcomes"]);
		});
	});
}

function checkCountry(
	country: unknown,
	report: (path: PathSegment[], message: string) => void,
): void {
	if (typeof country !== "string" || !/^[A-Z]{2}$/.test(country)) return;
	if (!holidayCountries.has(country)) {
		report(
			["institution", "country"],
			`${showValue(country)} is not a country whose public holidays are known`,
		);
	}
}

/** Collects the ids of a list and reports each duplicate at its second occurrence. */
function collectIds(
	list: unknown,
	path: PathSegment[],
	noun: string,
	report: (path: PathSegment[], message: string) => void,
	field = "id",
): Set<string> {
	const seen = new Set<string>();
	for (const [index, element] of entries(list)) {
		const id = text(element[field]);
		if (id === undefined) continue;
		if (seen.has(id))
			report([...path, index, field], `${showValue(id)} is used by another ${noun}`);
		seen.add(id);
	}
	return seen;
}

function milestoneKeys(milestones: readonly { key: string }[]): Set<string> {
	return new Set(milestones.map((milestone) => milestone.key));
}

function entries(list: unknown): [number, Fields][];
function entries(list: unknown, raw: true): [number, unknown][];
function entries(list: unknown, raw = false): [number, unknown][] {
	if (!Array.isArray(list)) return [];
	const indexed = list.map((element, index): [number, unknown] => [index, element]);
	return raw ? indexed : indexed.filter(([, element]) => isFields(element));
}

function isFields(value: unknown): value is Fields {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
	return typeof value === "string" ? value : undefined;
}
