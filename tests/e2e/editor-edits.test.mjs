// The editor's edits beyond labels (/editor/, built into dist/editor/): a category or period
// chosen per figure moves its card between the preview's tabs; moving a figure up or down by
// keyboard reorders the preview's cards; projects are renamed, re-statused and left out; the
// numbers the drafter could not read are listed; the data-src embed snippet; each file the
// download gives is accepted by `shuka check`, and axe-core finds nothing with all of it shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { setup, PHONE, DESKTOP } from "./helpers.mjs";
import { PROJECTS, CARDS, drafted, shukaCheck, download, until, tabCounts, cardLabels } from "./editor.mjs";

const env = setup();

test("a figure's category and period are chosen from the dataset's: the preview's tab counts follow", async () => {
  const { page, problems } = await drafted(env, DESKTOP, { acceptDownloads: true });
  const group = page.locator(".ed-group").first();
  const from = await group.locator("h3").textContent();
  const figure = group.locator(".ed-fig").first();
  const id = await figure.getAttribute("data-id");
  const select = figure.getByLabel("分类 Category");
  const choices = await select.locator("option").evaluateAll((os) => os.map((o) => [o.value, o.textContent.split(" ")[0]]));
  const current = await select.inputValue();
  const [toId, to] = choices.find(([v]) => v !== current);
  const before = await tabCounts(page);
  await select.selectOption(toId);
  await page.waitForFunction(([f, n]) => {
    const tab = [...document.querySelector(".ed-preview-host").shadowRoot.querySelectorAll(".shuka-tab")].find((t) => t.querySelector("bdi").textContent === f);
    return (tab ? Number(tab.querySelector(".shuka-count").textContent) : 0) < n;
  }, [from, before[from]]);
  const after = await tabCounts(page);
  assert.equal(after[from] ?? 0, before[from] - 1, `${from} loses the card`);
  assert.equal(after[to], (before[to] ?? 0) + 1, `${to} gains it`);
  const moved = page.locator(`.ed-fig[data-id="${id}"]`);
  assert.equal(await moved.locator("xpath=ancestor::section[contains(@class,'ed-group')]/h3").textContent(), to, "the list shows it in its new group");

  const period = moved.getByLabel("时期 Period");
  const currentPeriod = await period.inputValue();
  const periods = await period.locator("option").evaluateAll((os) => os.map((o) => o.value));
  const newPeriod = periods.find((p) => p !== currentPeriod);
  await period.selectOption(newPeriod);
  const { path, json } = await download(page);
  const ind = json.indicators.find((i) => i.id === id);
  assert.equal(ind.category, toId);
  assert.equal(ind.period, newPeriod);
  assert.match(shukaCheck(path), /^ok: \d+ figures/);

  await page.reload();
  await page.locator(CARDS).first().waitFor();
  assert.deepEqual(await tabCounts(page), after, "the choice survives a reload");
  assert.equal(await page.locator(`.ed-fig[data-id="${id}"]`).getByLabel("时期 Period").inputValue(), newPeriod);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("moving a figure up with the keyboard changes the preview's card order and keeps the focus", async () => {
  const { page, problems } = await drafted(env, DESKTOP);
  const group = page.locator(".ed-group").filter({ has: page.locator(".ed-fig:nth-child(2)") }).first();
  const tab = await group.locator("h3").textContent();
  const [a, b] = [group.locator(".ed-fig").nth(0), group.locator(".ed-fig").nth(1)];
  const [idA, idB] = [await a.getAttribute("data-id"), await b.getAttribute("data-id")];
  // Labels of their own, so the cards are told apart whatever the drafter named them.
  await a.locator(".ed-zh").fill("卡片甲");
  await b.locator(".ed-zh").fill("卡片乙");
  const order = async () => (await cardLabels(page, tab)).filter((l) => l.startsWith("卡片"));
  assert.deepEqual(await until(order, ["卡片甲", "卡片乙"]), ["卡片甲", "卡片乙"]);
  assert.equal(await a.getByRole("button", { name: /^上移 Move up/ }).getAttribute("aria-disabled"), "true", "the first cannot move up");

  const listed = (ids) =>
    page.waitForFunction(([x, y]) => {
      const all = [...document.querySelectorAll(".ed-fig")].map((f) => f.dataset.id);
      return all.indexOf(x) < all.indexOf(y);
    }, ids);
  const focused = () => page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  await page.getByRole("button", { name: "上移 Move up: 卡片乙" }).focus();
  await page.keyboard.press("Enter");
  await listed([idB, idA]);
  assert.equal(await group.locator(".ed-fig").first().getAttribute("data-id"), idB);
  // The focus stays on the moved figure's button, now at the top: aria-disabled, not gone.
  assert.equal(await focused(), "上移 Move up: 卡片乙");
  assert.equal(await page.getByRole("button", { name: "上移 Move up: 卡片乙" }).getAttribute("aria-disabled"), "true");
  assert.match(await page.locator(".ed-list .ed-status").first().textContent(), /Now 1 of \d+ in its group/);
  await page.keyboard.press("Enter");
  assert.equal(await group.locator(".ed-fig").first().getAttribute("data-id"), idB, "the top is the top");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "下移 Move down: 卡片乙");
  await page.keyboard.press("Space");
  await listed([idA, idB]);
  assert.equal(await focused(), "下移 Move down: 卡片乙", "the focus follows the moved figure");
  assert.deepEqual(await until(order, ["卡片甲", "卡片乙"]), ["卡片甲", "卡片乙"]);

  await page.getByRole("button", { name: "上移 Move up: 卡片乙" }).click();
  await listed([idB, idA]);
  assert.deepEqual(await until(order, ["卡片乙", "卡片甲"]), ["卡片乙", "卡片甲"], "the preview's cards follow");
  await page.reload();
  await page.locator(CARDS).first().waitFor();
  assert.deepEqual(await order(), ["卡片乙", "卡片甲"], "the order survives a reload");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the numbers the drafter could not read are listed, folded, with their sentence and why", async () => {
  const text = "前三季度，全县实现地区生产总值286.42亿元，同比增长7.3%。力争全年增长6%。";
  const { page, problems } = await drafted(env, PHONE, undefined, text);
  const list = page.locator("details.ed-unread");
  const summary = list.locator("summary");
  assert.match(await summary.textContent(), /Numbers not read \(1\)/);
  assert.equal(await list.locator("li").isVisible(), false, "folded at first");
  await summary.focus();
  await page.keyboard.press("Enter");
  const item = list.locator("li");
  await item.waitFor();
  assert.equal(await item.locator("mark").textContent(), "6%");
  assert.match(await item.textContent(), /力争全年增长6%。/);
  assert.match(await item.textContent(), /a goal or plan, not a result/);
  await page.reload();
  await page.locator(CARDS).first().waitFor();
  assert.match(await page.locator("details.ed-unread summary").textContent(), /\(1\)/, "a reload lists them again");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("projects: names, status and include reach the preview's table and the file shuka check accepts", async () => {
  const { page, problems } = await drafted(env, DESKTOP, { acceptDownloads: true }, PROJECTS);
  const projects = page.locator(".ed-proj");
  assert.ok((await projects.count()) > 2, "the drafted projects are listed");
  const [a, b] = [projects.nth(0), projects.nth(1)];
  const [idA, idB] = [await a.getAttribute("data-id"), await b.getAttribute("data-id")];
  await a.getByLabel("中文名称 Name (zh)").fill("测试项目甲");
  await a.getByLabel("英文名称 Name (en)").fill("Test project A");
  await a.getByLabel("状态 Status").selectOption("operating");
  await b.getByLabel("收录 Include").uncheck();
  await page.locator(".ed-preview-host td, .ed-preview-host th", { hasText: "测试项目甲" }).first().waitFor({ state: "attached" });
  const { path, json } = await download(page);
  const p = json.projects.find((x) => x.id === idA);
  assert.deepEqual([p.name.zh, p.name.en, p.status], ["测试项目甲", "Test project A", "operating"]);
  assert.ok(!json.projects.some((x) => x.id === idB), "the left-out project is not in the file");
  assert.match(shukaCheck(path), /^ok: \d+ figures, \d+ projects/);
  await page.reload();
  await page.locator(CARDS).first().waitFor();
  assert.equal(await page.locator(`.ed-proj[data-id="${idA}"]`).getByLabel("状态 Status").inputValue(), "operating");
  assert.equal(await page.locator(`.ed-proj[data-id="${idB}"]`).getByLabel("收录 Include").isChecked(), false);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the embed snippet with data-src names the downloaded file and says where it goes", async () => {
  const { page, problems } = await drafted(env);
  assert.match(await page.locator("#ed-snippet").inputValue(), /^<div data-shuka><script type="application\/json">\{/);
  await page.getByLabel("数据文件 Data file (data-src)").check();
  assert.equal(
    await page.locator("#ed-snippet").inputValue(),
    '<div data-shuka data-src="report.json"></div>\n<script type="module" src="shuka.js" fetchpriority="low"></script>\n',
  );
  assert.match(await page.locator(".ed-note").textContent(), /Upload the downloaded report\.json next to shuka\.js/);
  assert.equal(await page.locator("#ed-snippet").getAttribute("aria-describedby"), "ed-src-note");
  await page.getByLabel("数据内嵌 Data inline").check();
  assert.match(await page.locator("#ed-snippet").inputValue(), /application\/json/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the prerendered snippet carries the draft's figures, links the build's stylesheet and loads report.json", async () => {
  const { page, problems } = await drafted(env);
  const first = await page.locator(".ed-preview-host .shuka-value").first().textContent();
  await page.getByLabel("数据文件＋预渲染 Data file, figures prerendered").check();
  await page.waitForFunction(() => document.querySelector("#ed-snippet").value.startsWith("<div"));
  const snippet = await page.locator("#ed-snippet").inputValue();
  const css = JSON.parse(await (await page.request.get(`${env.server.url}/assets.json`)).text()).css;
  assert.ok(
    snippet.startsWith(`<div data-shuka data-src="report.json" data-lang="zh"><template shadowrootmode="open"><link rel="stylesheet" href="${css}"><div class="shuka-host shuka-static">`),
    snippet.slice(0, 240),
  );
  assert.ok(snippet.includes(`<p class="shuka-value">${first}</p>`), `the first card's ${first}`);
  assert.ok(snippet.includes('<div class="shuka-every-figure" lang="zh-CN">'), "every figure in the light DOM");
  assert.ok(snippet.trimEnd().endsWith('<script type="module" async src="shuka.js"></script>'));
  assert.ok(!/ style=|<style/.test(snippet), "nothing a strict CSP blocks");
  assert.equal(await page.locator("#ed-snippet").getAttribute("aria-describedby"), "ed-src-note ed-pre-note");
  assert.deepEqual(problems, []);
  await page.context().close();
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width}px: with projects, the unread list open and the data-src snippet, axe finds nothing and nothing scrolls sideways`, async () => {
    const { page } = await drafted(env, viewport, undefined, PROJECTS);
    await page.locator("details.ed-unread summary").click();
    await page.getByLabel("数据文件 Data file (data-src)").check();
    await page.locator(".ed-proj").first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px viewport`);
    await page.context().close();
  });
}
