import { beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../../test/fixtures/demo.ts";
import { textIn } from "../../../model/localized-text.ts";
import {
	type PublicCatalogue,
	type PublicOffering,
	publicStatuses,
} from "../../../service/catalogue.ts";
import {
	catalogueJsonLd,
	type JsonLdNode,
	jsonLdScriptContent,
	offeringJsonLd,
} from "./json-ld.ts";

const baseUrl = "https://kairos.example";
const estonian = textIn("et", ["et", "en"]);

/** The JSON-LD as a reader sees it: parsed from its serialisation, so `undefined` is gone. */
function parsed(node: JsonLdNode) {
	return JSON.parse(JSON.stringify(node));
}

describe("catalogueJsonLd", () => {
	let catalogue: PublicCatalogue;
	let offerings: PublicOffering[];
	let list: ReturnType<typeof parsed>;
	const course = (id: string) =>
		list.itemListElement.find(
			(element: { item: { courseCode: string } }) => element.item.courseCode === id,
		)?.item;
	beforeAll(async () => {
		catalogue = await demoCatalogue();
		offerings = catalogue.institutions.flatMap((entry) => entry.offerings);
		list = parsed(catalogueJsonLd(catalogue, { baseUrl, language: "et" }));
	});

	it("is a schema.org ItemList with one Course per public offering", () => {
		expect(list["@context"]).toBe("https://schema.org");
		expect(list["@type"]).toBe("ItemList");
		expect(list.numberOfItems).toBe(offerings.length);
		expect(list.itemListElement).toHaveLength(offerings.length);
		list.itemListElement.forEach((element: Record<string, unknown>, index: number) => {
			expect(element).toMatchObject({
				"@type": "ListItem",
				position: index + 1,
				item: { "@type": "Course" },
			});
		});
		expect(
			list.itemListElement.map(
				(element: { item: { courseCode: string } }) => element.item.courseCode,
			),
		).toEqual(offerings.map(({ offering }) => offering.id));
	});

	it("describes each course, its provider, credits, outcomes and prerequisites", () => {
		const cnc = offerings.find(({ offering }) => offering.id === "cnc-milling-autumn-2027");
		const url = `${baseUrl}/et/courses/emajoe-vc/cnc-milling-autumn-2027`;
		expect(course("cnc-milling-autumn-2027")).toMatchObject({
			"@type": "Course",
			"@id": `${url}#course`,
			url,
			name: "CNC-freesimine metallitöötajatele",
			courseCode: "cnc-milling-autumn-2027",
			provider: {
				"@type": "EducationalOrganization",
				identifier: "emajoe-vc",
				name: "Emajõe Vocational College",
				url: "https://www.emajoe-vc.ee",
				address: { "@type": "PostalAddress", addressCountry: "EE" },
			},
			inLanguage: "et",
			educationalLevel: "EQF 4",
			numberOfCredits: { "@type": "StructuredValue", value: 8, unitText: "EKAP" },
			teaches: cnc?.offering.learningOutcomes?.map(estonian),
			coursePrerequisites: cnc?.offering.prerequisites,
		});
		for (const { offering } of offerings) {
			expect(typeof course(offering.id).description).toBe("string");
			if (offering.description)
				expect(course(offering.id).description).toBe(estonian(offering.description));
		}
	});

	it("gives the texts in the feed's language, and an untranslated one in the school's first", () => {
		const english = parsed(catalogueJsonLd(catalogue, { baseUrl, language: "en" }));
		const inEnglish = (id: string) =>
			english.itemListElement.find(
				(element: { item: { courseCode: string } }) => element.item.courseCode === id,
			)?.item;
		expect(inEnglish("pastry-autumn-2027").name).toBe("Pastry and cakes for small bakeries");
		expect(inEnglish("pastry-autumn-2027").hasCourseInstance.location.name).toBe(
			"Tartu, training kitchen",
		);
		expect(inEnglish("vegetarian-cuisine-autumn-2027").name).toBe(
			"Taimsed toidud restoranidele ja toitlustajatele",
		);
		// The language the course is taught in, whatever the language of the feed.
		expect(inEnglish("pastry-autumn-2027").inLanguage).toBe("et");
		expect(course("cloud-admin-autumn-2027").inLanguage).toBe("en");
	});

	it("awards a micro-credential towards each pathway's qualification, linking its page", () => {
		expect(course("cnc-milling-autumn-2027").educationalCredentialAwarded).toEqual([
			{
				"@type": "EducationalOccupationalCredential",
				name: "CNC-pinkide operaator, tase 4",
				url: `${baseUrl}/et/pathways/emajoe-vc/cnc-operator-4`,
				educationalLevel: "EQF 4",
				credentialCategory: "micro-credential",
			},
		]);
		expect(course("ai-tools-office-autumn-2027").educationalCredentialAwarded).toBeUndefined();
	});

	it("gives one CourseInstance with mode, dates, place and offer", () => {
		const pastry = offerings.find(({ offering }) => offering.id === "pastry-autumn-2027");
		const url = `${baseUrl}/et/courses/emajoe-vc/pastry-autumn-2027`;
		expect(course("pastry-autumn-2027").hasCourseInstance).toEqual({
			"@type": "CourseInstance",
			courseMode: "onsite",
			startDate: "2027-09-27",
			endDate: "2027-11-19",
			eventStatus: "https://schema.org/EventScheduled",
			location: {
				"@type": "Place",
				name: "Tartu, õppeköök",
				address: { "@type": "PostalAddress", addressCountry: "EE" },
			},
			offers: {
				"@type": "Offer",
				category: "Paid",
				price: 320,
				priceCurrency: "EUR",
				availability: "https://schema.org/InStock",
				url,
				validFrom: pastry?.registrationOpens,
				validThrough: pastry?.registrationCloses,
			},
		});
		const online = course("cloud-admin-autumn-2027").hasCourseInstance;
		expect(online.courseMode).toBe("online");
		expect(online.location).toEqual({
			"@type": "VirtualLocation",
			url: `${baseUrl}/et/courses/emajoe-vc/cloud-admin-autumn-2027`,
		});
		const blended = course("cnc-milling-autumn-2027").hasCourseInstance;
		expect(blended.courseMode).toBe("blended");
		expect(blended.location.map((place: { "@type": string }) => place["@type"])).toEqual([
			"Place",
			"VirtualLocation",
		]);
	});

	it("derives availability and event status from the public status", () => {
		const expected = {
			planned: "PreOrder",
			open: "InStock",
			confirmed: "InStock",
			full: "SoldOut",
			cancelled: "Discontinued",
			postponed: "Discontinued",
			merged: "Discontinued",
		};
		const events: Record<string, string> = {
			cancelled: "EventCancelled",
			postponed: "EventPostponed",
			merged: "EventCancelled",
		};
		const [first] = offerings;
		if (!first) throw new Error("the demo catalogue is empty");
		for (const status of publicStatuses) {
			const instance = parsed(
				offeringJsonLd({ ...first, status }, { baseUrl, language: "et" }),
			).hasCourseInstance;
			expect(instance.offers.availability).toBe(`https://schema.org/${expected[status]}`);
			expect(instance.eventStatus).toBe(`https://schema.org/${events[status] ?? "EventScheduled"}`);
		}
	});

	it("links the pages of the language asked for", () => {
		const english = parsed(catalogueJsonLd(catalogue, { baseUrl, language: "en" }));
		expect(english.itemListElement[0].item.url).toMatch(
			/^https:\/\/kairos\.example\/en\/courses\/emajoe-vc\//,
		);
	});
});

describe("offeringJsonLd", () => {
	it("is the catalogue's Course for that offering, with its own @context", async () => {
		const catalogue = await demoCatalogue();
		const entry = catalogue.institutions[0]?.offerings[2];
		if (!entry) throw new Error("the demo catalogue has fewer than 3 offerings");
		const single = parsed(offeringJsonLd(entry, { baseUrl, language: "en" }));
		const fromList = parsed(catalogueJsonLd(catalogue, { baseUrl, language: "en" }))
			.itemListElement[2].item;
		expect(single).toEqual({ "@context": "https://schema.org", ...fromList });
	});
});

describe("jsonLdScriptContent", () => {
	it("escapes every < so that a value cannot end the script element or open a comment", () => {
		const node = { "@type": "Course", name: "</script><script>alert(1)</script><!-- & >" };
		const content = jsonLdScriptContent(node);
		expect(content).not.toContain("<");
		expect(content.toLowerCase()).not.toContain("</script");
		expect(content).toContain("\\u003c/script>");
		expect(JSON.parse(content)).toEqual(node);
	});
});
