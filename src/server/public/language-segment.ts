import { catalogueLanguages } from "../../i18n/index.ts";

/**
 * The `:lang` segment of a page's route: it matches a catalogue language only, so `/admin/` or
 * `/robots.txt` is not the catalogue in a language called "admin" but the 404 it should be.
 */
export const lang = `:lang(^(?:${catalogueLanguages.join("|")})$)`;
