import type { FastifyInstance } from "fastify";
import {
	exportOfferingsXlsxRoute,
	importOfferingsRoute,
	sheetContentTypes,
} from "../../../model/api/sheets.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { KairosError } from "../../../service/errors.ts";
import { importOfferingsSheet, offeringsWorkbook } from "../../../service/sheets.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { registerSheetContentTypes, sheetFormatOf } from "../../content-types.ts";
import { requiredVersion, setEtag } from "../../etag.ts";
import { registerRoute } from "../register.ts";

/**
 * The offerings as a spreadsheet: import a sheet into the plan, download the workbook. In a
 * scope of their own, the only routes that take a sheet's bytes as the body.
 */
export async function sheetRoutes(app: FastifyInstance, context: ServiceContext): Promise<void> {
	await app.register(async (scope) => {
		registerSheetContentTypes(scope);

		registerRoute(scope, importOfferingsRoute, async (request, reply) => {
			const actor = actorOf(request);
			assertInstitution(actor, request.params.id);
			const format = sheetFormatOf(request.headers["content-type"]);
			if (format === undefined || !(request.body instanceof Uint8Array))
				throw new KairosError(
					"unsupported_media_type",
					`send the sheet's file as ${sheetContentTypes.csv} or ${sheetContentTypes.xlsx}`,
				);
			const result = await importOfferingsSheet(
				context,
				request.params.id,
				{ bytes: request.body, format },
				actor,
				{ expectedVersion: requiredVersion(request) },
			);
			setEtag(reply, result.planVersion);
			return result;
		});

		registerRoute(scope, exportOfferingsXlsxRoute, async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const { bytes, planVersion } = await offeringsWorkbook(context, request.params.id);
			setEtag(reply, planVersion);
			return reply
				.type(sheetContentTypes.xlsx)
				.header("content-disposition", `attachment; filename="${request.params.id}-offerings.xlsx"`)
				.send(Buffer.from(bytes));
		});
	});
}
