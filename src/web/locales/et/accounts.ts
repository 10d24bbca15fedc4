import type { accounts as reference } from "../en/accounts.ts";
import type { Messages } from "../messages.ts";

export const accounts = {
	title: "Kasutajad",
	intro:
		"Kutsu Kairosesse inimesed, kes planeerivad koos sinuga. Igaüks saab e-postiga lingi, millega oma parool määrata; seo iga kasutaja plaani inimesega, et tema ülesanded oleksid tema omad.",
	invite: {
		title: "Kutsu keegi: {{institution}}",
		person: "Plaani inimene",
		personHint: "Tema ülesanded ja kalender on selle inimese verstapostid.",
		noPerson: "Mitte keegi",
		submit: "Saada kutse",
		sent: "Kutse on teel aadressile {{email}}. Link töötab ühe korra, 7 päeva jooksul.",
		link: "Kutse link",
	},
	email: "E-post",
	name: "Nimi",
	role: "Roll",
	person: "Inimene",
	stateTitle: "Olek",
	access: "Ligipääs",
	state: {
		active: "Aktiivne",
		disabled: "Keelatud {{date}}",
		invited: "Kutsutud, veel vastu võtmata (link kehtib kuni {{date}})",
	},
	roleOf: "Kasutaja {{name}} roll",
	personOf: "Kasutaja {{name}} inimene",
	changeRole: "Muuda rolli",
	disable: "Keela",
	enable: "Luba",
	reinvite: "Kutsu uuesti",
	resetPassword: "Lähtesta parool",
	oneTimePassword: "Ühekordne parool",
	copy: "Kopeeri",
	copyYourself: "See on valitud: kopeeri see klahvidega Ctrl+C (Macis ⌘C).",
	copied: "Kopeeritud",
	listTitle: "Õppeasutuse {{institution}} kasutajad",
	onlyAdministrators:
		"Kasutajaid haldab ainult administraator. Palu temal kolleeg kutsuda või roll muuta.",
} as const satisfies Messages<typeof reference>;
