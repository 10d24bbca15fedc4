import { createContext, runInContext, Script } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../../test/fixtures/demo.ts";
import { catalogueJsonLd, type JsonLdNode } from "../feeds/json-ld.ts";
import { embedScript } from "./embed-script.ts";

/** The demo school's catalogue feed on 2027-05-03, as `/feeds/catalogue.jsonld` serves it. */
async function demoFeed(): Promise<JsonLdNode> {
	const catalogue = await demoCatalogue();
	return JSON.parse(
		JSON.stringify(
			catalogueJsonLd(catalogue, { baseUrl: "https://kairos.example", language: "et" }),
		),
	);
}

/** Just enough DOM for the widget. Markup cannot get in: assigning HTML throws. */
class FakeElement {
	readonly children: FakeElement[] = [];
	readonly attributes = new Map<string, string>();
	parentNode: FakeElement | undefined;
	shadowRoot: FakeElement | undefined;
	shadowMode: string | undefined;
	adoptedStyleSheets: unknown[] = [];
	className = "";
	href = "";
	src = "";
	private ownText = "";
	constructor(readonly tagName: string) {}
	get textContent(): string {
		return this.ownText + this.children.map((child) => child.textContent).join("");
	}
	set textContent(value: string) {
		this.children.length = 0;
		this.ownText = String(value);
	}
	set innerHTML(_value: string) {
		throw new Error("innerHTML is not allowed");
	}
	set outerHTML(_value: string) {
		throw new Error("outerHTML is not allowed");
	}
	insertAdjacentHTML(): never {
		throw new Error("insertAdjacentHTML is not allowed");
	}
	appendChild(child: FakeElement): FakeElement {
		child.parentNode = this;
		this.children.push(child);
		return child;
	}
	insertBefore(child: FakeElement, before: FakeElement | undefined): FakeElement {
		child.parentNode = this;
		const index = before === undefined ? -1 : this.children.indexOf(before);
		this.children.splice(index === -1 ? this.children.length : index, 0, child);
		return child;
	}
	get nextSibling(): FakeElement | undefined {
		const siblings = this.parentNode?.children ?? [];
		return siblings[siblings.indexOf(this) + 1];
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
	}
	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
	attachShadow(options: { mode: string }): FakeElement {
		this.shadowMode = options.mode;
		this.shadowRoot = new FakeElement("#shadow-root");
		return this.shadowRoot;
	}
	all(tagName: string): FakeElement[] {
		return this.children.flatMap((child) => [
			...(child.tagName === tagName ? [child] : []),
			...child.all(tagName),
		]);
	}
}

interface Run {
	body: FakeElement;
	script: FakeElement;
	requests: { url: string; init: unknown }[];
}

/** Runs the widget in a fresh context on 2027-05-03, with `fetch` answering `feed` (or failing). */
async function runWidget(
	attributes: Record<string, string>,
	feed: JsonLdNode | undefined,
): Promise<Run> {
	const body = new FakeElement("body");
	const script = new FakeElement("script");
	script.src = "https://kairos.example/embed.js";
	for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
	body.appendChild(new FakeElement("p"));
	body.appendChild(script);
	body.appendChild(new FakeElement("footer"));
	const requests: Run["requests"] = [];
	class FixedDate extends Date {
		constructor(...args: []) {
			if (args.length === 0) super("2027-05-03T10:00:00Z");
			else super(...(args as unknown as [string]));
		}
	}
	const context = createContext({
		document: { currentScript: script, createElement: (name: string) => new FakeElement(name) },
		location: { href: "https://school.example/courses" },
		URL,
		Intl,
		Date: FixedDate,
		CSSStyleSheet: class {
			text = "";
			replaceSync(text: string) {
				this.text = text;
			}
		},
		fetch: async (url: string, init: unknown) => {
			requests.push({ url, init });
			if (!feed) throw new TypeError("Failed to fetch");
			return { ok: true, status: 200, json: async () => feed };
		},
	});
	runInContext(embedScript, context);
	for (let tick = 0; tick < 10; tick++) await new Promise((resolve) => setTimeout(resolve, 0));
	return { body, script, requests };
}

function shadowOf(run: Run): FakeElement {
	const host = run.script.nextSibling;
	if (!host?.shadowRoot) throw new Error("no host with a shadow root after the script");
	return host.shadowRoot;
}

