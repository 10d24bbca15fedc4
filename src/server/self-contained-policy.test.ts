import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { selfContainedPolicy } from "./self-contained-policy.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("selfContainedPolicy", () => {
	it("allows each of the page's own style elements by its hash, once, and never a script", () => {
		const page = `<!doctype html><style>body{margin:0}</style><p style="color:red">x</p>
<svg><style ><![CDATA[
.a{fill:red}
]]></style></svg><svg><style>body{margin:0}</style></svg>`;
		expect(selfContainedPolicy(page)).toBe(
			`default-src 'none'; style-src-elem ${hash("body{margin:0}")} ${hash("\n.a{fill:red}\n")}; style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
		);
	});

	it("allows no style element to a page without one", () => {
		expect(selfContainedPolicy("<svg><rect/></svg>")).toContain("style-src-elem 'none';");
		expect(selfContainedPolicy("<svg><rect/></svg>")).not.toMatch(/script-src|unsafe-eval/);
	});
});
