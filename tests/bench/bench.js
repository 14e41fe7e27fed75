// The benchmark page's script: measures in the page, leaves the figures in `window.benchResults`.
import { ready, mount, unmount } from "/shuka.js";

const RUNS = Number(new URL(location.href).searchParams.get("runs") ?? 15);
const main = document.querySelector("main");
/** Resolves after the next paint: a requestAnimationFrame callback runs before the frame is
 *  painted, so wait for it and then for a task (a timer: not nested, so not clamped), which
 *  runs after that paint. */
const painted = () =>
  new Promise((r) =>
    requestAnimationFrame(() => setTimeout(r, 0)),
  );
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** A figure: the median of `runs` (ms) and every run, in the order they ran. */
const figure = (runs) => ({ median: median(runs), runs });

function host(attrs) {
  const h = document.createElement("div");
  h.setAttribute("data-shuka", "");
  for (const [k, v] of Object.entries(attrs)) h.setAttribute(k, v);
  main.append(h);
  return h;
}

/** Waits until `pred(root)` holds for the host's shadow root, checking after every mutation. */
function until(h, pred) {
  return new Promise((resolve) => {
    const check = () => h.shadowRoot && pred(h.shadowRoot);
    if (check()) return resolve(performance.now());
    const mo = new MutationObserver(() => check() && (mo.disconnect(), resolve(performance.now())));
    mo.observe(h, { subtree: true, childList: true, attributes: true, characterData: true });
    const waitRoot = setInterval(() => h.shadowRoot && (clearInterval(waitRoot), mo.observe(h.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true }), check() && (mo.disconnect(), resolve(performance.now()))), 1);
  });
}

/** Time from an action to the DOM change it causes (the first mutation batch after it);
 *  -1 (and a console line) when nothing changed within 20 s. */
function timeAction(h, act) {
  return new Promise((resolve) => {
    const late = setTimeout(() => (mo.disconnect(), log("no DOM change after", String(act)), resolve(-1)), 20_000);
    const mo = new MutationObserver(() => (clearTimeout(late), mo.disconnect(), resolve(performance.now() - t0)));
    mo.observe(h.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    act(h.shadowRoot);
  });
}

const results = {};
addEventListener("unhandledrejection", (e) => log("failed:", e.reason?.stack ?? e.reason));
addEventListener("error", (e) => log("failed:", e.error?.stack ?? e.message));
const log = (...a) => console.log("bench:", ...a);
const wasm = await ready();

log("wasm ready");
// 1. wasm loaded → first widget painted (cards, inline data already in the page).
{
  const data = await (await fetch("/bench/data-article.json")).text();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const h = host({ "data-view": "cards" });
    const s = document.createElement("script");
    s.type = "application/json";
    s.textContent = data;
    h.append(s);
    const t0 = performance.now();
    mount(h);
    await until(h, (r) => r.querySelector(".shuka-card"));
    await painted();
    times.push(performance.now() - t0);
    unmount(h);
    h.remove();
  }
  results["mount → first cards painted (ms)"] = figure(times);
}

log("section 1 done");
// 2. The 10,000-row table: fetch + parse + validate + first render, each run a fresh widget
// (the parse is shared only while a widget holds it, so every run parses anew); then sort,
// filter and search, first with the 50 rows shown before 显示全部, then with all 10,000.
{
  const load = [];
  for (let i = 0; i < RUNS; i++) {
    const h = host({ "data-view": "table", "data-src": "/bench/data-10k.json" });
    const t0 = performance.now();
    mount(h);
    await until(h, (r) => r.querySelectorAll("tbody tr").length >= 50);
    load.push(performance.now() - t0);
    unmount(h);
    h.remove();
    await painted();
  }
  results["10k rows: fetch, parse, validate, first render (ms)"] = figure(load);
  log("10k loads done");
  const h = host({ "data-view": "table", "data-src": "/bench/data-10k.json" });
  mount(h);
  await until(h, (r) => r.querySelectorAll("tbody tr").length >= 50);
  await painted();
  for (const shown of ["50 rows shown", "all 10,000 rows shown"]) {
    if (shown !== "50 rows shown") {
      h.shadowRoot.querySelector(".shuka-more").click();
      // Every project has two rows (the row and its source sentence).
      await until(h, (r) => r.querySelectorAll("tbody tr").length >= 20000);
      await painted();
    }
    log(shown);
    const sort = [], filter = [], search = [];
    for (let i = 0; i < RUNS; i++) {
      sort.push(await timeAction(h, (r) => r.querySelectorAll("thead button")[i % 4].click()));
      await painted();
      filter.push(await timeAction(h, (r) => r.querySelector(".shuka-chip").click()));
      await painted();
      filter.push(await timeAction(h, (r) => r.querySelector(".shuka-chip").click()));
      await painted();
      // A search and its clearing: every run ends with all rows there again.
      for (const text of ["金刚石", ""]) {
        search.push(
          await timeAction(h, (r) => {
            const input = r.querySelector("input[type=search]");
            input.value = text;
            input.dispatchEvent(new InputEvent("input", { bubbles: true }));
          }),
        );
        await painted();
      }
    }
    results[`10k rows, ${shown}: sort, event → DOM (ms)`] = figure(sort);
    results[`10k rows, ${shown}: filter chip, event → DOM (ms)`] = figure(filter);
    results[`10k rows, ${shown}: search, event → DOM (ms)`] = figure(search);
  }
  unmount(h);
  h.remove();
}

log("section 2 done");
// 3. Mount and unmount 100 widgets, three times: wasm memory must not keep growing.
{
  const data = await (await fetch("/bench/data-article.json")).text();
  const memory = [wasm.memory.buffer.byteLength];
  const cycle = [];
  for (let c = 0; c < 3; c++) {
    const t0 = performance.now();
    const hosts = [];
    for (let i = 0; i < 100; i++) {
      const h = host({ "data-view": "cards" });
      const s = document.createElement("script");
      s.type = "application/json";
      s.textContent = data;
      h.append(s);
      mount(h);
      hosts.push(h);
    }
    await until(hosts.at(-1), (r) => r.querySelector(".shuka-card"));
    for (const h of hosts) (unmount(h), h.remove());
    await painted();
    cycle.push(performance.now() - t0);
    memory.push(wasm.memory.buffer.byteLength);
  }
  results["100 widgets mount + unmount (ms, 3 cycles)"] = figure(cycle);
  results["wasm memory before, after cycles 1–3 (KB)"] = memory.map((m) => m / 1024).join(" / ");
}

window.benchResults = results;
