// The console's colour theme: the user's choice (system, light or dark) kept in localStorage, and
// the theme it resolves to written on <html data-theme>, where app.css picks the colour tokens.
// theme-boot.js (built from ./boot.ts) runs this before the first paint; the shell's toggle
// changes it later.

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'zac-admin-theme';
/** Fired on window after the theme on <html> changed (charts re-read their colours). */
export const THEME_CHANGE_EVENT = 'zac-theme-change';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function storedThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    // Storage refused (privacy mode): follow the system.
    return 'system';
  }
}

export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Writes the resolved theme on <html>; announces it when it changed. */
export function applyTheme(choice: ThemeChoice = storedThemeChoice()): Theme {
  const theme = resolveTheme(choice);
  const root = document.documentElement;
  if (root.dataset['theme'] !== theme) {
    root.dataset['theme'] = theme;
    window.dispatchEvent(new CustomEvent(THEME_CHANGE_EVENT, { detail: theme }));
  }
  return theme;
}

/** Remembers the choice ('system' forgets any override) and applies it. */
export function chooseTheme(choice: ThemeChoice): Theme {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not persisted, still applied for this page.
  }
  return applyTheme(choice);
}

/** Follows the system's light/dark switch while the choice is 'system'. */
export function followSystemTheme(): () => void {
  const media = matchMedia(DARK_QUERY);
  const onChange = () => {
    if (storedThemeChoice() === 'system') applyTheme('system');
  };
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
