// What the repo map knows of each language: file extensions, grammar files and the
// tree-sitter queries that find definitions.
/**
 * Definitions are looked for at most this deep in the syntax tree (the root is 0): deep
 * enough for a method of a class inside a namespace or another class. The query then
 * skips the depths of function bodies, a third or more of its time.
 */
export const MAX_DEFINITION_DEPTH = 5;

export type LanguageId = "typescript" | "tsx" | "javascript" | "python" | "go" | "rust" | "java";
/** Symbol kinds; the cache stores a kind as its index here. */
export const SYMBOL_KINDS = ["function", "method", "constructor", "class", "interface", "type", "enum", "struct", "trait", "impl", "record", "annotation", "const", "namespace", "module", "macro"] as const;
export type SymbolKind = (typeof SYMBOL_KINDS)[number];

export interface SourceSymbol {
  name: string;
  kind: SymbolKind;
  /** 1-based line of the symbol's name; the map shows that line (trimmed, capped) as its signature. */
  line: number;
}

export interface FileOutline {
  symbols: SourceSymbol[];
  /** Identifiers the file uses but does not define, sorted. */
  refs: string[];
}

export const LANGUAGE_OF_EXTENSION: Record<string, LanguageId> = {
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".py": "python",
  ".pyi": "python",
  ".go": "go",
  ".rs": "rust",
  ".java": "java",
};

export const GRAMMAR_FILES: Record<LanguageId, string> = {
  typescript: "tree-sitter-typescript.wasm",
  tsx: "tree-sitter-tsx.wasm",
  javascript: "tree-sitter-javascript.wasm",
  python: "tree-sitter-python.wasm",
  go: "tree-sitter-go.wasm",
  rust: "tree-sitter-rust.wasm",
  java: "tree-sitter-java.wasm",
};
export const RUNTIME_WASM = "web-tree-sitter.wasm";
export const RUNTIME_JS = "web-tree-sitter.cjs";

// Definition patterns per language, one per entry, each capturing only `@name`: the kind
// comes from the pattern (fewer captures, less to copy out of wasm). Where two patterns
// match the same name, the later wins (a def inside a class body is a method), so
// specific patterns come after general ones.
type Patterns = Array<[SymbolKind, string]>;

const FUNCTION_VALUE = "value: [(arrow_function) (function_expression)]";
const JS_DEFINITIONS: Patterns = [
  ["function", "(function_declaration name: (identifier) @name)"],
  ["function", "(generator_function_declaration name: (identifier) @name)"],
  ["method", "(method_definition name: (_) @name)"],
  ["const", "(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name)))"],
  ["const", "(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name)))"],
  ["function", `(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
];
const TS_DEFINITIONS: Patterns = [
  ...JS_DEFINITIONS,
  ["function", "(function_signature name: (identifier) @name)"],
  ["class", "(class_declaration name: (type_identifier) @name)"],
  ["class", "(abstract_class_declaration name: (type_identifier) @name)"],
  ["method", "(abstract_method_signature name: (_) @name)"],
  ["interface", "(interface_declaration name: (type_identifier) @name)"],
  ["type", "(type_alias_declaration name: (type_identifier) @name)"],
  ["enum", "(enum_declaration name: (identifier) @name)"],
  ["namespace", "(internal_module name: (_) @name)"],
];

export const DEFINITIONS: Record<LanguageId, Patterns> = {
  typescript: TS_DEFINITIONS,
  tsx: TS_DEFINITIONS,
  javascript: [...JS_DEFINITIONS, ["class", "(class_declaration name: (identifier) @name)"]],
  python: [
    ["function", "(function_definition name: (identifier) @name)"],
    ["class", "(class_definition name: (identifier) @name)"],
    ["method", "(class_definition body: (block (function_definition name: (identifier) @name)))"],
    ["method", "(class_definition body: (block (decorated_definition definition: (function_definition name: (identifier) @name))))"],
  ],
  go: [
    ["function", "(function_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (field_identifier) @name)"],
    ["type", "(type_spec name: (type_identifier) @name)"],
    ["type", "(type_alias name: (type_identifier) @name)"],
    ["struct", "(type_spec name: (type_identifier) @name type: (struct_type))"],
    ["interface", "(type_spec name: (type_identifier) @name type: (interface_type))"],
  ],
  rust: [
    ["function", "(function_item name: (identifier) @name)"],
    ["function", "(function_signature_item name: (identifier) @name)"],
    ["method", "(impl_item body: (declaration_list (function_item name: (identifier) @name)))"],
    ["method", "(trait_item body: (declaration_list (function_item name: (identifier) @name)))"],
    ["method", "(trait_item body: (declaration_list (function_signature_item name: (identifier) @name)))"],
    ["struct", "(struct_item name: (type_identifier) @name)"],
    ["struct", "(union_item name: (type_identifier) @name)"],
    ["enum", "(enum_item name: (type_identifier) @name)"],
    ["trait", "(trait_item name: (type_identifier) @name)"],
    ["type", "(type_item name: (type_identifier) @name)"],
    ["impl", "(impl_item type: (_) @name)"],
    ["macro", "(macro_definition name: (identifier) @name)"],
    ["module", "(mod_item name: (identifier) @name body: (declaration_list))"],
  ],
  java: [
    ["class", "(class_declaration name: (identifier) @name)"],
    ["interface", "(interface_declaration name: (identifier) @name)"],
    ["enum", "(enum_declaration name: (identifier) @name)"],
    ["record", "(record_declaration name: (identifier) @name)"],
    ["annotation", "(annotation_type_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (identifier) @name)"],
    ["constructor", "(constructor_declaration name: (identifier) @name)"],
  ],
};

/** Kinds that do not define a name of their own (an impl names its type; a constructor its class). */
export const NOT_DEFINING = new Set<SymbolKind>(["impl", "constructor"]);
