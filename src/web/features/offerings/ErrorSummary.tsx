import { useTranslation } from "react-i18next";
import type { Problem } from "../../../model/problems.ts";
import { offerings as reference } from "../../locales/en/offerings.ts";
import type { FieldErrors } from "./field-errors.ts";
import { controlId } from "./touched.ts";

type FieldName = keyof typeof reference.field;
type FieldLabelKey = `field.${FieldName}`;
const roleNames = new Set(["manager", "pedagogy", "marketing", "support"] as const);

type ItemLabelKey =
	| "field.learningOutcome"
	| "field.module"
	| "field.pathway"
	| "field.budgetLine"
	| "field.blocker"
	| "field.registration";

/** The label of each list's items, numbered. */
const itemLabels: Record<string, ItemLabelKey> = {
	learningOutcomes: "field.learningOutcome",
	modules: "field.module",
	pathways: "field.pathway",
	budget: "field.budgetLine",
	blockedUntil: "field.blocker",
	registrations: "field.registration",
};

/** Path segments whose label is another field's. */
const segmentLabels: Record<string, Exclude<FieldLabelKey, ItemLabelKey | "field.inLanguage">> = {
	value: "field.credits",
	unit: "field.creditUnit",
	module: "field.qualificationModule",
	name: "field.contactName",
};

/** A field's key as a person reads it: `budget.1.amount` → "Budget line 2 › Amount". */
function useFieldLabel(): (key: string) => string {
	const { t, i18n } = useTranslation("offerings");
	const { t: tc } = useTranslation();
	const names = new Intl.DisplayNames([i18n.language], { type: "language" });
	return (key) => {
		const segments = key.split(".");
		const parts: string[] = [];
		segments.forEach((segment, index) => {
			const next = segments[index + 1];
			const list = itemLabels[segment];
			if (list && next !== undefined && /^\d+$/.test(next)) {
				parts.push(t(list, { number: Number(next) + 1 }));
				return;
			}
			if (/^\d+$/.test(segment)) return;
			if (/^[a-z]{2}$/.test(segment)) parts.push(names.of(segment) ?? segment);
			else if (roleNames.has(segment as "manager")) parts.push(tc(`roles.${segment as "manager"}`));
			else if (segmentLabels[segment]) parts.push(t(segmentLabels[segment]));
			else if (segment in reference.field) parts.push(t(`field.${segment as FieldName}`));
			else parts.push(segment);
		});
		return parts.join(" › ");
	};
}

function focusField(key: string): void {
	const id = controlId(key);
	const control = document.getElementById(id) ?? document.querySelector(`[id^="${id}-"]`);
	if (control instanceof HTMLElement) control.focus();
}

/**
 * Every problem of the edited offering at the top of the form, each a link to its field, and
 * the server's problems elsewhere in the plan.
 */
export function ErrorSummary({
	errors,
	elsewhere,
}: {
	errors: FieldErrors;
	elsewhere: readonly Problem[];
}) {
	const { t } = useTranslation("offerings");
	const label = useFieldLabel();
	if (errors.size === 0 && elsewhere.length === 0) return null;
	return (
		<div className="alert alert-error" role="alert">
			{errors.size > 0 && (
				<>
					<p>{t("editor.summary", { count: errors.size })}</p>
					<ul>
						{[...errors].map(([key, messages]) => (
							<li key={key}>
								<a
									href={`#${controlId(key)}`}
									onClick={(event) => {
										event.preventDefault();
										focusField(key);
									}}
								>
									{key === "" ? t("editor.whole") : label(key)}
								</a>
								: {messages.join("; ")}
							</li>
						))}
					</ul>
				</>
			)}
			{elsewhere.length > 0 && (
				<>
					<p>{t("editor.elsewhere")}</p>
					<ul>
						{elsewhere.map((problem) => (
							<li key={`${problem.path}:${problem.message}`}>
								<code>{problem.path}</code> {problem.message}
							</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}
