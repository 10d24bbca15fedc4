import type { z } from "zod";
import type { Permission } from "./permissions.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One API route as a contract: its address under `/api/v1`, the permission it needs and the zod
 * schemas of what goes in and comes out. The server registers routes from these; the staff app
 * and the tests read the same objects, so the API is declared once.
 */
export interface RouteContract<
	Params extends z.ZodType | undefined = z.ZodType | undefined,
	Query extends z.ZodType | undefined = z.ZodType | undefined,
	Body extends z.ZodType | undefined = z.ZodType | undefined,
	Responses extends Readonly<Record<number, z.ZodType>> = Readonly<Record<number, z.ZodType>>,
> {
	method: HttpMethod;
	/** Relative to `/api/v1`, with `:name` parameters: `/institutions/:id/plan`. */
	path: string;
	/** Undefined only for signing in and for invitations, whose link is the proof. */
	permission: Permission | undefined;
	/**
	 * Only a person signed in with a session may call it, never a bearer token: making tokens
	 * and changing the password must not be in reach of a token that leaked.
	 */
	sessionOnly?: true;
	summary: string;
	tags: readonly string[];
	params?: Params;
	query?: Query;
	body?: Body;
	/** The documented successful responses by status; 204 routes list none. */
	responses: Responses;
}

/** Declares a route contract, keeping the exact schema types for inference. */
export function route<
	Params extends z.ZodType | undefined = undefined,
	Query extends z.ZodType | undefined = undefined,
	Body extends z.ZodType | undefined = undefined,
	Responses extends Readonly<Record<number, z.ZodType>> = Record<never, z.ZodType>,
>(
	contract: RouteContract<Params, Query, Body, Responses>,
): RouteContract<Params, Query, Body, Responses> {
	return contract;
}
