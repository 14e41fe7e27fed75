// `make screenshots`: the README's pictures of the built article page, in Debian's Chromium.
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const root = new URL("..", import.meta.url).pathname;
const server = await serve(`${root}dist`);
const browser = await launch();
const shots = [
  { name: "mobile", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
];
for (const { name, viewport } of shots) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const host = page.locator("[data-shuka]");
  await host.scrollIntoViewIfNeeded();
  await page.locator("[data-shuka] .shuka-card").first().waitFor();
  await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView({ block: "start" }));
  await page.screenshot({ path: `${root}docs/screenshot-${name}.png` });
  console.log(`docs/screenshot-${name}.png`);
  await context.close();
}
await browser.close();
await server.close();
