// `make bench`: runs tests/bench in Debian's Chromium against the release build and prints
// medians over repeated runs. A benchmark: it prints figures, it does not pass or fail.
import { readFileSync } from "node:fs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { buildBaseline } from "./baseline.mjs";

const root = new URL("..", import.meta.url).pathname;
const article = JSON.parse(readFileSync(`${root}data/zhengzhou-gxq-2024h1.json`, "utf8"));

/** The article's projects, repeated with fresh ids and varied amounts to `n` rows (deterministic). */
function generated(n) {
  const projects = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; projects.length < n; i++) {
    for (const p of article.projects) {
      if (projects.length >= n) break;
      const q = { ...p, id: `${p.id}-${i}`, name: { zh: `${p.name.zh}${i}`, en: `${p.name.en} ${i}` } };
      delete q.derived;
      if (p.amount !== undefined && rand() < 0.8) q.amount = Math.round(rand() * 50000) / 100;
      else delete q.amount;
      if (q.amount !== undefined) q.highlight = q.quote = `投资${q.amount}亿元的项目`;
      projects.push(q);
    }
  }
  return { ...article, projects };
}

const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body);
const benchDir = `${root}tests/bench/`;
const file = (name, type) => (req, res) => res.writeHead(200, { "content-type": type }).end(readFileSync(benchDir + name));
const baseline = buildBaseline();
const server = await serve(`${root}dist`, {
  compress: true,
  routes: {
    "/bench/cold.html": file("cold.html", "text/html; charset=utf-8"),
    "/bench/cold.js": file("cold.js", "text/javascript"),
    "/baseline/baseline.js": (req, res) => res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(`${baseline}/baseline.js`)),
    "/baseline/baseline_bg.wasm": (req, res) => res.writeHead(200, { "content-type": "application/wasm" }).end(readFileSync(`${baseline}/baseline_bg.wasm`)),
    "/bench/": file("bench.html", "text/html; charset=utf-8"),
    "/bench/bench.js": file("bench.js", "text/javascript"),
    "/bench/data-article.json": json(JSON.stringify(article)),
    "/bench/data-10k.json": json(JSON.stringify(generated(10000))),
  },
});
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on("pageerror", (e) => console.error("page error:", e.message));
if (process.env.DEBUG) page.on("console", (m) => console.error("page:", m.text()));
const runs = process.env.RUNS ?? 15;
await page.goto(`${server.url}/bench/?runs=${runs}`);
const results = await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000 }).then((h) => h.jsonValue());
const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1];
console.log(`shuka benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, Chromium ${browser.version()}, medians of ${runs} runs`);
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(56)} ${typeof v === "number" ? v.toFixed(1) : v}`);

// Cold starts, side by side with the bare Yew counter built the same way: each run a fresh
// browser context (no caches), the two interleaved; unthrottled and at 4× CPU slowdown (the
// mid-range phone of Lighthouse's mobile preset).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const rate of [1, 4]) {
  const times = { shuka: [], baseline: [] };
  for (let i = 0; i < Math.min(runs, 9); i++) {
    for (const what of ["shuka", "baseline"]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const cold = await context.newPage();
      cold.on("pageerror", (e) => console.error("page error:", e.message));
      const cdp = await context.newCDPSession(cold);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await cold.goto(`${server.url}/bench/cold.html?what=${what}`);
      times[what].push(await cold.waitForFunction(() => window.coldResult, null, { timeout: 60_000 }).then((h) => h.jsonValue()));
      await context.close();
    }
  }
  const label = rate === 1 ? "" : `, ${rate}× CPU`;
  console.log(`${`cold start → first paint${label}: shuka cards (ms)`.padEnd(56)} ${median(times.shuka).toFixed(1)}`);
  console.log(`${`cold start → first paint${label}: bare Yew counter (ms)`.padEnd(56)} ${median(times.baseline).toFixed(1)}`);
}
await browser.close();
await server.close();
