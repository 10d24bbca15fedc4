import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import type { Offering } from "../../../model/offering.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import type { DuplicatedNote } from "./EditorActions.tsx";
import { OfferingEditor } from "./OfferingEditor.tsx";
import "./offerings.css";

/**
 * The editor at /offerings/:offeringId/edit: the offering as the draft has it (or as saved),
 * what is left of it when the draft deletes it, and a note after it was duplicated.
 */
export function OfferingEditorPage() {
	const { t } = useTranslation("offerings");
	const { offeringId = "" } = useParams();
	const location = useLocation();
	const workspace = useWorkspace();
	const draft = workspace.drafts.get(offeringId);
	const saved = workspace.saved.offerings.find((entry) => entry.id === offeringId);
	const current = draft ? draft.edited : saved;
	// While a new offering is saved, its draft is gone before the saved plan has it.
	const lastKnown = useRef<{ id: string; offering: Offering } | null>(null);
	if (current) lastKnown.current = { id: offeringId, offering: current };
	const known = lastKnown.current?.id === offeringId ? lastKnown.current.offering : undefined;
	const duplicated = (location.state as { duplicated?: DuplicatedNote } | null)?.duplicated;

	if (current === null)
		return (
			<section>
				<PageTitle>{t("editor.deleted")}</PageTitle>
				<div className="actions">
					<button type="button" onClick={() => workspace.discard(offeringId)}>
						{t("editor.undoDelete")}
					</button>
					<Link to="/offerings">{t("editor.back")}</Link>
				</div>
			</section>
		);
	const offering = current ?? (workspace.saving ? known : undefined);
	if (!offering)
		return (
			<section>
				<PageTitle>{t("editor.notFound", { id: offeringId })}</PageTitle>
				<Link to="/offerings">{t("editor.back")}</Link>
			</section>
		);
	return (
		<OfferingEditor
			key={offeringId}
			offering={offering}
			notice={
				duplicated && t("editor.duplicated", { intake: duplicated.intake, count: duplicated.days })
			}
		/>
	);
}
