/**
 * Reading a webhook payload at the boundary. Every field the normaliser uses is
 * type-checked as it is read, so a malformed payload fails with a message naming
 * the event, the field and what was expected, never with a TypeError further in.
 *
 * Messages say what kind of value was found, never the value itself: payload text
 * is untrusted, and an error message ends up in a job log, where a line such as
 * `::add-mask::` or `::stop-commands::` is a workflow command.
 */

type JsonObject = Record<string, unknown>;

/** A payload that does not have the shape its event promises. */
export class EventPayloadError extends Error {
  constructor(
    /** The event name as given, e.g. `issue_comment`. */
    readonly event: string,
    /** Dotted path of the offending field, e.g. `issue.number`; empty for the payload itself. */
    readonly path: string,
    /** What the field must be, e.g. `a positive integer`. */
    readonly expected: string,
    /** What was found, described without echoing it. */
    readonly found: string,
  ) {
    super(`${event} payload: ${path === "" ? "the payload" : path} must be ${expected}, got ${found}`);
    this.name = "EventPayloadError";
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The kind of a value, safe to print: numbers and booleans as themselves, text never. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value === "" ? "an empty string" : "a string";
    case "number":
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A view of one JSON object inside a payload that knows its own path, for error messages. */
export class PayloadReader {
  private constructor(
    private readonly event: string,
    private readonly value: JsonObject,
    /** Dotted path of this object from the payload root; empty at the root. */
    readonly path: string,
  ) {}

  /** The payload root, which must be a JSON object. */
  static of(event: string, payload: unknown): PayloadReader {
    if (!isObject(payload)) throw new EventPayloadError(event, "", "a JSON object", describeValue(payload));
    return new PayloadReader(event, payload, "");
  }

  private at(key: string): string {
    return this.path === "" ? key : `${this.path}.${key}`;
  }

  /** Own properties only: `constructor` or `toString` must read as missing, not as a function. */
  private get(key: string): unknown {
    return Object.hasOwn(this.value, key) ? this.value[key] : undefined;
  }

  private fail(key: string, expected: string, value: unknown): never {
    throw new EventPayloadError(this.event, this.at(key), expected, describeValue(value));
  }

  /** True when the field is present and not null. */
  has(key: string): boolean {
    const v = this.get(key);
    return v !== undefined && v !== null;
  }

  object(key: string): PayloadReader {
    const v = this.get(key);
    if (!isObject(v)) this.fail(key, "an object", v);
    return new PayloadReader(this.event, v, this.at(key));
  }

  /** Missing or null reads as undefined; any other non-object is an error. */
  optionalObject(key: string): PayloadReader | undefined {
    return this.has(key) ? this.object(key) : undefined;
  }

  string(key: string): string {
    const v = this.get(key);
    if (typeof v !== "string") this.fail(key, "a string", v);
    return v;
  }

  nonEmptyString(key: string): string {
    const v = this.get(key);
    if (typeof v !== "string" || v === "") this.fail(key, "a non-empty string", v);
    return v;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  /** Free text such as a body: GitHub sends null for an empty one, so missing or null reads as "". */
  text(key: string): string {
    return this.optionalString(key) ?? "";
  }

  /** Issue and pull request numbers, comment and review ids. */
  positiveInteger(key: string): number {
    const v = this.get(key);
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) this.fail(key, "a positive integer", v);
    return v;
  }

  /** Any integer (Forgejo uses -1 and 0 as markers), or undefined when missing or null. */
  optionalInteger(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const v = this.get(key);
    if (typeof v !== "number" || !Number.isSafeInteger(v)) this.fail(key, "an integer", v);
    return v;
  }

  /** A boolean; missing or null reads as `fallback`. */
  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) return fallback;
    const v = this.get(key);
    if (typeof v !== "boolean") this.fail(key, "a boolean", v);
    return v;
  }

  /** A full hexadecimal commit SHA (SHA-1 or SHA-256). */
  sha(key: string, options: { allowEmpty?: boolean } = {}): string {
    const v = this.get(key);
    if (typeof v === "string" && (SHA.test(v) || (options.allowEmpty && v === ""))) return v;
    return this.fail(key, "a full hexadecimal commit SHA", v);
  }

  /** An array of objects; missing or null reads as empty (Forgejo sends null for empty lists). */
  objects(key: string): PayloadReader[] {
    if (!this.has(key)) return [];
    const v = this.get(key);
    if (!Array.isArray(v)) this.fail(key, "an array", v);
    return v.map((item: unknown, i) => {
      if (!isObject(item)) return this.fail(`${key}[${i}]`, "an object", item);
      return new PayloadReader(this.event, item, `${this.at(key)}[${i}]`);
    });
  }

  /**
   * A flat map of scalar values, as text: workflow_dispatch inputs. GitHub may send
   * booleans and numbers, Forgejo sends strings. Missing or null reads as empty.
   */
  scalarMap(key: string): Record<string, string> {
    if (!this.has(key)) return {};
    const v = this.get(key);
    if (!isObject(v)) return this.fail(key, "an object", v);
    // fromEntries defines own properties, so a key named __proto__ stays a plain key.
    return Object.fromEntries(
      Object.entries(v).map(([name, value], i) => {
        if (typeof value === "string") return [name, value];
        if (typeof value === "number" || typeof value === "boolean") return [name, String(value)];
        // The entry's position, not its name: names are payload text too.
        return this.fail(`${key} (entry ${i + 1})`, "a string, number or boolean", value);
      }),
    );
  }
}
