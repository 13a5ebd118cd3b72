/**
 * The theme choice at the browser's edge: read from and written to localStorage, applied as
 * `data-theme` on <html> (theme-tokens.css maps it to `color-scheme`, which picks every token's light or
 * dark value), and followed across tabs and system setting changes. main.tsx applies the stored choice
 * before the first render, so the first paint already has the right colours without an inline script.
 */
import { parseThemePreference, resolveTheme, THEME_STORAGE_KEY } from './theme-preference.ts';
import type { ResolvedTheme, ThemePreference } from './theme-preference.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy settings): the system setting applies
  }
}

function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/** The choice in force: what <html> carries, else what is stored. */
export function currentThemePreference(): ThemePreference {
  return parseThemePreference(document.documentElement.dataset.theme ?? readStored());
}

export function currentResolvedTheme(): ResolvedTheme {
  return resolveTheme(currentThemePreference(), systemPrefersDark());
}

/** Puts the stored choice on <html>; called once before React renders. */
export function applyStoredTheme(): void {
  document.documentElement.dataset.theme = parseThemePreference(readStored());
}

export function setThemePreference(preference: ThemePreference): void {
  document.documentElement.dataset.theme = preference;
  try {
    if (preference === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // not remembered, but applied for this page
  }
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
  applyStoredTheme();
  notify();
}

/** For useSyncExternalStore: calls back on a choice here, in another tab, or a system setting change. */
export function subscribeToTheme(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('storage', onStorage);
    window.matchMedia(DARK_QUERY).addEventListener('change', notify);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('storage', onStorage);
    window.matchMedia(DARK_QUERY).removeEventListener('change', notify);
  };
}
