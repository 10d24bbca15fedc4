import { describe, expect, it } from "vitest";
import { learnerMailContent } from "./learner-mail.ts";
import { type ConfirmationMailDetails, confirmationMail } from "./sign-up-mail.ts";

const details = {
	language: "en",
	name: "Mari",
	offeringTitle: "Welding",
	institutionName: "Test College",
	confirmUrl: "https://kursused.test.ee/en/confirm/abc",
	unsubscribeUrl: "https://kursused.test.ee/en/unsubscribe/def",
};

const dataUrl = "https://kursused.test.ee/en/my-data/ghi";

/** The confirmation mail as it is sent: with the footer that links to the person's data. */
const mailOf = (given: ConfirmationMailDetails) =>
	learnerMailContent(confirmationMail(given), dataUrl);

describe("confirmationMail", () => {
	it("greets by the given name on one line, and only by a name", () => {
		const greeting = (name: string) => mailOf({ ...details, name }).text.split("\n")[0];
		expect(greeting("  Mari-Liis   O’Brien\n")).toBe("Hello Mari-Liis O’Brien,");
		expect(greeting("Jüri Õunapuu")).toBe("Hello Jüri Õunapuu,");
		// Anything else would let a stranger mail a message through the form: no name, then.
		for (const text of [
			"Visit http://evil.example/pay now",
			"Jean <b>Dupont</b>",
			"x".repeat(61),
			"Call +372 5555 0000",
		]) {
			expect(greeting(text), text).toBe("Hello,");
			expect(mailOf({ ...details, name: text }).html, text).toContain("<p>Hello,</p>");
		}
		expect(mailOf({ ...details, language: "et", name: "<script>" }).text).toMatch(/^Tere!\n/);
	});

	it("writes the links as buttons in the HTML and as addresses in the text", () => {
		const mail = mailOf({ ...details, language: "et" });
		expect(mail.html).toBe(`<!doctype html>
<html lang="et">
<body>
<p>Tere, Mari!</p>
<p>Aitäh huvi eest kursuse „Welding“ vastu. Palun kinnita oma e-posti aadress, avades selle lingi:<br><a href="https://kursused.test.ee/en/confirm/abc">Kinnitan oma e-posti aadressi</a></p>
<p>Kui see polnud sina, jäta kiri tähelepanuta: ilma kinnituseta me sulle rohkem ei kirjuta.</p>
<p>Kasutame sinu andmeid ainult selleks, et sulle sellest kursusest teada anda.</p>
<p>Test College</p>
<p>Kirjadest loobumiseks:<br><a href="https://kursused.test.ee/en/unsubscribe/def">loobu kirjadest</a></p>
<p>Vaata, laadi alla või kustuta andmed, mida me sinu kohta hoiame:<br><a href="https://kursused.test.ee/en/my-data/ghi">Minu andmed</a></p>
</body>
</html>
`);
		expect(mail.text).toContain("\nhttps://kursused.test.ee/en/confirm/abc\n");
		expect(
			mail.text.endsWith(
				"Vaata, laadi alla või kustuta andmed, mida me sinu kohta hoiame:\nhttps://kursused.test.ee/en/my-data/ghi\n",
			),
		).toBe(true);
	});
});
