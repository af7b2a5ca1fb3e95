import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Root of the installed package (holds `blueprints/`, `actions/`, `dist/`): two levels up
 * from this file in `src/util/` and from every bundle in `dist/<name>/`.
 */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
}
