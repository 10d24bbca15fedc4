import type { Risk } from "./risk.ts";

/**
 * The shapes of the three risks, drawn once per page: a cross in a circle, an exclamation mark
 * in a triangle, a tick in a circle. Each shape differs, so colour is never the only signal.
 */
export function RiskSymbols() {
	return (
		<svg className="tm-symbols" width="0" height="0" aria-hidden="true" focusable="false">
			<defs>
				<symbol id="tm-mark-error" viewBox="0 0 12 12">
					<circle cx="6" cy="6" r="6" className="tm-fill-error" />
					<path
						d="M3.8 3.8l4.4 4.4M8.2 3.8l-4.4 4.4"
						stroke="#fff"
						strokeWidth="1.7"
						strokeLinecap="round"
					/>
				</symbol>
				<symbol id="tm-mark-warning" viewBox="0 0 12 12">
					<path d="M6 .6l5.6 10.6H.4z" className="tm-fill-warning" />
					<path d="M6 4.2v3.4" stroke="#fff" strokeWidth="1.5" strokeLinecap="round" />
					<circle cx="6" cy="9.3" r=".85" fill="#fff" />
				</symbol>
				<symbol id="tm-mark-none" viewBox="0 0 12 12">
					<circle cx="6" cy="6" r="6" className="tm-fill-none" />
					<path
						d="M3.4 6.2l1.8 1.8 3.5-3.8"
						fill="none"
						stroke="#fff"
						strokeWidth="1.6"
						strokeLinecap="round"
						strokeLinejoin="round"
					/>
				</symbol>
			</defs>
		</svg>
	);
}

/** A risk's mark with its word for screen readers (`label`); sighted readers see the shape. */
export function RiskMark({ risk, label }: { risk: Risk; label: string }) {
	return (
		<>
			<svg className="tm-mark" width="14" height="14" aria-hidden="true" focusable="false">
				<use href={`#tm-mark-${risk}`} />
			</svg>
			<span className="visually-hidden">{label}</span>
		</>
	);
}
