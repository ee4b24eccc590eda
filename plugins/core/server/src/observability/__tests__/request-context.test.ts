import { winston } from '@strapi/logger';
import { jsonLogFormat } from '../log-format';
import { chooseRequestId, currentRequestId, rememberForRequest, runWithRequestId } from '../request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it("takes a trusted proxy's well-formed id, and makes a new one otherwise", () => {
    expect(chooseRequestId('4d9c1e0f8a2b4c6d8e0f1a2b3c4d5e6f', true)).toBe('4d9c1e0f8a2b4c6d8e0f1a2b3c4d5e6f');
    expect(chooseRequestId('4d9c1e0f8a2b4c6d8e0f1a2b3c4d5e6f', false)).toMatch(UUID);
    expect(chooseRequestId('x\n{"level":"error"}', true)).toMatch(UUID);
    expect(chooseRequestId('short', true)).toMatch(UUID);
    expect(chooseRequestId(undefined, true)).toMatch(UUID);
  });

  it('is known inside the request, also after awaits, and unknown outside it', async () => {
    expect(currentRequestId()).toBeUndefined();
    const seen = await runWithRequestId('request-0001', async () => {
      await new Promise((r) => setTimeout(r, 5));
      return currentRequestId();
    });
    expect(seen).toBe('request-0001');
    expect(currentRequestId()).toBeUndefined();
  });

  it('writes one JSON object per log line with the request id', async () => {
    const lines: string[] = [];
    const logger = winston.createLogger({
      format: jsonLogFormat(),
      transports: [new winston.transports.Stream({ stream: new (require('node:stream').Writable)({ write: (c: Buffer, _e: string, done: () => void) => (lines.push(c.toString()), done()) }) })],
    });
    await runWithRequestId('request-0002', async () => logger.info('signed'));
    logger.info('outside');
    await new Promise((r) => setImmediate(r));
    const [inside, outside] = lines.map((l) => JSON.parse(l));
    expect(inside).toMatchObject({ level: 'info', message: 'signed', requestId: 'request-0002', timestamp: expect.any(String) });
    expect(outside.requestId).toBeUndefined();
  });

  it('computes a remembered answer once per request, again in the next request, and every time outside one', async () => {
    let computed = 0;
    const ask = () => rememberForRequest('question', async () => ++computed);
    await runWithRequestId('request-0003', async () => {
      expect(await ask()).toBe(1);
      expect(await ask()).toBe(1);
    });
    await runWithRequestId('request-0004', async () => expect(await ask()).toBe(2));
    expect(await ask()).toBe(3);
    expect(await ask()).toBe(4);
  });
});
