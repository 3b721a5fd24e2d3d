import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CodeFactory } from '../../../service/bench/codeFactory';
import { exchangeCode } from '../../helpers/service/alexa';
import { DEMO } from '../../helpers/service/link';
import { startTestService, type TestService } from '../../helpers/service/testService';

describe('the token benchmark’s code factory', () => {
  let service: TestService;
  let confirming: TestService;
  beforeAll(async () => {
    service = await startTestService();
    confirming = await startTestService({ LINKED_PAGE_REDIRECT_SECONDS: '2' }, service);
  });
  afterAll(async () => {
    await confirming.close();
    await service.close();
  });

  it.each([
    ['the default redirect', () => service],
    ['the opt-in confirmation page', () => confirming],
  ])('mints codes the token endpoint accepts, through %s', async (_label, target) => {
    const factory = new CodeFactory(target().url, DEMO.email, DEMO.password);
    const codes = [await factory.code(), await factory.code()];
    expect(new Set(codes).size).toBe(2);
    for (const code of codes) expect((await exchangeCode(target().tokenUrl, code, 'basic')).status).toBe(200);
  });
});
