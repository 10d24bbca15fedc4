import { describe, expect, it } from "vitest";
import { confirmationMail } from "./sign-up-mail.ts";

const details = {
	language: "en",
	name: "Mari",
	offeringTitle: "Welding",
	institutionName: "Test College",
	confirmUrl: "https://kursused.test.ee/en/confirm/abc",
	unsubscribeUrl: "https://kursused.test.ee/en/unsubscribe/def",
};

describe("confirmationMail", () => {
	it("greets by the given name, escaped in the HTML and cut to 60 characters on one line", () => {
		const mail = confirmationMail({
			...details,
			name: `Jean <b>Dupont</b>\n${"x".repeat(80)}`,
		});
		const greeting = `Hello Jean <b>Dupont</b> ${"x".repeat(40)}…,`;
		expect(mail.text.split("\n")[0]).toBe(greeting);
		expect(mail.html).toContain(`<p>Hello Jean &lt;b&gt;Dupont&lt;/b&gt; ${"x".repeat(40)}…,</p>`);
		expect(mail.html).not.toContain("<b>");
	});

	it("writes the links as buttons in the HTML and as addresses in the text", () => {
		const mail = confirmationMail({ ...details, language: "et" });
		expect(mail.html).toBe(`<!doctype html>
<html lang="et">
<body>
<p>Tere, Mari!</p>
<p>Aitäh huvi eest kursuse „Welding“ vastu. Palun kinnita oma e-posti aadress, avades selle lingi:<br><a href="https://kursused.test.ee/en/confirm/abc">Kinnitan oma e-posti aadressi</a></p>
<p>Kui see polnud sina, jäta kiri tähelepanuta: ilma kinnituseta me sulle rohkem ei kirjuta.</p>
<p>Kasutame sinu andmeid ainult selleks, et sulle sellest kursusest teada anda.</p>
<p>Test College</p>
<p>Kirjadest loobumiseks:<br><a href="https://kursused.test.ee/en/unsubscribe/def">loobu kirjadest</a></p>
</body>
</html>
`);
		expect(mail.text).toContain("\nhttps://kursused.test.ee/en/confirm/abc\n");
	});
});
