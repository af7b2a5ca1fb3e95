export const id = 261;
export const ids = [261];
export const modules = {

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectMcpServers: () => (/* binding */ connectMcpServers)
/* harmony export */ });
/* unused harmony exports MAX_MCP_RESULT_CHARS, MAX_MCP_DESCRIPTION_CHARS, MAX_MCP_SCHEMA_CHARS */
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63);
/* harmony import */ var _modelcontextprotocol_sdk_client_stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2420);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1402);
/* harmony import */ var _blueprint_mcp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7651);
/* harmony import */ var _blueprint_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5616);
/* harmony import */ var _context_sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2944);
/* harmony import */ var _policy_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5915);
/* harmony import */ var _tools_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(686);
/* harmony import */ var _tools_run_command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6516);
/**
 * MCP servers as agent tools. A node's `agent.mcp` grants some tools of some
 * servers; each granted server is started over stdio in the workspace, with the
 * environment `run_command` gets (no forge tokens, OIDC request variables, model
 * keys, `INPUT_*` or variables holding a known secret) plus its literal `env`.
 * Only allow-listed tools are offered, as `mcp__<server>__<tool>`, and every
 * result goes through the same redaction as the built-in tools.
 *
 * What a server says is untrusted: tool descriptions and schemas are sanitised
 * and capped before a model reads them, results are capped and redacted, and a
 * call that does not answer in the server's `timeout-seconds` is cancelled.
 */









/** Characters of one tool result the model sees; the rest is cut with a note (read_file's limit). */
const MAX_MCP_RESULT_CHARS = 50_000;
/** Characters of a tool description from a server, after sanitising. */
const MAX_MCP_DESCRIPTION_CHARS = 1_000;
/** Characters of one `description` or `title` inside a tool's input schema. */
const MAX_SCHEMA_TEXT_CHARS = 500;
/** Size of a tool's input schema, as JSON, that CrustyClaw accepts. */
const MAX_MCP_SCHEMA_CHARS = 32 * 1024;
/** Stderr kept per server, for error messages. */
const STDERR_TAIL_BYTES = 4 * 1024;
/** Pages of `tools/list` read before giving up on a server that never stops paging. */
const MAX_LIST_PAGES = 50;
/**
 * Start the granted servers and turn their allow-listed tools into agent tools.
 * `grants` is a node's `agent.mcp` (server → tool names); `servers` the server
 * definitions it may use (`mergeMcpServers(config.mcpServers, blueprint.mcpServers)`).
 * Throws a clear Error when a server is undefined, fails to start or to list its
 * tools, or lacks a granted tool; servers already started are stopped first.
 */
