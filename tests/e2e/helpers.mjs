// Shared end-to-end set-up: one static server over dist/ and one Chromium per test file.
import { before, after } from "node:test";
import { serve } from "../../tools/web/server.mjs";
import { launch } from "../../tools/web/browser.mjs";
import { fileURLToPath } from "node:url";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Starts a server over dist/ (plus `options` for serve()) and a browser for this file. */
export function setup(options) {
  const env = {};
  before(async () => {
    env.server = await serve(DIST, options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Opens `path`, recording console errors, page errors and failed requests in `problems`. */
export async function open(env, path, viewport = { width: 390, height: 844 }, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`${env.server.url}${path}`);
  return { page, problems };
}

/** Opens the article and waits until its live widget is complete: the prerendered view
 *  replaced, cards, then (a task later) the table, and its stylesheet applied. */
export async function openArticle(env, viewport, contextOptions) {
  const opened = await open(env, "/", viewport, contextOptions);
  await opened.page.locator("[data-shuka]").scrollIntoViewIfNeeded();
  // The page is prerendered (`shuka render`): wait until the live widget has taken over.
  await live(opened.page);
  await opened.page.locator("[data-shuka] .shuka-card").first().waitFor();
  await opened.page.locator("[data-shuka] .shuka-table").waitFor({ state: "attached" });
  await opened.page.waitForFunction(() => document.querySelector("[data-shuka]").shadowRoot.querySelector("link")?.sheet);
  return opened;
}

/** Resolves once the live widget has replaced the prerendered view (`shuka render`). */
export const live = (page) => page.locator("[data-shuka] .shuka-static").waitFor({ state: "detached" });

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** Adds a `[data-shuka]` host to the page's <main>, with attributes and optional inline JSON. */
export async function addHost(page, id, attrs = {}, inline) {
  await page.evaluate(
    ([id, attrs, inline]) => {
      const host = document.createElement("div");
      host.id = id;
      host.setAttribute("data-shuka", "");
      for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
      if (inline) {
        const s = document.createElement("script");
        s.type = "application/json";
        s.textContent = inline;
        host.append(s);
      }
      document.querySelector("main").append(host);
    },
    [id, attrs, inline],
  );
}
