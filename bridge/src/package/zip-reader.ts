import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import type { ZipEntry } from './zip-writer';

export interface ReadEntry extends ZipEntry {
  /** The entry's MS-DOS time, read as UTC (as the writer stores it). */
  readonly modified: Date;
}

function fromDos(time: number, date: number): Date {
  return new Date(
    Date.UTC(
      1980 + (date >> 9),
      ((date >> 5) & 0xf) - 1,
      date & 0x1f,
      time >> 11,
      (time >> 5) & 0x3f,
      (time & 0x1f) * 2,
    ),
  );
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      return at;
    }
  }
  throw new Error('not a zip archive: no end of central directory');
}

/**
 * Reads every entry of a zip archive through its central directory, inflating and CRC-checking each, so a test can
 * see the archive exactly as an unzip tool would. Directory entries are skipped.
 */
export function readZip(zip: Buffer): ReadEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ReadEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`bad central directory record ${index}`);
    }
    const method = zip.readUInt16LE(at + 10);
    const modified = fromDos(zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14));
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) {
      continue;
    }
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) {
      throw new Error(`bad local header for ${name}`);
    }
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) {
      throw new Error(`unsupported compression method ${method} for ${name}`);
    }
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== crc) {
      throw new Error(`CRC mismatch for ${name}`);
    }
    entries.push({ name, data, modified });
  }
  return entries;
}
