// Prerendering (issue 15): `shuka render` puts the widget's first view in the page's HTML.
// Without JavaScript the figures show; with it, the live widget takes over without moving
// anything; a blocked wasm leaves the figures; the snippet passes a strict CSP page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setup, open, live, DIST, PHONE, DESKTOP } from "./helpers.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA = JSON.parse(readFileSync(`${ROOT}data/zhengzhou-gxq-2024h1.json`, "utf8"));

/** `shuka render` of the article's dataset (the native tool, built by `make build`). */
const render = (...args) =>
  execFileSync("cargo", ["run", "--quiet", "--bin", "shuka", "--", "render", "data/zhengzhou-gxq-2024h1.json", "--dist", DIST, "--base", "/", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });

const page = (lang, snippet) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>prerendered</title><link rel="stylesheet" href="/fixtures/plain.css"></head>
<body><main><h1>A prerendered widget</h1>
${snippet}</main></body></html>`;
const html = (body) => (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const pages = {
  "/en.html": page("en", render("--lang", "en")),
  "/zh.html": page("zh-CN", render()),
  "/csp.html": readFileSync(`${ROOT}tests/e2e/fixtures/csp.html`, "utf8")
    .replace('<script type="module" src="/shuka.js"></script>', "")
    .replace("<div data-shuka></div>", render()),
};
const env = setup({
  routes: Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, html(body)])),
  headers: (path) => (path === "/csp.html" ? { "content-security-policy": CSP } : {}),
});

const shadow = (page, fn, arg) => page.evaluate(([fn, arg]) => new Function("root", "arg", `return (${fn})(root, arg)`)(document.querySelector("[data-shuka]").shadowRoot, arg), [fn.toString(), arg]);

/** The article at 390×844 with requests to `held` kept back until `release()`, scrolled to its
 *  widget; `errors` collects console errors. */
async function heldArticle(held) {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route(held, async (route) => (await gate, route.continue()));
  // A held loader holds the page's load event too: then wait for the prerendered view only.
  await page.goto(`${env.server.url}/`, { waitUntil: held === LOADER ? "commit" : "load" });
  // The whole page parsed (readyState leaves "loading" even while a module script is held).
  await page.waitForFunction(() => document.readyState !== "loading");
  await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
  return { context, page, errors, release };
}
const WASM = /_bg\.wasm$/;
const LOADER = /\/shuka\.js$/;
const DATA_FILE = /shuka-data-[0-9a-f]{16}\.json$/;

for (const viewport of [PHONE, DESKTOP]) {
  test(`without JavaScript the figures are in the HTML and visible, no control is live (${viewport.width}px)`, async () => {
    const { page, problems } = await open(env, "/", viewport, { javaScriptEnabled: false });
    await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
    const seen = await shadow(page, (root) => {
      const box = (el) => el.getBoundingClientRect();
      const first = root.querySelector(".shuka-static .shuka-value");
      const live = [...root.querySelectorAll("button, input")].filter((b) => !b.matches(":disabled"));
      return {
        value: first.textContent,
        inView: box(first).top >= 0 && box(first).bottom <= innerHeight && getComputedStyle(first).visibility === "visible",
        styled: getComputedStyle(root.querySelector(".shuka-card")).borderTopLeftRadius,
        cards: root.querySelectorAll(".shuka-static .shuka-card").length,
        rows: root.querySelectorAll(".shuka-static tbody tr.shuka-row-head, .shuka-static tbody tr:not(.shuka-detail)").length > 0,
        liveControls: live.length,
      };
    });
    assert.equal(seen.value, "307.3亿元");
    assert.ok(seen.inView, "the first figure is on screen");
    assert.equal(seen.styled, "10px", "the widget stylesheet applies without script");
    assert.equal(seen.cards, DATA.headline.length, "the first tab's cards, as the live widget shows them");
    assert.ok(seen.rows, "the table's first rows are in the HTML");
    assert.equal(seen.liveControls, 0, "no button or input can be focused or pressed");
    // The light DOM: every figure as plain HTML (feed readers, old browsers), not shown on screen.
    const list = await page.evaluate(() => [...document.querySelectorAll("[data-shuka] > .shuka-every-figure li")].map((li) => li.getBoundingClientRect().height));
    assert.equal(list.length, DATA.indicators.length);
    assert.ok(list.every((h) => h === 0), "the plain list is not on screen");
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test("the prerendered view is never unstyled: the page shows it once the widget's stylesheet is in", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  let releaseCss;
  const cssHeld = new Promise((ok) => (releaseCss = ok));
  await page.route(/shuka-[0-9a-f]{16}\.css$/, async (route) => (await cssHeld, route.continue()));
  const css = page.waitForRequest(/shuka-[0-9a-f]{16}\.css$/);
  const loading = page.goto(`${env.server.url}/`);
  await css;
  // The stylesheet link comes first in the shadow root: Chromium parses no further until it
  // has loaded, so no figure is ever laid out without it.
  const held = await page.evaluate(() => document.querySelector("[data-shuka]")?.shadowRoot?.querySelector(".shuka-card") ?? null);
  assert.equal(held, null);
  releaseCss();
  await loading;
  const radius = await page.evaluate(() => getComputedStyle(document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-card")).borderTopLeftRadius);
  assert.equal(radius, "10px");
  await context.close();
});

test("print without JavaScript shows every figure and every project", async () => {
  const { page } = await open(env, "/", DESKTOP, { javaScriptEnabled: false });
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => {
    const host = document.querySelector("[data-shuka]");
    const visible = (el) => el.getBoundingClientRect().height > 0;
    return {
      figures: [...host.querySelectorAll(".shuka-every-figure li")].filter(visible).length,
      projects: [...host.querySelectorAll(".shuka-every-figure tbody tr")].filter(visible).length,
      firstView: visible(host.shadowRoot.querySelector(".shuka-static")),
    };
  });
  assert.deepEqual(shown, { figures: DATA.indicators.length, projects: DATA.projects.length, firstView: false });
  await page.context().close();
});

for (const [path, lang] of [["/zh.html", "zh"], ["/en.html", "en"]]) {
  test(`the prerendered first view has the live widget's text, word for word (${lang})`, async () => {
    const textOf = async (js) => {
      const { page, problems } = await open(env, path, DESKTOP, { javaScriptEnabled: js });
      await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
      if (js) await live(page);
      const text = await shadow(page, (root) => root.querySelector(".shuka-host section.shuka").textContent);
      await page.context().close();
      return { text, problems };
    };
    const before = await textOf(false);
    const after = await textOf(true);
    assert.ok(before.text.length > 1000, before.text.slice(0, 80));
    assert.equal(before.text, after.text);
    assert.deepEqual([...before.problems, ...after.problems], []);
  });
}

