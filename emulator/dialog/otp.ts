import type { Turn } from '../conversation/types';

/** Where a replay line (or a typed one) stands for the last one-time code sent to the phone. */
export const OTP_PLACEHOLDER = '{otp}';

/**
 * Remembers the last code texted to the phone during a dialog, so `my code is {otp}` in a replay file says it
 * (a replay cannot know the code in advance: it is random each run).
 */
export class PhoneCodes {
  private last: string | undefined;

  /** Notes the codes a turn sent to the phone. */
  see(turn: Turn): void {
    for (const line of turn.heard ?? []) if (line.who === 'phone') this.last = line.text;
  }

  /** The line with `{otp}` replaced, and a note for the transcript; an error note when no code was sent yet. */
  expand(line: string): { line: string; note?: string } {
    if (!line.includes(OTP_PLACEHOLDER)) return { line };
    if (this.last === undefined) {
      return { line, note: `! ${OTP_PLACEHOLDER}: no code has been sent to the phone yet, so it is said as typed` };
    }
    return { line: line.replaceAll(OTP_PLACEHOLDER, this.last), note: `${OTP_PLACEHOLDER} is ${this.last}` };
  }
}
