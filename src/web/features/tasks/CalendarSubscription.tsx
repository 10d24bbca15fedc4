import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
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
	const input = useRef<HTMLInputElement>(null);
	const confirmButton = useRef<HTMLButtonElement>(null);
	const [message, setMessage] = useState("");
	const [confirming, setConfirming] = useState(false);
	const reset = useResetCalendar();
	useEffect(() => {
		if (confirming) confirmButton.current?.focus();
	}, [confirming]);
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(url);
			setMessage(t("calendar.copied"));
		} catch {
			input.current?.select();
			setMessage(t("calendar.copyYourself"));
		}
	};
	return (
		<>
			<Field label={t("calendar.address")} hint={t("calendar.secret")}>
				{(control) => (
					<input
						{...control}
						ref={input}
						className="task-calendar-url"
						readOnly
						value={url}
						onFocus={(event) => event.target.select()}
					/>
				)}
			</Field>
			<div className="actions">
				<button type="button" onClick={() => void copy()}>
					{t("calendar.copy")}
				</button>
				{!confirming && (
					<button type="button" onClick={() => setConfirming(true)}>
						{t("calendar.reset")}
					</button>
				)}
			</div>
			<p role="status">{message}</p>
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
							onClick={() =>
								reset.mutate(undefined, {
									onSuccess: () => {
										setConfirming(false);
										setMessage(t("calendar.resetDone"));
									},
								})
							}
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
