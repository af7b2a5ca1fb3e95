import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-G5C534YW.js";
import "./chunk-4BX6NHJ2.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
