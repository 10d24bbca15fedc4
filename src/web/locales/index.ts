import type { en } from "./en/index.ts";
import type { Messages } from "./messages.ts";

/** The app's languages; English is the reference, and each other language is typed against it. */
export const appLanguages = ["en", "et"] as const;
export type AppLanguage = (typeof appLanguages)[number];

/** English's texts, by namespace (one per view): what `t` is typed with. */
export type ReferenceTexts = typeof en;
/** One language's texts, by namespace. */
export type Texts = Messages<ReferenceTexts>;
export type Namespace = keyof ReferenceTexts;

/** Every namespace, so that a language's texts load whole. */
export const namespaces = [
	"about",
	"accounts",
	"analysis",
	"budget",
	"common",
	"decision",
	"findings",
	"importExport",
	"learnerData",
	"jobs",
	"offering",
	"offerings",
	"registrations",
	"session",
	"tasks",
	"timingMap",
	"validation",
	"workload",
] as const satisfies readonly Namespace[];

export function isAppLanguage(language: string): language is AppLanguage {
	return (appLanguages as readonly string[]).includes(language);
}

/** A language's texts, each language its own chunk: a page loads only the one it shows. */
export function loadTexts(language: AppLanguage): Promise<Texts> {
	return language === "et"
		? import("./et/index.ts").then((module) => module.et)
		: import("./en/index.ts").then((module) => module.en);
}
