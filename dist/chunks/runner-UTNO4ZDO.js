import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  planFrom,
  previousResults,
  runAgentNode
} from "./chunk-KIWRBGDX.js";
import "./chunk-NPC2VPY6.js";
import "./chunk-KDISYOU6.js";
import "./chunk-66VIYKNY.js";
import "./chunk-JYPNIUPE.js";
import "./chunk-XYCJRT7W.js";
import "./chunk-QFUGNXVQ.js";
import "./chunk-OGHCWZTQ.js";
import "./chunk-UCDJCVN5.js";
import "./chunk-4BX6NHJ2.js";
export {
  planFrom,
  previousResults,
  runAgentNode
};
