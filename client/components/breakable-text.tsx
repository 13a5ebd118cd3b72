import { Fragment } from 'react';

type BreakableTextProps = {
  text: string;
  /** Characters after which the text may wrap; by default those of dotted names, paths and URLs. */
  breakAfter?: string;
};

/**
 * Long dotted identifiers (service keys, rule nodes, registry paths) may wrap after `.`, `/`, `:`
 * or `?` instead of mid-word, so narrow cells stay readable and copy-paste stays exact.
 */
export function BreakableText({ text, breakAfter = './:?&=' }: BreakableTextProps) {
  const parts = splitAfter(text, breakAfter);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

function splitAfter(text: string, separators: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!separators.includes(text.charAt(index))) continue;
    parts.push(text.slice(start, index + 1));
    start = index + 1;
  }
  if (start < text.length || parts.length === 0) parts.push(text.slice(start));
  return parts;
}
