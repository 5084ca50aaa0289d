import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/some/sub/path/ */
  url: string;
  origin: string;
  /** The headers added to every response. */
  headers: Readonly<Record<string, string>>;
  /** Every path requested, with its status, in order. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/**
 * Serves `dir` under `base` on a free loopback port, like a plain static host:
 * directory URLs get index.html, unknown paths get 404.html with status 404.
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 */
export async function serveStatic(
  dir: string,
  base = '/',
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const log: { path: string; status: number }[] = [];
  const send = async (res: import('node:http').ServerResponse, file: string, status: number) => {
    const body = await readFile(file);
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const status404 = async () => {
      log.push({ path: urlPath, status: 404 });
      const notFound = path.join(dir, '404.html');
      try {
        await send(res, notFound, 404);
      } catch {
        res.writeHead(404, headers);
        res.end('not found');
      }
    };
    if (!urlPath.startsWith(base) && urlPath + '/' !== base) return status404();
    const rel = urlPath.slice(Math.min(base.length, urlPath.length));
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) return status404();
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      return status404();
    }
    log.push({ path: urlPath, status: 200 });
    await send(res, file, 200);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    headers,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
