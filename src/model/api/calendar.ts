import { z } from "zod";
import { route } from "./contract.ts";

/** The address of your personal calendar: a secret, like a password, for your calendar app. */
export const calendarView = z.object({
	url: z
		.string()
		.describe(
			"an ICS feed of the milestones your linked person owns; whoever has the address can read it, so reset it when it leaked",
		),
});
export type CalendarView = z.infer<typeof calendarView>;

const tags = ["session"];

export const getCalendarRoute = route({
	method: "GET",
	path: "/me/calendar",
	permission: "calendar:manage",
	summary:
		"The address of your personal task calendar (ICS) to subscribe to; the same address every time until it is reset",
	tags,
	responses: { 200: calendarView },
});

export const resetCalendarRoute = route({
	method: "POST",
	path: "/me/calendar/reset",
	permission: "calendar:manage",
	sessionOnly: true,
	summary: "Make a new address for your task calendar: the old one answers 404 at once",
	tags,
	responses: { 200: calendarView },
});
