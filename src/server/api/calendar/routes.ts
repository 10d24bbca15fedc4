import type { FastifyInstance } from "fastify";
import { getCalendarRoute, resetCalendarRoute } from "../../../model/api/calendar.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { calendarUrl, resetCalendar } from "../../../service/task-calendar.ts";
import { actorOf } from "../../auth/authenticate.ts";
import { registerRoute } from "../register.ts";

/** The address of your personal task calendar, and a new one when the old one leaked. */
export function calendarRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, getCalendarRoute, async (request) => ({
		url: await calendarUrl(context, actorOf(request)),
	}));

	registerRoute(app, resetCalendarRoute, async (request) => ({
		url: await resetCalendar(context, actorOf(request)),
	}));
}
