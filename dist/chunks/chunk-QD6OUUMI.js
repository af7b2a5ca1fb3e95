import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  require_equal,
  require_ucs2length
} from "./chunk-7QFBIDX4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-4BX6NHJ2.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/generated/validators.js
var ns_ucs2length = __toESM(require_ucs2length(), 1);
var ns_equal = __toESM(require_equal(), 1);
var runtime_ucs2length = typeof ns_ucs2length.default === "function" ? ns_ucs2length.default : ns_ucs2length.default.default;
var runtime_equal = typeof ns_equal.default === "function" ? ns_equal.default : ns_equal.default.default;
var blueprint = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw blueprint", "description": "A DAG of deterministic and agent nodes that `crustyclaw compile` turns into a GitHub or Forgejo Actions workflow.", "type": "object", "additionalProperties": false, "required": ["name", "triggers", "nodes"], "properties": { "name": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Identifier of the blueprint: lower-case letters, digits and dashes. Names the compiled workflow file (`crustyclaw-<name>.yml`) and its concurrency group.", "examples": ["issue-to-pr"] }, "description": { "type": "string", "maxLength": 2e3, "description": "What the blueprint does, for people. Never copied into the compiled workflow." }, "triggers": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Events that start the blueprint. At least one is required.", "properties": { "issue": { "type": "object", "additionalProperties": false, "description": "An issue is opened or labelled.", "properties": { "types": { "type": "array", "items": { "enum": ["opened", "labeled"] }, "minItems": 1, "uniqueItems": true, "default": ["opened", "labeled"], "description": "Which issue events start the blueprint." }, "labels": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, "uniqueItems": true, "description": "Only issues carrying one of these labels start the blueprint. Empty or absent: every issue.", "examples": [["crustyclaw"]] } } }, "command": { "type": "string", "pattern": "^/[a-z][a-z0-9-]{0,31}$", "description": "A slash command at the start of an issue or pull-request comment, such as `/claw`.", "examples": ["/claw"] }, "review": { "type": "boolean", "description": "A pull-request review is submitted." }, "ci-failure": { "type": "object", "additionalProperties": false, "required": ["workflows"], "description": "A CI workflow run on a pull request concludes with a failure. GitHub only: Forgejo has no `workflow_run` event, so this trigger is left out of Forgejo workflows with a warning.", "properties": { "workflows": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$" }, "description": "Names of the CI workflows to watch.", "examples": [["CI"]] } } }, "schedule": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(\\S+\\s+){4}\\S+$" }, "description": "Cron expressions (five fields, UTC).", "examples": [["0 3 * * 1"]] }, "dispatch": { "type": "boolean", "description": "Manual start from the forge's UI or API (`workflow_dispatch`), with an optional issue number." } } }, "trust": { "enum": ["trusted", "internal", "untrusted"], "default": "internal", "description": "Trust tier of the work. Chooses the runner (see `runners` in `.crustyclaw/config.yml`): `untrusted` runs on an isolated `microvm` runner by default." }, "review-policy": { "enum": ["auto", "approve-before-merge", "approve-before-execute", "approve-every-step"], "default": "approve-before-merge", "description": "Where humans approve. `auto`: no approval gate; `approve-before-merge`: the pull request is the gate; `approve-before-execute`: the plan is approved before execution; `approve-every-step`: every stage waits for approval." }, "budgets": { "type": "object", "additionalProperties": false, "description": "Defaults for every node, and the run's CI-round budget.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop.", "default": 30 }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend.", "default": 5e5 }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`.", "default": 30 }, "ci-rounds": { "type": "integer", "minimum": 0, "maximum": 20, "default": 3, "description": "How many times the feedback stage may iterate on failing CI or review comments." } } }, "escalation": { "type": "object", "additionalProperties": false, "description": "When and how a run hands over to humans.", "properties": { "label": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", "default": "crustyclaw:escalated", "description": "Label added to the issue when a run escalates." }, "failed-tool-calls": { "type": "integer", "minimum": 1, "maximum": 50, "default": 3, "description": "Consecutive failing tool calls after which an agent stops and escalates." }, "repeated-actions": { "type": "integer", "minimum": 2, "maximum": 50, "default": 3, "description": "Identical consecutive agent actions after which an agent stops and escalates." } } }, "allow-protected-paths": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Protected paths (`.github/`, `.forgejo/`, `.gitea/`, `action.yml`, agent instruction files, MCP configs, git hooks) this blueprint may change. Empty by default: such changes are refused.", "examples": [[".github/workflows/ci.yml"]] }, "mcp-servers": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "$ref": "#/definitions/mcp-server" }, "description": "MCP servers agent nodes may use, by name. Servers in `.crustyclaw/config.yml` are available too; a blueprint's server of the same name replaces the config's. A node uses a server only through its `agent.mcp` allow-list." }, "nodes": { "type": "array", "minItems": 1, "maxItems": 100, "description": "The steps of the pipeline. Each is either deterministic (`run`) or an agent loop (`agent`).", "items": { "$ref": "#/definitions/node" } } }, "definitions": { "node": { "type": "object", "additionalProperties": false, "required": ["id", "stage"], "description": "One step of the pipeline: exactly one of `run` or `agent`.", "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Unique id within the blueprint; other nodes name it in `needs`." }, "stage": { "enum": ["plan", "execute", "review", "feedback"], "description": "Pipeline stage. Stages run plan \u2192 execute \u2192 review \u2192 feedback; a node may only need nodes of its own or an earlier stage." }, "needs": { "type": "array", "uniqueItems": true, "items": { "type": "string" }, "description": "Ids of nodes that must finish first." }, "trust": { "enum": ["trusted", "internal", "untrusted"], "description": "Trust tier for this node, overriding the blueprint's." }, "run": { "type": "string", "minLength": 1, "maxLength": 2e4, "description": "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow)." }, "secrets": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$" }, "description": "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`." }, "agent": { "$ref": "#/definitions/agent" } } }, "agent": { "type": "object", "additionalProperties": false, "required": ["instructions"], "description": "An agent loop: a model with instructions and a scoped set of tools.", "properties": { "instructions": { "type": "string", "minLength": 1, "maxLength": 1e5, "description": "What the agent should do. The issue's text is passed separately, as delimited data." }, "tools": { "type": "array", "uniqueItems": true, "items": { "enum": ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"] }, "default": [], "description": "Tools granted to the agent. None by default." }, "commands": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "default": [], "description": "Commands `run_command` may run, as prefixes or globs (`npm test`, `npx vitest *`). Requires the `run_command` tool." }, "model": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "description": "Model as `provider/model`, overriding the repository default.", "examples": ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"] }, "mcp": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$" } }, "default": {}, "description": "MCP tools granted to the agent: server name \u2192 the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.", "examples": [{ "docs": ["search_docs", "read_page"] }] }, "budget": { "type": "object", "additionalProperties": false, "description": "Budget for this agent, overriding the blueprint's `budgets`.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop." }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`." } } } } }, "mcp-server": { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } } } };
var schema12 = { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime_ucs2length;
var func0 = runtime_equal;
var pattern0 = new RegExp("^[a-z][a-z0-9-]{0,47}$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", "u");
var pattern2 = new RegExp("^/[a-z][a-z0-9-]{0,31}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$", "u");
var pattern4 = new RegExp("^(\\S+\\s+){4}\\S+$", "u");
var pattern6 = new RegExp("^[a-z0-9]+([_-][a-z0-9]+)*$", "u");
var pattern7 = new RegExp("^(?![\\s\\S]*\\$\\{\\{)", "u");
var pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
var schema13 = { "type": "object", "additionalProperties": false, "required": ["id", "stage"], "description": "One step of the pipeline: exactly one of `run` or `agent`.", "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Unique id within the blueprint; other nodes name it in `needs`." }, "stage": { "enum": ["plan", "execute", "review", "feedback"], "description": "Pipeline stage. Stages run plan \u2192 execute \u2192 review \u2192 feedback; a node may only need nodes of its own or an earlier stage." }, "needs": { "type": "array", "uniqueItems": true, "items": { "type": "string" }, "description": "Ids of nodes that must finish first." }, "trust": { "enum": ["trusted", "internal", "untrusted"], "description": "Trust tier for this node, overriding the blueprint's." }, "run": { "type": "string", "minLength": 1, "maxLength": 2e4, "description": "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow)." }, "secrets": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$" }, "description": "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`." }, "agent": { "$ref": "#/definitions/agent" } } };
var schema14 = { "type": "object", "additionalProperties": false, "required": ["instructions"], "description": "An agent loop: a model with instructions and a scoped set of tools.", "properties": { "instructions": { "type": "string", "minLength": 1, "maxLength": 1e5, "description": "What the agent should do. The issue's text is passed separately, as delimited data." }, "tools": { "type": "array", "uniqueItems": true, "items": { "enum": ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"] }, "default": [], "description": "Tools granted to the agent. None by default." }, "commands": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "default": [], "description": "Commands `run_command` may run, as prefixes or globs (`npm test`, `npx vitest *`). Requires the `run_command` tool." }, "model": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "description": "Model as `provider/model`, overriding the repository default.", "examples": ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"] }, "mcp": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$" } }, "default": {}, "description": "MCP tools granted to the agent: server name \u2192 the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.", "examples": [{ "docs": ["search_docs", "read_page"] }] }, "budget": { "type": "object", "additionalProperties": false, "description": "Budget for this agent, overriding the blueprint's `budgets`.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop." }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`." } } } } };
var pattern12 = new RegExp("^[A-Z][A-Z0-9_]{0,99}$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "u");
var pattern15 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "stage" || key0 === "needs" || key0 === "trust" || key0 === "run" || key0 === "secrets" || key0 === "minutes" || key0 === "agent")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,47}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,47}$"', schema: "^[a-z][a-z0-9-]{0,47}$", parentSchema: schema13.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.id.type, parentSchema: schema13.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data1 = data.stage;
      if (!(data1 === "plan" || data1 === "execute" || data1 === "review" || data1 === "feedback")) {
        const err5 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema13.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.stage.enum, parentSchema: schema13.properties.stage, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.needs !== void 0) {
      let data2 = data.needs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/needs/" + i0, schemaPath: "#/properties/needs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.needs.items.type, parentSchema: schema13.properties.needs.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err7 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.properties.needs, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.needs.type, parentSchema: schema13.properties.needs, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.trust !== void 0) {
      let data4 = data.trust;
      if (!(data4 === "trusted" || data4 === "internal" || data4 === "untrusted")) {
        const err9 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/enum", keyword: "enum", params: { allowedValues: schema13.properties.trust.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.trust.enum, parentSchema: schema13.properties.trust, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data5 = data.run;
      if (typeof data5 === "string") {
        if (func3(data5) > 2e4) {
          const err10 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema13.properties.run, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err11 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.run, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.run.type, parentSchema: schema13.properties.run, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data6 = data.secrets;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (!pattern12.test(data7)) {
              const err13 = { instancePath: instancePath + "/secrets/" + i2, schemaPath: "#/properties/secrets/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,99}$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]{0,99}$"', schema: "^[A-Z][A-Z0-9_]{0,99}$", parentSchema: schema13.properties.secrets.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/secrets/" + i2, schemaPath: "#/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.secrets.items.type, parentSchema: schema13.properties.secrets.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data6[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err15 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema13.properties.secrets, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.secrets.type, parentSchema: schema13.properties.secrets, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.minutes !== void 0) {
      let data8 = data.minutes;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err17 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.minutes.type, parentSchema: schema13.properties.minutes, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 360 || isNaN(data8)) {
          const err18 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 360 }, message: "must be <= 360", schema: 360, parentSchema: schema13.properties.minutes, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err19 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.minutes, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.agent !== void 0) {
      let data9 = data.agent;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.instructions === void 0) {
          const err20 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/required", keyword: "required", params: { missingProperty: "instructions" }, message: "must have required property 'instructions'", schema: schema14.required, parentSchema: schema14, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "instructions" || key1 === "tools" || key1 === "commands" || key1 === "model" || key1 === "mcp" || key1 === "budget")) {
            const err21 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.instructions !== void 0) {
          let data10 = data9.instructions;
          if (typeof data10 === "string") {
            if (func3(data10) > 1e5) {
              const err22 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/maxLength", keyword: "maxLength", params: { limit: 1e5 }, message: "must NOT have more than 100000 characters", schema: 1e5, parentSchema: schema14.properties.instructions, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func3(data10) < 1) {
              const err23 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.instructions, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.instructions.type, parentSchema: schema14.properties.instructions, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.tools !== void 0) {
          let data11 = data9.tools;
          if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data12 = data11[i4];
              if (!(data12 === "read_file" || data12 === "list_files" || data12 === "search" || data12 === "edit_file" || data12 === "write_file" || data12 === "run_command" || data12 === "finish")) {
                const err25 = { instancePath: instancePath + "/agent/tools/" + i4, schemaPath: "#/definitions/agent/properties/tools/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.tools.items.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.tools.items.enum, parentSchema: schema14.properties.tools.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i5 = data11.length;
            let j2;
            if (i5 > 1) {
              outer0: for (; i5--; ) {
                for (j2 = i5; j2--; ) {
                  if (func0(data11[i5], data11[j2])) {
                    const err26 = { instancePath: instancePath + "/agent/tools", schemaPath: "#/definitions/agent/properties/tools/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema14.properties.tools, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/agent/tools", schemaPath: "#/definitions/agent/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.tools.type, parentSchema: schema14.properties.tools, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.commands !== void 0) {
          let data13 = data9.commands;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data14 = data13[i6];
              if (typeof data14 === "string") {
                if (func3(data14) > 200) {
                  const err28 = { instancePath: instancePath + "/agent/commands/" + i6, schemaPath: "#/definitions/agent/properties/commands/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema14.properties.commands.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (func3(data14) < 1) {
                  const err29 = { instancePath: instancePath + "/agent/commands/" + i6, schemaPath: "#/definitions/agent/properties/commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.commands.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/agent/commands/" + i6, schemaPath: "#/definitions/agent/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.commands.items.type, parentSchema: schema14.properties.commands.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            let i7 = data13.length;
            let j3;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data13[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j3 = indices2[item2];
                  const err31 = { instancePath: instancePath + "/agent/commands", schemaPath: "#/definitions/agent/properties/commands/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema14.properties.commands, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/agent/commands", schemaPath: "#/definitions/agent/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.commands.type, parentSchema: schema14.properties.commands, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.model !== void 0) {
          let data15 = data9.model;
          if (typeof data15 === "string") {
            if (!pattern13.test(data15)) {
              const err33 = { instancePath: instancePath + "/agent/model", schemaPath: "#/definitions/agent/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", parentSchema: schema14.properties.model, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/agent/model", schemaPath: "#/definitions/agent/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.model.type, parentSchema: schema14.properties.model, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.mcp !== void 0) {
          let data16 = data9.mcp;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key2 in data16) {
              const _errs35 = errors;
              if (typeof key2 === "string") {
                if (func3(key2) > 32) {
                  const err35 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema14.properties.mcp.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (!pattern6.test(key2)) {
                  const err36 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([_-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([_-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([_-][a-z0-9]+)*$", parentSchema: schema14.properties.mcp.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              var valid15 = _errs35 === errors;
              if (!valid15) {
                const err37 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema14.properties.mcp.propertyNames, parentSchema: schema14.properties.mcp, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            for (const key3 in data16) {
              let data17 = data16[key3];
              if (Array.isArray(data17)) {
                if (data17.length > 100) {
                  const err38 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema14.properties.mcp.additionalProperties, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data17.length < 1) {
                  const err39 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.mcp.additionalProperties, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                const len4 = data17.length;
                for (let i8 = 0; i8 < len4; i8++) {
                  let data18 = data17[i8];
                  if (typeof data18 === "string") {
                    if (!pattern15.test(data18)) {
                      const err40 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9._-]{1,128}$"', schema: "^[A-Za-z0-9._-]{1,128}$", parentSchema: schema14.properties.mcp.additionalProperties.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.mcp.additionalProperties.items.type, parentSchema: schema14.properties.mcp.additionalProperties.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                let i9 = data17.length;
                let j4;
                if (i9 > 1) {
                  const indices3 = {};
                  for (; i9--; ) {
                    let item3 = data17[i9];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j4 = indices3[item3];
                      const err42 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema14.properties.mcp.additionalProperties, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i9;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.mcp.additionalProperties.type, parentSchema: schema14.properties.mcp.additionalProperties, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.mcp.type, parentSchema: schema14.properties.mcp, data: data16 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data9.budget !== void 0) {
          let data19 = data9.budget;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key4 in data19) {
              if (!(key4 === "turns" || key4 === "tokens" || key4 === "minutes")) {
                const err45 = { instancePath: instancePath + "/agent/budget", schemaPath: "#/definitions/agent/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.budget, data: data19 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data19.turns !== void 0) {
              let data20 = data19.turns;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err46 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.turns.type, parentSchema: schema14.properties.budget.properties.turns, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 500 || isNaN(data20)) {
                  const err47 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500", schema: 500, parentSchema: schema14.properties.budget.properties.turns, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data20 < 1 || isNaN(data20)) {
                  const err48 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.budget.properties.turns, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            }
            if (data19.tokens !== void 0) {
              let data21 = data19.tokens;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err49 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.tokens.type, parentSchema: schema14.properties.budget.properties.tokens, data: data21 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 1e7 || isNaN(data21)) {
                  const err50 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema14.properties.budget.properties.tokens, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data21 < 1e3 || isNaN(data21)) {
                  const err51 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema14.properties.budget.properties.tokens, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            }
            if (data19.minutes !== void 0) {
              let data22 = data19.minutes;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                const err52 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.minutes.type, parentSchema: schema14.properties.budget.properties.minutes, data: data22 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 360 || isNaN(data22)) {
                  const err53 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 360 }, message: "must be <= 360", schema: 360, parentSchema: schema14.properties.budget.properties.minutes, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data22 < 1 || isNaN(data22)) {
                  const err54 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.budget.properties.minutes, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/agent/budget", schemaPath: "#/definitions/agent/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.budget.type, parentSchema: schema14.properties.budget, data: data19 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data9 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.triggers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "triggers" }, message: "must have required property 'triggers'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.nodes === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,47}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,47}$"', schema: "^[a-z][a-z0-9-]{0,47}$", parentSchema: schema11.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func3(data1) > 2e3) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema11.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.triggers !== void 0) {
      let data2 = data.triggers;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err8 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.triggers, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "issue" || key1 === "command" || key1 === "review" || key1 === "ci-failure" || key1 === "schedule" || key1 === "dispatch")) {
            const err9 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.triggers, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.issue !== void 0) {
          let data3 = data2.issue;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(key2 === "types" || key2 === "labels")) {
                const err10 = { instancePath: instancePath + "/triggers/issue", schemaPath: "#/properties/triggers/properties/issue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.triggers.properties.issue, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.types !== void 0) {
              let data4 = data3.types;
              if (Array.isArray(data4)) {
                if (data4.length < 1) {
                  const err11 = { instancePath: instancePath + "/triggers/issue/types", schemaPath: "#/properties/triggers/properties/issue/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.triggers.properties.issue.properties.types, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  if (!(data5 === "opened" || data5 === "labeled")) {
                    const err12 = { instancePath: instancePath + "/triggers/issue/types/" + i0, schemaPath: "#/properties/triggers/properties/issue/properties/types/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.triggers.properties.issue.properties.types.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.triggers.properties.issue.properties.types.items.enum, parentSchema: schema11.properties.triggers.properties.issue.properties.types.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                let i1 = data4.length;
                let j0;
                if (i1 > 1) {
                  outer0: for (; i1--; ) {
                    for (j0 = i1; j0--; ) {
                      if (func0(data4[i1], data4[j0])) {
                        const err13 = { instancePath: instancePath + "/triggers/issue/types", schemaPath: "#/properties/triggers/properties/issue/properties/types/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.triggers.properties.issue.properties.types, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/triggers/issue/types", schemaPath: "#/properties/triggers/properties/issue/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.triggers.properties.issue.properties.types.type, parentSchema: schema11.properties.triggers.properties.issue.properties.types, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.labels !== void 0) {
              let data6 = data3.labels;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data7 = data6[i2];
                  if (typeof data7 === "string") {
                    if (!pattern1.test(data7)) {
                      const err15 = { instancePath: instancePath + "/triggers/issue/labels/" + i2, schemaPath: "#/properties/triggers/properties/issue/properties/labels/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$"', schema: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", parentSchema: schema11.properties.triggers.properties.issue.properties.labels.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/triggers/issue/labels/" + i2, schemaPath: "#/properties/triggers/properties/issue/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.triggers.properties.issue.properties.labels.items.type, parentSchema: schema11.properties.triggers.properties.issue.properties.labels.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                let i3 = data6.length;
                let j1;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data6[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j1 = indices0[item0];
                      const err17 = { instancePath: instancePath + "/triggers/issue/labels", schemaPath: "#/properties/triggers/properties/issue/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.triggers.properties.issue.properties.labels, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/triggers/issue/labels", schemaPath: "#/properties/triggers/properties/issue/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.triggers.properties.issue.properties.labels.type, parentSchema: schema11.properties.triggers.properties.issue.properties.labels, data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/triggers/issue", schemaPath: "#/properties/triggers/properties/issue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.triggers.properties.issue.type, parentSchema: schema11.properties.triggers.properties.issue, data: data3 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.command !== void 0) {
          let data8 = data2.command;
          if (typeof data8 === "string") {
            if (!pattern2.test(data8)) {
              const err20 = { instancePath: instancePath + "/triggers/command", schemaPath: "#/properties/triggers/properties/command/pattern", keyword: "pattern", params: { pattern: "^/[a-z][a-z0-9-]{0,31}$" }, message: 'must match pattern "^/[a-z][a-z0-9-]{0,31}$"', schema: "^/[a-z][a-z0-9-]{0,31}$", parentSchema: schema11.properties.triggers.properties.command, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/triggers/command", schemaPath: "#/properties/triggers/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.triggers.properties.command.type, parentSchema: schema11.properties.triggers.properties.command, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.review !== void 0) {
          let data9 = data2.review;
          if (typeof data9 !== "boolean") {
            const err22 = { instancePath: instancePath + "/triggers/review", schemaPath: "#/properties/triggers/properties/review/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.triggers.properties.review.type, parentSchema: schema11.properties.triggers.properties.review, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2["ci-failure"] !== void 0) {
          let data10 = data2["ci-failure"];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.workflows === void 0) {
              const err23 = { instancePath: instancePath + "/triggers/ci-failure", schemaPath: "#/properties/triggers/properties/ci-failure/required", keyword: "required", params: { missingProperty: "workflows" }, message: "must have required property 'workflows'", schema: schema11.properties.triggers.properties["ci-failure"].required, parentSchema: schema11.properties.triggers.properties["ci-failure"], data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key3 in data10) {
              if (!(key3 === "workflows")) {
                const err24 = { instancePath: instancePath + "/triggers/ci-failure", schemaPath: "#/properties/triggers/properties/ci-failure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.triggers.properties["ci-failure"], data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.workflows !== void 0) {
              let data11 = data10.workflows;
              if (Array.isArray(data11)) {
                if (data11.length < 1) {
                  const err25 = { instancePath: instancePath + "/triggers/ci-failure/workflows", schemaPath: "#/properties/triggers/properties/ci-failure/properties/workflows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.triggers.properties["ci-failure"].properties.workflows, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                const len2 = data11.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data12 = data11[i4];
                  if (typeof data12 === "string") {
                    if (!pattern3.test(data12)) {
                      const err26 = { instancePath: instancePath + "/triggers/ci-failure/workflows/" + i4, schemaPath: "#/properties/triggers/properties/ci-failure/properties/workflows/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$", parentSchema: schema11.properties.triggers.properties["ci-failure"].properties.workflows.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/triggers/ci-failure/workflows/" + i4, schemaPath: "#/properties/triggers/properties/ci-failure/properties/workflows/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.triggers.properties["ci-failure"].properties.workflows.items.type, parentSchema: schema11.properties.triggers.properties["ci-failure"].properties.workflows.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/triggers/ci-failure/workflows", schemaPath: "#/properties/triggers/properties/ci-failure/properties/workflows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.triggers.properties["ci-failure"].properties.workflows.type, parentSchema: schema11.properties.triggers.properties["ci-failure"].properties.workflows, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/triggers/ci-failure", schemaPath: "#/properties/triggers/properties/ci-failure/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.triggers.properties["ci-failure"].type, parentSchema: schema11.properties.triggers.properties["ci-failure"], data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.schedule !== void 0) {
          let data13 = data2.schedule;
          if (Array.isArray(data13)) {
            if (data13.length < 1) {
              const err30 = { instancePath: instancePath + "/triggers/schedule", schemaPath: "#/properties/triggers/properties/schedule/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.triggers.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len3 = data13.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data14 = data13[i5];
              if (typeof data14 === "string") {
                if (!pattern4.test(data14)) {
                  const err31 = { instancePath: instancePath + "/triggers/schedule/" + i5, schemaPath: "#/properties/triggers/properties/schedule/items/pattern", keyword: "pattern", params: { pattern: "^(\\S+\\s+){4}\\S+$" }, message: 'must match pattern "^(\\S+\\s+){4}\\S+$"', schema: "^(\\S+\\s+){4}\\S+$", parentSchema: schema11.properties.triggers.properties.schedule.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/triggers/schedule/" + i5, schemaPath: "#/properties/triggers/properties/schedule/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.triggers.properties.schedule.items.type, parentSchema: schema11.properties.triggers.properties.schedule.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/triggers/schedule", schemaPath: "#/properties/triggers/properties/schedule/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.triggers.properties.schedule.type, parentSchema: schema11.properties.triggers.properties.schedule, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data2.dispatch !== void 0) {
          let data15 = data2.dispatch;
          if (typeof data15 !== "boolean") {
            const err34 = { instancePath: instancePath + "/triggers/dispatch", schemaPath: "#/properties/triggers/properties/dispatch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.triggers.properties.dispatch.type, parentSchema: schema11.properties.triggers.properties.dispatch, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.triggers.type, parentSchema: schema11.properties.triggers, data: data2 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.trust !== void 0) {
      let data16 = data.trust;
      if (!(data16 === "trusted" || data16 === "internal" || data16 === "untrusted")) {
        const err36 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/enum", keyword: "enum", params: { allowedValues: schema11.properties.trust.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.trust.enum, parentSchema: schema11.properties.trust, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data["review-policy"] !== void 0) {
      let data17 = data["review-policy"];
      if (!(data17 === "auto" || data17 === "approve-before-merge" || data17 === "approve-before-execute" || data17 === "approve-every-step")) {
        const err37 = { instancePath: instancePath + "/review-policy", schemaPath: "#/properties/review-policy/enum", keyword: "enum", params: { allowedValues: schema11.properties["review-policy"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["review-policy"].enum, parentSchema: schema11.properties["review-policy"], data: data17 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data18 = data.budgets;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          if (!(key4 === "turns" || key4 === "tokens" || key4 === "minutes" || key4 === "ci-rounds")) {
            const err38 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.budgets, data: data18 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data18.turns !== void 0) {
          let data19 = data18.turns;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err39 = { instancePath: instancePath + "/budgets/turns", schemaPath: "#/properties/budgets/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.turns.type, parentSchema: schema11.properties.budgets.properties.turns, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 500 || isNaN(data19)) {
              const err40 = { instancePath: instancePath + "/budgets/turns", schemaPath: "#/properties/budgets/properties/turns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500", schema: 500, parentSchema: schema11.properties.budgets.properties.turns, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err41 = { instancePath: instancePath + "/budgets/turns", schemaPath: "#/properties/budgets/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.budgets.properties.turns, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data18.tokens !== void 0) {
          let data20 = data18.tokens;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err42 = { instancePath: instancePath + "/budgets/tokens", schemaPath: "#/properties/budgets/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.tokens.type, parentSchema: schema11.properties.budgets.properties.tokens, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 1e7 || isNaN(data20)) {
              const err43 = { instancePath: instancePath + "/budgets/tokens", schemaPath: "#/properties/budgets/properties/tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema11.properties.budgets.properties.tokens, data: data20 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data20 < 1e3 || isNaN(data20)) {
              const err44 = { instancePath: instancePath + "/budgets/tokens", schemaPath: "#/properties/budgets/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema11.properties.budgets.properties.tokens, data: data20 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data18.minutes !== void 0) {
          let data21 = data18.minutes;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err45 = { instancePath: instancePath + "/budgets/minutes", schemaPath: "#/properties/budgets/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.minutes.type, parentSchema: schema11.properties.budgets.properties.minutes, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 360 || isNaN(data21)) {
              const err46 = { instancePath: instancePath + "/budgets/minutes", schemaPath: "#/properties/budgets/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 360 }, message: "must be <= 360", schema: 360, parentSchema: schema11.properties.budgets.properties.minutes, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data21 < 1 || isNaN(data21)) {
              const err47 = { instancePath: instancePath + "/budgets/minutes", schemaPath: "#/properties/budgets/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.budgets.properties.minutes, data: data21 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
        if (data18["ci-rounds"] !== void 0) {
          let data22 = data18["ci-rounds"];
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err48 = { instancePath: instancePath + "/budgets/ci-rounds", schemaPath: "#/properties/budgets/properties/ci-rounds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties["ci-rounds"].type, parentSchema: schema11.properties.budgets.properties["ci-rounds"], data: data22 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 20 || isNaN(data22)) {
              const err49 = { instancePath: instancePath + "/budgets/ci-rounds", schemaPath: "#/properties/budgets/properties/ci-rounds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.budgets.properties["ci-rounds"], data: data22 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err50 = { instancePath: instancePath + "/budgets/ci-rounds", schemaPath: "#/properties/budgets/properties/ci-rounds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties["ci-rounds"], data: data22 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.budgets.type, parentSchema: schema11.properties.budgets, data: data18 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      let data23 = data.escalation;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key5 in data23) {
          if (!(key5 === "label" || key5 === "failed-tool-calls" || key5 === "repeated-actions")) {
            const err52 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalation, data: data23 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data23.label !== void 0) {
          let data24 = data23.label;
          if (typeof data24 === "string") {
            if (!pattern1.test(data24)) {
              const err53 = { instancePath: instancePath + "/escalation/label", schemaPath: "#/properties/escalation/properties/label/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$"', schema: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", parentSchema: schema11.properties.escalation.properties.label, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/escalation/label", schemaPath: "#/properties/escalation/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalation.properties.label.type, parentSchema: schema11.properties.escalation.properties.label, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data23["failed-tool-calls"] !== void 0) {
          let data25 = data23["failed-tool-calls"];
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err55 = { instancePath: instancePath + "/escalation/failed-tool-calls", schemaPath: "#/properties/escalation/properties/failed-tool-calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.escalation.properties["failed-tool-calls"].type, parentSchema: schema11.properties.escalation.properties["failed-tool-calls"], data: data25 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 50 || isNaN(data25)) {
              const err56 = { instancePath: instancePath + "/escalation/failed-tool-calls", schemaPath: "#/properties/escalation/properties/failed-tool-calls/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema11.properties.escalation.properties["failed-tool-calls"], data: data25 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err57 = { instancePath: instancePath + "/escalation/failed-tool-calls", schemaPath: "#/properties/escalation/properties/failed-tool-calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.escalation.properties["failed-tool-calls"], data: data25 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data23["repeated-actions"] !== void 0) {
          let data26 = data23["repeated-actions"];
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err58 = { instancePath: instancePath + "/escalation/repeated-actions", schemaPath: "#/properties/escalation/properties/repeated-actions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.escalation.properties["repeated-actions"].type, parentSchema: schema11.properties.escalation.properties["repeated-actions"], data: data26 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 > 50 || isNaN(data26)) {
              const err59 = { instancePath: instancePath + "/escalation/repeated-actions", schemaPath: "#/properties/escalation/properties/repeated-actions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema11.properties.escalation.properties["repeated-actions"], data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data26 < 2 || isNaN(data26)) {
              const err60 = { instancePath: instancePath + "/escalation/repeated-actions", schemaPath: "#/properties/escalation/properties/repeated-actions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.escalation.properties["repeated-actions"], data: data26 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalation.type, parentSchema: schema11.properties.escalation, data: data23 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data["allow-protected-paths"] !== void 0) {
      let data27 = data["allow-protected-paths"];
      if (Array.isArray(data27)) {
        const len4 = data27.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data28 = data27[i6];
          if (typeof data28 === "string") {
            if (func3(data28) > 200) {
              const err62 = { instancePath: instancePath + "/allow-protected-paths/" + i6, schemaPath: "#/properties/allow-protected-paths/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties["allow-protected-paths"].items, data: data28 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (func3(data28) < 1) {
              const err63 = { instancePath: instancePath + "/allow-protected-paths/" + i6, schemaPath: "#/properties/allow-protected-paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties["allow-protected-paths"].items, data: data28 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/allow-protected-paths/" + i6, schemaPath: "#/properties/allow-protected-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["allow-protected-paths"].items.type, parentSchema: schema11.properties["allow-protected-paths"].items, data: data28 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        let i7 = data27.length;
        let j2;
        if (i7 > 1) {
          const indices1 = {};
          for (; i7--; ) {
            let item1 = data27[i7];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j2 = indices1[item1];
              const err65 = { instancePath: instancePath + "/allow-protected-paths", schemaPath: "#/properties/allow-protected-paths/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties["allow-protected-paths"], data: data27 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
              break;
            }
            indices1[item1] = i7;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/allow-protected-paths", schemaPath: "#/properties/allow-protected-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["allow-protected-paths"].type, parentSchema: schema11.properties["allow-protected-paths"], data: data27 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data["mcp-servers"] !== void 0) {
      let data29 = data["mcp-servers"];
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key6 in data29) {
          const _errs64 = errors;
          if (typeof key6 === "string") {
            if (func3(key6) > 32) {
              const err67 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema11.properties["mcp-servers"].propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (!pattern6.test(key6)) {
              const err68 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([_-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([_-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([_-][a-z0-9]+)*$", parentSchema: schema11.properties["mcp-servers"].propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          var valid19 = _errs64 === errors;
          if (!valid19) {
            const err69 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema11.properties["mcp-servers"].propertyNames, parentSchema: schema11.properties["mcp-servers"], data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        for (const key7 in data29) {
          let data30 = data29[key7];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.command === void 0) {
              const err70 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema12.required, parentSchema: schema12, data: data30 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key8 in data30) {
              if (!(key8 === "command" || key8 === "args" || key8 === "env" || key8 === "timeout-seconds")) {
                const err71 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data30 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data30.command !== void 0) {
              let data31 = data30.command;
              if (typeof data31 === "string") {
                if (func3(data31) > 500) {
                  const err72 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema12.properties.command, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (func3(data31) < 1) {
                  const err73 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.command, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (!pattern7.test(data31)) {
                  const err74 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.command, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.command.type, parentSchema: schema12.properties.command, data: data31 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data30.args !== void 0) {
              let data32 = data30.args;
              if (Array.isArray(data32)) {
                if (data32.length > 100) {
                  const err76 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema12.properties.args, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                const len5 = data32.length;
                for (let i8 = 0; i8 < len5; i8++) {
                  let data33 = data32[i8];
                  if (typeof data33 === "string") {
                    if (func3(data33) > 2e3) {
                      const err77 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i8, schemaPath: "#/definitions/mcp-server/properties/args/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema12.properties.args.items, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data33)) {
                      const err78 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i8, schemaPath: "#/definitions/mcp-server/properties/args/items/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.args.items, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i8, schemaPath: "#/definitions/mcp-server/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.args.items.type, parentSchema: schema12.properties.args.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.args.type, parentSchema: schema12.properties.args, data: data32 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data30.env !== void 0) {
              let data34 = data30.env;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key9 in data34) {
                  const _errs78 = errors;
                  if (typeof key9 === "string") {
                    if (!pattern9.test(key9)) {
                      const err81 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,99}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,99}$", parentSchema: schema12.properties.env.propertyNames, data: key9, propertyName: key9 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  var valid25 = _errs78 === errors;
                  if (!valid25) {
                    const err82 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema12.properties.env.propertyNames, parentSchema: schema12.properties.env, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                for (const key10 in data34) {
                  let data35 = data34[key10];
                  if (typeof data35 === "string") {
                    if (func3(data35) > 1e4) {
                      const err83 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema12.properties.env.additionalProperties, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data35)) {
                      const err84 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.env.additionalProperties, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.env.additionalProperties.type, parentSchema: schema12.properties.env.additionalProperties, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.env.type, parentSchema: schema12.properties.env, data: data34 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data30["timeout-seconds"] !== void 0) {
              let data36 = data30["timeout-seconds"];
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err87 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["timeout-seconds"].type, parentSchema: schema12.properties["timeout-seconds"], data: data36 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 > 3600 || isNaN(data36)) {
                  const err88 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema12.properties["timeout-seconds"], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data36 < 1 || isNaN(data36)) {
                  const err89 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties["timeout-seconds"], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data30 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["mcp-servers"].type, parentSchema: schema11.properties["mcp-servers"], data: data29 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data37 = data.nodes;
      if (Array.isArray(data37)) {
        if (data37.length > 100) {
          const err92 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.nodes, data: data37 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
        if (data37.length < 1) {
          const err93 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.nodes, data: data37 };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        const len6 = data37.length;
        for (let i9 = 0; i9 < len6; i9++) {
          if (!validate11(data37[i9], { instancePath: instancePath + "/nodes/" + i9, parentData: data37, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.nodes.type, parentSchema: schema11.properties.nodes, data: data37 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var config = validate13;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw repository configuration", "type": "object", "additionalProperties": false, "properties": { "forges": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["github", "forgejo"] }, "default": ["github"], "description": "Forges to compile workflows for." }, "blueprints": { "type": "string", "pattern": "^[A-Za-z0-9._/-]+$", "default": ".crustyclaw/blueprints", "description": "Directory holding the repository's blueprints, relative to the repository root." }, "actions": { "type": "object", "additionalProperties": false, "description": "Where the CrustyClaw actions are fetched from.", "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "default": "crustyclaw/crustyclaw", "description": "owner/name of the CrustyClaw repository." }, "ref": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "default": "v1", "description": "Tag, branch or commit of the CrustyClaw actions. Pin a commit SHA for supply-chain safety." }, "forgejo-url": { "type": "string", "pattern": "^https://[A-Za-z0-9.-]+(:[0-9]+)?$", "default": "https://github.com", "description": "Host the Forgejo workflows fetch the CrustyClaw actions from, as a full `uses:` URL (Forgejo resolves short names against its own default actions host, which does not mirror CrustyClaw)." } } }, "runners": { "type": "object", "additionalProperties": false, "description": "Runner labels per trust tier. Top-level tiers apply to every forge; `github` and `forgejo` override per forge.", "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "github": { "type": "object", "additionalProperties": false, "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] } } }, "forgejo": { "type": "object", "additionalProperties": false, "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] } } } } }, "authorize": { "type": "object", "additionalProperties": false, "description": "Who may start agents besides collaborators with write access. On Forgejo, whose automatic token cannot read other users' permission, only these users can start runs unless the workflow is given a token that can.", "properties": { "users": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, "default": [] }, "bots": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, "default": [] } } }, "pull-requests": { "type": "object", "additionalProperties": false, "description": "How CrustyClaw opens pull requests.", "properties": { "reviewers": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "default": [] }, "labels": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, "default": ["crustyclaw"] } } }, "mcp-servers": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "$ref": "#/definitions/mcp-server" }, "description": "MCP servers every blueprint's agent nodes may grant (through `agent.mcp`). A blueprint's `mcp-servers` entry of the same name replaces the one here." }, "secrets": { "type": "object", "additionalProperties": false, "properties": { "model-api-key": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$", "default": "CRUSTYCLAW_MODEL_API_KEY", "description": "Name of the repository secret holding the model provider's API key, given to agent jobs only." } } } }, "definitions": { "mcp-server": { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } } } };
var pattern16 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "u");
var pattern19 = new RegExp("^https://[A-Za-z0-9.-]+(:[0-9]+)?$", "u");
var pattern20 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", "u");
var pattern38 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$", "u");
var pattern40 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "forges" || key0 === "blueprints" || key0 === "actions" || key0 === "runners" || key0 === "authorize" || key0 === "pull-requests" || key0 === "mcp-servers" || key0 === "secrets")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.forges !== void 0) {
      let data0 = data.forges;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.forges, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "github" || data1 === "forgejo")) {
            const err2 = { instancePath: instancePath + "/forges/" + i0, schemaPath: "#/properties/forges/items/enum", keyword: "enum", params: { allowedValues: schema15.properties.forges.items.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.forges.items.enum, parentSchema: schema15.properties.forges.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err3 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema15.properties.forges, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.forges.type, parentSchema: schema15.properties.forges, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.blueprints !== void 0) {
      let data2 = data.blueprints;
      if (typeof data2 === "string") {
        if (!pattern16.test(data2)) {
          const err5 = { instancePath: instancePath + "/blueprints", schemaPath: "#/properties/blueprints/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"', schema: "^[A-Za-z0-9._/-]+$", parentSchema: schema15.properties.blueprints, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/blueprints", schemaPath: "#/properties/blueprints/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.blueprints.type, parentSchema: schema15.properties.blueprints, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data3 = data.actions;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "repository" || key1 === "ref" || key1 === "forgejo-url")) {
            const err7 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.actions, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.repository !== void 0) {
          let data4 = data3.repository;
          if (typeof data4 === "string") {
            if (!pattern17.test(data4)) {
              const err8 = { instancePath: instancePath + "/actions/repository", schemaPath: "#/properties/actions/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema15.properties.actions.properties.repository, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/actions/repository", schemaPath: "#/properties/actions/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.actions.properties.repository.type, parentSchema: schema15.properties.actions.properties.repository, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.ref !== void 0) {
          let data5 = data3.ref;
          if (typeof data5 === "string") {
            if (!pattern18.test(data5)) {
              const err10 = { instancePath: instancePath + "/actions/ref", schemaPath: "#/properties/actions/properties/ref/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", parentSchema: schema15.properties.actions.properties.ref, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/actions/ref", schemaPath: "#/properties/actions/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.actions.properties.ref.type, parentSchema: schema15.properties.actions.properties.ref, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3["forgejo-url"] !== void 0) {
          let data6 = data3["forgejo-url"];
          if (typeof data6 === "string") {
            if (!pattern19.test(data6)) {
              const err12 = { instancePath: instancePath + "/actions/forgejo-url", schemaPath: "#/properties/actions/properties/forgejo-url/pattern", keyword: "pattern", params: { pattern: "^https://[A-Za-z0-9.-]+(:[0-9]+)?$" }, message: 'must match pattern "^https://[A-Za-z0-9.-]+(:[0-9]+)?$"', schema: "^https://[A-Za-z0-9.-]+(:[0-9]+)?$", parentSchema: schema15.properties.actions.properties["forgejo-url"], data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/actions/forgejo-url", schemaPath: "#/properties/actions/properties/forgejo-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.actions.properties["forgejo-url"].type, parentSchema: schema15.properties.actions.properties["forgejo-url"], data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.actions.type, parentSchema: schema15.properties.actions, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.runners !== void 0) {
      let data7 = data.runners;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "trusted" || key2 === "internal" || key2 === "untrusted" || key2 === "github" || key2 === "forgejo")) {
            const err15 = { instancePath: instancePath + "/runners", schemaPath: "#/properties/runners/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.runners, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data7.trusted !== void 0) {
          let data8 = data7.trusted;
          const _errs20 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs21 = errors;
          if (typeof data8 === "string") {
            if (!pattern20.test(data8)) {
              const err16 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.trusted.oneOf[0], data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.trusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.trusted.oneOf[0], data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs23 = errors;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err18 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.trusted.oneOf[1], data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len1 = data8.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (!pattern20.test(data9)) {
                  const err19 = { instancePath: instancePath + "/runners/trusted/" + i2, schemaPath: "#/properties/runners/properties/trusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.trusted.oneOf[1].items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/runners/trusted/" + i2, schemaPath: "#/properties/runners/properties/trusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.trusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.trusted.oneOf[1].items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i3 = data8.length;
            let j1;
            if (i3 > 1) {
              const indices0 = {};
              for (; i3--; ) {
                let item0 = data8[i3];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j1 = indices0[item0];
                  const err21 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.trusted.oneOf[1], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i3;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.trusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.trusted.oneOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs23 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err23 = { instancePath: instancePath + "/runners/trusted", schemaPath: "#/properties/runners/properties/trusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.trusted.oneOf, parentSchema: schema15.properties.runners.properties.trusted, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data7.internal !== void 0) {
          let data10 = data7.internal;
          const _errs28 = errors;
          let valid10 = false;
          let passing1 = null;
          const _errs29 = errors;
          if (typeof data10 === "string") {
            if (!pattern20.test(data10)) {
              const err24 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.internal.oneOf[0], data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.internal.oneOf[0].type, parentSchema: schema15.properties.runners.properties.internal.oneOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid1 = _errs29 === errors;
          if (_valid1) {
            valid10 = true;
            passing1 = 0;
          }
          const _errs31 = errors;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err26 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.internal.oneOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data11 = data10[i4];
              if (typeof data11 === "string") {
                if (!pattern20.test(data11)) {
                  const err27 = { instancePath: instancePath + "/runners/internal/" + i4, schemaPath: "#/properties/runners/properties/internal/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.internal.oneOf[1].items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/runners/internal/" + i4, schemaPath: "#/properties/runners/properties/internal/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.internal.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.internal.oneOf[1].items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i5 = data10.length;
            let j2;
            if (i5 > 1) {
              const indices1 = {};
              for (; i5--; ) {
                let item1 = data10[i5];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j2 = indices1[item1];
                  const err29 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.internal.oneOf[1], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i5;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.internal.oneOf[1].type, parentSchema: schema15.properties.runners.properties.internal.oneOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          var _valid1 = _errs31 === errors;
          if (_valid1 && valid10) {
            valid10 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid10 = true;
              passing1 = 1;
            }
          }
          if (!valid10) {
            const err31 = { instancePath: instancePath + "/runners/internal", schemaPath: "#/properties/runners/properties/internal/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.internal.oneOf, parentSchema: schema15.properties.runners.properties.internal, data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data7.untrusted !== void 0) {
          let data12 = data7.untrusted;
          const _errs36 = errors;
          let valid14 = false;
          let passing2 = null;
          const _errs37 = errors;
          if (typeof data12 === "string") {
            if (!pattern20.test(data12)) {
              const err32 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.untrusted.oneOf[0], data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.untrusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.untrusted.oneOf[0], data: data12 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid2 = _errs37 === errors;
          if (_valid2) {
            valid14 = true;
            passing2 = 0;
          }
          const _errs39 = errors;
          if (Array.isArray(data12)) {
            if (data12.length < 1) {
              const err34 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.untrusted.oneOf[1], data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len3 = data12.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data13 = data12[i6];
              if (typeof data13 === "string") {
                if (!pattern20.test(data13)) {
                  const err35 = { instancePath: instancePath + "/runners/untrusted/" + i6, schemaPath: "#/properties/runners/properties/untrusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.untrusted.oneOf[1].items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/runners/untrusted/" + i6, schemaPath: "#/properties/runners/properties/untrusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.untrusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.untrusted.oneOf[1].items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            let i7 = data12.length;
            let j3;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data12[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j3 = indices2[item2];
                  const err37 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.untrusted.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.untrusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.untrusted.oneOf[1], data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var _valid2 = _errs39 === errors;
          if (_valid2 && valid14) {
            valid14 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid14 = true;
              passing2 = 1;
            }
          }
          if (!valid14) {
            const err39 = { instancePath: instancePath + "/runners/untrusted", schemaPath: "#/properties/runners/properties/untrusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.untrusted.oneOf, parentSchema: schema15.properties.runners.properties.untrusted, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs36;
            if (vErrors !== null) {
              if (_errs36) {
                vErrors.length = _errs36;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data7.github !== void 0) {
          let data14 = data7.github;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              if (!(key3 === "trusted" || key3 === "internal" || key3 === "untrusted")) {
                const err40 = { instancePath: instancePath + "/runners/github", schemaPath: "#/properties/runners/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.runners.properties.github, data: data14 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.trusted !== void 0) {
              let data15 = data14.trusted;
              const _errs47 = errors;
              let valid19 = false;
              let passing3 = null;
              const _errs48 = errors;
              if (typeof data15 === "string") {
                if (!pattern20.test(data15)) {
                  const err41 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[0], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.trusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[0], data: data15 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              var _valid3 = _errs48 === errors;
              if (_valid3) {
                valid19 = true;
                passing3 = 0;
              }
              const _errs50 = errors;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  const err43 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                const len4 = data15.length;
                for (let i8 = 0; i8 < len4; i8++) {
                  let data16 = data15[i8];
                  if (typeof data16 === "string") {
                    if (!pattern20.test(data16)) {
                      const err44 = { instancePath: instancePath + "/runners/github/trusted/" + i8, schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1].items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/runners/github/trusted/" + i8, schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1].items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                let i9 = data15.length;
                let j4;
                if (i9 > 1) {
                  const indices3 = {};
                  for (; i9--; ) {
                    let item3 = data15[i9];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j4 = indices3[item3];
                      const err46 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1], data: data15 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i9;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.github.properties.trusted.oneOf[1], data: data15 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var _valid3 = _errs50 === errors;
              if (_valid3 && valid19) {
                valid19 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid3) {
                  valid19 = true;
                  passing3 = 1;
                }
              }
              if (!valid19) {
                const err48 = { instancePath: instancePath + "/runners/github/trusted", schemaPath: "#/properties/runners/properties/github/properties/trusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.github.properties.trusted.oneOf, parentSchema: schema15.properties.runners.properties.github.properties.trusted, data: data15 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              } else {
                errors = _errs47;
                if (vErrors !== null) {
                  if (_errs47) {
                    vErrors.length = _errs47;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.internal !== void 0) {
              let data17 = data14.internal;
              const _errs55 = errors;
              let valid23 = false;
              let passing4 = null;
              const _errs56 = errors;
              if (typeof data17 === "string") {
                if (!pattern20.test(data17)) {
                  const err49 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[0], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.internal.oneOf[0].type, parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[0], data: data17 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              var _valid4 = _errs56 === errors;
              if (_valid4) {
                valid23 = true;
                passing4 = 0;
              }
              const _errs58 = errors;
              if (Array.isArray(data17)) {
                if (data17.length < 1) {
                  const err51 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[1], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                const len5 = data17.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data18 = data17[i10];
                  if (typeof data18 === "string") {
                    if (!pattern20.test(data18)) {
                      const err52 = { instancePath: instancePath + "/runners/github/internal/" + i10, schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[1].items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/runners/github/internal/" + i10, schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.internal.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[1].items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                let i11 = data17.length;
                let j5;
                if (i11 > 1) {
                  const indices4 = {};
                  for (; i11--; ) {
                    let item4 = data17[i11];
                    if (typeof item4 !== "string") {
                      continue;
                    }
                    if (typeof indices4[item4] == "number") {
                      j5 = indices4[item4];
                      const err54 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[1], data: data17 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i11;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.github.properties.internal.oneOf[1].type, parentSchema: schema15.properties.runners.properties.github.properties.internal.oneOf[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid4 = _errs58 === errors;
              if (_valid4 && valid23) {
                valid23 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid23 = true;
                  passing4 = 1;
                }
              }
              if (!valid23) {
                const err56 = { instancePath: instancePath + "/runners/github/internal", schemaPath: "#/properties/runners/properties/github/properties/internal/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.github.properties.internal.oneOf, parentSchema: schema15.properties.runners.properties.github.properties.internal, data: data17 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              } else {
                errors = _errs55;
                if (vErrors !== null) {
                  if (_errs55) {
                    vErrors.length = _errs55;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.untrusted !== void 0) {
              let data19 = data14.untrusted;
              const _errs63 = errors;
              let valid27 = false;
              let passing5 = null;
              const _errs64 = errors;
              if (typeof data19 === "string") {
                if (!pattern20.test(data19)) {
                  const err57 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[0], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[0], data: data19 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              var _valid5 = _errs64 === errors;
              if (_valid5) {
                valid27 = true;
                passing5 = 0;
              }
              const _errs66 = errors;
              if (Array.isArray(data19)) {
                if (data19.length < 1) {
                  const err59 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                const len6 = data19.length;
                for (let i12 = 0; i12 < len6; i12++) {
                  let data20 = data19[i12];
                  if (typeof data20 === "string") {
                    if (!pattern20.test(data20)) {
                      const err60 = { instancePath: instancePath + "/runners/github/untrusted/" + i12, schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1].items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/runners/github/untrusted/" + i12, schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1].items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                let i13 = data19.length;
                let j6;
                if (i13 > 1) {
                  const indices5 = {};
                  for (; i13--; ) {
                    let item5 = data19[i13];
                    if (typeof item5 !== "string") {
                      continue;
                    }
                    if (typeof indices5[item5] == "number") {
                      j6 = indices5[item5];
                      const err62 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                      break;
                    }
                    indices5[item5] = i13;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.github.properties.untrusted.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              var _valid5 = _errs66 === errors;
              if (_valid5 && valid27) {
                valid27 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid27 = true;
                  passing5 = 1;
                }
              }
              if (!valid27) {
                const err64 = { instancePath: instancePath + "/runners/github/untrusted", schemaPath: "#/properties/runners/properties/github/properties/untrusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.github.properties.untrusted.oneOf, parentSchema: schema15.properties.runners.properties.github.properties.untrusted, data: data19 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              } else {
                errors = _errs63;
                if (vErrors !== null) {
                  if (_errs63) {
                    vErrors.length = _errs63;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/runners/github", schemaPath: "#/properties/runners/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.runners.properties.github.type, parentSchema: schema15.properties.runners.properties.github, data: data14 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data7.forgejo !== void 0) {
          let data21 = data7.forgejo;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key4 in data21) {
              if (!(key4 === "trusted" || key4 === "internal" || key4 === "untrusted")) {
                const err66 = { instancePath: instancePath + "/runners/forgejo", schemaPath: "#/properties/runners/properties/forgejo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.runners.properties.forgejo, data: data21 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data21.trusted !== void 0) {
              let data22 = data21.trusted;
              const _errs74 = errors;
              let valid32 = false;
              let passing6 = null;
              const _errs75 = errors;
              if (typeof data22 === "string") {
                if (!pattern20.test(data22)) {
                  const err67 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[0], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[0], data: data22 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              var _valid6 = _errs75 === errors;
              if (_valid6) {
                valid32 = true;
                passing6 = 0;
              }
              const _errs77 = errors;
              if (Array.isArray(data22)) {
                if (data22.length < 1) {
                  const err69 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                const len7 = data22.length;
                for (let i14 = 0; i14 < len7; i14++) {
                  let data23 = data22[i14];
                  if (typeof data23 === "string") {
                    if (!pattern20.test(data23)) {
                      const err70 = { instancePath: instancePath + "/runners/forgejo/trusted/" + i14, schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1].items, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/runners/forgejo/trusted/" + i14, schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1].items, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                let i15 = data22.length;
                let j7;
                if (i15 > 1) {
                  const indices6 = {};
                  for (; i15--; ) {
                    let item6 = data22[i15];
                    if (typeof item6 !== "string") {
                      continue;
                    }
                    if (typeof indices6[item6] == "number") {
                      j7 = indices6[item6];
                      const err72 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1], data: data22 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                      break;
                    }
                    indices6[item6] = i15;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf[1], data: data22 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var _valid6 = _errs77 === errors;
              if (_valid6 && valid32) {
                valid32 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid32 = true;
                  passing6 = 1;
                }
              }
              if (!valid32) {
                const err74 = { instancePath: instancePath + "/runners/forgejo/trusted", schemaPath: "#/properties/runners/properties/forgejo/properties/trusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.forgejo.properties.trusted.oneOf, parentSchema: schema15.properties.runners.properties.forgejo.properties.trusted, data: data22 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              } else {
                errors = _errs74;
                if (vErrors !== null) {
                  if (_errs74) {
                    vErrors.length = _errs74;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.internal !== void 0) {
              let data24 = data21.internal;
              const _errs82 = errors;
              let valid36 = false;
              let passing7 = null;
              const _errs83 = errors;
              if (typeof data24 === "string") {
                if (!pattern20.test(data24)) {
                  const err75 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[0], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[0].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              var _valid7 = _errs83 === errors;
              if (_valid7) {
                valid36 = true;
                passing7 = 0;
              }
              const _errs85 = errors;
              if (Array.isArray(data24)) {
                if (data24.length < 1) {
                  const err77 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                const len8 = data24.length;
                for (let i16 = 0; i16 < len8; i16++) {
                  let data25 = data24[i16];
                  if (typeof data25 === "string") {
                    if (!pattern20.test(data25)) {
                      const err78 = { instancePath: instancePath + "/runners/forgejo/internal/" + i16, schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1].items, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/runners/forgejo/internal/" + i16, schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1].items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                let i17 = data24.length;
                let j8;
                if (i17 > 1) {
                  const indices7 = {};
                  for (; i17--; ) {
                    let item7 = data24[i17];
                    if (typeof item7 !== "string") {
                      continue;
                    }
                    if (typeof indices7[item7] == "number") {
                      j8 = indices7[item7];
                      const err80 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1], data: data24 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i17;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              var _valid7 = _errs85 === errors;
              if (_valid7 && valid36) {
                valid36 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid7) {
                  valid36 = true;
                  passing7 = 1;
                }
              }
              if (!valid36) {
                const err82 = { instancePath: instancePath + "/runners/forgejo/internal", schemaPath: "#/properties/runners/properties/forgejo/properties/internal/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.forgejo.properties.internal.oneOf, parentSchema: schema15.properties.runners.properties.forgejo.properties.internal, data: data24 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              } else {
                errors = _errs82;
                if (vErrors !== null) {
                  if (_errs82) {
                    vErrors.length = _errs82;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.untrusted !== void 0) {
              let data26 = data21.untrusted;
              const _errs90 = errors;
              let valid40 = false;
              let passing8 = null;
              const _errs91 = errors;
              if (typeof data26 === "string") {
                if (!pattern20.test(data26)) {
                  const err83 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[0], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[0].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[0], data: data26 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              var _valid8 = _errs91 === errors;
              if (_valid8) {
                valid40 = true;
                passing8 = 0;
              }
              const _errs93 = errors;
              if (Array.isArray(data26)) {
                if (data26.length < 1) {
                  const err85 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                const len9 = data26.length;
                for (let i18 = 0; i18 < len9; i18++) {
                  let data27 = data26[i18];
                  if (typeof data27 === "string") {
                    if (!pattern20.test(data27)) {
                      const err86 = { instancePath: instancePath + "/runners/forgejo/untrusted/" + i18, schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1].items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/runners/forgejo/untrusted/" + i18, schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1].items.type, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1].items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                let i19 = data26.length;
                let j9;
                if (i19 > 1) {
                  const indices8 = {};
                  for (; i19--; ) {
                    let item8 = data26[i19];
                    if (typeof item8 !== "string") {
                      continue;
                    }
                    if (typeof indices8[item8] == "number") {
                      j9 = indices8[item8];
                      const err88 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i19 + " are identical)", schema: true, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1], data: data26 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                      break;
                    }
                    indices8[item8] = i19;
                  }
                }
              } else {
                const err89 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1].type, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf[1], data: data26 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              var _valid8 = _errs93 === errors;
              if (_valid8 && valid40) {
                valid40 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid40 = true;
                  passing8 = 1;
                }
              }
              if (!valid40) {
                const err90 = { instancePath: instancePath + "/runners/forgejo/untrusted", schemaPath: "#/properties/runners/properties/forgejo/properties/untrusted/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.runners.properties.forgejo.properties.untrusted.oneOf, parentSchema: schema15.properties.runners.properties.forgejo.properties.untrusted, data: data26 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              } else {
                errors = _errs90;
                if (vErrors !== null) {
                  if (_errs90) {
                    vErrors.length = _errs90;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/runners/forgejo", schemaPath: "#/properties/runners/properties/forgejo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.runners.properties.forgejo.type, parentSchema: schema15.properties.runners.properties.forgejo, data: data21 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/runners", schemaPath: "#/properties/runners/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.runners.type, parentSchema: schema15.properties.runners, data: data7 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.authorize !== void 0) {
      let data28 = data.authorize;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key5 in data28) {
          if (!(key5 === "users" || key5 === "bots")) {
            const err93 = { instancePath: instancePath + "/authorize", schemaPath: "#/properties/authorize/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.authorize, data: data28 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data28.users !== void 0) {
          let data29 = data28.users;
          if (Array.isArray(data29)) {
            const len10 = data29.length;
            for (let i20 = 0; i20 < len10; i20++) {
              let data30 = data29[i20];
              if (typeof data30 === "string") {
                if (!pattern38.test(data30)) {
                  const err94 = { instancePath: instancePath + "/authorize/users/" + i20, schemaPath: "#/properties/authorize/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$", parentSchema: schema15.properties.authorize.properties.users.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/authorize/users/" + i20, schemaPath: "#/properties/authorize/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.authorize.properties.users.items.type, parentSchema: schema15.properties.authorize.properties.users.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            let i21 = data29.length;
            let j10;
            if (i21 > 1) {
              const indices9 = {};
              for (; i21--; ) {
                let item9 = data29[i21];
                if (typeof item9 !== "string") {
                  continue;
                }
                if (typeof indices9[item9] == "number") {
                  j10 = indices9[item9];
                  const err96 = { instancePath: instancePath + "/authorize/users", schemaPath: "#/properties/authorize/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i21 + " are identical)", schema: true, parentSchema: schema15.properties.authorize.properties.users, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                  break;
                }
                indices9[item9] = i21;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/authorize/users", schemaPath: "#/properties/authorize/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.authorize.properties.users.type, parentSchema: schema15.properties.authorize.properties.users, data: data29 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data28.bots !== void 0) {
          let data31 = data28.bots;
          if (Array.isArray(data31)) {
            const len11 = data31.length;
            for (let i22 = 0; i22 < len11; i22++) {
              let data32 = data31[i22];
              if (typeof data32 === "string") {
                if (!pattern38.test(data32)) {
                  const err98 = { instancePath: instancePath + "/authorize/bots/" + i22, schemaPath: "#/properties/authorize/properties/bots/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$", parentSchema: schema15.properties.authorize.properties.bots.items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              } else {
                const err99 = { instancePath: instancePath + "/authorize/bots/" + i22, schemaPath: "#/properties/authorize/properties/bots/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.authorize.properties.bots.items.type, parentSchema: schema15.properties.authorize.properties.bots.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            let i23 = data31.length;
            let j11;
            if (i23 > 1) {
              const indices10 = {};
              for (; i23--; ) {
                let item10 = data31[i23];
                if (typeof item10 !== "string") {
                  continue;
                }
                if (typeof indices10[item10] == "number") {
                  j11 = indices10[item10];
                  const err100 = { instancePath: instancePath + "/authorize/bots", schemaPath: "#/properties/authorize/properties/bots/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i23 + " are identical)", schema: true, parentSchema: schema15.properties.authorize.properties.bots, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                  break;
                }
                indices10[item10] = i23;
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/authorize/bots", schemaPath: "#/properties/authorize/properties/bots/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.authorize.properties.bots.type, parentSchema: schema15.properties.authorize.properties.bots, data: data31 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = { instancePath: instancePath + "/authorize", schemaPath: "#/properties/authorize/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.authorize.type, parentSchema: schema15.properties.authorize, data: data28 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data["pull-requests"] !== void 0) {
      let data33 = data["pull-requests"];
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key6 in data33) {
          if (!(key6 === "reviewers" || key6 === "labels")) {
            const err103 = { instancePath: instancePath + "/pull-requests", schemaPath: "#/properties/pull-requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties["pull-requests"], data: data33 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data33.reviewers !== void 0) {
          let data34 = data33.reviewers;
          if (Array.isArray(data34)) {
            const len12 = data34.length;
            for (let i24 = 0; i24 < len12; i24++) {
              let data35 = data34[i24];
              if (typeof data35 === "string") {
                if (!pattern40.test(data35)) {
                  const err104 = { instancePath: instancePath + "/pull-requests/reviewers/" + i24, schemaPath: "#/properties/pull-requests/properties/reviewers/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema15.properties["pull-requests"].properties.reviewers.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/pull-requests/reviewers/" + i24, schemaPath: "#/properties/pull-requests/properties/reviewers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties["pull-requests"].properties.reviewers.items.type, parentSchema: schema15.properties["pull-requests"].properties.reviewers.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            let i25 = data34.length;
            let j12;
            if (i25 > 1) {
              const indices11 = {};
              for (; i25--; ) {
                let item11 = data34[i25];
                if (typeof item11 !== "string") {
                  continue;
                }
                if (typeof indices11[item11] == "number") {
                  j12 = indices11[item11];
                  const err106 = { instancePath: instancePath + "/pull-requests/reviewers", schemaPath: "#/properties/pull-requests/properties/reviewers/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i25 + " are identical)", schema: true, parentSchema: schema15.properties["pull-requests"].properties.reviewers, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                  break;
                }
                indices11[item11] = i25;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/pull-requests/reviewers", schemaPath: "#/properties/pull-requests/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties["pull-requests"].properties.reviewers.type, parentSchema: schema15.properties["pull-requests"].properties.reviewers, data: data34 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data33.labels !== void 0) {
          let data36 = data33.labels;
          if (Array.isArray(data36)) {
            const len13 = data36.length;
            for (let i26 = 0; i26 < len13; i26++) {
              let data37 = data36[i26];
              if (typeof data37 === "string") {
                if (!pattern1.test(data37)) {
                  const err108 = { instancePath: instancePath + "/pull-requests/labels/" + i26, schemaPath: "#/properties/pull-requests/properties/labels/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$"', schema: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", parentSchema: schema15.properties["pull-requests"].properties.labels.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/pull-requests/labels/" + i26, schemaPath: "#/properties/pull-requests/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties["pull-requests"].properties.labels.items.type, parentSchema: schema15.properties["pull-requests"].properties.labels.items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            let i27 = data36.length;
            let j13;
            if (i27 > 1) {
              const indices12 = {};
              for (; i27--; ) {
                let item12 = data36[i27];
                if (typeof item12 !== "string") {
                  continue;
                }
                if (typeof indices12[item12] == "number") {
                  j13 = indices12[item12];
                  const err110 = { instancePath: instancePath + "/pull-requests/labels", schemaPath: "#/properties/pull-requests/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i27 + " are identical)", schema: true, parentSchema: schema15.properties["pull-requests"].properties.labels, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                  break;
                }
                indices12[item12] = i27;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/pull-requests/labels", schemaPath: "#/properties/pull-requests/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties["pull-requests"].properties.labels.type, parentSchema: schema15.properties["pull-requests"].properties.labels, data: data36 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
      } else {
        const err112 = { instancePath: instancePath + "/pull-requests", schemaPath: "#/properties/pull-requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties["pull-requests"].type, parentSchema: schema15.properties["pull-requests"], data: data33 };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data["mcp-servers"] !== void 0) {
      let data38 = data["mcp-servers"];
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key7 in data38) {
          const _errs121 = errors;
          if (typeof key7 === "string") {
            if (func3(key7) > 32) {
              const err113 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema15.properties["mcp-servers"].propertyNames, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            if (!pattern6.test(key7)) {
              const err114 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([_-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([_-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([_-][a-z0-9]+)*$", parentSchema: schema15.properties["mcp-servers"].propertyNames, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          }
          var valid58 = _errs121 === errors;
          if (!valid58) {
            const err115 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema15.properties["mcp-servers"].propertyNames, parentSchema: schema15.properties["mcp-servers"], data: data38 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        for (const key8 in data38) {
          let data39 = data38[key8];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.command === void 0) {
              const err116 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema12.required, parentSchema: schema12, data: data39 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            for (const key9 in data39) {
              if (!(key9 === "command" || key9 === "args" || key9 === "env" || key9 === "timeout-seconds")) {
                const err117 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data39 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data39.command !== void 0) {
              let data40 = data39.command;
              if (typeof data40 === "string") {
                if (func3(data40) > 500) {
                  const err118 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema12.properties.command, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                if (func3(data40) < 1) {
                  const err119 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.command, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                if (!pattern7.test(data40)) {
                  const err120 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.command, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.command.type, parentSchema: schema12.properties.command, data: data40 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data39.args !== void 0) {
              let data41 = data39.args;
              if (Array.isArray(data41)) {
                if (data41.length > 100) {
                  const err122 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema12.properties.args, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                const len14 = data41.length;
                for (let i28 = 0; i28 < len14; i28++) {
                  let data42 = data41[i28];
                  if (typeof data42 === "string") {
                    if (func3(data42) > 2e3) {
                      const err123 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i28, schemaPath: "#/definitions/mcp-server/properties/args/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema12.properties.args.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data42)) {
                      const err124 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i28, schemaPath: "#/definitions/mcp-server/properties/args/items/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.args.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  } else {
                    const err125 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i28, schemaPath: "#/definitions/mcp-server/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.args.items.type, parentSchema: schema12.properties.args.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.args.type, parentSchema: schema12.properties.args, data: data41 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data39.env !== void 0) {
              let data43 = data39.env;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key10 in data43) {
                  const _errs135 = errors;
                  if (typeof key10 === "string") {
                    if (!pattern9.test(key10)) {
                      const err127 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,99}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,99}$", parentSchema: schema12.properties.env.propertyNames, data: key10, propertyName: key10 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  var valid64 = _errs135 === errors;
                  if (!valid64) {
                    const err128 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema12.properties.env.propertyNames, parentSchema: schema12.properties.env, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                for (const key11 in data43) {
                  let data44 = data43[key11];
                  if (typeof data44 === "string") {
                    if (func3(data44) > 1e4) {
                      const err129 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema12.properties.env.additionalProperties, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data44)) {
                      const err130 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.env.additionalProperties, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.env.additionalProperties.type, parentSchema: schema12.properties.env.additionalProperties, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              } else {
                const err132 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.env.type, parentSchema: schema12.properties.env, data: data43 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data39["timeout-seconds"] !== void 0) {
              let data45 = data39["timeout-seconds"];
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err133 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["timeout-seconds"].type, parentSchema: schema12.properties["timeout-seconds"], data: data45 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 > 3600 || isNaN(data45)) {
                  const err134 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema12.properties["timeout-seconds"], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (data45 < 1 || isNaN(data45)) {
                  const err135 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties["timeout-seconds"], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err136 = { instancePath: instancePath + "/mcp-servers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data39 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
      } else {
        const err137 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties["mcp-servers"].type, parentSchema: schema15.properties["mcp-servers"], data: data38 };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data46 = data.secrets;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key12 in data46) {
          if (!(key12 === "model-api-key")) {
            const err138 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.secrets, data: data46 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data46["model-api-key"] !== void 0) {
          let data47 = data46["model-api-key"];
          if (typeof data47 === "string") {
            if (!pattern12.test(data47)) {
              const err139 = { instancePath: instancePath + "/secrets/model-api-key", schemaPath: "#/properties/secrets/properties/model-api-key/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,99}$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]{0,99}$"', schema: "^[A-Z][A-Z0-9_]{0,99}$", parentSchema: schema15.properties.secrets.properties["model-api-key"], data: data47 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
          } else {
            const err140 = { instancePath: instancePath + "/secrets/model-api-key", schemaPath: "#/properties/secrets/properties/model-api-key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.secrets.properties["model-api-key"].type, parentSchema: schema15.properties.secrets.properties["model-api-key"], data: data47 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.secrets.type, parentSchema: schema15.properties.secrets, data: data46 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
  } else {
    const err142 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err142];
    } else {
      vErrors.push(err142);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var script = validate14;
var schema17 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw scripted model", "type": "object", "additionalProperties": false, "required": ["turns"], "properties": { "model": { "type": "string", "minLength": 1, "description": "Model name the turns report. Default `scripted`." }, "turns": { "type": "array", "minItems": 1, "description": "Model turns, replayed one per call.", "items": { "type": "object", "additionalProperties": false, "properties": { "content": { "type": "string", "description": "The model's text." }, "tool_calls": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Call id; made up when absent." }, "name": { "type": "string", "minLength": 1 }, "arguments": { "type": ["object", "string"], "description": "Arguments as a mapping, or as raw JSON text (to replay malformed arguments)." } } } }, "usage": { "type": "object", "additionalProperties": false, "properties": { "input_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 }, "output_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 } } }, "stop": { "enum": ["end", "tool_use", "max_tokens"], "description": "Default: tool_use with tool calls, else end." }, "error": { "type": "object", "additionalProperties": false, "required": ["kind", "message"], "description": "Fail this call with a ProviderError instead of answering.", "properties": { "kind": { "enum": ["auth", "model", "unreachable", "rate_limit", "server", "bad_response"] }, "message": { "type": "string", "minLength": 1 } } } } } } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.turns === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "turns" }, message: "must have required property 'turns'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "model" || key0 === "turns")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.model, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.model.type, parentSchema: schema17.properties.model, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.turns !== void 0) {
      let data1 = data.turns;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/turns", schemaPath: "#/properties/turns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.properties.turns, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              if (!(key1 === "content" || key1 === "tool_calls" || key1 === "usage" || key1 === "stop" || key1 === "error")) {
                const err5 = { instancePath: instancePath + "/turns/" + i0, schemaPath: "#/properties/turns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.turns.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.content !== void 0) {
              let data3 = data2.content;
              if (typeof data3 !== "string") {
                const err6 = { instancePath: instancePath + "/turns/" + i0 + "/content", schemaPath: "#/properties/turns/items/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.turns.items.properties.content.type, parentSchema: schema17.properties.turns.items.properties.content, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.tool_calls !== void 0) {
              let data4 = data2.tool_calls;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.name === void 0) {
                      const err7 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/turns/items/properties/tool_calls/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.turns.items.properties.tool_calls.items.required, parentSchema: schema17.properties.turns.items.properties.tool_calls.items, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                    for (const key2 in data5) {
                      if (!(key2 === "id" || key2 === "name" || key2 === "arguments")) {
                        const err8 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/turns/items/properties/tool_calls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.turns.items.properties.tool_calls.items, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                    if (data5.id !== void 0) {
                      let data6 = data5.id;
                      if (typeof data6 === "string") {
                        if (func3(data6) < 1) {
                          const err9 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/turns/items/properties/tool_calls/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.turns.items.properties.tool_calls.items.properties.id, data: data6 };
                          if (vErrors === null) {
                            vErrors = [err9];
                          } else {
                            vErrors.push(err9);
                          }
                          errors++;
                        }
                      } else {
                        const err10 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/turns/items/properties/tool_calls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.turns.items.properties.tool_calls.items.properties.id.type, parentSchema: schema17.properties.turns.items.properties.tool_calls.items.properties.id, data: data6 };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    if (data5.name !== void 0) {
                      let data7 = data5.name;
                      if (typeof data7 === "string") {
                        if (func3(data7) < 1) {
                          const err11 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/turns/items/properties/tool_calls/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.turns.items.properties.tool_calls.items.properties.name, data: data7 };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                      } else {
                        const err12 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/turns/items/properties/tool_calls/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.turns.items.properties.tool_calls.items.properties.name.type, parentSchema: schema17.properties.turns.items.properties.tool_calls.items.properties.name, data: data7 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    if (data5.arguments !== void 0) {
                      let data8 = data5.arguments;
                      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && typeof data8 !== "string") {
                        const err13 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1 + "/arguments", schemaPath: "#/properties/turns/items/properties/tool_calls/items/properties/arguments/type", keyword: "type", params: { type: schema17.properties.turns.items.properties.tool_calls.items.properties.arguments.type }, message: "must be object,string", schema: schema17.properties.turns.items.properties.tool_calls.items.properties.arguments.type, parentSchema: schema17.properties.turns.items.properties.tool_calls.items.properties.arguments, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/turns/items/properties/tool_calls/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.turns.items.properties.tool_calls.items.type, parentSchema: schema17.properties.turns.items.properties.tool_calls.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/turns/" + i0 + "/tool_calls", schemaPath: "#/properties/turns/items/properties/tool_calls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.turns.items.properties.tool_calls.type, parentSchema: schema17.properties.turns.items.properties.tool_calls, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.usage !== void 0) {
              let data9 = data2.usage;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key3 in data9) {
                  if (!(key3 === "input_tokens" || key3 === "output_tokens")) {
                    const err16 = { instancePath: instancePath + "/turns/" + i0 + "/usage", schemaPath: "#/properties/turns/items/properties/usage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.turns.items.properties.usage, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data9.input_tokens !== void 0) {
                  let data10 = data9.input_tokens;
                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                    const err17 = { instancePath: instancePath + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/input_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.turns.items.properties.usage.properties.input_tokens.type, parentSchema: schema17.properties.turns.items.properties.usage.properties.input_tokens, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                  if (typeof data10 == "number" && isFinite(data10)) {
                    if (data10 > 1e9 || isNaN(data10)) {
                      const err18 = { instancePath: instancePath + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/input_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema17.properties.turns.items.properties.usage.properties.input_tokens, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data10 < 0 || isNaN(data10)) {
                      const err19 = { instancePath: instancePath + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.turns.items.properties.usage.properties.input_tokens, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                }
                if (data9.output_tokens !== void 0) {
                  let data11 = data9.output_tokens;
                  if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                    const err20 = { instancePath: instancePath + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/output_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.turns.items.properties.usage.properties.output_tokens.type, parentSchema: schema17.properties.turns.items.properties.usage.properties.output_tokens, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (typeof data11 == "number" && isFinite(data11)) {
                    if (data11 > 1e9 || isNaN(data11)) {
                      const err21 = { instancePath: instancePath + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/output_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema17.properties.turns.items.properties.usage.properties.output_tokens, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data11 < 0 || isNaN(data11)) {
                      const err22 = { instancePath: instancePath + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/turns/items/properties/usage/properties/output_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.turns.items.properties.usage.properties.output_tokens, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/turns/" + i0 + "/usage", schemaPath: "#/properties/turns/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.turns.items.properties.usage.type, parentSchema: schema17.properties.turns.items.properties.usage, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data2.stop !== void 0) {
              let data12 = data2.stop;
              if (!(data12 === "end" || data12 === "tool_use" || data12 === "max_tokens")) {
                const err24 = { instancePath: instancePath + "/turns/" + i0 + "/stop", schemaPath: "#/properties/turns/items/properties/stop/enum", keyword: "enum", params: { allowedValues: schema17.properties.turns.items.properties.stop.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.turns.items.properties.stop.enum, parentSchema: schema17.properties.turns.items.properties.stop, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data2.error !== void 0) {
              let data13 = data2.error;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.kind === void 0) {
                  const err25 = { instancePath: instancePath + "/turns/" + i0 + "/error", schemaPath: "#/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.properties.turns.items.properties.error.required, parentSchema: schema17.properties.turns.items.properties.error, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data13.message === void 0) {
                  const err26 = { instancePath: instancePath + "/turns/" + i0 + "/error", schemaPath: "#/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema17.properties.turns.items.properties.error.required, parentSchema: schema17.properties.turns.items.properties.error, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key4 in data13) {
                  if (!(key4 === "kind" || key4 === "message")) {
                    const err27 = { instancePath: instancePath + "/turns/" + i0 + "/error", schemaPath: "#/properties/turns/items/properties/error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.turns.items.properties.error, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data13.kind !== void 0) {
                  let data14 = data13.kind;
                  if (!(data14 === "auth" || data14 === "model" || data14 === "unreachable" || data14 === "rate_limit" || data14 === "server" || data14 === "bad_response")) {
                    const err28 = { instancePath: instancePath + "/turns/" + i0 + "/error/kind", schemaPath: "#/properties/turns/items/properties/error/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.turns.items.properties.error.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.turns.items.properties.error.properties.kind.enum, parentSchema: schema17.properties.turns.items.properties.error.properties.kind, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data13.message !== void 0) {
                  let data15 = data13.message;
                  if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                      const err29 = { instancePath: instancePath + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/turns/items/properties/error/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.turns.items.properties.error.properties.message, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/turns/items/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.turns.items.properties.error.properties.message.type, parentSchema: schema17.properties.turns.items.properties.error.properties.message, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/turns/" + i0 + "/error", schemaPath: "#/properties/turns/items/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.turns.items.properties.error.type, parentSchema: schema17.properties.turns.items.properties.error, data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/turns/" + i0, schemaPath: "#/properties/turns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.turns.items.type, parentSchema: schema17.properties.turns.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/turns", schemaPath: "#/properties/turns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.turns.type, parentSchema: schema17.properties.turns, data: data1 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var nodeScripts = validate15;
var schema18 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw scripted models, one per node", "type": "object", "additionalProperties": false, "required": ["nodes"], "properties": { "nodes": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z][a-z0-9-]{0,47}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["turns"], "properties": { "model": { "type": "string", "minLength": 1, "description": "Model name the turns report. Default `scripted`." }, "turns": { "type": "array", "minItems": 1, "description": "Model turns, replayed one per call.", "items": { "type": "object", "additionalProperties": false, "properties": { "content": { "type": "string", "description": "The model's text." }, "tool_calls": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Call id; made up when absent." }, "name": { "type": "string", "minLength": 1 }, "arguments": { "type": ["object", "string"], "description": "Arguments as a mapping, or as raw JSON text (to replay malformed arguments)." } } } }, "usage": { "type": "object", "additionalProperties": false, "properties": { "input_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 }, "output_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 } } }, "stop": { "enum": ["end", "tool_use", "max_tokens"], "description": "Default: tool_use with tool calls, else end." }, "error": { "type": "object", "additionalProperties": false, "required": ["kind", "message"], "description": "Fail this call with a ProviderError instead of answering.", "properties": { "kind": { "enum": ["auth", "model", "unreachable", "rate_limit", "server", "bad_response"] }, "message": { "type": "string", "minLength": 1 } } } } } } } }, "description": "Scripted turns per agent node id." } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodes === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data0 = data.nodes;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema18.properties.nodes, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err3 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,47}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,47}$"', schema: "^[a-z][a-z0-9-]{0,47}$", parentSchema: schema18.properties.nodes.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err4 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.properties.nodes.propertyNames, parentSchema: schema18.properties.nodes, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.turns === void 0) {
              const err5 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodes/additionalProperties/required", keyword: "required", params: { missingProperty: "turns" }, message: "must have required property 'turns'", schema: schema18.properties.nodes.additionalProperties.required, parentSchema: schema18.properties.nodes.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(key3 === "model" || key3 === "turns")) {
                const err6 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.nodes.additionalProperties, data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.model !== void 0) {
              let data2 = data1.model;
              if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                  const err7 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/properties/nodes/additionalProperties/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.nodes.additionalProperties.properties.model, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/properties/nodes/additionalProperties/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodes.additionalProperties.properties.model.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.model, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.turns !== void 0) {
              let data3 = data1.turns;
              if (Array.isArray(data3)) {
                if (data3.length < 1) {
                  const err9 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data4 = data3[i0];
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key4 in data4) {
                      if (!(key4 === "content" || key4 === "tool_calls" || key4 === "usage" || key4 === "stop" || key4 === "error")) {
                        const err10 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0, schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    if (data4.content !== void 0) {
                      let data5 = data4.content;
                      if (typeof data5 !== "string") {
                        const err11 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/content", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.content.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.content, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                    if (data4.tool_calls !== void 0) {
                      let data6 = data4.tool_calls;
                      if (Array.isArray(data6)) {
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data7 = data6[i1];
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            if (data7.name === void 0) {
                              const err12 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.required, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items, data: data7 };
                              if (vErrors === null) {
                                vErrors = [err12];
                              } else {
                                vErrors.push(err12);
                              }
                              errors++;
                            }
                            for (const key5 in data7) {
                              if (!(key5 === "id" || key5 === "name" || key5 === "arguments")) {
                                const err13 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items, data: data7 };
                                if (vErrors === null) {
                                  vErrors = [err13];
                                } else {
                                  vErrors.push(err13);
                                }
                                errors++;
                              }
                            }
                            if (data7.id !== void 0) {
                              let data8 = data7.id;
                              if (typeof data8 === "string") {
                                if (func3(data8) < 1) {
                                  const err14 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.id, data: data8 };
                                  if (vErrors === null) {
                                    vErrors = [err14];
                                  } else {
                                    vErrors.push(err14);
                                  }
                                  errors++;
                                }
                              } else {
                                const err15 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.id.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.id, data: data8 };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                            }
                            if (data7.name !== void 0) {
                              let data9 = data7.name;
                              if (typeof data9 === "string") {
                                if (func3(data9) < 1) {
                                  const err16 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.name, data: data9 };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                }
                              } else {
                                const err17 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.name.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.name, data: data9 };
                                if (vErrors === null) {
                                  vErrors = [err17];
                                } else {
                                  vErrors.push(err17);
                                }
                                errors++;
                              }
                            }
                            if (data7.arguments !== void 0) {
                              let data10 = data7.arguments;
                              if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && typeof data10 !== "string") {
                                const err18 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/arguments", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/properties/arguments/type", keyword: "type", params: { type: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.arguments.type }, message: "must be object,string", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.arguments.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.properties.arguments, data: data10 };
                                if (vErrors === null) {
                                  vErrors = [err18];
                                } else {
                                  vErrors.push(err18);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err19 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.items, data: data7 };
                            if (vErrors === null) {
                              vErrors = [err19];
                            } else {
                              vErrors.push(err19);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err20 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/tool_calls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.tool_calls, data: data6 };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data4.usage !== void 0) {
                      let data11 = data4.usage;
                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        for (const key6 in data11) {
                          if (!(key6 === "input_tokens" || key6 === "output_tokens")) {
                            const err21 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage, data: data11 };
                            if (vErrors === null) {
                              vErrors = [err21];
                            } else {
                              vErrors.push(err21);
                            }
                            errors++;
                          }
                        }
                        if (data11.input_tokens !== void 0) {
                          let data12 = data11.input_tokens;
                          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                            const err22 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/input_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.input_tokens.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.input_tokens, data: data12 };
                            if (vErrors === null) {
                              vErrors = [err22];
                            } else {
                              vErrors.push(err22);
                            }
                            errors++;
                          }
                          if (typeof data12 == "number" && isFinite(data12)) {
                            if (data12 > 1e9 || isNaN(data12)) {
                              const err23 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/input_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.input_tokens, data: data12 };
                              if (vErrors === null) {
                                vErrors = [err23];
                              } else {
                                vErrors.push(err23);
                              }
                              errors++;
                            }
                            if (data12 < 0 || isNaN(data12)) {
                              const err24 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.input_tokens, data: data12 };
                              if (vErrors === null) {
                                vErrors = [err24];
                              } else {
                                vErrors.push(err24);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data11.output_tokens !== void 0) {
                          let data13 = data11.output_tokens;
                          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                            const err25 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/output_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.output_tokens.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.output_tokens, data: data13 };
                            if (vErrors === null) {
                              vErrors = [err25];
                            } else {
                              vErrors.push(err25);
                            }
                            errors++;
                          }
                          if (typeof data13 == "number" && isFinite(data13)) {
                            if (data13 > 1e9 || isNaN(data13)) {
                              const err26 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/output_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.output_tokens, data: data13 };
                              if (vErrors === null) {
                                vErrors = [err26];
                              } else {
                                vErrors.push(err26);
                              }
                              errors++;
                            }
                            if (data13 < 0 || isNaN(data13)) {
                              const err27 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/properties/output_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.properties.output_tokens, data: data13 };
                              if (vErrors === null) {
                                vErrors = [err27];
                              } else {
                                vErrors.push(err27);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err28 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.usage, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                    if (data4.stop !== void 0) {
                      let data14 = data4.stop;
                      if (!(data14 === "end" || data14 === "tool_use" || data14 === "max_tokens")) {
                        const err29 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/stop", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/stop/enum", keyword: "enum", params: { allowedValues: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.stop.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.stop.enum, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.stop, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                    if (data4.error !== void 0) {
                      let data15 = data4.error;
                      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        if (data15.kind === void 0) {
                          const err30 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.required, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error, data: data15 };
                          if (vErrors === null) {
                            vErrors = [err30];
                          } else {
                            vErrors.push(err30);
                          }
                          errors++;
                        }
                        if (data15.message === void 0) {
                          const err31 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.required, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error, data: data15 };
                          if (vErrors === null) {
                            vErrors = [err31];
                          } else {
                            vErrors.push(err31);
                          }
                          errors++;
                        }
                        for (const key7 in data15) {
                          if (!(key7 === "kind" || key7 === "message")) {
                            const err32 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error, data: data15 };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                          }
                        }
                        if (data15.kind !== void 0) {
                          let data16 = data15.kind;
                          if (!(data16 === "auth" || data16 === "model" || data16 === "unreachable" || data16 === "rate_limit" || data16 === "server" || data16 === "bad_response")) {
                            const err33 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/kind", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/properties/kind/enum", keyword: "enum", params: { allowedValues: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.kind.enum, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.kind, data: data16 };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                        if (data15.message !== void 0) {
                          let data17 = data15.message;
                          if (typeof data17 === "string") {
                            if (func3(data17) < 1) {
                              const err34 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.message, data: data17 };
                              if (vErrors === null) {
                                vErrors = [err34];
                              } else {
                                vErrors.push(err34);
                              }
                              errors++;
                            }
                          } else {
                            const err35 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.message.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.properties.message, data: data17 };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err36 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items.properties.error, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0, schemaPath: "#/properties/nodes/additionalProperties/properties/turns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.additionalProperties.properties.turns.items.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns.items, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns", schemaPath: "#/properties/nodes/additionalProperties/properties/turns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.nodes.additionalProperties.properties.turns.type, parentSchema: schema18.properties.nodes.additionalProperties.properties.turns, data: data3 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.additionalProperties.type, parentSchema: schema18.properties.nodes.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodes.type, parentSchema: schema18.properties.nodes, data: data0 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var blueprintTest = validate16;
var schema19 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw blueprint test", "type": "object", "additionalProperties": false, "required": ["blueprint", "fixture", "expect"], "properties": { "description": { "type": "string" }, "blueprint": { "type": "string", "minLength": 1, "description": "Path of the blueprint under test, relative to this file." }, "fixture": { "type": "string", "minLength": 1, "description": "Directory with the repository the run starts from, relative to this file." }, "issue": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "number": { "type": "integer", "minimum": 1 }, "title": { "type": "string", "minLength": 1 }, "body": { "type": "string" } } }, "models": { "type": "object", "description": "Scripted model turns per agent node id: a script file relative to this file, or the script inline.", "additionalProperties": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["turns"], "properties": { "model": { "type": "string", "minLength": 1, "description": "Model name the turns report. Default `scripted`." }, "turns": { "type": "array", "minItems": 1, "description": "Model turns, replayed one per call.", "items": { "type": "object", "additionalProperties": false, "properties": { "content": { "type": "string", "description": "The model's text." }, "tool_calls": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Call id; made up when absent." }, "name": { "type": "string", "minLength": 1 }, "arguments": { "type": ["object", "string"], "description": "Arguments as a mapping, or as raw JSON text (to replay malformed arguments)." } } } }, "usage": { "type": "object", "additionalProperties": false, "properties": { "input_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 }, "output_tokens": { "type": "integer", "minimum": 0, "maximum": 1e9 } } }, "stop": { "enum": ["end", "tool_use", "max_tokens"], "description": "Default: tool_use with tool calls, else end." }, "error": { "type": "object", "additionalProperties": false, "required": ["kind", "message"], "description": "Fail this call with a ProviderError instead of answering.", "properties": { "kind": { "enum": ["auth", "model", "unreachable", "rate_limit", "server", "bad_response"] }, "message": { "type": "string", "minLength": 1 } } } } } } } }] } }, "stages": { "type": "array", "description": "No longer used: the compiled workflow decides what runs." }, "skip": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Deterministic nodes whose command is replaced by `true`." }, "forges": { "type": "array", "uniqueItems": true, "minItems": 1, "items": { "enum": ["github", "forgejo"] }, "description": "Forges to run on. Default the config's forges." }, "events": { "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["label"], "properties": { "label": { "type": "string", "minLength": 1 }, "as": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "description": "Who does it. Default the repository's owner, `you`." }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } }, { "type": "object", "additionalProperties": false, "required": ["comment"], "properties": { "comment": { "type": "string", "minLength": 1 }, "on": { "enum": ["issue", "pull"] }, "as": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "description": "Who does it. Default the repository's owner, `you`." }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } }, { "type": "object", "additionalProperties": false, "required": ["review"], "properties": { "review": { "type": "object", "additionalProperties": false, "required": ["event"], "properties": { "event": { "enum": ["approve", "request_changes", "comment"] }, "body": { "type": "string" }, "comments": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path", "line", "body"], "properties": { "path": { "type": "string", "minLength": 1 }, "line": { "type": "integer", "minimum": 1 }, "body": { "type": "string", "minLength": 1 } } } } } }, "as": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "description": "Who does it. Default the repository's owner, `you`." }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } }, { "type": "object", "additionalProperties": false, "required": ["merge"], "properties": { "merge": { "enum": ["merge", "squash"] }, "as": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "description": "Who does it. Default the repository's owner, `you`." }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } }, { "type": "object", "additionalProperties": false, "required": ["status"], "properties": { "status": { "type": "object", "additionalProperties": false, "required": ["state"], "properties": { "state": { "enum": ["success", "failure", "pending"] }, "context": { "type": "string", "minLength": 1 }, "description": { "type": "string" } } }, "as": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "description": "Who does it. Default the repository's owner, `you`." }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } }] } }, "expect": { "type": "object", "additionalProperties": false, "properties": { "outcome": { "enum": ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"], "description": "Where the run stands. Default pull-request (after the last event)." }, "escalation": { "type": "string", "minLength": 1, "description": "Text the escalation reason must contain." }, "changed": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Exactly the files the run's branch changes." }, "files": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "contains": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "equals": { "type": "string" }, "absent": { "const": true } } } }, "nodes": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "status": { "enum": ["done", "failed"] }, "output": { "type": "string" }, "result": { "type": "object" } } } }, "turns": { "type": "integer", "minimum": 0, "description": "Model turns spent by all agents together, over every run so far." }, "tracking": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }], "description": "Text the tracking comment contains." } } } } };
var pattern49 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.blueprint === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blueprint" }, message: "must have required property 'blueprint'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fixture === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fixture" }, message: "must have required property 'fixture'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expect === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.description.type, parentSchema: schema19.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.blueprint !== void 0) {
      let data1 = data.blueprint;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/blueprint", schemaPath: "#/properties/blueprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.blueprint, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/blueprint", schemaPath: "#/properties/blueprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.blueprint.type, parentSchema: schema19.properties.blueprint, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fixture !== void 0) {
      let data2 = data.fixture;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err7 = { instancePath: instancePath + "/fixture", schemaPath: "#/properties/fixture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.fixture, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/fixture", schemaPath: "#/properties/fixture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.fixture.type, parentSchema: schema19.properties.fixture, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data3 = data.issue;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.title === void 0) {
          const err9 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema19.properties.issue.required, parentSchema: schema19.properties.issue, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "number" || key1 === "title" || key1 === "body")) {
            const err10 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.issue, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.number !== void 0) {
          let data4 = data3.number;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err11 = { instancePath: instancePath + "/issue/number", schemaPath: "#/properties/issue/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.issue.properties.number.type, parentSchema: schema19.properties.issue.properties.number, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err12 = { instancePath: instancePath + "/issue/number", schemaPath: "#/properties/issue/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.issue.properties.number, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
        if (data3.title !== void 0) {
          let data5 = data3.title;
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err13 = { instancePath: instancePath + "/issue/title", schemaPath: "#/properties/issue/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.issue.properties.title, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/issue/title", schemaPath: "#/properties/issue/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.issue.properties.title.type, parentSchema: schema19.properties.issue.properties.title, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.body !== void 0) {
          let data6 = data3.body;
          if (typeof data6 !== "string") {
            const err15 = { instancePath: instancePath + "/issue/body", schemaPath: "#/properties/issue/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.issue.properties.body.type, parentSchema: schema19.properties.issue.properties.body, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.issue.type, parentSchema: schema19.properties.issue, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data7 = data.models;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          let data8 = data7[key2];
          const _errs21 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs22 = errors;
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err17 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[0], data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[0].type, parentSchema: schema19.properties.models.additionalProperties.oneOf[0], data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid0 = _errs22 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs24 = errors;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.turns === void 0) {
              const err19 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "turns" }, message: "must have required property 'turns'", schema: schema19.properties.models.additionalProperties.oneOf[1].required, parentSchema: schema19.properties.models.additionalProperties.oneOf[1], data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "model" || key3 === "turns")) {
                const err20 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.models.additionalProperties.oneOf[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.model !== void 0) {
              let data9 = data8.model;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err21 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.model, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.model.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.model, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.turns !== void 0) {
              let data10 = data8.turns;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err23 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    for (const key4 in data11) {
                      if (!(key4 === "content" || key4 === "tool_calls" || key4 === "usage" || key4 === "stop" || key4 === "error")) {
                        const err24 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0, schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                    if (data11.content !== void 0) {
                      let data12 = data11.content;
                      if (typeof data12 !== "string") {
                        const err25 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/content", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.content.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.content, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data11.tool_calls !== void 0) {
                      let data13 = data11.tool_calls;
                      if (Array.isArray(data13)) {
                        const len1 = data13.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data14 = data13[i1];
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            if (data14.name === void 0) {
                              const err26 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.required, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items, data: data14 };
                              if (vErrors === null) {
                                vErrors = [err26];
                              } else {
                                vErrors.push(err26);
                              }
                              errors++;
                            }
                            for (const key5 in data14) {
                              if (!(key5 === "id" || key5 === "name" || key5 === "arguments")) {
                                const err27 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items, data: data14 };
                                if (vErrors === null) {
                                  vErrors = [err27];
                                } else {
                                  vErrors.push(err27);
                                }
                                errors++;
                              }
                            }
                            if (data14.id !== void 0) {
                              let data15 = data14.id;
                              if (typeof data15 === "string") {
                                if (func3(data15) < 1) {
                                  const err28 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.id, data: data15 };
                                  if (vErrors === null) {
                                    vErrors = [err28];
                                  } else {
                                    vErrors.push(err28);
                                  }
                                  errors++;
                                }
                              } else {
                                const err29 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/id", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.id.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.id, data: data15 };
                                if (vErrors === null) {
                                  vErrors = [err29];
                                } else {
                                  vErrors.push(err29);
                                }
                                errors++;
                              }
                            }
                            if (data14.name !== void 0) {
                              let data16 = data14.name;
                              if (typeof data16 === "string") {
                                if (func3(data16) < 1) {
                                  const err30 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.name, data: data16 };
                                  if (vErrors === null) {
                                    vErrors = [err30];
                                  } else {
                                    vErrors.push(err30);
                                  }
                                  errors++;
                                }
                              } else {
                                const err31 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/name", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.name.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.name, data: data16 };
                                if (vErrors === null) {
                                  vErrors = [err31];
                                } else {
                                  vErrors.push(err31);
                                }
                                errors++;
                              }
                            }
                            if (data14.arguments !== void 0) {
                              let data17 = data14.arguments;
                              if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && typeof data17 !== "string") {
                                const err32 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1 + "/arguments", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/properties/arguments/type", keyword: "type", params: { type: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.arguments.type }, message: "must be object,string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.arguments.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.properties.arguments, data: data17 };
                                if (vErrors === null) {
                                  vErrors = [err32];
                                } else {
                                  vErrors.push(err32);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err33 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls/" + i1, schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.items, data: data14 };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/tool_calls", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/tool_calls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.tool_calls, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data11.usage !== void 0) {
                      let data18 = data11.usage;
                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                        for (const key6 in data18) {
                          if (!(key6 === "input_tokens" || key6 === "output_tokens")) {
                            const err35 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage, data: data18 };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data18.input_tokens !== void 0) {
                          let data19 = data18.input_tokens;
                          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                            const err36 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/input_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.input_tokens.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.input_tokens, data: data19 };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                          if (typeof data19 == "number" && isFinite(data19)) {
                            if (data19 > 1e9 || isNaN(data19)) {
                              const err37 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/input_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.input_tokens, data: data19 };
                              if (vErrors === null) {
                                vErrors = [err37];
                              } else {
                                vErrors.push(err37);
                              }
                              errors++;
                            }
                            if (data19 < 0 || isNaN(data19)) {
                              const err38 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/input_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.input_tokens, data: data19 };
                              if (vErrors === null) {
                                vErrors = [err38];
                              } else {
                                vErrors.push(err38);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data18.output_tokens !== void 0) {
                          let data20 = data18.output_tokens;
                          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                            const err39 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/output_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.output_tokens.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.output_tokens, data: data20 };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                          if (typeof data20 == "number" && isFinite(data20)) {
                            if (data20 > 1e9 || isNaN(data20)) {
                              const err40 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/output_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.output_tokens, data: data20 };
                              if (vErrors === null) {
                                vErrors = [err40];
                              } else {
                                vErrors.push(err40);
                              }
                              errors++;
                            }
                            if (data20 < 0 || isNaN(data20)) {
                              const err41 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage/output_tokens", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/properties/output_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.properties.output_tokens, data: data20 };
                              if (vErrors === null) {
                                vErrors = [err41];
                              } else {
                                vErrors.push(err41);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/usage", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.usage, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data11.stop !== void 0) {
                      let data21 = data11.stop;
                      if (!(data21 === "end" || data21 === "tool_use" || data21 === "max_tokens")) {
                        const err43 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/stop", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/stop/enum", keyword: "enum", params: { allowedValues: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.stop.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.stop.enum, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.stop, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data11.error !== void 0) {
                      let data22 = data11.error;
                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.kind === void 0) {
                          const err44 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.required, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        if (data22.message === void 0) {
                          const err45 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.required, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        for (const key7 in data22) {
                          if (!(key7 === "kind" || key7 === "message")) {
                            const err46 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                        if (data22.kind !== void 0) {
                          let data23 = data22.kind;
                          if (!(data23 === "auth" || data23 === "model" || data23 === "unreachable" || data23 === "rate_limit" || data23 === "server" || data23 === "bad_response")) {
                            const err47 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/kind", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/properties/kind/enum", keyword: "enum", params: { allowedValues: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.kind.enum, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.kind, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                        if (data22.message !== void 0) {
                          let data24 = data22.message;
                          if (typeof data24 === "string") {
                            if (func3(data24) < 1) {
                              const err48 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.message, data: data24 };
                              if (vErrors === null) {
                                vErrors = [err48];
                              } else {
                                vErrors.push(err48);
                              }
                              errors++;
                            }
                          } else {
                            const err49 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error/message", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.message.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.properties.message, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err50 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0 + "/error", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.properties.error, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns/" + i0, schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/turns", schemaPath: "#/properties/models/additionalProperties/oneOf/1/properties/turns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns.type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1].properties.turns, data: data10 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.additionalProperties.oneOf[1].type, parentSchema: schema19.properties.models.additionalProperties.oneOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
          }
          if (!valid3) {
            const err54 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.models.additionalProperties.oneOf, parentSchema: schema19.properties.models.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs21;
            if (vErrors !== null) {
              if (_errs21) {
                vErrors.length = _errs21;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.models.type, parentSchema: schema19.properties.models, data: data7 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data25 = data.stages;
      if (!Array.isArray(data25)) {
        const err56 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.stages.type, parentSchema: schema19.properties.stages, data: data25 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.skip !== void 0) {
      let data26 = data.skip;
      if (Array.isArray(data26)) {
        const len2 = data26.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data27 = data26[i2];
          if (typeof data27 === "string") {
            if (func3(data27) < 1) {
              const err57 = { instancePath: instancePath + "/skip/" + i2, schemaPath: "#/properties/skip/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.skip.items, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/skip/" + i2, schemaPath: "#/properties/skip/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.skip.items.type, parentSchema: schema19.properties.skip.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        let i3 = data26.length;
        let j0;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data26[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err59 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema19.properties.skip, data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.skip.type, parentSchema: schema19.properties.skip, data: data26 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.forges !== void 0) {
      let data28 = data.forges;
      if (Array.isArray(data28)) {
        if (data28.length < 1) {
          const err61 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.forges, data: data28 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        const len3 = data28.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data29 = data28[i4];
          if (!(data29 === "github" || data29 === "forgejo")) {
            const err62 = { instancePath: instancePath + "/forges/" + i4, schemaPath: "#/properties/forges/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.forges.items.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.forges.items.enum, parentSchema: schema19.properties.forges.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        let i5 = data28.length;
        let j1;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j1 = i5; j1--; ) {
              if (func0(data28[i5], data28[j1])) {
                const err63 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema19.properties.forges, data: data28 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/forges", schemaPath: "#/properties/forges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.forges.type, parentSchema: schema19.properties.forges, data: data28 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data30 = data.events;
      if (Array.isArray(data30)) {
        if (data30.length < 1) {
          const err65 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.events, data: data30 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        const len4 = data30.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data31 = data30[i6];
          const _errs73 = errors;
          let valid21 = false;
          let passing1 = null;
          const _errs74 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.label === void 0) {
              const err66 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/0/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema19.properties.events.items.oneOf[0].required, parentSchema: schema19.properties.events.items.oneOf[0], data: data31 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            for (const key8 in data31) {
              if (!(key8 === "label" || key8 === "as" || key8 === "expect")) {
                const err67 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[0], data: data31 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data31.label !== void 0) {
              let data32 = data31.label;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err68 = { instancePath: instancePath + "/events/" + i6 + "/label", schemaPath: "#/properties/events/items/oneOf/0/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.label, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = { instancePath: instancePath + "/events/" + i6 + "/label", schemaPath: "#/properties/events/items/oneOf/0/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.label.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.label, data: data32 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data31.as !== void 0) {
              let data33 = data31.as;
              if (typeof data33 === "string") {
                if (!pattern49.test(data33)) {
                  const err70 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/0/properties/as/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema19.properties.events.items.oneOf[0].properties.as, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/0/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.as.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.as, data: data33 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data31.expect !== void 0) {
              let data34 = data31.expect;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key9 in data34) {
                  if (!(key9 === "outcome" || key9 === "escalation" || key9 === "changed" || key9 === "files" || key9 === "nodes" || key9 === "turns" || key9 === "tracking")) {
                    const err72 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data34.outcome !== void 0) {
                  let data35 = data34.outcome;
                  if (!(data35 === "pull-request" || data35 === "no-changes" || data35 === "escalated" || data35 === "awaiting-approval" || data35 === "merged" || data35 === "closed")) {
                    const err73 = { instancePath: instancePath + "/events/" + i6 + "/expect/outcome", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[0].properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.outcome.enum, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.outcome, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data34.escalation !== void 0) {
                  let data36 = data34.escalation;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err74 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.escalation, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.escalation.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.escalation, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data34.changed !== void 0) {
                  let data37 = data34.changed;
                  if (Array.isArray(data37)) {
                    const len5 = data37.length;
                    for (let i7 = 0; i7 < len5; i7++) {
                      let data38 = data37[i7];
                      if (typeof data38 === "string") {
                        if (func3(data38) < 1) {
                          const err76 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i7, schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed.items, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i7, schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed.items.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed.items, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    let i8 = data37.length;
                    let j2;
                    if (i8 > 1) {
                      const indices1 = {};
                      for (; i8--; ) {
                        let item1 = data37[i8];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j2 = indices1[item1];
                          const err78 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: true, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed, data: data37 };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i8;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.changed, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data34.files !== void 0) {
                  let data39 = data34.files;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    for (const key10 in data39) {
                      let data40 = data39[key10];
                      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                        if (Object.keys(data40).length < 1) {
                          const err80 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                        for (const key11 in data40) {
                          if (!(key11 === "contains" || key11 === "equals" || key11 === "absent")) {
                            const err81 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        if (data40.contains !== void 0) {
                          let data41 = data40.contains;
                          const _errs98 = errors;
                          let valid29 = false;
                          let passing2 = null;
                          const _errs99 = errors;
                          if (typeof data41 !== "string") {
                            const err82 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data41 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                          var _valid2 = _errs99 === errors;
                          if (_valid2) {
                            valid29 = true;
                            passing2 = 0;
                          }
                          const _errs101 = errors;
                          if (Array.isArray(data41)) {
                            const len6 = data41.length;
                            for (let i9 = 0; i9 < len6; i9++) {
                              let data42 = data41[i9];
                              if (typeof data42 !== "string") {
                                const err83 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i9, schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data42 };
                                if (vErrors === null) {
                                  vErrors = [err83];
                                } else {
                                  vErrors.push(err83);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err84 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data41 };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                          var _valid2 = _errs101 === errors;
                          if (_valid2 && valid29) {
                            valid29 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid2) {
                              valid29 = true;
                              passing2 = 1;
                            }
                          }
                          if (!valid29) {
                            const err85 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.contains, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          } else {
                            errors = _errs98;
                            if (vErrors !== null) {
                              if (_errs98) {
                                vErrors.length = _errs98;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data40.equals !== void 0) {
                          let data43 = data40.equals;
                          if (typeof data43 !== "string") {
                            const err86 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.equals, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                        }
                        if (data40.absent !== void 0) {
                          let data44 = data40.absent;
                          if (true !== data44) {
                            const err87 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.properties.absent, data: data44 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.additionalProperties, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/events/" + i6 + "/expect/files", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.files, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data34.nodes !== void 0) {
                  let data45 = data34.nodes;
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    for (const key12 in data45) {
                      let data46 = data45[key12];
                      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                        if (Object.keys(data46).length < 1) {
                          const err90 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                        for (const key13 in data46) {
                          if (!(key13 === "status" || key13 === "output" || key13 === "result")) {
                            const err91 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                        }
                        if (data46.status !== void 0) {
                          let data47 = data46.status;
                          if (!(data47 === "done" || data47 === "failed")) {
                            const err92 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.status, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err92];
                            } else {
                              vErrors.push(err92);
                            }
                            errors++;
                          }
                        }
                        if (data46.output !== void 0) {
                          let data48 = data46.output;
                          if (typeof data48 !== "string") {
                            const err93 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.output, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err93];
                            } else {
                              vErrors.push(err93);
                            }
                            errors++;
                          }
                        }
                        if (data46.result !== void 0) {
                          let data49 = data46.result;
                          if (!(data49 && typeof data49 == "object" && !Array.isArray(data49))) {
                            const err94 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.properties.result, data: data49 };
                            if (vErrors === null) {
                              vErrors = [err94];
                            } else {
                              vErrors.push(err94);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err95 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.additionalProperties, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.nodes, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data34.turns !== void 0) {
                  let data50 = data34.turns;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err97 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.turns.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.turns, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number" && isFinite(data50)) {
                    if (data50 < 0 || isNaN(data50)) {
                      const err98 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.turns, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  }
                }
                if (data34.tracking !== void 0) {
                  let data51 = data34.tracking;
                  const _errs122 = errors;
                  let valid34 = false;
                  let passing3 = null;
                  const _errs123 = errors;
                  if (typeof data51 === "string") {
                    if (func3(data51) < 1) {
                      const err99 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[0], data: data51 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[0], data: data51 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                  var _valid3 = _errs123 === errors;
                  if (_valid3) {
                    valid34 = true;
                    passing3 = 0;
                  }
                  const _errs125 = errors;
                  if (Array.isArray(data51)) {
                    const len7 = data51.length;
                    for (let i10 = 0; i10 < len7; i10++) {
                      let data52 = data51[i10];
                      if (typeof data52 === "string") {
                        if (func3(data52) < 1) {
                          const err101 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i10, schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[1].items, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      } else {
                        const err102 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i10, schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[1].items, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf[1], data: data51 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                  var _valid3 = _errs125 === errors;
                  if (_valid3 && valid34) {
                    valid34 = false;
                    passing3 = [passing3, 1];
                  } else {
                    if (_valid3) {
                      valid34 = true;
                      passing3 = 1;
                    }
                  }
                  if (!valid34) {
                    const err104 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect.properties.tracking, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  } else {
                    errors = _errs122;
                    if (vErrors !== null) {
                      if (_errs122) {
                        vErrors.length = _errs122;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/0/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].properties.expect.type, parentSchema: schema19.properties.events.items.oneOf[0].properties.expect, data: data34 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[0], data: data31 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          var _valid1 = _errs74 === errors;
          if (_valid1) {
            valid21 = true;
            passing1 = 0;
          }
          const _errs129 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.comment === void 0) {
              const err107 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/1/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema19.properties.events.items.oneOf[1].required, parentSchema: schema19.properties.events.items.oneOf[1], data: data31 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            for (const key14 in data31) {
              if (!(key14 === "comment" || key14 === "on" || key14 === "as" || key14 === "expect")) {
                const err108 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[1], data: data31 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data31.comment !== void 0) {
              let data53 = data31.comment;
              if (typeof data53 === "string") {
                if (func3(data53) < 1) {
                  const err109 = { instancePath: instancePath + "/events/" + i6 + "/comment", schemaPath: "#/properties/events/items/oneOf/1/properties/comment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.comment, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              } else {
                const err110 = { instancePath: instancePath + "/events/" + i6 + "/comment", schemaPath: "#/properties/events/items/oneOf/1/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.comment.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.comment, data: data53 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data31.on !== void 0) {
              let data54 = data31.on;
              if (!(data54 === "issue" || data54 === "pull")) {
                const err111 = { instancePath: instancePath + "/events/" + i6 + "/on", schemaPath: "#/properties/events/items/oneOf/1/properties/on/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[1].properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[1].properties.on.enum, parentSchema: schema19.properties.events.items.oneOf[1].properties.on, data: data54 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data31.as !== void 0) {
              let data55 = data31.as;
              if (typeof data55 === "string") {
                if (!pattern49.test(data55)) {
                  const err112 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/1/properties/as/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema19.properties.events.items.oneOf[1].properties.as, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/1/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.as.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.as, data: data55 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data31.expect !== void 0) {
              let data56 = data31.expect;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key15 in data56) {
                  if (!(key15 === "outcome" || key15 === "escalation" || key15 === "changed" || key15 === "files" || key15 === "nodes" || key15 === "turns" || key15 === "tracking")) {
                    const err114 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data56.outcome !== void 0) {
                  let data57 = data56.outcome;
                  if (!(data57 === "pull-request" || data57 === "no-changes" || data57 === "escalated" || data57 === "awaiting-approval" || data57 === "merged" || data57 === "closed")) {
                    const err115 = { instancePath: instancePath + "/events/" + i6 + "/expect/outcome", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[1].properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.outcome.enum, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.outcome, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data56.escalation !== void 0) {
                  let data58 = data56.escalation;
                  if (typeof data58 === "string") {
                    if (func3(data58) < 1) {
                      const err116 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.escalation, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.escalation.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.escalation, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data56.changed !== void 0) {
                  let data59 = data56.changed;
                  if (Array.isArray(data59)) {
                    const len8 = data59.length;
                    for (let i11 = 0; i11 < len8; i11++) {
                      let data60 = data59[i11];
                      if (typeof data60 === "string") {
                        if (func3(data60) < 1) {
                          const err118 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i11, schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed.items, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err118];
                          } else {
                            vErrors.push(err118);
                          }
                          errors++;
                        }
                      } else {
                        const err119 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i11, schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed.items.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                    let i12 = data59.length;
                    let j3;
                    if (i12 > 1) {
                      const indices2 = {};
                      for (; i12--; ) {
                        let item2 = data59[i12];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j3 = indices2[item2];
                          const err120 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i12 + " are identical)", schema: true, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed, data: data59 };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i12;
                      }
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.changed, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data56.files !== void 0) {
                  let data61 = data56.files;
                  if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                    for (const key16 in data61) {
                      let data62 = data61[key16];
                      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                        if (Object.keys(data62).length < 1) {
                          const err122 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                        for (const key17 in data62) {
                          if (!(key17 === "contains" || key17 === "equals" || key17 === "absent")) {
                            const err123 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties, data: data62 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                        if (data62.contains !== void 0) {
                          let data63 = data62.contains;
                          const _errs154 = errors;
                          let valid44 = false;
                          let passing4 = null;
                          const _errs155 = errors;
                          if (typeof data63 !== "string") {
                            const err124 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data63 };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                          var _valid4 = _errs155 === errors;
                          if (_valid4) {
                            valid44 = true;
                            passing4 = 0;
                          }
                          const _errs157 = errors;
                          if (Array.isArray(data63)) {
                            const len9 = data63.length;
                            for (let i13 = 0; i13 < len9; i13++) {
                              let data64 = data63[i13];
                              if (typeof data64 !== "string") {
                                const err125 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i13, schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data64 };
                                if (vErrors === null) {
                                  vErrors = [err125];
                                } else {
                                  vErrors.push(err125);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err126 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data63 };
                            if (vErrors === null) {
                              vErrors = [err126];
                            } else {
                              vErrors.push(err126);
                            }
                            errors++;
                          }
                          var _valid4 = _errs157 === errors;
                          if (_valid4 && valid44) {
                            valid44 = false;
                            passing4 = [passing4, 1];
                          } else {
                            if (_valid4) {
                              valid44 = true;
                              passing4 = 1;
                            }
                          }
                          if (!valid44) {
                            const err127 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.contains, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err127];
                            } else {
                              vErrors.push(err127);
                            }
                            errors++;
                          } else {
                            errors = _errs154;
                            if (vErrors !== null) {
                              if (_errs154) {
                                vErrors.length = _errs154;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data62.equals !== void 0) {
                          let data65 = data62.equals;
                          if (typeof data65 !== "string") {
                            const err128 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.equals, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                        if (data62.absent !== void 0) {
                          let data66 = data62.absent;
                          if (true !== data66) {
                            const err129 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.properties.absent, data: data66 };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err130 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.additionalProperties, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/events/" + i6 + "/expect/files", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.files, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data56.nodes !== void 0) {
                  let data67 = data56.nodes;
                  if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                    for (const key18 in data67) {
                      let data68 = data67[key18];
                      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                        if (Object.keys(data68).length < 1) {
                          const err132 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties, data: data68 };
                          if (vErrors === null) {
                            vErrors = [err132];
                          } else {
                            vErrors.push(err132);
                          }
                          errors++;
                        }
                        for (const key19 in data68) {
                          if (!(key19 === "status" || key19 === "output" || key19 === "result")) {
                            const err133 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                        }
                        if (data68.status !== void 0) {
                          let data69 = data68.status;
                          if (!(data69 === "done" || data69 === "failed")) {
                            const err134 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.status, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                        if (data68.output !== void 0) {
                          let data70 = data68.output;
                          if (typeof data70 !== "string") {
                            const err135 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.output, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                        }
                        if (data68.result !== void 0) {
                          let data71 = data68.result;
                          if (!(data71 && typeof data71 == "object" && !Array.isArray(data71))) {
                            const err136 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.properties.result, data: data71 };
                            if (vErrors === null) {
                              vErrors = [err136];
                            } else {
                              vErrors.push(err136);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err137 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.additionalProperties, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err137];
                        } else {
                          vErrors.push(err137);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.nodes, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data56.turns !== void 0) {
                  let data72 = data56.turns;
                  if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
                    const err139 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.turns.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.turns, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                  if (typeof data72 == "number" && isFinite(data72)) {
                    if (data72 < 0 || isNaN(data72)) {
                      const err140 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.turns, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                  }
                }
                if (data56.tracking !== void 0) {
                  let data73 = data56.tracking;
                  const _errs178 = errors;
                  let valid49 = false;
                  let passing5 = null;
                  const _errs179 = errors;
                  if (typeof data73 === "string") {
                    if (func3(data73) < 1) {
                      const err141 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[0], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[0], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                  var _valid5 = _errs179 === errors;
                  if (_valid5) {
                    valid49 = true;
                    passing5 = 0;
                  }
                  const _errs181 = errors;
                  if (Array.isArray(data73)) {
                    const len10 = data73.length;
                    for (let i14 = 0; i14 < len10; i14++) {
                      let data74 = data73[i14];
                      if (typeof data74 === "string") {
                        if (func3(data74) < 1) {
                          const err143 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i14, schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[1].items, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i14, schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[1].items, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err145 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf[1], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                  var _valid5 = _errs181 === errors;
                  if (_valid5 && valid49) {
                    valid49 = false;
                    passing5 = [passing5, 1];
                  } else {
                    if (_valid5) {
                      valid49 = true;
                      passing5 = 1;
                    }
                  }
                  if (!valid49) {
                    const err146 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect.properties.tracking, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  } else {
                    errors = _errs178;
                    if (vErrors !== null) {
                      if (_errs178) {
                        vErrors.length = _errs178;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err147 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/1/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].properties.expect.type, parentSchema: schema19.properties.events.items.oneOf[1].properties.expect, data: data56 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
          } else {
            const err148 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[1], data: data31 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
          var _valid1 = _errs129 === errors;
          if (_valid1 && valid21) {
            valid21 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid21 = true;
              passing1 = 1;
            }
            const _errs185 = errors;
            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
              if (data31.review === void 0) {
                const err149 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/2/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property 'review'", schema: schema19.properties.events.items.oneOf[2].required, parentSchema: schema19.properties.events.items.oneOf[2], data: data31 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
              for (const key20 in data31) {
                if (!(key20 === "review" || key20 === "as" || key20 === "expect")) {
                  const err150 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              }
              if (data31.review !== void 0) {
                let data75 = data31.review;
                if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                  if (data75.event === void 0) {
                    const err151 = { instancePath: instancePath + "/events/" + i6 + "/review", schemaPath: "#/properties/events/items/oneOf/2/properties/review/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema19.properties.events.items.oneOf[2].properties.review.required, parentSchema: schema19.properties.events.items.oneOf[2].properties.review, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                  for (const key21 in data75) {
                    if (!(key21 === "event" || key21 === "body" || key21 === "comments")) {
                      const err152 = { instancePath: instancePath + "/events/" + i6 + "/review", schemaPath: "#/properties/events/items/oneOf/2/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2].properties.review, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  }
                  if (data75.event !== void 0) {
                    let data76 = data75.event;
                    if (!(data76 === "approve" || data76 === "request_changes" || data76 === "comment")) {
                      const err153 = { instancePath: instancePath + "/events/" + i6 + "/review/event", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/event/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[2].properties.review.properties.event.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.event.enum, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.event, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err153];
                      } else {
                        vErrors.push(err153);
                      }
                      errors++;
                    }
                  }
                  if (data75.body !== void 0) {
                    let data77 = data75.body;
                    if (typeof data77 !== "string") {
                      const err154 = { instancePath: instancePath + "/events/" + i6 + "/review/body", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.body.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.body, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  }
                  if (data75.comments !== void 0) {
                    let data78 = data75.comments;
                    if (Array.isArray(data78)) {
                      const len11 = data78.length;
                      for (let i15 = 0; i15 < len11; i15++) {
                        let data79 = data78[i15];
                        if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                          if (data79.path === void 0) {
                            const err155 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15, schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.required, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                          if (data79.line === void 0) {
                            const err156 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15, schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.required, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                          if (data79.body === void 0) {
                            const err157 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15, schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.required, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err157];
                            } else {
                              vErrors.push(err157);
                            }
                            errors++;
                          }
                          for (const key22 in data79) {
                            if (!(key22 === "path" || key22 === "line" || key22 === "body")) {
                              const err158 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15, schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items, data: data79 };
                              if (vErrors === null) {
                                vErrors = [err158];
                              } else {
                                vErrors.push(err158);
                              }
                              errors++;
                            }
                          }
                          if (data79.path !== void 0) {
                            let data80 = data79.path;
                            if (typeof data80 === "string") {
                              if (func3(data80) < 1) {
                                const err159 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/path", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.path, data: data80 };
                                if (vErrors === null) {
                                  vErrors = [err159];
                                } else {
                                  vErrors.push(err159);
                                }
                                errors++;
                              }
                            } else {
                              const err160 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/path", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.path.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.path, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err160];
                              } else {
                                vErrors.push(err160);
                              }
                              errors++;
                            }
                          }
                          if (data79.line !== void 0) {
                            let data81 = data79.line;
                            if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
                              const err161 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/line", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.line.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.line, data: data81 };
                              if (vErrors === null) {
                                vErrors = [err161];
                              } else {
                                vErrors.push(err161);
                              }
                              errors++;
                            }
                            if (typeof data81 == "number" && isFinite(data81)) {
                              if (data81 < 1 || isNaN(data81)) {
                                const err162 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/line", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.line, data: data81 };
                                if (vErrors === null) {
                                  vErrors = [err162];
                                } else {
                                  vErrors.push(err162);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data79.body !== void 0) {
                            let data82 = data79.body;
                            if (typeof data82 === "string") {
                              if (func3(data82) < 1) {
                                const err163 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/body", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/body/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.body, data: data82 };
                                if (vErrors === null) {
                                  vErrors = [err163];
                                } else {
                                  vErrors.push(err163);
                                }
                                errors++;
                              }
                            } else {
                              const err164 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15 + "/body", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.body.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.properties.body, data: data82 };
                              if (vErrors === null) {
                                vErrors = [err164];
                              } else {
                                vErrors.push(err164);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err165 = { instancePath: instancePath + "/events/" + i6 + "/review/comments/" + i15, schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.items, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err165];
                          } else {
                            vErrors.push(err165);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err166 = { instancePath: instancePath + "/events/" + i6 + "/review/comments", schemaPath: "#/properties/events/items/oneOf/2/properties/review/properties/comments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review.properties.comments, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err167 = { instancePath: instancePath + "/events/" + i6 + "/review", schemaPath: "#/properties/events/items/oneOf/2/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.review.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.review, data: data75 };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
              if (data31.as !== void 0) {
                let data83 = data31.as;
                if (typeof data83 === "string") {
                  if (!pattern49.test(data83)) {
                    const err168 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/2/properties/as/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema19.properties.events.items.oneOf[2].properties.as, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                } else {
                  const err169 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/2/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.as.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.as, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              }
              if (data31.expect !== void 0) {
                let data84 = data31.expect;
                if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                  for (const key23 in data84) {
                    if (!(key23 === "outcome" || key23 === "escalation" || key23 === "changed" || key23 === "files" || key23 === "nodes" || key23 === "turns" || key23 === "tracking")) {
                      const err170 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  }
                  if (data84.outcome !== void 0) {
                    let data85 = data84.outcome;
                    if (!(data85 === "pull-request" || data85 === "no-changes" || data85 === "escalated" || data85 === "awaiting-approval" || data85 === "merged" || data85 === "closed")) {
                      const err171 = { instancePath: instancePath + "/events/" + i6 + "/expect/outcome", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[2].properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.outcome.enum, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.outcome, data: data85 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                  }
                  if (data84.escalation !== void 0) {
                    let data86 = data84.escalation;
                    if (typeof data86 === "string") {
                      if (func3(data86) < 1) {
                        const err172 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.escalation, data: data86 };
                        if (vErrors === null) {
                          vErrors = [err172];
                        } else {
                          vErrors.push(err172);
                        }
                        errors++;
                      }
                    } else {
                      const err173 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.escalation.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.escalation, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  }
                  if (data84.changed !== void 0) {
                    let data87 = data84.changed;
                    if (Array.isArray(data87)) {
                      const len12 = data87.length;
                      for (let i16 = 0; i16 < len12; i16++) {
                        let data88 = data87[i16];
                        if (typeof data88 === "string") {
                          if (func3(data88) < 1) {
                            const err174 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i16, schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed.items, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err174];
                            } else {
                              vErrors.push(err174);
                            }
                            errors++;
                          }
                        } else {
                          const err175 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i16, schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed.items.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed.items, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err175];
                          } else {
                            vErrors.push(err175);
                          }
                          errors++;
                        }
                      }
                      let i17 = data87.length;
                      let j4;
                      if (i17 > 1) {
                        const indices3 = {};
                        for (; i17--; ) {
                          let item3 = data87[i17];
                          if (typeof item3 !== "string") {
                            continue;
                          }
                          if (typeof indices3[item3] == "number") {
                            j4 = indices3[item3];
                            const err176 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i17 + " are identical)", schema: true, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed, data: data87 };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                            break;
                          }
                          indices3[item3] = i17;
                        }
                      }
                    } else {
                      const err177 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.changed, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                  }
                  if (data84.files !== void 0) {
                    let data89 = data84.files;
                    if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                      for (const key24 in data89) {
                        let data90 = data89[key24];
                        if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                          if (Object.keys(data90).length < 1) {
                            const err178 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties, data: data90 };
                            if (vErrors === null) {
                              vErrors = [err178];
                            } else {
                              vErrors.push(err178);
                            }
                            errors++;
                          }
                          for (const key25 in data90) {
                            if (!(key25 === "contains" || key25 === "equals" || key25 === "absent")) {
                              const err179 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties, data: data90 };
                              if (vErrors === null) {
                                vErrors = [err179];
                              } else {
                                vErrors.push(err179);
                              }
                              errors++;
                            }
                          }
                          if (data90.contains !== void 0) {
                            let data91 = data90.contains;
                            const _errs224 = errors;
                            let valid63 = false;
                            let passing6 = null;
                            const _errs225 = errors;
                            if (typeof data91 !== "string") {
                              const err180 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data91 };
                              if (vErrors === null) {
                                vErrors = [err180];
                              } else {
                                vErrors.push(err180);
                              }
                              errors++;
                            }
                            var _valid6 = _errs225 === errors;
                            if (_valid6) {
                              valid63 = true;
                              passing6 = 0;
                            }
                            const _errs227 = errors;
                            if (Array.isArray(data91)) {
                              const len13 = data91.length;
                              for (let i18 = 0; i18 < len13; i18++) {
                                let data92 = data91[i18];
                                if (typeof data92 !== "string") {
                                  const err181 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i18, schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data92 };
                                  if (vErrors === null) {
                                    vErrors = [err181];
                                  } else {
                                    vErrors.push(err181);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err182 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data91 };
                              if (vErrors === null) {
                                vErrors = [err182];
                              } else {
                                vErrors.push(err182);
                              }
                              errors++;
                            }
                            var _valid6 = _errs227 === errors;
                            if (_valid6 && valid63) {
                              valid63 = false;
                              passing6 = [passing6, 1];
                            } else {
                              if (_valid6) {
                                valid63 = true;
                                passing6 = 1;
                              }
                            }
                            if (!valid63) {
                              const err183 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.contains, data: data91 };
                              if (vErrors === null) {
                                vErrors = [err183];
                              } else {
                                vErrors.push(err183);
                              }
                              errors++;
                            } else {
                              errors = _errs224;
                              if (vErrors !== null) {
                                if (_errs224) {
                                  vErrors.length = _errs224;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                          if (data90.equals !== void 0) {
                            let data93 = data90.equals;
                            if (typeof data93 !== "string") {
                              const err184 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.equals, data: data93 };
                              if (vErrors === null) {
                                vErrors = [err184];
                              } else {
                                vErrors.push(err184);
                              }
                              errors++;
                            }
                          }
                          if (data90.absent !== void 0) {
                            let data94 = data90.absent;
                            if (true !== data94) {
                              const err185 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.properties.absent, data: data94 };
                              if (vErrors === null) {
                                vErrors = [err185];
                              } else {
                                vErrors.push(err185);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err186 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.additionalProperties, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err186];
                          } else {
                            vErrors.push(err186);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err187 = { instancePath: instancePath + "/events/" + i6 + "/expect/files", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.files, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                  }
                  if (data84.nodes !== void 0) {
                    let data95 = data84.nodes;
                    if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                      for (const key26 in data95) {
                        let data96 = data95[key26];
                        if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                          if (Object.keys(data96).length < 1) {
                            const err188 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties, data: data96 };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          }
                          for (const key27 in data96) {
                            if (!(key27 === "status" || key27 === "output" || key27 === "result")) {
                              const err189 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties, data: data96 };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                          }
                          if (data96.status !== void 0) {
                            let data97 = data96.status;
                            if (!(data97 === "done" || data97 === "failed")) {
                              const err190 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.status, data: data97 };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                          }
                          if (data96.output !== void 0) {
                            let data98 = data96.output;
                            if (typeof data98 !== "string") {
                              const err191 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.output, data: data98 };
                              if (vErrors === null) {
                                vErrors = [err191];
                              } else {
                                vErrors.push(err191);
                              }
                              errors++;
                            }
                          }
                          if (data96.result !== void 0) {
                            let data99 = data96.result;
                            if (!(data99 && typeof data99 == "object" && !Array.isArray(data99))) {
                              const err192 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.properties.result, data: data99 };
                              if (vErrors === null) {
                                vErrors = [err192];
                              } else {
                                vErrors.push(err192);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err193 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.additionalProperties, data: data96 };
                          if (vErrors === null) {
                            vErrors = [err193];
                          } else {
                            vErrors.push(err193);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err194 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.nodes, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err194];
                      } else {
                        vErrors.push(err194);
                      }
                      errors++;
                    }
                  }
                  if (data84.turns !== void 0) {
                    let data100 = data84.turns;
                    if (!(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)) && isFinite(data100))) {
                      const err195 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.turns.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.turns, data: data100 };
                      if (vErrors === null) {
                        vErrors = [err195];
                      } else {
                        vErrors.push(err195);
                      }
                      errors++;
                    }
                    if (typeof data100 == "number" && isFinite(data100)) {
                      if (data100 < 0 || isNaN(data100)) {
                        const err196 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.turns, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err196];
                        } else {
                          vErrors.push(err196);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data84.tracking !== void 0) {
                    let data101 = data84.tracking;
                    const _errs248 = errors;
                    let valid68 = false;
                    let passing7 = null;
                    const _errs249 = errors;
                    if (typeof data101 === "string") {
                      if (func3(data101) < 1) {
                        const err197 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[0], data: data101 };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    } else {
                      const err198 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[0], data: data101 };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                    var _valid7 = _errs249 === errors;
                    if (_valid7) {
                      valid68 = true;
                      passing7 = 0;
                    }
                    const _errs251 = errors;
                    if (Array.isArray(data101)) {
                      const len14 = data101.length;
                      for (let i19 = 0; i19 < len14; i19++) {
                        let data102 = data101[i19];
                        if (typeof data102 === "string") {
                          if (func3(data102) < 1) {
                            const err199 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i19, schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[1].items, data: data102 };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        } else {
                          const err200 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i19, schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[1].items, data: data102 };
                          if (vErrors === null) {
                            vErrors = [err200];
                          } else {
                            vErrors.push(err200);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err201 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf[1], data: data101 };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                    var _valid7 = _errs251 === errors;
                    if (_valid7 && valid68) {
                      valid68 = false;
                      passing7 = [passing7, 1];
                    } else {
                      if (_valid7) {
                        valid68 = true;
                        passing7 = 1;
                      }
                    }
                    if (!valid68) {
                      const err202 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect.properties.tracking, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    } else {
                      errors = _errs248;
                      if (vErrors !== null) {
                        if (_errs248) {
                          vErrors.length = _errs248;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err203 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/2/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].properties.expect.type, parentSchema: schema19.properties.events.items.oneOf[2].properties.expect, data: data84 };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
              }
            } else {
              const err204 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[2].type, parentSchema: schema19.properties.events.items.oneOf[2], data: data31 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            var _valid1 = _errs185 === errors;
            if (_valid1 && valid21) {
              valid21 = false;
              passing1 = [passing1, 2];
            } else {
              if (_valid1) {
                valid21 = true;
                passing1 = 2;
              }
              const _errs255 = errors;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.merge === void 0) {
                  const err205 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/3/required", keyword: "required", params: { missingProperty: "merge" }, message: "must have required property 'merge'", schema: schema19.properties.events.items.oneOf[3].required, parentSchema: schema19.properties.events.items.oneOf[3], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err205];
                  } else {
                    vErrors.push(err205);
                  }
                  errors++;
                }
                for (const key28 in data31) {
                  if (!(key28 === "merge" || key28 === "as" || key28 === "expect")) {
                    const err206 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[3], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data31.merge !== void 0) {
                  let data103 = data31.merge;
                  if (!(data103 === "merge" || data103 === "squash")) {
                    const err207 = { instancePath: instancePath + "/events/" + i6 + "/merge", schemaPath: "#/properties/events/items/oneOf/3/properties/merge/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[3].properties.merge.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[3].properties.merge.enum, parentSchema: schema19.properties.events.items.oneOf[3].properties.merge, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
                if (data31.as !== void 0) {
                  let data104 = data31.as;
                  if (typeof data104 === "string") {
                    if (!pattern49.test(data104)) {
                      const err208 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/3/properties/as/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema19.properties.events.items.oneOf[3].properties.as, data: data104 };
                      if (vErrors === null) {
                        vErrors = [err208];
                      } else {
                        vErrors.push(err208);
                      }
                      errors++;
                    }
                  } else {
                    const err209 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/3/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.as.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.as, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
                if (data31.expect !== void 0) {
                  let data105 = data31.expect;
                  if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                    for (const key29 in data105) {
                      if (!(key29 === "outcome" || key29 === "escalation" || key29 === "changed" || key29 === "files" || key29 === "nodes" || key29 === "turns" || key29 === "tracking")) {
                        const err210 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect, data: data105 };
                        if (vErrors === null) {
                          vErrors = [err210];
                        } else {
                          vErrors.push(err210);
                        }
                        errors++;
                      }
                    }
                    if (data105.outcome !== void 0) {
                      let data106 = data105.outcome;
                      if (!(data106 === "pull-request" || data106 === "no-changes" || data106 === "escalated" || data106 === "awaiting-approval" || data106 === "merged" || data106 === "closed")) {
                        const err211 = { instancePath: instancePath + "/events/" + i6 + "/expect/outcome", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[3].properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.outcome.enum, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.outcome, data: data106 };
                        if (vErrors === null) {
                          vErrors = [err211];
                        } else {
                          vErrors.push(err211);
                        }
                        errors++;
                      }
                    }
                    if (data105.escalation !== void 0) {
                      let data107 = data105.escalation;
                      if (typeof data107 === "string") {
                        if (func3(data107) < 1) {
                          const err212 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.escalation, data: data107 };
                          if (vErrors === null) {
                            vErrors = [err212];
                          } else {
                            vErrors.push(err212);
                          }
                          errors++;
                        }
                      } else {
                        const err213 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.escalation.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.escalation, data: data107 };
                        if (vErrors === null) {
                          vErrors = [err213];
                        } else {
                          vErrors.push(err213);
                        }
                        errors++;
                      }
                    }
                    if (data105.changed !== void 0) {
                      let data108 = data105.changed;
                      if (Array.isArray(data108)) {
                        const len15 = data108.length;
                        for (let i20 = 0; i20 < len15; i20++) {
                          let data109 = data108[i20];
                          if (typeof data109 === "string") {
                            if (func3(data109) < 1) {
                              const err214 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i20, schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed.items, data: data109 };
                              if (vErrors === null) {
                                vErrors = [err214];
                              } else {
                                vErrors.push(err214);
                              }
                              errors++;
                            }
                          } else {
                            const err215 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i20, schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed.items.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed.items, data: data109 };
                            if (vErrors === null) {
                              vErrors = [err215];
                            } else {
                              vErrors.push(err215);
                            }
                            errors++;
                          }
                        }
                        let i21 = data108.length;
                        let j5;
                        if (i21 > 1) {
                          const indices4 = {};
                          for (; i21--; ) {
                            let item4 = data108[i21];
                            if (typeof item4 !== "string") {
                              continue;
                            }
                            if (typeof indices4[item4] == "number") {
                              j5 = indices4[item4];
                              const err216 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i21 + " are identical)", schema: true, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed, data: data108 };
                              if (vErrors === null) {
                                vErrors = [err216];
                              } else {
                                vErrors.push(err216);
                              }
                              errors++;
                              break;
                            }
                            indices4[item4] = i21;
                          }
                        }
                      } else {
                        const err217 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.changed, data: data108 };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors++;
                      }
                    }
                    if (data105.files !== void 0) {
                      let data110 = data105.files;
                      if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                        for (const key30 in data110) {
                          let data111 = data110[key30];
                          if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                            if (Object.keys(data111).length < 1) {
                              const err218 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties, data: data111 };
                              if (vErrors === null) {
                                vErrors = [err218];
                              } else {
                                vErrors.push(err218);
                              }
                              errors++;
                            }
                            for (const key31 in data111) {
                              if (!(key31 === "contains" || key31 === "equals" || key31 === "absent")) {
                                const err219 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties, data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err219];
                                } else {
                                  vErrors.push(err219);
                                }
                                errors++;
                              }
                            }
                            if (data111.contains !== void 0) {
                              let data112 = data111.contains;
                              const _errs278 = errors;
                              let valid78 = false;
                              let passing8 = null;
                              const _errs279 = errors;
                              if (typeof data112 !== "string") {
                                const err220 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err220];
                                } else {
                                  vErrors.push(err220);
                                }
                                errors++;
                              }
                              var _valid8 = _errs279 === errors;
                              if (_valid8) {
                                valid78 = true;
                                passing8 = 0;
                              }
                              const _errs281 = errors;
                              if (Array.isArray(data112)) {
                                const len16 = data112.length;
                                for (let i22 = 0; i22 < len16; i22++) {
                                  let data113 = data112[i22];
                                  if (typeof data113 !== "string") {
                                    const err221 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i22, schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data113 };
                                    if (vErrors === null) {
                                      vErrors = [err221];
                                    } else {
                                      vErrors.push(err221);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err222 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err222];
                                } else {
                                  vErrors.push(err222);
                                }
                                errors++;
                              }
                              var _valid8 = _errs281 === errors;
                              if (_valid8 && valid78) {
                                valid78 = false;
                                passing8 = [passing8, 1];
                              } else {
                                if (_valid8) {
                                  valid78 = true;
                                  passing8 = 1;
                                }
                              }
                              if (!valid78) {
                                const err223 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.contains, data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err223];
                                } else {
                                  vErrors.push(err223);
                                }
                                errors++;
                              } else {
                                errors = _errs278;
                                if (vErrors !== null) {
                                  if (_errs278) {
                                    vErrors.length = _errs278;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data111.equals !== void 0) {
                              let data114 = data111.equals;
                              if (typeof data114 !== "string") {
                                const err224 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.equals, data: data114 };
                                if (vErrors === null) {
                                  vErrors = [err224];
                                } else {
                                  vErrors.push(err224);
                                }
                                errors++;
                              }
                            }
                            if (data111.absent !== void 0) {
                              let data115 = data111.absent;
                              if (true !== data115) {
                                const err225 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.properties.absent, data: data115 };
                                if (vErrors === null) {
                                  vErrors = [err225];
                                } else {
                                  vErrors.push(err225);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err226 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.additionalProperties, data: data111 };
                            if (vErrors === null) {
                              vErrors = [err226];
                            } else {
                              vErrors.push(err226);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err227 = { instancePath: instancePath + "/events/" + i6 + "/expect/files", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.files, data: data110 };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                    if (data105.nodes !== void 0) {
                      let data116 = data105.nodes;
                      if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                        for (const key32 in data116) {
                          let data117 = data116[key32];
                          if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                            if (Object.keys(data117).length < 1) {
                              const err228 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties, data: data117 };
                              if (vErrors === null) {
                                vErrors = [err228];
                              } else {
                                vErrors.push(err228);
                              }
                              errors++;
                            }
                            for (const key33 in data117) {
                              if (!(key33 === "status" || key33 === "output" || key33 === "result")) {
                                const err229 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties, data: data117 };
                                if (vErrors === null) {
                                  vErrors = [err229];
                                } else {
                                  vErrors.push(err229);
                                }
                                errors++;
                              }
                            }
                            if (data117.status !== void 0) {
                              let data118 = data117.status;
                              if (!(data118 === "done" || data118 === "failed")) {
                                const err230 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.status, data: data118 };
                                if (vErrors === null) {
                                  vErrors = [err230];
                                } else {
                                  vErrors.push(err230);
                                }
                                errors++;
                              }
                            }
                            if (data117.output !== void 0) {
                              let data119 = data117.output;
                              if (typeof data119 !== "string") {
                                const err231 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.output, data: data119 };
                                if (vErrors === null) {
                                  vErrors = [err231];
                                } else {
                                  vErrors.push(err231);
                                }
                                errors++;
                              }
                            }
                            if (data117.result !== void 0) {
                              let data120 = data117.result;
                              if (!(data120 && typeof data120 == "object" && !Array.isArray(data120))) {
                                const err232 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.properties.result, data: data120 };
                                if (vErrors === null) {
                                  vErrors = [err232];
                                } else {
                                  vErrors.push(err232);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err233 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.additionalProperties, data: data117 };
                            if (vErrors === null) {
                              vErrors = [err233];
                            } else {
                              vErrors.push(err233);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err234 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.nodes, data: data116 };
                        if (vErrors === null) {
                          vErrors = [err234];
                        } else {
                          vErrors.push(err234);
                        }
                        errors++;
                      }
                    }
                    if (data105.turns !== void 0) {
                      let data121 = data105.turns;
                      if (!(typeof data121 == "number" && (!(data121 % 1) && !isNaN(data121)) && isFinite(data121))) {
                        const err235 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.turns.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.turns, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err235];
                        } else {
                          vErrors.push(err235);
                        }
                        errors++;
                      }
                      if (typeof data121 == "number" && isFinite(data121)) {
                        if (data121 < 0 || isNaN(data121)) {
                          const err236 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.turns, data: data121 };
                          if (vErrors === null) {
                            vErrors = [err236];
                          } else {
                            vErrors.push(err236);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data105.tracking !== void 0) {
                      let data122 = data105.tracking;
                      const _errs302 = errors;
                      let valid83 = false;
                      let passing9 = null;
                      const _errs303 = errors;
                      if (typeof data122 === "string") {
                        if (func3(data122) < 1) {
                          const err237 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[0], data: data122 };
                          if (vErrors === null) {
                            vErrors = [err237];
                          } else {
                            vErrors.push(err237);
                          }
                          errors++;
                        }
                      } else {
                        const err238 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[0], data: data122 };
                        if (vErrors === null) {
                          vErrors = [err238];
                        } else {
                          vErrors.push(err238);
                        }
                        errors++;
                      }
                      var _valid9 = _errs303 === errors;
                      if (_valid9) {
                        valid83 = true;
                        passing9 = 0;
                      }
                      const _errs305 = errors;
                      if (Array.isArray(data122)) {
                        const len17 = data122.length;
                        for (let i23 = 0; i23 < len17; i23++) {
                          let data123 = data122[i23];
                          if (typeof data123 === "string") {
                            if (func3(data123) < 1) {
                              const err239 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i23, schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[1].items, data: data123 };
                              if (vErrors === null) {
                                vErrors = [err239];
                              } else {
                                vErrors.push(err239);
                              }
                              errors++;
                            }
                          } else {
                            const err240 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i23, schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[1].items, data: data123 };
                            if (vErrors === null) {
                              vErrors = [err240];
                            } else {
                              vErrors.push(err240);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err241 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf[1], data: data122 };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                      var _valid9 = _errs305 === errors;
                      if (_valid9 && valid83) {
                        valid83 = false;
                        passing9 = [passing9, 1];
                      } else {
                        if (_valid9) {
                          valid83 = true;
                          passing9 = 1;
                        }
                      }
                      if (!valid83) {
                        const err242 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect.properties.tracking, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err242];
                        } else {
                          vErrors.push(err242);
                        }
                        errors++;
                      } else {
                        errors = _errs302;
                        if (vErrors !== null) {
                          if (_errs302) {
                            vErrors.length = _errs302;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err243 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/3/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].properties.expect.type, parentSchema: schema19.properties.events.items.oneOf[3].properties.expect, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                }
              } else {
                const err244 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[3].type, parentSchema: schema19.properties.events.items.oneOf[3], data: data31 };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
              var _valid1 = _errs255 === errors;
              if (_valid1 && valid21) {
                valid21 = false;
                passing1 = [passing1, 3];
              } else {
                if (_valid1) {
                  valid21 = true;
                  passing1 = 3;
                }
                const _errs309 = errors;
                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  if (data31.status === void 0) {
                    const err245 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/4/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema19.properties.events.items.oneOf[4].required, parentSchema: schema19.properties.events.items.oneOf[4], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                  for (const key34 in data31) {
                    if (!(key34 === "status" || key34 === "as" || key34 === "expect")) {
                      const err246 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[4], data: data31 };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                    }
                  }
                  if (data31.status !== void 0) {
                    let data124 = data31.status;
                    if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
                      if (data124.state === void 0) {
                        const err247 = { instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/oneOf/4/properties/status/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema19.properties.events.items.oneOf[4].properties.status.required, parentSchema: schema19.properties.events.items.oneOf[4].properties.status, data: data124 };
                        if (vErrors === null) {
                          vErrors = [err247];
                        } else {
                          vErrors.push(err247);
                        }
                        errors++;
                      }
                      for (const key35 in data124) {
                        if (!(key35 === "state" || key35 === "context" || key35 === "description")) {
                          const err248 = { instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/oneOf/4/properties/status/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[4].properties.status, data: data124 };
                          if (vErrors === null) {
                            vErrors = [err248];
                          } else {
                            vErrors.push(err248);
                          }
                          errors++;
                        }
                      }
                      if (data124.state !== void 0) {
                        let data125 = data124.state;
                        if (!(data125 === "success" || data125 === "failure" || data125 === "pending")) {
                          const err249 = { instancePath: instancePath + "/events/" + i6 + "/status/state", schemaPath: "#/properties/events/items/oneOf/4/properties/status/properties/state/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[4].properties.status.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[4].properties.status.properties.state.enum, parentSchema: schema19.properties.events.items.oneOf[4].properties.status.properties.state, data: data125 };
                          if (vErrors === null) {
                            vErrors = [err249];
                          } else {
                            vErrors.push(err249);
                          }
                          errors++;
                        }
                      }
                      if (data124.context !== void 0) {
                        let data126 = data124.context;
                        if (typeof data126 === "string") {
                          if (func3(data126) < 1) {
                            const err250 = { instancePath: instancePath + "/events/" + i6 + "/status/context", schemaPath: "#/properties/events/items/oneOf/4/properties/status/properties/context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.status.properties.context, data: data126 };
                            if (vErrors === null) {
                              vErrors = [err250];
                            } else {
                              vErrors.push(err250);
                            }
                            errors++;
                          }
                        } else {
                          const err251 = { instancePath: instancePath + "/events/" + i6 + "/status/context", schemaPath: "#/properties/events/items/oneOf/4/properties/status/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.status.properties.context.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.status.properties.context, data: data126 };
                          if (vErrors === null) {
                            vErrors = [err251];
                          } else {
                            vErrors.push(err251);
                          }
                          errors++;
                        }
                      }
                      if (data124.description !== void 0) {
                        let data127 = data124.description;
                        if (typeof data127 !== "string") {
                          const err252 = { instancePath: instancePath + "/events/" + i6 + "/status/description", schemaPath: "#/properties/events/items/oneOf/4/properties/status/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.status.properties.description.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.status.properties.description, data: data127 };
                          if (vErrors === null) {
                            vErrors = [err252];
                          } else {
                            vErrors.push(err252);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err253 = { instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/oneOf/4/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.status.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.status, data: data124 };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  }
                  if (data31.as !== void 0) {
                    let data128 = data31.as;
                    if (typeof data128 === "string") {
                      if (!pattern49.test(data128)) {
                        const err254 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/4/properties/as/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema19.properties.events.items.oneOf[4].properties.as, data: data128 };
                        if (vErrors === null) {
                          vErrors = [err254];
                        } else {
                          vErrors.push(err254);
                        }
                        errors++;
                      }
                    } else {
                      const err255 = { instancePath: instancePath + "/events/" + i6 + "/as", schemaPath: "#/properties/events/items/oneOf/4/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.as.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.as, data: data128 };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  }
                  if (data31.expect !== void 0) {
                    let data129 = data31.expect;
                    if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                      for (const key36 in data129) {
                        if (!(key36 === "outcome" || key36 === "escalation" || key36 === "changed" || key36 === "files" || key36 === "nodes" || key36 === "turns" || key36 === "tracking")) {
                          const err256 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect, data: data129 };
                          if (vErrors === null) {
                            vErrors = [err256];
                          } else {
                            vErrors.push(err256);
                          }
                          errors++;
                        }
                      }
                      if (data129.outcome !== void 0) {
                        let data130 = data129.outcome;
                        if (!(data130 === "pull-request" || data130 === "no-changes" || data130 === "escalated" || data130 === "awaiting-approval" || data130 === "merged" || data130 === "closed")) {
                          const err257 = { instancePath: instancePath + "/events/" + i6 + "/expect/outcome", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[4].properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.outcome.enum, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.outcome, data: data130 };
                          if (vErrors === null) {
                            vErrors = [err257];
                          } else {
                            vErrors.push(err257);
                          }
                          errors++;
                        }
                      }
                      if (data129.escalation !== void 0) {
                        let data131 = data129.escalation;
                        if (typeof data131 === "string") {
                          if (func3(data131) < 1) {
                            const err258 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.escalation, data: data131 };
                            if (vErrors === null) {
                              vErrors = [err258];
                            } else {
                              vErrors.push(err258);
                            }
                            errors++;
                          }
                        } else {
                          const err259 = { instancePath: instancePath + "/events/" + i6 + "/expect/escalation", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.escalation.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.escalation, data: data131 };
                          if (vErrors === null) {
                            vErrors = [err259];
                          } else {
                            vErrors.push(err259);
                          }
                          errors++;
                        }
                      }
                      if (data129.changed !== void 0) {
                        let data132 = data129.changed;
                        if (Array.isArray(data132)) {
                          const len18 = data132.length;
                          for (let i24 = 0; i24 < len18; i24++) {
                            let data133 = data132[i24];
                            if (typeof data133 === "string") {
                              if (func3(data133) < 1) {
                                const err260 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i24, schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed.items, data: data133 };
                                if (vErrors === null) {
                                  vErrors = [err260];
                                } else {
                                  vErrors.push(err260);
                                }
                                errors++;
                              }
                            } else {
                              const err261 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed/" + i24, schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed.items.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed.items, data: data133 };
                              if (vErrors === null) {
                                vErrors = [err261];
                              } else {
                                vErrors.push(err261);
                              }
                              errors++;
                            }
                          }
                          let i25 = data132.length;
                          let j6;
                          if (i25 > 1) {
                            const indices5 = {};
                            for (; i25--; ) {
                              let item5 = data132[i25];
                              if (typeof item5 !== "string") {
                                continue;
                              }
                              if (typeof indices5[item5] == "number") {
                                j6 = indices5[item5];
                                const err262 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i25 + " are identical)", schema: true, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed, data: data132 };
                                if (vErrors === null) {
                                  vErrors = [err262];
                                } else {
                                  vErrors.push(err262);
                                }
                                errors++;
                                break;
                              }
                              indices5[item5] = i25;
                            }
                          }
                        } else {
                          const err263 = { instancePath: instancePath + "/events/" + i6 + "/expect/changed", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.changed, data: data132 };
                          if (vErrors === null) {
                            vErrors = [err263];
                          } else {
                            vErrors.push(err263);
                          }
                          errors++;
                        }
                      }
                      if (data129.files !== void 0) {
                        let data134 = data129.files;
                        if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
                          for (const key37 in data134) {
                            let data135 = data134[key37];
                            if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
                              if (Object.keys(data135).length < 1) {
                                const err264 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties, data: data135 };
                                if (vErrors === null) {
                                  vErrors = [err264];
                                } else {
                                  vErrors.push(err264);
                                }
                                errors++;
                              }
                              for (const key38 in data135) {
                                if (!(key38 === "contains" || key38 === "equals" || key38 === "absent")) {
                                  const err265 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties, data: data135 };
                                  if (vErrors === null) {
                                    vErrors = [err265];
                                  } else {
                                    vErrors.push(err265);
                                  }
                                  errors++;
                                }
                              }
                              if (data135.contains !== void 0) {
                                let data136 = data135.contains;
                                const _errs339 = errors;
                                let valid94 = false;
                                let passing10 = null;
                                const _errs340 = errors;
                                if (typeof data136 !== "string") {
                                  const err266 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data136 };
                                  if (vErrors === null) {
                                    vErrors = [err266];
                                  } else {
                                    vErrors.push(err266);
                                  }
                                  errors++;
                                }
                                var _valid10 = _errs340 === errors;
                                if (_valid10) {
                                  valid94 = true;
                                  passing10 = 0;
                                }
                                const _errs342 = errors;
                                if (Array.isArray(data136)) {
                                  const len19 = data136.length;
                                  for (let i26 = 0; i26 < len19; i26++) {
                                    let data137 = data136[i26];
                                    if (typeof data137 !== "string") {
                                      const err267 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i26, schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data137 };
                                      if (vErrors === null) {
                                        vErrors = [err267];
                                      } else {
                                        vErrors.push(err267);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err268 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data136 };
                                  if (vErrors === null) {
                                    vErrors = [err268];
                                  } else {
                                    vErrors.push(err268);
                                  }
                                  errors++;
                                }
                                var _valid10 = _errs342 === errors;
                                if (_valid10 && valid94) {
                                  valid94 = false;
                                  passing10 = [passing10, 1];
                                } else {
                                  if (_valid10) {
                                    valid94 = true;
                                    passing10 = 1;
                                  }
                                }
                                if (!valid94) {
                                  const err269 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.contains, data: data136 };
                                  if (vErrors === null) {
                                    vErrors = [err269];
                                  } else {
                                    vErrors.push(err269);
                                  }
                                  errors++;
                                } else {
                                  errors = _errs339;
                                  if (vErrors !== null) {
                                    if (_errs339) {
                                      vErrors.length = _errs339;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                              }
                              if (data135.equals !== void 0) {
                                let data138 = data135.equals;
                                if (typeof data138 !== "string") {
                                  const err270 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.equals, data: data138 };
                                  if (vErrors === null) {
                                    vErrors = [err270];
                                  } else {
                                    vErrors.push(err270);
                                  }
                                  errors++;
                                }
                              }
                              if (data135.absent !== void 0) {
                                let data139 = data135.absent;
                                if (true !== data139) {
                                  const err271 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.properties.absent, data: data139 };
                                  if (vErrors === null) {
                                    vErrors = [err271];
                                  } else {
                                    vErrors.push(err271);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err272 = { instancePath: instancePath + "/events/" + i6 + "/expect/files/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.additionalProperties, data: data135 };
                              if (vErrors === null) {
                                vErrors = [err272];
                              } else {
                                vErrors.push(err272);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err273 = { instancePath: instancePath + "/events/" + i6 + "/expect/files", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.files, data: data134 };
                          if (vErrors === null) {
                            vErrors = [err273];
                          } else {
                            vErrors.push(err273);
                          }
                          errors++;
                        }
                      }
                      if (data129.nodes !== void 0) {
                        let data140 = data129.nodes;
                        if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                          for (const key39 in data140) {
                            let data141 = data140[key39];
                            if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
                              if (Object.keys(data141).length < 1) {
                                const err274 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties, data: data141 };
                                if (vErrors === null) {
                                  vErrors = [err274];
                                } else {
                                  vErrors.push(err274);
                                }
                                errors++;
                              }
                              for (const key40 in data141) {
                                if (!(key40 === "status" || key40 === "output" || key40 === "result")) {
                                  const err275 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties, data: data141 };
                                  if (vErrors === null) {
                                    vErrors = [err275];
                                  } else {
                                    vErrors.push(err275);
                                  }
                                  errors++;
                                }
                              }
                              if (data141.status !== void 0) {
                                let data142 = data141.status;
                                if (!(data142 === "done" || data142 === "failed")) {
                                  const err276 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.status, data: data142 };
                                  if (vErrors === null) {
                                    vErrors = [err276];
                                  } else {
                                    vErrors.push(err276);
                                  }
                                  errors++;
                                }
                              }
                              if (data141.output !== void 0) {
                                let data143 = data141.output;
                                if (typeof data143 !== "string") {
                                  const err277 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.output, data: data143 };
                                  if (vErrors === null) {
                                    vErrors = [err277];
                                  } else {
                                    vErrors.push(err277);
                                  }
                                  errors++;
                                }
                              }
                              if (data141.result !== void 0) {
                                let data144 = data141.result;
                                if (!(data144 && typeof data144 == "object" && !Array.isArray(data144))) {
                                  const err278 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.properties.result, data: data144 };
                                  if (vErrors === null) {
                                    vErrors = [err278];
                                  } else {
                                    vErrors.push(err278);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err279 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.additionalProperties, data: data141 };
                              if (vErrors === null) {
                                vErrors = [err279];
                              } else {
                                vErrors.push(err279);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err280 = { instancePath: instancePath + "/events/" + i6 + "/expect/nodes", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.nodes, data: data140 };
                          if (vErrors === null) {
                            vErrors = [err280];
                          } else {
                            vErrors.push(err280);
                          }
                          errors++;
                        }
                      }
                      if (data129.turns !== void 0) {
                        let data145 = data129.turns;
                        if (!(typeof data145 == "number" && (!(data145 % 1) && !isNaN(data145)) && isFinite(data145))) {
                          const err281 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.turns.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.turns, data: data145 };
                          if (vErrors === null) {
                            vErrors = [err281];
                          } else {
                            vErrors.push(err281);
                          }
                          errors++;
                        }
                        if (typeof data145 == "number" && isFinite(data145)) {
                          if (data145 < 0 || isNaN(data145)) {
                            const err282 = { instancePath: instancePath + "/events/" + i6 + "/expect/turns", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.turns, data: data145 };
                            if (vErrors === null) {
                              vErrors = [err282];
                            } else {
                              vErrors.push(err282);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data129.tracking !== void 0) {
                        let data146 = data129.tracking;
                        const _errs363 = errors;
                        let valid99 = false;
                        let passing11 = null;
                        const _errs364 = errors;
                        if (typeof data146 === "string") {
                          if (func3(data146) < 1) {
                            const err283 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[0], data: data146 };
                            if (vErrors === null) {
                              vErrors = [err283];
                            } else {
                              vErrors.push(err283);
                            }
                            errors++;
                          }
                        } else {
                          const err284 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[0], data: data146 };
                          if (vErrors === null) {
                            vErrors = [err284];
                          } else {
                            vErrors.push(err284);
                          }
                          errors++;
                        }
                        var _valid11 = _errs364 === errors;
                        if (_valid11) {
                          valid99 = true;
                          passing11 = 0;
                        }
                        const _errs366 = errors;
                        if (Array.isArray(data146)) {
                          const len20 = data146.length;
                          for (let i27 = 0; i27 < len20; i27++) {
                            let data147 = data146[i27];
                            if (typeof data147 === "string") {
                              if (func3(data147) < 1) {
                                const err285 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i27, schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[1].items, data: data147 };
                                if (vErrors === null) {
                                  vErrors = [err285];
                                } else {
                                  vErrors.push(err285);
                                }
                                errors++;
                              }
                            } else {
                              const err286 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking/" + i27, schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[1].items, data: data147 };
                              if (vErrors === null) {
                                vErrors = [err286];
                              } else {
                                vErrors.push(err286);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err287 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf[1], data: data146 };
                          if (vErrors === null) {
                            vErrors = [err287];
                          } else {
                            vErrors.push(err287);
                          }
                          errors++;
                        }
                        var _valid11 = _errs366 === errors;
                        if (_valid11 && valid99) {
                          valid99 = false;
                          passing11 = [passing11, 1];
                        } else {
                          if (_valid11) {
                            valid99 = true;
                            passing11 = 1;
                          }
                        }
                        if (!valid99) {
                          const err288 = { instancePath: instancePath + "/events/" + i6 + "/expect/tracking", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect.properties.tracking, data: data146 };
                          if (vErrors === null) {
                            vErrors = [err288];
                          } else {
                            vErrors.push(err288);
                          }
                          errors++;
                        } else {
                          errors = _errs363;
                          if (vErrors !== null) {
                            if (_errs363) {
                              vErrors.length = _errs363;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                    } else {
                      const err289 = { instancePath: instancePath + "/events/" + i6 + "/expect", schemaPath: "#/properties/events/items/oneOf/4/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].properties.expect.type, parentSchema: schema19.properties.events.items.oneOf[4].properties.expect, data: data129 };
                      if (vErrors === null) {
                        vErrors = [err289];
                      } else {
                        vErrors.push(err289);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err290 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.events.items.oneOf[4].type, parentSchema: schema19.properties.events.items.oneOf[4], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err290];
                  } else {
                    vErrors.push(err290);
                  }
                  errors++;
                }
                var _valid1 = _errs309 === errors;
                if (_valid1 && valid21) {
                  valid21 = false;
                  passing1 = [passing1, 4];
                } else {
                  if (_valid1) {
                    valid21 = true;
                    passing1 = 4;
                  }
                }
              }
            }
          }
          if (!valid21) {
            const err291 = { instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.events.items.oneOf, parentSchema: schema19.properties.events.items, data: data31 };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors++;
          } else {
            errors = _errs73;
            if (vErrors !== null) {
              if (_errs73) {
                vErrors.length = _errs73;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err292 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.events.type, parentSchema: schema19.properties.events, data: data30 };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      }
    }
    if (data.expect !== void 0) {
      let data148 = data.expect;
      if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
        for (const key41 in data148) {
          if (!(key41 === "outcome" || key41 === "escalation" || key41 === "changed" || key41 === "files" || key41 === "nodes" || key41 === "turns" || key41 === "tracking")) {
            const err293 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.expect, data: data148 };
            if (vErrors === null) {
              vErrors = [err293];
            } else {
              vErrors.push(err293);
            }
            errors++;
          }
        }
        if (data148.outcome !== void 0) {
          let data149 = data148.outcome;
          if (!(data149 === "pull-request" || data149 === "no-changes" || data149 === "escalated" || data149 === "awaiting-approval" || data149 === "merged" || data149 === "closed")) {
            const err294 = { instancePath: instancePath + "/expect/outcome", schemaPath: "#/properties/expect/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema19.properties.expect.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.expect.properties.outcome.enum, parentSchema: schema19.properties.expect.properties.outcome, data: data149 };
            if (vErrors === null) {
              vErrors = [err294];
            } else {
              vErrors.push(err294);
            }
            errors++;
          }
        }
        if (data148.escalation !== void 0) {
          let data150 = data148.escalation;
          if (typeof data150 === "string") {
            if (func3(data150) < 1) {
              const err295 = { instancePath: instancePath + "/expect/escalation", schemaPath: "#/properties/expect/properties/escalation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expect.properties.escalation, data: data150 };
              if (vErrors === null) {
                vErrors = [err295];
              } else {
                vErrors.push(err295);
              }
              errors++;
            }
          } else {
            const err296 = { instancePath: instancePath + "/expect/escalation", schemaPath: "#/properties/expect/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.escalation.type, parentSchema: schema19.properties.expect.properties.escalation, data: data150 };
            if (vErrors === null) {
              vErrors = [err296];
            } else {
              vErrors.push(err296);
            }
            errors++;
          }
        }
        if (data148.changed !== void 0) {
          let data151 = data148.changed;
          if (Array.isArray(data151)) {
            const len21 = data151.length;
            for (let i28 = 0; i28 < len21; i28++) {
              let data152 = data151[i28];
              if (typeof data152 === "string") {
                if (func3(data152) < 1) {
                  const err297 = { instancePath: instancePath + "/expect/changed/" + i28, schemaPath: "#/properties/expect/properties/changed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expect.properties.changed.items, data: data152 };
                  if (vErrors === null) {
                    vErrors = [err297];
                  } else {
                    vErrors.push(err297);
                  }
                  errors++;
                }
              } else {
                const err298 = { instancePath: instancePath + "/expect/changed/" + i28, schemaPath: "#/properties/expect/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.changed.items.type, parentSchema: schema19.properties.expect.properties.changed.items, data: data152 };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
            let i29 = data151.length;
            let j7;
            if (i29 > 1) {
              const indices6 = {};
              for (; i29--; ) {
                let item6 = data151[i29];
                if (typeof item6 !== "string") {
                  continue;
                }
                if (typeof indices6[item6] == "number") {
                  j7 = indices6[item6];
                  const err299 = { instancePath: instancePath + "/expect/changed", schemaPath: "#/properties/expect/properties/changed/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i29 + " are identical)", schema: true, parentSchema: schema19.properties.expect.properties.changed, data: data151 };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                  break;
                }
                indices6[item6] = i29;
              }
            }
          } else {
            const err300 = { instancePath: instancePath + "/expect/changed", schemaPath: "#/properties/expect/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.expect.properties.changed.type, parentSchema: schema19.properties.expect.properties.changed, data: data151 };
            if (vErrors === null) {
              vErrors = [err300];
            } else {
              vErrors.push(err300);
            }
            errors++;
          }
        }
        if (data148.files !== void 0) {
          let data153 = data148.files;
          if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
            for (const key42 in data153) {
              let data154 = data153[key42];
              if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                if (Object.keys(data154).length < 1) {
                  const err301 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/files/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.expect.properties.files.additionalProperties, data: data154 };
                  if (vErrors === null) {
                    vErrors = [err301];
                  } else {
                    vErrors.push(err301);
                  }
                  errors++;
                }
                for (const key43 in data154) {
                  if (!(key43 === "contains" || key43 === "equals" || key43 === "absent")) {
                    const err302 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.expect.properties.files.additionalProperties, data: data154 };
                    if (vErrors === null) {
                      vErrors = [err302];
                    } else {
                      vErrors.push(err302);
                    }
                    errors++;
                  }
                }
                if (data154.contains !== void 0) {
                  let data155 = data154.contains;
                  const _errs387 = errors;
                  let valid108 = false;
                  let passing12 = null;
                  const _errs388 = errors;
                  if (typeof data155 !== "string") {
                    const err303 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0].type, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[0], data: data155 };
                    if (vErrors === null) {
                      vErrors = [err303];
                    } else {
                      vErrors.push(err303);
                    }
                    errors++;
                  }
                  var _valid12 = _errs388 === errors;
                  if (_valid12) {
                    valid108 = true;
                    passing12 = 0;
                  }
                  const _errs390 = errors;
                  if (Array.isArray(data155)) {
                    const len22 = data155.length;
                    for (let i30 = 0; i30 < len22; i30++) {
                      let data156 = data155[i30];
                      if (typeof data156 !== "string") {
                        const err304 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains/" + i30, schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items.type, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].items, data: data156 };
                        if (vErrors === null) {
                          vErrors = [err304];
                        } else {
                          vErrors.push(err304);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err305 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/contains/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1].type, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf[1], data: data155 };
                    if (vErrors === null) {
                      vErrors = [err305];
                    } else {
                      vErrors.push(err305);
                    }
                    errors++;
                  }
                  var _valid12 = _errs390 === errors;
                  if (_valid12 && valid108) {
                    valid108 = false;
                    passing12 = [passing12, 1];
                  } else {
                    if (_valid12) {
                      valid108 = true;
                      passing12 = 1;
                    }
                  }
                  if (!valid108) {
                    const err306 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/contains", schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/contains/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.expect.properties.files.additionalProperties.properties.contains.oneOf, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.contains, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err306];
                    } else {
                      vErrors.push(err306);
                    }
                    errors++;
                  } else {
                    errors = _errs387;
                    if (vErrors !== null) {
                      if (_errs387) {
                        vErrors.length = _errs387;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data154.equals !== void 0) {
                  let data157 = data154.equals;
                  if (typeof data157 !== "string") {
                    const err307 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.files.additionalProperties.properties.equals.type, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.equals, data: data157 };
                    if (vErrors === null) {
                      vErrors = [err307];
                    } else {
                      vErrors.push(err307);
                    }
                    errors++;
                  }
                }
                if (data154.absent !== void 0) {
                  let data158 = data154.absent;
                  if (true !== data158) {
                    const err308 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent", schemaPath: "#/properties/expect/properties/files/additionalProperties/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema19.properties.expect.properties.files.additionalProperties.properties.absent, data: data158 };
                    if (vErrors === null) {
                      vErrors = [err308];
                    } else {
                      vErrors.push(err308);
                    }
                    errors++;
                  }
                }
              } else {
                const err309 = { instancePath: instancePath + "/expect/files/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.properties.files.additionalProperties.type, parentSchema: schema19.properties.expect.properties.files.additionalProperties, data: data154 };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
            }
          } else {
            const err310 = { instancePath: instancePath + "/expect/files", schemaPath: "#/properties/expect/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.properties.files.type, parentSchema: schema19.properties.expect.properties.files, data: data153 };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
        }
        if (data148.nodes !== void 0) {
          let data159 = data148.nodes;
          if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
            for (const key44 in data159) {
              let data160 = data159[key44];
              if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                if (Object.keys(data160).length < 1) {
                  const err311 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/nodes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties, data: data160 };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
                for (const key45 in data160) {
                  if (!(key45 === "status" || key45 === "output" || key45 === "result")) {
                    const err312 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/nodes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties, data: data160 };
                    if (vErrors === null) {
                      vErrors = [err312];
                    } else {
                      vErrors.push(err312);
                    }
                    errors++;
                  }
                }
                if (data160.status !== void 0) {
                  let data161 = data160.status;
                  if (!(data161 === "done" || data161 === "failed")) {
                    const err313 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/expect/properties/nodes/additionalProperties/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.expect.properties.nodes.additionalProperties.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.expect.properties.nodes.additionalProperties.properties.status.enum, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties.properties.status, data: data161 };
                    if (vErrors === null) {
                      vErrors = [err313];
                    } else {
                      vErrors.push(err313);
                    }
                    errors++;
                  }
                }
                if (data160.output !== void 0) {
                  let data162 = data160.output;
                  if (typeof data162 !== "string") {
                    const err314 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/expect/properties/nodes/additionalProperties/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.nodes.additionalProperties.properties.output.type, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties.properties.output, data: data162 };
                    if (vErrors === null) {
                      vErrors = [err314];
                    } else {
                      vErrors.push(err314);
                    }
                    errors++;
                  }
                }
                if (data160.result !== void 0) {
                  let data163 = data160.result;
                  if (!(data163 && typeof data163 == "object" && !Array.isArray(data163))) {
                    const err315 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1") + "/result", schemaPath: "#/properties/expect/properties/nodes/additionalProperties/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.properties.nodes.additionalProperties.properties.result.type, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties.properties.result, data: data163 };
                    if (vErrors === null) {
                      vErrors = [err315];
                    } else {
                      vErrors.push(err315);
                    }
                    errors++;
                  }
                }
              } else {
                const err316 = { instancePath: instancePath + "/expect/nodes/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expect/properties/nodes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.properties.nodes.additionalProperties.type, parentSchema: schema19.properties.expect.properties.nodes.additionalProperties, data: data160 };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
          } else {
            const err317 = { instancePath: instancePath + "/expect/nodes", schemaPath: "#/properties/expect/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.properties.nodes.type, parentSchema: schema19.properties.expect.properties.nodes, data: data159 };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
        }
        if (data148.turns !== void 0) {
          let data164 = data148.turns;
          if (!(typeof data164 == "number" && (!(data164 % 1) && !isNaN(data164)) && isFinite(data164))) {
            const err318 = { instancePath: instancePath + "/expect/turns", schemaPath: "#/properties/expect/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.expect.properties.turns.type, parentSchema: schema19.properties.expect.properties.turns, data: data164 };
            if (vErrors === null) {
              vErrors = [err318];
            } else {
              vErrors.push(err318);
            }
            errors++;
          }
          if (typeof data164 == "number" && isFinite(data164)) {
            if (data164 < 0 || isNaN(data164)) {
              const err319 = { instancePath: instancePath + "/expect/turns", schemaPath: "#/properties/expect/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.expect.properties.turns, data: data164 };
              if (vErrors === null) {
                vErrors = [err319];
              } else {
                vErrors.push(err319);
              }
              errors++;
            }
          }
        }
        if (data148.tracking !== void 0) {
          let data165 = data148.tracking;
          const _errs411 = errors;
          let valid113 = false;
          let passing13 = null;
          const _errs412 = errors;
          if (typeof data165 === "string") {
            if (func3(data165) < 1) {
              const err320 = { instancePath: instancePath + "/expect/tracking", schemaPath: "#/properties/expect/properties/tracking/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expect.properties.tracking.oneOf[0], data: data165 };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
          } else {
            const err321 = { instancePath: instancePath + "/expect/tracking", schemaPath: "#/properties/expect/properties/tracking/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.tracking.oneOf[0].type, parentSchema: schema19.properties.expect.properties.tracking.oneOf[0], data: data165 };
            if (vErrors === null) {
              vErrors = [err321];
            } else {
              vErrors.push(err321);
            }
            errors++;
          }
          var _valid13 = _errs412 === errors;
          if (_valid13) {
            valid113 = true;
            passing13 = 0;
          }
          const _errs414 = errors;
          if (Array.isArray(data165)) {
            const len23 = data165.length;
            for (let i31 = 0; i31 < len23; i31++) {
              let data166 = data165[i31];
              if (typeof data166 === "string") {
                if (func3(data166) < 1) {
                  const err322 = { instancePath: instancePath + "/expect/tracking/" + i31, schemaPath: "#/properties/expect/properties/tracking/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expect.properties.tracking.oneOf[1].items, data: data166 };
                  if (vErrors === null) {
                    vErrors = [err322];
                  } else {
                    vErrors.push(err322);
                  }
                  errors++;
                }
              } else {
                const err323 = { instancePath: instancePath + "/expect/tracking/" + i31, schemaPath: "#/properties/expect/properties/tracking/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expect.properties.tracking.oneOf[1].items.type, parentSchema: schema19.properties.expect.properties.tracking.oneOf[1].items, data: data166 };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
            }
          } else {
            const err324 = { instancePath: instancePath + "/expect/tracking", schemaPath: "#/properties/expect/properties/tracking/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.expect.properties.tracking.oneOf[1].type, parentSchema: schema19.properties.expect.properties.tracking.oneOf[1], data: data165 };
            if (vErrors === null) {
              vErrors = [err324];
            } else {
              vErrors.push(err324);
            }
            errors++;
          }
          var _valid13 = _errs414 === errors;
          if (_valid13 && valid113) {
            valid113 = false;
            passing13 = [passing13, 1];
          } else {
            if (_valid13) {
              valid113 = true;
              passing13 = 1;
            }
          }
          if (!valid113) {
            const err325 = { instancePath: instancePath + "/expect/tracking", schemaPath: "#/properties/expect/properties/tracking/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.expect.properties.tracking.oneOf, parentSchema: schema19.properties.expect.properties.tracking, data: data165 };
            if (vErrors === null) {
              vErrors = [err325];
            } else {
              vErrors.push(err325);
            }
            errors++;
          } else {
            errors = _errs411;
            if (vErrors !== null) {
              if (_errs411) {
                vErrors.length = _errs411;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err326 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.expect.type, parentSchema: schema19.properties.expect, data: data148 };
        if (vErrors === null) {
          vErrors = [err326];
        } else {
          vErrors.push(err326);
        }
        errors++;
      }
    }
  } else {
    const err327 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err327];
    } else {
      vErrors.push(err327);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var plan = validate17;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://crustyclaw.dev/schema/plan.schema.json", "title": "CrustyClaw plan", "description": "What a plan-stage agent produces: the tasks the execute stage carries out, in dependency order.", "type": "object", "additionalProperties": false, "required": ["tasks"], "properties": { "tasks": { "type": "array", "minItems": 1, "maxItems": 30, "description": "The tasks, each small enough for one focused change.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "title", "description", "acceptance"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,39}$", "description": "Short id: lowercase letters, digits and '-', e.g. `parse-config`." }, "title": { "type": "string", "minLength": 1, "maxLength": 120, "description": "One line." }, "description": { "type": "string", "minLength": 1, "maxLength": 4e3, "description": "What to change and why." }, "acceptance": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 500 }, "description": "Checkable criteria: when all hold, the task is done." }, "files": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 300 }, "description": "Files the task is likely to touch." }, "needs": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,39}$" }, "description": "Ids of tasks that must be done first." } } } } } };
var pattern54 = new RegExp("^[a-z0-9][a-z0-9-]{0,39}$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tasks === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tasks")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data0 = data.tasks;
      if (Array.isArray(data0)) {
        if (data0.length > 30) {
          const err2 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/maxItems", keyword: "maxItems", params: { limit: 30 }, message: "must NOT have more than 30 items", schema: 30, parentSchema: schema20.properties.tasks, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.tasks, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === void 0) {
              const err4 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema20.properties.tasks.items.required, parentSchema: schema20.properties.tasks.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.title === void 0) {
              const err5 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema20.properties.tasks.items.required, parentSchema: schema20.properties.tasks.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.description === void 0) {
              const err6 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema20.properties.tasks.items.required, parentSchema: schema20.properties.tasks.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.acceptance === void 0) {
              const err7 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/required", keyword: "required", params: { missingProperty: "acceptance" }, message: "must have required property 'acceptance'", schema: schema20.properties.tasks.items.required, parentSchema: schema20.properties.tasks.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "id" || key1 === "title" || key1 === "description" || key1 === "acceptance" || key1 === "files" || key1 === "needs")) {
                const err8 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.tasks.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern54.test(data2)) {
                  const err9 = { instancePath: instancePath + "/tasks/" + i0 + "/id", schemaPath: "#/properties/tasks/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,39}$"', schema: "^[a-z0-9][a-z0-9-]{0,39}$", parentSchema: schema20.properties.tasks.items.properties.id, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/tasks/" + i0 + "/id", schemaPath: "#/properties/tasks/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.id.type, parentSchema: schema20.properties.tasks.items.properties.id, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.title !== void 0) {
              let data3 = data1.title;
              if (typeof data3 === "string") {
                if (func3(data3) > 120) {
                  const err11 = { instancePath: instancePath + "/tasks/" + i0 + "/title", schemaPath: "#/properties/tasks/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema20.properties.tasks.items.properties.title, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (func3(data3) < 1) {
                  const err12 = { instancePath: instancePath + "/tasks/" + i0 + "/title", schemaPath: "#/properties/tasks/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.tasks.items.properties.title, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/tasks/" + i0 + "/title", schemaPath: "#/properties/tasks/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.title.type, parentSchema: schema20.properties.tasks.items.properties.title, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.description !== void 0) {
              let data4 = data1.description;
              if (typeof data4 === "string") {
                if (func3(data4) > 4e3) {
                  const err14 = { instancePath: instancePath + "/tasks/" + i0 + "/description", schemaPath: "#/properties/tasks/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema20.properties.tasks.items.properties.description, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func3(data4) < 1) {
                  const err15 = { instancePath: instancePath + "/tasks/" + i0 + "/description", schemaPath: "#/properties/tasks/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.tasks.items.properties.description, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/tasks/" + i0 + "/description", schemaPath: "#/properties/tasks/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.description.type, parentSchema: schema20.properties.tasks.items.properties.description, data: data4 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.acceptance !== void 0) {
              let data5 = data1.acceptance;
              if (Array.isArray(data5)) {
                if (data5.length < 1) {
                  const err17 = { instancePath: instancePath + "/tasks/" + i0 + "/acceptance", schemaPath: "#/properties/tasks/items/properties/acceptance/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.tasks.items.properties.acceptance, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data6 = data5[i1];
                  if (typeof data6 === "string") {
                    if (func3(data6) > 500) {
                      const err18 = { instancePath: instancePath + "/tasks/" + i0 + "/acceptance/" + i1, schemaPath: "#/properties/tasks/items/properties/acceptance/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema20.properties.tasks.items.properties.acceptance.items, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (func3(data6) < 1) {
                      const err19 = { instancePath: instancePath + "/tasks/" + i0 + "/acceptance/" + i1, schemaPath: "#/properties/tasks/items/properties/acceptance/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.tasks.items.properties.acceptance.items, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/tasks/" + i0 + "/acceptance/" + i1, schemaPath: "#/properties/tasks/items/properties/acceptance/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.acceptance.items.type, parentSchema: schema20.properties.tasks.items.properties.acceptance.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/tasks/" + i0 + "/acceptance", schemaPath: "#/properties/tasks/items/properties/acceptance/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.tasks.items.properties.acceptance.type, parentSchema: schema20.properties.tasks.items.properties.acceptance, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.files !== void 0) {
              let data7 = data1.files;
              if (Array.isArray(data7)) {
                const len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data8 = data7[i2];
                  if (typeof data8 === "string") {
                    if (func3(data8) > 300) {
                      const err22 = { instancePath: instancePath + "/tasks/" + i0 + "/files/" + i2, schemaPath: "#/properties/tasks/items/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema20.properties.tasks.items.properties.files.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    if (func3(data8) < 1) {
                      const err23 = { instancePath: instancePath + "/tasks/" + i0 + "/files/" + i2, schemaPath: "#/properties/tasks/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.tasks.items.properties.files.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/tasks/" + i0 + "/files/" + i2, schemaPath: "#/properties/tasks/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.files.items.type, parentSchema: schema20.properties.tasks.items.properties.files.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/tasks/" + i0 + "/files", schemaPath: "#/properties/tasks/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.tasks.items.properties.files.type, parentSchema: schema20.properties.tasks.items.properties.files, data: data7 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data1.needs !== void 0) {
              let data9 = data1.needs;
              if (Array.isArray(data9)) {
                const len3 = data9.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data10 = data9[i3];
                  if (typeof data10 === "string") {
                    if (!pattern54.test(data10)) {
                      const err26 = { instancePath: instancePath + "/tasks/" + i0 + "/needs/" + i3, schemaPath: "#/properties/tasks/items/properties/needs/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,39}$"', schema: "^[a-z0-9][a-z0-9-]{0,39}$", parentSchema: schema20.properties.tasks.items.properties.needs.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/tasks/" + i0 + "/needs/" + i3, schemaPath: "#/properties/tasks/items/properties/needs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tasks.items.properties.needs.items.type, parentSchema: schema20.properties.tasks.items.properties.needs.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                let i4 = data9.length;
                let j0;
                if (i4 > 1) {
                  const indices0 = {};
                  for (; i4--; ) {
                    let item0 = data9[i4];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err28 = { instancePath: instancePath + "/tasks/" + i0 + "/needs", schemaPath: "#/properties/tasks/items/properties/needs/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema20.properties.tasks.items.properties.needs, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i4;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/tasks/" + i0 + "/needs", schemaPath: "#/properties/tasks/items/properties/needs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.tasks.items.properties.needs.type, parentSchema: schema20.properties.tasks.items.properties.needs, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/properties/tasks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.tasks.items.type, parentSchema: schema20.properties.tasks.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.tasks.type, parentSchema: schema20.properties.tasks, data: data0 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}

// src/util/order.ts
function topoOrder(items) {
  const ids = new Set(items.map((n) => n.id));
  const remaining = new Map(items.map((n) => [n.id, n.needs.filter((id) => ids.has(id)).length]));
  const out = [];
  const done = /* @__PURE__ */ new Set();
  while (out.length < items.length) {
    const next = items.find((n) => !done.has(n.id) && remaining.get(n.id) === 0);
    if (!next) throw new Error("topoOrder: cycle (validation should have caught it)");
    out.push(next);
    done.add(next.id);
    for (const n of items) if (n.needs.includes(next.id)) remaining.set(n.id, remaining.get(n.id) - 1);
  }
  return out;
}
function findCycles(needsOf) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const cycles = [];
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (id) => {
    state.set(id, "visiting");
    stack.push(id);
    for (const next of needsOf.get(id) ?? []) {
      if (typeof next !== "string" || next === id || !needsOf.has(next)) continue;
      if (state.get(next) === "visiting") {
        const cycle = stack.slice(stack.indexOf(next));
        const min = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(min), ...cycle.slice(0, min)];
        const key = rotated.join(">");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...rotated, rotated[0]]);
        }
      } else if (!state.has(next)) visit2(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of [...needsOf.keys()].sort()) if (!state.has(id)) visit2(id);
  return cycles;
}

// src/util/problem.ts
function formatProblem(p) {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}: ${p.message}${p.hint ? `
  hint: ${p.hint}` : ""}`;
}
var ProblemError = class extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "ProblemError";
  }
  problems;
};
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message)
  );
}

// src/util/suggest.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function closest(word, candidates) {
  let best;
  let bestScore = Infinity;
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore && d <= limit) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c === void 0 ? void 0 : `did you mean '${c}'?`;
}

// src/blueprint/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_SOURCE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function parseYamlSource(file, text) {
  const problem = (message, line = 0, column = 0, hint, code = "yaml") => ({
    file,
    line,
    column,
    message,
    code,
    ...hint ? { hint } : {}
  });
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      problems: [
        problem(
          `file is ${bytes} bytes; the limit is ${MAX_SOURCE_BYTES} bytes`,
          0,
          0,
          "split the work into several smaller blueprints",
          "too-large"
        )
      ]
    };
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    schema: "core",
    resolveKnownTags: false
  });
  const at = (offset) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  const problems = [];
  for (const e of yamlErrors(doc, text)) {
    const { line, col } = at(e.offset);
    problems.push(problem(e.message, line, col, e.hint, e.code));
  }
  for (const w of doc.warnings) {
    const { line, col } = at(w.pos[0]);
    const isTag = w.code === "TAG_RESOLVE_FAILED" || w.code === "BAD_COLLECTION_TYPE";
    const tagText = text.slice(w.pos[0], w.pos[1]).trim();
    problems.push(
      problem(
        isTag && tagText.startsWith("!") ? `YAML tag '${tagText}' is not supported` : cleanYamlMessage(w.message),
        line,
        col,
        isTag ? "remove the tag; blueprints use plain YAML values" : void 0,
        isTag ? "yaml-tag" : `yaml-${w.code.toLowerCase()}`
      )
    );
  }
  if (text.includes("\0")) {
    problems.push(problem("file contains a NUL byte; blueprints are text", 0, 0, void 0, "binary"));
  }
  if (problems.length === 0 && /^---(\s|$)/m.test(text.slice(doc.range[1]))) {
    const { line, col } = at(doc.range[1]);
    problems.push(problem("file holds more than one YAML document", line, col, "keep one blueprint per file", "yaml-multi"));
  }
  if (problems.length === 0) {
    (0, import_yaml.visit)(doc, {
      Pair(_, pair) {
        if ((0, import_yaml.isCollection)(pair.key) || (0, import_yaml.isAlias)(pair.key)) {
          const { line, col } = at(pair.key.range?.[0]);
          problems.push(
            problem(
              "a key must be a plain value, not a list, mapping or alias",
              line,
              col,
              "write the key as a plain word such as 'name'",
              "yaml-complex-key"
            )
          );
        }
      }
    });
  }
  if (problems.length > 0) return { problems };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const unresolved = /^Unresolved alias[^:]*: \*?(.*)$/.exec(message.split("\n")[0]);
    const name = unresolved?.[1];
    const { line, col } = at(findAlias(doc, name));
    return {
      problems: [
        name !== void 0 ? problem(
          `alias '*${name}' refers to no anchor defined before it`,
          line,
          col,
          `define '&${name}' on a value earlier in the file, or write the value out`,
          "yaml-alias"
        ) : problem(
          /excessive alias/i.test(message) ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); the file would expand to an unbounded size` : cleanYamlMessage(message),
          line,
          col,
          "write the values out instead of nesting aliases",
          "yaml-alias"
        )
      ]
    };
  }
  return { source: { file, text, doc, lines, data }, problems: [] };
}
function findAlias(doc, name) {
  let found;
  (0, import_yaml.visit)(doc, {
    Alias(_, node) {
      if (name === void 0 || node.source === name) {
        found = node.range?.[0];
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function yamlErrors(doc, text) {
  const out = [];
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let syntaxReported = false;
  for (const e of errors) {
    if (e.code === "DUPLICATE_KEY") {
      let offset = e.pos[0];
      for (let m; m = /^(\s+|#[^\n]*)/.exec(text.slice(offset)); ) offset += m[0].length;
      const key = keyAt(doc, offset);
      out.push({
        offset: key === void 0 ? e.pos[0] : offset,
        message: key === void 0 ? "duplicate key in a mapping" : `duplicate key '${key}'`,
        hint: "each key may appear once in a mapping; remove or rename the duplicate",
        code: "yaml-duplicate_key"
      });
      continue;
    }
    if (syntaxReported) continue;
    syntaxReported = true;
    out.push(describeSyntaxError(doc, text, e, errors));
  }
  return out;
}
function describeSyntaxError(doc, text, e, all) {
  const code = `yaml-${e.code.toLowerCase()}`;
  const message = cleanYamlMessage(e.message);
  const offset = e.pos[0];
  switch (e.code) {
    case "MULTIPLE_DOCS":
      return { offset, message: "file holds more than one YAML document", hint: "keep one blueprint per file", code: "yaml-multi" };
    case "TAB_AS_INDENT":
      return { offset, message: "tab used for indentation", hint: "indent with spaces, not tabs", code };
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      const multi = all.find((o) => o.code === "MULTILINE_IMPLICIT_KEY" && o.pos[0] === offset);
      const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
      if (multi && /^[ \t]*(-[ \t]+)*$/.test(text.slice(lineStart, offset))) {
        return { offset, message: "expected ':' after this key", hint: "write `key: value`, with a space after the colon", code };
      }
      if (multi) {
        const lastLine = text.lastIndexOf("\n", multi.pos[1] - 1) + 1;
        const firstChar = lastLine + (/^[ \t]*/.exec(text.slice(lastLine))?.[0].length ?? 0);
        return {
          offset: firstChar,
          message: "bad indentation: this line is indented deeper than the key above it, so YAML reads it as part of that key's value",
          hint: "indent keys of the same mapping to the same column",
          code: "yaml-bad_indent"
        };
      }
      return {
        offset,
        message: "this value contains ': ', which YAML reads as the start of a nested mapping",
        hint: "put the whole value in quotes, or use a block scalar (`|`)",
        code
      };
    }
    case "BAD_INDENT":
    case "MISSING_CHAR": {
      if (/^Missing closing .?quote/.test(message)) {
        const start = quotedScalarBefore(doc, offset);
        const quote = message.includes("'quote") ? "'" : '"';
        return {
          offset: start ?? offset,
          message: `string opened with ${quote} is never closed`,
          hint: `end the string with ${quote}; to put a ${quote} inside it, write ${quote === '"' ? '\\"' : "''"}`,
          code
        };
      }
      if (/^Implicit map keys need to be followed by map values/.test(message)) {
        return { offset, message: "expected ':' after this key", hint: "write `key: value`, with a space after the colon", code };
      }
      if (/^Flow (sequence|map)/.test(message)) {
        const open = flowCollectionBefore(doc, offset);
        const bracket = message.startsWith("Flow sequence") ? "]" : "}";
        return {
          offset: open ?? offset,
          message: `'${bracket === "]" ? "[" : "{"}' is never closed: expected '${bracket}'`,
          hint: `close it with '${bracket}', or write the items as a block ${bracket === "]" ? "list" : "mapping"}`,
          code
        };
      }
      return { offset, message, ...e.code === "BAD_INDENT" ? { hint: "check the indentation: nested keys are indented under their parent with spaces" } : {}, code };
    }
    default:
      return { offset, message, code };
  }
}
function keyAt(doc, offset) {
  let key;
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      const k = pair.key;
      if (k && (0, import_yaml.isScalar)(k) && k.range?.[0] === offset) {
        key = String(k.value);
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return key;
}
function quotedScalarBefore(doc, offset) {
  let best;
  (0, import_yaml.visit)(doc, {
    Scalar(_, node) {
      const start = node.range?.[0];
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && start !== void 0 && start < offset) {
        if (best === void 0 || start > best) best = start;
      }
    }
  });
  return best;
}
function flowCollectionBefore(doc, offset) {
  let best;
  (0, import_yaml.visit)(doc, {
    Node(_, node) {
      if (!(0, import_yaml.isCollection)(node) || !node.flow || !node.range) return;
      const [start, , end] = node.range;
      if (start < offset && end >= offset && (best === void 0 || start > best)) best = start;
    }
  });
  return best;
}
function cleanYamlMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}
function nodeAt(source, path) {
  let current = source.doc.contents;
  let key;
  for (const seg of path) {
    key = void 0;
    if ((0, import_yaml.isMap)(current)) {
      const pair = current.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: current };
      key = pair.key;
      current = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(current) && typeof seg === "number") {
      const item = current.items[seg];
      if (item === void 0) return { node: current };
      current = item;
    } else {
      return { node: current };
    }
  }
  return { node: current, ...key ? { key } : {} };
}
function positionOf(source, path, preferKey = false) {
  const { node, key } = nodeAt(source, path);
  const target = preferKey && key ? key : node;
  const offset = target?.range?.[0] ?? 0;
  const p = source.lines.linePos(offset);
  return { line: p.line, column: p.col };
}

// src/blueprint/schema-errors.ts
var PATTERN_WORDS = {
  "^[a-z][a-z0-9-]{0,47}$": "lower-case letters, digits and dashes, starting with a letter (at most 48 characters)",
  "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$": "letters, digits, spaces and . _ : / + - (at most 50 characters, no quotes, braces or $)",
  "^[A-Z][A-Z0-9_]{0,99}$": "upper-case letters, digits and underscores, starting with a letter",
  "^/[a-z][a-z0-9-]{0,31}$": "a slash followed by lower-case letters, digits and dashes, such as /claw",
  "^(\\S+\\s+){4}\\S+$": "a five-field cron expression such as '0 3 * * 1'",
  "^[a-z0-9]+([_-][a-z0-9]+)*$": "lower-case letters and digits, optionally joined by single dashes or underscores, such as 'docs' or 'issue-tracker'",
  "^[A-Za-z0-9._-]{1,128}$": "an MCP tool name: letters, digits, '.', '_' and '-' (at most 128 characters)",
  "^[A-Za-z_][A-Za-z0-9_]{0,99}$": "an environment variable name: letters, digits and underscores, not starting with a digit",
  "^(?![\\s\\S]*\\$\\{\\{)": "a literal value: '${{ ... }}' is never expanded here, and MCP servers receive no secrets"
};
function pathOf(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describePath(path) {
  if (path.length === 0) return "the top level";
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function show(value) {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const s = typeof value === "string" ? `'${value}'` : JSON.stringify(value);
  return s === void 0 ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function schemaProblems(source, errors) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    const where = describePath(path);
    let targetPath = path;
    let preferKey = false;
    let message;
    let hint;
    let code = `schema-${e.keyword}`;
    const parent = e.parentSchema ?? {};
    if (e.keyword === "propertyNames") continue;
    const propertyName = e.propertyName;
    if (propertyName !== void 0) {
      targetPath = [...path, propertyName];
      preferKey = true;
      const pattern = e.params.pattern;
      const limit = e.params.limit;
      message = e.keyword === "pattern" ? `key ${show(propertyName)} in ${where} is not a valid name; expected ${PATTERN_WORDS[pattern] ?? `a name matching ${pattern}`}` : e.keyword === "maxLength" ? `key ${show(propertyName)} in ${where} is too long; at most ${limit} characters` : `key ${show(propertyName)} in ${where} ${e.message ?? "is invalid"}`;
      const pos2 = positionOf(source, targetPath, preferKey);
      const key2 = `${pos2.line}:${pos2.column}:${message}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      out.push({ file: source.file, line: pos2.line, column: pos2.column, message, code: "bad-key" });
      continue;
    }
    switch (e.keyword) {
      case "additionalProperties": {
        const key2 = String(e.params.additionalProperty);
        targetPath = [...path, key2];
        preferKey = true;
        const allowed = Object.keys(parent.properties ?? {});
        message = `unknown key '${key2}' in ${where}`;
        hint = key2 === "<<" ? "YAML merge keys ('<<') are not supported; write the keys out" : didYouMean(key2, allowed) ?? `allowed keys: ${allowed.join(", ")}`;
        code = "unknown-key";
        break;
      }
      case "required": {
        const key2 = String(e.params.missingProperty);
        message = `${path.length === 0 ? "the file" : where} is missing required key '${key2}'`;
        code = "missing-key";
        break;
      }
      case "enum": {
        const allowed = e.params.allowedValues.map(String);
        message = `${where} is ${show(e.data)}; expected one of: ${allowed.join(", ")}`;
        hint = typeof e.data === "string" ? didYouMean(e.data, allowed) : void 0;
        code = "bad-value";
        break;
      }
      case "pattern": {
        const pattern = e.params.pattern;
        message = `${where} is ${show(e.data)}; expected ${PATTERN_WORDS[pattern] ?? `a value matching ${pattern}`}`;
        code = "bad-value";
        break;
      }
      case "type": {
        const expected = e.params.type;
        message = `${where} must be ${article(expected)}, not ${kindOf(e.data)}`;
        code = "bad-type";
        if (e.data === null) preferKey = true;
        if (expected === "array" && typeof e.data === "string") hint = `write a list: [${e.data}]`;
        if (expected === "array" && kindOf(e.data) === "a mapping") hint = "write each entry as a list item starting with '- '";
        if (expected === "object" && parent.properties) hint = `write a mapping; allowed keys: ${Object.keys(parent.properties).join(", ")}`;
        if (expected === "boolean" && typeof e.data === "string") hint = "write true or false, without quotes (yes/no/on/off are strings in YAML 1.2)";
        break;
      }
      case "minimum":
      case "maximum": {
        const schema = e.parentSchema;
        message = `${where} is ${show(e.data)}; it must be between ${schema.minimum} and ${schema.maximum}`;
        code = "out-of-range";
        break;
      }
      case "minItems":
        message = `${where} must list at least ${e.params.limit} item(s)`;
        break;
      case "maxItems":
        message = `${where} lists too many items; at most ${e.params.limit} are allowed`;
        break;
      case "minProperties":
        message = `${where} must set at least one key`;
        hint = `allowed keys: ${Object.keys(parent.properties ?? {}).join(", ")}`;
        break;
      case "uniqueItems":
        message = `${where} lists the same item twice`;
        break;
      case "minLength":
        message = `${where} must not be empty`;
        break;
      case "maxLength":
        message = `${where} is too long; at most ${e.params.limit} characters`;
        break;
      default:
        message = `${where} ${e.message ?? "is invalid"}`;
    }
    const pos = positionOf(source, targetPath, preferKey);
    const key = `${pos.line}:${pos.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file: source.file, line: pos.line, column: pos.column, message, code, ...hint ? { hint } : {} });
  }
  return out;
}
function article(type) {
  const t = type.split(",")[0];
  return t === "object" ? "a mapping" : t === "array" ? "a list" : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function kindOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${article(typeof v)} (${show(v)})`;
}

export {
  require_dist,
  topoOrder,
  findCycles,
  formatProblem,
  ProblemError,
  sortProblems,
  didYouMean,
  blueprint,
  config,
  script,
  nodeScripts,
  blueprintTest,
  plan,
  parseYamlSource,
  positionOf,
  schemaProblems
};
