import { createHash } from "node:crypto";

/** Hex sha256 of a text's UTF-8 bytes (blueprint and workflow hashes, plan approvals), or of bytes (transcript archives). */
export function sha256(data: string | Uint8Array): string {
  return typeof data === "string" ? createHash("sha256").update(data, "utf8").digest("hex") : createHash("sha256").update(data).digest("hex");
}
