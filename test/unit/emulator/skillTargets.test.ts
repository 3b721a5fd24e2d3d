import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { invokeHandler, loadHandlerSkill } from '../../../emulator/skill/handlerSkill';
import { httpSkill } from '../../../emulator/skill/httpSkill';

const REQUEST = { version: '1.0', request: { type: 'LaunchRequest' } } as unknown as RequestEnvelope;
const answer = (text: string) => ({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text } } });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skill-targets-'));
});

describe('Lambda handlers as the emulator calls them', () => {
  it('awaits an async handler and hands it the event and a Lambda context', async () => {
    const handler = async (event: unknown, context: { getRemainingTimeInMillis(): number; awsRequestId: string }) =>
      answer(
        `${(event as RequestEnvelope).request.type} ${context.getRemainingTimeInMillis() > 0} ${context.awsRequestId.length}`,
      );
    expect(await invokeHandler(handler as never, REQUEST)).toEqual(answer('LaunchRequest true 36'));
  });

  it('waits for a callback-style handler’s callback, and takes its error', async () => {
    const ok = (_event: unknown, _context: unknown, callback: (e: unknown, r?: unknown) => void) => {
      setTimeout(() => callback(null, answer('later')), 5);
    };
    expect(await invokeHandler(ok as never, REQUEST)).toEqual(answer('later'));
    const failing = (_event: unknown, _context: unknown, callback: (e: unknown) => void) => callback('boom');
    await expect(invokeHandler(failing as never, REQUEST)).rejects.toThrow('the handler failed with "boom"');
  });

  it('passes on what a handler throws or rejects with', async () => {
    const throwing = () => {
      throw new Error('thrown');
    };
    await expect(invokeHandler(throwing as never, REQUEST)).rejects.toThrow('thrown');
    await expect(invokeHandler((async () => Promise.reject(new Error('rejected'))) as never, REQUEST)).rejects.toThrow(
      'rejected',
    );
  });

  it('gives up on a handler that neither resolves nor calls back, naming why', async () => {
    await expect(invokeHandler((() => undefined) as never, REQUEST, 50)).rejects.toThrow(
      'the handler neither resolved nor called its callback within 50 ms',
    );
  });

  it('loads a CommonJS and an ES module handler, named or by default `handler`', async () => {
    const cjs = join(dir, 'skill.cjs');
    const esm = join(dir, 'skill.mjs');
    await writeFile(
      cjs,
      "exports.alexa = (event, context, callback) => callback(null, { version: '1.0', response: { cjs: true } });\n",
    );
    await writeFile(esm, "export const handler = async () => ({ version: '1.0', response: { esm: true } });\n");
    expect(await (await loadHandlerSkill({ file: cjs, exportName: 'alexa' }))(REQUEST)).toMatchObject({
      response: { cjs: true },
    });
    expect(await (await loadHandlerSkill({ file: esm, exportName: 'handler' }))(REQUEST)).toMatchObject({
      response: { esm: true },
    });
  });

  it('says what a module exports when the handler is not among them, and when the file does not load', async () => {
    const esm = join(dir, 'other.mjs');
    await writeFile(esm, 'export const main = () => undefined;\nexport const version = 1;\n');
    await expect(loadHandlerSkill({ file: esm, exportName: 'handler' })).rejects.toThrow(
      `--skill-handler: ${esm} exports no function "handler" (it exports: main, version); name it with ${esm}#<export>`,
    );
    await expect(loadHandlerSkill({ file: join(dir, 'missing.js'), exportName: 'handler' })).rejects.toThrow(
      /^--skill-handler: cannot load .*missing\.js: /,
    );
  });
});

describe('a skill served over HTTP', () => {
  let server: Server;
  let reply: (res: ServerResponse, body: string) => void;
  let url: string;
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      reply(res, body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/skill`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('posts the envelope as JSON and returns the response envelope', async () => {
    reply = (res, body) => res.writeHead(200).end(JSON.stringify(answer(JSON.parse(body).request.type)));
    expect(await httpSkill(url)(REQUEST)).toEqual(answer('LaunchRequest'));
  });

  it.each([
    [(res: ServerResponse) => res.writeHead(500).end('it broke'), /answered HTTP 500: it broke/],
    [(res: ServerResponse) => res.writeHead(200).end('<html>'), /answered with something that is not JSON: <html>/],
    [(res: ServerResponse) => res.writeHead(200).end('{"ok":true}'), /answered JSON without \{version, response\}/],
  ])('says what was wrong with an answer (%#)', async (send, message) => {
    reply = (res) => send(res);
    await expect(httpSkill(url)(REQUEST)).rejects.toThrow(message);
  });

  it('says when nothing answers at the URL', async () => {
    await expect(httpSkill('http://127.0.0.1:9/skill')(REQUEST)).rejects.toThrow(
      /^the skill at http:\/\/127\.0\.0\.1:9\/skill did not answer: fetch failed/,
    );
  });
});
