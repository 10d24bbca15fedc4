import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { html } from "../../html/template.ts";
import { isCatalogueLanguage, negotiateLanguage, translator } from "../../i18n/index.ts";
import {
	type CatalogueFilters,
	type PublicCatalogue,
	publicCatalogue,
} from "../../service/catalogue.ts";
import type { ServiceContext } from "../../service/context.ts";
import { notFound } from "../../service/errors.ts";
import { LruCache } from "../../service/lru-cache.ts";
import { sendProblem } from "../problem.ts";
import { cataloguePage } from "./catalogue-page.ts";
import { digestRoutes } from "./digest-routes.ts";
import { jsonLdScriptContent, offeringJsonLd } from "./feeds/json-ld.ts";
import { registerFeedRoutes } from "./feeds/routes.ts";
import { lang } from "./language-segment.ts";
import { layout } from "./layout.ts";
import { myDataRoutes } from "./my-data-routes.ts";
import { offeringPage } from "./offering-page.ts";
import { pathwayPage } from "./pathway-page.ts";
import { signUpRoutes } from "./sign-up-routes.ts";
import { siteCss } from "./styles.ts";

/** No script runs on these pages, styles come only from our stylesheet, forms post only to us. */
export const contentSecurityPolicy =
	"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The public site: catalogue, offering and pathway pages, server-rendered and cached. */
export function publicRoutes(app: FastifyInstance, context: ServiceContext): void {
	const catalogue = () => publicCatalogue(context);
	// Every absolute link comes from the configured address, never from the request's Host.
	const baseUrl = context.publicUrl;
	const siteHost = new URL(baseUrl).host;
	// Pages are kept encoded: a cached page is sent without encoding it again.
	const pages = new LruCache<Buffer>(500);

	/** Renders through the page cache, keyed by address, language, the plans' versions and the referrer's site. */
	const sendPage = (
		request: FastifyRequest,
		reply: FastifyReply,
		current: PublicCatalogue,
		language: string,
		render: (catalogue: PublicCatalogue) => string,
	): FastifyReply => {
		const key = `${pageAddress(request)}\u0000${language}\u0000${current.versionKey}\u0000${externalReferrer(request, siteHost) ?? ""}`;
		let page = pages.get(key);
		if (page === undefined) {
			page = Buffer.from(render(current));
			pages.set(key, page);
		}
		return htmlReply(reply).send(page);
	};

	registerFeedRoutes(app, { catalogue, baseUrl, stamp: context.clock });

	signUpRoutes(app, {
		context,
		findOffering: async (institutionId, offeringId) =>
			findOffering(await catalogue(), institutionId, offeringId),
		htmlReply,
		notFoundPage: (reply, language) => notFoundPage(reply, language, baseUrl),
	});
	myDataRoutes(app, { context, htmlReply });
	digestRoutes(app, { context, htmlReply });

	app.get("/assets/site.css", { schema: { hide: true } }, (_request, reply) =>
		reply
			.type("text/css; charset=utf-8")
			.header("cache-control", "public, max-age=3600")
			.send(siteCss),
	);

	app.get("/", { schema: { hide: true } }, async (request, reply) => {
		const language = negotiateLanguage(request.headers["accept-language"]);
		void reply.header("vary", "Accept-Language");
		return sendPage(request, reply, await catalogue(), language, (current) =>
			cataloguePage(current, {}, language, translator(language), baseUrl),
		);
	});

	app.get<{ Params: { lang: string }; Querystring: Record<string, string | undefined> }>(
		`/${lang}/`,
		{ schema: { hide: true } },
		async (request, reply) => {
			const language = request.params.lang;
			const filters = filtersFrom(request.query);
			return sendPage(request, reply, await catalogue(), language, (current) =>
				cataloguePage(current, filters, language, translator(language), baseUrl),
			);
		},
	);

	app.get<{ Params: { lang: string; institution: string; offering: string } }>(
		`/${lang}/courses/:institution/:offering`,
		{ schema: { hide: true } },
		async (request, reply) => {
			const language = request.params.lang;
			const current = await catalogue();
			const entry = findOffering(current, request.params.institution, request.params.offering);
			if (!entry) return notFoundPage(reply, language, baseUrl);
			return sendPage(request, reply, current, language, () =>
				offeringPage(
					entry,
					language,
					translator(language),
					baseUrl,
					jsonLdScriptContent(offeringJsonLd(entry, { baseUrl, language })),
					{
						values: channelOf(request, siteHost),
						problems: [],
					},
				),
			);
		},
	);

	app.get<{ Params: { lang: string; institution: string; qualification: string } }>(
		`/${lang}/pathways/:institution/:qualification`,
		{ schema: { hide: true } },
		async (request, reply) => {
			const language = request.params.lang;
			const current = await catalogue();
			const institution = current.institutions.find(
				(entry) => entry.institution.id === request.params.institution,
			);
			const qualification = institution?.qualifications.find(
				(entry) => entry.id === request.params.qualification,
			);
			if (!institution || !qualification) return notFoundPage(reply, language, baseUrl);
			return sendPage(request, reply, current, language, () =>
				pathwayPage(
					institution.institution,
					qualification,
					institution.offerings,
					language,
					translator(language),
					baseUrl,
				),
			);
		},
	);

	app.setNotFoundHandler((request, reply) =>
		request.url.startsWith("/api/")
			? sendProblem(notFound(`${request.method} ${request.url}`), request, reply)
			: publicNotFound(request, reply, baseUrl),
	);
}

