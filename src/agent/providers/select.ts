import { didYouMean } from "../../util/suggest.js";
import { ProviderError, type Provider } from "../types.js";
import { ANTHROPIC_BASE_URL, AnthropicProvider } from "./anthropic.js";
import { OpenAIProvider } from "./openai.js";
import type { RetryOptions } from "./retry.js";
import { createScriptedProvider } from "./scripted.js";

/** What a provider name in `provider/model` stands for. */
interface Preset {
  wire: "openai" | "anthropic";
  /** Default API root; absent when the user must give one. */
  baseURL?: string;
  /** The provider's own key variable, read only when talking to the default base URL. */
  keyEnv?: string;
}

/** Known providers. Every `wire: "openai"` one is any OpenAI-compatible Chat Completions server. */
export const PROVIDERS: Readonly<Record<string, Preset>> = {
  openai: { wire: "openai", baseURL: "https://api.openai.com/v1", keyEnv: "OPENAI_API_KEY" },
  anthropic: { wire: "anthropic", baseURL: ANTHROPIC_BASE_URL, keyEnv: "ANTHROPIC_API_KEY" },
  ollama: { wire: "openai", baseURL: "http://127.0.0.1:11434/v1" },
  vllm: { wire: "openai", baseURL: "http://127.0.0.1:8000/v1" },
  llamacpp: { wire: "openai", baseURL: "http://127.0.0.1:8080/v1" },
  "openai-compatible": { wire: "openai" },
};

const EXAMPLES = "openai/gpt-4.1, anthropic/claude-sonnet-4-5, ollama/llama3, or scripted:path/to/turns.yml";
const KEY_VAR = "CRUSTYCLAW_MODEL_API_KEY";
const KEY_SECRET_NOTE = `${KEY_VAR} (in workflows, the repository secret that \`secrets.model-api-key\` in .crustyclaw/config.yml names)`;

export type ProviderEnv = Readonly<Record<string, string | undefined>>;

export interface CreateProviderOptions {
  /** The action's `model` input: wins over CRUSTYCLAW_MODEL and the blueprint. */
  input?: string;
  /** The action's `model-base-url` input: wins over CRUSTYCLAW_MODEL_BASE_URL. */
  baseUrlInput?: string;
  /** Says where `spec` came from, for errors. Default "the blueprint". */
  specSource?: string;
  /** Directory `scripted:` paths are relative to. Default the working directory. */
  cwd?: string;
  /** The node asking: a scripted file with `nodes:` gives it its own turns. */
  node?: string;
  retry?: RetryOptions;
  /** Per-request timeout until a response starts. */
  timeoutMs?: number;
}

/** A parsed model spec. */
export type ModelSpec = { provider: "scripted"; file: string } | { provider: string; model: string };

/**
 * The provider for a model spec. The blueprint or node chooses (`spec`); the
 * action's `model` input, then CRUSTYCLAW_MODEL, override it. CRUSTYCLAW_MODEL_BASE_URL
 * replaces the provider's default API root and CRUSTYCLAW_MODEL_API_KEY supplies
 * the key. OPENAI_API_KEY / ANTHROPIC_API_KEY are read as a fallback only when
 * the request goes to that provider's own API, so they never reach another host.
 */
