// A small static server for the end-to-end tests: serves a directory on 127.0.0.1 with
// correct types (application/wasm for streaming compilation) and optional extra headers.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".png": "image/png", ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 (a free port); `headers(path)` adds per-request headers;
 *  `routes` maps a path to a handler `(req, res) => void` for test fixtures. */
export async function serve(root, { headers = () => ({}), routes = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (routes[path]) return routes[path](req, res);
    // /fixtures/… comes from tests/e2e/fixtures, everything else from `root`.
    const base = path.startsWith("/fixtures/") ? FIXTURES : root;
    const rel = path.startsWith("/fixtures/") ? path.slice("/fixtures".length) : path;
    const file = normalize(join(base, rel.endsWith("/") ? rel + "index.html" : rel));
    if (!file.startsWith(normalize(base))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
