// The embed contract: isolation from hostile CSS, strict CSP, several independent instances,
// hosts added and removed, inline and cross-origin data, bad input, a wasm that cannot load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, open, addHost, PHONE, live } from "./helpers.mjs";
import { serve } from "../../tools/web/server.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const env = setup({ headers: (path) => (path === "/fixtures/csp.html" ? { "content-security-policy": CSP } : {}) });
const EXAMPLE = readFileSync(new URL("../../docs/example.json", import.meta.url), "utf8");

// A second origin for data-src: CORS on, plus broken datasets.
let other;
const json = (body, status = 200) => (req, res) =>
  res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(body);
before(async () => {
  other = await serve("/nonexistent", {
    routes: {
      "/good.json": json(EXAMPLE),
      "/missing.json": json("not found", 404),
      "/not-json.json": json("<html>oops</html>"),
      "/wrong-shape.json": json(JSON.stringify({ schema: 1, indicators: "none" })),
      "/invalid.json": json(EXAMPLE.replace('"value": 10.25', '"value": 125')),
      "/xss.json": json(EXAMPLE.replace("示例产业园", "<img src=x onerror=alert(1)>")),
    },
  });
});
after(() => other?.close());

const W = (id) => `#${id}`;
const styleOf = (page, selector) =>
  page.evaluate((selector) => {
    const root = document.querySelector("#w").shadowRoot;
    const pick = (sel, props) => {
      const el = root.querySelector(sel);
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { ...Object.fromEntries(props.map((p) => [p, cs[p]])), width: Math.round(r.width), height: Math.round(r.height) };
    };
    const text = ["fontSize", "fontFamily", "fontStyle", "lineHeight", "letterSpacing", "wordSpacing", "textAlign", "textTransform", "textIndent", "whiteSpace", "direction", "color"];
    return {
      value: pick(".shuka-value", text),
      label: pick(".shuka-card-label", text),
      button: pick(".shuka-source-toggle", ["display", "paddingTop", "borderTopWidth", ...text]),
      card: pick(".shuka-card", ["display", "paddingLeft", "backgroundColor"]),
    };
  }, selector);

test("hostile page CSS leaves the widget exactly as on a plain page", async () => {
  const looks = [];
  for (const path of ["/fixtures/plain.html", "/fixtures/hostile.html"]) {
    const { page } = await open(env, path, PHONE);
    await page.locator("#w .shuka-card").first().waitFor();
    looks.push(await styleOf(page));
    await page.context().close();
  }
  assert.deepEqual(looks[1], looks[0]);
  assert.equal(looks[0].value.fontSize, "28px");
});

