// Gecko: the reader's core paths (scenarios.mjs) in Debian's Firefox ESR (`make test-gecko`).
import { scenarios } from "./scenarios.mjs";
import { firefox } from "./drivers.mjs";

scenarios(firefox, { label: "firefox" });
