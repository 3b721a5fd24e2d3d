import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillInvoker } from '../conversation/types';

/** Where `--skill-handler FILE[#export]` points: a module and the name of its Lambda handler (default `handler`). */
export interface HandlerSpec {
  file: string;
  exportName: string;
}

/** A skill that cannot be loaded or called; the message names the file or URL and what to change. */
export class SkillTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkillTargetError';
  }
}

/**
 * How long the emulator waits for a handler that neither resolves nor calls its callback. Longer than Alexa's
 * 8 s, so a slow skill still answers here; the guard only keeps a forgotten callback from hanging the dialog.
 */
export const HANDLER_GUARD_MS = 30_000;

/** Reads `FILE[#export]`; `lambda/index.js#handler` and `skill.mjs` (export `handler`) are both fine. */
export function parseHandlerSpec(spec: string): HandlerSpec {
  const hash = spec.lastIndexOf('#');
  const file = (hash === -1 ? spec : spec.slice(0, hash)).trim();
  const exportName = hash === -1 ? 'handler' : spec.slice(hash + 1).trim();
  if (file === '')
    throw new SkillTargetError(`--skill-handler needs a file, as in skill/index.js#handler (got "${spec}")`);
  if (!/^[A-Za-z_$][\w$]*$/.test(exportName)) {
    throw new SkillTargetError(`--skill-handler: "${exportName}" is not an export name (FILE#handler)`);
  }
  return { file, exportName };
}

type Callback = (error?: unknown, result?: unknown) => void;
type LambdaHandler = (event: unknown, context: unknown, callback: Callback) => unknown;

/** The parts of the Lambda context object handlers read, for one invocation. */
function lambdaContext(deadline: number, done: Callback) {
  return {
    functionName: 'emulated-skill',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:emulated-skill',
    memoryLimitInMB: '128',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/emulated-skill',
    logStreamName: 'emulator',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done,
    succeed: (result: unknown) => done(null, result),
    fail: (error: unknown) => done(error ?? new Error('context.fail')),
  };
}

/**
 * Calls a Node.js Lambda handler the way the Lambda runtime does: async handlers resolve their promise;
 * callback handlers (such as ask-sdk-core's `.lambda()`) call `callback(error, result)`.
 */
export function invokeHandler(handler: LambdaHandler, event: RequestEnvelope, guardMs = HANDLER_GUARD_MS) {
  return new Promise<ResponseEnvelope>((resolvePromise, reject) => {
    let settled = false;
    const done: Callback = (error, result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error !== undefined && error !== null) {
        reject(error instanceof Error ? error : new Error(`the handler failed with ${JSON.stringify(error)}`));
      } else resolvePromise(result as ResponseEnvelope);
    };
    const timer = setTimeout(
      () => done(new Error(`the handler neither resolved nor called its callback within ${guardMs} ms`)),
      guardMs,
    );
    try {
      const returned = handler(event, lambdaContext(Date.now() + guardMs, done), done);
      if (returned !== null && typeof (returned as Promise<unknown>)?.then === 'function') {
        (returned as Promise<unknown>).then(
          (result) => done(null, result),
          (error: unknown) => done(error ?? new Error('the handler rejected')),
        );
      }
    } catch (error) {
      done(error);
    }
  });
}

/** The handler function a loaded module exports: a named export, or a property of a CommonJS module's exports. */
function handlerOf(module: Record<string, unknown>, name: string): unknown {
  if (typeof module[name] === 'function') return module[name];
  const commonJs = module.default as Record<string, unknown> | undefined;
  return commonJs !== null && typeof commonJs === 'object' ? commonJs[name] : undefined;
}

/**
 * Loads a Lambda handler (CommonJS or ES module JavaScript) and returns it as the emulator's skill: envelope
 * in, response out.
 */
export async function loadHandlerSkill(spec: HandlerSpec, guardMs = HANDLER_GUARD_MS): Promise<SkillInvoker> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(spec.file)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new SkillTargetError(`--skill-handler: cannot load ${spec.file}: ${(error as Error).message}`);
  }
  const handler = handlerOf(module, spec.exportName);
  if (typeof handler !== 'function') {
    const names = Object.keys(module).filter((key) => key !== 'default');
    throw new SkillTargetError(
      `--skill-handler: ${spec.file} exports no function "${spec.exportName}"` +
        ` (it exports: ${names.join(', ') || 'nothing by name'}); name it with ${spec.file}#<export>`,
    );
  }
  return (request) => invokeHandler(handler as LambdaHandler, request, guardMs);
}
