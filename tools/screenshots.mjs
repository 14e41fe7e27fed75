// `make screenshots`: the README's pictures of the built article page, in Debian's Chromium:
// phone, desktop, dark theme and English; then the widget and its stacked table at 390×844 in
// Firefox ESR and WebKitGTK (docs/screenshot-{firefox,webkit}[-table].png).
import { serve } from "./web/server.mjs";
import { launch } from "./web/browser.mjs";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { firefox, webkit } from "../tests/engines/drivers.mjs";
import { until } from "../tests/engines/scenarios.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = await serve(`${root}dist`);
const browser = await launch();
const PHONE = { width: 390, height: 844 };
const shots = [
  { name: "page", viewport: PHONE, top: true },
  { name: "mobile", viewport: PHONE },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "dark", viewport: PHONE, attrs: { "data-theme": "dark" }, colorScheme: "dark" },
  { name: "english", viewport: PHONE, attrs: { "data-lang": "en" } },
  { name: "table", viewport: PHONE, table: true },
  // The prerendered first view, as a reader without JavaScript sees it (issue 15).
  { name: "nojs", viewport: PHONE, js: false },
];
for (const { name, viewport, attrs = {}, colorScheme = "light", table, top, js = true } of shots) {
  const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, javaScriptEnabled: js });
  const page = await context.newPage();
  // The article's own host element, with the options of this shot set before the loader runs.
  await page.addInitScript((attrs) => {
    document.addEventListener("DOMContentLoaded", () => {
      const host = document.querySelector("[data-shuka]");
      for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
    });
  }, attrs);
  await page.goto(`${server.url}/`);
  if (top) await page.waitForLoadState("load");
  else {
    await page.locator("[data-shuka]").scrollIntoViewIfNeeded();
    // The article is prerendered: with script, wait for the live widget to take over.
    if (js) await page.locator("[data-shuka] .shuka-static").waitFor({ state: "detached" });
    await page.locator("[data-shuka] .shuka-card").first().waitFor();
  }
  const target = table ? ".shuka-table-wrap" : ".shuka";
  if (!top) await page.evaluate((t) => document.querySelector("[data-shuka]").shadowRoot.querySelector(t).scrollIntoView({ block: "start" }), target);
  await page.screenshot({ path: `${root}docs/screenshot-${name}.png` });
  console.log(`docs/screenshot-${name}.png`);
  await context.close();
}

// Firefox and WebKit, through the engines tier's drivers. WebKitGTK's window cannot be 390 px
// wide: there the article is shown in a 390×844 iframe at the page's top left, and the picture
// is cut to that iframe (by Chromium, which has the PNG decoder at hand).
const crop = async (path, clip) => {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync(path).toString("base64")}"></body>`);
  await page.screenshot({ path, clip });
  await page.close();
};
for (const launch of [firefox, webkit]) {
  const engine = await launch();
  try {
    const d = await engine.page(server.url);
    const reached = await d.setViewport(PHONE);
    const framed = reached.width !== PHONE.width;
    if (framed) {
      await d.setViewport({ width: 800, height: 1000 });
      await d.goto("/fixtures/empty.html");
      await d.evaluate(({ width, height }) => {
        const f = Object.assign(document.createElement("iframe"), { src: "/", id: "frame" });
        f.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
        document.body.style.margin = "0";
        document.body.prepend(f);
      }, PHONE);
    } else await d.goto("/");
    for (const [suffix, target] of [["", ".shuka"], ["-table", ".shuka-table-wrap"]]) {
      await until(d, "the widget", (target) => {
        const doc = document.querySelector("#frame")?.contentDocument ?? document;
        const host = doc.querySelector("[data-shuka]");
        if (!host) return false;
        const root = host.shadowRoot;
        if (!(root?.querySelector(".shuka-card") && !root.querySelector(".shuka-static") && root.querySelectorAll("tbody tr").length >= 32 && root.querySelector("link")?.sheet)) {
          host.scrollIntoView();
          return false;
        }
        root.querySelector(target).scrollIntoView({ block: "start" });
        // scrollIntoView in the frame scrolls the page holding it too: that page stays at its top.
        if (doc !== document) window.scrollTo(0, 0);
        return true;
      }, target);
      // Fonts and a frame's paint settle before the picture.
      await d.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const path = `${root}docs/screenshot-${engine.name}${suffix}.png`;
      await d.screenshot(path);
      if (framed) await crop(path, { x: 0, y: 0, ...PHONE });
      console.log(`docs/screenshot-${engine.name}${suffix}.png (${engine.version}${framed ? ", in a 390×844 iframe" : ""})`);
    }
    await d.close();
  } finally {
    await engine.close();
  }
}
await browser.close();
await server.close();
