// One cold start in a fresh browser context: from this script's start to the paint of the
// first frame showing the widget's cards (`?what=shuka`, the default data, as the article loads it) or the
// bare Yew counter's button (`?what=baseline`). Leaves the time in `window.coldResult`.
const what = new URL(location.href).searchParams.get("what");
const t0 = performance.now();
// A requestAnimationFrame callback runs before its frame is painted; a task queued from it
// (a timer) runs after that paint.
const painted = () =>
  new Promise((r) =>
    requestAnimationFrame(() => setTimeout(r, 0)),
  );
const shown = (find) =>
  new Promise((resolve) => {
    if (find()) return resolve();
    const mo = new MutationObserver(() => find() && (mo.disconnect(), resolve()));
    mo.observe(document, { subtree: true, childList: true });
    // The widget renders inside a shadow root, which a document observer does not see.
    const poll = () => (find() ? resolve() : requestAnimationFrame(poll));
    poll();
  });

if (what === "baseline") {
  const glue = await import("/baseline/baseline.js");
  await glue.default({ module_or_path: "/baseline/baseline_bg.wasm" });
  await shown(() => document.querySelector("body > button"));
} else {
  const host = document.createElement("div");
  host.setAttribute("data-shuka", "");
  host.setAttribute("data-view", "cards");
  document.querySelector("main").append(host);
  await import("/shuka.js");
  await shown(() => host.shadowRoot?.querySelector(".shuka-card"));
}
await painted();
window.coldResult = performance.now() - t0;