/** The reader selects from the second character of a card's label to the middle of the total
 *  row in the prerendered view: text the server writes as one node where the live widget has
 *  two (…合计 and (20个)). Returns the scroll position and the selected characters. */
async function selectInView(page) {
  const before = await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: "layout-shift" });
    const root = document.querySelector("[data-shuka]").shadowRoot;
    const label = root.querySelector(".shuka-static .shuka-card-label").firstChild;
    const total = root.querySelector(".shuka-static tfoot th").firstChild;
    const range = document.createRange();
    range.setStart(label, 1);
    range.setEnd(total, 10);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    // The selected characters (toString() would skip what CSS hides: the prerendered view hides
    // its script-only buttons, the live one shows them).
    return { y: scrollY, selected: root.getSelection().getRangeAt(0).cloneContents().textContent, merged: total.data };
  });
  assert.equal(before.merged, "表中签约项目合计(20个)", "one text node in the prerendered view");
  assert.ok(before.selected.startsWith("区生产总值") && before.selected.endsWith("合计(2"), before.selected);
  return before;
}

/** After the takeover: the layout shifts seen since `selectInView`, the scroll position and the
 *  selected characters. */
async function afterTakeover(page) {
  await live(page);
  await page.locator("[data-shuka] .shuka-host:not(.shuka-pending) .shuka-card").first().waitFor();
  // Two frames, so any shift of the switch has been reported.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => ({
    shifts: window.__shifts,
    y: scrollY,
    selected: document.querySelector("[data-shuka]").shadowRoot.getSelection().getRangeAt(0).cloneContents().textContent,
  }));
}

test("going live moves nothing: no layout shift, the same scroll position, the reader's selection kept", async () => {
  // The reader scrolls to the widget before its wasm has arrived and selects a label.
  const { context, page, release } = await heldArticle(WASM);
  // The loader has looked for a selection already (it then asks for the data): the one made now
  // is known through the selectionchange event.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /shuka-data-/.test(e.name)));
  const before = await selectInView(page);
  release();
  const after = await afterTakeover(page);
  assert.deepEqual(after, { shifts: [], y: before.y, selected: before.selected });
  // And the live widget answers.
  await page.locator("[data-shuka] .shuka-tab").nth(1).click();
  assert.equal(await page.locator("[data-shuka] .shuka-tab").nth(1).getAttribute("aria-selected"), "true");
  await context.close();
});

test("a selection made before the loader has even run is kept too", async () => {
  // The loader reads a selection only when one was made (reading it forces a layout): one made
  // while the loader itself was still downloading must not be missed.
  const { context, page, release } = await heldArticle(LOADER);
  const before = await selectInView(page);
  release();
  assert.deepEqual(await afterTakeover(page), { shifts: [], y: before.y, selected: before.selected });
  await context.close();
});

