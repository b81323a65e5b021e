/** Country names in French and English from i18n-iso-countries (maintained ISO 3166 data). */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
// The locale files are plain JSON the library ships; require keeps this working under tsx and Vite alike.
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryNames(code: string): { fr: string; en: string } {
  return {
    fr: countries.getName(code, 'fr') ?? code,
    en: countries.getName(code, 'en') ?? code,
  };
}
