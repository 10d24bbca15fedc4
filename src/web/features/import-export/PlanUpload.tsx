import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { Problem } from "../../../model/problems.ts";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import type { UploadProgress } from "../../lib/upload.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useReplacePlan } from "./api.ts";
import { PlanChangesSummary } from "./PlanChangesSummary.tsx";
import { PlanProblemTable } from "./ProblemTables.tsx";
import { planChanges } from "./plan-changes.ts";
import { checkPlanFile, planContentType } from "./plan-check.ts";
import { UploadMeter } from "./UploadMeter.tsx";

type Step =
	| { kind: "choose" }
	| { kind: "problems"; name: string; problems: readonly Problem[]; by: "browser" | "server" }
	| { kind: "review"; file: File; plan: PlanFile; contentType: string }
	| { kind: "done"; name: string; version: number };

/**
 * Replaces the whole plan from a YAML or JSON file: checked in the browser with the model's
 * own code, then a summary of what would change, then, once confirmed, `PUT …/plan`.
 */
export function PlanUpload() {
	const { t } = useTranslation("importExport");
	const workspace = useWorkspace();
	const replace = useReplacePlan(workspace.institution.id);
	const [file, setFile] = useState<File | undefined>();
	const [step, setStep] = useState<Step>({ kind: "choose" });
	const [progress, setProgress] = useState<UploadProgress | undefined>();
	const [missing, setMissing] = useState(false);
	const blocked = workspace.drafts.size > 0;

	async function check(event: FormEvent) {
		event.preventDefault();
		replace.reset();
		setMissing(!file);
		if (!file) return;
		const checked = checkPlanFile(
			new Uint8Array(await file.arrayBuffer()),
			file.name,
			workspace.institution.id,
		);
		setStep(
			checked.ok
				? { kind: "review", file, plan: checked.plan, contentType: planContentType(checked.format) }
				: { kind: "problems", name: file.name, problems: checked.problems, by: "browser" },
		);
	}

	function confirm(review: Extract<Step, { kind: "review" }>) {
		replace.mutate(
			{ file: review.file, contentType: review.contentType, onProgress: setProgress },
			{
				onSuccess: ({ planVersion }) =>
					setStep({ kind: "done", name: review.file.name, version: planVersion }),
				onError: (error) => {
					if (error instanceof ApiError && error.problem.errors?.length)
						setStep({
							kind: "problems",
							name: review.file.name,
							problems: error.problem.errors,
							by: "server",
						});
				},
				onSettled: () => setProgress(undefined),
			},
		);
	}

	return (
		<section className="transfer" aria-labelledby="plan-upload">
			<h2 id="plan-upload">{t("plan.heading")}</h2>
			<p>{t("plan.hint")}</p>
			{blocked ? (
				<p className="alert alert-warning">{t("plan.draftsFirst")}</p>
			) : (
				<form onSubmit={(event) => void check(event)}>
					<Field label={t("plan.file")} error={missing ? t("plan.chooseFirst") : undefined}>
						{(control) => (
							<input
								{...control}
								type="file"
								accept=".yaml,.yml,.json"
								onChange={(event) => {
									setFile(event.target.files?.[0]);
									setStep({ kind: "choose" });
									setMissing(false);
								}}
							/>
						)}
					</Field>
					<button type="submit" disabled={replace.isPending}>
						{t("plan.check")}
					</button>
				</form>
			)}
			{step.kind === "problems" && (
				<PlanProblemTable
					title={t(step.by === "browser" ? "plan.problems" : "plan.serverProblems", {
						name: step.name,
						count: step.problems.length,
					})}
					problems={step.problems}
				/>
			)}
			{step.kind === "review" && (
				<PlanChangesSummary
					name={step.file.name}
					saved={workspace.saved}
					changes={planChanges(workspace.saved, step.plan)}
					incoming={step.plan}
				>
					<div className="actions">
						<button
							type="button"
							className="button-primary"
							disabled={replace.isPending}
							onClick={() => confirm(step)}
						>
							{t("plan.confirm")}
						</button>
						<button
							type="button"
							disabled={replace.isPending}
							onClick={() => setStep({ kind: "choose" })}
						>
							{t("plan.cancel")}
						</button>
					</div>
				</PlanChangesSummary>
			)}
			{progress && step.kind === "review" && (
				<UploadMeter name={step.file.name} progress={progress} />
			)}
			{step.kind === "done" && (
				<p className="alert alert-ok" role="status">
					{t("plan.replaced", { name: step.name, version: step.version })}
				</p>
			)}
			{replace.error && step.kind !== "problems" && <ProblemAlert error={replace.error} />}
		</section>
	);
}
