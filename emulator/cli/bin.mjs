#!/usr/bin/env node
// `ride-hailer-emulator`: runs the emulator's TypeScript sources as they are, through tsx's loader, so the
// command works from a fresh clone after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { emulatorCommand } = await import('./emulatorCommand.ts');
const code = await emulatorCommand(process.argv.slice(2));
if (code !== undefined) process.exit(code);
