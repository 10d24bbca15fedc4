import { html, raw, type SafeHtml } from "../html/template.ts";

/**
 * A whole self-contained page around `body`, the frame every page of `src/report` shares: in
 * `language`, its stylesheet inline, no scripts and nothing loaded from elsewhere.
 */
export function htmlPage(page: {
	language: string;
	title: string;
	styles: string;
	body: SafeHtml;
}): string {
	return html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Kairos">
<title>${page.title}</title>
<style>${raw(page.styles)}</style>
</head>
<body>
${page.body}
</body>
</html>
`.toString();
}
