import type { FastifyInstance } from "fastify";
import {
	exportRegistrationsXlsxRoute,
	importRegistrationsRoute,
} from "../../../model/api/registrations.ts";
import { sheetContentTypes } from "../../../model/api/sheets.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { KairosError } from "../../../service/errors.ts";
import {
	importRegistrationsSheet,
	registrationsWorkbook,
} from "../../../service/registration-sheets.ts";
import { registerSheetContentTypes, sheetFormatOf } from "../../content-types.ts";
import { offeringScope } from "../offering-scope.ts";
import { registerRoute } from "../register.ts";

/**
 * An offering's registrations as a spreadsheet: import applications made elsewhere, download
 * the workbook. In a scope of their own, as the only other routes that take a sheet's bytes.
 */
export async function registrationSheetRoutes(
	app: FastifyInstance,
	context: ServiceContext,
): Promise<void> {
	await app.register(async (scope) => {
		registerSheetContentTypes(scope);

		registerRoute(scope, importRegistrationsRoute, async (request) => {
			const { actor, institutionId } = await offeringScope(context, request);
			const format = sheetFormatOf(request.headers["content-type"]);
			if (format === undefined || !(request.body instanceof Uint8Array))
				throw new KairosError(
					"unsupported_media_type",
					`send the sheet's file as ${sheetContentTypes.csv} or ${sheetContentTypes.xlsx}`,
				);
			return importRegistrationsSheet(
				context,
				{ institutionId, offeringId: request.params.id },
				{ bytes: request.body, format },
				actor,
			);
		});

		registerRoute(scope, exportRegistrationsXlsxRoute, async (request, reply) => {
			const { institutionId } = await offeringScope(context, request);
			const offeringId = request.params.id;
			const bytes = await registrationsWorkbook(context, { institutionId, offeringId });
			return reply
				.type(sheetContentTypes.xlsx)
				.header("content-disposition", `attachment; filename="${offeringId}-registrations.xlsx"`)
				.send(Buffer.from(bytes));
		});
	});
}
