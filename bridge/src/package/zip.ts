import { type Zippable, zipSync } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, forward slashes, no leading slash. */
  readonly name: string;
  readonly data: Uint8Array;
}

/** "Made by" Unix, so the external attributes carry a Unix mode and extracted files get rw-r--r--. */
const MADE_BY_UNIX = 3;
const FILE_MODE = 0o100644;

/**
 * fflate writes a Date's local clock reading as the zip time; this Date's local reading is `moment`'s UTC one,
 * so the archive is the same in every time zone. A reading inside a daylight-saving gap does not exist locally
 * (it would move by an hour), which is why `contentTime` only gives daytime readings: zones change clocks at night.
 */
function utcReadingAsLocal(moment: Date): Date {
  return new Date(
    moment.getUTCFullYear(),
    moment.getUTCMonth(),
    moment.getUTCDate(),
    moment.getUTCHours(),
    moment.getUTCMinutes(),
    moment.getUTCSeconds(),
  );
}

/**
 * Writes a zip archive with fflate: entries in the given order (no directory entries), each deflated at level 9
 * with the time `modified` gives it, so equal input gives equal bytes (fflate's deflate is JavaScript, so unlike
 * zlib it does not change with the Node version either). The names must not be canonical array indices such as
 * "7": fflate takes an object, and JavaScript puts such keys first; package paths always contain a slash or a dot.
 */
export function writeZip(entries: readonly ZipEntry[], modified: (entry: ZipEntry) => Date): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    files[entry.name] = [
      entry.data,
      {
        level: 9,
        mtime: utcReadingAsLocal(modified(entry)),
        os: MADE_BY_UNIX,
        attrs: (FILE_MODE << 16) >>> 0,
      },
    ];
  }
  return zipSync(files);
}
