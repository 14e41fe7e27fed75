// `make bench`: runs tests/bench in Debian's Chromium against the release build and prints
// medians over repeated runs. A benchmark: it prints figures, it does not pass or fail.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { serve } from "./web/server.mjs";
import { launch } from "./web/browser.mjs";
import { buildBaseline } from "./baseline.mjs";

const root = new URL("..", import.meta.url).pathname;
const article = JSON.parse(readFileSync(`${root}data/zhengzhou-gxq-2024h1.json`, "utf8"));

/** The article's projects, repeated with fresh ids and names to `n` rows (deterministic);
 *  `vary`: with varied amounts (each with a sentence of its own), else as the article has them. */
function generated(n, { vary = true } = {}) {
  const projects = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; projects.length < n; i++) {
    for (const p of article.projects) {
      if (projects.length >= n) break;
      const q = { ...p, id: `${p.id}-${i}`, name: { zh: `${p.name.zh}${i}`, en: `${p.name.en} ${i}` } };
      if (!vary) {
        if (q.derived) delete q.amount; // a derived amount's sources keep their first ids
        delete q.derived;
        projects.push(q);
        continue;
      }
      delete q.derived;
      if (p.amount !== undefined && rand() < 0.8) q.amount = Math.round(rand() * 50000) / 100;
      else delete q.amount;
      if (q.amount !== undefined) q.highlight = q.quote = `投资${q.amount}亿元的项目`;
      projects.push(q);
    }
  }
  return { ...article, projects };
}

