import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * The staff app's policy: its own scripts and styles only, no inline script, requests to this
 * server only, never inside another site's frame. Charts set styles through the DOM, which
 * `style-src 'self'` allows.
 */
export const staffAppPolicy =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Where Vite builds the app: `dist/web` at the package root, from src/ and dist/ alike. */
export const staffAppFolder = new URL("../../../dist/web/", import.meta.url).pathname;

const headers = {
	"content-security-policy": staffAppPolicy,
	"x-content-type-options": "nosniff",
	"referrer-policy": "same-origin",
	"cross-origin-opener-policy": "same-origin",
};

/**
 * Serves the staff app at /app: its hashed assets for a year, and its page for every other
 * address under /app, where the app's router picks the view.
 */
export async function staffAppRoutes(
	app: FastifyInstance,
	folder: string = staffAppFolder,
): Promise<void> {
	const built = existsSync(`${folder}index.html`);
	await app.register(fastifyStatic, { root: folder, serve: false });
	const page = (reply: FastifyReply) => {
		void reply.headers(headers);
		if (!built)
			return reply
				.status(503)
				.type("text/plain; charset=utf-8")
				.send("The staff app is not built: run `npm run build`.");
		return reply
			.header("cache-control", "no-cache")
			.sendFile("index.html", { cacheControl: false });
	};
	// The server ignores trailing slashes, so /app/ comes here too: it gets the page, not a
	// redirect to itself.
	app.get("/app", (request, reply) =>
		request.url.split("?")[0] === "/app" ? reply.redirect("/app/", 301) : page(reply),
	);
	app.get("/app/assets/*", (request, reply) => {
		const file = (request.params as { "*": string })["*"];
		void reply.headers(headers);
		return reply.sendFile(`assets/${file}`, { maxAge: "365d", immutable: true });
	});
	app.get("/app/*", (_request, reply) => page(reply));
}
