import { NoticeBox } from '../../../components/notice-box.tsx';
import { refusalOf } from '../../../lib/write-flow/use-write-flow.ts';
import { refusalMessage } from '../release-refusals.ts';

/** A refused plan or move in plain words, the server's own message and code under it. */
export function ReleaseRefusal({ error, title }: { error: unknown; title: string }) {
  const refusal = refusalOf(error);
  const plain = refusalMessage(refusal.code);
  return (
    <NoticeBox tone="danger" title={title}>
      {plain ? <p>{plain}</p> : null}
      <p>
        <span className="muted">{refusal.message}</span> <code>{refusal.code}</code>
      </p>
    </NoticeBox>
  );
}
