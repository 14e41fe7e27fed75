// A small static server for the end-to-end tests: serves a directory on 127.0.0.1 with
// correct types (application/wasm for streaming compilation) and optional extra headers.
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { readFile, readdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

// The test pages (hostile CSS, strict CSP, several widgets) the e2e tests and the bench open.
const FIXTURES = fileURLToPath(new URL("../../tests/e2e/fixtures/", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".png": "image/png", ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 (a free port); `headers(path)` adds per-request headers;
 *  `routes` maps a path to a handler `(req, res) => void` for test fixtures; `compress`
 *  serves brotli to clients that accept it, as a news site's CDN does; `tls` ({ key, cert })
 *  serves HTTP/2 over TLS (and HTTP/1.1 to clients without it), as news sites do (both for
 *  Lighthouse, whose network simulation depends on them); `precompress` compresses the files
 *  at the top of `root` before it answers, so no first request waits for brotli (measurements). */
export async function serve(root, { headers = () => ({}), routes = {}, compress = false, precompress = false, tls } = {}) {
  const brotli = new Map();
  const encode = (file, body) => {
    if (!brotli.has(file)) brotli.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return brotli.get(file);
  };
  if (compress && precompress) {
    for (const e of await readdir(root, { withFileTypes: true })) {
      if (e.isFile()) encode(normalize(join(root, e.name)), await readFile(join(root, e.name)));
    }
  }
  const handler = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (routes[path]) return routes[path](req, res);
    // Every real site has an icon; without one the browser's own request would log a 404.
    if (path === "/favicon.ico") return res.writeHead(204).end();
    // /fixtures/… comes from tests/e2e/fixtures, everything else from `root`.
    const base = path.startsWith("/fixtures/") ? FIXTURES : root;
    const rel = path.startsWith("/fixtures/") ? path.slice("/fixtures".length) : path;
    const file = normalize(join(base, rel.endsWith("/") ? rel + "index.html" : rel));
    if (!file.startsWith(normalize(base))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) };
      if (compress && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        res.writeHead(200, { ...type, "content-encoding": "br", vary: "accept-encoding" }).end(encode(file, body));
      } else {
        res.writeHead(200, type).end(body);
      }
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  const sessions = new Set(); // HTTP/2 sessions a browser keeps open would hold close() up
  server.on("session", (s) => (sessions.add(s), s.on("close", () => sessions.delete(s))));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  const close = () => new Promise((ok) => (server.close(ok), sessions.forEach((s) => s.destroy())));
  return { url: `${tls ? "https" : "http"}://127.0.0.1:${port}`, close };
}
