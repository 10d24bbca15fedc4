import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { allows } from "../../../model/api/permissions.ts";
import { pickText } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { CourseFieldset, DatesFieldset } from "./CourseFieldsets.tsx";
import { EditorActions } from "./EditorActions.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { EuFieldset } from "./EuFieldset.tsx";
import { editedOffering } from "./edited-offering.ts";
import { type EditorForm, EditorFormProvider } from "./editor-form.tsx";
import { mergeErrors, problemsElsewhere, refusalErrors, schemaErrors } from "./field-errors.ts";
import { type FieldPath, type FormValue, keyOf, setIn } from "./form-value.ts";
import { LiveFigures } from "./LiveFigures.tsx";
import { ModulesFieldset, PathwaysFieldset } from "./ModulesFieldsets.tsx";
import { MoneyFieldset } from "./MoneyFieldset.tsx";
import { PeopleFieldset } from "./PeopleFieldset.tsx";
import { PublicationFieldset, RegistrationsFieldset } from "./PublicationFieldsets.tsx";
import { useSavedNote } from "./saved-note.ts";
import { shownErrors } from "./touched.ts";

function withKey(keys: ReadonlySet<string>, touched: string): Set<string> {
	const next = new Set(keys);
	next.add(touched);
	return next;
}

/**
 * Edits one offering in the workspace's draft: every change the person makes goes into the
 * draft at once (pruned of empty inputs), so the live report and its figures follow as they
 * type; the schema's problems show next to the fields they touched, and a refused save's next
 * to the fields it names. `offering` is the draft's version (or the saved one): when it changes
 * from elsewhere (discarded, saved, merged) the form starts again from it.
 */
export function OfferingEditor({
	offering,
	notice,
}: {
	offering: Offering;
	/** Told once under the title (where a duplicate came from). */
	notice?: string | undefined;
}) {
	const { t, i18n } = useTranslation("offerings");
	const workspace = useWorkspace();
	const me = useMe().data;
	const id = offering.id;
	const languages = workspace.saved.institution.languages ?? [];
	const readOnly = !me || !allows(me.role, "offerings:update");

	const [form, setForm] = useState<FormValue>(offering);
	const latest = useRef<FormValue>(offering);
	// The offerings this editor put into the draft, and the version it last followed.
	const ours = useRef(new WeakSet<object>());
	const followed = useRef<Offering>(offering);
	const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
	// A draft the schema refuses, opened again (after a reload, or from another view), shows its
	// errors at once: the person typed them before, so each of its fields was touched.
	const [showAll, setShowAll] = useState(() => workspace.invalid.has(id));
	const [editError, setEditError] = useState<unknown>(null);
	const refusal = workspace.saveErrors.get(id);
	const [fixed, setFixed] = useState<{ refusal: unknown; keys: ReadonlySet<string> }>({
		refusal,
		keys: new Set(),
	});
	const { note: savedNote, hide: hideSavedNote } = useSavedNote(id);

	// A version that is not the person's own typing (discarded, merged, saved and read again)
	// starts the form again; while saving, the saved plan is still being read, so it waits.
	const { saving } = workspace;
	useEffect(() => {
		if (saving || offering === followed.current) return;
		followed.current = offering;
		if (ours.current.has(offering)) return;
		latest.current = offering;
		setForm(offering);
		setTouched(new Set());
		setShowAll(false);
	}, [offering, saving]);

	const { edit } = workspace;
	const update = useCallback(
		(change: (value: FormValue) => FormValue, touchedPath?: FieldPath) => {
			const next = change(latest.current);
			latest.current = next;
			setForm(next);
			hideSavedNote();
			const edited = editedOffering(next) as Offering;
			ours.current.add(edited);
			edit(id, () => edited).catch(setEditError);
			if (touchedPath) {
				const key = keyOf(touchedPath);
				setTouched((current) => withKey(current, key));
				setFixed((current) => ({
					refusal,
					keys: withKey(current.refusal === refusal ? current.keys : new Set(), key),
				}));
			}
		},
		[edit, id, refusal, hideSavedNote],
	);

	const edited = useMemo(() => editedOffering(form), [form]);
	const language = i18n.language;
	const own = useMemo(() => schemaErrors(edited, id, i18n, language), [edited, id, i18n, language]);
	const problem = refusal instanceof ApiError ? refusal.problem : undefined;
	const server = useMemo(() => {
		const fixedKeys = fixed.refusal === refusal ? fixed.keys : new Set<string>();
		return new Map(
			[...refusalErrors(problem, id)].filter(
				([key]) => ![...fixedKeys].some((done) => key === done || key.startsWith(`${done}.`)),
			),
		);
	}, [problem, id, fixed, refusal]);
	const shown = mergeErrors(shownErrors(own, touched, showAll), server);

	const editorForm: EditorForm = {
		value: form,
		set: (path, next) => update((value) => setIn(value, path, next), path),
		update: (change) => update(change),
		touch: (path) => setTouched((current) => withKey(current, keyOf(path))),
		errors: (path) => shown.get(keyOf(path)),
		readOnly,
		languages,
		plan: workspace.saved,
	};
	const title = pickText(offering.title, i18n.language, languages).text;
	const previewed = workspace.preview.offerings.find((entry) => entry.id === id) ?? offering;
	const invalid = own.size > 0;

	return (
		<section className="offering-editor-page">
			<PageTitle>{t("editor.title", { title })}</PageTitle>
			{notice && (
				<p className="note" role="status">
					{notice}
				</p>
			)}
			{readOnly && <p className="note note-warning">{t("editor.readOnly")}</p>}
			<EditorActions
				offering={previewed}
				title={title}
				invalid={invalid}
				onSave={() => {
					setShowAll(true);
					if (!invalid) void workspace.save();
				}}
			/>
			{savedNote && (
				<p className="note" role="status">
					{t("editor.saved")}
				</p>
			)}
			{editError ? <ProblemAlert error={editError} /> : null}
			<ErrorSummary errors={mergeErrors(own, server)} elsewhere={problemsElsewhere(problem, id)} />
			<div className="offering-editor">
				<EditorFormProvider value={editorForm}>
					<form className="offering-form" onSubmit={(event) => event.preventDefault()} noValidate>
						<CourseFieldset />
						<DatesFieldset />
						<EuFieldset />
						<ModulesFieldset />
						<PathwaysFieldset />
						<MoneyFieldset />
						<PeopleFieldset />
						<PublicationFieldset />
						<RegistrationsFieldset />
					</form>
				</EditorFormProvider>
				<LiveFigures id={id} stale={invalid} />
			</div>
		</section>
	);
}
