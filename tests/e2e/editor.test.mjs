// The editor page (/editor/) as built into dist/editor/: paste a report, draft it, the live
// preview shows the widget's cards, a label edit reaches the preview, the downloaded JSON is
// accepted by `shuka check`, a reload loses nothing, copying works without a clipboard, and
// axe-core finds nothing at phone and desktop widths. The other edits: editor-edits.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { setup, open, PHONE, DESKTOP } from "./helpers.mjs";
import { REPORT, CARDS, drafted, headlineFigure, shukaCheck, download } from "./editor.mjs";

const env = setup();

test("paste, draft: the figures are listed with their sentences and the preview shows cards", async () => {
  const { page, problems } = await drafted(env);
  assert.ok((await page.locator(".ed-fig").count()) > 10, "the drafted figures are listed");
  assert.ok((await page.locator(".ed-group h3").count()) > 1, "grouped by category");
  const mark = await page.locator(".ed-fig .ed-quote mark").first().textContent();
  assert.match(mark, /\d/, "the sentence marks the figure's words");
  assert.ok((await page.locator(CARDS).count()) > 0);
  assert.equal(await page.locator(".ed-ok").count(), 1, "the draft passes the check");
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px viewport`);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("a label edit shows in the preview, the download passes shuka check, a reload keeps it all", async () => {
  const { page, problems } = await drafted(env, DESKTOP, { acceptDownloads: true });
  const figure = headlineFigure(page);
  await figure.locator(".ed-zh").fill("测试标签甲");
  await page.locator(CARDS, { hasText: "测试标签甲" }).first().waitFor();

  const { path: file, json } = await download(page);
  assert.ok(json.indicators.some((i) => i.label.zh === "测试标签甲"), "the edit is in the file");
  assert.match(shukaCheck(file), /^ok: \d+ figures/);

  // Excluding a figure takes it out of the preview and the check still passes.
  const before = await page.locator(CARDS).count();
  await figure.getByLabel("收录 Include").uncheck();
  await page.waitForFunction(([sel, n]) => {
    const host = document.querySelector(".ed-preview-host");
    return host.shadowRoot.querySelectorAll(sel.replace(".ed-preview-host ", "")).length < n;
  }, [CARDS, before]);
  assert.equal(await page.locator(".ed-ok").count(), 1);

  await page.reload();
  await page.locator(CARDS).first().waitFor();
  assert.equal(await page.locator("#ed-text").inputValue(), REPORT.replace(/\r\n?/g, "\n"));
  const kept = page.locator(".ed-fig .ed-zh").filter({ hasText: "" });
  const values = await kept.evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.ok(values.includes("测试标签甲"), "the label edit survives a reload");
  assert.equal(await page.locator(CARDS, { hasText: "测试标签甲" }).count(), 0, "the excluded figure stays out");
  assert.equal(await page.locator(".ed-fig.ed-excluded").count(), 1);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("an empty label is reported at its figure, and the export warns", async () => {
  const { page } = await drafted(env);
  const figure = page.locator(".ed-fig").first();
  await figure.locator(".ed-zh").fill("");
  await figure.locator(".ed-issues li").first().waitFor();
  assert.match(await figure.locator(".ed-issues").textContent(), /label\.zh/);
  assert.match(await page.locator(".ed-export .ed-bad").textContent(), /shuka check/);
  const described = await figure.locator(".ed-zh").getAttribute("aria-describedby");
  assert.equal(await figure.locator(".ed-issues").getAttribute("id"), described);
  await page.context().close();
});

test("opening a .txt file puts its text in the box", async () => {
  const { page, problems } = await open(env, "/editor/");
  await page.getByLabel("或打开 .txt 文件 Or open a .txt file").setInputFiles(new URL("../corpus/01-chengxi-county-2023q3.txt", import.meta.url).pathname);
  await page.waitForFunction(() => document.querySelector("#ed-text").value.length > 100);
  assert.equal(await page.locator("#ed-text").inputValue(), REPORT.replace(/\r\n?/g, "\n"));
  assert.equal(await page.getByRole("button", { name: "起草 Draft" }).isEnabled(), true);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("copying the embed snippet without navigator.clipboard asks for a manual copy", async () => {
  const { page, problems } = await open(env, "/editor/");
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true }));
  await page.getByLabel("粘贴文章全文 Paste the article's text").fill(REPORT);
  await page.getByRole("button", { name: "起草 Draft" }).click();
  await page.locator(CARDS).first().waitFor();
  await page.getByRole("button", { name: /Copy the embed snippet/ }).click();
  await page.locator(".ed-export .ed-status", { hasText: "手动复制" }).waitFor();
  const snippet = await page.locator("#ed-snippet").inputValue();
  assert.match(snippet, /^<div data-shuka><script type="application\/json">\{/);
  assert.match(snippet, /<script type="module" src="shuka.js" fetchpriority="low"><\/script>\n$/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the preview switches between phone and desktop width", async () => {
  const { page } = await drafted(env, DESKTOP);
  const width = () => page.locator(".ed-frame").evaluate((f) => f.getBoundingClientRect().width);
  assert.equal(await width(), 390);
  await page.getByRole("button", { name: "桌面 Desktop" }).click();
  assert.ok((await width()) > 390);
  assert.equal(await page.getByRole("button", { name: "桌面 Desktop" }).getAttribute("aria-pressed"), "true");
  await page.context().close();
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width}px: axe-core finds no violations in the editor with a draft`, async () => {
    const { page } = await drafted(env, viewport);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    await page.context().close();
  });

}
