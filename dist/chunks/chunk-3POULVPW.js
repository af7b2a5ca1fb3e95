import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{info}from"./chunk-OJI3WYGO.js";import{randomBytes}from"node:crypto";function logUntrusted(text){let token=randomBytes(16).toString("hex");info(`::stop-commands::${token}`),info(text),info(`::${token}::`)}export{logUntrusted};
