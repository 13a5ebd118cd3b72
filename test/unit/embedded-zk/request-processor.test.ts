import { describe, expect, it } from 'vitest';
import { JuteReader, JuteWriter } from '../../../server/embedded-zk/jute-codec.ts';
import type { EventTypeValue } from '../../../server/embedded-zk/opcodes.ts';
import type { Id } from '../../../server/embedded-zk/records.ts';
import { RequestProcessor, type Client } from '../../../server/embedded-zk/request-processor.ts';
import { ZkDatabase } from '../../../server/embedded-zk/zk-database.ts';
import { FakeTime } from './fake-time.ts';

class FakeClient implements Client {
  readonly watcher = this;
  readonly address = '127.0.0.1';
  readonly authIds: Id[] = [{ scheme: 'ip', id: '127.0.0.1' }];
  readonly events: Array<[number, string]> = [];
  constructor(readonly sessionId: bigint) {}
  addAuthId(id: Id): void {
    this.authIds.push(id);
  }
  notify(type: EventTypeValue, path: string): void {
    this.events.push([type, path]);
  }
}

const OPEN = (w: JuteWriter): JuteWriter => w.writeInt(1).writeInt(31).writeString('world').writeString('anyone');
const create = (path: string, flags = 0): Buffer => OPEN(new JuteWriter().writeString(path).writeBuffer(null)).writeInt(flags).toBuffer();
const pathVersion = (path: string, version = -1): Buffer => new JuteWriter().writeString(path).writeInt(version).toBuffer();
const pathBool = (path: string, flag: boolean): Buffer => new JuteWriter().writeString(path).writeBool(flag).toBuffer();
const pathInt = (path: string, value: number): Buffer => new JuteWriter().writeString(path).writeInt(value).toBuffer();

function setup(): { db: ZkDatabase; processor: RequestProcessor; client: FakeClient; closed: bigint[] } {
  const db = new ZkDatabase(new FakeTime());
  const closed: bigint[] = [];
  const processor = new RequestProcessor({
    db,
    closeSession: (id) => {
      closed.push(id);
      return db.transact(() => db.lastZxid);
    },
  });
  return { db, processor, client: new FakeClient(77n), closed };
}

describe('RequestProcessor', () => {
  it('spends one zxid per write, failed or not, and none per read', () => {
    const { processor, client } = setup();
    const run = (type: number, body: Buffer): [number, bigint] => {
      const { reply } = processor.process(client, 1, type, body);
      return [reply.err, reply.zxid];
    };
    expect(run(1, create('/a'))).toEqual([0, 1n]);
    expect(run(1, create('/a'))).toEqual([-110, 2n]);
    expect(run(4, pathBool('/missing', false))).toEqual([-101, 2n]);
    expect(run(2, pathVersion('/missing'))).toEqual([-101, 3n]);
    expect(run(13, pathVersion('/a'))).toEqual([-6, 4n]);
    expect(run(1, Buffer.from([0, 0]))).toEqual([-5, 5n]);
    expect(run(4, Buffer.from([0, 0]))).toEqual([-5, 5n]);
    expect(run(999, Buffer.alloc(0))).toEqual([-6, -1n]);
    expect(run(11, Buffer.alloc(0))).toEqual([0, 5n]);
  });

  it('sends bodies only on success and answers create with the actual path', () => {
    const { processor, client } = setup();
    const ok = processor.process(client, 5, 1, create('/s-', 2)).reply;
    expect(new JuteReader(ok.body ?? Buffer.alloc(0)).readString()).toBe('/s-0000000000');
    expect(processor.process(client, 6, 1, create('/s-0000000000')).reply.body).toBeNull();
  });

  it('rolls a failed multi back and reports 0 / code / -2', () => {
    const { db, processor, client } = setup();
    const w = new JuteWriter();
    for (const path of ['/m1', '/', '/m2']) w.writeInt(1).writeBool(false).writeInt(-1).writeRaw(create(path));
    w.writeInt(-1).writeBool(true).writeInt(-1);
    const { reply } = processor.process(client, 9, 14, w.toBuffer());
    const r = new JuteReader(reply.body ?? Buffer.alloc(0));
    const results: number[][] = [];
    for (let i = 0; i < 3; i += 1) results.push([r.readInt(), Number(r.readBool()), r.readInt(), r.readInt()]);
    expect(results).toEqual([[-1, 0, 0, 0], [-1, 0, -110, -110], [-1, 0, -2, -2]]);
    expect([r.readInt(), r.readBool(), r.readInt()]).toEqual([-1, true, -1]);
    expect([reply.err, reply.zxid, db.tree.get('/m1')]).toEqual([0, 1n, undefined]);
  });

  it('routes auth: digest adds an identity with zxid 0, unknown schemes fail and close', () => {
    const { processor, client } = setup();
    const auth = (scheme: string): Buffer => new JuteWriter().writeInt(0).writeString(scheme).writeBuffer(Buffer.from('u:p')).toBuffer();
    expect(processor.process(client, -4, 100, auth('digest'))).toEqual({ reply: { xid: -4, zxid: 0n, err: 0, body: null }, close: false });
    expect(client.authIds).toContainEqual({ scheme: 'digest', id: 'u:Jq7wMyA/w2Vd5WIDAKdu4OIIFEQ=' });
    expect(processor.process(client, -4, 100, auth('nope'))).toEqual({ reply: { xid: -4, zxid: 0n, err: -115, body: null }, close: true });
  });

  it('closes the session through the server and asks the connection to close', () => {
    const { processor, client, closed } = setup();
    const outcome = processor.process(client, 3, -11, Buffer.alloc(0));
    expect(outcome).toMatchObject({ close: true, reply: { err: 0, zxid: 1n } });
    expect(closed).toEqual([77n]);
  });

  it('handles addWatch, getEphemerals and getAllChildrenNumber', () => {
    const { processor, client } = setup();
    expect(processor.process(client, 1, 106, pathInt('/w', 7)).reply.err).toBe(-5);
    const added = processor.process(client, 2, 106, pathInt('/w', 1)).reply;
    expect(new JuteReader(added.body ?? Buffer.alloc(0)).readInt()).toBe(0);
    processor.process(client, 3, 1, create('/w'));
    processor.process(client, 4, 1, create('/w/e', 1));
    expect(client.events).toEqual([[1, '/w'], [1, '/w/e']]);
    const ephemerals = processor.process(client, 5, 103, new JuteWriter().writeString('/w/').toBuffer()).reply;
    expect(new JuteReader(ephemerals.body ?? Buffer.alloc(0)).readVector((r) => r.readString())).toEqual(['/w/e']);
    const count = processor.process(client, 6, 104, new JuteWriter().writeString('/').toBuffer()).reply;
    expect(new JuteReader(count.body ?? Buffer.alloc(0)).readInt()).toBe(5);
  });
});
