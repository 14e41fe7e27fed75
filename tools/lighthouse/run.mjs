// `make lighthouse`: Lighthouse 12.2.3 (mobile preset, Debian Chromium, headless) on the built
// article page, three runs each with and without the widget, medians printed side by side.
import { readFileSync } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { serve } from "../../tests/e2e/server.mjs";
import { CHROMIUM_ARGS } from "../../tests/e2e/browser.mjs";

const root = new URL("../..", import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 3);
const page = readFileSync(`${root}dist/index.html`, "utf8");
// The same article without the two embed lines: the baseline the widget is measured against.
const bare = page.replace(/<div data-shuka[^>]*><\/div>/, "").replace(/<script type="module" src="shuka.js"><\/script>/, "");
if (bare === page) throw new Error("could not remove the embed snippet from dist/index.html");
const server = await serve(`${root}dist`, {
  routes: { "/bare.html": (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(bare) },
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Asynchronous: the server answering Lighthouse runs in this same process.
async function lighthouse(url) {
  const { stdout: out } = await promisify(execFile)(
    `${root}tools/lighthouse/node_modules/.bin/lighthouse`,
    [url, "--output=json", "--quiet", "--only-categories=performance,accessibility", `--chrome-flags=${CHROMIUM_ARGS.join(" ").replace("--headless", "--headless=new")}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 },
  );
  const r = JSON.parse(out);
  return {
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    "LCP ms": r.audits["largest-contentful-paint"].numericValue,
    "TBT ms": r.audits["total-blocking-time"].numericValue,
    CLS: r.audits["cumulative-layout-shift"].numericValue,
  };
}

const results = {};
for (const [name, path] of [["article + widget", "/"], ["article alone", "/bare.html"]]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${server.url}${path}`));
  results[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}
await server.close();
console.log(`Lighthouse 12.2.3, mobile preset, medians of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}`);
const keys = Object.keys(results["article + widget"]);
console.log(`${"".padEnd(18)}${keys.map((k) => k.padStart(15)).join("")}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(18)}${keys.map((k) => (k === "CLS" ? r[k].toFixed(3) : Math.round(r[k]).toString()).padStart(15)).join("")}`);
}
const d = (k) => results["article + widget"][k] - results["article alone"][k];
console.log(`widget adds: TBT ${Math.round(d("TBT ms"))} ms, LCP ${Math.round(d("LCP ms"))} ms, CLS ${d("CLS").toFixed(3)}`);
