import { roles } from "../../model/primitives.ts";
import type { Finding } from "../../model/report.ts";
import {
	type EuElement,
	incompleteEuTexts,
	type ModuleElement,
	missingContactTexts,
	missingOwnerTexts,
	moduleIncompleteTexts,
	noPathwayTexts,
} from "./content-texts.ts";
import { finding, type OfferingRule } from "./context.ts";
import { date } from "./wording.ts";

/** MISSING_OWNER: each role with milestones needs a named person. */
export const missingOwner: OfferingRule = ({ schedule, people }) =>
	roles.flatMap((role): Finding[] => {
		const unowned = schedule.milestones.filter(
			(milestone) => milestone.role === role && milestone.owner === null,
		);
		if (unowned.length === 0) return [];
		const candidates = people
			.filter((person) => person.roles.includes(role))
			.map((person) => person.name);
		const keys = unowned.map((milestone) => milestone.key);
		return [
			finding("MISSING_OWNER", "warning", missingOwnerTexts(role, keys, candidates.slice(0, 3))),
		];
	});

/** MISSING_CONTACT: learners need someone to ask. */
export const missingContact: OfferingRule = ({ offering, people }) => {
	if (offering.contact) return [];
	const advisorId = offering.owners?.support;
	const advisor = people.find((person) => person.id === advisorId);
	return [finding("MISSING_CONTACT", "warning", missingContactTexts(advisor))];
};

/**
 * NO_PATHWAY: a micro-credential should count towards a broader qualification. It suggests only
 * qualifications of the offering's own field; with none, how to add one.
 */
export const noPathway: OfferingRule = ({ offering, qualifications }) => {
	if ((offering.pathways ?? []).length > 0) return [];
	const { field } = offering;
	const ids = qualifications
		.filter((qualification) => field !== undefined && qualification.field === field)
		.map((qualification) => qualification.id);
	return [finding("NO_PATHWAY", "warning", noPathwayTexts(field, ids.slice(0, 4)))];
};

/** INCOMPLETE_EU_ELEMENTS: the Council Recommendation's standard elements of a micro-credential. */
export const incompleteEuElements: OfferingRule = ({ offering, institution, timing, text }) => {
	const missing: EuElement[] = [];
	const add = (present: boolean, name: EuElement) => {
		if (!present) missing.push(name);
	};
	add(text(offering.title).trim() !== "", "title");
	add(institution.name.trim() !== "", "awardingBody");
	add(institution.country !== "", "country");
	add((offering.learningOutcomes ?? []).length > 0, "learningOutcomes");
	add(offering.credits !== undefined, "credits");
	add(offering.level !== undefined, "level");
	add(offering.assessment !== undefined, "assessment");
	add(offering.mode !== undefined, "mode");
	add(offering.qualityAssurance !== undefined, "qualityAssurance");
	if (missing.length === 0) return [];
	const texts = incompleteEuTexts(missing, date(timing.publication));
	return [finding("INCOMPLETE_EU_ELEMENTS", "warning", texts)];
};

/** MODULE_INCOMPLETE: each module must be completable on its own. */
export const moduleIncomplete: OfferingRule = ({ offering, text }) =>
	(offering.modules ?? []).flatMap((module): Finding[] => {
		const missing: ModuleElement[] = [];
		if (module.credits === undefined) missing.push("credits");
		if ((module.learningOutcomes ?? []).length === 0) missing.push("learningOutcomes");
		if (module.assessment === undefined) missing.push("assessment");
		if (missing.length === 0) return [];
		const texts = moduleIncompleteTexts(module.id, text(module.title), missing);
		return [finding("MODULE_INCOMPLETE", "warning", texts)];
	});

export const contentRules: readonly OfferingRule[] = [
	missingOwner,
	missingContact,
	noPathway,
	incompleteEuElements,
	moduleIncomplete,
];
