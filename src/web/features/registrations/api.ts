import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
	addRegistrationRoute,
	changeRegistrationRoute,
	exportRegistrationsXlsxRoute,
	importRegistrationsRoute,
	listRegistrationsRoute,
	type NewRegistration,
	promoteNextRoute,
	type RegistrationCounts,
	registrationCountsRoute,
	type StateCounts,
} from "../../../model/api/registrations.ts";
import { sheetContentTypes } from "../../../model/api/sheets.ts";
import type { RegistrationCount } from "../../../model/offering.ts";
import type { RegistrationState } from "../../../model/registration-lifecycle.ts";
import { call, fetchFile } from "../../lib/api.ts";
import { saveFile } from "../../lib/save-file.ts";

/** Every registration query of an institution starts with this key, so a change refreshes them all. */
const registrationsKey = (institution: string) => ["registrations", institution] as const;

/** One offering's registrations (the filter is applied in the view, so counts stay whole). */
export const registrationsQuery = (institution: string, offering: string) =>
	queryOptions({
		queryKey: [...registrationsKey(institution), "offering", offering],
		queryFn: async () =>
			(
				await call(listRegistrationsRoute, {
					params: { id: offering },
					query: { institution },
				})
			).body,
	});

/** Each offering's registrations per state, and the cumulative count of those holding a place. */
export const registrationCountsQuery = (institution: string) =>
	queryOptions({
		queryKey: [...registrationsKey(institution), "counts"],
		queryFn: async () =>
			(await call(registrationCountsRoute, { params: { id: institution } })).body.items,
	});

const noCounts: ReadonlyMap<string, StateCounts> = new Map();

type CountItems = RegistrationCounts["items"];
// Stable functions, so that a query's selection is made again only when its data changes.
const countsByOffering = (items: CountItems) =>
	new Map(items.map((item) => [item.offering, item.counts]));
const fillByOffering = (items: CountItems) =>
	new Map(items.map((item) => [item.offering, item.fill]));

/**
 * Each offering's counts per state, for the views that show them beside other things (the
 * offerings list, the timing map): empty while loading or when they cannot be read.
 */
export function useRegistrationCounts(institution: string): ReadonlyMap<string, StateCounts> {
	return (
		useQuery({
			...registrationCountsQuery(institution),
			select: countsByOffering,
		}).data ?? noCounts
	);
}

/**
 * The registrations recorded in Kairos as the engine counts them beside the plan's
 * (`withRecordedRegistrations`): each offering's cumulative count by the day each applied.
 * Undefined while it loads; empty when it cannot be read, so the plan's own counts still serve.
 */
export function useRecordedRegistrations(
	institution: string,
): ReadonlyMap<string, RegistrationCount[]> | undefined {
	const query = useQuery({
		...registrationCountsQuery(institution),
		select: fillByOffering,
	});
	return query.isError ? noRecorded : query.data;
}

const noRecorded: ReadonlyMap<string, RegistrationCount[]> = new Map();

function useRegistrationsMutation<Input, Output>(
	institution: string,
	mutationFn: (input: Input) => Promise<Output>,
) {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn,
		onSettled: () => queryClient.invalidateQueries({ queryKey: registrationsKey(institution) }),
	});
}

/** Moves a registration to another state, If-Match its version. */
export function useChangeState(institution: string, offering: string) {
	return useRegistrationsMutation(
		institution,
		async (change: { id: string; version: number; state: RegistrationState }) =>
			(
				await call(changeRegistrationRoute, {
					params: { id: offering, registrationId: change.id },
					query: { institution },
					body: { state: change.state },
					ifMatch: `"${change.version}"`,
				})
			).body,
	);
}

export function usePromoteNext(institution: string, offering: string) {
	return useRegistrationsMutation(
		institution,
		async () =>
			(await call(promoteNextRoute, { params: { id: offering }, query: { institution } })).body,
	);
}

export function useAddRegistration(institution: string, offering: string) {
	return useRegistrationsMutation(
		institution,
		async (registration: NewRegistration) =>
			(
				await call(addRegistrationRoute, {
					params: { id: offering },
					query: { institution },
					body: registration,
				})
			).body,
	);
}

/** Imports a sheet of applications made elsewhere. */
export function useImportRegistrations(institution: string, offering: string) {
	return useRegistrationsMutation(
		institution,
		async (sheet: { file: Blob; contentType: string }) =>
			(
				await call(importRegistrationsRoute, {
					params: { id: offering },
					query: { institution },
					raw: { body: sheet.file, contentType: sheet.contentType },
				})
			).body,
	);
}

/** Downloads the registrations as `<offering>-registrations.xlsx`. */
export function useDownloadRegistrations(institution: string, offering: string) {
	return useMutation({
		mutationFn: async () =>
			saveFile(
				await fetchFile(exportRegistrationsXlsxRoute, {
					params: { id: offering },
					query: { institution },
					accept: sheetContentTypes.xlsx,
				}),
				`${offering}-registrations.xlsx`,
			),
	});
}
