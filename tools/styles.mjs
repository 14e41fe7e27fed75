// The widget's stylesheet: every partial in styles/, in name order, minified for release.
// One function for the article's build (hashed shuka-….css) and the editor's (widget.css).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export function widgetCss(release) {
  const src = readdirSync(join(root, "styles"))
    .filter((f) => f.endsWith(".css"))
    .sort()
    .map((f) => readFileSync(join(root, "styles", f), "utf8"))
    .join("\n");
  return release ? transformSync(src, { loader: "css", minify: true }).code : src;
}
