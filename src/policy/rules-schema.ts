/** JSON Schema of `.crustyclaw/policy.yml` (docs/policy.md has the long form). */

const patterns = (description: string) => ({
  type: "array",
  minItems: 1,
  maxItems: 100,
  uniqueItems: true,
  description,
  items: { type: "string", minLength: 1, maxLength: 300 },
});

const why = (description: string) => ({ type: "string", minLength: 1, maxLength: 300, description });

export const POLICY_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw policy",
  type: "object",
  additionalProperties: false,
  required: ["rules"],
  properties: {
    rules: {
      type: "array",
      maxItems: 500,
      description: "Allow and deny rules, highest priority first: for each question the first rule that matches decides.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          allow: why("This rule allows what it matches; the text says why (shown by `policy explain` and in replies)."),
          deny: why("This rule denies what it matches; the text says why (shown by `policy explain` and in replies)."),
          actors: patterns("Who starts or continues a run: a login (`alice`, `ali*`), `team:org/team`, `role:admin|write|read|none`, `bot:login` (bots match only `bot:` patterns), or `*`."),
          events: patterns("What happened: issue, comment, review, review_comment, pull_request, ci, schedule, dispatch."),
          commands: patterns("The command a comment gives: `/claw`, `/approve`, `/reject`, `@bot`."),
          blueprints: patterns("Blueprint names."),
          nodes: patterns("Node ids of the blueprint (tool, run, path and mcp rules)."),
          tools: patterns("Agent tools: read_file, list_files, search, edit_file, write_file, run_command, finish."),
          run: patterns("Commands for run_command, in the grammar of a node's `agent.commands`."),
          paths: patterns("Files agents may not (deny) or may (allow) change: `*` within a directory, `**` across them."),
          mcp: patterns("MCP tools as `server/tool`, or `server` for all of a server's tools."),
        },
      },
    },
  },
} as const;
