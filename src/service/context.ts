import { localDate } from "../engine/days.ts";
import type { Store } from "../store/open.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Mailer } from "./mailer.ts";

/**
 * What every use case runs in: the database, the clock, the mailer and the public address.
 * Services take it first, as repositories take the database; caches are kept per context, so
 * two contexts in one process (two databases, two test apps) never see each other's data.
 */
export interface ServiceContext {
	readonly store: Store;
	/** Every read of the time goes through here, so tests can move it. */
	readonly clock: Clock;
	/** A pinned "today" (`--today`) for demos, training and tests; otherwise the real date. */
	readonly pinnedToday: string | undefined;
	/** Sends the e-mails: SMTP, or `.eml` files in an outbox folder. */
	readonly mailer: Mailer;
	/**
	 * The address learners and staff reach Kairos at, e.g. `https://kursused.kool.ee`, without a
	 * trailing slash: the base of every absolute link on a page, in a feed or in an e-mail.
	 */
	readonly publicUrl: string;
}

export interface ServiceContextOptions {
	store: Store;
	mailer: Mailer;
	publicUrl: string;
	clock?: Clock | undefined;
	today?: string | undefined;
}

export function createServiceContext(options: ServiceContextOptions): ServiceContext {
	return {
		store: options.store,
		clock: options.clock ?? systemClock,
		pinnedToday: options.today,
		mailer: options.mailer,
		publicUrl: options.publicUrl.replace(/\/+$/, ""),
	};
}

/**
 * Today as an institution sees it: the pinned date, else the clock's date in its time zone (a
 * server in UTC still judges a Tallinn school by Tallinn's date).
 */
export function todayFor(context: ServiceContext, timeZone: string): string {
	return context.pinnedToday ?? localDate(context.clock(), timeZone);
}

/** The clock's time as an ISO 8601 timestamp in UTC, as the store keeps times. */
export function nowIso(context: ServiceContext): string {
	return context.clock().toISOString();
}

/**
 * A value kept per context, made on first use: `const pages = perContext(() => new LruCache(64))`
 * then `pages(context).get(key)`. It goes when the context does.
 */
export function perContext<T>(create: () => T): (context: ServiceContext) => T {
	const values = new WeakMap<ServiceContext, T>();
	return (context) => {
		let value = values.get(context);
		if (value === undefined) {
			value = create();
			values.set(context, value);
		}
		return value;
	};
}
