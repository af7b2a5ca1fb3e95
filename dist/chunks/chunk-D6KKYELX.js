import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import{createHash}from"node:crypto";function sha256(data){return typeof data=="string"?createHash("sha256").update(data,"utf8").digest("hex"):createHash("sha256").update(data).digest("hex")}export{sha256};
