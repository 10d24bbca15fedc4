import { isoDate, languageCode } from "../model/primitives.ts";
import type { Problem } from "../model/problems.ts";

/** `--today`'s problem, if it is given and not a date. */
export function todayProblems(today: string | undefined): Problem[] {
	return today === undefined || isoDate.safeParse(today).success
		? []
		: [{ path: "--today", message: `${JSON.stringify(today)} is not a date (YYYY-MM-DD)` }];
}

/**
 * `--language`'s problem, if it is given and is not a language code, or not one of
 * `allowed.languages` when there are any (`allowed.named` says what they are).
 */
export function languageProblems(
	language: string | undefined,
	allowed: { languages: readonly string[]; named: string },
): Problem[] {
	if (language === undefined) return [];
	if (!languageCode.safeParse(language).success)
		return [
			{
				path: "--language",
				message: `${JSON.stringify(language)} is not an ISO 639-1 language code such as "et"`,
			},
		];
	return allowed.languages.length > 0 && !allowed.languages.includes(language)
		? [
				{
					path: "--language",
					message: `${JSON.stringify(language)} is not one of ${allowed.named} (${allowed.languages.join(", ")})`,
				},
			]
		: [];
}
