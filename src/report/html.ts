import type { PlanReport } from "../model/report.ts";

export function renderHtml(report: PlanReport): string {
	return `<!doctype html><title>${report.institution.id}</title>\n`;
}
