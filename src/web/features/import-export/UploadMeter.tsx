import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatPercent } from "../../lib/format.ts";
import type { UploadProgress } from "../../lib/upload.ts";

/**
 * How far an upload is: a labelled `<progress>` while the bytes go, then "Checking…" while the
 * server reads them. The phase is announced; each step of the bar is not.
 */
export function UploadMeter({ name, progress }: { name: string; progress: UploadProgress }) {
	const { t, i18n } = useTranslation("importExport");
	const id = useId();
	const sending = progress.phase === "sending";
	const share = sending && progress.total ? progress.loaded / progress.total : undefined;
	return (
		<div className="upload-meter">
			<label htmlFor={id} aria-live="polite">
				{sending ? t("progress.sending", { name }) : t("progress.checking", { name })}
			</label>
			{/* Without a value the bar shows that something is going on, not how far. */}
			<progress id={id} max={1} {...(share !== undefined && { value: share })}>
				{share !== undefined && formatPercent(share, i18n.language)}
			</progress>
			{share !== undefined && <span>{formatPercent(share, i18n.language)}</span>}
		</div>
	);
}
