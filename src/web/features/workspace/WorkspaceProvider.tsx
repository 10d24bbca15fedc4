import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import {
	createContext,
	type ReactNode,
	useCallback,
	useContext,
	useEffect,
	useMemo,
	useState,
} from "react";
import { useTranslation } from "react-i18next";
import type { PublicHoliday } from "../../../engine/holidays.ts";
import { plan } from "../../../engine/plan.ts";
import { withRecordedRegistrations } from "../../../engine/recorded-registrations.ts";
import type { InstitutionSummary } from "../../../model/api/institutions.ts";
import {
	type Offering,
	offering as offeringSchema,
	type RegistrationCount,
} from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { PlanReport } from "../../../model/report.ts";
import { Loading } from "../../components/Loading.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { measured } from "../../lib/measure.ts";
import { useRecordedRegistrations } from "../registrations/api.ts";
import { useMe } from "../session/api.ts";
import { holidaysQuery, institutionsQuery, offeringQuery, planQuery } from "./api.ts";
import { applyDrafts, type Drafts, type OfferingDraft, sameValue } from "./drafts.ts";
import { type SaveOutcome, saveDraft } from "./save-drafts.ts";
import { storeDrafts, storedDrafts } from "./stored-drafts.ts";

/** An offering whose save lost to someone else's: the three versions to choose from. */
export interface Conflict {
	id: string;
	draft: OfferingDraft;
	theirs: Offering | null;
	etag: string | null;
}

export type Resolution =
	| { keep: "mine" }
	| { keep: "theirs" }
	| { keep: "merged"; offering: Offering };

export interface Workspace {
	institution: InstitutionSummary;
	/** The institution's own date, as the server judges overdue milestones. */
	today: string;
	/** The public holidays the engine plans with (those of every year the plan needs). */
	holidays: readonly PublicHoliday[];
	saved: PlanFile;
	/** The saved plan with the valid drafts applied. */
	preview: PlanFile;
	/** The engine's report of the preview, computed in the browser as the person types. */
	report: PlanReport;
	/** The engine's report of the saved plan, to compare with. */
	savedReport: PlanReport;
	drafts: Drafts;
	/** Drafts the offering schema refuses: left out of the preview, and not saved. */
	invalid: ReadonlySet<string>;
	/** Changes an offering in the draft, starting from its saved version and ETag. */
	edit(id: string, change: (offering: Offering) => Offering): Promise<void>;
	create(offering: Offering): void;
	remove(id: string): Promise<void>;
	discard(id?: string): void;
	save(): Promise<void>;
	saving: boolean;
	saveError: unknown;
	/** The refusal of each offering the last save could not keep (a 422 names its fields). */
	saveErrors: ReadonlyMap<string, unknown>;
	conflicts: readonly Conflict[];
	resolve(id: string, resolution: Resolution): Promise<void>;
}

const WorkspaceContext = createContext<Workspace | null>(null);

/** The institution's plan, its drafts and the live report: every staff view reads this. */
export function useWorkspace(): Workspace {
	const workspace = useContext(WorkspaceContext);
	if (!workspace) throw new Error("useWorkspace is used outside WorkspaceProvider");
	return workspace;
}

const chosenInstitutionKey = "kairos.institution";

/** Loads the institution the person works in (an administrator picks one), then its plan. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
	const { t } = useTranslation();
	const institutions = useQuery(institutionsQuery);
	if (institutions.error) return <ProblemAlert error={institutions.error} />;
	if (!institutions.data) return <Loading />;
	const chosen = globalThis.localStorage?.getItem(chosenInstitutionKey);
	const institution =
		institutions.data.find((candidate) => candidate.id === chosen) ?? institutions.data[0];
	if (!institution) return <p>{t("noInstitution")}</p>;
	return (
		<PlanLoader key={institution.id} institution={institution}>
			{children}
		</PlanLoader>
	);
}

/** Remembers which institution an administrator works in. */
export function chooseInstitution(id: string): void {
	globalThis.localStorage?.setItem(chosenInstitutionKey, id);
}

