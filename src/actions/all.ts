import * as core from "@actions/core";
import { run } from "./main.js";

// The all-in-one action (`uses: crustyclaw/crustyclaw@v1`): the stage comes from an input.
const STAGES = ["route", "plan", "execute", "review", "feedback"] as const;
const stage = core.getInput("stage").trim();
if ((STAGES as readonly string[]).includes(stage)) await run(stage as (typeof STAGES)[number]);
else core.setFailed(stage ? `Invalid stage '${stage.slice(0, 80)}'. Expected one of: ${STAGES.join(", ")}.` : `Input required and not supplied: stage. Expected one of: ${STAGES.join(", ")}.`);
