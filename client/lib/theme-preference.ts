/**
 * The colour theme a person chose and the one the console paints. "system" follows the operating
 * system's light/dark setting; "light" and "dark" pin one. Stored as that word in localStorage; anything
 * else read back (absent, an older format, a hand edit) counts as "system". Pure.
 */

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type ResolvedTheme = 'light' | 'dark';

/** The localStorage key of the choice. */
export const THEME_STORAGE_KEY = 'switchboard.theme';

/** The stored choice, or "system" for a missing or unrecognised value. */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  const value = stored?.trim().toLowerCase();
  return themePreferences.find((preference) => preference === value) ?? 'system';
}

/** The theme painted for a choice, given whether the system currently asks for dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}
