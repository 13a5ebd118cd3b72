/**
 * Text taken from the OpenAPI document (the server's English: summaries, descriptions), marked
 * `data-document-text` so it can be told apart from the console's own words, with its `backtick` spans
 * shown as code, as the document's Markdown means them.
 */
export function DocumentText({ text, className }: { text: string; className?: string | undefined }) {
  const parts = text.split('`');
  return (
    <span className={className} data-document-text="">
      {parts.map((part, index) => (index % 2 === 1 && index < parts.length - 1 ? <code key={index}>{part}</code> : part))}
    </span>
  );
}
