/**
 * Writes small ZIP archives for tests and fixtures: broken packages, zip bombs and
 * packages with parts left out, which no Word-writing library produces.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Size written into the headers instead of the real one: a lying archive. */
  declaredSize?: number;
  /** General-purpose flags added to the UTF-8 flag, such as 1 (encrypted). */
  flags?: number;
  /** Compression method written into the headers instead of the real one. */
  method?: number;
}

export interface ZipOptions {
  /** Write the ZIP64 records (sizes, offsets and counts in 64-bit fields), as some writers always do. */
  zip64?: boolean;
}

const SATURATED = 0xffffffff;

export function writeZip(inputs: readonly ZipInput[], options: ZipOptions = {}): Uint8Array {
  const zip64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data);
    const packed = input.stored ? data : deflateRawSync(data);
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? data.length;
    const crc = crc32(data);
    const flags = 0x0800 | (input.flags ?? 0);
    const method = input.method ?? (input.stored ? 0 : 8);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);

    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(zip64 ? SATURATED : packed.length, 20);
    central.writeUInt32LE(zip64 ? SATURATED : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? SATURATED : offset, 42);
    centrals.push(central, name, extra);

    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const zip64Records: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(inputs.length), 24);
    record.writeBigUInt64LE(BigInt(inputs.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64Records.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : inputs.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : inputs.length, 10);
  end.writeUInt32LE(zip64 ? SATURATED : directory.length, 12);
  end.writeUInt32LE(zip64 ? SATURATED : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...zip64Records, end]));
}
