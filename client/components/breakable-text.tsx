import { Fragment } from 'react';

/**
 * Long dotted identifiers (service keys, rule nodes, registry paths) may wrap after `.`, `/`, `:`
 * or `?` instead of mid-word, so narrow cells stay readable and copy-paste stays exact.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=[./:?&=])/);
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
