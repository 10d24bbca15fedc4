import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { createCalendar } from "../../../engine/calendar.ts";
import { toDay } from "../../../engine/days.ts";
import { duplicateForNextIntake, nextIntake } from "../../../engine/next-intake.ts";
import { allows } from "../../../model/api/permissions.ts";
import { textIn } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";

/** What a duplicate's editor tells the person about where the copy came from. */
export interface DuplicatedNote {
	intake: string;
	days: number;
}

/**
 * The editor's buttons: save and discard this offering's changes, duplicate it for the next
 * intake, delete it (after a confirmation), each shown only to a role that may.
 */
export function EditorActions({
	offering,
	title,
	invalid,
	onSave,
}: {
	/** The offering as the preview has it (its last valid version). */
	offering: Offering;
	title: string;
	invalid: boolean;
	onSave: () => void;
}) {
	const { t, i18n } = useTranslation("offerings");
	const workspace = useWorkspace();
	const navigate = useNavigate();
	const me = useMe().data;
	const [confirming, setConfirming] = useState(false);
	const deleteButton = useRef<HTMLButtonElement>(null);
	const [removeError, setRemoveError] = useState<unknown>(null);
	const role = me?.role;
	const may = (permission: Parameters<typeof allows>[1]) =>
		role !== undefined && allows(role, permission);
	const id = offering.id;
	const hasDraft = workspace.drafts.has(id);

	const duplicate = () => {
		const taken = new Set([
			...workspace.saved.offerings.map((entry) => entry.id),
			...workspace.drafts.keys(),
		]);
		// The calendar the engine plans with, so the copy starts and ends on working days.
		const calendar = createCalendar(workspace.holidays, workspace.saved.institution.closures);
		const copy = duplicateForNextIntake(offering, workspace.saved.intakes, taken, calendar);
		if (!copy) return;
		workspace.create(copy);
		const intake = workspace.saved.intakes.find((entry) => entry.id === copy.intake);
		const text = textIn(i18n.language, workspace.saved.institution.languages ?? []);
		const note: DuplicatedNote = {
			intake: text(intake?.label ?? copy.intake ?? ""),
			days: toDay(copy.start) - toDay(offering.start),
		};
		void navigate(`/offerings/${encodeURIComponent(copy.id)}/edit`, {
			state: { duplicated: note },
		});
	};
	const canDuplicate = nextIntake(offering, workspace.saved.intakes) !== undefined;

	return (
		<div className="editor-actions no-print">
			{may("offerings:update") && (
				<>
					<button
						type="button"
						className="button-primary"
						disabled={workspace.saving || !hasDraft}
						onClick={onSave}
					>
						{t("editor.save")}
					</button>
					<button
						type="button"
						disabled={workspace.saving || !hasDraft}
						onClick={() => workspace.discard(id)}
					>
						{t("editor.discard")}
					</button>
				</>
			)}
			{may("offerings:create") &&
				(canDuplicate ? (
					<button type="button" disabled={invalid} onClick={duplicate}>
						{t("editor.duplicate")}
					</button>
				) : (
					<span className="field-hint">{t("editor.noNextIntake")}</span>
				))}
			{may("offerings:delete") && (
				<button
					type="button"
					ref={deleteButton}
					className="button-danger"
					onClick={() => setConfirming(true)}
				>
					{t("editor.delete")}
				</button>
			)}
			<Link to={`/offerings/${encodeURIComponent(id)}`}>{t("editor.view")}</Link>
			<Link to="/offerings">{t("editor.back")}</Link>
			{removeError ? <ProblemAlert error={removeError} /> : null}
			{confirming && (
				<ConfirmDialog
					title={t("editor.confirmTitle", { title })}
					text={t("editor.confirmText")}
					confirm={t("editor.confirmDelete")}
					cancel={t("editor.cancel")}
					opener={deleteButton}
					onCancel={() => setConfirming(false)}
					onConfirm={() => {
						setConfirming(false);
						workspace.remove(id).then(
							() => navigate("/offerings"),
							(error: unknown) => setRemoveError(error),
						);
					}}
				/>
			)}
		</div>
	);
}
