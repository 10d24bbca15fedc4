import { describe, expect, it } from "vitest";
import { html, raw } from "./html.ts";

describe("html", () => {
	it("escapes every interpolated text", () => {
		const payload = `<script>alert("x")</script>' onmouseover='x`;
		expect(html`<p title="${payload}">${payload}</p>`.toString()).toBe(
			'<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x</p>',
		);
	});

	it("keeps nested templates, joins lists and drops empty values", () => {
		const items = ["a&b", "c"].map((item) => html`<li>${item}</li>`);
		expect(html`<ul>${items}</ul>${null}${undefined}${false}${raw("<hr>")}${0}`.toString()).toBe(
			"<ul><li>a&amp;b</li><li>c</li></ul><hr>0",
		);
	});
});
