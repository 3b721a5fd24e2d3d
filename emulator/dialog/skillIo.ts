import { writeFile } from 'node:fs/promises';
import type { Exchange } from '../conversation/types';
import { lengthOnly, redact } from '../linking/redact';

/**
 * Collects every request/response pair for `--save-skill-io`, in ask dialog's `{"invocations": [...]}` shape.
 * Unlike ask dialog, which writes tokens as they are, access tokens are written as `<redacted:length>`.
 */
export class SkillIoRecorder {
  private readonly invocations: Array<{ request: unknown; response: unknown }> = [];

  constructor(private readonly file: string) {}

  /** Adds the exchanges of one turn. */
  add(exchanges: Exchange[]): void {
    for (const exchange of exchanges) {
      this.invocations.push(
        redact({ request: exchange.request, response: exchange.response ?? { error: exchange.error } }, lengthOnly),
      );
    }
  }

  /** Writes the file (called on `.quit` and at exit). */
  async save(): Promise<void> {
    await writeFile(this.file, `${JSON.stringify({ invocations: this.invocations }, null, 2)}\n`);
  }
}
