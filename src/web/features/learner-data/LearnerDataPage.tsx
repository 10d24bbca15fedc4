import { useState } from "react";
import { useTranslation } from "react-i18next";
import { allows } from "../../../model/api/permissions.ts";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useEraseLearner, useLookUpLearner } from "./api.ts";
import { LearnerDataResult, useKeptCounts } from "./LearnerDataResult.tsx";
import "./learner-data.css";

/**
 * A learner's request about their data: look up what is kept about an e-mail address, hand it
 * over as a file, or erase it after a confirmation.
 */
export function LearnerDataPage() {
	const { t } = useTranslation("learnerData");
	const me = useMe().data;
	const { institution } = useWorkspace();
	const [email, setEmail] = useState("");
	const [confirming, setConfirming] = useState(false);
	const lookUp = useLookUpLearner(institution.id);
	const erase = useEraseLearner(institution.id);
	const counts = useKeptCounts();
	if (!me || !allows(me.role, "learner-data:manage"))
		return (
			<section className="learner-data">
				<PageTitle>{t("title")}</PageTitle>
				<p>{t("onlyStaff")}</p>
			</section>
		);
	const found = lookUp.data;
	return (
		<section className="learner-data">
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro", { institution: institution.name })}</p>
			<form
				className="learner-lookup"
				onSubmit={(event) => {
					event.preventDefault();
					erase.reset();
					lookUp.mutate(email);
				}}
			>
				<Field label={t("email")}>
					{(control) => (
						<input
							{...control}
							type="email"
							autoComplete="off"
							required
							value={email}
							onChange={(event) => setEmail(event.target.value)}
						/>
					)}
				</Field>
				<button type="submit" disabled={lookUp.isPending}>
					{lookUp.isPending ? t("looking") : t("lookUp")}
				</button>
			</form>
			<ProblemAlert error={lookUp.error ?? erase.error} />
			<div role="status">
				{erase.data && (
					<p>
						{t("erased", {
							...counts(erase.data.registrations, erase.data.mails),
							email: erase.variables,
						})}
					</p>
				)}
			</div>
			{found && (
				<LearnerDataResult
					data={found}
					languages={institution.languages}
					onErase={() => setConfirming(true)}
				/>
			)}
			{confirming && found && (
				<ConfirmDialog
					title={t("confirmTitle", { email: found.email })}
					text={t("confirmText", counts(found.registrations.length, found.mails.length))}
					confirm={t("confirm")}
					cancel={t("cancel")}
					onCancel={() => setConfirming(false)}
					onConfirm={() => {
						setConfirming(false);
						erase.mutate(found.email, { onSuccess: () => lookUp.reset() });
					}}
				/>
			)}
		</section>
	);
}
