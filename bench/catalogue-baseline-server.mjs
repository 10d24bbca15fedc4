#!/usr/bin/env node
/**
 * The baseline of `npm run bench:catalogue`: a bare `node:http` server that answers GET requests
 * for a fixed set of paths with bytes captured from `kairos serve` beforehand, and 404 otherwise.
 * It does no work per request beyond a Map lookup, so it shows what the machine, Node.js and the
 * load generator allow for the same responses.
 *
 *   node bench/catalogue-baseline-server.mjs SPEC.json
 *
 * SPEC.json: `{ "routes": [{ "path": "/en/", "headers": { "content-type": "…" }, "bodyFile": "…" }] }`.
 * It prints `Baseline is running at http://127.0.0.1:PORT` once it listens, and stops on SIGTERM.
 * It runs as its own process, so it does not share an event loop with autocannon.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const specPath = process.argv[2];
if (specPath === undefined) {
	console.error("usage: node bench/catalogue-baseline-server.mjs SPEC.json");
	process.exit(2);
}

/** @type {{ routes: { path: string, headers: Record<string, string>, bodyFile: string }[] }} */
const spec = JSON.parse(readFileSync(specPath, "utf8"));

/** Every response prepared in advance: its headers, with the length, and its body as a Buffer. */
const responses = new Map(
	spec.routes.map((route) => {
		const body = readFileSync(route.bodyFile);
		return [
			route.path,
			{ headers: { ...route.headers, "content-length": String(body.length) }, body },
		];
	}),
);

const server = createServer((request, response) => {
	const found = request.method === "GET" ? responses.get(request.url ?? "") : undefined;
	if (found === undefined) {
		response.writeHead(404, { "content-length": "0" }).end();
		return;
	}
	response.writeHead(200, found.headers).end(found.body);
});
// The same keep-alive timeout as Fastify's default, so both keep their connections alike.
server.keepAliveTimeout = 72_000;

server.listen(0, "127.0.0.1", () => {
	const address = server.address();
	const port = typeof address === "object" && address ? address.port : 0;
	process.stdout.write(`Baseline is running at http://127.0.0.1:${port}\n`);
});

process.once("SIGTERM", () => {
	server.close();
	server.closeAllConnections();
});
