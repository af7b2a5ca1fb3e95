import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{createHash}from"node:crypto";function sha256(text){return createHash("sha256").update(text,"utf8").digest("hex")}export{sha256};
