import { describe, expect, it } from 'vitest';
import { languageOfTag, pickLanguage } from '../../../client/i18n/language.ts';

describe('the console language', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-Hans-SG', 'zh'],
    ['ZH_tw', 'zh'],
    ['en-GB', 'en'],
    ['fr-FR', undefined],
    ['', undefined],
  ])('reads %s as %s', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it('prefers the remembered choice, then the first browser language it has, then English', () => {
    expect(pickLanguage('zh', ['en-US'])).toBe('zh');
    expect(pickLanguage('klingon', ['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage(null, ['en-US', 'zh-CN'])).toBe('en');
    expect(pickLanguage(undefined, ['de-DE'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
});
