// The article page as built by `trunk build --release`: loads clean, the widget renders inside
// the article at phone and desktop sizes, nothing overflows, axe-core finds nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { setup, open, openArticle as openIn, PHONE, DESKTOP } from "./helpers.mjs";

const env = setup();
const openArticle = (viewport) => openIn(env, viewport);

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  const size = `${viewport.width}×${viewport.height}`;

  test(`${size}: the widget renders inside the article with no errors or failed requests`, async () => {
    const { page, problems } = await openArticle(viewport);
    const inArticle = await page.evaluate(() => {
      const host = document.querySelector("article.story [data-shuka]");
      return host?.shadowRoot?.querySelectorAll(".shuka-grid:not([hidden]) .shuka-card").length ?? 0;
    });
    assert.equal(inArticle, 6, "six headline cards in the article's widget");
    const value = await page.locator("[data-shuka] .shuka-value").first().textContent();
    assert.equal(value, "307.3亿元");
    const rows = await page.locator("[data-shuka] .shuka-table tbody tr:not(.shuka-detail)").count();
    assert.equal(rows, 32);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`${size}: nothing overflows sideways`, async () => {
    const { page } = await openArticle(viewport);
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px viewport`);
    await page.context().close();
  });

  test(`${size}: axe-core finds no violations, with a card's source open`, async () => {
    const { page } = await openArticle(viewport);
    await page.locator("[data-shuka] .shuka-source-toggle").first().click();
    await page.locator("[data-shuka] .shuka-source mark").first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    await page.context().close();
  });
}

test("the page uses the loader snippet and no inline script", async () => {
  const { page } = await openArticle({ width: 390, height: 844 });
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.getAttribute("src"), inline: !s.src && s.textContent.trim().length > 0 })));
  assert.deepEqual(scripts, [{ src: "shuka.js", inline: false }]);
  await page.context().close();
});

// A host in a box that sizes to its content (float, flex item, grid auto column, absolutely
// positioned) fills the width available; a width the page gives the host is kept.
for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width}px: in shrink-to-fit boxes the widget fills the width available, and keeps a width the page sets`, async () => {
    const { page, problems } = await open(env, "/fixtures/layouts.html", viewport);
    for (const id of ["float", "flex", "grid", "absolute", "sized"]) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.locator(`#${id} .shuka-card`).first().waitFor();
    }
    const widths = await page.evaluate(() =>
      Object.fromEntries(
        ["float", "flex", "grid", "absolute", "sized"].map((id) => {
          const host = document.getElementById(id);
          return [id, [Math.round(host.getBoundingClientRect().width), host.closest("section").clientWidth]];
        }),
      ),
    );
    for (const id of ["float", "flex", "grid", "absolute"]) assert.equal(widths[id][0], widths[id][1], `${id}: ${widths[id]}`);
    assert.equal(widths.sized[0], 300, "the page's width for the host");
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}
