// Every reader: widths from 320 to 1280, keyboard, axe in each state, English, dark mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { setup, open, openArticle, addHost, PHONE } from "./helpers.mjs";

const env = setup();
const axe = async (page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

// 195 px is a 390 px phone at 200 % zoom (zoom narrows the CSS viewport).
for (const width of [195, 320, 360, 390, 414, 768, 1280]) {
  test(`${width}px: no sideways overflow, every visible control at least 44×44 px`, async () => {
    const { page } = await openArticle(env, { width, height: 800 });
    const result = await page.evaluate(() => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      const small = [...root.querySelectorAll("button, input")]
        .filter((b) => b.getClientRects().length)
        .map((b) => [b.textContent.trim() || b.type, b.getBoundingClientRect()])
        .filter(([, r]) => r.width < 44 || r.height < 44)
        .map(([t, r]) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`);
      return { overflow: document.documentElement.scrollWidth - innerWidth, small };
    });
    assert.deepEqual(result, { overflow: 0, small: [] });
    await page.context().close();
  });
}

test("axe-core: 0 violations on every tab", async () => {
  const { page } = await openArticle(env, PHONE);
  const tabs = page.locator("[data-shuka] [role=tab]");
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    assert.deepEqual(await axe(page), [], `tab ${i}`);
  }
  await page.context().close();
});

test("keyboard: Tab reaches the language switch, the tabs, each card's buttons, filters, search and sort", async () => {
  const { page } = await openArticle(env, PHONE);
  await page.locator("[data-shuka] .shuka-lang").focus();
  const seen = new Set();
  for (let i = 0; i < 80; i++) {
    const cls = await page.evaluate(() => {
      const el = document.querySelector("[data-shuka]").shadowRoot.activeElement;
      return el ? el.className || el.tagName : null;
    });
    if (cls) seen.add(cls.split(" ")[0]);
    await page.keyboard.press("Tab");
  }
  for (const c of ["shuka-lang", "shuka-tab", "shuka-source-toggle", "shuka-copy", "shuka-filter-toggle", "INPUT", "shuka-download", "shuka-sort"]) {
    assert.ok(seen.has(c), `${c} not reached: ${[...seen]}`);
  }
  await page.context().close();
});

test("English: no Chinese outside the article's own quotes, axe clean", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  await addHost(page, "en", { "data-lang": "en" });
  await page.locator("#en .shuka-card").first().waitFor();
  await page.locator("#en .shuka-source-toggle").first().click();
  const cjk = await page.evaluate(() => {
    const root = document.querySelector("#en").shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('[lang="zh-CN"]')) continue;
      if (/[\u3400-\u9fff]/.test(n.textContent)) found.push(n.textContent.trim());
    }
    return found;
  });
  assert.deepEqual(cjk, []);
  assert.equal(await page.locator("#en .shuka-value").first().textContent(), "CNY 30.73 bn");
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("dark theme and green-for-rise: axe (contrast included) clean; rises change colour", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  await addHost(page, "dark", { "data-theme": "dark", "data-view": "cards" });
  await addHost(page, "green", { "data-rise": "green", "data-view": "cards" });
  await page.locator("#dark .shuka-card").first().waitFor();
  await page.locator("#green .shuka-card").first().waitFor();
  const colours = await page.evaluate(() =>
    ["dark", "green"].map((id) => {
      const root = document.querySelector(`#${id}`).shadowRoot;
      return [getComputedStyle(root.querySelector(".shuka")).backgroundColor, getComputedStyle(root.querySelector(".shuka-up")).color];
    }),
  );
  assert.equal(colours[0][0], "rgb(21, 23, 27)", "dark background");
  assert.equal(colours[1][1], "rgb(15, 122, 58)", "rises are green with data-rise=green");
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("an error message passes axe too", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  await addHost(page, "bad", {}, '{"schema": 2}');
  await page.locator("#bad [role=alert]").waitFor();
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("data-theme auto follows the page's color-scheme and, through it, the reader's preference", async () => {
  const DARK = "rgb(21, 23, 27)", LIGHT = "rgb(255, 255, 255)";
  const cases = [
    // [page color-scheme, reader prefers, data-theme, expected background]
    ["normal", "dark", null, LIGHT],
    ["dark", "light", null, DARK],
    ["light dark", "dark", "auto", DARK],
    ["light dark", "light", "auto", LIGHT],
    ["dark", "dark", "light", LIGHT],
    ["normal", "light", "dark", DARK],
  ];
  for (const [scheme, prefers, theme, expected] of cases) {
    const { page } = await open(env, "/fixtures/empty.html", PHONE, { colorScheme: prefers });
    await page.evaluate((s) => (document.documentElement.style.colorScheme = s), scheme);
    await addHost(page, "t", theme ? { "data-theme": theme, "data-view": "cards" } : { "data-view": "cards" });
    await page.locator("#t .shuka-card").first().waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector("#t").shadowRoot.querySelector(".shuka")).backgroundColor);
    assert.equal(bg, expected, `page ${scheme}, prefers ${prefers}, data-theme ${theme}`);
    if (expected === DARK) assert.deepEqual(await axe(page), [], "dark passes axe (contrast)");
    await page.context().close();
  }
});

test("the reader's own text size (browser setting, not zoom) scales the widget, which stays usable", async () => {
  const { page } = await open(env, "/fixtures/empty.html", PHONE);
  // What Chrome's "font size: very large" sets; the page's CSS cannot override `font-size: medium`.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
  await addHost(page, "big");
  await page.locator("#big .shuka-card").first().waitFor();
  const r = await page.evaluate(() => {
    const root = document.querySelector("#big").shadowRoot;
    return {
      base: getComputedStyle(root.querySelector(".shuka-host")).fontSize,
      value: getComputedStyle(root.querySelector(".shuka-value")).fontSize,
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });
  assert.deepEqual(r, { base: "32px", value: "56px", overflow: 0 });
  await page.context().close();
});
