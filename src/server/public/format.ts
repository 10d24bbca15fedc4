import type { TFunction } from "i18next";
import type { Credits } from "../../model/primitives.ts";

/** `2027-09-20` as the page's language writes a date; the same in every time zone. */
export function formatDate(iso: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC",
	}).format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(amount: number, currency: string, language: string): string {
	return new Intl.NumberFormat(locale(language), {
		style: "currency",
		currency,
		maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
	}).format(amount);
}

export function formatCredits(credits: Credits, t: TFunction): string {
	return `${credits.value} ${t(`units.${credits.unit}`)}`;
}

/** `et` as the page's language names it: "Estonian", "eesti". */
export function formatLanguage(code: string, language: string): string {
	return (
		new Intl.DisplayNames([locale(language)], { type: "language" }).of(code) ?? code.toUpperCase()
	);
}

function locale(language: string): string {
	return language === "et" ? "et-EE" : language === "en" ? "en-GB" : language;
}
