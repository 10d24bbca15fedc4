import type { FastifyInstance } from "fastify";
import { getDigestRoute, updateDigestRoute } from "../../../model/api/digests.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { digestSubscription, setOwnDigests } from "../../../service/jobs/digest-opt-outs.ts";
import { actorOf } from "../../auth/authenticate.ts";
import { registerRoute } from "../register.ts";

/** Your own digests of your tasks: whether they come, and stopping or restarting them. */
export function digestRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, getDigestRoute, (request) => digestSubscription(context, actorOf(request)));

	registerRoute(app, updateDigestRoute, (request) =>
		setOwnDigests(context, actorOf(request), request.body.optedOut),
	);
}
