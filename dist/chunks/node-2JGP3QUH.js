import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{child_process,crypto,fs,os,path,stream,util}from"./chunk-ZQ66E4RB.js";import"./chunk-ZYQZWCFQ.js";export{child_process,crypto,fs,os,path,stream,util};
