import type { i18n, TFunction } from "i18next";
import type { z } from "zod";
import { blockerAnchors } from "../../../model/anchors.ts";
import { closestName } from "../../../model/closest-name.ts";
import {
	dateYears,
	showValue,
	type TextShape,
	textCharacterFault,
} from "../../../model/primitives.ts";
import { describeIssue, type IssueDescriber } from "../../../model/problems.ts";
import { formatNumber } from "../../lib/format.ts";

type Texts = TFunction<"validation">;
type Issue = z.core.$ZodIssue;

// The model's regular expressions, by what they ask for.
const patterns: Readonly<Record<string, "id" | "language" | "currency" | "phone">> = {
	"/^[a-z0-9-]+$/": "id",
	"/^[a-z]{2}$/": "language",
	"/^[A-Z]{3}$/": "currency",
	"/^\\+?[0-9 ()-]{5,20}$/": "phone",
};
const formats = { date: "date", email: "email", url: "url" } as const;
const types = ["string", "number", "int", "boolean", "object", "array"] as const;

/**
 * Words zod's issues in `language` from their structured data (code, bounds, format, the
 * refinement's `params.problem`), with the texts of the `validation` namespace. An issue it
 * cannot recognise keeps the model's English message, so no field is left without one.
 */
export function issueDescriber(
	instance: i18n,
	language: string = instance.language,
): IssueDescriber {
	const t = instance.getFixedT(language, "validation");
	return (issue, known) => localized(issue, known, t, language) ?? describeIssue(issue, known);
}

function localized(
	issue: Issue,
	known: readonly string[],
	t: Texts,
	language: string,
): string | undefined {
	const number = (value: unknown) =>
		typeof value === "number" ? formatNumber(value, language, 20) : String(value);
	const value = shown(issue.input, t);
	switch (issue.code) {
		case "invalid_type": {
			if (issue.input === undefined) return t("required");
			const type = types.find((name) => name === issue.expected) ?? "other";
			return t("notType", { value, expected: t(`types.${type}`) });
		}
		case "too_small":
			if (issue.origin === "array" || issue.origin === "set")
				return t("tooFewItems", { count: Number(issue.minimum) });
			if (issue.origin === "string") return t("empty");
			if (Number(issue.minimum) === 0)
				return issue.inclusive ? t("negative", { value }) : t("notAbove", { value, minimum: "0" });
			return t("belowMinimum", { value, minimum: number(Number(issue.minimum)) });
		case "too_big": {
			const maximum = number(Number(issue.maximum));
			if (issue.origin === "string" && typeof issue.input === "string")
				return t("tooLong", { length: number(issue.input.length), maximum });
			if (issue.origin === "array" && Array.isArray(issue.input))
				return t("tooManyItems", { length: number(issue.input.length), maximum });
			if (issue.origin === "number") return t("aboveMaximum", { value, maximum });
			return undefined;
		}
		case "invalid_format": {
			const format =
				issue.format === "regex"
					? patterns[issue.pattern ?? ""]
					: formats[issue.format as keyof typeof formats];
			return format && t(`format.${format}`, { value });
		}
		case "invalid_value":
			return t("notOneOf", {
				value,
				values: issue.values.map((entry) => JSON.stringify(entry)).join(", "),
			});
		case "unrecognized_keys": {
			const guess = closestName(issue.keys[0] ?? "", known);
			return guess === undefined ? t("unknownField") : t("unknownFieldGuess", { guess });
		}
		case "custom":
			return custom(issue, t, value);
		default:
			return undefined;
	}
}

/** A refinement's issue, by the `problem` its params name; undefined for one without. */
function custom(issue: z.core.$ZodIssueCustom, t: Texts, value: string): string | undefined {
	const input = issue.input as Record<string, unknown> | undefined;
	const part = (name: string) => String(input?.[name]);
	switch (issue.params?.problem) {
		case "outsideYears":
			return t("custom.outsideYears", { value, first: dateYears.first, last: dateYears.last });
		case "endBeforeStart":
			return t("custom.endBeforeStart", { end: part("end"), start: part("start") });
		case "rangeEndsBeforeStart":
			return t("custom.rangeEndsBeforeStart", { from: part("from"), to: part("to") });
		case "minAboveMax":
			return t("custom.minAboveMax", { min: part("min"), max: part("max") });
		case "notBlocker":
			return t("custom.notBlocker", { value, anchors: blockerAnchors.join(", ") });
		case "dateTwice":
			return t("custom.dateTwice", { value });
		case "notPersonOrEmail":
			return t("custom.notPersonOrEmail", { value });
		case "noLanguage":
			return t("custom.noLanguage");
		case "notCents":
			return t("custom.notCents", { value });
		case "textCharacters": {
			const fault = textCharacterFault(String(issue.input), issue.params.shape as TextShape);
			if (fault?.kind === "character") return t("custom.character", { code: fault.code });
			return fault && t(`custom.${fault.kind}`);
		}
		default:
			return undefined;
	}
}

/** The offending value as a problem names it: a text in quotes, a number, or what it is. */
function shown(value: unknown, t: Texts): string {
	if (value === undefined) return t("value.nothing");
	if (Array.isArray(value)) return t("value.list");
	if (value !== null && typeof value === "object") return t("value.object");
	return showValue(value);
}
