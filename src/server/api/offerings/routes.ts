import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { offering } from "../../../model/offering.ts";
import { mergePatch } from "../../../service/merge-patch.ts";
import { institutionOfOffering, updateMilestone } from "../../../service/offerings.ts";
import { resourceKinds } from "../../../service/resource-kinds.ts";
import { deleteResource, getResource, updateResource } from "../../../service/resources.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import type { ServerContext } from "../../context.ts";
import { requiredVersion, setEtag } from "../../etag.ts";
import { mergePatchBody } from "../resources/schema.ts";
import {
	milestoneParams,
	milestonePatch,
	milestoneProgressView,
	offeringParams,
	offeringQuery,
} from "./schema.ts";

/** An offering by its id alone, and its milestones' progress. */
export function offeringRoutes(app: FastifyInstance, context: ServerContext): void {
	const api = app.withTypeProvider<ZodTypeProvider>();
	const { db } = context.store;
	const kind = resourceKinds.offerings;
	/** Who asks, and the institution of the offering in the address (theirs, or 404). */
	const scope = async (
		request: FastifyRequest<{
			Params: { id: string };
			Querystring: { institution?: string | undefined };
		}>,
	) => {
		const actor = actorOf(request);
		const institutionId = await institutionOfOffering(
			db,
			actor,
			request.params.id,
			request.query.institution,
		);
		assertInstitution(actor, institutionId);
		return { actor, institutionId };
	};
	const tags = ["offerings"];

	api.get("/offerings/:id", {
		config: { permission: "plan:read" },
		schema: {
			tags,
			summary: "Read an offering of your institution",
			params: offeringParams,
			querystring: offeringQuery,
			response: { 200: offering },
		},
		handler: async (request, reply) => {
			const { institutionId } = await scope(request);
			const found = await getResource(db, kind, institutionId, request.params.id);
			setEtag(reply, found.version);
			return found.value;
		},
	});

	api.patch("/offerings/:id", {
		config: { permission: "offerings:update" },
		schema: {
			tags,
			summary: "Change an offering (If-Match its ETag)",
			params: offeringParams,
			querystring: offeringQuery,
			body: mergePatchBody,
			response: { 200: offering },
		},
		handler: async (request, reply) => {
			const { actor, institutionId } = await scope(request);
			const expected = requiredVersion(request);
			const updated = await updateResource(
				db,
				kind,
				institutionId,
				request.params.id,
				(before) => mergePatch(before, request.body),
				expected,
				actor,
			);
			setEtag(reply, updated.version);
			return updated.value;
		},
	});

	api.delete("/offerings/:id", {
		config: { permission: "offerings:delete" },
		schema: {
			tags,
			summary: "Delete an offering (If-Match its ETag)",
			params: offeringParams,
			querystring: offeringQuery,
		},
		handler: async (request, reply) => {
			const { actor, institutionId } = await scope(request);
			await deleteResource(
				db,
				kind,
				institutionId,
				request.params.id,
				requiredVersion(request),
				actor,
			);
			return reply.status(204).send();
		},
	});

	api.patch("/offerings/:id/milestones/:key", {
		config: { permission: "milestones:update" },
		schema: {
			tags,
			summary:
				"Record a milestone's progress: status, date done, note, owner (If-Match the offering's ETag)",
			params: milestoneParams,
			querystring: offeringQuery,
			body: milestonePatch,
			response: { 200: milestoneProgressView },
		},
		handler: async (request, reply) => {
			const { id, key } = request.params;
			const { actor, institutionId } = await scope(request);
			const updated = await updateMilestone(
				db,
				institutionId,
				id,
				key,
				request.body,
				requiredVersion(request),
				actor,
			);
			setEtag(reply, updated.version);
			const progress = updated.value.milestoneStatus?.[key];
			const detail = typeof progress === "object" ? progress : { status: progress ?? "todo" };
			return { offering: id, key, ...detail };
		},
	});
}
