import type { FastifyInstance, FastifyReply } from "fastify";
import { translator } from "../../i18n/index.ts";
import type { ServiceContext } from "../../service/context.ts";
import { KairosError } from "../../service/errors.ts";
import { learnerDataByLink } from "../../service/learner-data.ts";
import { eraseLearnerDataByLink } from "../../service/learner-erasure.ts";
import { refuseCrossSite } from "../auth/cross-site.ts";
import { presentLearnerData } from "../presenters/learner-data.ts";
import { lang } from "./language-segment.ts";
import { myDataErasePage, myDataNotice, myDataPage } from "./my-data-page.ts";

export interface MyDataRouteDeps {
	context: ServiceContext;
	htmlReply(reply: FastifyReply): FastifyReply;
}

type Request = { Params: { lang: string; token: string } };

/**
 * The page of a learner's own data behind the link in every mail to them
 * (docs/learner-data.md): what is kept, its download, and its erasure after a confirmation
 * step. An unknown, expired or erased link gets one refusal page, 404, and nothing else.
 */
export function myDataRoutes(app: FastifyInstance, deps: MyDataRouteDeps): void {
	const { context } = deps;
	const baseUrl = context.publicUrl;
	/**
	 * A page about one person: no cache keeps it, and no other site learns its address. Not
	 * `no-referrer`: under it a browser sends `Origin: null` with the erasing form, which the
	 * cross-site check must refuse.
	 */
	const personal = (reply: FastifyReply, status = 200) =>
		deps
			.htmlReply(reply.status(status))
			.header("cache-control", "no-store")
			.header("referrer-policy", "same-origin");
	const refused = (reply: FastifyReply, language: string) => {
		const t = translator(language);
		return personal(reply, 404).send(
			myDataNotice(language, t("myData.invalidLink"), t("myData.invalidLinkText"), t, baseUrl),
		);
	};
	/** Answers the refusal page for a link that does not work; anything else is thrown on. */
	const orRefused = async (
		reply: FastifyReply,
		language: string,
		answer: () => Promise<FastifyReply>,
	): Promise<FastifyReply> => {
		try {
			return await answer();
		} catch (error) {
			if (error instanceof KairosError && error.code === "not_found")
				return refused(reply, language);
			throw error;
		}
	};

	app.get<Request>(`/${lang}/my-data/:token`, { schema: { hide: true } }, (request, reply) => {
		const { lang: language, token } = request.params;
		return orRefused(reply, language, async () => {
			const data = await learnerDataByLink(context, token);
			return personal(reply).send(myDataPage(data, token, language, translator(language), baseUrl));
		});
	});

	app.get<Request>(
		`/${lang}/my-data/:token/download`,
		{ schema: { hide: true } },
		(request, reply) => {
			const { lang: language, token } = request.params;
			return orRefused(reply, language, async () => {
				const data = await learnerDataByLink(context, token);
				return reply
					.type("application/json; charset=utf-8")
					.header(
						"content-disposition",
						`attachment; filename="${data.institution.id}-my-data.json"`,
					)
					.header("cache-control", "no-store")
					.header("x-content-type-options", "nosniff")
					.send(`${JSON.stringify(presentLearnerData(data), null, 2)}\n`);
			});
		},
	);

	// The link only shows what goes and a button: a mail scanner that opens links erases nothing.
	app.get<Request>(
		`/${lang}/my-data/:token/erase`,
		{ schema: { hide: true } },
		(request, reply) => {
			const { lang: language, token } = request.params;
			return orRefused(reply, language, async () => {
				const data = await learnerDataByLink(context, token);
				return personal(reply).send(
					myDataErasePage(data, token, language, translator(language), baseUrl),
				);
			});
		},
	);

	app.post<Request>(
		`/${lang}/my-data/:token/erase`,
		{ schema: { hide: true } },
		(request, reply) => {
			const { lang: language, token } = request.params;
			// Another site's page must not erase anybody's data, even with a link it somehow knows.
			refuseCrossSite(request, baseUrl, "erase your data");
			return orRefused(reply, language, async () => {
				await eraseLearnerDataByLink(context, token);
				const t = translator(language);
				return personal(reply).send(
					myDataNotice(language, t("myData.erased"), t("myData.erasedText"), t, baseUrl),
				);
			});
		},
	);
}
