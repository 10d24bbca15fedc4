import { createHash } from "node:crypto";

/** The text a browser hashes for a `<style>` element: its content, without CDATA markers (SVG). */
function styleText(content: string): string {
	return content.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
}

/**
 * The Content-Security-Policy of a page or image that Kairos renders whole (the yearly report, a
 * plot's SVG): nothing loads from anywhere, no script runs, no form posts, no other site frames
 * it. Only its own `<style>` elements apply, each allowed by its hash, and style attributes,
 * which echarts' SVG writes and which can load nothing under this policy.
 */
export function selfContainedPolicy(markup: string): string {
	const hashes = new Set<string>();
	for (const [, content = ""] of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
		hashes.add(`'sha256-${createHash("sha256").update(styleText(content)).digest("base64")}'`);
	const elements = hashes.size > 0 ? [...hashes].join(" ") : "'none'";
	return `default-src 'none'; style-src-elem ${elements}; style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}
