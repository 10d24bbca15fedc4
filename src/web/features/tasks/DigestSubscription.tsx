import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../components/Loading.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { digestQuery, useSetDigest } from "./api.ts";

/** Whether the person gets the digests of their tasks by mail, with a button to stop or restart them. */
export function DigestSubscription() {
	const { t } = useTranslation("tasks");
	const headingId = useId();
	const digest = useQuery(digestQuery);
	const change = useSetDigest();
	return (
		<section className="task-digest" aria-labelledby={headingId}>
			<h2 id={headingId}>{t("digest.title")}</h2>
			<p>{t("digest.intro")}</p>
			<ProblemAlert error={digest.error ?? change.error} />
			{digest.data === undefined ? (
				!digest.error && <Loading />
			) : (
				<>
					<p role="status">{digest.data.optedOut ? t("digest.stopped") : t("digest.receiving")}</p>
					<button
						type="button"
						disabled={change.isPending}
						onClick={() => change.mutate(!digest.data.optedOut)}
					>
						{digest.data.optedOut ? t("digest.start") : t("digest.stop")}
					</button>
				</>
			)}
		</section>
	);
}
