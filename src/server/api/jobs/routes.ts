import type { FastifyInstance } from "fastify";
import { listJobsRoute, runJobRoute } from "../../../model/api/jobs.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { jobsOverview, requestJobRun } from "../../../service/jobs/job-overview.ts";
import { presentJob } from "../../presenters/jobs.ts";
import { registerRoute } from "../register.ts";

/** Administrators' view of the background jobs: their runs, and running one now. */
export function jobRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, listJobsRoute, async () => {
		const summaries = await jobsOverview(context);
		return { items: summaries.map(presentJob) };
	});

	registerRoute(app, runJobRoute, async (request, reply) => {
		return reply.status(202).send(requestJobRun(context, request.params.name));
	});
}
