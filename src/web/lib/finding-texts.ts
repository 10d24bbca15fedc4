import type { i18n } from "i18next";
import type { Finding } from "../../model/report.ts";
import { textOf } from "./finding-formats.ts";

/**
 * A finding's message and suggestion in the instance's language: its code's templates
 * (locales/<language>/findings.ts) filled with its `params`, or the engine's English texts when
 * the finding has no params (a report from before they existed).
 */
export function findingTexts(
	finding: Finding,
	instance: i18n,
	language: string = instance.language,
): { message: string; suggestion: string } {
	const { params } = finding;
	if (params === undefined) return { message: finding.message, suggestion: finding.suggestion };
	const options = {
		...params,
		lng: language,
		...(typeof params.case === "string" && { context: params.case }),
	};
	const t = textOf(instance);
	const text = (part: string) => t(`findings:${finding.code}.${part}`, options);
	return { message: text("message"), suggestion: text("suggestion") };
}
