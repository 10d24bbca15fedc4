import type { FastifyInstance } from "fastify";
import { budgetWorkbookRoute, xlsxType } from "../../../model/api/budget.ts";
import { budgetOfInstitution } from "../../../service/budget.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { budgetToXlsx } from "../../../sheets/write-budget-xlsx.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { registerRoute } from "../register.ts";

/** The budget of an institution's offerings, as a workbook to download. */
export function budgetRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, budgetWorkbookRoute, async (request, reply) => {
		const { id } = request.params;
		assertInstitution(actorOf(request), id);
		const workbook = await budgetToXlsx(await budgetOfInstitution(context, id));
		return reply
			.type(xlsxType)
			.header("content-disposition", `attachment; filename="${id}-budget.xlsx"`)
			.send(Buffer.from(workbook));
	});
}
