// The reader's core paths, written once against the driver interface of drivers.mjs and run in
// each engine by firefox.test.mjs and webkit.test.mjs (`make test-gecko`, `make test-webkit`).
// Everything inside the widget is reached through the host's open shadowRoot in evaluate(),
// never through an engine's own shadow-piercing selectors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/web/server.mjs";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const EXAMPLE = readFileSync(new URL("../../docs/example.json", import.meta.url), "utf8");
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The widget's stylesheet as an engine without light-dark() reads it: both @supports tests
 *  ask for a function no engine has, so the fallback palette is the one applied. */
function withoutLightDark(req, res) {
  const name = readdirSync(DIST).find((f) => /^shuka-[0-9a-f]{16}\.css$/.test(f));
  const css = readFileSync(`${DIST}${name}`, "utf8");
  const off = css.replaceAll("(color: light-dark(#000,#fff))", "(color: no-light-dark(#000,#fff))");
  if (off === css || off.includes("@supports (color: light-dark")) throw new Error("the stylesheet's light-dark() @supports tests were not found");
  res.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(off);
}

/** The test server: dist/, the strict-CSP fixture with its header, and broken datasets;
 *  `{ lightDark: false }` serves the stylesheet with light-dark() switched off. */
export function serveDist({ lightDark = true } = {}) {
  const json = (body, status = 200) => (req, res) => res.writeHead(status, { "content-type": "application/json" }).end(body);
  const css = readdirSync(DIST).find((f) => /^shuka-[0-9a-f]{16}\.css$/.test(f));
  return serve(DIST, {
    headers: (path) => (path === "/fixtures/csp.html" ? { "content-security-policy": CSP } : {}),
    routes: {
      "/broken/not-json.json": json("<html>oops</html>"),
      "/broken/wrong-shape.json": json(JSON.stringify({ schema: 1, indicators: "none" })),
      "/broken/invalid.json": json(EXAMPLE.replace('"value": 10.25', '"value": 125')),
      ...(lightDark ? {} : { [`/${css}`]: withoutLightDark }),
    },
  });
}

/** Polls fn(...args) in the page until it returns something truthy; returns that. */
export async function until(d, what, fn, ...args) {
  const end = Date.now() + 20000;
  let last;
  for (;;) {
    last = await d.evaluate(fn, ...args).catch((e) => `error: ${e.message}`);
    if (last && !(typeof last === "string" && last.startsWith("error: "))) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// In-page functions are sent as source: each is self-contained (no names from this file).
/** Loads the article (or `path`) and waits for the whole widget: cards, table, stylesheet. */
export async function openWidget(d, viewport, path = "/", host = "[data-shuka]") {
  const reached = viewport && (await d.setViewport(viewport));
  await d.goto(path);
  // The loader starts a widget only near the viewport.
  await d.evaluate((host) => document.querySelector(host).scrollIntoView(), host);
  await until(d, "cards, table and stylesheet", (host) => {
    const root = document.querySelector(host).shadowRoot;
    // The table's rows arrive in stages: wait for all of the article's 32 projects, in the live
    // widget (the article is prerendered: its first view is there before any script runs).
    return !!(root && !root.querySelector(".shuka-static") && root.querySelector(".shuka-card") && root.querySelectorAll("tbody tr:not(.shuka-detail)").length >= 32 && root.querySelector("link")?.sheet);
  }, host);
  return reached;
}

const names = (d) => d.evaluate(() => [...document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-table-wrap tbody .shuka-row-name")].map((n) => n.textContent));
const selectedTab = (d) => d.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.querySelector("[role=tab][aria-selected=true]").textContent);
const visibleCards = (d) => d.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-grid:not([hidden]) .shuka-card").length);
/** The button, tab or chip in the widget whose selector matches and whose text starts with `text`. */
const byText = (sel, text, host = "[data-shuka]") =>
  [...document.querySelector(host).shadowRoot.querySelectorAll(sel)].find((el) => el.textContent.trim().startsWith(text));

/** Widths for the overflow check. An engine whose window cannot be that narrow (WebKitGTK)
 *  shows the article in an iframe of that width instead: the same viewport to the page. */
async function overflowAt(d, width) {
  const reached = await d.setViewport({ width, height: 800 });
  if (reached.width === width) {
    await openWidget(d);
    return d.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widget: Math.round(document.querySelector("[data-shuka]").getBoundingClientRect().right) <= document.documentElement.clientWidth,
      how: "window",
    }));
  }
  await d.setViewport({ width: 800, height: 900 });
  await d.goto("/fixtures/empty.html");
  await d.evaluate((width) => {
    const f = document.createElement("iframe");
    f.src = "/";
    f.id = "frame";
    f.style.cssText = `width:${width}px;height:800px;border:0;display:block`;
    document.body.prepend(f);
  }, width);
  await until(d, "the article in the frame", () => {
    const doc = document.querySelector("#frame").contentDocument;
    const host = doc?.querySelector("[data-shuka]");
    if (!host) return false;
    host.scrollIntoView();
    const root = host.shadowRoot;
    return !!(root && root.querySelector(".shuka-card") && root.querySelectorAll("tbody tr:not(.shuka-detail)").length >= 32 && root.querySelector("link")?.sheet);
  });
  return d.evaluate(() => {
    const win = document.querySelector("#frame").contentWindow;
    const doc = win.document;
    return {
      overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
      widget: Math.round(doc.querySelector("[data-shuka]").getBoundingClientRect().right) <= doc.documentElement.clientWidth,
      how: `iframe ${win.innerWidth}px`,
    };
  });
}

