import { useSyncExternalStore } from 'react';
import { currentResolvedTheme, currentThemePreference, subscribeToTheme } from './theme-store.ts';
import type { ResolvedTheme, ThemePreference } from './theme-preference.ts';

/** The theme choice (System / Light / Dark), re-rendering when it changes here or in another tab. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribeToTheme, currentThemePreference);
}

/** The theme painted now, for widgets that take it as a prop (React Flow's colorMode). */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeToTheme, currentResolvedTheme);
}
