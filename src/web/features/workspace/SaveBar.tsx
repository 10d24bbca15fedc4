import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ConflictDialog } from "./ConflictDialog.tsx";
import { useWorkspace } from "./WorkspaceProvider.tsx";

/** The unsaved changes: how many, "Save changes" and "Discard"; then any conflict to resolve. */
export function SaveBar() {
	const { t } = useTranslation();
	const workspace = useWorkspace();
	const count = workspace.drafts.size;
	return (
		<>
			{workspace.conflicts[0] && <ConflictDialog conflict={workspace.conflicts[0]} />}
			{workspace.saveError ? <ProblemAlert error={workspace.saveError} /> : null}
			{count > 0 && (
				<section className="save-bar" aria-label={t("draft.save")}>
					<p role="status">
						{t("draft.changed", { count })}
						{workspace.invalid.size > 0 && ` ${t("draft.invalid")}`}
					</p>
					<button
						type="button"
						className="button-primary"
						disabled={workspace.saving || workspace.invalid.size === count}
						onClick={() => void workspace.save()}
					>
						{workspace.saving ? t("draft.saving") : t("draft.save")}
					</button>
					<button type="button" disabled={workspace.saving} onClick={() => workspace.discard()}>
						{t("draft.discard")}
					</button>
				</section>
			)}
		</>
	);
}