test("works under a strict Content-Security-Policy with no violations", async () => {
  const { page, problems } = await open(env, "/fixtures/csp.html", PHONE);
  const violations = [];
  page.on("console", (m) => /Content.Security.Policy|Refused/i.test(m.text()) && violations.push(m.text()));
  await page.locator("[data-shuka] .shuka-card").first().waitFor();
  await page.locator("[data-shuka] .shuka-source-toggle").first().click();
  assert.equal(await page.locator("[data-shuka] .shuka-value").first().textContent(), "307.3亿元");
  const radius = await page.evaluate(() => getComputedStyle(document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-card")).borderTopLeftRadius);
  assert.equal(radius, "10px", "the widget stylesheet applied");
  assert.deepEqual([...problems, ...violations], []);
  await page.context().close();
});

test("several widgets keep their own state; one wasm download; unknown option warns once", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const wasm = [], warnings = [];
  page.on("request", (r) => r.url().endsWith("_bg.wasm") && wasm.push(r.url()));
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${env.server.url}/fixtures/two.html`);
  await page.locator("#a tbody tr").first().waitFor();
  await page.locator("#b tbody tr").first().waitFor();
  await page.locator("#c .shuka-card").first().waitFor();
  const firstRow = (id) => page.locator(`#${id} tbody .shuka-row-name`).first().textContent();
  const before = await firstRow("b");
  await page.locator("#a thead th", { hasText: "项目" }).getByRole("button").click();
  assert.equal(await page.locator("#a thead th", { hasText: "项目" }).getAttribute("aria-sort"), "ascending");
  assert.equal(await page.locator("#b thead th", { hasText: "项目" }).getAttribute("aria-sort"), null);
  assert.equal(await firstRow("b"), before);
  assert.notEqual(await firstRow("a"), before);
  assert.equal(wasm.length, 1);
  assert.deepEqual(warnings.filter((w) => w.includes("data-lang")).length, 1);
  assert.match(await page.locator("#c .shuka-value").first().textContent(), /亿元$/, "unknown language falls back to the page's");
  await context.close();
});

test("hosts added later mount; removed hosts unmount cleanly; added back, they mount again", async () => {
  const { page, problems } = await open(env, "/fixtures/empty.html", PHONE);
  await addHost(page, "late", { "data-view": "cards" });
  for (let round = 0; round < 3; round++) {
    if (round > 0) {
      // The same element goes back into the page.
      await page.evaluate(() => document.querySelector("main").append(window.removedHost));
      assert.ok(await page.evaluate(() => document.querySelector("#late") === window.removedHost));
    }
    await page.locator("#late .shuka-card").first().waitFor();
    await page.evaluate(() => {
      window.removedHost = document.querySelector("#late");
      window.removedHost.remove();
    });
    // Unmounting (from the loader's MutationObserver) empties the widget.
    await page.waitForFunction(() => window.removedHost.shadowRoot.querySelectorAll(".shuka-card").length === 0);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("inline JSON and a data-src on another origin, each fetched once and never the default", async () => {
  const { page, problems } = await open(env, "/fixtures/empty.html", PHONE);
  const data = [];
  page.on("request", (r) => /\.json$/.test(new URL(r.url()).pathname) && data.push(new URL(r.url()).pathname));
  await addHost(page, "inline", { "data-view": "cards" }, EXAMPLE);
  await addHost(page, "remote", { "data-view": "cards", "data-src": ` ${other.url}/good.json ` });
  assert.equal(await page.locator("#inline .shuka-value").first().textContent(), "120.5亿元");
  assert.equal(await page.locator("#remote .shuka-value").first().textContent(), "120.5亿元");
  // The loader's request is the one the widget reads (URLs agree, spaces trimmed on both sides).
  assert.deepEqual(data, ["/good.json"]);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("broken datasets show a clear message with the field, and other widgets keep working", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  await addHost(page, "ok", { "data-view": "cards" });
  const cases = {
    missing: [/数据文件无法载入/],
    "not-json": [/不是有效的 JSON/],
    // Every shape problem is found; the box lists five and counts the rest.
    "wrong-shape": [/数据文件有误/, /article: is missing/, /headline: is missing/, /… \+1$/],
    invalid: [/数据文件有误/, /indicators\[0\]\.shares\[0\]\.value: 125 is outside 0–100/],
  };
  for (const name of Object.keys(cases)) await addHost(page, name, { "data-src": `${other.url}/${name}.json` });
  for (const [name, patterns] of Object.entries(cases)) {
    // A reader scrolls to it: widgets start within about a viewport of being seen, and the
    // first widget's cards may have pushed this one further down before it started.
    await page.locator(`#${name}`).scrollIntoViewIfNeeded();
    const alert = page.locator(`#${name} [role=alert]`);
    await alert.waitFor();
    for (const p of patterns) assert.match(await alert.textContent(), p, name);
  }
  // Text rendered after the failures: the widget still answers.
  const toggle = page.locator("#ok .shuka-source-toggle").first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(await toggle.textContent(), "收起原文");
  assert.equal(await page.locator("#ok .shuka-value").first().textContent(), "307.3亿元");
  await page.context().close();
});

test("a fault in one widget shows its own error box; sorting in the widget beside it still works", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${env.server.url}/fixtures/two.html`);
  await page.locator("#a tbody tr").first().waitFor();
  await page.locator("#b tbody tr").first().waitFor();
  await page.locator("#c .shuka-card").first().waitFor();
  await page.evaluate(async () => {
    window.oldB = document.querySelector("#b").shadowRoot.querySelector(".shuka-host");
    // The test-only fault hook: #a panics the next time it renders, as a bug would.
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /shuka-[0-9a-f]{16}\.js$/.test(n));
    (await import(glue)).fault_for_tests(document.querySelector("#a"));
  });
  await page.locator("#a thead th", { hasText: "项目" }).getByRole("button").click();
  await page.locator("#a .shuka-fault[role=alert]").waitFor();
  assert.equal(await page.locator("#a .shuka-fault").textContent(), "数据卡片无法显示");
  // #b, rendered afresh after the fault, sorts.
  await page.waitForFunction(() => {
    const root = document.querySelector("#b").shadowRoot.querySelector(".shuka-host");
    return root !== window.oldB && root?.querySelector("tbody tr");
  });
  const name = page.locator("#b thead th", { hasText: "项目" });
  const first = () => page.locator("#b tbody .shuka-row-name").first().textContent();
  const before = await first();
  await name.getByRole("button").click();
  await page.waitForFunction(() => document.querySelector("#b").shadowRoot.querySelectorAll("thead th")[0].getAttribute("aria-sort") === "ascending");
  assert.notEqual(await first(), before, "rows re-sorted after the fault");
  await page.locator("#c .shuka-tab").nth(1).click();
  assert.equal(await page.locator("#c .shuka-tab").nth(1).getAttribute("aria-selected"), "true");
  assert.equal(errors.filter((e) => e.startsWith("shuka: a widget stopped")).length, 1, errors.join("\n"));
  await context.close();
});

test("a mistyped option warns naming the nearest one; an empty data-src or a mistyped inline script is an error, never the default data", async () => {
  const { page, problems } = await open(env, "/fixtures/empty.html", PHONE);
  const warnings = [], data = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  page.on("request", (r) => r.url().includes("shuka-data-") && data.push(r.url()));
  await addHost(page, "typo", { "data-scr": "other.json", "data-veiw": "cards" });
  await page.locator("#typo .shuka-card").first().waitFor();
  assert.deepEqual(warnings.filter((w) => w.startsWith("shuka:")).sort(), [
    "shuka: data-scr is not an option; did you mean data-src?",
    "shuka: data-veiw is not an option; did you mean data-view?",
  ]);
  await addHost(page, "empty", { "data-src": "" });
  await page.evaluate(() => {
    const host = Object.assign(document.createElement("div"), { id: "typed" });
    host.setAttribute("data-shuka", "");
    host.append(Object.assign(document.createElement("script"), { type: "text/json", textContent: "{}" }));
    document.querySelector("main").append(host);
  });
  for (const [id, path] of [["empty", /data-src: is empty/], ["typed", /<script type="text\/json">: inline data needs type="application\/json"/]]) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const alert = page.locator(`#${id} [role=alert]`);
    await alert.waitFor();
    assert.match(await alert.textContent(), /嵌入代码有误/, id);
    assert.match(await alert.textContent(), path, id);
    assert.equal(await page.locator(`#${id} .shuka-card`).count(), 0, id);
  }
  assert.equal(data.length, 1, "only the typo host, which has no data option, loads the default");
  assert.deepEqual(problems.map((p) => p.slice(0, 29)), ["console: shuka: 1 problem(s):", "console: shuka: 1 problem(s):"], "each error logged once");
  await page.context().close();
});

test("text from data is always text", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  let dialogs = 0;
  page.on("dialog", (d) => (dialogs++, d.dismiss()));
  await addHost(page, "x", { "data-view": "table", "data-src": `${other.url}/xss.json` });
  const cell = page.locator("#x tbody .shuka-row-name").first();
  assert.equal(await cell.textContent(), "<img src=x onerror=alert(1)>");
  assert.equal(await page.evaluate(() => document.querySelector("#x").shadowRoot.querySelectorAll("img").length), 0);
  assert.equal(dialogs, 0);
  await page.context().close();
});

test("a wasm that cannot load leaves a message in the widget's box and nothing broken", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/*_bg.wasm", (r) => r.abort());
  await page.goto(`${env.server.url}/fixtures/plain.html`);
  const alert = page.locator("#w [role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /无法/);
  assert.equal(errors.filter((e) => e.startsWith("shuka:")).length, 1, errors.join("\n"));
  assert.equal(await page.locator("h1").textContent(), "Plain page");
  await context.close();
});

test("a widget far below the fold loads its data only when it comes near", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  const data = [];
  page.on("request", (r) => r.url().includes("shuka-data-") && data.push(r.url()));
  await page.evaluate(() => {
    const spacer = document.createElement("div");
    spacer.style.height = "6000px";
    document.querySelector("main").append(spacer);
  });
  await addHost(page, "far", { "data-view": "cards" });
  await page.waitForFunction(() => true);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(data.length, 0, "not fetched while far away");
  await page.locator("#far").scrollIntoViewIfNeeded();
  await page.locator("#far .shuka-card").first().waitFor();
  assert.equal(data.length, 1);
  await page.context().close();
});

test("a browser without WebAssembly gets a message in the widget's box", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto(`${env.server.url}/fixtures/plain.html`);
  const alert = page.locator("#w [role=alert]");
  await alert.waitFor();
  assert.equal(await alert.textContent(), "数据卡片无法在此浏览器中显示。");
  await context.close();
});

test("dist/ on another origin (a CDN): the loader finds its wasm, CSS and data next to itself", async () => {
  const { DIST } = await import("./helpers.mjs");
  const cdn = await serve(DIST, { headers: () => ({ "access-control-allow-origin": "*" }) });
  // The article on its own origin (a real server: routed pages count as public, not loopback).
  const site = await serve("/nonexistent", {
    routes: {
      "/article.html": (req, res) =>
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
          `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>cdn</title><link rel="icon" href="data:,"></head><body><main><div data-shuka data-view="cards"></div></main><script type="module" src="${cdn.url}/shuka.js"></script></body></html>`,
        ),
    },
  });
  const context = await env.browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    const cdnRequests = [];
    page.on("request", (r) => r.url().startsWith(cdn.url) && cdnRequests.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{16}/, "-<hash>")));
    await page.goto(`${site.url}/article.html`);
    assert.equal(await page.locator("[data-shuka] .shuka-value").first().textContent(), "307.3亿元");
    assert.deepEqual(cdnRequests.sort(), ["/shuka-<hash>.css", "/shuka-<hash>.js", "/shuka-<hash>_bg.wasm", "/shuka-data-<hash>.json", "/shuka.js"]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await cdn.close();
    await site.close();
  }
});

test("the data downloads while the wasm does, once, and the article paints before either starts", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{16}/, "-<hash>")));
  let sawData;
  const dataRequested = new Promise((ok) => (sawData = ok));
  page.on("request", (r) => r.url().includes("shuka-data-") && sawData());
  // The wasm is held back until the data has been asked for: a loader that fetched the data
  // only after the wasm arrived would never show cards, and the wait below would fail.
  await page.route(/_bg\.wasm$/, async (route) => (await dataRequested, route.continue()));
  await page.addInitScript(() => {
    // For the wasm and the data: was the first contentful paint before the request began?
    window.__paintedBefore = {};
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const what = e.name.endsWith("_bg.wasm") ? "wasm" : e.name.includes("shuka-data-") ? "data" : null;
        if (what && !(what in window.__paintedBefore)) {
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          window.__paintedBefore[what] = !!fcp && fcp.startTime <= e.startTime;
        }
      }
    }).observe({ type: "resource", buffered: true });
  });
  await page.goto(`${env.server.url}/`);
  await page.locator("[data-shuka]").scrollIntoViewIfNeeded();
  await live(page);
  assert.equal(requests.filter((p) => p === "/shuka-data-<hash>.json").length, 1, requests.join(" "));
  assert.deepEqual(await page.evaluate(() => window.__paintedBefore), { wasm: true, data: true }, "first paint before both requests");
  await context.close();
});

test("the widget never shows unstyled: it renders once its stylesheet has loaded", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  let releaseCss;
  const cssHeld = new Promise((ok) => (releaseCss = ok));
  await page.route(/shuka-[0-9a-f]{16}\.css$/, async (route) => (await cssHeld, route.continue()));
  const loaded = (re) => page.waitForResponse((r) => re.test(r.url()));
  // A host left empty (not prerendered: tests/e2e/prerender.test.mjs has that case).
  await page.goto(`${env.server.url}/fixtures/plain.html`);
  await Promise.all([loaded(/_bg\.wasm$/), loaded(/shuka-data-/)]);
  // Wasm and data are here; let the page run a few tasks, as many as loading takes.
  await page.evaluate(() => new Promise((ok) => { let n = 20; const hop = () => (--n ? setTimeout(hop, 0) : ok()); hop(); }));
  const before = await page.evaluate(() => document.querySelector("[data-shuka]").shadowRoot?.querySelectorAll(".shuka-card, .shuka-status").length ?? 0);
  assert.equal(before, 0, "nothing rendered while the stylesheet is held");
  releaseCss();
  await page.locator("[data-shuka] .shuka-card").first().waitFor();
  const radius = await page.evaluate(() => getComputedStyle(document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-card")).borderTopLeftRadius);
  assert.equal(radius, "10px");
  await context.close();
});
