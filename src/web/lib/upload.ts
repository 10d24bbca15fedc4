import type { RouteContract } from "../../model/api/contract.ts";
import {
	type Answer,
	ApiError,
	noConnection,
	pathFor,
	problemFrom,
	requestHeaders,
	type Success,
} from "./api.ts";

/** How far an upload is: its bytes on the way, then the server checking what it got. */
export type UploadProgress =
	| { phase: "sending"; loaded: number; total: number | undefined }
	| { phase: "checking" };

export interface UploadOptions {
	params: object;
	file: Blob;
	contentType: string;
	/** The ETag the upload replaces or changes. */
	ifMatch?: string | undefined;
	onProgress?: (progress: UploadProgress) => void;
}

/**
 * Sends a file to a route as its body, like `call` (the session cookie, the CSRF token, the
 * same problems as ApiError), but with XMLHttpRequest: fetch cannot report how much of a body
 * has been sent, and a large sheet takes a while.
 */
export function upload<C extends RouteContract>(
	contract: C,
	options: UploadOptions,
): Promise<Answer<Success<C>>> {
	return new Promise((resolve, reject) => {
		const request = new XMLHttpRequest();
		request.open(contract.method, pathFor(contract, options.params));
		const headers = requestHeaders(contract.method, { ifMatch: options.ifMatch });
		for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
		request.setRequestHeader("content-type", options.contentType);
		request.upload.onprogress = (event) =>
			options.onProgress?.({
				phase: "sending",
				loaded: event.loaded,
				total: event.lengthComputable ? event.total : undefined,
			});
		request.upload.onload = () => options.onProgress?.({ phase: "checking" });
		request.onerror = () => reject(new ApiError(noConnection));
		request.onload = () => {
			const text = request.responseText;
			if (request.status < 200 || request.status >= 300) {
				reject(new ApiError(problemFrom(request.status, request.statusText, text)));
				return;
			}
			const type = request.getResponseHeader("content-type") ?? "";
			resolve({
				body: (type.includes("json") ? JSON.parse(text) : text) as Success<C>,
				etag: request.getResponseHeader("etag") ?? undefined,
			});
		};
		request.send(options.file);
	});
}
