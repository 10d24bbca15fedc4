import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../../components/CopyField.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { calendarQuery, useResetCalendar } from "./api.ts";

/**
 * The address of the person's own task calendar (ICS) to subscribe to: shown when asked, since
 * it is a secret, with a copy button and a reset that first says the old address stops working.
 */
export function CalendarSubscription() {
	const { t } = useTranslation("tasks");
	const headingId = useId();
	const [shown, setShown] = useState(false);
	const calendar = useQuery({ ...calendarQuery, enabled: shown });
	return (
		<section className="task-calendar" aria-labelledby={headingId}>
			<h2 id={headingId}>{t("calendar.title")}</h2>
			<p>{t("calendar.intro")}</p>
			{!shown ? (
				<button type="button" onClick={() => setShown(true)}>
					{t("calendar.show")}
				</button>
			) : calendar.error ? (
				<ProblemAlert error={calendar.error} />
			) : calendar.data === undefined ? (
				<p role="status">{t("calendar.loading")}</p>
			) : (
				<CalendarAddress url={calendar.data} />
			)}
		</section>
	);
}

function CalendarAddress({ url }: { url: string }) {
	const { t } = useTranslation("tasks");
	const warningId = useId();
	const confirmButton = useRef<HTMLButtonElement>(null);
	const [confirming, setConfirming] = useState(false);
	const reset = useResetCalendar();
	useEffect(() => {
		if (confirming) confirmButton.current?.focus();
	}, [confirming]);
	return (
		<>
			<CopyField
				label={t("calendar.address")}
				hint={t("calendar.secret")}
				value={url}
				className="task-calendar-url"
				texts={{
					copy: t("calendar.copy"),
					copied: t("calendar.copied"),
					copyYourself: t("calendar.copyYourself"),
				}}
			>
				{!confirming && (
					<button type="button" onClick={() => setConfirming(true)}>
						{t("calendar.reset")}
					</button>
				)}
			</CopyField>
			{reset.isSuccess && !confirming && <p role="status">{t("calendar.resetDone")}</p>}
			{confirming && (
				<div className="task-calendar-confirm">
					<p id={warningId}>{t("calendar.resetWarning")}</p>
					<div className="actions">
						<button
							type="button"
							ref={confirmButton}
							className="button-primary"
							aria-describedby={warningId}
							disabled={reset.isPending}
							onClick={() => reset.mutate(undefined, { onSuccess: () => setConfirming(false) })}
						>
							{t("calendar.resetConfirm")}
						</button>
						<button type="button" onClick={() => setConfirming(false)}>
							{t("calendar.cancel")}
						</button>
					</div>
				</div>
			)}
			<ProblemAlert error={reset.error} />
		</>
	);
}
