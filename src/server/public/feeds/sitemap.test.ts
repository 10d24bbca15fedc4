import { beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../../test/fixtures/demo.ts";
import type { PublicCatalogue } from "../../../service/catalogue.ts";
import { escapeXml, sitemapXml } from "./sitemap.ts";

const baseUrl = "https://kairos.example";
const languages = ["et", "en"];

interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/**
 * A strict reader for the XML subset a sitemap uses (declaration, elements, attributes, text,
 * the five predefined entities and numeric references). It throws on anything not well-formed:
 * unbalanced tags, a bare `&` or `<`, duplicate or unquoted attributes.
 */
function parseXml(source: string): XmlElement {
	const decodeXml = (text: string): string => {
		if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text))
			throw new Error(`bad reference in ${text}`);
		if (text.includes("<")) throw new Error(`bare < in ${text}`);
		return text.replace(
			/&(amp|lt|gt|quot|apos);/g,
			(_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name as "amp"],
		);
	};
	let rest = source.replace(/^<\?xml [^?]*\?>\s*/, "");
	const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
	const stack = [root];
	while (rest.length > 0) {
		const current = stack.at(-1);
		if (!current) throw new Error("content after the root element");
		const tag = /^<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/.exec(
			rest,
		);
		if (tag) {
			const [whole, closing, name = "", attributeText = "", selfClosing] = tag;
			if (closing) {
				if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
				stack.pop();
			} else {
				const attributes: Record<string, string> = {};
				for (const [, key = "", value = ""] of attributeText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
					if (key in attributes) throw new Error(`duplicate attribute ${key}`);
					attributes[key] = decodeXml(value);
				}
				const element = { name, attributes, children: [], text: "" };
				current.children.push(element);
				if (!selfClosing) stack.push(element);
			}
			rest = rest.slice(whole.length);
			continue;
		}
		const text = /^[^<]+/.exec(rest)?.[0];
		if (text === undefined) throw new Error(`malformed markup at ${rest.slice(0, 40)}`);
		current.text += decodeXml(text);
		rest = rest.slice(text.length);
	}
	if (stack.length !== 1 || root.children.length !== 1)
		throw new Error("unclosed or several root elements");
	const [document] = root.children;
	if (!document) throw new Error("no root element");
	return document;
}

describe("sitemapXml", () => {
	let catalogue: PublicCatalogue;
	let urlset: XmlElement;
	beforeAll(async () => {
		catalogue = await demoCatalogue();
		urlset = parseXml(sitemapXml(catalogue, { baseUrl, languages }));
	});
	const locs = () =>
		urlset.children.map((url) => url.children.find((child) => child.name === "loc")?.text);

	it("is well-formed XML in the sitemap and XHTML namespaces", () => {
		expect(urlset.name).toBe("urlset");
		expect(urlset.attributes).toEqual({
			xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9",
			"xmlns:xhtml": "http://www.w3.org/1999/xhtml",
		});
		expect(urlset.children.every((child) => child.name === "url")).toBe(true);
		// The reader itself refuses what is not well-formed.
		expect(() => parseXml("<a><b></a></b>")).toThrow();
		expect(() => parseXml("<a>fish & chips</a>")).toThrow();
		expect(() => parseXml('<a href="x<y"/>')).toThrow();
	});

	it("lists the catalogue, every public course and every pathway in each language, once", () => {
		const [institution] = catalogue.institutions;
		if (!institution) throw new Error("the demo has no institution");
		const pages = [
			"/",
			...institution.offerings.map(({ offering }) => `/courses/emajoe-vc/${offering.id}`),
			...institution.qualifications.map(
				(qualification) => `/pathways/emajoe-vc/${qualification.id}`,
			),
		];
		expect(institution.offerings.length).toBeGreaterThan(0);
		expect(new Set(locs())).toEqual(
			new Set(
				pages.flatMap((page) => languages.map((language) => `${baseUrl}/${language}${page}`)),
			),
		);
		expect(locs()).toHaveLength(pages.length * languages.length);
	});

	it("gives each page its hreflang alternates in every language and an x-default", () => {
		for (const url of urlset.children) {
			const loc = url.children.find((child) => child.name === "loc")?.text ?? "";
			const links = url.children.filter((child) => child.name === "xhtml:link");
			expect(links.map((link) => link.attributes.hreflang)).toEqual([...languages, "x-default"]);
			for (const link of links) expect(link.attributes.rel).toBe("alternate");
			const path = loc.replace(/^https:\/\/kairos\.example\/(et|en)\//, "/");
			expect(links.map((link) => link.attributes.href)).toEqual([
				`${baseUrl}/et${path}`,
				`${baseUrl}/en${path}`,
				`${baseUrl}/et${path}`,
			]);
		}
	});

	it("escapes what XML reserves", () => {
		expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
		const odd = sitemapXml(catalogue, { baseUrl: "https://kairos.example/?a=1&b=<2>", languages });
		expect(() => parseXml(odd)).not.toThrow();
		expect(locs()[0]).toBe(`${baseUrl}/et/`);
		expect(parseXml(odd).children[0]?.children[0]?.text).toBe(
			"https://kairos.example/?a=1&b=<2>/et/",
		);
	});
});
