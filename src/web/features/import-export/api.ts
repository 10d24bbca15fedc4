import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouteContract } from "../../../model/api/contract.ts";
import { getPlanRoute, replacePlanRoute } from "../../../model/api/institutions.ts";
import {
	exportHistoryXlsxRoute,
	exportOfferingsXlsxRoute,
	importHistoryRoute,
	importOfferingsRoute,
	sheetContentTypes,
} from "../../../model/api/sheets.ts";
import { fetchFile } from "../../lib/api.ts";
import { saveFile } from "../../lib/save-file.ts";
import { type UploadProgress, upload } from "../../lib/upload.ts";
import { planQuery } from "../workspace/api.ts";

/** A file to upload, and where to report how far it is. */
export interface UploadRequest {
	file: Blob;
	contentType: string;
	onProgress: (progress: UploadProgress) => void;
}

/**
 * Uploads a file that changes the plan, with `If-Match` the ETag of the saved plan the
 * workspace shows (so a change someone else saved meanwhile is refused with 412, never
 * overwritten), then reloads the workspace's plan.
 */
function usePlanUpload<C extends RouteContract>(contract: C, institution: string) {
	const queryClient = useQueryClient();
	const { queryKey } = planQuery(institution);
	return useMutation({
		mutationFn: async (request: UploadRequest) =>
			(
				await upload(contract, {
					params: { id: institution },
					ifMatch: queryClient.getQueryData(queryKey)?.etag,
					...request,
				})
			).body,
		onSettled: () => queryClient.invalidateQueries({ queryKey }),
	});
}

/** Replaces the whole plan with a checked plan file (`PUT …/plan`). */
export const useReplacePlan = (institution: string) => usePlanUpload(replacePlanRoute, institution);

/** The two sheets the view imports and downloads: the offerings, and the past offerings. */
export type SheetKind = "offerings" | "history";

const sheetRoutes = {
	offerings: { upload: importOfferingsRoute, download: exportOfferingsXlsxRoute },
	history: { upload: importHistoryRoute, download: exportHistoryXlsxRoute },
} as const;

/** Imports an offerings sheet (`POST …/offerings/import`) or a history sheet (`…/history/import`). */
export const useImportSheet = (institution: string, kind: SheetKind) =>
	usePlanUpload(sheetRoutes[kind].upload, institution);

/** The content type of an offerings sheet by its file name, or undefined for another file. */
export function sheetContentTypeOf(fileName: string): string | undefined {
	const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	if (extension === "csv") return sheetContentTypes.csv;
	if (extension === "xlsx") return sheetContentTypes.xlsx;
	return undefined;
}

/** Reads a file from the API and hands it to the browser to save as `fileName`. */
function useDownload(fileName: string, read: () => Promise<Blob>) {
	return useMutation({ mutationFn: async () => saveFile(await read(), fileName) });
}

/** Downloads the plan as YAML, named `<institution>-plan.yaml`. */
export const useDownloadPlan = (institution: string) =>
	useDownload(`${institution}-plan.yaml`, () =>
		fetchFile(getPlanRoute, { params: { id: institution }, accept: "application/yaml" }),
	);

/**
 * Downloads the offerings or the history as an XLSX workbook, named
 * `<institution>-offerings.xlsx` or `<institution>-history.xlsx`.
 */
export const useDownloadSheet = (institution: string, kind: SheetKind) =>
	useDownload(`${institution}-${kind}.xlsx`, () =>
		fetchFile(sheetRoutes[kind].download, {
			params: { id: institution },
			accept: sheetContentTypes.xlsx,
		}),
	);
