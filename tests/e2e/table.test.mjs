// The project table in the article: stacked on phones, sort/filter/search, CSV download,
// state in the URL, axe with filters active.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { setup, open, openArticle, live, PHONE, DESKTOP } from "./helpers.mjs";

const env = setup();
const T = "[data-shuka] .shuka-table-wrap";
/** Shows the filter chips (closed by default so a phone reaches the table first). */
const openFilters = (page) => page.locator(`${T} .shuka-filter-toggle`).click();
const names = (page) => page.locator(`${T} tbody .shuka-row-name`).allTextContents();

async function openTable(viewport, path = "/") {
  const { page, problems } = await open(env, path, viewport);
  await page.locator("[data-shuka]").scrollIntoViewIfNeeded();
  await live(page);
  await page.locator(`${T} tbody tr`).first().scrollIntoViewIfNeeded();
  await page.locator(`${T} tbody tr`).first().waitFor();
  return { page, problems };
}

for (const viewport of [PHONE, DESKTOP]) {
  const size = `${viewport.width}×${viewport.height}`;

  test(`${size}: sort by name in pinyin order, by amount both ways; aria-sort follows`, async () => {
    const { page } = await openTable(viewport);
    const nameHeader = page.locator(`${T} thead th`).nth(0);
    await nameHeader.getByRole("button").click();
    assert.equal(await nameHeader.getAttribute("aria-sort"), "ascending");
    const sorted = await names(page);
    const pinyin = [...sorted].sort(new Intl.Collator("zh-CN", { ignorePunctuation: true }).compare);
    assert.deepEqual(sorted, pinyin);
    assert.equal(sorted[0], "安置房", "安 (ān) first");
    await nameHeader.getByRole("button").press("Enter");
    assert.equal(await nameHeader.getAttribute("aria-sort"), "descending");
    const amount = page.locator(`${T} thead th`).nth(3);
    await amount.getByRole("button").click();
    assert.equal(await amount.getAttribute("aria-sort"), "descending");
    assert.match((await names(page))[0], /^其余16个新签约项目/);
    assert.match(await page.locator(`${T} [role=status]`).textContent(), /已按投资额\(亿元\)降序排列/);
    await page.context().close();
  });

  test(`${size}: filter chips and search combine; the empty result offers to clear`, async () => {
    const { page } = await openTable(viewport);
    assert.equal(await page.locator(`${T} .shuka-chip`).first().isVisible(), false, "chips start folded away");
    await openFilters(page);
    await page.locator(`${T} .shuka-chip`, { hasText: "签约" }).click();
    await page.locator(`${T} .shuka-chip`, { hasText: "新材料" }).click();
    assert.equal(await page.locator(`${T} .shuka-filter-toggle .shuka-count`).textContent(), "2");
    assert.deepEqual(await names(page), ["高芯功能性钻石生产基地项目", "哈工大郑州研究院CVD金刚石项目"]);
    await page.locator(`${T} input[type=search]`).fill("金刚石");
    assert.deepEqual(await names(page), ["哈工大郑州研究院CVD金刚石项目"]);
    await page.locator(`${T} input[type=search]`).fill("医院");
    assert.equal(await page.locator(`${T} tbody th`).count(), 0);
    await page.locator(`${T} .shuka-empty button`).click();
    assert.equal(await page.locator(`${T} tbody th`).count(), 32);
    await page.context().close();
  });
}

test("390×844: the table stacks into cards with no sideways scrolling", async () => {
  const { page } = await openTable(PHONE);
  const layout = await page.evaluate(() => {
    const root = document.querySelector("[data-shuka]").shadowRoot;
    const table = root.querySelector(".shuka-table");
    const row = root.querySelector("tbody tr");
    return {
      sortButtonsVisible: [...root.querySelectorAll("thead button")].every((b) => b.getBoundingClientRect().height >= 44),
      rowDisplay: getComputedStyle(row).display,
      overflow: table.scrollWidth > table.clientWidth + 1,
      pageOverflow: document.documentElement.scrollWidth > innerWidth,
    };
  });
  assert.deepEqual(layout, { sortButtonsVisible: true, rowDisplay: "grid", overflow: false, pageOverflow: false });
  await page.context().close();
});

test("1280×800: the table is a real table with a sticky header", async () => {
  const { page } = await openTable(DESKTOP);
  const position = await page.evaluate(() => getComputedStyle(document.querySelector("[data-shuka]").shadowRoot.querySelector("thead th")).position);
  assert.equal(position, "sticky");
  await page.context().close();
});

test("下载数据 (CSV) downloads the shown rows as UTF-8 with BOM and the source line", async () => {
  const { page } = await openTable(DESKTOP);
  await openFilters(page);
  await page.locator(`${T} .shuka-chip`, { hasText: "签约" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`${T} .shuka-download`).click()]);
  const text = readFileSync(await download.path(), "utf8");
  assert.equal(download.suggestedFilename(), "shuka-projects.csv");
  assert.ok(text.startsWith("\uFEFF项目,类别,状态,投资额(亿元),原文\r\n"));
  const lines = text.trimEnd().split("\r\n");
  assert.equal(lines.length, 1 + 5 + 1);
  assert.match(lines[1], /^其余16个新签约项目\(文中未列名\),–,签约,296\.43,/);
  assert.match(lines.at(-1), /^"来源：奋战三季度/);
  await page.context().close();
});

