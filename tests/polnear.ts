import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** PolNeAR lives next to the repository (../shared/data/polnear); WHOSAID_POLNEAR_DIR overrides. */
export const POLNEAR = process.env["WHOSAID_POLNEAR_DIR"] ?? resolve(REPO_ROOT, "../shared/data/polnear");
