import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import type { Permission } from "../model/api/permissions.ts";
import type { ServiceContext } from "../service/context.ts";
import { KairosError } from "../service/errors.ts";
import { accountRoutes } from "./api/accounts/routes.ts";
import { analysisRoutes } from "./api/analysis/routes.ts";
import { budgetRoutes } from "./api/budget/routes.ts";
import { calendarRoutes } from "./api/calendar/routes.ts";
import { digestRoutes } from "./api/digests/routes.ts";
import { institutionRoutes } from "./api/institutions/routes.ts";
import { invitationRoutes } from "./api/invitations/routes.ts";
import { jobRoutes } from "./api/jobs/routes.ts";
import { learnerDataRoutes } from "./api/learner-data/routes.ts";
import { offeringRoutes } from "./api/offerings/routes.ts";
import { registrationRoutes } from "./api/registrations/routes.ts";
import { registrationSheetRoutes } from "./api/registrations/sheet-routes.ts";
import { resourceRoutes } from "./api/resources/routes.ts";
import { sessionRoutes } from "./api/session/routes.ts";
import { sheetRoutes } from "./api/sheets/routes.ts";
import { tokenRoutes } from "./api/tokens/routes.ts";
import { registerAuthentication } from "./auth/authenticate.ts";
import { registerContentTypes } from "./content-types.ts";
import { type LogOptions, loggerOptions } from "./logging.ts";
import { sendProblem } from "./problem.ts";
import { taskFeedRoutes } from "./public/feeds/task-feed.ts";
import { publicRoutes } from "./public/routes.ts";
import { validatorCompiler } from "./validation.ts";
import { staffAppRoutes } from "./web/routes.ts";

/** One API route and the permission it needs (none: public). */
export interface RouteSummary {
	method: string;
	url: string;
	permission: Permission | undefined;
}

declare module "fastify" {
	interface FastifyInstance {
		/** Every API route with its permission, for the permission matrix and its test. */
		routeTable: readonly RouteSummary[];
	}
}

export interface AppOptions {
	/** The services' context: database, clock, mailer and public address. */
	context: ServiceContext;
	/**
	 * How many proxies in front of the server to trust for `X-Forwarded-For` (and `-Proto`,
	 * `-Host`): 0 trusts none, 1 the one TLS-terminating proxy. Addresses further out are the
	 * client's own claims and are never used for limits.
	 */
	trustedProxies?: number;
	/** The log: unexpected errors always, every request when asked (see logging.ts). */
	log?: LogOptions;
	/** The largest request body accepted, in bytes. */
	bodyLimit?: number;
}

/** The API's answers about one person, which no cache may keep. */
const personal = ["/api/v1/me", "/api/v1/session", "/api/v1/invitations"];

/** 10 MB holds the plan of a large school with thousands of offerings. */
const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * The Kairos HTTP application: a function of its context, so tests drive it with `inject()`
 * and no network.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
	const { context } = options;
	const trustedProxies = options.trustedProxies ?? 0;
	const app = Fastify({
		logger: loggerOptions(options.log),
		bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
		// The nearest `trustedProxies` hops only, never every X-Forwarded-For entry: the entries
		// beyond them are whatever the client wrote, and would let it pick its own address.
		...(trustedProxies > 0 && {
			trustProxy: (_address: string, hop: number) => hop < trustedProxies,
		}),
		routerOptions: { ignoreTrailingSlash: true },
		// An address that cannot be decoded (`/%ff`) is a problem document like any other.
		frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
	});
	app.setValidatorCompiler(validatorCompiler);
	// Response schemas document the API; validating every response again costs up to 40% of a
	// request's time (measured by `npm run bench:api`), so responses are plain JSON. The tests
	// check the shapes.
	app.setSerializerCompiler(() => (data) => JSON.stringify(data));
	app.setErrorHandler((error: FastifyError, request, reply) => sendProblem(error, request, reply));
	// No address holds a NUL character; PostgreSQL cannot even compare one.
	app.addHook("onRequest", async (request) => {
		if (/%00/.test(request.url))
			throw new KairosError("bad_request", "the address holds a NUL character (%00)");
	});
	const routes: RouteSummary[] = [];
	app.decorate("routeTable", routes);
	app.addHook("onRoute", (route) => {
		if (route.url.startsWith("/api/v1")) {
			for (const method of [route.method].flat())
				if (method !== "HEAD")
					routes.push({ method, url: route.url, permission: route.config?.permission });
		}
	});
	await app.register(fastifyCookie);
	registerContentTypes(app);
	await app.register(fastifySwagger, {
		openapi: {
			info: {
				title: "Kairos API",
				version: "1",
				description:
					"Plans micro-credential courses inside the admission cycle. Errors are application/problem+json (RFC 9457). " +
					"Every plan resource GET has an ETag; its PUT, PATCH and DELETE need If-Match (428 without it, 412 when stale).",
			},
			components: {
				securitySchemes: {
					session: { type: "apiKey", in: "cookie", name: "kairos_session" },
					bearer: { type: "http", scheme: "bearer" },
				},
			},
			security: [{ session: [] }, { bearer: [] }],
		},
		transform: jsonSchemaTransform,
	});
	await app.register(fastifySwaggerUi, {
		routePrefix: "/api/docs",
		// Its own scripts only (by hash), and never inside another site's frame. Plain http stays
		// usable: the demo runs on http://localhost.
		staticCSP: true,
		transformStaticCSP: (policy) =>
			policy
				.replace("frame-ancestors 'self'", "frame-ancestors 'none'")
				.replace(/\s*upgrade-insecure-requests;/, ""),
	});
	app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
	publicRoutes(app, context);
	taskFeedRoutes(app, context);
	await staffAppRoutes(app);
	await app.register(
		async (api) => {
			// Answers about one person (signed in, or invited) are never stored by a browser or a
			// proxy; the rest may be kept only to be revalidated with their ETag.
			api.addHook("onSend", async (request, reply) => {
				void reply.header("x-content-type-options", "nosniff");
				if (!reply.hasHeader("cache-control"))
					void reply.header(
						"cache-control",
						personal.some((prefix) => request.url.startsWith(prefix))
							? "no-store"
							: "private, no-cache",
					);
			});
			registerAuthentication(api, context);
			sessionRoutes(api, context);
			calendarRoutes(api, context);
			invitationRoutes(api, context);
			tokenRoutes(api, context);
			accountRoutes(api, context);
			jobRoutes(api, context);
			digestRoutes(api, context);
			institutionRoutes(api, context);
			resourceRoutes(api, context);
			offeringRoutes(api, context);
			budgetRoutes(api, context);
			analysisRoutes(api, context);
			learnerDataRoutes(api, context);
			await sheetRoutes(api, context);
			registrationRoutes(api, context);
			await registrationSheetRoutes(api, context);
		},
		{ prefix: "/api/v1" },
	);
	return app;
}
