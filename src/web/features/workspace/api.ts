import { queryOptions } from "@tanstack/react-query";
import type { PublicHoliday } from "../../../engine/holidays.ts";
import {
	getPlanRoute,
	listHolidaysRoute,
	listInstitutionsRoute,
} from "../../../model/api/institutions.ts";
import { resourceContracts } from "../../../model/api/resources.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { call } from "../../lib/api.ts";

export const institutionsQuery = queryOptions({
	queryKey: ["institutions"],
	queryFn: async () => (await call(listInstitutionsRoute)).body.items,
});

/** The saved plan as a plan file, with the plan's ETag. */
export const planQuery = (institution: string) =>
	queryOptions({
		queryKey: ["plan", institution],
		queryFn: async (): Promise<{ plan: PlanFile; etag: string | undefined }> => {
			const { body, etag } = await call(getPlanRoute, { params: { id: institution } });
			return { plan: body, etag };
		},
	});

/**
 * The public holidays the engine plans with, named in `language` (the interface's): the language
 * is part of the key, so switching it fetches the names once, and switching back reads the cache.
 * The answer says which language it is in, for the report to switch with it.
 */
export const holidaysQuery = (institution: string, language: string) =>
	queryOptions({
		queryKey: ["holidays", institution, language],
		queryFn: async (): Promise<{ language: string; items: PublicHoliday[] }> => {
			const { body } = await call(listHolidaysRoute, {
				params: { id: institution },
				query: { language },
			});
			return { language, items: body.items };
		},
		staleTime: Number.POSITIVE_INFINITY,
	});

/** One saved offering with its own ETag: what an edit starts from and sends as If-Match. */
export const offeringQuery = (institution: string, offering: string) =>
	queryOptions({
		queryKey: ["offering", institution, offering],
		queryFn: async (): Promise<{ offering: Offering; etag: string }> => {
			const { body, etag } = await call(resourceContracts.offerings.read, {
				params: { id: institution, resourceId: offering },
			});
			if (!etag) throw new Error("the offering came without an ETag");
			return { offering: body, etag };
		},
	});
