import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
function plural(n,word){return`${n} ${word}${n===1?"":"s"}`}export{plural};
