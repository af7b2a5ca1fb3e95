export { CONFIG_PATH, DEFAULT_RUNNERS, defaultConfig, parseConfig, readConfig, type Config } from "./config.js";
export { configSchema, FORGES, type ForgeName } from "./schema.js";
