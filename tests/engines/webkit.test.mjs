// WebKit: the reader's core paths (scenarios.mjs) in WebKitGTK's MiniBrowser (`make test-webkit`).
import { scenarios } from "./scenarios.mjs";
import { webkit } from "./drivers.mjs";

scenarios(webkit, { label: "webkit" });
