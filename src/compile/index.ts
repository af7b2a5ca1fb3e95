export { compileBlueprint, readGeneratedHeader, sha256, workflowFileName, type CompiledWorkflow, type GeneratedHeader } from "./emit.js";
export { CompileError } from "./workflow.js";
export { segmentsOf, publishingStage, type Segment } from "./segments.js";
export { fuseNodes, type WorkJob } from "./fuse.js";
export { topoOrder } from "../util/order.js";
export { targetFor, type Target } from "./target.js";
export { branchPrefix } from "./triggers.js";
