import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { upcomingIntake } from "../../../engine/next-intake.ts";
import { allows } from "../../../model/api/permissions.ts";
import { textIn } from "../../../model/localized-text.ts";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { schemaErrors } from "./field-errors.ts";
import { pruneEmpty } from "./form-value.ts";
import { languagesOf, textOf, withText } from "./localized.ts";
import { newOffering } from "./new-offering.ts";
import "./offerings.css";

/**
 * /offerings/new: an id, a title and an intake make a new offering with sensible defaults
 * (`newOffering`), created in the workspace's draft and opened in the editor.
 */
export function NewOfferingPage() {
	const { t, i18n } = useTranslation("offerings");
	const workspace = useWorkspace();
	const navigate = useNavigate();
	const me = useMe().data;
	const { saved, today } = workspace;
	const languages = saved.institution.languages ?? [];
	const text = textIn(i18n.language, languages);
	const [id, setId] = useState("");
	const [title, setTitle] = useState<unknown>(undefined);
	const [intake, setIntake] = useState(upcomingIntake(saved.intakes, today)?.id ?? "");
	const [submitted, setSubmitted] = useState(false);

	if (!me || !allows(me.role, "offerings:create"))
		return (
			<section>
				<PageTitle>{t("create.title")}</PageTitle>
				<p>{t("create.notAllowed")}</p>
			</section>
		);

	const offering = newOffering(saved, today, { id, title: "", intake: intake || null });
	const candidate = pruneEmpty({ ...offering, title });
	const errors = new Map(schemaErrors(candidate, id, i18n));
	const taken = saved.offerings.some((entry) => entry.id === id) || workspace.drafts.has(id);
	if (taken) errors.set("id", [t("create.idTaken", { id })]);
	const error = (...keys: string[]) => {
		if (!submitted && !(keys.includes("id") && id !== "")) return undefined;
		const messages = keys.flatMap((key) => errors.get(key) ?? []);
		return messages.length > 0 ? messages.join("; ") : undefined;
	};
	const names = new Intl.DisplayNames([i18n.language], { type: "language" });
	const titleLanguages = languagesOf(title, languages);

	return (
		<section className="new-offering">
			<PageTitle>{t("create.title")}</PageTitle>
			<p>{t("create.intro")}</p>
			<form
				className="offering-form"
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					setSubmitted(true);
					if (errors.size > 0) return;
					workspace.create(candidate as typeof offering);
					void navigate(`/offerings/${encodeURIComponent(id)}/edit`);
				}}
			>
				<fieldset>
					<legend>{t("legend.course")}</legend>
					<Field label={t("field.id")} hint={t("hint.id")} error={error("id")}>
						{(control) => (
							<input
								{...control}
								value={id}
								onChange={(event) => setId(event.target.value.trim())}
							/>
						)}
					</Field>
					{(titleLanguages.length === 0 ? [undefined] : titleLanguages).map((language) => (
						<Field
							key={language ?? "plain"}
							label={
								language === undefined
									? t("field.title")
									: t("field.inLanguage", {
											label: t("field.title"),
											language: names.of(language) ?? language,
										})
							}
							error={
								language === undefined
									? error("title")
									: language === titleLanguages[0]
										? error("title", `title.${language}`)
										: error(`title.${language}`)
							}
						>
							{(control) => (
								<input
									{...control}
									lang={language}
									value={
										language === undefined
											? String(title ?? "")
											: textOf(title, language, languages)
									}
									onChange={(event) =>
										setTitle(
											language === undefined
												? event.target.value
												: withText(title, language, event.target.value, languages),
										)
									}
								/>
							)}
						</Field>
					))}
					<Field label={t("field.intake")}>
						{(control) => (
							<select
								{...control}
								value={intake}
								onChange={(event) => setIntake(event.target.value)}
							>
								<option value="">{t("option.noIntake")}</option>
								{saved.intakes.map((entry) => (
									<option key={entry.id} value={entry.id}>
										{text(entry.label ?? entry.id)}
									</option>
								))}
							</select>
						)}
					</Field>
				</fieldset>
				<div className="actions">
					<button type="submit" className="button-primary">
						{t("create.submit")}
					</button>
					<Link to="/offerings">{t("editor.back")}</Link>
				</div>
			</form>
		</section>
	);
}
