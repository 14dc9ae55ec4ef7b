import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw request: `fetch` would normalise `..` and could not show what the server does with it. */
function get(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const SHELL =
  '<!doctype html><html><head><title>Hyperread</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

describe('the preview server (scripts/serve.ts)', () => {
  let root: string;
  let server: RunningServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hyperread-serve-'));
    const dist = join(root, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await mkdir(join(dist, 'api/v1/articles'), { recursive: true });
    await writeFile(join(dist, 'index.html'), SHELL);
    await writeFile(join(dist, 'assets/index-abc123.js'), SCRIPT);
    await writeFile(join(dist, 'assets/index-abc123.css'), 'body{margin:0}');
    await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(dist, 'manifest.webmanifest'), '{}');
    await writeFile(join(dist, 'api/v1/articles/über-kvm.json'), '{"slug":"über-kvm"}');
    await mkdir(join(dist, 'api/v1/search/fragment'), { recursive: true });
    await writeFile(join(dist, 'api/v1/search/fragment/en_1.pf_fragment'), gzipSync('x'.repeat(4000)));
    await writeFile(join(root, 'secret.txt'), 'outside dist');
    await symlink(join(root, 'secret.txt'), join(dist, 'leak.txt'));
    server = await startServer({ dir: dist, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves existing files with their content type', async () => {
    const cases: [string, string][] = [
      ['/assets/index-abc123.js', 'text/javascript'],
      ['/assets/index-abc123.css', 'text/css'],
      ['/favicon.svg', 'image/svg+xml'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/', 'text/html'],
    ];
    for (const [path, type] of cases) {
      const reply = await get(server.url, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toContain(type);
    }
  });

  it('answers every unknown non-API path with the SPA shell and 200', async () => {
    for (const path of [
      '/2008/06/red-hat-adopts-kvm',
      '/label/kvm?month=2008-06',
      '/nonsense/path/x',
      '/assets',
    ]) {
      const reply = await get(server.url, path);
      expect(reply.status, path).toBe(200);
      expect(reply.body.toString(), path).toBe(SHELL);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers a missing API file with a JSON 404, never the shell', async () => {
    for (const path of ['/api/v1/articles/nope.json', '/api/v1/', '/api/v1/feed/99.json']) {
      const reply = await get(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toContain('application/json');
      expect(JSON.parse(reply.body.toString()), path).toMatchObject({ status: 404 });
    }
  });

  it('answers a missing hashed asset with 404, so a stale chunk fails instead of parsing HTML', async () => {
    const reply = await get(server.url, '/assets/index-gone.js');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('<!doctype');
  });

  it('decodes percent-encoded Unicode paths', async () => {
    const reply = await get(server.url, `/api/v1/articles/${encodeURIComponent('über-kvm')}.json`);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body.toString())).toEqual({ slug: 'über-kvm' });
  });

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/api/v1/..%2f..%2f..%2fsecret.txt',
      '/leak.txt',
    ]) {
      const reply = await get(server.url, path);
      expect(reply.body.toString(), path).not.toContain('outside dist');
    }
    expect((await get(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.url, '/a%00b')).status).toBe(400);
  });

  it('gzips for clients that accept it and serves plain bytes to the others', async () => {
    const zipped = await get(server.url, '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);

    const again = await get(server.url, '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(again.body.equals(zipped.body)).toBe(true);

    const plain = await get(server.url, '/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);

    const refused = await get(server.url, '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();

    // Pagefind's files are gzip inside already: sent as they are, for Pagefind to unpack.
    const fragment = await get(server.url, '/api/v1/search/fragment/en_1.pf_fragment', {
      'Accept-Encoding': 'gzip',
    });
    expect(fragment.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(fragment.body).toString()).toBe('x'.repeat(4000));
  });

  it('caches hashed assets forever, the shell never, the API briefly', async () => {
    expect((await get(server.url, '/assets/index-abc123.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(server.url, '/index.html')).headers['cache-control']).toBe('no-cache');
    expect((await get(server.url, '/')).headers['cache-control']).toBe('no-cache');
    expect(
      (await get(server.url, `/api/v1/articles/${encodeURIComponent('über-kvm')}.json`)).headers[
        'cache-control'
      ],
    ).toMatch(/^public, max-age=\d{2,3}$/);
  });

  it('revalidates with ETags', async () => {
    const first = await get(server.url, '/');
    const etag = String(first.headers.etag);
    const second = await get(server.url, '/', { 'If-None-Match': etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it('sends a strict Content-Security-Policy with every response', async () => {
    for (const path of ['/', '/2008/06/x', '/assets/index-abc123.js', '/api/v1/nope.json']) {
      const csp = String((await get(server.url, path)).headers['content-security-policy']);
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server.url, '/assets/index-abc123.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await get(server.url, '/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
