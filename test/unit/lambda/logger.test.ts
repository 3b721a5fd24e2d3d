import { createLogger, describeError, REDACTED } from '../../../lambda/logger';

function capture(level: Parameters<typeof createLogger>[0] = 'debug') {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, { service: 'test' }, (line) => lines.push(line)) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time and message', () => {
    const { lines, logger } = capture();
    logger.info('hello', { n: 1 });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      level: 'info',
      time: expect.any(String),
      message: 'hello',
      service: 'test',
      n: 1,
    });
  });

  it('redacts credentials under any nesting', () => {
    const { lines, logger } = capture();
    logger.info('x', {
      accessToken: 'a',
      nested: { refresh_token: 'b', code: 'c', list: [{ Authorization: 'Bearer d' }], client_secret: 'e' },
    });
    const entry = JSON.parse(lines[0] ?? '');
    expect(entry.accessToken).toBe(REDACTED);
    expect(entry.nested).toEqual({
      refresh_token: REDACTED,
      code: REDACTED,
      list: [{ Authorization: REDACTED }],
      client_secret: REDACTED,
    });
  });

  it('logs errors as name, error code and message only, whether passed raw or described', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('boom', { cause: new Error('inner') }), {
      code: 'ECONNREFUSED',
      config: { headers: { Authorization: 'Bearer t' } },
    });
    logger.error('failed', { error });
    logger.error('failed', { error: describeError(error) });
    const expected = {
      name: 'Error',
      message: 'boom',
      errorCode: 'ECONNREFUSED',
      cause: { name: 'Error', message: 'inner' },
    };
    expect(JSON.parse(lines[0] ?? '').error).toEqual(expected);
    expect(JSON.parse(lines[1] ?? '').error).toEqual(expected);
  });

  it('drops entries below the level, and everything when silent', () => {
    const warn = capture('warn');
    warn.logger.info('no');
    warn.logger.warn('yes');
    expect(warn.lines).toHaveLength(1);
    const silent = capture('silent');
    silent.logger.error('no');
    expect(silent.lines).toHaveLength(0);
  });

  it('child loggers carry their fields', () => {
    const { lines, logger } = capture();
    logger.child({ requestId: 'r1' }).info('x');
    expect(JSON.parse(lines[0] ?? '').requestId).toBe('r1');
  });
});
