// Trunk post_build hook of the editor page (editor/Trunk.toml): adds widget.css, the widget's
// own stylesheet, which the editor's preview loads into its shadow root as the loader does.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { widgetCss } from "./styles.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("run by trunk (TRUNK_STAGING_DIR is not set)");
writeFileSync(join(stage, "widget.css"), widgetCss(process.env.TRUNK_PROFILE === "release"));
console.log("shuka editor postbuild: widget.css");