function PlanLoader({
	institution,
	children,
}: {
	institution: InstitutionSummary;
	children: ReactNode;
}) {
	const { i18n } = useTranslation();
	const saved = useQuery(planQuery(institution.id));
	// While another language's names load, the workspace keeps the ones it has (and its drafts).
	const holidays = useQuery({
		...holidaysQuery(institution.id, i18n.language),
		placeholderData: keepPreviousData,
	});
	const recorded = useRecordedRegistrations(institution.id);
	// The drafts the tab kept are the account's: they are read once the account is known.
	const me = useMe();
	const error = saved.error ?? holidays.error;
	if (error) return <ProblemAlert error={error} />;
	if (!saved.data || !holidays.data || !recorded || me.isPending) return <Loading />;
	return (
		<WorkspaceState
			institution={institution}
			account={me.data?.id}
			saved={saved.data.plan}
			holidays={holidays.data.items}
			language={holidays.data.language}
			recorded={recorded}
		>
			{children}
		</WorkspaceState>
	);
}

const noRecorded: ReadonlyMap<string, RegistrationCount[]> = new Map();

/**
 * The drafts and the live report over a loaded plan. Component tests render views inside it
 * with a plan of their own. The report's titles are in `language` (default: the interface's),
 * the language the holidays are named in, so that a switch of language runs the engine once,
 * when the holidays' names in it have come.
 */
