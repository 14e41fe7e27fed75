// `make lighthouse`: Lighthouse 12.2.3 (mobile preset, Debian Chromium, headless) on the built
// article page with the widget prerendered (as built), with it not prerendered (the empty host
// of the two-line embed), and without it; and on a variant with the widget in the first
// viewport (so the widget can be the LCP element), prerendered and not. RUNS (3) runs each,
// interleaved, medians printed side by side and then every run, for two ways of serving it
// (MODES=h2 runs the first only):
//   HTTP/2 + TLS + brotli — how a news site and its CDN serve pages (the budget's figure);
//   HTTP/1.1 + brotli     — for comparison: there Lighthouse's network simulation charges a
//                           new connection to any extra file, even a 1 KB no-op script.
// LH_SAVE=dir keeps every full report, trace and network log for a closer look; ONLY, DIST and
// THROTTLING are described where they are read.
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
// DIST=dir measures another build (e.g. a copy of dist/ from before a change, side by side).
const dist = process.env.DIST ?? `${root}dist`;
const page = readFileSync(`${dist}/index.html`, "utf8");
// The prerendered host (`shuka render`, from `<div data-shuka` to the loader's script tag).
const host = /<div data-shuka[\s\S]*?<\/div>(?=\s*<script type="module" src="shuka.js")/.exec(page)?.[0];
if (!host?.includes("shadowrootmode")) throw new Error("dist/index.html: no prerendered widget (make build)");
const script = /<script type="module" src="shuka.js"[^>]*><\/script>/.exec(page)[0];
const empty = host.slice(0, host.indexOf(">") + 1) + "</div>";
// The page's head preloads the prerendered snippet's stylesheet: not for the other variants.
const preload = /\s*<link rel="preload" as="style"[^>]*>/.exec(page)?.[0] ?? "";
// The same article without the two embed lines: the baseline the widget is measured against.
const bare = page.replace(host, "").replace(script, "").replace(preload, "");
if (bare.includes("data-shuka") || bare.includes("shuka.js")) throw new Error("could not remove the embed snippet from dist/index.html");
// The article's two-line embed as before prerendering: an empty host the widget fills.
const plain = page.replace(host, empty).replace(preload, "");
// The widget right under the headline, in the first viewport: prerendered, and not.
const top = (widget) => page.replace(host, "").replace(script, "").replace("</header>\n      <p>", `</header>\n      ${widget}${script}\n      <p>`);
const first = top(host);
const firstPlain = top(empty).replace(preload, "");
for (const [name, html] of Object.entries({ plain, first, firstPlain })) {
  if (html === page || !html.includes(script)) throw new Error(`could not build the ${name} variant from dist/index.html`);
}
const snippet = { raw: Buffer.byteLength(host), brotli: brotliCompressSync(host).length };

// A throwaway self-signed certificate for 127.0.0.1 (Chromium is told to accept it).
const dir = mkdtempSync(`${tmpdir()}/shuka-lh-`);
execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
  "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
const tls = { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };

// Compressed once, as the built page is (compressing on each request delayed these pages'
// first byte by ~80 ms, which Lighthouse then charged to every request as server time).
const html = (body) => {
  const br = brotliCompressSync(body);
  return (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "br" }).end(br);
};
const routes = { "/bare.html": html(bare), "/plain.html": html(plain), "/first.html": html(first), "/first-plain.html": html(firstPlain) };
const PAGES = {
  "article + widget": "/",
  "article + widget, not prerendered": "/plain.html",
  "article alone": "/bare.html",
  "widget first, prerendered": "/first.html",
  "widget first, not prerendered": "/first-plain.html",
};
// ONLY=first keeps the pages whose name contains it and skips the Playwright measurements.
// (A substring: ONLY=prerendered keeps the "not prerendered" pages too.)
const names = Object.keys(PAGES);
if (process.env.ONLY) for (const name of names) if (!name.includes(process.env.ONLY)) delete PAGES[name];
if (!Object.keys(PAGES).length) throw new Error(`ONLY=${process.env.ONLY}: no page's name contains it (${names.join("; ")})`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// THROTTLING=devtools: Chromium itself slows the CPU (4×) and the network (Lighthouse's devtools
// equivalent of its simulated 150 ms RTT / 1.6 Mbit/s: 562.5 ms per request, 1,474.56 kbit/s
// down, 675 up), and the metrics are measured, not simulated from an unthrottled load.
const throttling = process.env.THROTTLING ? [`--throttling-method=${process.env.THROTTLING}`] : [];
const flags = [...CHROMIUM_ARGS.map((f) => (f === "--headless" ? "--headless=new" : f)), "--ignore-certificate-errors"].join(" ");

// Asynchronous: the server answering Lighthouse runs in this same process.
async function lighthouse(url) {
  const { protocol, pathname } = new URL(url);
  const name = `${protocol.replace(":", "")}${pathname.replace(/\W/g, "_")}-${Date.now()}`;
  // LH_SAVE also keeps the run's artifacts (its trace and network log) in a folder beside it.
  const save = process.env.LH_SAVE ? [`-GA=${process.env.LH_SAVE}/${name}`] : [];
  const { stdout: out } = await promisify(execFile)(
    `${root}tools/lighthouse/node_modules/.bin/lighthouse`,
    [url, "--output=json", "--quiet", "--only-categories=performance,accessibility", `--chrome-flags=${flags}`, ...throttling, ...save],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 },
  );
  if (process.env.LH_SAVE) writeFileSync(`${process.env.LH_SAVE}/${name}.json`, out);
  const r = JSON.parse(out);
  const observed = r.audits.metrics?.details?.items?.[0];
  return {
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    "FCP ms": r.audits["first-contentful-paint"].numericValue,
    "LCP ms": r.audits["largest-contentful-paint"].numericValue,
    "TBT ms": r.audits["total-blocking-time"].numericValue,
    CLS: r.audits["cumulative-layout-shift"].numericValue,
    // The same load as the browser painted it, before any simulation: LCP − FCP as observed.
    "obs LCP−FCP": observed ? observed.observedLargestContentfulPaint - observed.observedFirstContentfulPaint : NaN,
  };
}