// Every response brotli-compressed for a client that accepts it, as the widget's own files are
// (serve's `compress`) and as a news site's CDN serves: the bare-Yew baseline and the data too.
const encoded = new Map();
const send = (type, body) => (req, res) => {
  if (!/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) return res.writeHead(200, { "content-type": type }).end(body());
  if (!encoded.has(req.url)) encoded.set(req.url, brotliCompressSync(body(), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  res.writeHead(200, { "content-type": type, "content-encoding": "br", vary: "accept-encoding" }).end(encoded.get(req.url));
};
const json = (data) => send("application/json", () => JSON.stringify(data));
/** Compresses a route's body now, not at its first (timed) request. */
const warm = (path, handler) => (handler({ url: path, headers: { "accept-encoding": "br" } }, { writeHead: () => ({ end: () => {} }) }), handler);
const benchDir = `${root}tests/bench/`;
const file = (name, type) => send(type, () => readFileSync(benchDir + name));
const baseline = buildBaseline();
const big = generated(9000, { vary: false });
const routes = {
    "/bench/cold.html": file("cold.html", "text/html; charset=utf-8"),
    "/bench/cold.js": file("cold.js", "text/javascript"),
    "/bench/long.html": file("long.html", "text/html; charset=utf-8"),
    "/bench/long.js": file("long.js", "text/javascript"),
    "/baseline/baseline.js": send("text/javascript", () => readFileSync(`${baseline}/baseline.js`)),
    "/baseline/baseline_bg.wasm": send("application/wasm", () => readFileSync(`${baseline}/baseline_bg.wasm`)),
    "/bench/": file("bench.html", "text/html; charset=utf-8"),
    "/bench/bench.js": file("bench.js", "text/javascript"),
    "/bench/data-article.json": json(article),
    "/bench/data-10k.json": warm("/bench/data-10k.json", json(generated(10000))),
    "/bench/data-4mb.json": warm("/bench/data-4mb.json", json(big)),
};
const server = await serve(`${root}dist`, { compress: true, routes });
// `COMPARE=dir` (another build's dist/, e.g. main's): the long-task runs alternate between it
// and this build, in the same run.
const other = process.env.COMPARE && (await serve(process.env.COMPARE, { compress: true, routes }));
const browser = await launch();
const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1];
const runs = Number(process.env.RUNS ?? 15);
// `ONLY=long` (or table, cold): one section, for a quick look.
const only = process.env.ONLY;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(1);
/** One line per figure: its name, the median, then every run in the order it ran. */
const print = (name, runs, f = ms) => console.log(`${name.padEnd(62)} ${f(median(runs)).padStart(8)}   runs: ${runs.map(f).join(" ")}`);
console.log(
  `shuka benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, Chromium ${browser.version()}; ` +
    `load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} (a shared machine: compare figures of one run only)`,
);

if (!only || only === "table") {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  if (process.env.DEBUG) page.on("console", (m) => console.error("page:", m.text()));
  await page.goto(`${server.url}/bench/?runs=${runs}`);
  const results = await page.waitForFunction(() => window.benchResults, null, { timeout: 900_000, polling: 1000 }).then((h) => h.jsonValue());
  console.log(`\nIn one page, ${runs} runs each (median, then every run):`);
  for (const [k, v] of Object.entries(results)) typeof v === "string" ? console.log(`${k.padEnd(62)} ${v}`) : print(k, v.runs);
  await page.close();
}

// Long tasks while a 4 MB dataset (9,000 projects) loads beside a small widget, at 4× CPU
// slowdown; each run a fresh browser context (tests/bench/long.js). Twice per run: without
// input (the load's own tasks), then with real clicks (CDP input events) on the small widget's
// tabs every 100 ms, ten while nothing loads and then while the big one loads: event → DOM.
if (!only || only === "long") {
  const longRuns = Math.min(runs, 5);
  const builds = other ? [["compared build", other.url], ["this build", server.url]] : [["this build", server.url]];
  const figures = Object.fromEntries(builds.map(([name]) => [name, { load: [], longest: [], over50: [], idle: [], loading: [], worst: [], clickLongest: [], clickOver50: [] }]));
  console.log(`\n4 MB dataset (${big.projects.length} projects, ${Buffer.byteLength(JSON.stringify(big))} B) loading beside a small widget, 4× CPU, ${longRuns} runs${other ? ` of each build, alternating (compared: ${process.env.COMPARE})` : ""}:`);
  const open = async (url, clicks) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error("page error:", e.message));
    if (process.env.DEBUG) page.on("console", (m) => console.error("page:", m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${url}/bench/long.html?clicks=${clicks}`);
    const { tabs } = await page.waitForFunction(() => window.longState, null, { timeout: 120_000 }).then((h) => h.jsonValue());
    return { context, page, tabs };
  };
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const result = (page) => page.waitForFunction(() => window.longResult, null, { timeout: 120_000 }).then((h) => h.jsonValue());
  for (let i = 0; i < longRuns; i++) {
    for (const [name, url] of builds) {
      const f = figures[name];
      {
        const { context, page } = await open(url, 0);
        const r = await result(page);
        if (r.errors.length) console.error("the big widget failed:", r.errors);
        f.load.push(r.loadMs);
        f.longest.push(Math.max(0, ...r.longTasks));
        f.over50.push(r.longTasks.length);
        console.log(`  ${name}, run ${i + 1}, no input: mount → table shown ${ms(r.loadMs)} ms; tasks over 50 ms (ms): ${r.longTasks.map(ms).join(" ") || "none"}`);
        await context.close();
      }
      {
        const { context, page, tabs } = await open(url, 1);
        // Clicks reach the renderer as input events and wait there behind whatever task runs.
        for (let n = 0; n < 10; n++) (await page.mouse.click(tabs[n % 2].x, tabs[n % 2].y), await pause(100));
        await page.evaluate(() => (window.go = true));
        await page.waitForFunction(() => window.longState.phase === "loading");
        for (let n = 0; (await page.evaluate(() => window.longState.clicking)) && n < 600; n++) {
          await page.mouse.click(tabs[n % 2].x, tabs[n % 2].y);
          await pause(100);
        }
        const r = await result(page);
        f.idle.push(...r.clicks.idle);
        f.loading.push(...r.clicks.loading);
        f.worst.push(Math.max(0, ...r.clicks.loading));
        f.clickLongest.push(Math.max(0, ...r.longTasks));
        f.clickOver50.push(r.longTasks.length);
        console.log(`  ${name}, run ${i + 1}, clicking: event → DOM (ms) idle: ${r.clicks.idle.map(ms).join(" ")}; loading: ${r.clicks.loading.map(ms).join(" ")}; tasks over 50 ms (ms): ${r.longTasks.map(ms).join(" ") || "none"}`);
        await context.close();
      }
    }
  }
  for (const [name] of builds) {
    const f = figures[name];
    console.log(`${name}:`);
    print("4 MB: mount → table shown, 4× CPU (ms)", f.load);
    print("4 MB: longest task, no input, 4× CPU (ms; 0: none over 50)", f.longest);
    print("4 MB: tasks over 50 ms, no input, 4× CPU (count)", f.over50, String);
    print("second widget: tab click event → DOM, idle, 4× CPU (ms)", f.idle);
    print("second widget: same while the 4 MB loads, 4× CPU (ms)", f.loading);
    print("second widget: slowest click of each run while it loads (ms)", f.worst);
    print("4 MB, clicking: longest task, 4× CPU (ms)", f.clickLongest);
    print("4 MB, clicking: tasks over 50 ms, 4× CPU (count)", f.clickOver50, String);
  }
}

// Cold starts, side by side with the bare Yew counter built the same way and served the same
// way (brotli): each run a fresh browser context (no caches), the two interleaved;
// unthrottled and at 4× CPU slowdown (the mid-range phone of Lighthouse's mobile preset).
if (!only || only === "cold") {
  const coldRuns = Math.min(runs, 9);
  console.log(`\nCold starts, ${coldRuns} runs each, interleaved:`);
  for (const rate of [1, 4]) {
    const times = { shuka: [], baseline: [] };
    for (let i = 0; i < coldRuns; i++) {
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
    print(`cold start → first paint${label}: shuka cards (ms)`, times.shuka);
    print(`cold start → first paint${label}: bare Yew counter (ms)`, times.baseline);
  }
}
await browser.close();
await server.close();
await other?.close();
