// The raw-text scan tells CSS class names from words: `className` values never count as text to
// translate, while spoken attributes and sentence-like literals elsewhere still do.

import { describe, expect, it } from 'vitest';
import { findRawText } from '../../support/i18n-scan.ts';

const scan = (text: string) => findRawText('probe.tsx', text).map((finding) => `${finding.why}: ${finding.text}`);

describe('findRawText', () => {
  it('ignores class names, literal or templated', () => {
    expect(scan('const a = <button className="button button-small">{label}</button>;')).toEqual([]);
    expect(scan('const a = <span className={`button button-small ${tone}`} />;')).toEqual([]);
    expect(scan("const a = <span className={active ? 'mono muted' : 'mono plain'} />;")).toEqual([]);
  });

  it('still finds words in spoken attributes, in JSX nested in a class-named element, and in literals', () => {
    expect(scan('const a = <span className="mono muted" title="Not translated here" />;')).toEqual(['title attribute: Not translated here', 'string literal: Not translated here']);
    expect(scan('const a = <div className="panel">{open ? <b>{"Hide the diff"}</b> : null}</div>;')).toEqual(['string literal: Hide the diff']);
    expect(scan("const label = 'Hide the diff';")).toEqual(['string literal: Hide the diff']);
  });
});
