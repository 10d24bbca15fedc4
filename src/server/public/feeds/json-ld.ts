import { type TextPicker, textIn } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PublicCatalogue, PublicOffering, PublicStatus } from "../../../service/catalogue.ts";
import { coursePageUrl, pathwayPageUrl } from "./urls.ts";

/** A JSON-LD value; properties that are `undefined` are left out when serialised. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];
export interface JsonLdNode {
	readonly [property: string]: JsonLdValue | undefined;
}

export interface JsonLdOptions {
	/** The site's origin without a trailing slash, e.g. `https://kairos.school`. */
	baseUrl: string;
	/** The catalogue language of the texts (with `pickText`'s fallback) and of the course and pathway URLs. */
	language: string;
}

const schema = "https://schema.org";

/**
 * The catalogue as a schema.org `ItemList` of `Course`s, one per public offering in catalogue
 * order (institution, then plan order). The embed widget reads this too.
 */
export function catalogueJsonLd(catalogue: PublicCatalogue, options: JsonLdOptions): JsonLdNode {
	const courses = catalogue.institutions.flatMap(({ offerings }) =>
		offerings.map((offering) => course(offering, options)),
	);
	return {
		"@context": schema,
		"@type": "ItemList",
		numberOfItems: courses.length,
		itemListElement: courses.map((item, index) => ({
			"@type": "ListItem",
			position: index + 1,
			item,
		})),
	};
}

/** One offering as a schema.org `Course`, for the data block of its page. */
export function offeringJsonLd(offering: PublicOffering, options: JsonLdOptions): JsonLdNode {
	return { "@context": schema, ...course(offering, options) };
}

/**
 * JSON for a `<script type="application/ld+json">` block. Every `<` becomes `\u003c`, so no
 * value can close the element (`</script>`) or open a comment; the JSON means the same.
 */
export function jsonLdScriptContent(node: JsonLdNode): string {
	return JSON.stringify(node).replace(/</g, "\\u003c");
}

const courseModes: Record<NonNullable<Offering["mode"]>, string> = {
	"on-site": "onsite",
	online: "online",
	blended: "blended",
};

const availability: Record<PublicStatus, string> = {
	planned: `${schema}/PreOrder`,
	open: `${schema}/InStock`,
	confirmed: `${schema}/InStock`,
	full: `${schema}/SoldOut`,
	cancelled: `${schema}/Discontinued`,
	postponed: `${schema}/Discontinued`,
	merged: `${schema}/Discontinued`,
};

/** Whether this run takes place: a postponed one is put off, a merged one will not run apart. */
const eventStatuses: Record<PublicStatus, string> = {
	planned: `${schema}/EventScheduled`,
	open: `${schema}/EventScheduled`,
	confirmed: `${schema}/EventScheduled`,
	full: `${schema}/EventScheduled`,
	cancelled: `${schema}/EventCancelled`,
	postponed: `${schema}/EventPostponed`,
	merged: `${schema}/EventCancelled`,
};

function course(entry: PublicOffering, options: JsonLdOptions): JsonLdNode {
	const { institution, offering } = entry;
	const text = textIn(options.language, institution.languages ?? []);
	const url = coursePageUrl(options.baseUrl, options.language, institution.id, offering.id);
	const outcomes = (offering.learningOutcomes ?? []).map(text);
	return {
		"@type": "Course",
		"@id": `${url}#course`,
		url,
		name: text(offering.title),
		// Search engines want a description; the outcomes say what the course is when none is written.
		description:
			(offering.description && text(offering.description)) ??
			(outcomes.length > 0
				? outcomes.map((outcome) => (/[.!?]$/.test(outcome) ? outcome : `${outcome}.`)).join(" ")
				: undefined),
		courseCode: offering.id,
		provider: {
			"@type": "EducationalOrganization",
			identifier: institution.id,
			name: institution.name,
			url: institution.website,
			address: { "@type": "PostalAddress", addressCountry: institution.country },
		},
		// The language the course is taught in; the texts are in the feed's language, with
		// pickText's fallback where a translation is missing.
		inLanguage: offering.language,
		educationalLevel: offering.level && `EQF ${offering.level.eqf}`,
		numberOfCredits: offering.credits && {
			"@type": "StructuredValue",
			value: offering.credits.value,
			unitText: offering.credits.unit,
		},
		teaches: outcomes.length > 0 ? outcomes : undefined,
		coursePrerequisites: offering.prerequisites,
		educationalCredentialAwarded:
			entry.pathways.length > 0
				? entry.pathways.map(({ qualification }) => ({
						"@type": "EducationalOccupationalCredential",
						name: text(qualification.title),
						url: pathwayPageUrl(
							options.baseUrl,
							options.language,
							institution.id,
							qualification.id,
						),
						educationalLevel: `EQF ${qualification.level.eqf}`,
						credentialCategory: "micro-credential",
					}))
				: undefined,
		hasCourseInstance: courseInstance(entry, url, text),
	};
}

function courseInstance(entry: PublicOffering, url: string, text: TextPicker): JsonLdNode {
	const { institution, offering } = entry;
	// Without a place of its own, an on-site course happens at the school.
	const place: JsonLdNode = {
		"@type": "Place",
		name: offering.location === undefined ? institution.name : text(offering.location),
		address: { "@type": "PostalAddress", addressCountry: institution.country },
	};
	const virtual: JsonLdNode = { "@type": "VirtualLocation", url };
	const location =
		offering.mode === "online" ? virtual : offering.mode === "blended" ? [place, virtual] : place;
	return {
		"@type": "CourseInstance",
		courseMode: offering.mode && courseModes[offering.mode],
		startDate: offering.start,
		endDate: offering.end,
		eventStatus: eventStatuses[entry.status],
		location,
		offers: {
			"@type": "Offer",
			category: offering.fee.amount === 0 ? "Free" : "Paid",
			price: offering.fee.amount,
			priceCurrency: offering.fee.currency,
			availability: availability[entry.status],
			url,
			validFrom: entry.registrationOpens,
			validThrough: entry.registrationCloses,
		},
	};
}
