import { describe, expect, it } from 'vitest';
import { parseThemePreference, resolveTheme } from '../../../client/lib/theme-preference.ts';
import type { ResolvedTheme, ThemePreference } from '../../../client/lib/theme-preference.ts';

describe('parseThemePreference', () => {
  it.each<[string | null | undefined, ThemePreference]>([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [' Dark ', 'dark'],
    ['LIGHT', 'light'],
    [null, 'system'],
    [undefined, 'system'],
    ['', 'system'],
    ['auto', 'system'],
    ['"dark"', 'system'],
    ['darkish', 'system'],
  ])('reads %j as %s', (stored, expected) => {
    expect(parseThemePreference(stored)).toBe(expected);
  });
});

describe('resolveTheme', () => {
  it.each<[ThemePreference, boolean, ResolvedTheme]>([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['light', false, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
  ])('%s with the system preferring dark=%s paints %s', (preference, systemPrefersDark, expected) => {
    expect(resolveTheme(preference, systemPrefersDark)).toBe(expected);
  });
});
