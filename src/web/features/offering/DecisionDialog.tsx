import { type FormEvent, type RefObject, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { nextIntake } from "../../../engine/next-intake.ts";
import { textIn } from "../../../model/localized-text.ts";
import { type DecisionOutcome, decisionOf, type Offering } from "../../../model/offering.ts";
import { maxLength } from "../../../model/primitives.ts";
import { useModalDialog } from "../../components/modal-dialog.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { formatDate } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useRecordDecision } from "./decision-api.ts";

/** The courses a merged course's registrants can join: any other that is not decided against. */
function mergeTargets(offerings: readonly Offering[], offering: Offering): Offering[] {
	return offerings.filter((candidate) => {
		const outcome = decisionOf(candidate)?.outcome;
		return candidate.id !== offering.id && (outcome === undefined || outcome === "go");
	});
}

/**
 * The dialog that records the go/no-go decision of a saved offering: go, no-go, postpone to the
 * next intake (the server makes the same course there) or merge into another course, and why.
 * Escape and "Cancel" close it; recording it closes it too, and `onRecorded` says so.
 */
export function DecisionDialog({
	offering,
	opener,
	onClose,
	onRecorded,
}: {
	offering: Offering;
	/** The button that opened it, which takes the focus back when it closes. */
	opener: RefObject<HTMLElement | null>;
	onClose: () => void;
	onRecorded: () => void;
}) {
	const { t, i18n } = useTranslation("decision");
	const workspace = useWorkspace();
	const dialog = useRef<HTMLDialogElement>(null);
	const first = useRef<HTMLInputElement>(null);
	const id = useId();
	const [outcome, setOutcome] = useState<DecisionOutcome | undefined>(undefined);
	const [into, setInto] = useState("");
	const [reason, setReason] = useState("");
	const record = useRecordDecision(workspace.institution.id, offering.id);
	const { saved } = workspace;
	const text = textIn(i18n.language, saved.institution.languages ?? []);
	const next = nextIntake(offering, saved.intakes);
	const targets = mergeTargets(saved.offerings, offering);
	const inDraft = workspace.drafts.has(offering.id);
	useModalDialog(dialog, { focus: first, opener });
	const submit = (event: FormEvent) => {
		event.preventDefault();
		if (outcome === undefined || inDraft) return;
		record.mutate(
			{
				outcome,
				...(reason.trim() !== "" && { reason: reason.trim() }),
				...(outcome === "merge" && into !== "" && { into }),
			},
			{ onSuccess: onRecorded },
		);
	};
	const choice = (value: DecisionOutcome, label: string, hint?: string, disabled = false) => (
		<div className="decision-choice">
			<input
				ref={value === "go" ? first : undefined}
				type="radio"
				id={`${id}-${value}`}
				name={`${id}-outcome`}
				value={value}
				checked={outcome === value}
				disabled={disabled}
				required
				aria-describedby={hint ? `${id}-${value}-hint` : undefined}
				onChange={() => setOutcome(value)}
			/>
			<label htmlFor={`${id}-${value}`}>{label}</label>
			{hint && (
				<p className="field-hint" id={`${id}-${value}-hint`}>
					{hint}
				</p>
			)}
		</div>
	);
	return (
		<dialog
			ref={dialog}
			className="confirm decision-dialog"
			aria-labelledby={`${id}-title`}
			aria-describedby={`${id}-intro`}
			onCancel={(event) => {
				event.preventDefault();
				onClose();
			}}
		>
			<h2 id={`${id}-title`}>{t("dialog.title")}</h2>
			<p id={`${id}-intro`}>
				{t("dialog.intro", {
					course: text(offering.title),
					date: formatDate(offering.start, i18n.language),
				})}
			</p>
			{inDraft && (
				<p className="alert alert-warning" role="alert">
					{t("dialog.inDraft")}
				</p>
			)}
			<form onSubmit={submit}>
				<fieldset>
					<legend>{t("dialog.choice")}</legend>
					{choice("go", t("dialog.go"))}
					{choice("no-go", t("dialog.noGo"))}
					{choice(
						"postpone",
						next
							? t("dialog.postponeTo", {
									intake: next.label === undefined ? next.id : text(next.label),
								})
							: t("dialog.postpone"),
						next ? t("dialog.postponeHint") : t("dialog.noNextIntake"),
						next === undefined,
					)}
					{choice(
						"merge",
						t("dialog.merge"),
						targets.length > 0 ? t("dialog.mergeHint") : t("dialog.noOtherCourse"),
						targets.length === 0,
					)}
				</fieldset>
				{outcome === "merge" && (
					<div className="field">
						<label htmlFor={`${id}-into`}>{t("dialog.mergeInto")}</label>
						<select
							id={`${id}-into`}
							value={into}
							required
							onChange={(event) => setInto(event.target.value)}
						>
							<option value="">{t("dialog.chooseCourse")}</option>
							{targets.map((target) => (
								<option key={target.id} value={target.id}>
									{`${text(target.title)} (${formatDate(target.start, i18n.language)})`}
								</option>
							))}
						</select>
					</div>
				)}
				<div className="field">
					<label htmlFor={`${id}-reason`}>{t("dialog.reason")}</label>
					<p className="field-hint" id={`${id}-reason-hint`}>
						{t("dialog.reasonHint")}
					</p>
					<textarea
						id={`${id}-reason`}
						aria-describedby={`${id}-reason-hint`}
						value={reason}
						maxLength={maxLength.note}
						rows={3}
						onChange={(event) => setReason(event.target.value)}
					/>
				</div>
				<ProblemAlert error={record.error} />
				<div className="actions">
					<button type="submit" className="button-primary" disabled={record.isPending || inDraft}>
						{t("dialog.submit")}
					</button>
					<button type="button" onClick={onClose}>
						{t("dialog.cancel")}
					</button>
				</div>
			</form>
		</dialog>
	);
}
