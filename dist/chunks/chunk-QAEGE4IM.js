import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  info
} from "./chunk-R4H3NZ2E.js";

// src/actions/log.ts
import { randomBytes } from "node:crypto";
function logUntrusted(text) {
  const token = randomBytes(16).toString("hex");
  info(`::stop-commands::${token}`);
  info(text);
  info(`::${token}::`);
}

export {
  logUntrusted
};
