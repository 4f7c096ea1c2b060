import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP, explorerRoute } from './explorer-route.ts';

// The explorer page over real HTTP from a folder like client/dist: the page with a policy that
// lets nothing load from elsewhere, and clear answers when it is not built or asked wrongly.

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explorer-'));
  const built = join(dir, 'built');
  const route = explorerRoute(built);
  const missing = explorerRoute(join(dir, 'not-built'));
  await mkdir(built);
  await writeFile(join(built, 'explorer.html'), '<!doctype html><title>GraphQL explorer</title>');
  server = createServer((req, res) => void (req.url === '/missing' ? missing : route)(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('explorer route', () => {
  it('serves the page, never cached, with a same-origin-only policy', async () => {
    const res = await fetch(`${base}/explorer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(await res.text()).toContain('GraphQL explorer');
    const head = await fetch(`${base}/explorer`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('says how to build it when the client is not built, and takes only GET and HEAD', async () => {
    const missing = await fetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/not built/);
    const post = await fetch(`${base}/explorer`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
