/**
 * Where the tab keeps each account's unsaved changes (`stored-drafts.ts`), and forgetting them:
 * apart, so that signing in and out need not load the offering schema.
 */
const prefix = "kairos.drafts:";

export const draftsKey = (account: string, institution: string) =>
	`${prefix}${encodeURIComponent(account)}:${encodeURIComponent(institution)}`;

export function draftStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		// A browser that refuses storage to the page: the drafts live in memory only.
		return undefined;
	}
}

/** Forgets every account's stored drafts but `account`'s (none given: all of them). */
export function forgetStoredDrafts(account?: string): void {
	const store = draftStorage();
	if (!store) return;
	const kept = account === undefined ? undefined : `${prefix}${encodeURIComponent(account)}:`;
	const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
	for (const key of keys)
		if (key?.startsWith(prefix) && !(kept && key.startsWith(kept))) store.removeItem(key);
}
