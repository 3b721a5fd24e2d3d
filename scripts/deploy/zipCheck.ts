import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** One file in a zip's central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Lambda's limit for a zip uploaded through S3, unpacked. */
const UNPACKED_LIMIT = 250 * 1024 * 1024;
/** ELF e_machine of x86-64: the service function runs on x86_64. */
const EM_X86_64 = 0x3e;
const NATIVE_BINDING = 'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node';

function entries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const found: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    found.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

function readableEntries(zip: Buffer, path: string): ZipEntry[] {
  try {
    return entries(zip);
  } catch (error) {
    throw new Error(`${path} is not a readable zip (${(error as Error).message})`);
  }
}

function content(zip: Buffer, entry: ZipEntry): Buffer {
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? inflateRawSync(data) : data;
}

/** What the check found, for the plan's output. */
export interface ZipReport {
  files: number;
  bytes: number;
  unpackedBytes: number;
}

/**
 * Checks dist/service.zip before it is uploaded: the ESM bundle and its package.json at the root, @node-rs/argon2
 * beside it, and the native binding built for x86-64 Linux, the function's architecture. Throws saying what is
 * missing; `npm run build` on a Linux x64 machine makes a complete zip.
 */
export function checkServiceZip(path: string): ZipReport {
  const zip = readFileSync(path);
  const list = readableEntries(zip, path);
  const byName = new Map(list.map((entry) => [entry.name, entry]));
  for (const name of ['index.js', 'package.json', 'node_modules/@node-rs/argon2/index.js', NATIVE_BINDING]) {
    if (!byName.has(name)) throw new Error(`${path} has no ${name}`);
  }
  const manifest = JSON.parse(content(zip, byName.get('package.json') as ZipEntry).toString('utf8'));
  if (manifest.type !== 'module')
    throw new Error(`${path}: package.json must say "type": "module" (the bundle is ESM)`);
  const binding = content(zip, byName.get(NATIVE_BINDING) as ZipEntry);
  const isElf64 = binding.readUInt32BE(0) === 0x7f454c46 && binding[4] === 2;
  if (!isElf64 || binding.readUInt16LE(18) !== EM_X86_64) {
    throw new Error(`${path}: ${NATIVE_BINDING} is not an x86-64 Linux binary`);
  }
  const unpackedBytes = list.reduce((sum, entry) => sum + entry.size, 0);
  if (unpackedBytes > UNPACKED_LIMIT) throw new Error(`${path} unpacks to more than Lambda's 250 MB`);
  return { files: list.length, bytes: zip.length, unpackedBytes };
}

/** Checks dist/skill.zip: the CommonJS bundle at the root, no node_modules needed. */
export function checkSkillZip(path: string): ZipReport {
  const zip = readFileSync(path);
  const list = readableEntries(zip, path);
  for (const name of ['index.js', 'package.json']) {
    if (!list.some((entry) => entry.name === name)) throw new Error(`${path} has no ${name}`);
  }
  return { files: list.length, bytes: zip.length, unpackedBytes: list.reduce((sum, e) => sum + e.size, 0) };
}
