import { useCallback, useEffect, useRef, useState } from "react";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";

/**
 * Whether to say "Saved." for the offering `id`: a save that began with a draft of it ended
 * with the draft kept (no refusal, no conflict), by the editor's button or the save bar's.
 */
export function useSavedNote(id: string): { note: boolean; hide: () => void } {
	const workspace = useWorkspace();
	const [note, setNote] = useState(false);
	const draftAtSave = useRef(false);
	const hasDraft = workspace.drafts.has(id);
	const failed =
		workspace.saveErrors.has(id) || workspace.conflicts.some((conflict) => conflict.id === id);
	useEffect(() => {
		if (workspace.saving) {
			draftAtSave.current ||= hasDraft;
			return;
		}
		if (!draftAtSave.current) return;
		draftAtSave.current = false;
		if (!hasDraft && !failed) setNote(true);
	}, [workspace.saving, hasDraft, failed]);
	const hide = useCallback(() => setNote(false), []);
	return { note, hide };
}
