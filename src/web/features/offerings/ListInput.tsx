import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useEditorForm } from "./editor-form.tsx";
import { appendItem, type FieldPath, getIn, moveItem, removeItem } from "./form-value.ts";
import { GroupError } from "./inputs.tsx";

/**
 * A list of items (learning outcomes, modules, budget lines…), each in a fieldset named after it
 * with buttons to remove it and, when `reorder`, to move it; a button adds `newItem` at the end.
 */
export function ListInput({
	path,
	legend,
	hint,
	itemLabel,
	addLabel,
	newItem,
	reorder = false,
	children,
}: {
	path: FieldPath;
	legend: string;
	hint?: string | undefined;
	itemLabel: (number: number) => string;
	addLabel: string;
	newItem: () => unknown;
	reorder?: boolean;
	children: (itemPath: FieldPath, index: number) => ReactNode;
}) {
	const { t } = useTranslation("offerings");
	const form = useEditorForm();
	const list = getIn(form.value, path);
	const items = Array.isArray(list) ? list : [];
	return (
		<fieldset className="list-input">
			<legend>{legend}</legend>
			{hint && <p className="field-hint">{hint}</p>}
			<GroupError path={path} />
			{items.map((_, index) => {
				const label = itemLabel(index + 1);
				return (
					// biome-ignore lint/suspicious/noArrayIndexKey: items have no identity of their own while typed; the path names the index
					<fieldset key={index} className="list-item">
						<legend>{label}</legend>
						{children([...path, index], index)}
						<GroupError path={[...path, index]} />
						{!form.readOnly && (
							<div className="list-item-actions">
								{reorder && (
									<>
										<button
											type="button"
											aria-label={`${t("items.moveUp")}: ${label}`}
											disabled={index === 0}
											onClick={() =>
												form.update((value) => moveItem(value, path, index, index - 1))
											}
										>
											{t("items.moveUp")}
										</button>
										<button
											type="button"
											aria-label={`${t("items.moveDown")}: ${label}`}
											disabled={index === items.length - 1}
											onClick={() =>
												form.update((value) => moveItem(value, path, index, index + 1))
											}
										>
											{t("items.moveDown")}
										</button>
									</>
								)}
								<button
									type="button"
									aria-label={`${t("items.remove")}: ${label}`}
									onClick={() => form.update((value) => removeItem(value, path, index))}
								>
									{t("items.remove")}
								</button>
							</div>
						)}
					</fieldset>
				);
			})}
			{!form.readOnly && (
				<button
					type="button"
					className="list-add"
					onClick={() => form.update((value) => appendItem(value, path, newItem()))}
				>
					{addLabel}
				</button>
			)}
		</fieldset>
	);
}
