import type { session as reference } from "../en/session.ts";
import type { Messages } from "../messages.ts";

export const session = {
	title: "Logi Kairosesse sisse",
	intro:
		"Planeeri mikrokvalifikatsioonide kursused kahe vastuvõtu sisse, iga kursus oma turundusplaaniga.",
	email: "E-post",
	password: "Parool",
	submit: "Logi sisse",
	changeTitle: "Määra oma parool",
	changeRequired: "Logisid sisse ühekordse parooliga. Jätkamiseks vali oma parool.",
	currentPassword: "Praegune parool",
	newPassword: "Uus parool",
	newPasswordHint: "Vähemalt 12 märki.",
	repeatPassword: "Korda uut parooli",
	mismatch: "Kaks uut parooli erinevad.",
	changeSubmit: "Määra parool",
	changed: "Sinu parool on määratud.",
	invitationTitle: "Tere tulemast Kairosesse",
	invitationGreeting:
		"{{name}}, sind on kutsutud planeerima õppeasutusse {{institution}} rollis {{role}}. Alustamiseks vali oma parool.",
	invitationSubmit: "Määra parool ja logi sisse",
} as const satisfies Messages<typeof reference>;
