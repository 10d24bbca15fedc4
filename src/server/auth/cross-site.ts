import type { FastifyRequest } from "fastify";
import { KairosError } from "../../service/errors.ts";

/**
 * Refuses a request that a browser says comes from another site: a form on another site must
 * not sign a person in to an account of the attacker's (login CSRF), nor sign strangers up for
 * mail. `Sec-Fetch-Site` must be `same-origin` or `none` (typed in, a bookmark); an `Origin` must
 * be the public address's. Requests with neither header (curl, scripts, integrations) are no
 * browser's and pass. `action` names what is refused: "sign in", "sign up".
 */
export function refuseCrossSite(request: FastifyRequest, publicUrl: string, action: string): void {
	const site = request.headers["sec-fetch-site"];
	if (site !== undefined && site !== "same-origin" && site !== "none")
		throw new KairosError(
			"cross_site_refused",
			`${action} from Kairos's own pages at ${publicUrl}: the browser sent Sec-Fetch-Site: ${JSON.stringify(site)}`,
		);
	const origin = request.headers.origin;
	if (origin !== undefined && origin !== new URL(publicUrl).origin)
		throw new KairosError(
			"cross_site_refused",
			`${action} from Kairos's own pages at ${publicUrl}: the request came from ${JSON.stringify(origin)}`,
		);
}
