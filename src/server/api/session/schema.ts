import { z } from "zod";
import { accountRoles } from "../../../service/actor.ts";

export const signInBody = z.strictObject({
	email: z.string().min(1).max(320),
	password: z.string().min(1).max(1024),
});

export const me = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: z.enum(accountRoles),
	institution: z.string().nullable(),
	csrfToken: z
		.string()
		.optional()
		.describe("send it as X-CSRF-Token with every write made with the session cookie"),
});
