// Locale selection shared by the chat chunk and the standalone elements.
import { en, type Strings } from './en.js';
import { es } from './es.js';

export type Locale = 'en' | 'es';
export type { Strings };

/** An explicit locale wins; otherwise the browser language; English when neither is supported. */
export function pickLocale(requested?: string | null): Locale {
  const lang = (requested || navigator.language || 'en').toLowerCase();
  return lang.startsWith('es') ? 'es' : 'en';
}

export function stringsFor(locale: Locale): Strings {
  return locale === 'es' ? es : en;
}
