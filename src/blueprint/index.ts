export { loadBlueprint, type LoadResult } from "./validate.js";
export { blueprintSchema, STAGES, TRUST_TIERS, REVIEW_POLICIES, TOOLS, DEFAULT_BUDGETS } from "./schema.js";
export { parseYamlSource, positionOf, type YamlSource } from "./yaml-source.js";
export { compileSchema, schemaProblems } from "./schema-errors.js";
export type * from "./types.js";
