import type { FastifyInstance } from "fastify";
import YAML from "yaml";
import {
	getPlanRoute,
	getReportRoute,
	listAuditRoute,
	listHolidaysRoute,
	listInstitutionsRoute,
	replacePlanRoute,
} from "../../../model/api/institutions.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { auditLog, visibleInstitutions } from "../../../service/institutions.ts";
import {
	getPlan,
	holidaysForPlan,
	plannedInstitution,
	replacePlan,
} from "../../../service/plans.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { yamlTypes } from "../../content-types.ts";
import { requiredVersion, sendCachedJson, setEtag } from "../../etag.ts";
import { presentAuditEntry, presentInstitution } from "../../presenters/institutions.ts";
import { registerRoute } from "../register.ts";

/** Institutions, their whole plan (JSON or YAML), the engine's report and the audit log. */
export function institutionRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, listInstitutionsRoute, async (request) => {
		const institutions = await visibleInstitutions(context, actorOf(request));
		return { items: institutions.map(presentInstitution) };
	});

	registerRoute(app, getPlanRoute, async (request, reply) => {
		assertInstitution(actorOf(request), request.params.id);
		const { plan, planVersion } = await getPlan(context, request.params.id);
		setEtag(reply, planVersion);
		if (wantsYaml(request.headers.accept)) {
			return reply
				.type("application/yaml")
				.serializer((value: unknown) => YAML.stringify(value, { lineWidth: 0 }))
				.send(plan);
		}
		return plan;
	});

	registerRoute(app, replacePlanRoute, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		const creating = request.headers["if-none-match"] === "*";
		const { planVersion } = await replacePlan(context, request.params.id, request.body, actor, {
			expectedVersion: creating ? undefined : requiredVersion(request),
			mustBeNew: creating,
			mayCreate: creating && actor.role === "admin",
		});
		setEtag(reply, planVersion);
		return { planVersion };
	});

	registerRoute(app, getReportRoute, async (request, reply) => {
		assertInstitution(actorOf(request), request.params.id);
		const planned = await plannedInstitution(context, request.params.id, {
			today: request.query.today,
		});
		// The report changes with the plan and the day only: clients may revalidate cheaply.
		const etag = `W/"${planned.planVersion}-${planned.today}"`;
		// The JSON is serialised once per plan version and day, then sent as it is.
		return sendCachedJson(request, reply, etag, planned.reportJson());
	});

	registerRoute(app, listHolidaysRoute, async (request) => {
		assertInstitution(actorOf(request), request.params.id);
		return { items: await holidaysForPlan(context, request.params.id, request.query.language) };
	});

	registerRoute(app, listAuditRoute, async (request) => {
		assertInstitution(actorOf(request), request.params.id);
		const entries = await auditLog(context, request.params.id, request.query);
		return { items: entries.map(presentAuditEntry) };
	});
}

function wantsYaml(accept: string | undefined): boolean {
	return yamlTypes.some((type) => accept?.includes(type));
}
