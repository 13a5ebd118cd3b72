// The raw-text scan tells text a person reads from markup: CSS class names are not text, a title is.

import { describe, expect, it } from 'vitest';
import { findRawText } from '../../support/i18n-scan.ts';

const scan = (source: string) => findRawText('probe.tsx', source).map((f) => `${f.why}: ${f.text}`);

describe('findRawText', () => {
  it('leaves class names alone, plain, in a template or in a condition', () => {
    const source = [
      'export const A = () => <button className="button button-small">{t("x")}</button>;',
      'export const B = (on: boolean) => <span className={`badge badge-${on}`} />;',
      'export const C = (on: boolean) => <span className={on ? "mono muted" : "mono plain"} />;',
    ].join('\n');
    expect(scan(source)).toEqual([]);
  });

  it('still finds text in titles, labels and JSX', () => {
    const source = 'export const A = () => <span title="Not revoked" aria-label={"Token secret here"}>Sign out</span>;';
    expect(scan(source)).toEqual(['title attribute: Not revoked', 'string literal: Not revoked', 'string literal: Token secret here', 'JSX text: Sign out']);
  });
});
