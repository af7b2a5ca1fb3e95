/**
 * Model providers: OpenAI-compatible Chat Completions endpoints (OpenAI, Ollama,
 * vLLM, llama.cpp server), Anthropic's Messages API, and a scripted replay for
 * tests and demos, chosen by a `provider/model` spec; plus token costs.
 */
export { createProvider, parseModelSpec, PROVIDERS, type CreateProviderOptions, type ModelSpec, type ProviderEnv } from "./select.js";
export { OpenAIProvider, type OpenAIProviderOptions } from "./openai.js";
export { AnthropicProvider, type AnthropicProviderOptions } from "./anthropic.js";
export { ScriptedProvider, createScriptedProvider, loadScript, parseScript } from "./scripted.js";
export { nodeScriptsSchema, scriptSchema, type NodeScripts, type Script, type ScriptTurn } from "./scripted-schema.js";
export { callCost, sumCosts, lookupPrice, priceTable, DEFAULT_PRICES, type CallCost, type Price, type PriceTable } from "./cost.js";
export { withRetries, type RetryOptions } from "./retry.js";
export { ProviderCallError, parseRetryAfter } from "./errors.js";