export function WorkspaceState({
	institution,
	account,
	saved,
	holidays,
	language: wanted,
	recorded = noRecorded,
	children,
}: {
	institution: InstitutionSummary;
	/** The signed-in account, whose drafts the tab keeps across a reload (`stored-drafts.ts`). */
	account?: string | undefined;
	saved: PlanFile;
	holidays: readonly PublicHoliday[];
	language?: string;
	/** The registrations recorded in Kairos, which the engine counts beside the plan's. */
	recorded?: ReadonlyMap<string, RegistrationCount[]>;
	children: ReactNode;
}) {
	const { i18n } = useTranslation();
	const queryClient = useQueryClient();
	const [drafts, setDrafts] = useState<Drafts>(() =>
		account === undefined ? new Map() : storedDrafts(account, institution.id),
	);
	useEffect(() => {
		if (account !== undefined) storeDrafts(account, institution.id, drafts);
	}, [account, institution.id, drafts]);
	const [conflicts, setConflicts] = useState<Conflict[]>([]);
	const [saving, setSaving] = useState(false);
	const [saveError, setSaveError] = useState<unknown>(null);
	const [saveErrors, setSaveErrors] = useState<ReadonlyMap<string, unknown>>(new Map());
	const today = institution.today;
	// The school's texts fall back to its own languages (`pickText`); the built-in template's
	// labels, which Kairos has in every language of the app, follow the reader's.
	const language = wanted ?? i18n.language;

	const invalid = useMemo(() => {
		const refused = new Set<string>();
		for (const [id, draft] of drafts)
			if (draft.edited && !offeringSchema.safeParse(draft.edited).success) refused.add(id);
		return refused;
	}, [drafts]);
	const preview = useMemo(() => {
		const valid = new Map([...drafts].filter(([id]) => !invalid.has(id)));
		return applyDrafts(saved, valid);
	}, [saved, drafts, invalid]);
	const options = useMemo(() => ({ today, holidays, language }), [today, holidays, language]);
	// Each run of the engine is measured as "kairos:report", which `npm run bench:web` reads.
	const savedReport = useMemo(
		() =>
			measured("kairos:report", () => plan(withRecordedRegistrations(saved, recorded), options)),
		[saved, recorded, options],
	);
	const report = useMemo(
		() =>
			preview === saved
				? savedReport
				: measured("kairos:report", () =>
						plan(withRecordedRegistrations(preview, recorded), options),
					),
		[preview, saved, savedReport, recorded, options],
	);

	const put = useCallback((id: string, draft: OfferingDraft | undefined) => {
		setDrafts((current) => {
			const next = new Map(current);
			if (draft) next.set(id, draft);
			else next.delete(id);
			return next;
		});
	}, []);

	const startDraft = useCallback(
		async (id: string): Promise<OfferingDraft> => {
			const existing = drafts.get(id);
			if (existing) return existing;
			const query = offeringQuery(institution.id, id);
			const { offering, etag } =
				queryClient.getQueryData(query.queryKey) ?? (await queryClient.fetchQuery(query));
			return { base: offering, etag, edited: offering };
		},
		[drafts, institution.id, queryClient],
	);

	const edit = useCallback(
		async (id: string, change: (offering: Offering) => Offering) => {
			const draft = await startDraft(id);
			setDrafts((current) => {
				const latest = current.get(id) ?? draft;
				const edited = latest.edited ? change(latest.edited) : null;
				const next = new Map(current);
				// Typed back to what is saved: nothing is left to save.
				if (latest.base !== null && sameValue(latest.base, edited)) next.delete(id);
				else next.set(id, { ...latest, edited });
				return next;
			});
		},
		[startDraft],
	);

	const remove = useCallback(
		async (id: string) => {
			const draft = await startDraft(id);
			if (draft.base === null) put(id, undefined);
			else put(id, { ...draft, edited: null });
		},
		[startDraft, put],
	);

	const finish = useCallback(
		async (outcomes: [string, OfferingDraft, SaveOutcome][]) => {
			const lost: Conflict[] = [];
			const refusals = new Map<string, unknown>();
			for (const [id, draft, outcome] of outcomes) {
				if (outcome.kind === "saved") {
					put(id, undefined);
					queryClient.removeQueries({ queryKey: offeringQuery(institution.id, id).queryKey });
				} else if (outcome.kind === "conflict") {
					lost.push({ id, draft, theirs: outcome.theirs, etag: outcome.etag });
				} else refusals.set(id, outcome.error);
			}
			setConflicts(lost);
			setSaveError(refusals.values().next().value ?? null);
			setSaveErrors(refusals);
			await queryClient.invalidateQueries({ queryKey: planQuery(institution.id).queryKey });
		},
		[institution.id, put, queryClient],
	);

	const saveSome = useCallback(
		async (toSave: [string, OfferingDraft][]) => {
			setSaving(true);
			try {
				const outcomes: [string, OfferingDraft, SaveOutcome][] = [];
				for (const [id, draft] of toSave)
					outcomes.push([id, draft, await saveDraft(institution.id, id, draft)]);
				await finish(outcomes);
			} finally {
				setSaving(false);
			}
		},
		[finish, institution.id],
	);

	const save = useCallback(
		() => saveSome([...drafts].filter(([id]) => !invalid.has(id))),
		[drafts, invalid, saveSome],
	);

	const resolve = useCallback(
		async (id: string, resolution: Resolution) => {
			const conflict = conflicts.find((candidate) => candidate.id === id);
			if (!conflict) return;
			setConflicts((current) => current.filter((candidate) => candidate.id !== id));
			if (resolution.keep === "theirs") {
				put(id, undefined);
				queryClient.removeQueries({ queryKey: offeringQuery(institution.id, id).queryKey });
				return;
			}
			const edited = resolution.keep === "mine" ? conflict.draft.edited : resolution.offering;
			const draft: OfferingDraft = { base: conflict.theirs, etag: conflict.etag, edited };
			put(id, draft);
			await saveSome([[id, draft]]);
		},
		[conflicts, institution.id, put, queryClient, saveSome],
	);

	const workspace: Workspace = {
		institution,
		today,
		holidays,
		saved,
		preview,
		report,
		savedReport,
		drafts,
		invalid,
		edit,
		create: (offering) => put(offering.id, { base: null, etag: null, edited: offering }),
		remove,
		discard: (id) => {
			if (id === undefined) setDrafts(new Map());
			else put(id, undefined);
			setSaveError(null);
			setSaveErrors(new Map());
		},
		save,
		saving,
		saveError,
		saveErrors,
		conflicts,
		resolve,
	};
	return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}
