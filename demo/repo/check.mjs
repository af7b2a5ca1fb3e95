import assert from "node:assert/strict";
import { greet } from "./greet.mjs";

assert.equal(greet("Ada"), "Hello, Ada!");
console.log("greet: ok");
