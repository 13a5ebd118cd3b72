// The raw test client's own tiny jute codec (writer and reader), kept apart from the server's so a
// codec bug cannot hide on both sides of a protocol test.

export class Wire {
  private readonly parts: Buffer[] = [];

  int(value: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(value);
    this.parts.push(b);
    return this;
  }

  long(value: bigint | number): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(BigInt(value));
    this.parts.push(b);
    return this;
  }

  bool(value: boolean): this {
    this.parts.push(Buffer.from([value ? 1 : 0]));
    return this;
  }

  buf(value: Buffer | string | null): this {
    if (value === null) return this.int(-1);
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    this.int(bytes.length);
    this.parts.push(bytes);
    return this;
  }

  str(value: string | null): this {
    return this.buf(value);
  }

  strings(values: readonly string[]): this {
    this.int(values.length);
    for (const v of values) this.str(v);
    return this;
  }

  acls(list: ReadonlyArray<readonly [number, string, string]>): this {
    this.int(list.length);
    for (const [perms, scheme, id] of list) this.int(perms).str(scheme).str(id);
    return this;
  }

  raw(bytes: Buffer): this {
    this.parts.push(bytes);
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export interface WireStat {
  czxid: bigint; mzxid: bigint; ctime: bigint; mtime: bigint; version: number; cversion: number;
  aversion: number; ephemeralOwner: bigint; dataLength: number; numChildren: number; pzxid: bigint;
}

export class WireReader {
  private at = 0;
  constructor(readonly bytes: Buffer) {}
  get left(): number { return this.bytes.length - this.at; }
  int(): number { const v = this.bytes.readInt32BE(this.at); this.at += 4; return v; }
  long(): bigint { const v = this.bytes.readBigInt64BE(this.at); this.at += 8; return v; }
  bool(): boolean { const v = this.bytes[this.at] !== 0; this.at += 1; return v; }
  buf(): Buffer | null {
    const n = this.int();
    if (n < 0) return null;
    const v = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return Buffer.from(v);
  }
  str(): string | null { return this.buf()?.toString('utf8') ?? null; }
  strings(): string[] { const n = this.int(); return Array.from({ length: Math.max(n, 0) }, () => this.str() ?? ''); }
  stat(): WireStat {
    return {
      czxid: this.long(), mzxid: this.long(), ctime: this.long(), mtime: this.long(), version: this.int(),
      cversion: this.int(), aversion: this.int(), ephemeralOwner: this.long(), dataLength: this.int(),
      numChildren: this.int(), pzxid: this.long(),
    };
  }
  acls(): Array<[number, string | null, string | null]> {
    const n = this.int();
    return Array.from({ length: Math.max(n, 0) }, () => [this.int(), this.str(), this.str()] as [number, string | null, string | null]);
  }
}
