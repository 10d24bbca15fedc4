import type { FastifyInstance } from "fastify";
import { eraseLearnerDataRoute, exportLearnerDataRoute } from "../../../model/api/learner-data.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { learnerData } from "../../../service/learner-data.ts";
import { eraseLearnerData } from "../../../service/learner-erasure.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { presentErasure, presentLearnerData } from "../../presenters/learner-data.ts";
import { registerRoute } from "../register.ts";

/** A learner's data on their request to the staff: export it, or erase it. */
export function learnerDataRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, exportLearnerDataRoute, async (request, reply) => {
		assertInstitution(actorOf(request), request.params.id);
		const data = await learnerData(context, request.params.id, request.body.email);
		// A person's data is never kept by a browser or a proxy.
		void reply
			.header("cache-control", "no-store")
			.header(
				"content-disposition",
				`attachment; filename="${request.params.id}-learner-data.json"`,
			);
		return presentLearnerData(data);
	});

	registerRoute(app, eraseLearnerDataRoute, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		void reply.header("cache-control", "no-store");
		return presentErasure(
			await eraseLearnerData(context, request.params.id, request.body.email, actor),
		);
	});
}
