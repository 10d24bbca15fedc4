import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";

/** A refused request as a person reads it: the server's message, and each field's problem. */
export function ProblemAlert({ error }: { error: unknown }) {
	const { t } = useTranslation();
	if (!error) return null;
	const problem = error instanceof ApiError ? error.problem : undefined;
	const message =
		problem?.code === "network_error"
			? t("error.network")
			: (problem?.detail ?? (error instanceof Error ? error.message : String(error)));
	return (
		<div className="alert alert-error" role="alert">
			<p>
				<strong>{problem?.title ?? t("error.title")}</strong>
				{message && `: ${message}`}
			</p>
			{problem?.errors && problem.errors.length > 0 && (
				<ul>
					{problem.errors.map((entry) => (
						<li key={`${entry.path}:${entry.message}`}>
							{entry.path && <code>{entry.path}</code>} {entry.message}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