describe("embed.js", () => {
	let feed: JsonLdNode;
	beforeAll(async () => {
		feed = await demoFeed();
	});

	it("is small, plain ES2017 and never writes markup", () => {
		expect(Buffer.byteLength(embedScript, "utf8")).toBeLessThan(10 * 1024);
		expect(() => new Script(embedScript)).not.toThrow();
		expect(embedScript).not.toMatch(
			/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/,
		);
		// Later syntax than ES2017: optional chaining, nullish coalescing, spread/rest, catch without binding.
		expect(embedScript).not.toMatch(/\?\.|\?\?|\.\.\.|catch \{/);
		expect(embedScript).toMatch(/\.textContent = /);
	});

	it("fetches the feed from its own origin and lists the upcoming courses in a shadow root", async () => {
		const run = await runWidget(
			{ "data-lang": "et", "data-institution": "emajoe-vc", "data-limit": "5" },
			feed,
		);
		expect(run.requests).toEqual([
			{
				url: "https://kairos.example/feeds/catalogue.jsonld?lang=et&institution=emajoe-vc",
				init: { credentials: "omit", headers: { accept: "application/ld+json" } },
			},
		]);
		const host = run.script.nextSibling;
		expect(host?.shadowMode).toBe("open");
		expect(run.body.children.map((child) => child.tagName)).toEqual([
			"p",
			"script",
			"div",
			"footer",
		]);
		const root = shadowOf(run);
		expect(root.adoptedStyleSheets).toHaveLength(1);
		const items = root.all("li");
		expect(items).toHaveLength(5);
		const links = items.map((item) => item.all("a")[0]);
		expect(links[0]?.href).toMatch(/^https:\/\/kairos\.example\/et\/courses\/emajoe-vc\//);
		const starts = items.map((item) => item.all("span")[0]?.textContent ?? "");
		expect(starts.every((text) => /2027/.test(text))).toBe(true);
		expect(items.map((item) => item.all("a")[0]?.href.replace(/^.*\//, ""))).toEqual([
			"cloud-admin-autumn-2027",
			"facade-renovation-autumn-2027",
			"cnc-milling-autumn-2027",
			"web-dev-autumn-2027",
			"ai-tools-office-autumn-2027",
		]);
		const meta = items[0]?.all("span")[0]?.textContent ?? "";
		expect(meta).toMatch(/^13\. sept?\.? 2027 – 3\. dets?\.? 2027 · /);
		expect(meta).toMatch(/590\s€/);
		expect(meta).toMatch(/· Registreerimine avatud$/);
		const all = root.all("a").at(-1);
		expect(all?.textContent).toBe("Kõik kursused");
		expect(all?.href).toBe("https://kairos.example/et/");
	});

	it("orders by start date and honours data-limit", async () => {
		const run = await runWidget({ "data-lang": "en", "data-limit": "3" }, feed);
		const items = shadowOf(run).all("li");
		expect(items).toHaveLength(3);
		expect(items[0]?.all("span")[0]?.textContent).toMatch(/^13 Sept? 2027/);
		expect(items[0]?.all("span")[0]?.textContent).toContain("Open for registration");
	});

	it("names each status in the page's language and leaves cancelled groups out", async () => {
		const changed = structuredClone(feed) as {
			itemListElement: {
				item: { courseCode: string; hasCourseInstance: Record<string, unknown> };
			}[];
		};
		const instance = (id: string) => {
			const found = changed.itemListElement.find(({ item }) => item.courseCode === id)?.item
				.hasCourseInstance;
			if (!found) throw new Error(`no ${id} in the demo feed`);
			return found as { eventStatus: string; offers: Record<string, string> };
		};
		instance("cloud-admin-autumn-2027").offers.availability = "https://schema.org/SoldOut";
		instance("facade-renovation-autumn-2027").offers.availability = "https://schema.org/PreOrder";
		instance("cnc-milling-autumn-2027").offers.validThrough = "2027-05-02";
		instance("web-dev-autumn-2027").offers.availability = "https://schema.org/Discontinued";
		instance("web-dev-autumn-2027").eventStatus = "https://schema.org/EventCancelled";
		instance("ai-tools-office-autumn-2027").offers.availability = "https://schema.org/Discontinued";
		instance("ai-tools-office-autumn-2027").eventStatus = "https://schema.org/EventPostponed";
		const run = await runWidget(
			{ "data-lang": "en", "data-limit": "4" },
			changed as unknown as JsonLdNode,
		);
		const statuses = shadowOf(run)
			.all("li")
			.map((item) => [
				item.all("a")[0]?.href.replace(/^.*\//, ""),
				item.all("span")[0]?.textContent.split(" · ").at(-1),
			]);
		expect(statuses).toEqual([
			["cloud-admin-autumn-2027", "Full"],
			["facade-renovation-autumn-2027", "Planned"],
			["cnc-milling-autumn-2027", "Group confirmed"],
			["pastry-autumn-2027", "Open for registration"],
		]);
	});

	it("shows feed text as text and refuses links that are not http(s)", async () => {
		const hostile = structuredClone(feed) as {
			itemListElement: { item: Record<string, unknown> }[];
		};
		const first = hostile.itemListElement[0];
		if (!first) throw new Error("the demo feed is empty");
		first.item.name = '<img src=x onerror="alert(1)">';
		first.item.url = "javascript:alert(1)";
		const run = await runWidget(
			{ "data-lang": "en", "data-limit": "50" },
			hostile as unknown as JsonLdNode,
		);
		const root = shadowOf(run);
		expect(root.all("img")).toHaveLength(0);
		const link = root.all("a").find((candidate) => candidate.textContent.startsWith("<img"));
		expect(link?.textContent).toBe('<img src=x onerror="alert(1)">');
		expect(link?.href).toBe("https://kairos.example/en/");
	});

	it("shows only a link to the catalogue when the feed cannot be read", async () => {
		const run = await runWidget({ "data-lang": "en" }, undefined);
		const root = shadowOf(run);
		expect(root.all("li")).toHaveLength(0);
		expect(root.all("a").map((link) => [link.href, link.textContent])).toEqual([
			["https://kairos.example/en/", "All courses"],
		]);
	});
});
