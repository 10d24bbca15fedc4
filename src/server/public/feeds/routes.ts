import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { catalogueLanguages, isCatalogueLanguage } from "../../../i18n/index.ts";
import type { PublicCatalogue } from "../../../service/catalogue.ts";
import { KairosError, notFound } from "../../../service/errors.ts";
import { ifNoneMatchHolds } from "../../etag.ts";
import { embedScript } from "../embed/embed-script.ts";
import { catalogueIcs, offeringIcs } from "./ics.ts";
import { catalogueJsonLd } from "./json-ld.ts";
import { robotsTxt } from "./robots.ts";
import { sitemapXml } from "./sitemap.ts";

/** What the feeds need from the app; the app wires them to the store, its settings and the clock. */
export interface FeedDeps {
	/** The public catalogue as of the server's today. */
	catalogue(): Promise<PublicCatalogue>;
	/** The site's public address, without a trailing slash. */
	baseUrl: string;
	/** DTSTAMP of calendar events: now. */
	stamp(): Date;
}

/** Feeds change when a plan or the day changes; a few minutes of staleness is fine for them. */
const FEED_MAX_AGE = "public, max-age=300";
const SCRIPT_MAX_AGE = "public, max-age=3600";
const embedTag = `"${digest(embedScript)}"`;

/**
 * The feeds and findability routes of the public catalogue: `/feeds/catalogue.ics?lang=`,
 * `/feeds/catalogue.jsonld?lang=&institution=`, `/sitemap.xml`, `/robots.txt`, `/embed.js` and
 * one course's `/courses/:institution/:offering.ics?lang=`. The JSON-LD feed and the script may be read from any
 * site (`Access-Control-Allow-Origin: *`): that is what the embed widget does.
 */
export function registerFeedRoutes(app: FastifyInstance, deps: FeedDeps): void {
	const hide = { schema: { hide: true } };
	const { baseUrl } = deps;
	const robots = robotsTxt({ baseUrl, languages: catalogueLanguages });
	const robotsTag = `"${digest(robots)}"`;

	app.get("/feeds/catalogue.ics", hide, async (request, reply) => {
		// Calendars have always been English unless asked for another language.
		const language = feedLanguage(request, "en");
		const catalogue = await deps.catalogue();
		return sendFeed(request, reply, {
			type: "text/calendar; charset=utf-8",
			tag: weakTag(catalogue, "ics", baseUrl, language),
			body: () => catalogueIcs(catalogue, { baseUrl, stamp: deps.stamp(), language }),
		});
	});

	app.get("/feeds/catalogue.jsonld", hide, async (request, reply) => {
		// Set first, so that a widget on another site can read a problem document too.
		void reply.header("access-control-allow-origin", "*");
		void reply.header("cross-origin-resource-policy", "cross-origin");
		const language = feedLanguage(request, catalogueLanguages[0] ?? "en");
		const institution = queryValue(request, "institution");
		const catalogue = onlyInstitution(await deps.catalogue(), institution);
		return sendFeed(request, reply, {
			type: "application/ld+json; charset=utf-8",
			tag: `"${versionTag(catalogue, "jsonld", baseUrl, language, institution ?? "")}"`,
			body: () => JSON.stringify(catalogueJsonLd(catalogue, { baseUrl, language })),
		});
	});

	app.get("/sitemap.xml", hide, async (request, reply) => {
		const catalogue = await deps.catalogue();
		return sendFeed(request, reply, {
			type: "application/xml; charset=utf-8",
			tag: `"${versionTag(catalogue, "sitemap", baseUrl)}"`,
			body: () => sitemapXml(catalogue, { baseUrl, languages: catalogueLanguages }),
		});
	});

	app.get("/robots.txt", hide, (request, reply) =>
		sendFeed(request, reply, {
			type: "text/plain; charset=utf-8",
			tag: robotsTag,
			body: () => robots,
		}),
	);

	app.get("/embed.js", hide, (request, reply) => {
		void reply.header("access-control-allow-origin", "*");
		void reply.header("cross-origin-resource-policy", "cross-origin");
		return sendFeed(request, reply, {
			type: "text/javascript; charset=utf-8",
			tag: embedTag,
			maxAge: SCRIPT_MAX_AGE,
			body: () => embedScript,
		});
	});

	app.get<{ Params: { institution: string; offering: string } }>(
		"/courses/:institution/:offering.ics",
		hide,
		async (request, reply) => {
			const { institution, offering } = request.params;
			const language = feedLanguage(request, "en");
			const catalogue = await deps.catalogue();
			const entry = catalogue.institutions
				.find((candidate) => candidate.institution.id === institution)
				?.offerings.find((candidate) => candidate.offering.id === offering);
			if (!entry) throw notFound(`course "${institution}/${offering}"`);
			void reply.header("content-disposition", `attachment; filename="${entry.offering.id}.ics"`);
			return sendFeed(request, reply, {
				type: "text/calendar; charset=utf-8",
				tag: weakTag(catalogue, "course", baseUrl, institution, offering, language),
				body: () => offeringIcs(entry, { baseUrl, stamp: deps.stamp(), language }),
			});
		},
	);
}

interface Feed {
	type: string;
	/** An ETag that changes whenever the body would (other than DTSTAMP). */
	tag: string;
	maxAge?: string;
	/** Rendered only when the client does not already hold this version. */
	body: () => string;
}

function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: Feed): FastifyReply {
	void reply
		.header("etag", feed.tag)
		.header("cache-control", feed.maxAge ?? FEED_MAX_AGE)
		.header("x-content-type-options", "nosniff");
	if (ifNoneMatchHolds(request.headers["if-none-match"], feed.tag)) return reply.status(304).send();
	return reply.type(feed.type).send(feed.body());
}

/** The catalogue's version (plans and days) with what else the body depends on. */
function versionTag(catalogue: PublicCatalogue, ...parts: string[]): string {
	return digest([catalogue.versionKey, ...parts].join("\u0000"));
}

/** Calendars carry a fresh DTSTAMP on every response: the same events in other bytes, so a weak tag. */
function weakTag(catalogue: PublicCatalogue, ...parts: string[]): string {
	return `W/"${versionTag(catalogue, ...parts)}"`;
}

function digest(text: string): string {
	return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** The `lang` query parameter, a catalogue language; a 400 problem for any other. */
function feedLanguage(request: FastifyRequest, fallback: string): string {
	const language = queryValue(request, "lang") ?? fallback;
	if (!isCatalogueLanguage(language))
		throw new KairosError(
			"bad_request",
			`lang ${JSON.stringify(language)} is not a catalogue language: use ${catalogueLanguages.join(", ")}`,
		);
	return language;
}

/** A query parameter given once; repeated or empty parameters count as absent. */
function queryValue(request: FastifyRequest, name: string): string | undefined {
	const value = (request.query as Record<string, unknown> | undefined)?.[name];
	return typeof value === "string" && value !== "" ? value : undefined;
}

function onlyInstitution(
	catalogue: PublicCatalogue,
	institution: string | undefined,
): PublicCatalogue {
	if (institution === undefined) return catalogue;
	const institutions = catalogue.institutions.filter(
		(entry) => entry.institution.id === institution,
	);
	if (institutions.length === 0) throw notFound(`institution "${institution}"`);
	return { ...catalogue, institutions };
}
