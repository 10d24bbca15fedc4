import { offering as offeringSchema } from "../../../model/offering.ts";
import { draftStorage, draftsKey } from "./draft-storage.ts";
import { type Drafts, isObject, type OfferingDraft } from "./drafts.ts";

/*
 * The unsaved changes kept in the tab's session storage, so that reloading the page, or signing
 * in again after the session ended, brings back the preview. They are kept per account and
 * institution, for as long as the tab is open; signing out forgets them (`draft-storage.ts`).
 */

/**
 * One stored draft as the workspace holds it, or undefined when it is not one: its base must be
 * a valid offering (or null, for a new one) and its edit an offering of the same id (or null,
 * for a deletion). The edit may fail the schema: the workspace leaves such a draft out of the
 * preview and names its errors, as when it was typed.
 */
function draftOf(id: string, value: unknown): OfferingDraft | undefined {
	if (!isObject(value)) return undefined;
	const { base, etag, edited } = value;
	if (base !== null && !offeringSchema.safeParse(base).success) return undefined;
	if (etag !== null && typeof etag !== "string") return undefined;
	if (edited !== null && !(isObject(edited) && edited.id === id)) return undefined;
	if (base === null && edited === null) return undefined;
	return { base, etag, edited } as OfferingDraft;
}

/** The drafts the account left in the institution in this tab; none when there are none. */
export function storedDrafts(account: string, institution: string): Drafts {
	const text = draftStorage()?.getItem(draftsKey(account, institution));
	const drafts = new Map<string, OfferingDraft>();
	if (!text) return drafts;
	try {
		const entries: unknown = JSON.parse(text);
		if (!Array.isArray(entries)) return drafts;
		for (const entry of entries) {
			if (!Array.isArray(entry) || typeof entry[0] !== "string") continue;
			const draft = draftOf(entry[0], entry[1]);
			if (draft) drafts.set(entry[0], draft);
		}
	} catch {
		// Not JSON: nothing to bring back.
	}
	return drafts;
}

/** Keeps the drafts for the next load of the tab; no drafts leave nothing stored. */
export function storeDrafts(account: string, institution: string, drafts: Drafts): void {
	const store = draftStorage();
	if (!store) return;
	const key = draftsKey(account, institution);
	try {
		if (drafts.size === 0) store.removeItem(key);
		else store.setItem(key, JSON.stringify([...drafts]));
	} catch {
		// Storage is full or refused: the drafts stay in this page's memory, as before.
	}
}
