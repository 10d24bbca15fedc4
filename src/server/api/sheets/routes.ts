import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
	exportHistoryXlsxRoute,
	exportOfferingsXlsxRoute,
	importHistoryRoute,
	importOfferingsRoute,
	sheetContentTypes,
} from "../../../model/api/sheets.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { KairosError } from "../../../service/errors.ts";
import {
	historyWorkbook,
	importHistorySheet,
	importOfferingsSheet,
	offeringsWorkbook,
	type SheetFile,
} from "../../../service/sheets.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { registerSheetContentTypes, sheetFormatOf } from "../../content-types.ts";
import { requiredVersion, setEtag } from "../../etag.ts";
import { registerRoute } from "../register.ts";

/**
 * The offerings and the history as spreadsheets: import a sheet into the plan, download the
 * workbook. In a scope of their own, the only routes that take a sheet's bytes as the body.
 */
export async function sheetRoutes(app: FastifyInstance, context: ServiceContext): Promise<void> {
	await app.register(async (scope) => {
		registerSheetContentTypes(scope);

		registerSheetImport(scope, context, importOfferingsRoute, importOfferingsSheet);

		registerRoute(scope, exportOfferingsXlsxRoute, async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const workbook = await offeringsWorkbook(context, request.params.id);
			return sendWorkbook(reply, workbook, `${request.params.id}-offerings.xlsx`);
		});

		registerSheetImport(scope, context, importHistoryRoute, importHistorySheet);

		registerRoute(scope, exportHistoryXlsxRoute, async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const workbook = await historyWorkbook(context, request.params.id);
			return sendWorkbook(reply, workbook, `${request.params.id}-history.xlsx`);
		});
	});
}

/**
 * Registers a sheet's import at `contract`: the institution in scope, the sheet from the body,
 * `importSheet` under the plan version of `If-Match`, and the new plan's ETag.
 */
function registerSheetImport(
	scope: FastifyInstance,
	context: ServiceContext,
	contract: typeof importOfferingsRoute | typeof importHistoryRoute,
	importSheet: typeof importOfferingsSheet | typeof importHistorySheet,
): void {
	registerRoute(scope, contract, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		const result = await importSheet(context, request.params.id, sheetFileOf(request), actor, {
			expectedVersion: requiredVersion(request),
		});
		setEtag(reply, result.planVersion);
		return result;
	});
}

/** The sheet a request's body holds, by its content type; any other body is refused (415). */
function sheetFileOf(request: FastifyRequest): SheetFile {
	const format = sheetFormatOf(request.headers["content-type"]);
	if (format === undefined || !(request.body instanceof Uint8Array))
		throw new KairosError(
			"unsupported_media_type",
			`send the sheet's file as ${sheetContentTypes.csv} or ${sheetContentTypes.xlsx}`,
		);
	return { bytes: request.body, format };
}

/** A workbook as a download named `fileName`, with the ETag of the plan it was made from. */
function sendWorkbook(
	reply: FastifyReply,
	workbook: { bytes: Uint8Array; planVersion: number },
	fileName: string,
): FastifyReply {
	setEtag(reply, workbook.planVersion);
	return reply
		.type(sheetContentTypes.xlsx)
		.header("content-disposition", `attachment; filename="${fileName}"`)
		.send(Buffer.from(workbook.bytes));
}
