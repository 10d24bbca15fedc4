import type { FindingTexts } from "./context.ts";
import { list } from "./wording.ts";

/** MISSING_OWNER: `milestones` (keys) have no `role` owner; `candidates` are up to 3 names. */
export function missingOwnerTexts(
	role: string,
	milestones: readonly string[],
	candidates: readonly string[],
): FindingTexts {
	return {
		message: `no ${role} owner for ${list(milestones)}`,
		suggestion:
			candidates.length > 0
				? `name a ${role} owner, for example ${list(candidates)}`
				: `add a person with the ${role} role and name them as the ${role} owner`,
		params: {
			case: candidates.length > 0 ? "candidates" : "nobody",
			role,
			milestones: [...milestones],
			candidates: [...candidates],
		},
	};
}

/** MISSING_CONTACT, with the support owner to suggest when there is one. */
export function missingContactTexts(advisor?: { name: string; email: string }): FindingTexts {
	return {
		message: "no contact point: learners have nobody to ask about the course",
		suggestion: advisor
			? `add a contact, for example the support owner ${advisor.name} (${advisor.email})`
			: "add a contact with a name, an e-mail address and a phone number, usually the learning advisor",
		params: advisor
			? { case: "advisor", advisor: advisor.name, email: advisor.email }
			: { case: "nobody" },
	};
}

/** NO_PATHWAY; `qualifications` are up to 4 ids of the offering's `field`. */
export function noPathwayTexts(
	field: string | undefined,
	qualifications: readonly string[],
): FindingTexts {
	const examples =
		qualifications.length === 1 ? qualifications.join("") : `one of ${list(qualifications)}`;
	const shown =
		qualifications.length === 0 ? "none" : qualifications.length === 1 ? "single" : "several";
	return {
		message: "not linked to a broader qualification: learners cannot see what it counts towards",
		suggestion:
			qualifications.length > 0
				? `add a pathway to a qualification and module in ${field}, for example ${examples}`
				: "add the qualification it leads to under qualifications, then link it as a pathway",
		params: {
			case: shown,
			...(field !== undefined && qualifications.length > 0 && { field }),
			qualifications: [...qualifications],
		},
	};
}

/** The EU standard elements by the id a finding's params name them with. */
export const euElementNames = {
	title: "title",
	awardingBody: "awarding body",
	country: "country",
	learningOutcomes: "learning outcomes (learningOutcomes)",
	credits: "workload (credits)",
	level: "level (level.eqf)",
	assessment: "type of assessment (assessment)",
	mode: "form of participation (mode)",
	qualityAssurance: "type of quality assurance (qualityAssurance)",
} as const;
export type EuElement = keyof typeof euElementNames;

/** INCOMPLETE_EU_ELEMENTS: the `missing` elements, before publication on `publication`. */
export function incompleteEuTexts(
	missing: readonly EuElement[],
	publication: string,
): FindingTexts {
	return {
		message: `missing EU standard elements: ${list(missing.map((id) => euElementNames[id]))}`,
		suggestion: `add them before publication on ${publication}, so the catalogue shows what the credential is worth`,
		params: { missing: [...missing], publication },
	};
}

/** What a module can lack, by the id a finding's params name it with. */
export const moduleElementNames = {
	credits: "credits",
	learningOutcomes: "learning outcomes",
	assessment: "assessment",
} as const;
export type ModuleElement = keyof typeof moduleElementNames;

/** MODULE_INCOMPLETE: module `module` (titled `title`) lacks the `missing` elements. */
export function moduleIncompleteTexts(
	module: string,
	title: string,
	missing: readonly ModuleElement[],
): FindingTexts {
	const names = list(missing.map((id) => moduleElementNames[id]));
	return {
		message: `module "${module}" (${title}) has no ${names}`,
		suggestion: `add ${names} to module "${module}" so it can be completed and recognised on its own`,
		params: { module, title, missing: [...missing] },
	};
}
