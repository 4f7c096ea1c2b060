import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyUsageRecorder } from './api-key-usage.ts';

// The gateway's usage counter against a stand-in for the portal's usage route over HTTP: what it
// sends, that it signs it, and that counts survive a failed flush.

const signingKey = randomBytes(32);
let server: Server;
let url: URL;
let answer = 200;
const received: Array<{ signed: boolean; usage: any[] }> = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const expected = createHmac('sha256', signingKey).update(body).digest('base64url');
    if (answer === 200) {
      received.push({
        signed: req.headers['x-portal-signature'] === expected,
        usage: JSON.parse(body.toString('utf8')).usage,
      });
    }
    res.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/usage`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('API key usage recorder', () => {
  it('sends per key and day sums, signed, and keeps them through a failed flush', async () => {
    let now = Date.parse('2026-11-24T23:59:59Z');
    const recorder = createApiKeyUsageRecorder({
      usageUrl: url,
      signingKey,
      flushMs: 60_000,
      now: () => now,
    });
    recorder.record('k1', 'ok');
    recorder.record('k1', 'error');
    recorder.record('k1', 'rate-limited');
    recorder.record('k2', 'ok');
    answer = 503;
    await recorder.flush();
    expect(received).toEqual([]);

    answer = 200;
    now += 2_000; // the next day (UTC)
    recorder.record('k1', 'ok');
    await recorder.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.signed).toBe(true);
    expect(received[0]!.usage).toEqual(
      expect.arrayContaining([
        { apiKeyId: 'k1', day: '2026-11-24', requests: 3, errors: 1, rateLimited: 1 },
        { apiKeyId: 'k2', day: '2026-11-24', requests: 1, errors: 0, rateLimited: 0 },
        { apiKeyId: 'k1', day: '2026-11-25', requests: 1, errors: 0, rateLimited: 0 },
      ]),
    );
    expect(received[0]!.usage).toHaveLength(3);
    // Nothing twice: a flush with nothing new sends nothing.
    await recorder.flush();
    expect(received).toHaveLength(1);
  });
});
