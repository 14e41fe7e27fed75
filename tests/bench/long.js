// One run of the long-task benchmark (tools/bench.mjs drives it at 4× CPU slowdown): a small
// widget (the article's cards) is ready; then a big one (`/bench/data-4mb.json`, all views)
// is mounted beside it. Every main-thread task over 50 ms from that moment until the big
// widget's 显示全部 button shows (its table's last stage) and one more second has passed is
// recorded (Long Tasks API). With `?clicks=1`, tools/bench.mjs clicks the small widget's tabs
// with real input events, first while nothing loads (phase "idle"), then while the big one
// loads ("loading"); each click's time from the event (its timeStamp) to the first change of
// the small widget's DOM is recorded. Without clicks, the long tasks are the load's alone.
// Leaves `window.longResult`; `window.longState` tells the driver where it is.
import { ready, mount } from "/shuka.js";

const main = document.querySelector("main");
const host = (attrs) => {
  const h = document.createElement("div");
  h.setAttribute("data-shuka", "");
  for (const [k, v] of Object.entries(attrs)) h.setAttribute(k, v);
  main.append(h);
  return h;
};
const until = (pred) =>
  new Promise((resolve) => {
    const poll = () => (pred() ? resolve(performance.now()) : setTimeout(poll, 5));
    poll();
  });
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

await ready();
const small = host({ "data-view": "cards" });
mount(small);
await until(() => small.shadowRoot?.querySelectorAll("[role=tab]").length >= 2);
await settle(300);

// Clicks on the small widget: event timeStamp → the first mutation in its shadow root.
const withClicks = new URL(location.href).searchParams.get("clicks") === "1";
const clicks = { idle: [], loading: [] };
small.addEventListener(
  "click",
  (e) => {
    const mo = new MutationObserver(() => (mo.disconnect(), clicks[window.longState.phase].push(performance.now() - e.timeStamp)));
    mo.observe(small.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  },
  true,
);
const tabs = [...small.shadowRoot.querySelectorAll("[role=tab]")].slice(0, 2).map((t) => {
  const r = t.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
});

const long = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) long.push({ start: e.startTime, duration: e.duration });
}).observe({ type: "longtask" });

window.longState = { phase: "idle", clicking: withClicks, tabs };
// The driver clicks ten times while nothing loads, then sets `go`.
if (withClicks) await until(() => window.go);
await settle(300);
const big = host({ "data-src": "/bench/data-4mb.json" });
window.longState = { phase: "loading", clicking: withClicks, tabs };
const t0 = performance.now();
mount(big);
// Shown: the table's rows are there and the 显示全部 button (rendered only at the last stage).
const shown = await until(() => big.shadowRoot?.querySelector(".shuka-more"));
window.longState.clicking = false;
await settle(1000);
const during = long.filter((t) => t.start >= t0);
window.longResult = {
  loadMs: shown - t0,
  longTasks: during.map((t) => t.duration),
  clicks,
  errors: [...big.shadowRoot.querySelectorAll("[role=alert]")].map((e) => e.textContent),
};
