import type { FastifyInstance } from "fastify";
import { analysisPlots } from "../../../model/analysis.ts";
import {
	getAnalysisPlotRoute,
	getAnalysisRoute,
	getYearlyReportRoute,
	isAnalysisPlot,
} from "../../../model/api/analysis.ts";
import { analysisPlotSvg } from "../../../report/analysis-plots.ts";
import { renderYearlyReportHtml } from "../../../report/yearly-html.ts";
import { institutionAnalysis, institutionYearlyReport } from "../../../service/analysis.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { KairosError } from "../../../service/errors.ts";
import { LruCache } from "../../../service/lru-cache.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { sentNotModified, weakEtagOf } from "../../etag.ts";
import { presentAnalysis } from "../../presenters/analysis.ts";
import { selfContainedPolicy } from "../../self-contained-policy.ts";
import { registerRoute } from "../register.ts";

/** A drawing sent as it is, with the policy that lets its own styles apply. */
interface Drawing {
	body: string;
	policy: string;
}

/**
 * The analysis of an institution's history, its plots as SVG and the yearly report's page. A
 * client that holds the current version gets 304, and each drawing is made once per version of
 * its figures: a view opened again, or the report in several tabs, draws nothing twice.
 */
export function analysisRoutes(app: FastifyInstance, context: ServiceContext): void {
	const drawings = new LruCache<Drawing>(128);
	const drawOnce = (key: string, draw: () => string): Drawing => {
		let drawing = drawings.get(key);
		if (drawing === undefined) {
			const body = draw();
			drawing = { body, policy: selfContainedPolicy(body) };
			drawings.set(key, drawing);
		}
		return drawing;
	};

	registerRoute(app, getAnalysisRoute, async (request, reply) => {
		const { id } = request.params;
		assertInstitution(actorOf(request), id);
		const { figures, language, version } = await institutionAnalysis(context, id, request.query);
		if (sentNotModified(request, reply, weakEtagOf(version))) return reply;
		return presentAnalysis(figures, language);
	});

	registerRoute(app, getAnalysisPlotRoute, async (request, reply) => {
		const { id, plot } = request.params;
		assertInstitution(actorOf(request), id);
		if (!isAnalysisPlot(plot))
			throw new KairosError(
				"not_found",
				`the analysis has no plot "${plot}": it draws ${analysisPlots.join(", ")}`,
			);
		const { figures, language, version } = await institutionAnalysis(context, id, request.query);
		const key = `${version}\u0000${plot}`;
		if (sentNotModified(request, reply, weakEtagOf(key))) return reply;
		const svg = drawOnce(key, () => analysisPlotSvg(figures, plot, { language }));
		return reply
			.type("image/svg+xml; charset=utf-8")
			.header("content-security-policy", svg.policy)
			.send(svg.body);
	});

	registerRoute(app, getYearlyReportRoute, async (request, reply) => {
		const { id } = request.params;
		assertInstitution(actorOf(request), id);
		const { year } = request.query;
		const { figures, language, version } = await institutionYearlyReport(
			context,
			id,
			request.query,
		);
		if (sentNotModified(request, reply, weakEtagOf(version))) return reply;
		const page = drawOnce(version, () => renderYearlyReportHtml(figures, { language }));
		return reply
			.type("text/html; charset=utf-8")
			.headers({
				"content-security-policy": page.policy,
				"content-disposition": `inline; filename="${id}-yearly-report-${year}.html"`,
				"referrer-policy": "no-referrer",
			})
			.send(page.body);
	});
}