const pageHeaders = {
	"content-type": "text/html; charset=utf-8",
	"content-security-policy": contentSecurityPolicy,
	"x-content-type-options": "nosniff",
	"referrer-policy": "strict-origin-when-cross-origin",
};

function htmlReply(reply: FastifyReply): FastifyReply {
	return reply.headers(pageHeaders);
}

/** The public site's "not found" page, in the language the address or the browser asks for. */
function publicNotFound(
	request: FastifyRequest,
	reply: FastifyReply,
	baseUrl: string,
): FastifyReply {
	const first = request.url.split("/")[1] ?? "";
	return notFoundPage(
		reply,
		isCatalogueLanguage(first) ? first : negotiateLanguage(request.headers["accept-language"]),
		baseUrl,
	);
}

function notFoundPage(reply: FastifyReply, language: string, baseUrl: string): FastifyReply {
	const t = translator(language);
	const body = html`<h1>${t("notFound")}</h1><p><a href="/${language}/">${t("offering.backToCatalogue")}</a></p>`;
	return htmlReply(reply.status(404)).send(
		layout(
			{ language, title: t("notFound"), description: t("notFound"), path: "/", noindex: true },
			t,
			baseUrl,
			body,
		),
	);
}

function findOffering(catalogue: PublicCatalogue, institutionId: string, offeringId: string) {
	return catalogue.institutions
		.find((entry) => entry.institution.id === institutionId)
		?.offerings.find((entry) => entry.offering.id === offeringId);
}

/** The catalogue's filters from the query string; empty or malformed values filter nothing. */
export function filtersFrom(query: Record<string, unknown>): CatalogueFilters {
	const text = (name: string) => queryText(query, name);
	const number = (name: string) => {
		const value = Number(text(name));
		return text(name) !== undefined && Number.isFinite(value) ? value : undefined;
	};
	return {
		q: text("q"),
		institution: text("institution"),
		intake: text("intake"),
		field: text("field"),
		level: number("level"),
		language: text("language"),
		mode: text("mode"),
		feeMin: number("feeMin"),
		feeMax: number("feeMax"),
	};
}

/** A query parameter's trimmed text; absent, empty or given twice (`?q=a&q=b`) counts as absent. */
function queryText(query: Record<string, unknown>, name: string): string | undefined {
	const value = query[name];
	return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The query parameters a page depends on: its filters and the campaign it came from. */
const pageParameters = [
	"q",
	"institution",
	"intake",
	"field",
	"level",
	"language",
	"mode",
	"feeMin",
	"feeMax",
	"utm_source",
	"utm_medium",
	"utm_campaign",
] as const;

/**
 * A page's address as its cache knows it: the path and the parameters that change the page, in
 * one order. Other parameters (`?x=1`, a cache-buster) give the same page from the same entry.
 */
function pageAddress(request: FastifyRequest): string {
	const query = request.query as Record<string, unknown>;
	const path = request.url.split("?")[0] ?? request.url;
	const known = pageParameters.flatMap((name) => {
		const value = queryText(query, name);
		return value === undefined ? [] : [`${name}=${encodeURIComponent(value)}`];
	});
	return known.length === 0 ? path : `${path}?${known.join("&")}`;
}

/** The marketing channel a learner came from: UTM parameters, or another site that linked here. */
function channelOf(request: FastifyRequest, siteHost: string): Record<string, string | undefined> {
	const query = request.query as Record<string, unknown>;
	return {
		utm_source: queryText(query, "utm_source"),
		utm_medium: queryText(query, "utm_medium"),
		utm_campaign: queryText(query, "utm_campaign"),
		ref: externalReferrer(request, siteHost),
	};
}

/** The host of the site that linked here, unless it is this site itself. */
function externalReferrer(request: FastifyRequest, siteHost: string): string | undefined {
	const referrer = request.headers.referer;
	if (!referrer) return undefined;
	try {
		const host = new URL(referrer).host;
		return host === siteHost ? undefined : host;
	} catch {
		return undefined;
	}
}