export function createProvider(spec: string | undefined, env: ProviderEnv = process.env, options: CreateProviderOptions = {}): Provider {
  const chosen = pick([
    [options.input, "the action's `model` input"],
    [env.CRUSTYCLAW_MODEL, "CRUSTYCLAW_MODEL"],
    [spec, options.specSource ?? "the blueprint"],
  ]);
  if (!chosen) throw new ProviderError(`no model chosen: set \`model\` in the blueprint or agent node, the action's \`model\` input, or CRUSTYCLAW_MODEL (e.g. ${EXAMPLES})`, "model");
  const parsed = parseModelSpec(chosen.value, chosen.source);
  if (parsed.provider === "scripted" && "file" in parsed) return createScriptedProvider(parsed.file, options.cwd, options.node);
  const { provider, model } = parsed as { provider: string; model: string };
  const preset = PROVIDERS[provider]!;

  const urlInput = value(options.baseUrlInput);
  const customURL = urlInput ?? value(env.CRUSTYCLAW_MODEL_BASE_URL);
  const urlName = urlInput ? "the model-base-url input" : "CRUSTYCLAW_MODEL_BASE_URL";
  const baseURL = customURL ?? preset.baseURL;
  if (!baseURL) throw new ProviderError(`${provider} needs CRUSTYCLAW_MODEL_BASE_URL: the API root of the server, e.g. http://127.0.0.1:8000/v1`, "unreachable");
  if (customURL) checkURL(customURL, urlName);
  const baseURLSource = customURL ? urlName : `the default URL for ${provider} (CRUSTYCLAW_MODEL_BASE_URL changes it)`;

  const ownKey = !customURL && preset.keyEnv ? value(env[preset.keyEnv]) : undefined;
  const apiKey = value(env[KEY_VAR]) ?? ownKey;
  const keySource = value(env[KEY_VAR]) ? KEY_SECRET_NOTE : ownKey ? preset.keyEnv! : `${KEY_VAR}, which is not set`;
  // The hosted APIs need a key; a server the user runs may not.
  if (!apiKey && !customURL && preset.keyEnv)
    throw new ProviderError(`no API key for ${provider}: set ${KEY_SECRET_NOTE}, or ${preset.keyEnv}`, "auth");

  const common = { model, keySource, baseURLSource, ...(options.retry ? { retry: options.retry } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  if (preset.wire === "anthropic") return new AnthropicProvider({ ...common, baseURL, apiKey: apiKey ?? "no-key" });
  return new OpenAIProvider({
    ...common,
    provider,
    baseURL,
    ...(apiKey ? { apiKey } : {}),
    // OpenAI's reasoning models refuse `max_tokens`; other servers may not know the newer name.
    maxTokensField: provider === "openai" && !customURL ? "max_completion_tokens" : "max_tokens",
    compatible: provider !== "openai" || customURL !== undefined,
  });
}

/** `provider/model` or `scripted:file`, checked against the known providers. */
export function parseModelSpec(spec: string, source = "the model spec"): ModelSpec {
  const s = spec.trim();
  if (s.startsWith("scripted:")) {
    const file = s.slice("scripted:".length).trim();
    if (!file) throw new ProviderError(`model '${s}' from ${source} names no file: write scripted:path/to/turns.yml`, "model");
    return { provider: "scripted", file };
  }
  const slash = s.indexOf("/");
  const provider = slash > 0 ? s.slice(0, slash) : "";
  const model = slash > 0 ? s.slice(slash + 1) : "";
  if (provider === "scripted") throw new ProviderError(`model '${s}' from ${source}: write scripted:${model} (with a colon)`, "model");
  if (!provider || !model) throw new ProviderError(`model '${s}' from ${source} is not provider/model; expected e.g. ${EXAMPLES}`, "model");
  if (!Object.hasOwn(PROVIDERS, provider)) {
    const hint = didYouMean(provider, [...Object.keys(PROVIDERS), "scripted"]);
    throw new ProviderError(
      `unknown model provider '${provider}' in '${s}' from ${source}.${hint ? ` ${hint[0]!.toUpperCase()}${hint.slice(1)}` : ""} Known providers: ${Object.keys(PROVIDERS).join(", ")}, and scripted:<file>.`,
      "model",
    );
  }
  return { provider, model };
}

function pick(candidates: Array<[string | undefined, string]>): { value: string; source: string } | undefined {
  for (const [v, source] of candidates) {
    const trimmed = value(v);
    if (trimmed) return { value: trimmed, source };
  }
  return undefined;
}

/** Unset and empty are the same: Actions passes a missing secret as "". */
function value(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

function checkURL(raw: string, name: string): void {
  let u: URL | undefined;
  try {
    u = new URL(raw);
  } catch {
    u = undefined;
  }
  // Not quoted: the value may hold credentials.
  if (!u || (u.protocol !== "http:" && u.protocol !== "https:"))
    throw new ProviderError(`${name} is not an http(s) URL; expected e.g. http://127.0.0.1:11434/v1`, "unreachable");
  // fetch refuses such URLs, and the credentials would end up in logs.
  if (u.username || u.password)
    throw new ProviderError(`${name} must not contain a user name or password; put the key in ${KEY_VAR}`, "auth");
}
