import { randomUUID } from 'node:crypto';
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { crc32 } from 'node:zlib';

/**
 * How a call fails: `reset` drops the connection (TCP RST), `hang` never answers, `throttling` and `throughput`
 * answer DynamoDB's two throttling errors, `internal` its 500. `hold` is no failure: the call waits until
 * {@link FaultyDynamo.release}, then goes through. (Connection refused is {@link FaultyDynamo.refuse}.)
 */
export type DynamoFault = 'reset' | 'hang' | 'throttling' | 'throughput' | 'internal' | 'hold';

/** One DynamoDB call as it crossed the proxy. */
export interface DynamoCall {
  /** The operation from `X-Amz-Target`, e.g. `PutItem`. */
  operation: string;
  /** The request body (TableName, Key, Item, …). */
  body: Record<string, unknown>;
  /** The fault it got, if any. */
  fault?: DynamoFault;
}

/** Which calls fail, and how; `times` (default: every matching call) counts down. */
export interface FaultRule {
  fault: DynamoFault;
  match?: (call: DynamoCall) => boolean;
  times?: number;
}

/** A proxy in front of a DynamoDB endpoint that passes calls through until told to fail them. */
export interface FaultyDynamo {
  endpoint: string;
  /** Every call that reached the proxy, in order. */
  calls: DynamoCall[];
  fail(rule: FaultRule): void;
  /** Resolves once a call matched a `hold` rule and is waiting. */
  held(): Promise<void>;
  /** Lets every held call through. */
  release(): void;
  /** Stops listening and drops every open connection: new connections are refused until {@link heal}. */
  refuse(): Promise<void>;
  /** No more faults: rules cleared, hung calls dropped, listening again. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

const ERRORS = {
  throttling: {
    status: 400,
    type: 'ThrottlingException',
    body: {
      __type: 'com.amazon.coral.availability#ThrottlingException',
      message: 'Rate of requests exceeds the allowed throughput.',
    },
  },
  throughput: {
    status: 400,
    type: 'ProvisionedThroughputExceededException',
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
      message:
        'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
    },
  },
  internal: {
    status: 500,
    type: 'InternalServerError',
    body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' },
  },
} as const;

/** Answers as DynamoDB does: JSON 1.0 error body, `x-amzn-ErrorType`, request id and the body's CRC32. */
function answerError(res: ServerResponse, fault: keyof typeof ERRORS): void {
  const { status, type, body } = ERRORS[fault];
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': String(text.length),
    'x-amzn-ErrorType': type,
    'x-amzn-RequestId': randomUUID(),
    'x-amz-crc32': String(crc32(text)),
  });
  res.end(text);
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the proxy on 127.0.0.1:0 in front of `target` (dynalite's endpoint). */
export async function startFaultyDynamo(target: string): Promise<FaultyDynamo> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  const hung = new Set<Socket>();
  const rules: FaultRule[] = [];
  const calls: DynamoCall[] = [];
  const waiting: Array<() => void> = [];
  let onHold: (() => void) | undefined;

  const pick = (call: DynamoCall): DynamoFault | undefined => {
    const rule = rules.find((r) => (r.times ?? 1) > 0 && (r.match?.(call) ?? true));
    if (rule === undefined) return undefined;
    if (rule.times !== undefined) rule.times -= 1;
    return rule.fault;
  };

  const server = createServer(async (req, res) => {
    const raw = await readAll(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      // Passed through as it came; DynamoDB itself answers a malformed body.
    }
    const call: DynamoCall = { operation, body };
    calls.push(call);
    call.fault = pick(call);
    if (call.fault === 'reset') return req.socket.resetAndDestroy();
    if (call.fault === 'hang') return void hung.add(req.socket);
    if (call.fault === 'hold') {
      waiting.push(() => pass(req, res, raw));
      return onHold?.();
    }
    if (call.fault !== undefined) return answerError(res, call.fault);
    pass(req, res, raw);
  });
  const pass = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    forward.end(raw);
  };
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      hung.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const dropAll = (which: Set<Socket>) => {
    for (const socket of which) socket.destroy();
  };
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      dropAll(sockets);
    });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    fail: (rule) => {
      rules.push({ ...rule });
    },
    held: () =>
      waiting.length > 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            onHold = resolve;
          }),
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
    refuse: stopListening,
    heal: async () => {
      rules.length = 0;
      dropAll(hung);
      if (!server.listening) await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: async () => {
      await stopListening();
      agent.destroy();
    },
  };
}
