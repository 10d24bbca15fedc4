import type { FastifyInstance, FastifyReply } from "fastify";
import type { TFunction } from "i18next";
import { html } from "../../html/template.ts";
import { translator } from "../../i18n/index.ts";
import { applyForOffering } from "../../service/apply.ts";
import { type PublicOffering, willNotRun } from "../../service/catalogue.ts";
import type { ServiceContext } from "../../service/context.ts";
import { KairosError } from "../../service/errors.ts";
import {
	confirmInterest,
	type InterestSignUp,
	registerInterest,
	unsubscribe,
} from "../../service/sign-up.ts";
import type { ApplicationOutcome } from "../../service/sign-up-mail.ts";
import { refuseCrossSite } from "../auth/cross-site.ts";
import { jsonLdScriptContent, offeringJsonLd } from "./feeds/json-ld.ts";
import { lang } from "./language-segment.ts";
import { layout, localized } from "./layout.ts";
import { offeringPage } from "./offering-page.ts";
import { pageTexts } from "./page-texts.ts";
import { consentText, type SignUpValues } from "./sign-up-form.ts";

/** The version of the consent text; change it whenever the text's meaning changes. */
export const consentVersion = "2027-03";

export interface SignUpRouteDeps {
	context: ServiceContext;
	findOffering(institutionId: string, offeringId: string): Promise<PublicOffering | undefined>;
	htmlReply(reply: FastifyReply): FastifyReply;
	notFoundPage(reply: FastifyReply, language: string): FastifyReply;
}

type Form = Record<string, string | undefined>;

/**
 * How long a sign-up's answer takes at least, in milliseconds. Whether the address is new or
 * known, the work differs by a millisecond or two; answering at a fixed time hides that.
 */
export const signUpAnswerMs = 150;

/**
 * "Notify me" and "Apply": the forms' POSTs, and the confirm and unsubscribe links of the
 * e-mails.
 */