/** The widget's colours for data-theme light and dark, and whether the engine has light-dark(). */
export async function themeColours(d, origin = "") {
  await d.setViewport(PHONE);
  await d.goto(`${origin}/fixtures/empty.html`);
  await d.evaluate(() => {
    for (const theme of ["light", "dark"]) {
      const host = document.createElement("div");
      host.id = theme;
      host.setAttribute("data-shuka", "");
      host.setAttribute("data-view", "cards");
      host.setAttribute("data-theme", theme);
      document.querySelector("main").append(host);
    }
  });
  const colours = {};
  for (const theme of ["light", "dark"]) {
    await d.evaluate((id) => document.querySelector(`#${id}`).scrollIntoView(), theme);
    colours[theme] = await until(d, `#${theme}`, (id) => {
      const root = document.querySelector(`#${id}`).shadowRoot;
      const box = root?.querySelector(".shuka");
      if (!box || !root.querySelector(".shuka-card") || !root.querySelector("link")?.sheet) return null;
      const cs = getComputedStyle(box);
      return { bg: cs.backgroundColor, ink: cs.color };
    }, theme);
  }
  // What the widget's stylesheet decided: light-dark() in use, or the fallback palettes.
  const lightDark = await d.evaluate(() => {
    const sheet = document.querySelector("#dark").shadowRoot.querySelector("link").sheet;
    const rule = [...sheet.cssRules].find((r) => r.conditionText?.includes("light-dark(") && !r.conditionText.startsWith("not"));
    return rule ? CSS.supports(rule.conditionText) : false;
  });
  return { lightDark, ...colours };
}

/** The palette both the light-dark() rules and their fallback must give. */
export const PALETTE = {
  light: { bg: "rgb(255, 255, 255)", ink: "rgb(27, 29, 33)" },
  dark: { bg: "rgb(21, 23, 27)", ink: "rgb(238, 240, 243)" },
};

