import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{require_src2 as require_src}from"./chunk-AZJXPCUS.js";import"./chunk-KGPTFZP3.js";import"./chunk-ZYQZWCFQ.js";export default require_src();