test("sort and filters are kept in the URL and restored on load", async () => {
  const { page } = await openTable(DESKTOP);
  await page.locator(`${T} thead th`).nth(0).getByRole("button").click();
  await openFilters(page);
  await page.locator(`${T} .shuka-chip`, { hasText: "建成" }).click();
  await page.waitForFunction(() => location.hash.includes("shuka.status=completed"));
  const url = page.url();
  assert.match(url, /#shuka\.sort=name-asc&shuka\.status=completed$/);
  const before = await names(page);
  const { page: again } = await open(env, new URL(url).pathname + new URL(url).hash, DESKTOP);
  await again.locator("[data-shuka]").scrollIntoViewIfNeeded();
  await live(again);
  await again.locator(`${T} tbody tr`).first().scrollIntoViewIfNeeded();
  await again.locator(`${T} tbody tr`).first().waitFor();
  assert.deepEqual(await names(again), before);
  assert.equal(await again.locator(`${T} thead th`).nth(0).getAttribute("aria-sort"), "ascending");
  assert.equal(await again.locator(`${T} .shuka-chip`, { hasText: "建成" }).getAttribute("aria-pressed"), "true");
  assert.equal(await again.locator(`${T} .shuka-chip`, { hasText: "建成" }).isVisible(), true, "restored filters are shown");
  await page.context().close();
  await again.context().close();
});

test("axe-core finds no violations with filters active and with an empty result", async () => {
  const { page } = await openTable(PHONE);
  await openFilters(page);
  await page.locator(`${T} .shuka-chip`, { hasText: "签约" }).click();
  await page.locator(`${T} .shuka-chip`, { hasText: "新材料" }).click();
  let { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  await page.locator(`${T} input[type=search]`).fill("没有这个项目");
  ({ violations } = await new AxeBuilder({ page }).analyze());
  assert.deepEqual(violations.map((v) => v.id), []);
  await page.context().close();
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width}×${viewport.height}: a row's source sentence opens on demand`, async () => {
    const { page } = await openTable(viewport);
    const toggle = page.locator(`${T} .shuka-row-toggle`).nth(1);
    const detail = page.locator(`${T} tr.shuka-detail`).nth(1);
    assert.equal(await detail.isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.match(await detail.textContent(), /投资32亿元的易信科技河南百旺信智算中心项目/);
    assert.equal(await detail.locator("mark").textContent(), "投资32亿元的易信科技河南百旺信智算中心项目");
    await page.keyboard.press("Escape");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await detail.isVisible(), false);
    await page.context().close();
  });
}

test("print shows every table row with its source sentence and no controls", async () => {
  const { page } = await openTable(DESKTOP);
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => {
    const root = document.querySelector("[data-shuka]").shadowRoot;
    const visible = (el) => el.getClientRects().length > 0;
    return {
      rows: [...root.querySelectorAll("tbody tr:not(.shuka-detail)")].filter(visible).length,
      sources: [...root.querySelectorAll("tr.shuka-detail")].filter(visible).length,
      // Header buttons stay: in print they are the column headings.
      controls: [...root.querySelectorAll(".shuka-table-wrap button:not(.shuka-sort), .shuka-table-wrap input")].filter(visible).length,
    };
  });
  assert.deepEqual(shown, { rows: 32, sources: 32, controls: 0 });
  await page.context().close();
});

// The fragment belongs to the page: an anchor and a hash route stay byte for byte, and no
// history entry is added, whatever the reader sorts or filters.
for (const hash of ["#comments", "#/news/123?x=1"]) {
  test(`the page's own fragment ${hash} stays byte-identical through every sort and filter`, async () => {
    const { page } = await openTable(DESKTOP, `/${hash}`);
    const entries = await page.evaluate(() => history.length);
    const same = async (after) => assert.equal(await page.evaluate(() => location.hash), hash, after);
    const th = (i) => page.locator(`${T} thead th`).nth(i);
    for (const [i, sort] of [[0, "ascending"], [0, "descending"], [3, "descending"], [2, "ascending"]]) {
      await th(i).getByRole("button").click();
      await page.waitForFunction(([i, sort]) => document.querySelector("[data-shuka]").shadowRoot.querySelectorAll("thead th")[i].getAttribute("aria-sort") === sort, [i, sort]);
      await same(`after sorting column ${i} ${sort}`);
    }
    await openFilters(page);
    for (const chip of ["建成", "签约"]) {
      await page.locator(`${T} .shuka-chip`, { hasText: chip }).click();
      await page.locator(`${T} .shuka-chip[aria-pressed=true]`, { hasText: chip }).waitFor();
      await same(`after the ${chip} filter`);
    }
    await page.locator(`${T} input[type=search]`).fill("项目");
    await same("after a search");
    await page.locator(`${T} .shuka-chip`, { hasText: "建成" }).click();
    await page.locator(`${T} .shuka-chip[aria-pressed=false]`, { hasText: "建成" }).waitFor();
    await same("after clearing a filter");
    assert.equal(await page.evaluate(() => history.length), entries, "no history entries");
    await page.context().close();
  });
}