async function connectMcpServers(grants, servers, opts) {
    const who = opts.node ? `node '${opts.node}'` : "the node";
    const granted = Object.entries(grants).filter(([, tools]) => tools.length > 0);
    for (const [name, tools] of granted) {
        if (!new RegExp(_blueprint_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .MCP_SERVER_PATTERN */ .s_).test(name))
            throw new Error(`${who} grants MCP server '${name}', which is not a valid server name (lower-case letters and digits, joined by single '-' or '_')`);
        if (!Object.hasOwn(servers, name)) {
            const known = Object.keys(servers);
            throw new Error(`${who} grants MCP server '${name}', which is defined neither in the blueprint nor in .crustyclaw/config.yml (${known.length ? `defined: ${known.join(", ")}` : "no MCP servers are defined"})`);
        }
        for (const tool of tools) {
            const problem = (0,_blueprint_mcp_js__WEBPACK_IMPORTED_MODULE_3__/* .mcpToolNameProblem */ .xC)(name, tool);
            if (problem)
                throw new Error(`${who}: ${problem}`);
        }
    }
    if (granted.length === 0)
        return { tools: [], close: async () => { } };
    const ctx = (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveContext */ .wK)({ workspace: opts.workspace, secrets: opts.secrets, env: opts.env });
    const baseEnv = (0,_tools_run_command_js__WEBPACK_IMPORTED_MODULE_8__/* .commandEnv */ .zz)(ctx);
    opts.signal?.throwIfAborted();
    const started = await Promise.allSettled(granted.map(([name]) => startServer(name, servers[name], baseEnv, ctx, opts.signal)));
    const sessions = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const closeAll = once(async () => {
        await Promise.all(sessions.map((s) => s.client.close().catch(() => { })));
    });
    const failures = started.flatMap((r) => (r.status === "rejected" ? [r.reason.message] : []));
    if (failures.length > 0) {
        await closeAll();
        throw new Error(failures.join("\n"));
    }
    const tools = [];
    for (const [name, names] of granted) {
        const session = sessions.find((s) => s.name === name);
        for (const toolName of names) {
            const listed = session.listed.find((t) => t.name === toolName);
            if (!listed) {
                await closeAll();
                const actual = session.listed.map((t) => t.name);
                throw new Error(`${who} grants tool '${toolName}' of MCP server '${name}', which has no such tool; its tools: ${actual.length ? actual.join(", ") : "(none)"}`);
            }
            try {
                tools.push(mcpTool(session, listed, ctx));
            }
            catch (err) {
                await closeAll();
                throw err;
            }
        }
    }
    return { tools, close: closeAll };
}
async function startServer(name, server, baseEnv, ctx, signal) {
    const env = {};
    for (const [k, v] of Object.entries({ ...baseEnv, ...server.env }))
        if (typeof v === "string")
            env[k] = v;
    const transport = new _modelcontextprotocol_sdk_client_stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .StdioClientTransport */ .oQ({ command: server.command, args: server.args, env, cwd: ctx.root, stderr: "pipe" });
    let tail = Buffer.alloc(0);
    transport.stderr?.on("data", (chunk) => {
        tail = Buffer.concat([tail, chunk]);
        if (tail.length > 2 * STDERR_TAIL_BYTES)
            tail = tail.subarray(tail.length - STDERR_TAIL_BYTES);
    });
    const stderr = () => (0,_policy_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(tail.subarray(Math.max(0, tail.length - STDERR_TAIL_BYTES)).toString("utf8"), ctx.secrets).trim();
    const client = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Client */ .K({ name: "crustyclaw", version: "1" }, { capabilities: {} });
    const timeoutMs = server.timeoutSeconds * 1000;
    const options = { timeout: timeoutMs, maxTotalTimeout: timeoutMs, ...(signal ? { signal } : {}) };
    try {
        await client.connect(transport, options);
        const listed = [];
        let cursor;
        for (let page = 0; page < MAX_LIST_PAGES; page++) {
            const r = await client.listTools(cursor === undefined ? {} : { cursor }, options);
            listed.push(...r.tools);
            cursor = r.nextCursor;
            if (cursor === undefined)
                break;
        }
        return { name, server, client, stderr, listed };
    }
    catch (err) {
        await client.close().catch(() => { });
        // Let the last of stderr arrive: it usually says why.
        await new Promise((r) => setTimeout(r, 50));
        const why = startFailure(err, server);
        const out = stderr();
        const command = [server.command, ...server.args].join(" ");
        throw new Error(`MCP server '${name}' (${command}) could not be started: ${why}${out ? `; its stderr ended with:\n${indent(lastChars(out, 1500))}` : ""}`);
    }
}
function startFailure(err, server) {
    const e = err;
    if (e.code === "ENOENT")
        return `\`${server.command}\` was not found on PATH`;
    if (e.code === "EACCES")
        return `\`${server.command}\` is not executable`;
    if (err instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .McpError */ .Nh && err.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.RequestTimeout)
        return `it did not answer within ${server.timeoutSeconds} s`;
    if (err instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .McpError */ .Nh && err.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.ConnectionClosed)
        return "it exited before answering";
    return e.message ?? String(err);
}
/** One allow-listed MCP tool as an agent tool. */
function mcpTool(session, listed, ctx) {
    const { name: server, client } = session;
    const toolName = listed.name;
    const parameters = cleanSchema(listed.inputSchema);
    const size = JSON.stringify(parameters).length;
    if (size > MAX_MCP_SCHEMA_CHARS) {
        throw new Error(`MCP server '${server}' describes tool '${toolName}' with an input schema of ${size} characters; CrustyClaw accepts at most ${MAX_MCP_SCHEMA_CHARS}`);
    }
    const description = cap((0,_context_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitize */ .aj)(listed.description ?? "").trim(), MAX_MCP_DESCRIPTION_CHARS);
    const timeoutMs = session.server.timeoutSeconds * 1000;
    const label = `MCP tool '${toolName}' of server '${server}'`;
    return (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .defineTool */ .uO)(ctx, {
        name: (0,_blueprint_mcp_js__WEBPACK_IMPORTED_MODULE_3__/* .mcpToolName */ .Qy)(server, toolName),
        // The server's words are data about the tool, not instructions: say whose they are.
        description: `Tool '${toolName}' of the MCP server '${server}'.${description ? ` The server describes it as: ${description}` : ""}`,
        parameters,
    }, async (args, signal) => {
        let result;
        try {
            result = await client.callTool({ name: toolName, arguments: args }, undefined, { timeout: timeoutMs, maxTotalTimeout: timeoutMs, ...(signal ? { signal } : {}) });
        }
        catch (err) {
            if (signal?.aborted)
                return (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)(`${label} was cancelled`);
            if (err instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .McpError */ .Nh && err.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.RequestTimeout) {
                return (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)(`${label} did not answer within ${session.server.timeoutSeconds} s; the call was cancelled`);
            }
            if (err instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .McpError */ .Nh && err.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.ConnectionClosed) {
                const out = session.stderr();
                return (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)(`MCP server '${server}' stopped running${out ? `; its stderr ended with:\n${indent(lastChars(out, 1500))}` : ""}`);
            }
            return (0,_tools_context_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)(`${label} failed: ${err.message}`);
        }
        // Redact before cutting, so a secret cannot survive in part at the cut.
        const text = (0,_policy_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(render(result), ctx.secrets);
        const content = text.length > MAX_MCP_RESULT_CHARS
            ? `${text.slice(0, MAX_MCP_RESULT_CHARS)}\n[… truncated: the result was ${text.length} characters; showed the first ${MAX_MCP_RESULT_CHARS}]`
            : text;
        return { content, isError: "isError" in result && result.isError === true };
    });
}
/** Text parts as they are; other parts described briefly, so the model knows they were there. */
function render(result) {
    const parts = Array.isArray(result.content) ? result.content : [];
    const out = [];
    for (const p of parts) {
        if (p.type === "text" && typeof p.text === "string")
            out.push(p.text);
        else if (p.type === "image" || p.type === "audio")
            out.push(`[${p.type} (${String(p.mimeType ?? "unknown type")}, ${base64Bytes(p.data)} bytes) not shown]`);
        else if (p.type === "resource_link")
            out.push(`[resource link: ${String(p.name ?? "")} ${String(p.uri ?? "")}]`);
        else if (p.type === "resource" && p.resource) {
            const r = p.resource;
            if (typeof r.text === "string")
                out.push(`[resource ${String(r.uri ?? "")}]\n${r.text}`);
            else
                out.push(`[resource ${String(r.uri ?? "")} (${String(r.mimeType ?? "binary")}, ${base64Bytes(r.blob)} bytes) not shown]`);
        }
        else
            out.push(`[${String(p.type)} content not shown]`);
    }
    if (out.length === 0 && result.structuredContent !== undefined)
        return JSON.stringify(result.structuredContent, null, 2);
    if (out.length === 0 && "toolResult" in result)
        return JSON.stringify(result.toolResult, null, 2);
    return out.length ? out.join("\n") : "(the tool returned no content)";
}
function base64Bytes(data) {
    return typeof data === "string" ? Math.floor((data.replace(/=+$/, "").length * 3) / 4) : 0;
}
/** A copy of a server's input schema with every description and title sanitised and capped. */
function cleanSchema(schema) {
    const walk = (v, key) => {
        if (typeof v === "string")
            return key === "description" || key === "title" ? cap((0,_context_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitize */ .aj)(v), MAX_SCHEMA_TEXT_CHARS) : v;
        if (Array.isArray(v))
            return v.map((x) => walk(x));
        if (v && typeof v === "object")
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
        return v;
    };
    return { type: "object", ...walk(schema) };
}
function cap(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function lastChars(text, n) {
    return text.length > n ? `…${text.slice(-n)}` : text;
}
function indent(text) {
    return text
        .split("\n")
        .map((l) => `  ${l}`)
        .join("\n");
}
function once(fn) {
    let p;
    return () => (p ??= fn());
}


/***/ })

};
