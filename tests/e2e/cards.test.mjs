// Indicator cards in the article: tabs by click and arrow keys, sources by keyboard, copy,
// layout per width, touch targets, print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openArticle, PHONE, DESKTOP } from "./helpers.mjs";

const env = setup();
const W = "[data-shuka]";
const selectedTab = (page) => page.locator(`${W} [role=tab][aria-selected=true]`).textContent();
// Yew renders after the key event: wait (a few seconds at most) for the tab to be selected.
const tabBecomes = (page, name) =>
  page.locator(`${W} [role=tab][aria-selected=true]`, { hasText: name }).waitFor({ timeout: 5000 });
const visibleCards = (page) => page.locator(`${W} .shuka-grid:not([hidden]) .shuka-card`).count();

for (const viewport of [PHONE, DESKTOP]) {
  const size = `${viewport.width}×${viewport.height}`;

  test(`${size}: tabs switch by click and by arrow keys, focus follows`, async () => {
    const { page } = await openArticle(env, viewport);
    await page.locator(`${W} [role=tab]`, { hasText: "科技创新" }).click();
    assert.match(await selectedTab(page), /^科技创新/);
    assert.equal(await visibleCards(page), 7);
    await page.keyboard.press("ArrowRight");
    assert.match(await selectedTab(page), /^改革与金融/);
    assert.equal(await visibleCards(page), 12);
    const focused = await page.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.activeElement?.textContent);
    assert.match(focused, /^改革与金融/);
    await page.keyboard.press("End");
    await tabBecomes(page, /^民生保障/);
    await page.keyboard.press("ArrowRight");
    await tabBecomes(page, /^要点/); // wraps around
    assert.match(await selectedTab(page), /^要点/, "wraps around");
    await page.context().close();
  });

  test(`${size}: a source opens with Enter and closes with Escape`, async () => {
    const { page } = await openArticle(env, viewport);
    const toggle = page.locator(`${W} .shuka-grid:not([hidden]) .shuka-source-toggle`).first();
    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    const source = page.locator(`${W} .shuka-grid:not([hidden]) .shuka-source`).first();
    assert.match(await source.textContent(), /2024年上半年,郑州高新区实现GDP307\.3亿元/);
    await page.keyboard.press("Escape");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await source.isVisible(), false);
    await page.context().close();
  });

  test(`${size}: every card button is at least 44×44 px and nothing overflows`, async () => {
    const { page } = await openArticle(env, viewport);
    const small = await page.evaluate(() =>
      [...document.querySelector("[data-shuka]").shadowRoot.querySelectorAll("button")]
        .filter((b) => b.offsetParent)
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width < 44 || r.height < 44).length,
    );
    assert.equal(small, 0);
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    assert.ok(scroll <= width, `${scroll} > ${width}`);
    await page.context().close();
  });
}

test("cards sit one per row on a phone and two per row in the desktop article column", async () => {
  for (const [viewport, columns] of [[{ width: 320, height: 640 }, 1], [PHONE, 1], [DESKTOP, 2]]) {
    const { page } = await openArticle(env, viewport);
    const tops = await page.evaluate(() =>
      [...document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-grid:not([hidden]) .shuka-card")]
        .slice(0, 4)
        .map((c) => Math.round(c.getBoundingClientRect().top)),
    );
    assert.equal(tops.filter((t) => t === tops[0]).length, columns, `${viewport.width}px: ${tops}`);
    await page.context().close();
  }
});

test("复制 copies the card's generated sentence and confirms", async () => {
  const { page } = await openArticle(env, PHONE, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.locator(`${W} .shuka-grid:not([hidden]) .shuka-copy`).first().click();
  await page.locator(`${W} .shuka-copied`, { hasText: "已复制" }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "2024年上半年，郑州高新区地区生产总值307.3亿元，同比增长3.1%。");
  await page.context().close();
});

test("print shows every indicator with its source sentence and no controls", async () => {
  const { page } = await openArticle(env, DESKTOP);
  // What a browser does when the reader prints: beforeprint, then print media.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => {
    const root = document.querySelector("[data-shuka]").shadowRoot;
    const visible = (el) => el.getClientRects().length > 0;
    return {
      cards: [...root.querySelectorAll(".shuka-card")].filter(visible).length,
      sources: [...root.querySelectorAll(".shuka-source")].filter(visible).length,
      buttons: [...root.querySelectorAll(".shuka-cards button")].filter(visible).length,
    };
  });
  assert.deepEqual(shown, { cards: 74, sources: 74, buttons: 0 });
  await page.context().close();
});