test("while the live widget renders under the prerendered view it is unseen and out of reach", async () => {
  const { context, page, release } = await heldArticle(DATA_FILE);
  await page.locator("[data-shuka] .shuka-pending").waitFor({ state: "attached" });
  const pending = await shadow(page, (root) => {
    const live = root.querySelector(".shuka-pending");
    const view = root.querySelector(".shuka-static");
    return {
      inert: live.inert,
      hidden: live.getAttribute("aria-hidden"),
      opacity: getComputedStyle(live).opacity,
      pointer: getComputedStyle(live).pointerEvents,
      sameTop: live.getBoundingClientRect().top === view.getBoundingClientRect().top,
    };
  });
  assert.deepEqual(pending, { inert: true, hidden: "true", opacity: "0", pointer: "none", sameTop: true });
  release();
  await live(page);
  const after = await shadow(page, (root) => {
    const host = root.querySelector(".shuka-host");
    return { inert: host.inert, hidden: host.getAttribute("aria-hidden"), opacity: getComputedStyle(host).opacity, position: getComputedStyle(host).position };
  });
  assert.deepEqual(after, { inert: false, hidden: null, opacity: "1", position: "static" });
  await context.close();
});

test("a fault in the live widget before it takes over keeps the prerendered figures, with the quiet note", async () => {
  const { context, page, errors, release } = await heldArticle(DATA_FILE);
  await page.locator("[data-shuka] .shuka-pending").waitFor({ state: "attached" });
  // The test-only fault hook: the widget panics at its next render, as a bug would.
  await page.evaluate(async () => {
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /shuka-[0-9a-f]{16}\.js$/.test(n));
    (await import(glue)).fault_for_tests(document.querySelector("[data-shuka]"));
  });
  release();
  await page.locator("[data-shuka] .shuka-static .shuka-fault").waitFor();
  const seen = await shadow(page, (root) => ({
    value: root.querySelector(".shuka-static .shuka-value").textContent,
    pending: !!root.querySelector(".shuka-pending"),
    alerts: root.querySelectorAll("[role=alert]").length,
    note: root.querySelector(".shuka-static-note").textContent,
  }));
  assert.deepEqual(seen, { value: "307.3亿元", pending: false, alerts: 0, note: "交互功能暂不可用，以上为发布时的数据。" });
  assert.equal(errors.filter((e) => e.startsWith("shuka: a widget stopped")).length, 1, errors.join("\n"));
  await context.close();
});

test("a blocked wasm keeps the prerendered figures, with a quiet note instead of an error box", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.route("**/*_bg.wasm", (route) => route.abort());
  await page.goto(`${env.server.url}/`);
  await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
  await page.locator("[data-shuka] .shuka-static-note").waitFor();
  const seen = await shadow(page, (root) => ({
    value: root.querySelector(".shuka-value").textContent,
    alerts: root.querySelectorAll("[role=alert]").length,
    note: root.querySelector(".shuka-static-note").textContent,
  }));
  assert.deepEqual(seen, { value: "307.3亿元", alerts: 0, note: "交互功能暂不可用，以上为发布时的数据。" });
  await context.close();
});

test("where declarative shadow DOM is missing, the loader attaches the template, and the widget goes live", async () => {
  // A snippet added through innerHTML keeps its <template> a template, as a browser without
  // declarative shadow DOM (Safari before 16.4, Firefox before 123) leaves it.
  const { page, problems } = await open(env, "/fixtures/empty.html", PHONE);
  const snippet = render("--no-script");
  await page.evaluate((html) => (document.querySelector("#slot").innerHTML = html), snippet);
  const host = page.locator("[data-shuka]");
  await page.waitForFunction(() => !!document.querySelector("[data-shuka]").shadowRoot);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-shuka] > template").length), 0, "the template became the shadow root");
  await host.scrollIntoViewIfNeeded();
  await live(page);
  assert.equal(await page.locator("[data-shuka] .shuka-value").first().textContent(), "307.3亿元");
  await page.locator("[data-shuka] .shuka-tab").nth(1).click();
  assert.equal(await page.locator("[data-shuka] .shuka-tab").nth(1).getAttribute("aria-selected"), "true");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("a prerendered snippet works under a strict Content-Security-Policy", async () => {
  const { page, problems } = await open(env, "/csp.html", PHONE);
  const violations = [];
  page.on("console", (m) => /Content.Security.Policy|Refused/i.test(m.text()) && violations.push(m.text()));
  await page.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
  await live(page);
  await page.locator("[data-shuka] .shuka-source-toggle").first().click();
  assert.equal(await page.locator("[data-shuka] .shuka-value").first().textContent(), "307.3亿元");
  assert.deepEqual([...problems, ...violations], []);
  await page.context().close();
});
