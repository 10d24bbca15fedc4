import { type ReactNode, useRef, useState } from "react";
import { Field } from "./Field.tsx";

/**
 * A read-only value to pass on (a link, a one-time password) with a button that copies it; where
 * the browser refuses the clipboard, the value is selected for the person to copy.
 */
export function CopyField({
	label,
	hint,
	value,
	texts,
	className,
	children,
}: {
	label: string;
	hint?: string | undefined;
	value: string;
	texts: { copy: string; copied: string; copyYourself: string };
	className?: string;
	/** More buttons beside "copy". */
	children?: ReactNode;
}) {
	const input = useRef<HTMLInputElement>(null);
	const [message, setMessage] = useState("");
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(value);
			setMessage(texts.copied);
		} catch {
			input.current?.select();
			setMessage(texts.copyYourself);
		}
	};
	return (
		<>
			<Field label={label} hint={hint}>
				{(control) => (
					<input
						{...control}
						ref={input}
						className={className}
						readOnly
						value={value}
						onFocus={(event) => event.target.select()}
					/>
				)}
			</Field>
			<div className="actions">
				<button type="button" onClick={() => void copy()}>
					{texts.copy}
				</button>
				{children}
			</div>
			<p role="status">{message}</p>
		</>
	);
}