/** Registers every scenario as a node test for `launch()` (an engine of drivers.mjs). */
export function scenarios(launch, { label }) {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.engine = await launch();
    console.log(`${label}: ${env.engine.version}`);
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  const it = (name, body) =>
    test(`${label}: ${name}`, async (t) => {
      const d = await env.engine.page(env.server.url);
      try {
        await body(d, t);
      } finally {
        await d.close();
      }
    });

  it("the article page renders the widget, with no errors", async (d) => {
    await openWidget(d, PHONE);
    const seen = await d.evaluate(() => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      return {
        value: root.querySelector(".shuka-value").textContent,
        cards: root.querySelectorAll(".shuka-grid:not([hidden]) .shuka-card").length,
        rows: root.querySelectorAll("tbody tr:not(.shuka-detail)").length,
        radius: getComputedStyle(root.querySelector(".shuka-card")).borderTopLeftRadius,
        alert: !!root.querySelector("[role=alert]"),
      };
    });
    assert.deepEqual(seen, { value: "307.3亿元", cards: seen.cards, rows: 32, radius: "10px", alert: false });
    assert.ok(seen.cards > 0, "cards shown");
    const problems = d.problems();
    if (problems) assert.deepEqual(problems, []);
  });

  it("the prerendered figures show first, and the live widget takes their place at the same size", async (d) => {
    await d.setViewport(PHONE);
    await d.goto("/");
    // Before the loader has mounted anything (the widget is below the first viewport): the
    // declarative shadow root already holds the first view, styled.
    const before = await d.evaluate(() => {
      const host = document.querySelector("[data-shuka]");
      const view = host.shadowRoot?.querySelector(".shuka-static");
      return view && {
        value: view.querySelector(".shuka-value").textContent,
        radius: getComputedStyle(view.querySelector(".shuka-card")).borderTopLeftRadius,
        live: [...view.querySelectorAll("button, input")].filter((b) => !b.matches(":disabled")).length,
        height: Math.round(host.getBoundingClientRect().height),
      };
    });
    assert.deepEqual(before && { ...before, height: 0 }, { value: "307.3亿元", radius: "10px", live: 0, height: 0 });
    // The reader selects from a card's label into the table's total row, then the widget goes
    // live: the same characters stay selected. (Read through getComposedRanges where the
    // engine retargets a selection inside a shadow root.)
    const selected = () => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      const s = getSelection();
      let r;
      try {
        r = s.getComposedRanges ? s.getComposedRanges({ shadowRoots: [root] })[0] : s.getRangeAt(0);
      } catch {
        r = s.getComposedRanges(root)[0];
      }
      if (!r || r.collapsed) return "";
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.cloneContents().textContent;
    };
    await d.evaluate(() => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      const label = root.querySelector(".shuka-static .shuka-card-label").firstChild;
      const total = root.querySelector(".shuka-static tfoot th").firstChild;
      getSelection().setBaseAndExtent(label, 1, total, 10);
    });
    const chosen = await d.evaluate(selected);
    assert.ok(chosen.startsWith("区生产总值") && chosen.endsWith("合计(2"), chosen);
    await d.evaluate(() => document.querySelector("[data-shuka]").scrollIntoView());
    await until(d, "the live widget", () => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      return !root.querySelector(".shuka-static") && !!root.querySelector(".shuka-host:not(.shuka-pending) .shuka-card");
    });
    const after = await d.evaluate(() => Math.round(document.querySelector("[data-shuka]").getBoundingClientRect().height));
    assert.equal(after, before.height, "the same height before and after the switch");
    assert.equal(await d.evaluate(selected), chosen, "the selection kept");
    const problems = d.problems();
    if (problems) assert.deepEqual(problems, []);
  });

  it("tabs switch by click and by arrow key", async (d) => {
    await openWidget(d, PHONE);
    await d.click(byText, "[role=tab]", "科技创新");
    assert.match(await selectedTab(d), /^科技创新/);
    assert.equal(await visibleCards(d), 7);
    await d.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.querySelector("[role=tab][aria-selected=true]").focus());
    await d.press("ArrowRight");
    assert.match(await selectedTab(d), /^改革与金融/);
    assert.equal(await visibleCards(d), 12);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`${viewport.width}px: a sort reorders the rows (pinyin order) and sets aria-sort`, async (d) => {
      await openWidget(d, viewport);
      const before = await names(d);
      const th = (i) => d.evaluate((i) => document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-table-wrap thead th")[i].getAttribute("aria-sort"), i);
      const sortButton = (i) => document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-table-wrap thead th")[i].querySelector("button");
      await d.click(sortButton, 0);
      assert.equal(await th(0), "ascending");
      const sorted = await names(d);
      assert.notDeepEqual(sorted, before);
      assert.equal(sorted[0], "安置房", "安 (ān) first");
      // The engine's own zh-CN collation agrees with the order shown.
      const pinyin = await d.evaluate((list) => [...list].sort(new Intl.Collator("zh-CN", { ignorePunctuation: true }).compare), sorted);
      assert.deepEqual(sorted, pinyin);
      await d.click(sortButton, 3);
      assert.equal(await th(3), "descending");
      assert.equal(await th(0), null);
      assert.match((await names(d))[0], /^其余16个新签约项目/);
      const status = await d.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-table-wrap [role=status]").textContent);
      assert.match(status, /已按投资额\(亿元\)降序排列/);
    });
  }

  it("filter chips and search combine; the empty result offers to clear", async (d) => {
    await openWidget(d, PHONE);
    await d.click(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-filter-toggle"));
    await d.click(byText, ".shuka-chip", "签约");
    await d.click(byText, ".shuka-chip", "新材料");
    assert.deepEqual(await names(d), ["高芯功能性钻石生产基地项目", "哈工大郑州研究院CVD金刚石项目"]);
    const search = () => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-table-wrap input[type=search]");
    await d.click(search);
    await d.type("CVD");
    await until(d, "search for CVD", () => document.querySelector("[data-shuka]").shadowRoot.querySelectorAll(".shuka-table-wrap tbody .shuka-row-name").length === 1);
    assert.deepEqual(await names(d), ["哈工大郑州研究院CVD金刚石项目"]);
    await d.type("xyz");
    await until(d, "the empty state", () => !!document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-empty button"));
    assert.equal((await names(d)).length, 0);
    await d.click(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-empty button"));
    assert.equal((await names(d)).length, 32);
  });

  it("原文 opens the source sentence and Esc closes it", async (d, t) => {
    await openWidget(d, PHONE);
    const toggle = () => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-grid:not([hidden]) .shuka-source-toggle");
    const state = () =>
      d.evaluate(() => {
        const root = document.querySelector("[data-shuka]").shadowRoot;
        const source = root.querySelector(".shuka-grid:not([hidden]) .shuka-source");
        return {
          expanded: root.querySelector(".shuka-grid:not([hidden]) .shuka-source-toggle").getAttribute("aria-expanded"),
          shown: !!source && source.getClientRects().length > 0,
          text: source?.textContent ?? "",
          focused: root.activeElement?.className ?? null,
        };
      });
    await d.click(toggle);
    let s = await state();
    assert.equal(s.expanded, "true");
    assert.equal(s.shown, true);
    assert.match(s.text, /2024年上半年,郑州高新区实现GDP307\.3亿元/);
    // Safari does not focus a button on click; Esc is handled by the widget's own keydown, so it
    // needs focus inside the widget, as a keyboard reader's has.
    t.diagnostic(`focus after a click: ${s.focused}`);
    await d.evaluate(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-grid:not([hidden]) .shuka-source-toggle").focus());
    await d.press("Escape");
    s = await state();
    assert.equal(s.expanded, "false");
    assert.equal(s.shown, false);
  });

  it("the English switch turns the widget into English and back", async (d) => {
    await openWidget(d, PHONE);
    const lang = () => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-lang");
    await d.click(lang);
    const en = await until(d, "English", () => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      const v = root.querySelector(".shuka-value")?.textContent;
      return v && v !== "307.3亿元" && { value: v, lang: root.querySelector(".shuka-lang").textContent, tab: root.querySelector("[role=tab]").textContent };
    });
    assert.equal(en.value, "CNY 30.73 bn");
    assert.equal(en.lang, "中文");
    assert.doesNotMatch(en.tab, /[\u3400-\u9fff]/);
    await d.click(lang);
    await until(d, "Chinese again", () => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-value").textContent === "307.3亿元");
  });

  // 447 px: the narrowest window WebKitGTK opens (narrower widths are iframes there).
  for (const width of [320, 390, 447, 1280]) {
    it(`${width}px: no sideways overflow`, async (d, t) => {
      const r = await overflowAt(d, width);
      t.diagnostic(`measured in the ${r.how}`);
      assert.deepEqual({ overflow: r.overflow, widget: r.widget }, { overflow: 0, widget: true });
    });
  }

  it("data-theme light and dark give the widget's palette (light-dark())", async (d) => {
    const seen = await themeColours(d);
    assert.deepEqual(seen, { lightDark: true, ...PALETTE });
  });

  it("without light-dark() (switched off in the served CSS) the fallback gives the same palette", async (d) => {
    const server = await serveDist({ lightDark: false });
    try {
      const seen = await themeColours(d, server.url);
      assert.deepEqual(seen, { lightDark: false, ...PALETTE });
    } finally {
      await server.close();
    }
  });

  it("the strict-CSP page works", async (d) => {
    await openWidget(d, PHONE, "/fixtures/csp.html");
    await d.click(() => document.querySelector("[data-shuka]").shadowRoot.querySelector(".shuka-source-toggle"));
    const seen = await d.evaluate(() => {
      const root = document.querySelector("[data-shuka]").shadowRoot;
      return {
        value: root.querySelector(".shuka-value").textContent,
        radius: getComputedStyle(root.querySelector(".shuka-card")).borderTopLeftRadius,
        expanded: root.querySelector(".shuka-source-toggle").getAttribute("aria-expanded"),
      };
    });
    assert.deepEqual(seen, { value: "307.3亿元", radius: "10px", expanded: "true" });
    const problems = d.problems();
    if (problems) assert.deepEqual(problems, []);
  });

  it("two widgets on one page keep their own state", async (d) => {
    await d.setViewport({ width: 1280, height: 800 });
    await d.goto("/fixtures/two.html");
    for (const id of ["#a", "#b", "#c"]) {
      await d.evaluate((id) => document.querySelector(id).scrollIntoView(), id);
      await until(d, `${id} rendered`, (id) => !!document.querySelector(id).shadowRoot?.querySelector("tbody tr, .shuka-card"), id);
    }
    const first = (id) => d.evaluate((id) => document.querySelector(id).shadowRoot.querySelector("tbody .shuka-row-name").textContent, id);
    const sortOf = (id) => d.evaluate((id) => document.querySelector(id).shadowRoot.querySelector("thead th").getAttribute("aria-sort"), id);
    const before = await first("#b");
    await d.click(() => document.querySelector("#a").shadowRoot.querySelector("thead th button"));
    assert.equal(await sortOf("#a"), "ascending");
    assert.equal(await sortOf("#b"), null);
    assert.equal(await first("#b"), before);
    assert.notEqual(await first("#a"), before);
    assert.match(await d.evaluate(() => document.querySelector("#c").shadowRoot.querySelector(".shuka-value").textContent), /亿元$/);
  });

  it("a broken dataset shows its message; a good widget beside it works", async (d) => {
    await d.setViewport(PHONE);
    await d.goto("/fixtures/empty.html");
    await d.evaluate(() => {
      for (const [id, src] of [["ok", ""], ["not-json", "/broken/not-json.json"], ["wrong-shape", "/broken/wrong-shape.json"], ["invalid", "/broken/invalid.json"]]) {
        const host = document.createElement("div");
        host.id = id;
        host.setAttribute("data-shuka", "");
        host.setAttribute("data-view", "cards");
        if (src) host.setAttribute("data-src", src);
        document.querySelector("main").append(host);
      }
    });
    const cases = {
      "not-json": [/不是有效的 JSON/],
      "wrong-shape": [/数据文件有误/, /article: is missing/, /headline: is missing/],
      invalid: [/数据文件有误/, /indicators\[0\]\.shares\[0\]\.value: 125 is outside 0–100/],
    };
    for (const [id, patterns] of Object.entries(cases)) {
      await d.evaluate((id) => document.querySelector(`#${id}`).scrollIntoView(), id);
      const text = await until(d, `#${id}'s message`, (id) => document.querySelector(`#${id}`).shadowRoot?.querySelector("[role=alert]")?.textContent, id);
      for (const p of patterns) assert.match(text, p, id);
    }
    await d.evaluate(() => document.querySelector("#ok").scrollIntoView());
    await until(d, "#ok's cards", () => !!document.querySelector("#ok").shadowRoot?.querySelector(".shuka-card"));
    await d.click(() => document.querySelector("#ok").shadowRoot.querySelector(".shuka-source-toggle"));
    assert.equal(await d.evaluate(() => document.querySelector("#ok").shadowRoot.querySelector(".shuka-source-toggle").getAttribute("aria-expanded")), "true");
  });

  return env;
}
