import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An `ask dialog` replay file: which skill, which locale, and what the user types (dot commands allowed). */
export interface ReplayFile {
  skillId: string;
  locale: string;
  type: 'text';
  userInput: string[];
}

/** A replay file that cannot be used; the message names the file and the field. */
export class ReplayFileError extends Error {
  constructor(file: string, problem: string) {
    super(`replay file ${file}: ${problem}`);
    this.name = 'ReplayFileError';
  }
}

function parseText(file: string, text: string): unknown {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.yaml' || ext === '.yml') return parseYaml(text);
    return JSON.parse(text);
  } catch (error) {
    const kind = ext === '.yaml' || ext === '.yml' ? 'YAML' : 'JSON';
    throw new ReplayFileError(file, `is not valid ${kind} (${(error as Error).message.split('\n')[0]})`);
  }
}

/**
 * Checks a parsed replay file as `ask dialog -r` does: `skillId` and `locale` are required, `type` is "text",
 * and `userInput` is a list of non-empty strings.
 * @see https://github.com/alexa/ask-cli/blob/develop/docs/concepts/Dialog-Command.md
 */
export function validateReplay(file: string, value: unknown): ReplayFile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ReplayFileError(file, 'must be an object with skillId, locale, type and userInput');
  }
  const { skillId, locale, type, userInput } = value as Record<string, unknown>;
  if (typeof skillId !== 'string' || skillId.trim() === '') throw new ReplayFileError(file, 'skillId is required');
  if (typeof locale !== 'string' || !/^[a-z]{2}-[A-Z]{2}$/.test(locale)) {
    throw new ReplayFileError(file, `locale is required and must look like "en-US" (got ${JSON.stringify(locale)})`);
  }
  if (type !== undefined && type !== 'text')
    throw new ReplayFileError(file, `type must be "text" (got ${JSON.stringify(type)})`);
  if (!Array.isArray(userInput) || userInput.length === 0) {
    throw new ReplayFileError(file, 'userInput must be a non-empty list of strings');
  }
  userInput.forEach((input, index) => {
    if (typeof input !== 'string' || input.trim() === '') {
      throw new ReplayFileError(file, `userInput[${index}] must be a non-empty string`);
    }
  });
  return { skillId, locale, type: 'text', userInput: (userInput as string[]).map((input) => input.trim()) };
}

/** Reads and validates a replay file (`.json`, `.yaml` or `.yml`). */
export async function readReplayFile(file: string): Promise<ReplayFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ReplayFileError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return validateReplay(file, parseText(file, text));
}

/** Writes a replay file as `.record` does. */
export async function writeReplayFile(file: string, replay: ReplayFile): Promise<void> {
  await writeFile(file, `${JSON.stringify(replay, null, 2)}\n`);
}
