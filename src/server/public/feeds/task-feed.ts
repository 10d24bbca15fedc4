import type { FastifyInstance } from "fastify";
import { renderTaskIcs } from "../../../report/ics.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { taskCalendar } from "../../../service/task-calendar.ts";

/**
 * A person's task calendar at `/feeds/tasks/<secret>.ics` (GET /api/v1/me/calendar gives the
 * address): the milestones their linked person owns in the current report, each linking to its
 * offering in the staff app. The secret is the only key, so the answer is never stored by a
 * proxy or a browser, and an unknown or reset secret is 404.
 */
export function taskFeedRoutes(app: FastifyInstance, context: ServiceContext): void {
	app.get<{ Params: { secret: string } }>(
		"/feeds/tasks/:secret.ics",
		{ schema: { hide: true } },
		async (request, reply) => {
			const { account, report } = await taskCalendar(context, request.params.secret);
			const body = renderTaskIcs(report, account.personId, {
				stamp: context.clock(),
				name: `Kairos: ${account.name}`,
				offeringUrl: (id) => `${context.publicUrl}/app/offerings/${encodeURIComponent(id)}`,
			});
			return reply
				.header("cache-control", "no-store")
				.header("x-content-type-options", "nosniff")
				.header("referrer-policy", "no-referrer")
				.type("text/calendar; charset=utf-8")
				.send(body);
		},
	);
}
