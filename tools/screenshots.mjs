// `make screenshots`: the README's pictures of the built article page, in Debian's Chromium:
// phone, desktop, dark theme and English.
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { fileURLToPath } from "node:url";

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
];
for (const { name, viewport, attrs = {}, colorScheme = "light", table, top } of shots) {
  const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
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
    await page.locator("[data-shuka] .shuka-card").first().waitFor();
  }
  const target = table ? ".shuka-table-wrap" : ".shuka";
  if (!top) await page.evaluate((t) => document.querySelector("[data-shuka]").shadowRoot.querySelector(t).scrollIntoView({ block: "start" }), target);
  await page.screenshot({ path: `${root}docs/screenshot-${name}.png` });
  console.log(`docs/screenshot-${name}.png`);
  await context.close();
}
await browser.close();
await server.close();
