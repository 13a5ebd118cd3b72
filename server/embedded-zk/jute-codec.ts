// Jute, ZooKeeper's record serialisation: big-endian ints, 64-bit longs (BigInt here, because
// session ids exceed 2^53), length-prefixed strings/buffers/vectors where length -1 means null.
// The reader is bounds-checked: a truncated or lying record raises JuteDecodeError, which the
// request processor turns into MARSHALLINGERROR instead of crashing the connection.

/** Default jute.maxbuffer of ZooKeeper 3.8: frames and lengths above this are rejected. */
export const JUTE_MAX_BUFFER = 0xfffff;

export class JuteDecodeError extends Error {
  override readonly name = 'JuteDecodeError';
}

export class JuteReader {
  private offset = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly maxLength: number = JUTE_MAX_BUFFER * 2,
  ) {}

  get remaining(): number {
    return this.buffer.length - this.offset;
  }

  readInt(): number {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  readLong(): bigint {
    this.need(8);
    const value = this.buffer.readBigInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  /** Java reads any non-zero byte as true. */
  readBool(): boolean {
    this.need(1);
    const value = this.buffer[this.offset] !== 0;
    this.offset += 1;
    return value;
  }

  readBuffer(): Buffer | null {
    const length = this.readLength();
    if (length === null) return null;
    const value = Buffer.from(this.buffer.subarray(this.offset, this.offset + length));
    this.offset += length;
    return value;
  }

  readString(): string | null {
    const length = this.readLength();
    if (length === null) return null;
    const value = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  readVector<T>(readElement: (reader: JuteReader) => T): T[] | null {
    const count = this.readInt();
    if (count === -1) return null;
    if (count < 0 || count > this.remaining) {
      throw new JuteDecodeError(`bad vector length ${count}`);
    }
    const items: T[] = [];
    for (let i = 0; i < count; i += 1) items.push(readElement(this));
    return items;
  }

  private readLength(): number | null {
    const length = this.readInt();
    if (length === -1) return null;
    if (length < 0 || length > this.maxLength) {
      throw new JuteDecodeError(`bad length ${length}`);
    }
    this.need(length);
    return length;
  }

  private need(bytes: number): void {
    if (this.offset + bytes > this.buffer.length) {
      throw new JuteDecodeError(`record truncated: need ${bytes} bytes at offset ${this.offset}`);
    }
  }
}

export class JuteWriter {
  private buffer = Buffer.allocUnsafe(256);
  private length = 0;

  writeInt(value: number): this {
    this.ensure(4);
    this.buffer.writeInt32BE(value, this.length);
    this.length += 4;
    return this;
  }

  writeLong(value: bigint): this {
    this.ensure(8);
    this.buffer.writeBigInt64BE(BigInt.asIntN(64, value), this.length);
    this.length += 8;
    return this;
  }

  writeBool(value: boolean): this {
    this.ensure(1);
    this.buffer[this.length] = value ? 1 : 0;
    this.length += 1;
    return this;
  }

  writeBuffer(value: Uint8Array | null): this {
    if (value === null) return this.writeInt(-1);
    this.writeInt(value.length);
    this.ensure(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
    return this;
  }

  writeString(value: string | null): this {
    return this.writeBuffer(value === null ? null : Buffer.from(value, 'utf8'));
  }

  writeVector<T>(items: readonly T[] | null, writeElement: (writer: JuteWriter, item: T) => void): this {
    if (items === null) return this.writeInt(-1);
    this.writeInt(items.length);
    for (const item of items) writeElement(this, item);
    return this;
  }

  writeRaw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }

  private ensure(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + bytes) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** Prefixes a payload with its 4-byte big-endian length, as every frame on the wire is. */
export function frame(payload: Buffer): Buffer {
  const header = Buffer.allocUnsafe(4);
  header.writeInt32BE(payload.length, 0);
  return Buffer.concat([header, payload]);
}
