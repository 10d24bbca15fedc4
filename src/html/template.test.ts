import { describe, expect, it } from "vitest";
import { html, join, raw } from "./template.ts";

describe("html", () => {
	it("escapes each of & < > \" and ' in text", () => {
		expect(html`${"&"}|${"<"}|${">"}|${'"'}|${"'"}`.toString()).toBe(
			"&amp;|&lt;|&gt;|&quot;|&#39;",
		);
		expect(html`<p>${"Emajõe – 5 € plain text"}</p>`.toString()).toBe(
			"<p>Emajõe – 5 € plain text</p>",
		);
	});

	it("escapes values in attributes, so a quote cannot end the attribute", () => {
		const payload = `<script>alert("x")</script>' onmouseover='x`;
		expect(html`<p title="${payload}">${payload}</p>`.toString()).toBe(
			'<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x</p>',
		);
		expect(html`<a href="#${`x" onclick="y`}">`.toString()).toBe(
			'<a href="#x&quot; onclick=&quot;y">',
		);
	});

	it("keeps nested templates as they are and escapes the text inside them once", () => {
		const inner = html`<b>${"a&b"}</b>`;
		const outer = html`<p>${inner} ${"<i>"}</p>`;
		expect(html`<div>${outer}</div>`.toString()).toBe("<div><p><b>a&amp;b</b> &lt;i&gt;</p></div>");
	});

	it("joins arrays, escaping their strings and keeping their templates", () => {
		const items = ["a&b", "c"].map((item) => html`<li>${item}</li>`);
		expect(html`<ul>${items}</ul>`.toString()).toBe("<ul><li>a&amp;b</li><li>c</li></ul>");
		expect(html`${["<", html`<br>`, [">", 1]]}`.toString()).toBe("&lt;<br>&gt;1");
		expect(html`<ul>${[]}</ul>`.toString()).toBe("<ul></ul>");
	});

	it("renders null, undefined and false as nothing, and numbers and true as text", () => {
		expect(html`[${null}${undefined}${false}]`.toString()).toBe("[]");
		expect(html`${0} ${-1.5} ${true}`.toString()).toBe("0 -1.5 true");
	});

	it("keeps the template's own text as written", () => {
		expect(html`<p class="a">Tom & Jerry's</p>`.toString()).toBe(`<p class="a">Tom & Jerry's</p>`);
		expect(html``.toString()).toBe("");
	});
});

describe("join", () => {
	it("puts the separator between the parts, escaping it and the texts", () => {
		expect(join([html`<a>x</a>`, "y&z", null], " & ").toString()).toBe(
			"<a>x</a> &amp; y&amp;z &amp; ",
		);
		expect(join([html`<li>1</li>`, html`<li>2</li>`], "\n").toString()).toBe(
			"<li>1</li>\n<li>2</li>",
		);
		expect(join([], ", ").toString()).toBe("");
	});
});

describe("raw", () => {
	it("marks constant markup as safe, so it is not escaped", () => {
		expect(html`<div>${raw("<hr>")}</div>`.toString()).toBe("<div><hr></div>");
		expect(raw("<br>").toString()).toBe("<br>");
	});
});
