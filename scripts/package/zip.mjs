// A small, dependency-free zip writer for the Lambda packages. Entries are sorted and stamped with one fixed
// time, so the same files always give the same zip (and the same content hash for the upload key).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** 2020-01-01 00:00 in MS-DOS date/time form; real times would make every build a different zip. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
/** Regular file, rw-r--r--: Lambda's runtime user must be able to read every file. */
const FILE_MODE = 0o100644;
const UTF8_NAMES = 0x0800;

/** Every file under `dir` as zip entry names (forward slashes), sorted, minus those `skip` rejects. */
export async function filesUnder(dir, skip = () => false) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((name) => !skip(name))
    .sort();
}

/**
 * Writes a zip of `files` ({ name: zip entry name, path: file on disk }) to `out`, deflated, with Unix
 * permissions, and returns its size in bytes.
 */
export async function writeZip(out, files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const { name, path } of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const data = await readFile(path);
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const nameBytes = Buffer.from(name, 'utf8');
    const common = { crc: crc32(data), method: stored ? 0 : 8, size: data.length, compressed: body.length };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(common.method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(common.crc, 14);
    local.writeUInt32LE(common.compressed, 18);
    local.writeUInt32LE(common.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry the mode
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(common.method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(common.crc, 16);
    header.writeUInt32LE(common.compressed, 20);
    header.writeUInt32LE(common.size, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...locals, directory, end]);
  await writeFile(out, zip);
  return zip.length;
}
