import type { FastifyInstance, FastifyReply } from "fastify";
import { html } from "../../html/template.ts";
import { translator } from "../../i18n/index.ts";
import type { ServiceContext } from "../../service/context.ts";
import { KairosError } from "../../service/errors.ts";
import { setDigestsByLink } from "../../service/jobs/digest-opt-outs.ts";
import { lang } from "./language-segment.ts";
import { layout, localized } from "./layout.ts";

export interface DigestRouteDeps {
	context: ServiceContext;
	htmlReply(reply: FastifyReply): FastifyReply;
}

/**
 * The opt-out link of the owners' digests (`/<language>/digests/opt-out/<token>`): the link
 * shows a button, as mail scanners open links; the button, and a mail client's one-click
 * unsubscribe, POST it and stop the digests; the page then offers them back (`…/opt-in/…`).
 */
export function digestRoutes(app: FastifyInstance, deps: DigestRouteDeps): void {
	const baseUrl = deps.context.publicUrl;
	const page = (
		reply: FastifyReply,
		language: string,
		title: string,
		body: ReturnType<typeof html>,
	) =>
		deps
			.htmlReply(reply)
			.send(
				layout(
					{ language, title, description: title, path: "/", noindex: true },
					translator(language),
					baseUrl,
					body,
				),
			);
	const button = (language: string, action: "opt-out" | "opt-in", token: string, label: string) =>
		html`<form method="post" action="${localized(language, `/digests/${action}/${token}`)}"><button type="submit">${label}</button></form>`;

	app.get<{ Params: { lang: string; token: string } }>(
		`/${lang}/digests/opt-out/:token`,
		{ schema: { hide: true } },
		async (request, reply) => {
			const language = request.params.lang;
			const t = translator(language);
			return page(
				reply,
				language,
				t("digests.optOutHeading"),
				html`<h1>${t("digests.optOutHeading")}</h1><p>${t("digests.optOutPrompt")}</p>
${button(language, "opt-out", request.params.token, t("digests.optOutButton"))}`,
			);
		},
	);

	for (const action of ["opt-out", "opt-in"] as const) {
		app.post<{ Params: { lang: string; token: string } }>(
			`/${lang}/digests/${action}/:token`,
			{ schema: { hide: true } },
			async (request, reply) => {
				const language = request.params.lang;
				const t = translator(language);
				const { token } = request.params;
				try {
					await setDigestsByLink(deps.context, token, action === "opt-out");
				} catch (error) {
					if (!(error instanceof KairosError && error.code === "not_found")) throw error;
					const title = t("digests.invalidLink");
					return page(reply.status(404), language, title, html`<h1>${title}</h1>`);
				}
				const [title, text, again, label] =
					action === "opt-out"
						? [
								t("digests.optedOut"),
								t("digests.optedOutText"),
								"opt-in" as const,
								t("digests.optInButton"),
							]
						: [
								t("digests.optedIn"),
								t("digests.optedInText"),
								"opt-out" as const,
								t("digests.optOutButton"),
							];
				return page(
					reply,
					language,
					title,
					html`<h1>${title}</h1><p>${text}</p>
${button(language, again, token, label)}`,
				);
			},
		);
	}
}
