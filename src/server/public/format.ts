import type { TFunction } from "i18next";
import { locale, numberFormat } from "../../i18n/format.ts";
import type { Credits, Money } from "../../model/primitives.ts";

export { formatDate } from "../../i18n/format.ts";

export function formatMoney(amount: number, currency: string, language: string): string {
	return numberFormat(language, {
		style: "currency",
		currency,
		maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
	}).format(amount);
}

/** A course's fee: "Free" when it costs nothing, else its amount. */
export function formatFee(fee: Money, language: string, t: TFunction): string {
	return fee.amount === 0 ? t("offering.free") : formatMoney(fee.amount, fee.currency, language);
}

/** "8–12 participants", or "8 participants" for a group of one size. */
export function formatGroup(
	{ min, max }: { min: number; max: number },
	language: string,
	t: TFunction,
): string {
	const number = (value: number) => numberFormat(language).format(value);
	const group = min === max ? number(min) : `${number(min)}–${number(max)}`;
	return t("offering.groupSize", { group, count: max });
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
