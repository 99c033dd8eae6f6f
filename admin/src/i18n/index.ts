// The console's language and formatting locale. The workspace's locale and currency are the
// default; a user may override the language on this browser (localStorage). Changing either
// announces LANGUAGE_CHANGE_EVENT, and every element with a LanguageController re-renders.
// English is in the app's first chunk; another language's catalogue loads (its own chunk) when it
// is first chosen, and the console shows English until it arrives.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Catalogue, type Message, type MessageKey } from './en.js';

export type { MessageKey };
export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];
/** Each language named in itself, for the picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export const LANGUAGE_STORAGE_KEY = 'zac-admin-language';
export const LANGUAGE_CHANGE_EVENT = 'zac-language-change';

const CATALOGUES: Partial<Record<Language, Catalogue>> = { en };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./es.js').then((m) => m.es),
};
const loading = new Map<Language, Promise<void>>();

/**
 * Loads a language's catalogue once (announcing the change when it arrives, so what rendered in
 * English re-renders); resolves at once for English or a catalogue already here.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || CATALOGUES[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]()
      .then((catalogue) => {
        CATALOGUES[language] = catalogue;
        if (currentLanguage() === language) announce();
      })
      .catch(() => {
        // Stays English; a later choice retries.
        loading.delete(language);
      });
    loading.set(language, pending);
  }
  return pending;
}

/** What the workspace says, until the shell has read it: the hub's defaults. */
let workspace = { locale: 'en-US', currency: 'USD' };
let override: Language | null = storedLanguage();

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null;
  }
}

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The language strings are shown in. */
export function currentLanguage(): Language {
  return override ?? languageOf(workspace.locale);
}

/** The user's override, or null when the workspace's locale decides. */
export function languageOverride(): Language | null {
  return override;
}

/**
 * The BCP 47 locale dates and numbers are formatted in: the workspace's, unless the user chose
 * another language (then that language with the workspace's region, e.g. es-US).
 */
export function formatLocale(): string {
  const language = currentLanguage();
  if (languageOf(workspace.locale) === language) return workspace.locale;
  const region = new Intl.Locale(workspace.locale).region;
  return region ? `${language}-${region}` : language;
}

/** ISO 4217 code money is shown in. */
export function currentCurrency(): string {
  return workspace.currency;
}

function announce(): void {
  document.documentElement.lang = currentLanguage();
  window.dispatchEvent(new CustomEvent(LANGUAGE_CHANGE_EVENT, { detail: currentLanguage() }));
  void loadLanguage(currentLanguage());
}

/** The workspace's locale and currency, as the hub reports them. */
export function setWorkspaceLocale(locale: string, currency: string): void {
  if (workspace.locale === locale && workspace.currency === currency) return;
  workspace = { locale, currency };
  announce();
}

/** The user's language on this browser; null returns to the workspace's. */
export function chooseLanguage(language: Language | null): void {
  override = language;
  try {
    if (language) localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    else localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Not persisted; still applied to this page.
  }
  announce();
}

type Params = Record<string, string | number>;

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(count: number): 'one' | 'other' {
  const language = currentLanguage();
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * The message for `key` in the current language, `{name}` replaced by params; a plural message
 * picks its form by `params.count`. Numbers are shown in the formatting locale.
 */
export function t(key: MessageKey, params?: Params): string {
  const message: Message = CATALOGUES[currentLanguage()]?.[key] ?? en[key];
  const shown = params
    ? Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          typeof value === 'number' ? value.toLocaleString(formatLocale()) : value,
        ]),
      )
    : undefined;
  if (typeof message === 'string') return interpolate(message, shown);
  return interpolate(message[pluralForm(Number(params?.['count'] ?? 0))], shown);
}

/** Re-renders its host when the language or the workspace's locale changes. */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onChange = () => this.host.requestUpdate();

  hostConnected(): void {
    window.addEventListener(LANGUAGE_CHANGE_EVENT, this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(LANGUAGE_CHANGE_EVENT, this.onChange);
  }
}

/** Every catalogue, loaded, for the completeness test. */
export async function cataloguesForTest(): Promise<Record<Language, Catalogue>> {
  await Promise.all(LANGUAGES.map(loadLanguage));
  return CATALOGUES as Record<Language, Catalogue>;
}

/**
 * The message for a key built at run time (e.g. `page.${name}`), or `fallback` when the
 * catalogue has no such key yet (a page added after the last translation).
 */
export function translated(key: string, fallback: string, params?: Params): string {
  return key in en ? t(key as MessageKey, params) : interpolate(fallback, params);
}

// A language chosen on this browser before starts loading with the app.
if (override) void loadLanguage(override);
