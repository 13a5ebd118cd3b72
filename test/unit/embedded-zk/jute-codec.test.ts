import { describe, expect, it } from 'vitest';
import { frame, JuteDecodeError, JuteReader, JuteWriter } from '../../../server/embedded-zk/jute-codec.ts';

describe('jute codec', () => {
  it('round-trips every primitive, keeping null and empty distinct', () => {
    const bytes = new JuteWriter()
      .writeInt(-7)
      .writeLong(0x0100_0009_c1ad_0001n)
      .writeLong(-(1n << 63n))
      .writeBool(true)
      .writeBuffer(null)
      .writeBuffer(Buffer.alloc(0))
      .writeString('zoo/keeper ✓')
      .writeString(null)
      .writeVector(['a', 'b'], (w, s) => w.writeString(s))
      .writeVector(null, (w, s: string) => w.writeString(s))
      .toBuffer();
    const r = new JuteReader(bytes);
    expect(r.readInt()).toBe(-7);
    expect(r.readLong()).toBe(0x0100_0009_c1ad_0001n);
    expect(r.readLong()).toBe(-(1n << 63n));
    expect(r.readBool()).toBe(true);
    expect(r.readBuffer()).toBeNull();
    expect(r.readBuffer()).toEqual(Buffer.alloc(0));
    expect(r.readString()).toBe('zoo/keeper ✓');
    expect(r.readString()).toBeNull();
    expect(r.readVector((x) => x.readString())).toEqual(['a', 'b']);
    expect(r.readVector((x) => x.readString())).toBeNull();
    expect(r.remaining).toBe(0);
  });

  it('encodes big-endian with -1 as the null length', () => {
    expect(new JuteWriter().writeInt(1).writeString(null).writeBool(false).toBuffer().toString('hex')).toBe('00000001ffffffff00');
  });

  it('reads any non-zero byte as true, as Java does', () => {
    expect(new JuteReader(Buffer.from([2])).readBool()).toBe(true);
  });

  it.each([
    ['a truncated int', Buffer.from([0, 0, 1]), (r: JuteReader) => r.readInt()],
    ['a string longer than the record', Buffer.from([0, 0, 0, 5, 0x61]), (r: JuteReader) => r.readString()],
    ['a negative length other than -1', Buffer.from([0xff, 0xff, 0xff, 0xfe]), (r: JuteReader) => r.readBuffer()],
    ['a vector count beyond the record', Buffer.from([0, 0, 0, 9]), (r: JuteReader) => r.readVector((x) => x.readInt())],
  ])('rejects %s', (_name, bytes, read) => {
    expect(() => read(new JuteReader(bytes))).toThrow(JuteDecodeError);
  });

  it('grows the writer past its initial capacity', () => {
    const big = Buffer.alloc(10_000, 7);
    expect(new JuteReader(new JuteWriter().writeBuffer(big).toBuffer()).readBuffer()).toEqual(big);
  });

  it('frames a payload with its length', () => {
    expect(frame(Buffer.from('abc')).toString('hex')).toBe('00000003616263');
  });
});
