import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { LearnerDataView } from "../../../model/api/learner-data.ts";
import { pickText } from "../../../model/localized-text.ts";
import { formatDate } from "../../lib/format.ts";
import { saveFile } from "../../lib/save-file.ts";

/** The counts of what is kept, as one sentence's parts: "2 registrations", "1 e-mail". */
export function useKeptCounts() {
	const { t } = useTranslation("learnerData");
	return (registrations: number, mails: number) => ({
		registrations: t("registrationCount", { count: registrations }),
		mails: t("mailCount", { count: mails }),
	});
}

/**
 * What is kept about one address: its registrations with their consent and how long each is
 * kept, the download of it all, and the button that asks to erase it.
 */
export function LearnerDataResult({
	data,
	languages,
	onErase,
}: {
	data: LearnerDataView;
	/** The institution's languages, for the courses' titles. */
	languages: readonly string[];
	onErase: () => void;
}) {
	const { t, i18n } = useTranslation("learnerData");
	const counts = useKeptCounts();
	const headingId = useId();
	const date = (iso: string) => formatDate(iso.slice(0, 10), i18n.language);
	const kept = data.registrations.length + data.mails.length > 0;
	return (
		<section className="learner-result" aria-labelledby={headingId}>
			<h2 id={headingId}>{t("resultTitle", { email: data.email })}</h2>
			{!kept ? (
				<p>{t("nothing", { email: data.email })}</p>
			) : (
				<>
					<p>
						{t("summary", {
							...counts(data.registrations.length, data.mails.length),
							months: data.retention.registrationsMonths,
							days: data.retention.unconfirmedDays,
						})}
					</p>
					{data.registrations.length > 0 && (
						<table>
							<thead>
								<tr>
									<th scope="col">{t("course")}</th>
									<th scope="col">{t("state")}</th>
									<th scope="col">{t("registered")}</th>
									<th scope="col">{t("consent")}</th>
									<th scope="col">{t("keptUntil")}</th>
								</tr>
							</thead>
							<tbody>
								{data.registrations.map((registration) => (
									<tr key={registration.id}>
										<th scope="row">
											{registration.offering
												? pickText(registration.offering.title, i18n.language, languages).text
												: t("courseGone", { id: registration.offeringId })}
										</th>
										<td>
											{t(`states.${registration.state}`, { defaultValue: registration.state })}
										</td>
										<td>{date(registration.createdAt)}</td>
										<td>
											<span className="consent-version">
												{t("consentVersion", { version: registration.consent.version })}
											</span>{" "}
											<q lang={registration.language}>{registration.consent.text}</q>
										</td>
										<td>{date(registration.keptUntil)}</td>
									</tr>
								))}
							</tbody>
						</table>
					)}
					<div className="inline-controls">
						<button
							type="button"
							onClick={() =>
								saveFile(
									new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" }),
									`${data.institution.id}-learner-data.json`,
								)
							}
						>
							{t("download")}
						</button>
						<button type="button" className="button-danger" onClick={onErase}>
							{t("erase")}
						</button>
					</div>
				</>
			)}
		</section>
	);
}