export function signUpRoutes(app: FastifyInstance, deps: SignUpRouteDeps): void {
	const { context } = deps;
	const baseUrl = context.publicUrl;

	for (const kind of ["interest", "apply"] as const) {
		app.post<{ Params: { lang: string; institution: string; offering: string }; Body: Form }>(
			`/${lang}/courses/:institution/:offering/${kind}`,
			{ schema: { hide: true } },
			async (request, reply) => {
				const answerAt = performance.now() + signUpAnswerMs;
				const language = request.params.lang;
				const t = translator(language);
				// Another site's page must not sign strangers up for mail.
				refuseCrossSite(request, baseUrl, "sign up");
				const entry = await deps.findOffering(request.params.institution, request.params.offering);
				if (!entry) return deps.notFoundPage(reply, language);
				const form: Form =
					typeof request.body === "object" && request.body !== null ? request.body : {};
				const values: SignUpValues = {
					name: form.name,
					email: form.email,
					phone: form.phone,
					utm_source: form.utm_source,
					utm_medium: form.utm_medium,
					utm_campaign: form.utm_campaign,
					ref: form.ref,
				};
				const rerender = (status: number, problems: { path: string; message: string }[]) =>
					deps
						.htmlReply(reply.status(status))
						.send(
							offeringPage(
								entry,
								language,
								t,
								baseUrl,
								jsonLdScriptContent(offeringJsonLd(entry, { baseUrl, language })),
								{ kind, values, problems },
							),
						);
				// Applications are taken here only while registration is open, and only when the
				// school takes them in the catalogue rather than elsewhere.
				const texts = pageTexts(entry.institution, language, t);
				const answerPage = (status: number, answer: Answer) => {
					const body = html`<h1>${answer.heading}</h1>${answer.text ? html`<p>${answer.text}</p>` : ""}
<p><a href="${localized(language, `/courses/${entry.institution.id}/${entry.offering.id}`)}">${texts.marked(entry.offering.title)}</a></p>`;
					const title = answer.heading;
					return deps
						.htmlReply(reply.status(status))
						.send(
							layout(
								{ language, title, description: title, path: "/", noindex: true },
								t,
								baseUrl,
								body,
							),
						);
				};
				// A group decided against takes nobody new: its follow-through has told everyone.
				if (willNotRun.has(entry.status))
					return answerPage(409, {
						heading: t(`status.${entry.status}`),
						text: t("statusHelp.cancelled"),
					});
				if (kind === "apply" && (!entry.registrationOpen || entry.offering.applicationUrl))
					return answerPage(409, { heading: t("apply.notOpen"), text: "" });
				if (form.consent !== "yes")
					return rerender(400, [
						{ path: "consent", message: consentText(kind, entry.institution, t) },
					]);
				const signUp: InterestSignUp = {
					institutionId: entry.institution.id,
					offeringId: entry.offering.id,
					name: form.name ?? "",
					email: form.email ?? "",
					phone: form.phone?.trim() ? form.phone : undefined,
					language,
					consentText: consentText(kind, entry.institution, t),
					consentVersion,
					honeypot: form.website ?? "",
					utm: { source: form.utm_source, medium: form.utm_medium, campaign: form.utm_campaign },
					referrer: form.ref,
					address: request.ip,
					confirmUrl: (token) => `${baseUrl}${localized(language, `/confirm/${token}`)}`,
					unsubscribeUrl: (token) => `${baseUrl}${localized(language, `/unsubscribe/${token}`)}`,
					// The mail is in the page's language, and so is the course's title in it.
					offeringTitle: texts.plain(entry.offering.title),
					institutionName: entry.institution.name,
					contact: entry.offering.contact && {
						name: entry.offering.contact.name,
						email: entry.offering.contact.email,
					},
				};
				const email = form.email ?? "";
				let answer: Answer;
				try {
					if (kind === "interest") {
						await registerInterest(context, signUp);
						answer = {
							heading: t("signUp.checkEmail"),
							text: t("signUp.checkEmailText", { email }),
						};
					} else answer = applicationAnswer(await applyForOffering(context, signUp), email, t);
					await waitUntil(answerAt);
				} catch (error) {
					if (!(error instanceof KairosError)) throw error;
					if (error.code === "validation_failed") return rerender(400, [...error.problems]);
					if (error.code === "rate_limited") {
						void reply.header("retry-after", String(error.retryAfter ?? 600));
						return rerender(429, [{ path: "form", message: t("signUp.tooMany") }]);
					}
					throw error;
				}
				return answerPage(200, answer);
			},
		);
	}

	// The links in the e-mails only show a button: mail scanners that open links must not confirm
	// or unsubscribe anybody. The button (and a mail client's one-click unsubscribe) POSTs.
	for (const action of ["confirm", "unsubscribe"] as const) {
		app.get<{ Params: { lang: string; token: string } }>(
			`/${lang}/${action}/:token`,
			{ schema: { hide: true } },
			async (request, reply) => {
				const language = request.params.lang;
				const t = translator(language);
				const body = html`<h1>${t(`signUp.${action}Heading`)}</h1>
<p>${t(`signUp.${action}Prompt`)}</p>
<form method="post" action="${localized(language, `/${action}/${request.params.token}`)}"><button type="submit">${t(`signUp.${action}Button`)}</button></form>`;
				const title = t(`signUp.${action}Heading`);
				return deps
					.htmlReply(reply)
					.send(
						layout(
							{ language, title, description: title, path: "/", noindex: true },
							t,
							baseUrl,
							body,
						),
					);
			},
		);
		app.post<{ Params: { lang: string; token: string } }>(
			`/${lang}/${action}/:token`,
			{ schema: { hide: true } },
			async (request, reply) => {
				const language = request.params.lang;
				const t = translator(language);
				const page = (status: number, title: string, text: string) =>
					deps
						.htmlReply(reply.status(status))
						.send(
							layout(
								{ language, title, description: title, path: "/", noindex: true },
								t,
								baseUrl,
								html`<h1>${title}</h1><p>${text}</p>`,
							),
						);
				try {
					const result =
						action === "confirm"
							? await confirmInterest(context, request.params.token)
							: await unsubscribe(context, request.params.token);
					if (result.status === "unsubscribed")
						return page(200, t("signUp.unsubscribed"), t("signUp.unsubscribedText"));
					const entry = await deps.findOffering(result.institutionId, result.offeringId);
					return page(
						200,
						t("signUp.confirmed"),
						t(result.state === "interest" ? "signUp.confirmedText" : "apply.confirmedText", {
							course: entry
								? pageTexts(entry.institution, language, t).plain(entry.offering.title)
								: result.offeringId,
						}),
					);
				} catch (error) {
					if (error instanceof KairosError && error.code === "not_found")
						return page(404, t("signUp.invalidLink"), t("signUp.invalidLink"));
					throw error;
				}
			},
		);
	}
}

/** What the page after a sign-up says. */
interface Answer {
	heading: string;
	text: string;
}

/** The answer to an application: a place kept, or the place on the waitlist. */
function applicationAnswer(outcome: ApplicationOutcome, email: string, t: TFunction): Answer {
	return outcome.state === "applied"
		? { heading: t("apply.appliedHeading"), text: t("apply.appliedText", { email }) }
		: {
				heading: t("apply.waitlistedHeading"),
				text: t("apply.waitlistedText", { email, position: outcome.position }),
			};
}

/** Resolves at `at` (a `performance.now()` time), or at once when that has passed. */
function waitUntil(at: number): Promise<void> {
	const wait = at - performance.now();
	return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}