const results = {};
const every = {}; // every run, printed after the medians: a median is never quoted alone
const MODES = [["HTTP/2 + TLS", { compress: true, precompress: true, routes, tls }], ["HTTP/1.1", { compress: true, precompress: true, routes }]].slice(0, process.env.MODES === "h2" ? 1 : 2);
for (const [mode, options] of MODES) {
  const server = await serve(dist, options);
  const runs = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of Object.entries(PAGES)) runs[name].push(await lighthouse(`${server.url}${path}`));
  }
  await server.close();
  for (const [name, rs] of Object.entries(runs)) {
    results[`${mode}: ${name}`] = Object.fromEntries(Object.keys(rs[0]).map((k) => [k, median(rs.map((r) => r[k]))]));
    every[`${mode}: ${name}`] = rs;
  }
}

// Lighthouse never scrolls: the shift a reader sees who scrolls to the widget before it starts
// is measured here, in Chromium at 4× CPU, the wasm held until the reader is there.
const shifts = {};
const timing = {};
/** A fresh 390×844 page at 4× CPU. */
async function phone(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await context.newPage();
  await (await context.newCDPSession(p)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, p };
}
if (!process.env.ONLY) {
  const { launch } = await import("../web/browser.mjs");
  const server = await serve(dist, { compress: true, precompress: true, routes });
  const browser = await launch();
  for (const [name, path] of [["prerendered", "/"], ["not prerendered", "/plain.html"]]) {
    shifts[name] = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, p } = await phone(browser);
      let release;
      const gate = new Promise((ok) => (release = ok));
      await p.route("**/*_bg.wasm", async (route) => (await gate, route.continue()));
      await p.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))).observe({ type: "layout-shift", buffered: true });
      });
      await p.goto(`${server.url}${path}`);
      await p.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
      await p.evaluate(() => (window.__cls = 0)); // from the reader's arrival on
      release();
      await p.locator("[data-shuka] .shuka-host:not(.shuka-pending):not(.shuka-static) .shuka-table").waitFor({ state: "attached", timeout: 60000 });
      await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      shifts[name].push(await p.evaluate(() => window.__cls));
      await context.close();
    }
  }
  // With the widget in the first viewport: when its first figure is on screen, and when it is
  // live (prerendered: the takeover; not: its table rendered), from navigation, at 4× CPU.
  for (const [name, path] of [["prerendered", "/first.html"], ["not prerendered", "/first-plain.html"]]) {
    timing[name] = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, p } = await phone(browser);
      await p.goto(`${server.url}${path}`, { waitUntil: "commit" });
      const figure = await p.waitForFunction(() => {
        const v = document.querySelector("[data-shuka]")?.shadowRoot?.querySelector(".shuka-value");
        return v && v.getBoundingClientRect().height > 0 && performance.now();
      }, null, { polling: "raf", timeout: 60000 });
      const shown = await figure.jsonValue();
      const live = await p.waitForFunction(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-host:not(.shuka-pending):not(.shuka-static) .shuka-table") && performance.now(), null, { polling: "raf", timeout: 60000 });
      timing[name].push([shown, await live.jsonValue()]);
      await context.close();
    }
  }
  await browser.close();
  await server.close();
}

console.log(`Lighthouse 12.2.3, mobile preset, ${process.env.THROTTLING ?? "simulated"} throttling, medians of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}`);
const keys = Object.keys(Object.values(results)[0]);
console.log(`${"".padEnd(32)}${keys.map((k) => k.padStart(14)).join("")}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(32)}${keys.map((k) => (k === "CLS" ? r[k].toFixed(3) : Math.round(r[k]).toString()).padStart(14)).join("")}`);
}
for (const [mode] of MODES) {
  const w = results[`${mode}: article + widget`], a = results[`${mode}: article alone`];
  if (!w || !a || process.env.THROTTLING) continue; // the budgets are the simulation's figures
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
console.log(`The prerendered snippet in dist/index.html: ${snippet.raw} B raw, ${snippet.brotli} B brotli (alone; within the page it compresses further).`);
for (const [name, runs] of Object.entries(shifts)) {
  console.log(`CLS after scrolling to the widget before its wasm arrives, ${name} (390×844, 4× CPU): median ${median(runs).toFixed(3)}; every run ${runs.map((r) => r.toFixed(3)).join(" ")}`);
}
for (const [name, runs] of Object.entries(timing)) {
  const f = (i) => `median ${Math.round(median(runs.map((r) => r[i])))} ms; every run ${runs.map((r) => Math.round(r[i])).join(" ")}`;
  console.log(`Widget first, ${name} (390×844, 4× CPU, HTTP/1.1 + brotli, no network throttling): first figure on screen ${f(0)}; live ${f(1)}`);
}
