import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{child_process,crypto,fs,os,path,stream,util}from"./chunk-ZQ66E4RB.js";import"./chunk-2FDUTFNT.js";export{child_process,crypto,fs,os,path,stream,util};
