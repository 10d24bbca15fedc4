import type { FastifyInstance } from "fastify";
import {
	addRegistrationRoute,
	changeRegistrationRoute,
	listRegistrationsRoute,
	promoteNextRoute,
	registrationCountsRoute,
} from "../../../model/api/registrations.ts";
import type { ServiceContext } from "../../../service/context.ts";
import {
	changeRegistration,
	offeringRegistrations,
	promoteNext,
	registrationCounts,
} from "../../../service/registrations.ts";
import { addRegistration } from "../../../service/staff-registrations.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { requiredVersion, setEtag } from "../../etag.ts";
import { presentRegistration, presentRegistrationCounts } from "../../presenters/registrations.ts";
import { offeringScope } from "../offering-scope.ts";
import { registerRoute } from "../register.ts";

/** An offering's registrations: listed, added by hand, moved through their lifecycle, promoted. */
export function registrationRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, listRegistrationsRoute, async (request) => {
		const { institutionId } = await offeringScope(context, request);
		const listing = await offeringRegistrations(
			context,
			{ institutionId, offeringId: request.params.id },
			request.query.state,
		);
		return {
			items: listing.registrations.map(presentRegistration),
			counts: listing.counts,
			maxParticipants: listing.maxParticipants,
		};
	});

	registerRoute(app, addRegistrationRoute, async (request, reply) => {
		const { actor, institutionId } = await offeringScope(context, request);
		const added = await addRegistration(
			context,
			{ institutionId, offeringId: request.params.id },
			request.body,
			actor,
		);
		setEtag(reply, added.version);
		return reply.status(201).send(presentRegistration(added));
	});

	registerRoute(app, changeRegistrationRoute, async (request, reply) => {
		const { actor, institutionId } = await offeringScope(context, request);
		const changed = await changeRegistration(
			context,
			{ institutionId, offeringId: request.params.id },
			request.params.registrationId,
			request.body.state,
			requiredVersion(request),
			actor,
		);
		setEtag(reply, changed.registration.version);
		return {
			registration: presentRegistration(changed.registration),
			promoted: changed.promoted.map(presentRegistration),
		};
	});

	registerRoute(app, promoteNextRoute, async (request, reply) => {
		const { actor, institutionId } = await offeringScope(context, request);
		const promoted = await promoteNext(
			context,
			{ institutionId, offeringId: request.params.id },
			actor,
		);
		setEtag(reply, promoted.version);
		return presentRegistration(promoted);
	});

	registerRoute(app, registrationCountsRoute, async (request) => {
		assertInstitution(actorOf(request), request.params.id);
		return presentRegistrationCounts(await registrationCounts(context, request.params.id));
	});
}
