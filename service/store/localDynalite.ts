import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DataDirInUseError } from '../errors';

/** An embedded dynalite server (local mode only; never part of the Lambda bundle). */
export interface EmbeddedDynamo {
  endpoint: string;
  close(): Promise<void>;
}

const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per data folder: LevelDB would otherwise fail deep inside dynalite. A `service.pid` file names the
 * owner; a stale one (its process is gone) is taken over.
 */
function lockDataDir(path: string): () => void {
  const file = join(path, 'service.pid');
  if (held.has(path)) throw new DataDirInUseError(path, process.pid);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) throw new DataDirInUseError(path, owner);
    writeFileSync(file, String(process.pid));
  }
  held.add(path);
  return () => {
    held.delete(path);
    rmSync(file, { force: true });
  };
}

/**
 * Starts dynalite on 127.0.0.1 with a random port, in memory for `memory`, otherwise on disk under `dataDir` so
 * local state survives restarts (`.data/` is git-ignored). dynalite is a dev dependency, loaded on demand.
 */
export async function startEmbeddedDynalite(dataDir: string): Promise<EmbeddedDynamo> {
  const { default: dynalite } = await import('dynalite');
  const path = dataDir === 'memory' ? undefined : resolve(dataDir);
  if (path) mkdirSync(path, { recursive: true });
  const unlock = path ? lockDataDir(path) : () => {};
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => done());
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) =>
        server.close((error) => {
          unlock();
          if (error) fail(error);
          else done();
        }),
      ),
  };
}
