// `make lighthouse`: Lighthouse 12.2.3 (mobile preset, Debian Chromium, headless) on the built
// article page with and without the widget, RUNS (3) runs each, interleaved, medians printed
// side by side and then every run, for two ways of serving it:
//   HTTP/2 + TLS + brotli — how a news site and its CDN serve pages (the budget's figure);
//   HTTP/1.1 + brotli     — for comparison: there Lighthouse's network simulation charges a
//                           new connection to any extra file, even a 1 KB no-op script.
// LH_SAVE=dir keeps every full report for a closer look.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFile, execFileSync } from "node:child_process";
import { brotliCompressSync } from "node:zlib";
import { promisify } from "node:util";
import { serve } from "../web/server.mjs";
import { CHROMIUM_ARGS } from "../web/browser.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 3);
const page = readFileSync(`${root}dist/index.html`, "utf8");
// The same article without the two embed lines: the baseline the widget is measured against.
const bare = page.replace(/<div data-shuka[^>]*><\/div>/, "").replace(/<script type="module" src="shuka.js"[^>]*><\/script>/, "");
if (bare.includes("data-shuka") || bare.includes("shuka.js")) throw new Error("could not remove the embed snippet from dist/index.html");

// A throwaway self-signed certificate for 127.0.0.1 (Chromium is told to accept it).
const dir = mkdtempSync(`${tmpdir()}/shuka-lh-`);
execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
  "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
const tls = { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };

const routes = {
  "/bare.html": (req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "br" }).end(brotliCompressSync(bare)),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const flags = [...CHROMIUM_ARGS.map((f) => (f === "--headless" ? "--headless=new" : f)), "--ignore-certificate-errors"].join(" ");

// Asynchronous: the server answering Lighthouse runs in this same process.
async function lighthouse(url) {
  const { stdout: out } = await promisify(execFile)(
    `${root}tools/lighthouse/node_modules/.bin/lighthouse`,
    [url, "--output=json", "--quiet", "--only-categories=performance,accessibility", `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 },
  );
  if (process.env.LH_SAVE) writeFileSync(`${process.env.LH_SAVE}/${new URL(url).protocol.replace(":", "")}${new URL(url).pathname.replace(/\W/g, "_")}-${Date.now()}.json`, out);
  const r = JSON.parse(out);
  return {
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    "FCP ms": r.audits["first-contentful-paint"].numericValue,
    "LCP ms": r.audits["largest-contentful-paint"].numericValue,
    "TBT ms": r.audits["total-blocking-time"].numericValue,
    CLS: r.audits["cumulative-layout-shift"].numericValue,
  };
}

const results = {};
const every = {}; // every run, printed after the medians: a median is never quoted alone
for (const [mode, options] of [["HTTP/2 + TLS", { compress: true, routes, tls }], ["HTTP/1.1", { compress: true, routes }]]) {
  const server = await serve(`${root}dist`, options);
  const runs = { "article + widget": [], "article alone": [] };
  for (let i = 0; i < RUNS; i++) {
    runs["article + widget"].push(await lighthouse(`${server.url}/`));
    runs["article alone"].push(await lighthouse(`${server.url}/bare.html`));
  }
  await server.close();
  for (const [name, rs] of Object.entries(runs)) {
    results[`${mode}: ${name}`] = Object.fromEntries(Object.keys(rs[0]).map((k) => [k, median(rs.map((r) => r[k]))]));
    every[`${mode}: ${name}`] = rs;
  }
}

console.log(`Lighthouse 12.2.3, mobile preset, medians of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}`);
const keys = Object.keys(Object.values(results)[0]);
console.log(`${"".padEnd(32)}${keys.map((k) => k.padStart(14)).join("")}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(32)}${keys.map((k) => (k === "CLS" ? r[k].toFixed(3) : Math.round(r[k]).toString()).padStart(14)).join("")}`);
}
for (const mode of ["HTTP/2 + TLS", "HTTP/1.1"]) {
  const w = results[`${mode}: article + widget`], a = results[`${mode}: article alone`];
  const ok = (b) => (b ? "ok" : "OVER");
  console.log(
    `${mode}: widget adds TBT ${Math.round(w["TBT ms"] - a["TBT ms"])} ms (${ok(w["TBT ms"] - a["TBT ms"] <= 50)}), ` +
      `LCP ${Math.round(w["LCP ms"] - a["LCP ms"])} ms (${ok(w["LCP ms"] - a["LCP ms"] <= 100)}); ` +
      `budget: performance ${ok(w.performance >= 98)}, LCP ${ok(w["LCP ms"] <= 1500)}, TBT ${ok(w["TBT ms"] <= 50)}, CLS ${ok(w.CLS <= 0.01)}`,
  );
}
console.log("Every run (in the order they ran):");
for (const [name, rs] of Object.entries(every)) {
  for (const k of keys) console.log(`${`${name}, ${k}`.padEnd(46)}${rs.map((r) => (k === "CLS" ? r[k].toFixed(3) : Math.round(r[k]).toString())).join(" ")}`);
}
