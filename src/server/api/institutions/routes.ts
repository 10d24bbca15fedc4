import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import YAML from "yaml";
import { z } from "zod";
import { planFile } from "../../../model/plan-file.ts";
import { planReport } from "../../../model/report.ts";
import { getPlan, plannedInstitution, replacePlan } from "../../../service/plans.ts";
import { listChanges } from "../../../store/audit-repository.ts";
import { listInstitutions } from "../../../store/institution-repository.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { yamlTypes } from "../../content-types.ts";
import { type ServerContext, todayOf } from "../../context.ts";
import { requiredVersion, sendCachedJson, setEtag } from "../../etag.ts";
import {
	auditEntry,
	auditQuery,
	institutionParams,
	institutionSummary,
	reportQuery,
} from "./schema.ts";

/** Institutions, their whole plan (JSON or YAML), the engine's report and the audit log. */
export function institutionRoutes(app: FastifyInstance, context: ServerContext): void {
	const api = app.withTypeProvider<ZodTypeProvider>();
	const { db } = context.store;

	api.get("/institutions", {
		config: { permission: "institutions:read" },
		schema: {
			tags: ["institutions"],
			summary: "The institutions you can see",
			response: { 200: z.object({ items: z.array(institutionSummary) }) },
		},
		handler: async (request) => {
			const actor = actorOf(request);
			return {
				items: await listInstitutions(
					db,
					actor.institutionId === null ? undefined : [actor.institutionId],
				),
			};
		},
	});

	api.get("/institutions/:id/plan", {
		config: { permission: "plan:read" },
		schema: {
			tags: ["plan"],
			summary: "Export the whole plan as a plan file (JSON, or YAML with Accept: application/yaml)",
			params: institutionParams,
			response: { 200: planFile },
		},
		handler: async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const { plan, planVersion } = await getPlan(db, request.params.id);
			setEtag(reply, planVersion);
			if (wantsYaml(request.headers.accept)) {
				return reply
					.type("application/yaml")
					.serializer((value: unknown) => YAML.stringify(value, { lineWidth: 0 }))
					.send(plan);
			}
			return plan;
		},
	});

	api.put("/institutions/:id/plan", {
		config: { permission: "plan:replace" },
		schema: {
			tags: ["plan"],
			summary:
				"Replace the whole plan in one transaction (JSON or YAML body; If-Match the plan's ETag, or If-None-Match: * to create)",
			params: institutionParams,
			body: z.unknown().describe("a plan file, version 1 (see /schema/plan.schema.json)"),
			response: { 200: z.object({ planVersion: z.number() }) },
		},
		handler: async (request, reply) => {
			const actor = actorOf(request);
			assertInstitution(actor, request.params.id);
			const creating = request.headers["if-none-match"] === "*";
			const { planVersion } = await replacePlan(db, request.params.id, request.body, actor, {
				expectedVersion: creating ? undefined : requiredVersion(request),
				mayCreate: creating && actor.role === "admin",
			});
			setEtag(reply, planVersion);
			return { planVersion };
		},
	});

	api.get("/institutions/:id/report", {
		config: { permission: "report:read" },
		schema: {
			tags: ["plan"],
			summary:
				"The engine's report: the same shape as `kairos plan --format json` (ETag per plan version and day)",
			params: institutionParams,
			querystring: reportQuery,
			response: { 200: planReport },
		},
		handler: async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const today = request.query.today ?? todayOf(context);
			const planned = await plannedInstitution(db, request.params.id, today);
			// The report changes with the plan and the day only: clients may revalidate cheaply.
			const etag = `W/"${planned.planVersion}-${today}"`;
			// The JSON is serialised once per plan version and day, then sent as it is.
			return sendCachedJson(request, reply as unknown as FastifyReply, etag, planned.reportJson());
		},
	});

	api.get("/institutions/:id/audit", {
		config: { permission: "audit:read" },
		schema: {
			tags: ["audit"],
			summary: "Every change, newest first: who, when, what, before and after",
			params: institutionParams,
			querystring: auditQuery,
			response: { 200: z.object({ items: z.array(auditEntry) }) },
		},
		handler: async (request) => {
			assertInstitution(actorOf(request), request.params.id);
			return { items: await listChanges(db, request.params.id, request.query) };
		},
	});
}

function wantsYaml(accept: string | undefined): boolean {
	return yamlTypes.some((type) => accept?.includes(type));
}
