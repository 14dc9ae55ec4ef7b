import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, posix, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import {
  SECURITY_HEADERS,
  acceptsGzip,
  cacheControlOf,
  contentTypeOf,
  isCompressible,
} from './serve-headers';

const gzip = promisify(gzipCallback);

type Entry = { version: string; body: Buffer; gzipped?: Promise<Buffer> };

/** Bytes kept in memory (raw and gzipped); past this the cache starts over. */
const CACHE_LIMIT = 64 * 1024 * 1024;

/**
 * The production rule, as the README's nginx snippet states it: a file that exists is served;
 * a missing `/api/**` or `/assets/**` file is a 404 (never the shell, so a stale chunk or a missing
 * article fails loudly); any other path gets `index.html` with 200 and the SPA routes it.
 */
export function createStaticHandler(dir: string) {
  const root = resolve(dir);
  const cache = new Map<string, Entry>();
  let cachedBytes = 0;
  let realRoot: Promise<string> | undefined;

  async function findFile(urlPath: string): Promise<{ file: string; version: string } | null> {
    const candidate = join(root, urlPath);
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    try {
      // Directories are not files: like nginx's `try_files $uri /index.html`, they get the shell.
      const info = await stat(candidate);
      if (!info.isFile()) return null;
      // A symlink inside dist must not lead outside it.
      realRoot ??= realpath(root);
      if (!(await realpath(candidate)).startsWith((await realRoot) + sep)) return null;
      return {
        file: candidate,
        version: `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`,
      };
    } catch {
      return null;
    }
  }

  async function load(file: string, version: string): Promise<Entry> {
    const hit = cache.get(file);
    if (hit?.version === version) return hit;
    const body = await readFile(file);
    if (cachedBytes + body.length > CACHE_LIMIT) {
      cache.clear();
      cachedBytes = 0;
    }
    const entry: Entry = { version, body };
    cache.set(file, entry);
    cachedBytes += body.length;
    return entry;
  }

  function gzipped(entry: Entry): Promise<Buffer> {
    entry.gzipped ??= gzip(entry.body, { level: 9 }).then((bytes) => {
      cachedBytes += bytes.length;
      return bytes;
    });
    return entry.gzipped;
  }

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    found: { file: string; version: string },
    urlPath: string,
  ): Promise<void> {
    const entry = await load(found.file, found.version);
    const compress = isCompressible(found.file) && entry.body.length > 256;
    const useGzip = compress && acceptsGzip(req.headers['accept-encoding']);
    const etag = `W/"${found.version}"`;
    res.setHeader('Content-Type', contentTypeOf(found.file));
    res.setHeader('Cache-Control', cacheControlOf(urlPath));
    res.setHeader('ETag', etag);
    if (compress) res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304).end();
      return;
    }
    const body = useGzip ? await gzipped(entry) : entry.body;
    if (useGzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function fail(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    urlPath: string,
    message: string,
  ): void {
    const json = urlPath.startsWith('/api/');
    const body = json ? JSON.stringify({ error: message, status, path: urlPath }) : `${message}\n`;
    res.writeHead(status, {
      'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    let urlPath: string;
    try {
      urlPath = posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    } catch {
      return fail(req, res, 400, '/', 'Bad Request');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return fail(req, res, 405, urlPath, 'Method Not Allowed');
    }
    if (urlPath.includes('\0')) return fail(req, res, 400, urlPath, 'Bad Request');

    const found = await findFile(urlPath);
    if (found) return send(req, res, found, urlPath);
    if (/^\/(api|assets)\//.test(urlPath)) return fail(req, res, 404, urlPath, 'Not Found');
    const shell = await findFile('/index.html');
    if (!shell) return fail(req, res, 500, urlPath, `No index.html in ${root}: run npm run build first`);
    // The fallback path is never under /assets/ or /api/, so it gets the shell's `no-cache`.
    return send(req, res, shell, urlPath);
  };
}
