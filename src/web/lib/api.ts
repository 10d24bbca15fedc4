import type { z } from "zod";
import type { RouteContract } from "../../model/api/contract.ts";

/** An RFC 9457 problem as the API sends it; `errors` lists the problems of invalid input. */
export interface Problem {
	status: number;
	title: string;
	detail: string;
	code: string;
	errors?: { path: string; message: string }[];
}

/** A refused request: the problem the server answered, or one made for a network failure. */
export class ApiError extends Error {
	readonly problem: Problem;
	constructor(problem: Problem) {
		super(problem.detail || problem.title);
		this.problem = problem;
	}
	get status(): number {
		return this.problem.status;
	}
}

type Output<S> = [S] extends [z.ZodType] ? z.output<S> : undefined;
type Input<S> = [S] extends [z.ZodType] ? z.input<S> : undefined;
type Parts<C> =
	C extends RouteContract<infer Params, infer Query, infer Body, infer Responses>
		? { params: Params; query: Query; body: Body; responses: Responses }
		: never;
/** The body of a route's successful answer, typed by its contract. */
export type Success<C> = Output<Parts<C>["responses"][keyof Parts<C>["responses"]]>;

/** What a call to a route sends, typed by its contract; optional parts are left out. */
export type CallOptions<C extends RouteContract> = {
	params?: Input<Parts<C>["params"]>;
	query?: Partial<Record<string, string | number | undefined>>;
	body?: unknown;
	/** The ETag the change is based on. */
	ifMatch?: string | undefined;
	/** Another body than JSON: a file, with its content type. */
	raw?: { body: Blob | string; contentType: string };
	accept?: string;
};

/** What a route answered: its body (undefined for 204) and its ETag. */
export interface Answer<T> {
	body: T;
	etag: string | undefined;
}

let csrfToken: string | undefined;

/** Remembers the session's CSRF token, sent with every write (from sign-in and `/me`). */
export function setCsrfToken(token: string | undefined): void {
	csrfToken = token;
}

/** A contract's path with its `:name` parameters filled in, under `/api/v1`. */
export function pathFor(
	contract: RouteContract,
	params: object | undefined,
	query?: object,
): string {
	const values = (params ?? {}) as Record<string, unknown>;
	const path = contract.path.replace(/:(\w+)/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`${contract.path} needs the parameter ${name}`);
		return encodeURIComponent(String(value));
	});
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(query ?? {}))
		if (value !== undefined && value !== "") search.set(name, String(value));
	const suffix = search.size > 0 ? `?${search}` : "";
	return `/api/v1${path}${suffix}`;
}

/** The headers every request sends: what it accepts, and for writes the CSRF token and If-Match. */
export function requestHeaders(
	method: string,
	options: { accept?: string | undefined; ifMatch?: string | undefined },
): Record<string, string> {
	const headers: Record<string, string> = { accept: options.accept ?? "application/json" };
	if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
	if (options.ifMatch) headers["if-match"] = options.ifMatch;
	return headers;
}

/** The problem made for a request that never reached the server. */
export const noConnection: Problem = {
	status: 0,
	title: "No connection",
	detail: "the server could not be reached",
	code: "network_error",
};

/**
 * Sends a request to a route by its contract, with the session cookie and, for writes, the CSRF
 * token. A refusal throws an ApiError holding the server's problem document.
 */
async function send<C extends RouteContract>(
	contract: C,
	options: CallOptions<C>,
): Promise<Response> {
	const headers = requestHeaders(contract.method, options);
	let body: BodyInit | undefined;
	if (options.raw) {
		body = options.raw.body;
		headers["content-type"] = options.raw.contentType;
	} else if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers["content-type"] = "application/json";
	}
	let response: Response;
	try {
		response = await fetch(pathFor(contract, options.params ?? undefined, options.query), {
			method: contract.method,
			headers,
			credentials: "same-origin",
			...(body !== undefined && { body }),
		});
	} catch {
		throw new ApiError(noConnection);
	}
	if (!response.ok)
		throw new ApiError(problemFrom(response.status, response.statusText, await response.text()));
	return response;
}

/** Calls an API route by its contract: its body (JSON or text) and its ETag. */
export async function call<C extends RouteContract>(
	contract: C,
	options: CallOptions<C> = {},
): Promise<Answer<Success<C>>> {
	const response = await send(contract, options);
	const etag = response.headers.get("etag") ?? undefined;
	if (response.status === 204) return { body: undefined as Success<C>, etag };
	const type = response.headers.get("content-type") ?? "";
	const parsed = type.includes("json") ? await response.json() : await response.text();
	return { body: parsed as Success<C>, etag };
}

/** Reads a route's answer as a file (a YAML plan, an XLSX workbook) to save. */
export async function fetchFile<C extends RouteContract>(
	contract: C,
	options: CallOptions<C> = {},
): Promise<Blob> {
	return (await send(contract, options)).blob();
}

/**
 * The problem document of a refused request from its status and body text: shared by `call`
 * and `upload`, which reads its answer from an XMLHttpRequest.
 */
export function problemFrom(status: number, statusText: string, text: string): Problem {
	try {
		const problem = JSON.parse(text) as Partial<Problem>;
		return {
			status,
			title: problem.title ?? statusText,
			detail: problem.detail ?? "",
			code: problem.code ?? "unknown",
			...(problem.errors && { errors: problem.errors }),
		};
	} catch {
		return { status, title: statusText, detail: "", code: "unknown" };
	}
}
