/**
 * The one owner of the language on screen. English is written in the source; other languages are
 * modules under src/locales/generated/ (built by `npm run locales:build` from src/locales/xliff/),
 * loaded on demand from the app's own origin (a Vite chunk, precached by the service worker, so it
 * works offline and under the CSP). Chosen from the person's saved choice, else the browser's
 * languages; a kiosk never stores the choice (nothing of one person may remain for the next).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/generated/locale-codes';
import { loadLanguage, saveLanguage } from './storage';

export const LANGUAGES = [sourceLocale, ...targetLocales] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export const isLanguage = (x: unknown): x is Language => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/** The first of the browser's languages that the app has ("es-ES" → "es"), else English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return sourceLocale;
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`../locales/generated/${locale}.ts`),
});

export const currentLanguage = (): Language => {
  const l = getLocale();
  return isLanguage(l) ? l : sourceLocale;
};

/**
 * The locale for dates and numbers (Intl): the browser's own tag when it is in the language on
 * screen ("en-GB" writes 1 May 2026, "es-MX" keeps its own ways), else the bare language.
 */
export const formatLocale = (): string => formatLocaleFor(currentLanguage(), typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

/** The first browser tag in `lang` ("en-GB" for English), else `lang` itself. */
export function formatLocaleFor(lang: Language, browserTags: readonly string[]): string {
  return browserTags.find((tag) => tag.toLowerCase().split('-')[0] === lang) ?? lang;
}

/** Sets the language and the page's `lang`; the latest request wins inside lit-localize. */
async function apply(lang: Language): Promise<void> {
  try {
    await setLocale(lang);
    document.documentElement.lang = lang;
  } catch (e) {
    // The module could not be loaded (offline before the first visit finished): stay in the current language.
    console.warn(`FormHold: the "${lang}" language could not be loaded.`, e);
  }
}

/** The device's own language: the first of the browser's languages the app has. */
const deviceLanguage = (): Language => browserLanguage(navigator.languages ?? [navigator.language]);

/**
 * At start: the saved choice (not on a kiosk), else the prescription's language (`preferred`),
 * else the browser's languages.
 */
export function startLanguage(opts: { readonly kiosk: boolean; readonly preferred?: Language | undefined }): Promise<void> {
  const saved = opts.kiosk ? undefined : loadLanguage();
  return apply(isLanguage(saved) ? saved : (opts.preferred ?? deviceLanguage()));
}

/** A kiosk between people: back to its own language (the prescription's, else the browser's), whatever the last person chose. */
export function resetLanguage(preferred?: Language): Promise<void> {
  const lang = preferred ?? deviceLanguage();
  return currentLanguage() === lang ? Promise.resolve() : apply(lang);
}

/** The person chose a language: applied now, and remembered unless this is a kiosk. */
export function chooseLanguage(lang: Language, opts: { readonly remember: boolean }): Promise<void> {
  if (opts.remember) saveLanguage(lang);
  return apply(lang);
}
