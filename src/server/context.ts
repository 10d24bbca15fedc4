import type { Mailer } from "../service/mailer.ts";
import type { Store } from "../store/open.ts";

/** What every route can reach: the database and the server's settings. */
export interface ServerContext {
	store: Store;
	/** A pinned "today" (`--today`), for demos, training and tests; otherwise the real date. */
	today: string | undefined;
	/** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure on HTTPS. */
	trustProxy: boolean;
	/** Sends the sign-up e-mails: SMTP, or `.eml` files in an outbox folder. */
	mailer: Mailer;
}

/** Today as the server sees it: the pinned date, or the current UTC date. */
export function todayOf(context: ServerContext): string {
	return context.today ?? new Date().toISOString().slice(0, 10);
}
