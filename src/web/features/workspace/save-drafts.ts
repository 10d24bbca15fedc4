import { resourceContracts } from "../../../model/api/resources.ts";
import type { Offering } from "../../../model/offering.ts";
import { ApiError, call } from "../../lib/api.ts";
import { mergePatch, type OfferingDraft } from "./drafts.ts";

const routes = resourceContracts.offerings;

/** What saving one draft came to. */
export type SaveOutcome =
	| { kind: "saved"; offering: Offering | null; etag: string | undefined }
	/** Someone else saved first: their version (null: they deleted it), with its ETag. */
	| { kind: "conflict"; theirs: Offering | null; etag: string | null }
	| { kind: "refused"; error: unknown };

/**
 * Saves one offering's draft: POST when it is new, DELETE or a merge PATCH with If-Match the
 * ETag it started from. A 412 fetches the version that won, so the person can choose.
 */
export async function saveDraft(
	institution: string,
	id: string,
	draft: OfferingDraft,
): Promise<SaveOutcome> {
	const params = { id: institution, resourceId: id };
	try {
		if (draft.base === null) {
			if (!draft.edited) return { kind: "saved", offering: null, etag: undefined };
			const { body, etag } = await call(routes.create, {
				params: { id: institution },
				body: draft.edited,
			});
			return { kind: "saved", offering: body, etag };
		}
		const ifMatch = draft.etag ?? undefined;
		if (draft.edited === null) {
			await call(routes.remove, { params, ifMatch });
			return { kind: "saved", offering: null, etag: undefined };
		}
		const { body, etag } = await call(routes.update, {
			params,
			ifMatch,
			body: mergePatch(draft.base, draft.edited),
		});
		return { kind: "saved", offering: body, etag };
	} catch (error) {
		if (error instanceof ApiError && error.status === 412)
			return await theirVersion(institution, id);
		return { kind: "refused", error };
	}
}

async function theirVersion(institution: string, id: string): Promise<SaveOutcome> {
	try {
		const { body, etag } = await call(routes.read, { params: { id: institution, resourceId: id } });
		return { kind: "conflict", theirs: body, etag: etag ?? null };
	} catch (error) {
		if (error instanceof ApiError && error.status === 404)
			return { kind: "conflict", theirs: null, etag: null };
		return { kind: "refused", error };
	}
}
