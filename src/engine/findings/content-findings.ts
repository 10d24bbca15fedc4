import { roles } from "../../model/primitives.ts";
import type { Finding } from "../../model/report.ts";
import { finding, type OfferingRule } from "./context.ts";
import { date, list } from "./wording.ts";

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
		return [
			finding(
				"MISSING_OWNER",
				"warning",
				`no ${role} owner for ${list(unowned.map((milestone) => milestone.key))}`,
				candidates.length > 0
					? `name a ${role} owner, for example ${list(candidates.slice(0, 3))}`
					: `add a person with the ${role} role and name them as the ${role} owner`,
			),
		];
	});

/** MISSING_CONTACT: learners need someone to ask. */
export const missingContact: OfferingRule = ({ offering, people }) => {
	if (offering.contact) return [];
	const advisorId = offering.owners?.support;
	const advisor = people.find((person) => person.id === advisorId);
	return [
		finding(
			"MISSING_CONTACT",
			"warning",
			"no contact point: learners have nobody to ask about the course",
			advisor
				? `add a contact, for example the support owner ${advisor.name} (${advisor.email})`
				: "add a contact with a name, an e-mail address and a phone number, usually the learning advisor",
		),
	];
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
	const examples = ids.length === 1 ? ids.join("") : `one of ${list(ids.slice(0, 4))}`;
	return [
		finding(
			"NO_PATHWAY",
			"warning",
			"not linked to a broader qualification: learners cannot see what it counts towards",
			ids.length > 0
				? `add a pathway to a qualification and module in ${field}, for example ${examples}`
				: "add the qualification it leads to under qualifications, then link it as a pathway",
		),
	];
};

/** INCOMPLETE_EU_ELEMENTS: the Council Recommendation's standard elements of a micro-credential. */
export const incompleteEuElements: OfferingRule = ({ offering, institution, timing, text }) => {
	const missing: string[] = [];
	const add = (present: boolean, name: string) => {
		if (!present) missing.push(name);
	};
	add(text(offering.title).trim() !== "", "title");
	add(institution.name.trim() !== "", "awarding body");
	add(institution.country !== "", "country");
	add((offering.learningOutcomes ?? []).length > 0, "learning outcomes (learningOutcomes)");
	add(offering.credits !== undefined, "workload (credits)");
	add(offering.level !== undefined, "level (level.eqf)");
	add(offering.assessment !== undefined, "type of assessment (assessment)");
	add(offering.mode !== undefined, "form of participation (mode)");
	add(offering.qualityAssurance !== undefined, "type of quality assurance (qualityAssurance)");
	if (missing.length === 0) return [];
	return [
		finding(
			"INCOMPLETE_EU_ELEMENTS",
			"warning",
			`missing EU standard elements: ${list(missing)}`,
			`add them before publication on ${date(timing.publication)}, so the catalogue shows what the credential is worth`,
		),
	];
};

/** MODULE_INCOMPLETE: each module must be completable on its own. */
export const moduleIncomplete: OfferingRule = ({ offering, text }) =>
	(offering.modules ?? []).flatMap((module): Finding[] => {
		const missing: string[] = [];
		if (module.credits === undefined) missing.push("credits");
		if ((module.learningOutcomes ?? []).length === 0) missing.push("learning outcomes");
		if (module.assessment === undefined) missing.push("assessment");
		if (missing.length === 0) return [];
		return [
			finding(
				"MODULE_INCOMPLETE",
				"warning",
				`module "${module.id}" (${text(module.title)}) has no ${list(missing)}`,
				`add ${list(missing)} to module "${module.id}" so it can be completed and recognised on its own`,
			),
		];
	});

export const contentRules: readonly OfferingRule[] = [
	missingOwner,
	missingContact,
	noPathway,
	incompleteEuElements,
	moduleIncomplete,
];
