import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../model/localized-text.ts";
import { useModalDialog } from "../../components/modal-dialog.ts";
import { conflictRowTexts } from "./conflict-values.ts";
import { fieldConflicts, mergeFields } from "./drafts.ts";
import { type Conflict, useWorkspace } from "./WorkspaceProvider.tsx";

/**
 * Someone else saved the offering first: the fields either side changed, side by side, and the
 * choice of keeping one's own, taking theirs, or merging field by field.
 */
export function ConflictDialog({ conflict }: { conflict: Conflict }) {
	const { t, i18n } = useTranslation();
	const { t: editorTexts } = useTranslation("offerings");
	const { resolve, saved } = useWorkspace();
	const dialog = useRef<HTMLDialogElement>(null);
	const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>({});
	useModalDialog(dialog);
	const { draft, theirs } = conflict;
	const mine = draft.edited;
	const base = draft.base;
	const languages = saved.institution.languages ?? [];
	const title = pickText(
		(mine ?? base ?? theirs)?.title ?? conflict.id,
		i18n.language,
		languages,
	).text;
	const rows = base && mine && theirs ? fieldConflicts(base, mine, theirs) : [];
	const context = { language: i18n.language, plan: saved, t: editorTexts, tc: t };
	return (
		<dialog
			ref={dialog}
			className="conflict"
			aria-labelledby="conflict-title"
			// Escape would hide the choice while the save is still undecided.
			onCancel={(event) => event.preventDefault()}
		>
			<h2 id="conflict-title">{t("conflict.title", { title })}</h2>
			<p>{t("conflict.intro")}</p>
			{theirs === null && <p>{t("conflict.deleted")}</p>}
			{rows.length > 0 && (
				<table>
					<caption>{t("conflict.merge")}</caption>
					<thead>
						<tr>
							<th scope="col">{t("conflict.field")}</th>
							<th scope="col">{t("conflict.base")}</th>
							<th scope="col">{t("conflict.mine")}</th>
							<th scope="col">{t("conflict.theirs")}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => {
							const chosen = choices[row.field] ?? (row.changedBy === "mine" ? "mine" : "theirs");
							const texts = conflictRowTexts(row, { base, mine, theirs }, context);
							return (
								<tr key={row.field} className={row.clash ? "clash" : undefined}>
									<th scope="row">{texts.label}</th>
									<td>{texts.base}</td>
									{(["mine", "theirs"] as const).map((side) => (
										<td key={side}>
											<label>
												<input
													type="radio"
													name={`conflict-${row.field}`}
													checked={chosen === side}
													onChange={() => setChoices({ ...choices, [row.field]: side })}
												/>
												{texts[side]}
											</label>
										</td>
									))}
								</tr>
							);
						})}
					</tbody>
				</table>
			)}
			<div className="actions">
				<button type="button" onClick={() => void resolve(conflict.id, { keep: "mine" })}>
					{t("conflict.keepMine")}
				</button>
				<button type="button" onClick={() => void resolve(conflict.id, { keep: "theirs" })}>
					{t("conflict.takeTheirs")}
				</button>
				{theirs && rows.length > 0 && (
					<button
						type="button"
						className="button-primary"
						onClick={() =>
							void resolve(conflict.id, {
								keep: "merged",
								offering: mergeFields(theirs, rows, choices),
							})
						}
					>
						{t("conflict.applyMerge")}
					</button>
				)}
			</div>
		</dialog>
	);
}
