import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-4BX6NHJ2.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/blueprint/schema.ts
var STAGES = ["plan", "execute", "review", "feedback"];
var TRUST_TIERS = ["trusted", "internal", "untrusted"];
var REVIEW_POLICIES = ["auto", "approve-before-merge", "approve-before-execute", "approve-every-step"];
var TOOLS = ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"];
var ISSUE_EVENT_TYPES = ["opened", "labeled"];
var DEFAULT_BUDGETS = { turns: 30, tokens: 5e5, minutes: 30, "ci-rounds": 3 };
var ID_PATTERN = "^[a-z][a-z0-9-]{0,47}$";
var LABEL_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$";
var SECRET_PATTERN = "^[A-Z][A-Z0-9_]{0,99}$";
var MCP_SERVER_PATTERN = "^[a-z0-9]+([_-][a-z0-9]+)*$";
var MCP_TOOL_PATTERN = "^[A-Za-z0-9._-]{1,128}$";
var LITERAL_PATTERN = "^(?![\\s\\S]*\\$\\{\\{)";
var DEFAULT_MCP_TIMEOUT_SECONDS = 60;
var mcpServerSchema = {
  type: "object",
  additionalProperties: false,
  required: ["command"],
  description: "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.",
  properties: {
    command: {
      type: "string",
      minLength: 1,
      maxLength: 500,
      pattern: LITERAL_PATTERN,
      description: "Program to start, found on `PATH` or given as a path. Run without a shell.",
      examples: ["npx"]
    },
    args: {
      type: "array",
      maxItems: 100,
      items: { type: "string", maxLength: 2e3, pattern: LITERAL_PATTERN },
      default: [],
      description: "Arguments passed to the program as they are (no shell, no expansion).",
      examples: [["-y", "@modelcontextprotocol/server-memory"]]
    },
    env: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$" },
      additionalProperties: { type: "string", maxLength: 1e4, pattern: LITERAL_PATTERN },
      default: {},
      description: "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.",
      examples: [{ LOG_LEVEL: "warn" }]
    },
    "timeout-seconds": {
      type: "integer",
      minimum: 1,
      maximum: 3600,
      default: DEFAULT_MCP_TIMEOUT_SECONDS,
      description: "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more."
    }
  }
};
var mcpServersSchema = {
  type: "object",
  propertyNames: { pattern: MCP_SERVER_PATTERN, maxLength: 32 },
  additionalProperties: { $ref: "#/definitions/mcp-server" }
};
var NETWORK_HOST_PATTERN = "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$";
var networkList = {
  type: "array",
  uniqueItems: true,
  maxItems: 100,
  items: { type: "string", pattern: NETWORK_HOST_PATTERN }
};
var budgetProps = {
  turns: {
    type: "integer",
    minimum: 1,
    maximum: 500,
    description: "Maximum model turns for an agent loop."
  },
  tokens: {
    type: "integer",
    minimum: 1e3,
    maximum: 1e7,
    description: "Maximum tokens (input + output) an agent loop may spend."
  },
  minutes: {
    type: "integer",
    minimum: 1,
    maximum: 360,
    description: "Wall-clock minutes; also sets the job's `timeout-minutes`."
  }
};
var blueprintSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw blueprint",
  description: "A DAG of deterministic and agent nodes that `crustyclaw compile` turns into a GitHub or Forgejo Actions workflow.",
  type: "object",
  additionalProperties: false,
  required: ["name", "triggers", "nodes"],
  properties: {
    name: {
      type: "string",
      pattern: ID_PATTERN,
      description: "Identifier of the blueprint: lower-case letters, digits and dashes. Names the compiled workflow file (`crustyclaw-<name>.yml`) and its concurrency group.",
      examples: ["issue-to-pr"]
    },
    description: {
      type: "string",
      maxLength: 2e3,
      description: "What the blueprint does, for people. Never copied into the compiled workflow."
    },
    triggers: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "Events that start the blueprint. At least one is required.",
      properties: {
        issue: {
          type: "object",
          additionalProperties: false,
          description: "An issue is opened or labelled.",
          properties: {
            types: {
              type: "array",
              items: { enum: ISSUE_EVENT_TYPES },
              minItems: 1,
              uniqueItems: true,
              default: ["opened", "labeled"],
              description: "Which issue events start the blueprint."
            },
            labels: {
              type: "array",
              items: { type: "string", pattern: LABEL_PATTERN },
              uniqueItems: true,
              description: "Only issues carrying one of these labels start the blueprint. Empty or absent: every issue.",
              examples: [["crustyclaw"]]
            }
          }
        },
        command: {
          type: "string",
          pattern: "^/[a-z][a-z0-9-]{0,31}$",
          description: "A slash command at the start of an issue or pull-request comment, such as `/claw`.",
          examples: ["/claw"]
        },
        review: {
          type: "boolean",
          description: "A pull-request review is submitted."
        },
        "ci-failure": {
          type: "object",
          additionalProperties: false,
          required: ["workflows"],
          description: "A CI workflow run on a pull request concludes with a failure. GitHub only: Forgejo has no `workflow_run` event, so this trigger is left out of Forgejo workflows with a warning.",
          properties: {
            workflows: {
              type: "array",
              minItems: 1,
              items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$" },
              description: "Names of the CI workflows to watch.",
              examples: [["CI"]]
            }
          }
        },
        schedule: {
          type: "array",
          minItems: 1,
          items: { type: "string", pattern: "^(\\S+\\s+){4}\\S+$" },
          description: "Cron expressions (five fields, UTC).",
          examples: [["0 3 * * 1"]]
        },
        dispatch: {
          type: "boolean",
          description: "Manual start from the forge's UI or API (`workflow_dispatch`), with an optional issue number."
        }
      }
    },
    trust: {
      enum: TRUST_TIERS,
      default: "internal",
      description: "Trust tier of the work. Chooses the runner (see `runners` in `.crustyclaw/config.yml`): `untrusted` runs on an isolated `microvm` runner by default."
    },
    "review-policy": {
      enum: REVIEW_POLICIES,
      default: "approve-before-merge",
      description: "Where humans approve. `auto`: no approval gate; `approve-before-merge`: the pull request is the gate; `approve-before-execute`: the plan is approved before execution; `approve-every-step`: every stage waits for approval."
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      description: "Defaults for every node, and the run's CI-round budget.",
      properties: {
        turns: { ...budgetProps.turns, default: DEFAULT_BUDGETS.turns },
        tokens: { ...budgetProps.tokens, default: DEFAULT_BUDGETS.tokens },
        minutes: { ...budgetProps.minutes, default: DEFAULT_BUDGETS.minutes },
        "ci-rounds": {
          type: "integer",
          minimum: 0,
          maximum: 20,
          default: DEFAULT_BUDGETS["ci-rounds"],
          description: "How many times the feedback stage may iterate on failing CI or review comments."
        }
      }
    },
    escalation: {
      type: "object",
      additionalProperties: false,
      description: "When and how a run hands over to humans.",
      properties: {
        label: {
          type: "string",
          pattern: LABEL_PATTERN,
          default: "crustyclaw:escalated",
          description: "Label added to the issue when a run escalates."
        },
        "failed-tool-calls": {
          type: "integer",
          minimum: 1,
          maximum: 50,
          default: 3,
          description: "Consecutive failing tool calls after which an agent stops and escalates."
        },
        "repeated-actions": {
          type: "integer",
          minimum: 2,
          maximum: 50,
          default: 3,
          description: "Identical consecutive agent actions after which an agent stops and escalates."
        }
      }
    },
    "allow-protected-paths": {
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1, maxLength: 200 },
      description: "Protected paths (`.github/`, `.forgejo/`, `.gitea/`, `action.yml`, agent instruction files, MCP configs, git hooks) this blueprint may change. Empty by default: such changes are refused.",
      examples: [[".github/workflows/ci.yml"]]
    },
    network: {
      ...networkList,
      description: "Hosts that agents, and the nodes that run after them, may reach. Their commands and MCP servers run with no network of their own; requests to these hosts go through CrustyClaw's egress proxy (HTTP_PROXY/HTTPS_PROXY), which refuses every other host and reports it in the tracking comment. Entries: `host`, `host:port` or `*.domain`; without a port, 80 and 443. Empty by default: no network. A node's own `network` replaces this list.",
      examples: [["registry.npmjs.org"], ["registry.npmjs.org", "*.pythonhosted.org", "pypi.org"]]
    },
    "mcp-servers": {
      ...mcpServersSchema,
      description: "MCP servers agent nodes may use, by name. Servers in `.crustyclaw/config.yml` are available too; a blueprint's server of the same name replaces the config's. A node uses a server only through its `agent.mcp` allow-list."
    },
    nodes: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      description: "The steps of the pipeline. Each is either deterministic (`run`) or an agent loop (`agent`).",
      items: { $ref: "#/definitions/node" }
    }
  },
  definitions: {
    node: {
      type: "object",
      additionalProperties: false,
      required: ["id", "stage"],
      description: "One step of the pipeline: exactly one of `run` or `agent`.",
      properties: {
        id: {
          type: "string",
          pattern: ID_PATTERN,
          description: "Unique id within the blueprint; other nodes name it in `needs`."
        },
        stage: {
          enum: STAGES,
          description: "Pipeline stage. Stages run plan \u2192 execute \u2192 review \u2192 feedback; a node may only need nodes of its own or an earlier stage."
        },
        needs: {
          type: "array",
          uniqueItems: true,
          items: { type: "string" },
          description: "Ids of nodes that must finish first."
        },
        trust: {
          enum: TRUST_TIERS,
          description: "Trust tier for this node, overriding the blueprint's."
        },
        run: {
          type: "string",
          minLength: 1,
          maxLength: 2e4,
          description: "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow)."
        },
        secrets: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: SECRET_PATTERN },
          description: "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent."
        },
        minutes: {
          ...budgetProps.minutes,
          description: "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`."
        },
        network: {
          oneOf: [networkList, { const: "any" }],
          description: "Hosts this node's processes may reach through the egress proxy (as the blueprint's `network`), or `any` for the runner's own network. Default: the blueprint's `network` for agents and for nodes that run after an agent (in a later stage, through `needs`, or in feedback), and `any` for nodes that run before any agent. `any` is refused for such nodes of an `untrusted` blueprint."
        },
        agent: { $ref: "#/definitions/agent" }
      }
    },
    agent: {
      type: "object",
      additionalProperties: false,
      required: ["instructions"],
      description: "An agent loop: a model with instructions and a scoped set of tools.",
      properties: {
        instructions: {
          type: "string",
          minLength: 1,
          maxLength: 1e5,
          description: "What the agent should do. The issue's text is passed separately, as delimited data."
        },
        tools: {
          type: "array",
          uniqueItems: true,
          items: { enum: TOOLS },
          default: [],
          description: "Tools granted to the agent. None by default."
        },
        commands: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", minLength: 1, maxLength: 200 },
          default: [],
          description: "Commands `run_command` may run, each matched against the whole command, word by word: a plain word is exactly that argument (`npm test` allows no more); `*` is one argument not starting with `-`; `*` inside a word matches within one argument (`src/*.ts`, `--reporter=*`); a last word `**` allows any number of further arguments not starting with `-`. Options are allowed only where spelled out. `npx X` runs only an X installed in `node_modules/.bin`. See docs/tools.md. Requires the `run_command` tool.",
          examples: [["npm test", "npm test -- **", "npx tsc --noEmit", "npx vitest run -t * **"]]
        },
        model: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$",
          description: "Model as `provider/model`, overriding the repository default.",
          examples: ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"]
        },
        mcp: {
          type: "object",
          propertyNames: { pattern: MCP_SERVER_PATTERN, maxLength: 32 },
          additionalProperties: {
            type: "array",
            minItems: 1,
            maxItems: 100,
            uniqueItems: true,
            items: { type: "string", pattern: MCP_TOOL_PATTERN }
          },
          default: {},
          description: "MCP tools granted to the agent: server name \u2192 the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.",
          examples: [{ docs: ["search_docs", "read_page"] }]
        },
        budget: {
          type: "object",
          additionalProperties: false,
          description: "Budget for this agent, overriding the blueprint's `budgets`.",
          properties: budgetProps
        }
      }
    },
    "mcp-server": mcpServerSchema
  }
};

// src/blueprint/mcp.ts
var MODEL_TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
function mcpToolName(server, tool) {
  return `mcp__${server}__${tool}`;
}
function mcpToolNameProblem(server, tool) {
  const name = mcpToolName(server, tool);
  if (MODEL_TOOL_NAME.test(name)) return void 0;
  const bad = name.match(/[^a-zA-Z0-9_-]/)?.[0];
  const why = bad !== void 0 ? `contains '${bad}'` : `is ${name.length} characters long`;
  return `MCP tool '${tool}' of server '${server}' would be offered to the model as '${name}', which ${why}; model APIs accept tool names of at most 64 letters, digits, '_' and '-'`;
}
function resolveMcpServers(raw) {
  const out = {};
  for (const [name, s] of Object.entries(raw ?? {})) {
    out[name] = { command: s.command, args: s.args ?? [], env: { ...s.env ?? {} }, timeoutSeconds: s["timeout-seconds"] ?? DEFAULT_MCP_TIMEOUT_SECONDS };
  }
  return out;
}
function mergeMcpServers(fromConfig, fromBlueprint) {
  return { ...fromConfig, ...fromBlueprint };
}

// src/generated/validators.js
var ns_ucs2length = __toESM(require_ucs2length(), 1);
var ns_equal = __toESM(require_equal(), 1);
var runtime_ucs2length = typeof ns_ucs2length.default === "function" ? ns_ucs2length.default : ns_ucs2length.default.default;
var runtime_equal = typeof ns_equal.default === "function" ? ns_equal.default : ns_equal.default.default;
var blueprint = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw blueprint", "description": "A DAG of deterministic and agent nodes that `crustyclaw compile` turns into a GitHub or Forgejo Actions workflow.", "type": "object", "additionalProperties": false, "required": ["name", "triggers", "nodes"], "properties": { "name": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Identifier of the blueprint: lower-case letters, digits and dashes. Names the compiled workflow file (`crustyclaw-<name>.yml`) and its concurrency group.", "examples": ["issue-to-pr"] }, "description": { "type": "string", "maxLength": 2e3, "description": "What the blueprint does, for people. Never copied into the compiled workflow." }, "triggers": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Events that start the blueprint. At least one is required.", "properties": { "issue": { "type": "object", "additionalProperties": false, "description": "An issue is opened or labelled.", "properties": { "types": { "type": "array", "items": { "enum": ["opened", "labeled"] }, "minItems": 1, "uniqueItems": true, "default": ["opened", "labeled"], "description": "Which issue events start the blueprint." }, "labels": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, "uniqueItems": true, "description": "Only issues carrying one of these labels start the blueprint. Empty or absent: every issue.", "examples": [["crustyclaw"]] } } }, "command": { "type": "string", "pattern": "^/[a-z][a-z0-9-]{0,31}$", "description": "A slash command at the start of an issue or pull-request comment, such as `/claw`.", "examples": ["/claw"] }, "review": { "type": "boolean", "description": "A pull-request review is submitted." }, "ci-failure": { "type": "object", "additionalProperties": false, "required": ["workflows"], "description": "A CI workflow run on a pull request concludes with a failure. GitHub only: Forgejo has no `workflow_run` event, so this trigger is left out of Forgejo workflows with a warning.", "properties": { "workflows": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$" }, "description": "Names of the CI workflows to watch.", "examples": [["CI"]] } } }, "schedule": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(\\S+\\s+){4}\\S+$" }, "description": "Cron expressions (five fields, UTC).", "examples": [["0 3 * * 1"]] }, "dispatch": { "type": "boolean", "description": "Manual start from the forge's UI or API (`workflow_dispatch`), with an optional issue number." } } }, "trust": { "enum": ["trusted", "internal", "untrusted"], "default": "internal", "description": "Trust tier of the work. Chooses the runner (see `runners` in `.crustyclaw/config.yml`): `untrusted` runs on an isolated `microvm` runner by default." }, "review-policy": { "enum": ["auto", "approve-before-merge", "approve-before-execute", "approve-every-step"], "default": "approve-before-merge", "description": "Where humans approve. `auto`: no approval gate; `approve-before-merge`: the pull request is the gate; `approve-before-execute`: the plan is approved before execution; `approve-every-step`: every stage waits for approval." }, "budgets": { "type": "object", "additionalProperties": false, "description": "Defaults for every node, and the run's CI-round budget.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop.", "default": 30 }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend.", "default": 5e5 }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`.", "default": 30 }, "ci-rounds": { "type": "integer", "minimum": 0, "maximum": 20, "default": 3, "description": "How many times the feedback stage may iterate on failing CI or review comments." } } }, "escalation": { "type": "object", "additionalProperties": false, "description": "When and how a run hands over to humans.", "properties": { "label": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", "default": "crustyclaw:escalated", "description": "Label added to the issue when a run escalates." }, "failed-tool-calls": { "type": "integer", "minimum": 1, "maximum": 50, "default": 3, "description": "Consecutive failing tool calls after which an agent stops and escalates." }, "repeated-actions": { "type": "integer", "minimum": 2, "maximum": 50, "default": 3, "description": "Identical consecutive agent actions after which an agent stops and escalates." } } }, "allow-protected-paths": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Protected paths (`.github/`, `.forgejo/`, `.gitea/`, `action.yml`, agent instruction files, MCP configs, git hooks) this blueprint may change. Empty by default: such changes are refused.", "examples": [[".github/workflows/ci.yml"]] }, "network": { "type": "array", "uniqueItems": true, "maxItems": 100, "items": { "type": "string", "pattern": "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$" }, "description": "Hosts that agents, and the nodes that run after them, may reach. Their commands and MCP servers run with no network of their own; requests to these hosts go through CrustyClaw's egress proxy (HTTP_PROXY/HTTPS_PROXY), which refuses every other host and reports it in the tracking comment. Entries: `host`, `host:port` or `*.domain`; without a port, 80 and 443. Empty by default: no network. A node's own `network` replaces this list.", "examples": [["registry.npmjs.org"], ["registry.npmjs.org", "*.pythonhosted.org", "pypi.org"]] }, "mcp-servers": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "$ref": "#/definitions/mcp-server" }, "description": "MCP servers agent nodes may use, by name. Servers in `.crustyclaw/config.yml` are available too; a blueprint's server of the same name replaces the config's. A node uses a server only through its `agent.mcp` allow-list." }, "nodes": { "type": "array", "minItems": 1, "maxItems": 100, "description": "The steps of the pipeline. Each is either deterministic (`run`) or an agent loop (`agent`).", "items": { "$ref": "#/definitions/node" } } }, "definitions": { "node": { "type": "object", "additionalProperties": false, "required": ["id", "stage"], "description": "One step of the pipeline: exactly one of `run` or `agent`.", "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Unique id within the blueprint; other nodes name it in `needs`." }, "stage": { "enum": ["plan", "execute", "review", "feedback"], "description": "Pipeline stage. Stages run plan \u2192 execute \u2192 review \u2192 feedback; a node may only need nodes of its own or an earlier stage." }, "needs": { "type": "array", "uniqueItems": true, "items": { "type": "string" }, "description": "Ids of nodes that must finish first." }, "trust": { "enum": ["trusted", "internal", "untrusted"], "description": "Trust tier for this node, overriding the blueprint's." }, "run": { "type": "string", "minLength": 1, "maxLength": 2e4, "description": "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow)." }, "secrets": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$" }, "description": "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`." }, "network": { "oneOf": [{ "type": "array", "uniqueItems": true, "maxItems": 100, "items": { "type": "string", "pattern": "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$" } }, { "const": "any" }], "description": "Hosts this node's processes may reach through the egress proxy (as the blueprint's `network`), or `any` for the runner's own network. Default: the blueprint's `network` for agents and for nodes that run after an agent (in a later stage, through `needs`, or in feedback), and `any` for nodes that run before any agent. `any` is refused for such nodes of an `untrusted` blueprint." }, "agent": { "$ref": "#/definitions/agent" } } }, "agent": { "type": "object", "additionalProperties": false, "required": ["instructions"], "description": "An agent loop: a model with instructions and a scoped set of tools.", "properties": { "instructions": { "type": "string", "minLength": 1, "maxLength": 1e5, "description": "What the agent should do. The issue's text is passed separately, as delimited data." }, "tools": { "type": "array", "uniqueItems": true, "items": { "enum": ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"] }, "default": [], "description": "Tools granted to the agent. None by default." }, "commands": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "default": [], "description": "Commands `run_command` may run, each matched against the whole command, word by word: a plain word is exactly that argument (`npm test` allows no more); `*` is one argument not starting with `-`; `*` inside a word matches within one argument (`src/*.ts`, `--reporter=*`); a last word `**` allows any number of further arguments not starting with `-`. Options are allowed only where spelled out. `npx X` runs only an X installed in `node_modules/.bin`. See docs/tools.md. Requires the `run_command` tool.", "examples": [["npm test", "npm test -- **", "npx tsc --noEmit", "npx vitest run -t * **"]] }, "model": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "description": "Model as `provider/model`, overriding the repository default.", "examples": ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"] }, "mcp": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$" } }, "default": {}, "description": "MCP tools granted to the agent: server name \u2192 the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.", "examples": [{ "docs": ["search_docs", "read_page"] }] }, "budget": { "type": "object", "additionalProperties": false, "description": "Budget for this agent, overriding the blueprint's `budgets`.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop." }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`." } } } } }, "mcp-server": { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } } } };
var schema12 = { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime_ucs2length;
var func0 = runtime_equal;
var pattern0 = new RegExp("^[a-z][a-z0-9-]{0,47}$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$", "u");
var pattern2 = new RegExp("^/[a-z][a-z0-9-]{0,31}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$", "u");
var pattern4 = new RegExp("^(\\S+\\s+){4}\\S+$", "u");
var pattern6 = new RegExp("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$", "u");
var pattern7 = new RegExp("^[a-z0-9]+([_-][a-z0-9]+)*$", "u");
var pattern8 = new RegExp("^(?![\\s\\S]*\\$\\{\\{)", "u");
var pattern10 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
var schema13 = { "type": "object", "additionalProperties": false, "required": ["id", "stage"], "description": "One step of the pipeline: exactly one of `run` or `agent`.", "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$", "description": "Unique id within the blueprint; other nodes name it in `needs`." }, "stage": { "enum": ["plan", "execute", "review", "feedback"], "description": "Pipeline stage. Stages run plan \u2192 execute \u2192 review \u2192 feedback; a node may only need nodes of its own or an earlier stage." }, "needs": { "type": "array", "uniqueItems": true, "items": { "type": "string" }, "description": "Ids of nodes that must finish first." }, "trust": { "enum": ["trusted", "internal", "untrusted"], "description": "Trust tier for this node, overriding the blueprint's." }, "run": { "type": "string", "minLength": 1, "maxLength": 2e4, "description": "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow)." }, "secrets": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$" }, "description": "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`." }, "network": { "oneOf": [{ "type": "array", "uniqueItems": true, "maxItems": 100, "items": { "type": "string", "pattern": "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$" } }, { "const": "any" }], "description": "Hosts this node's processes may reach through the egress proxy (as the blueprint's `network`), or `any` for the runner's own network. Default: the blueprint's `network` for agents and for nodes that run after an agent (in a later stage, through `needs`, or in feedback), and `any` for nodes that run before any agent. `any` is refused for such nodes of an `untrusted` blueprint." }, "agent": { "$ref": "#/definitions/agent" } } };
var schema14 = { "type": "object", "additionalProperties": false, "required": ["instructions"], "description": "An agent loop: a model with instructions and a scoped set of tools.", "properties": { "instructions": { "type": "string", "minLength": 1, "maxLength": 1e5, "description": "What the agent should do. The issue's text is passed separately, as delimited data." }, "tools": { "type": "array", "uniqueItems": true, "items": { "enum": ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"] }, "default": [], "description": "Tools granted to the agent. None by default." }, "commands": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "default": [], "description": "Commands `run_command` may run, each matched against the whole command, word by word: a plain word is exactly that argument (`npm test` allows no more); `*` is one argument not starting with `-`; `*` inside a word matches within one argument (`src/*.ts`, `--reporter=*`); a last word `**` allows any number of further arguments not starting with `-`. Options are allowed only where spelled out. `npx X` runs only an X installed in `node_modules/.bin`. See docs/tools.md. Requires the `run_command` tool.", "examples": [["npm test", "npm test -- **", "npx tsc --noEmit", "npx vitest run -t * **"]] }, "model": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "description": "Model as `provider/model`, overriding the repository default.", "examples": ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"] }, "mcp": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$" } }, "default": {}, "description": "MCP tools granted to the agent: server name \u2192 the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.", "examples": [{ "docs": ["search_docs", "read_page"] }] }, "budget": { "type": "object", "additionalProperties": false, "description": "Budget for this agent, overriding the blueprint's `budgets`.", "properties": { "turns": { "type": "integer", "minimum": 1, "maximum": 500, "description": "Maximum model turns for an agent loop." }, "tokens": { "type": "integer", "minimum": 1e3, "maximum": 1e7, "description": "Maximum tokens (input + output) an agent loop may spend." }, "minutes": { "type": "integer", "minimum": 1, "maximum": 360, "description": "Wall-clock minutes; also sets the job's `timeout-minutes`." } } } } };
var pattern13 = new RegExp("^[A-Z][A-Z0-9_]{0,99}$", "u");
var pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
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
      if (!func2.call(schema13.properties, key0)) {
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
            if (!pattern13.test(data7)) {
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
    if (data.network !== void 0) {
      let data9 = data.network;
      const _errs19 = errors;
      let valid7 = false;
      let passing0 = null;
      const _errs20 = errors;
      if (Array.isArray(data9)) {
        if (data9.length > 100) {
          const err20 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema13.properties.network.oneOf[0], data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data10 = data9[i4];
          if (typeof data10 === "string") {
            if (!pattern6.test(data10)) {
              const err21 = { instancePath: instancePath + "/network/" + i4, schemaPath: "#/properties/network/oneOf/0/items/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$" }, message: 'must match pattern "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$"', schema: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$", parentSchema: schema13.properties.network.oneOf[0].items, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/network/" + i4, schemaPath: "#/properties/network/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.network.oneOf[0].items.type, parentSchema: schema13.properties.network.oneOf[0].items, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i5 = data9.length;
        let j2;
        if (i5 > 1) {
          const indices2 = {};
          for (; i5--; ) {
            let item2 = data9[i5];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err23 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema13.properties.network.oneOf[0], data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices2[item2] = i5;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.network.oneOf[0].type, parentSchema: schema13.properties.network.oneOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid7 = true;
        passing0 = 0;
      }
      const _errs24 = errors;
      if ("any" !== data9) {
        const err25 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/oneOf/1/const", keyword: "const", params: { allowedValue: "any" }, message: "must be equal to constant", schema: "any", parentSchema: schema13.properties.network.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      if (_valid0 && valid7) {
        valid7 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid7 = true;
          passing0 = 1;
        }
      }
      if (!valid7) {
        const err26 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.properties.network.oneOf, parentSchema: schema13.properties.network, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.agent !== void 0) {
      let data11 = data.agent;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.instructions === void 0) {
          const err27 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/required", keyword: "required", params: { missingProperty: "instructions" }, message: "must have required property 'instructions'", schema: schema14.required, parentSchema: schema14, data: data11 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key1 in data11) {
          if (!(key1 === "instructions" || key1 === "tools" || key1 === "commands" || key1 === "model" || key1 === "mcp" || key1 === "budget")) {
            const err28 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data11.instructions !== void 0) {
          let data12 = data11.instructions;
          if (typeof data12 === "string") {
            if (func3(data12) > 1e5) {
              const err29 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/maxLength", keyword: "maxLength", params: { limit: 1e5 }, message: "must NOT have more than 100000 characters", schema: 1e5, parentSchema: schema14.properties.instructions, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func3(data12) < 1) {
              const err30 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.instructions, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/agent/instructions", schemaPath: "#/definitions/agent/properties/instructions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.instructions.type, parentSchema: schema14.properties.instructions, data: data12 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.tools !== void 0) {
          let data13 = data11.tools;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data14 = data13[i6];
              if (!(data14 === "read_file" || data14 === "list_files" || data14 === "search" || data14 === "edit_file" || data14 === "write_file" || data14 === "run_command" || data14 === "finish")) {
                const err32 = { instancePath: instancePath + "/agent/tools/" + i6, schemaPath: "#/definitions/agent/properties/tools/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.tools.items.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.tools.items.enum, parentSchema: schema14.properties.tools.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            let i7 = data13.length;
            let j3;
            if (i7 > 1) {
              outer0: for (; i7--; ) {
                for (j3 = i7; j3--; ) {
                  if (func0(data13[i7], data13[j3])) {
                    const err33 = { instancePath: instancePath + "/agent/tools", schemaPath: "#/definitions/agent/properties/tools/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema14.properties.tools, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/agent/tools", schemaPath: "#/definitions/agent/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.tools.type, parentSchema: schema14.properties.tools, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.commands !== void 0) {
          let data15 = data11.commands;
          if (Array.isArray(data15)) {
            const len4 = data15.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data16 = data15[i8];
              if (typeof data16 === "string") {
                if (func3(data16) > 200) {
                  const err35 = { instancePath: instancePath + "/agent/commands/" + i8, schemaPath: "#/definitions/agent/properties/commands/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema14.properties.commands.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (func3(data16) < 1) {
                  const err36 = { instancePath: instancePath + "/agent/commands/" + i8, schemaPath: "#/definitions/agent/properties/commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.commands.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/agent/commands/" + i8, schemaPath: "#/definitions/agent/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.commands.items.type, parentSchema: schema14.properties.commands.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
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
                  const err38 = { instancePath: instancePath + "/agent/commands", schemaPath: "#/definitions/agent/properties/commands/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema14.properties.commands, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/agent/commands", schemaPath: "#/definitions/agent/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.commands.type, parentSchema: schema14.properties.commands, data: data15 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.model !== void 0) {
          let data17 = data11.model;
          if (typeof data17 === "string") {
            if (!pattern15.test(data17)) {
              const err40 = { instancePath: instancePath + "/agent/model", schemaPath: "#/definitions/agent/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$", parentSchema: schema14.properties.model, data: data17 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/agent/model", schemaPath: "#/definitions/agent/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.model.type, parentSchema: schema14.properties.model, data: data17 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data11.mcp !== void 0) {
          let data18 = data11.mcp;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key2 in data18) {
              const _errs42 = errors;
              if (typeof key2 === "string") {
                if (func3(key2) > 32) {
                  const err42 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema14.properties.mcp.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (!pattern7.test(key2)) {
                  const err43 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([_-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([_-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([_-][a-z0-9]+)*$", parentSchema: schema14.properties.mcp.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
              var valid19 = _errs42 === errors;
              if (!valid19) {
                const err44 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema14.properties.mcp.propertyNames, parentSchema: schema14.properties.mcp, data: data18 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            for (const key3 in data18) {
              let data19 = data18[key3];
              if (Array.isArray(data19)) {
                if (data19.length > 100) {
                  const err45 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema14.properties.mcp.additionalProperties, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data19.length < 1) {
                  const err46 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.mcp.additionalProperties, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                const len5 = data19.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data20 = data19[i10];
                  if (typeof data20 === "string") {
                    if (!pattern17.test(data20)) {
                      const err47 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9._-]{1,128}$"', schema: "^[A-Za-z0-9._-]{1,128}$", parentSchema: schema14.properties.mcp.additionalProperties.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.mcp.additionalProperties.items.type, parentSchema: schema14.properties.mcp.additionalProperties.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                let i11 = data19.length;
                let j5;
                if (i11 > 1) {
                  const indices4 = {};
                  for (; i11--; ) {
                    let item4 = data19[i11];
                    if (typeof item4 !== "string") {
                      continue;
                    }
                    if (typeof indices4[item4] == "number") {
                      j5 = indices4[item4];
                      const err49 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema14.properties.mcp.additionalProperties, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i11;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/agent/mcp/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agent/properties/mcp/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.mcp.additionalProperties.type, parentSchema: schema14.properties.mcp.additionalProperties, data: data19 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/agent/mcp", schemaPath: "#/definitions/agent/properties/mcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.mcp.type, parentSchema: schema14.properties.mcp, data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data11.budget !== void 0) {
          let data21 = data11.budget;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key4 in data21) {
              if (!(key4 === "turns" || key4 === "tokens" || key4 === "minutes")) {
                const err52 = { instancePath: instancePath + "/agent/budget", schemaPath: "#/definitions/agent/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.budget, data: data21 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.turns !== void 0) {
              let data22 = data21.turns;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                const err53 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.turns.type, parentSchema: schema14.properties.budget.properties.turns, data: data22 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 500 || isNaN(data22)) {
                  const err54 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500", schema: 500, parentSchema: schema14.properties.budget.properties.turns, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data22 < 1 || isNaN(data22)) {
                  const err55 = { instancePath: instancePath + "/agent/budget/turns", schemaPath: "#/definitions/agent/properties/budget/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.budget.properties.turns, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data21.tokens !== void 0) {
              let data23 = data21.tokens;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err56 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.tokens.type, parentSchema: schema14.properties.budget.properties.tokens, data: data23 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 > 1e7 || isNaN(data23)) {
                  const err57 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema14.properties.budget.properties.tokens, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (data23 < 1e3 || isNaN(data23)) {
                  const err58 = { instancePath: instancePath + "/agent/budget/tokens", schemaPath: "#/definitions/agent/properties/budget/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema14.properties.budget.properties.tokens, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            }
            if (data21.minutes !== void 0) {
              let data24 = data21.minutes;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                const err59 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.budget.properties.minutes.type, parentSchema: schema14.properties.budget.properties.minutes, data: data24 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 360 || isNaN(data24)) {
                  const err60 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 360 }, message: "must be <= 360", schema: 360, parentSchema: schema14.properties.budget.properties.minutes, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data24 < 1 || isNaN(data24)) {
                  const err61 = { instancePath: instancePath + "/agent/budget/minutes", schemaPath: "#/definitions/agent/properties/budget/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.budget.properties.minutes, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/agent/budget", schemaPath: "#/definitions/agent/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.budget.type, parentSchema: schema14.properties.budget, data: data21 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/agent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data11 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
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
    if (data.network !== void 0) {
      let data29 = data.network;
      if (Array.isArray(data29)) {
        if (data29.length > 100) {
          const err67 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.network, data: data29 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        const len5 = data29.length;
        for (let i8 = 0; i8 < len5; i8++) {
          let data30 = data29[i8];
          if (typeof data30 === "string") {
            if (!pattern6.test(data30)) {
              const err68 = { instancePath: instancePath + "/network/" + i8, schemaPath: "#/properties/network/items/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$" }, message: 'must match pattern "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$"', schema: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$", parentSchema: schema11.properties.network.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/network/" + i8, schemaPath: "#/properties/network/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.network.items.type, parentSchema: schema11.properties.network.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        let i9 = data29.length;
        let j3;
        if (i9 > 1) {
          const indices2 = {};
          for (; i9--; ) {
            let item2 = data29[i9];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err70 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema11.properties.network, data: data29 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
              break;
            }
            indices2[item2] = i9;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.network.type, parentSchema: schema11.properties.network, data: data29 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data["mcp-servers"] !== void 0) {
      let data31 = data["mcp-servers"];
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key6 in data31) {
          const _errs68 = errors;
          if (typeof key6 === "string") {
            if (func3(key6) > 32) {
              const err72 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema11.properties["mcp-servers"].propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (!pattern7.test(key6)) {
              const err73 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([_-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([_-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([_-][a-z0-9]+)*$", parentSchema: schema11.properties["mcp-servers"].propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          var valid22 = _errs68 === errors;
          if (!valid22) {
            const err74 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema11.properties["mcp-servers"].propertyNames, parentSchema: schema11.properties["mcp-servers"], data: data31 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        for (const key7 in data31) {
          let data32 = data31[key7];
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.command === void 0) {
              const err75 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema12.required, parentSchema: schema12, data: data32 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key8 in data32) {
              if (!(key8 === "command" || key8 === "args" || key8 === "env" || key8 === "timeout-seconds")) {
                const err76 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data32 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data32.command !== void 0) {
              let data33 = data32.command;
              if (typeof data33 === "string") {
                if (func3(data33) > 500) {
                  const err77 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema12.properties.command, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (func3(data33) < 1) {
                  const err78 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.command, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (!pattern8.test(data33)) {
                  const err79 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.command, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/definitions/mcp-server/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.command.type, parentSchema: schema12.properties.command, data: data33 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data32.args !== void 0) {
              let data34 = data32.args;
              if (Array.isArray(data34)) {
                if (data34.length > 100) {
                  const err81 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema12.properties.args, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const len6 = data34.length;
                for (let i10 = 0; i10 < len6; i10++) {
                  let data35 = data34[i10];
                  if (typeof data35 === "string") {
                    if (func3(data35) > 2e3) {
                      const err82 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i10, schemaPath: "#/definitions/mcp-server/properties/args/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema12.properties.args.items, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (!pattern8.test(data35)) {
                      const err83 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i10, schemaPath: "#/definitions/mcp-server/properties/args/items/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.args.items, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i10, schemaPath: "#/definitions/mcp-server/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.args.items.type, parentSchema: schema12.properties.args.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/definitions/mcp-server/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.args.type, parentSchema: schema12.properties.args, data: data34 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data32.env !== void 0) {
              let data36 = data32.env;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                for (const key9 in data36) {
                  const _errs82 = errors;
                  if (typeof key9 === "string") {
                    if (!pattern10.test(key9)) {
                      const err86 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,99}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,99}$", parentSchema: schema12.properties.env.propertyNames, data: key9, propertyName: key9 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  var valid28 = _errs82 === errors;
                  if (!valid28) {
                    const err87 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema12.properties.env.propertyNames, parentSchema: schema12.properties.env, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                for (const key10 in data36) {
                  let data37 = data36[key10];
                  if (typeof data37 === "string") {
                    if (func3(data37) > 1e4) {
                      const err88 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema12.properties.env.additionalProperties, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (!pattern8.test(data37)) {
                      const err89 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?![\\s\\S]*\\$\\{\\{)" }, message: 'must match pattern "^(?![\\s\\S]*\\$\\{\\{)"', schema: "^(?![\\s\\S]*\\$\\{\\{)", parentSchema: schema12.properties.env.additionalProperties, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.env.additionalProperties.type, parentSchema: schema12.properties.env.additionalProperties, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/definitions/mcp-server/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.env.type, parentSchema: schema12.properties.env, data: data36 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data32["timeout-seconds"] !== void 0) {
              let data38 = data32["timeout-seconds"];
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err92 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["timeout-seconds"].type, parentSchema: schema12.properties["timeout-seconds"], data: data38 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 > 3600 || isNaN(data38)) {
                  const err93 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema12.properties["timeout-seconds"], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data38 < 1 || isNaN(data38)) {
                  const err94 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout-seconds", schemaPath: "#/definitions/mcp-server/properties/timeout-seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties["timeout-seconds"], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/mcp-servers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/mcp-server/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data32 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/mcp-servers", schemaPath: "#/properties/mcp-servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["mcp-servers"].type, parentSchema: schema11.properties["mcp-servers"], data: data31 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data39 = data.nodes;
      if (Array.isArray(data39)) {
        if (data39.length > 100) {
          const err97 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.nodes, data: data39 };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        if (data39.length < 1) {
          const err98 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.nodes, data: data39 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        const len7 = data39.length;
        for (let i11 = 0; i11 < len7; i11++) {
          if (!validate11(data39[i11], { instancePath: instancePath + "/nodes/" + i11, parentData: data39, parentDataProperty: i11, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.nodes.type, parentSchema: schema11.properties.nodes, data: data39 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
  } else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err100];
    } else {
      vErrors.push(err100);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var config = validate13;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "CrustyClaw repository configuration", "type": "object", "additionalProperties": false, "properties": { "forges": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["github", "forgejo"] }, "default": ["github"], "description": "Forges to compile workflows for." }, "blueprints": { "type": "string", "pattern": "^[A-Za-z0-9._/-]+$", "default": ".crustyclaw/blueprints", "description": "Directory holding the repository's blueprints, relative to the repository root." }, "actions": { "type": "object", "additionalProperties": false, "description": "Where the CrustyClaw actions are fetched from.", "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "default": "crustyclaw/crustyclaw", "description": "owner/name of the CrustyClaw repository." }, "ref": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "default": "v1", "description": "Tag, branch or commit of the CrustyClaw actions. Pin a commit SHA for supply-chain safety." }, "forgejo-url": { "type": "string", "pattern": "^https://[A-Za-z0-9.-]+(:[0-9]+)?$", "default": "https://github.com", "description": "Host the Forgejo workflows fetch the CrustyClaw actions from, as a full `uses:` URL (Forgejo resolves short names against its own default actions host, which does not mirror CrustyClaw)." } } }, "runners": { "type": "object", "additionalProperties": false, "description": "Runner labels per trust tier. Top-level tiers apply to every forge; `github` and `forgejo` override per forge.", "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "github": { "type": "object", "additionalProperties": false, "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] } } }, "forgejo": { "type": "object", "additionalProperties": false, "properties": { "trusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "internal": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] }, "untrusted": { "description": "A runner label, or a list of labels the runner must all have.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" } }] } } } } }, "authorize": { "type": "object", "additionalProperties": false, "description": "Who may start agents besides collaborators with write access. On Forgejo, whose automatic token cannot read other users' permission, only these users can start runs unless the workflow is given a token that can.", "properties": { "users": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, "default": [] }, "bots": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, "default": [] } } }, "pull-requests": { "type": "object", "additionalProperties": false, "description": "How CrustyClaw opens pull requests.", "properties": { "reviewers": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "default": [] }, "labels": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, "default": ["crustyclaw"] } } }, "mcp-servers": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+([_-][a-z0-9]+)*$", "maxLength": 32 }, "additionalProperties": { "$ref": "#/definitions/mcp-server" }, "description": "MCP servers every blueprint's agent nodes may grant (through `agent.mcp`). A blueprint's `mcp-servers` entry of the same name replaces the one here." }, "secrets": { "type": "object", "additionalProperties": false, "properties": { "model-api-key": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,99}$", "default": "CRUSTYCLAW_MODEL_API_KEY", "description": "Name of the repository secret holding the model provider's API key, given to agent jobs only." } } } }, "definitions": { "mcp-server": { "type": "object", "additionalProperties": false, "required": ["command"], "description": "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.", "properties": { "command": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^(?![\\s\\S]*\\$\\{\\{)", "description": "Program to start, found on `PATH` or given as a path. Run without a shell.", "examples": ["npx"] }, "args": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2e3, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": [], "description": "Arguments passed to the program as they are (no shell, no expansion).", "examples": [["-y", "@modelcontextprotocol/server-memory"]] }, "env": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,99}$" }, "additionalProperties": { "type": "string", "maxLength": 1e4, "pattern": "^(?![\\s\\S]*\\$\\{\\{)" }, "default": {}, "description": "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.", "examples": [{ "LOG_LEVEL": "warn" }] }, "timeout-seconds": { "type": "integer", "minimum": 1, "maximum": 3600, "default": 60, "description": "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more." } } } } };
var pattern18 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
var pattern19 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern20 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "u");
var pattern21 = new RegExp("^https://[A-Za-z0-9.-]+(:[0-9]+)?$", "u");
var pattern22 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", "u");
var pattern40 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$", "u");
var pattern42 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
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
        if (!pattern18.test(data2)) {
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
            if (!pattern19.test(data4)) {
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
            if (!pattern20.test(data5)) {
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
            if (!pattern21.test(data6)) {
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
            if (!pattern22.test(data8)) {
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
                if (!pattern22.test(data9)) {
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
            if (!pattern22.test(data10)) {
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
                if (!pattern22.test(data11)) {
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
            if (!pattern22.test(data12)) {
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
                if (!pattern22.test(data13)) {
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
                if (!pattern22.test(data15)) {
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
                    if (!pattern22.test(data16)) {
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
                if (!pattern22.test(data17)) {
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
                    if (!pattern22.test(data18)) {
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
                if (!pattern22.test(data19)) {
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
                    if (!pattern22.test(data20)) {
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
                if (!pattern22.test(data22)) {
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
                    if (!pattern22.test(data23)) {
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
                if (!pattern22.test(data24)) {
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
                    if (!pattern22.test(data25)) {
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
                if (!pattern22.test(data26)) {
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
                    if (!pattern22.test(data27)) {
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
                if (!pattern40.test(data30)) {
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
                if (!pattern40.test(data32)) {
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
                if (!pattern42.test(data35)) {
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
            if (!pattern7.test(key7)) {
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
                if (!pattern8.test(data40)) {
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
                    if (!pattern8.test(data42)) {
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
                    if (!pattern10.test(key10)) {
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
                    if (!pattern8.test(data44)) {
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
            if (!pattern13.test(data47)) {
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
var pattern51 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
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
                if (!pattern51.test(data33)) {
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
                if (!pattern51.test(data55)) {
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
                  if (!pattern51.test(data83)) {
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
                    if (!pattern51.test(data104)) {
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
                      if (!pattern51.test(data128)) {
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
var pattern56 = new RegExp("^[a-z0-9][a-z0-9-]{0,39}$", "u");
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
                if (!pattern56.test(data2)) {
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
                    if (!pattern56.test(data10)) {
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
var nodeResult = validate18;
var schema21 = { "$id": "https://crustyclaw.dev/schema/node-result.json", "title": "CrustyClaw node result", "type": "object", "additionalProperties": false, "required": ["node", "stage", "kind", "status", "exitCode", "timedOut", "durationMs", "output"], "properties": { "node": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,47}$" }, "stage": { "enum": ["plan", "execute", "review", "feedback"] }, "kind": { "enum": ["run", "agent"] }, "status": { "enum": ["done", "failed"] }, "exitCode": { "type": ["integer", "null"] }, "timedOut": { "type": "boolean" }, "durationMs": { "type": "number", "minimum": 0 }, "output": { "type": "string", "maxLength": 262144 }, "summary": { "type": "string", "maxLength": 65536 }, "result": { "type": "object" }, "escalation": { "type": "string", "maxLength": 16384 }, "warnings": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 2e3 } }, "usage": { "type": "object", "additionalProperties": false, "required": ["turns", "inputTokens", "outputTokens", "usd", "priced"], "properties": { "turns": { "type": "integer", "minimum": 0 }, "inputTokens": { "type": "integer", "minimum": 0 }, "outputTokens": { "type": "integer", "minimum": 0 }, "usd": { "type": "number", "minimum": 0 }, "priced": { "type": "boolean" } } } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.node === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.timedOut === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.node !== void 0) {
      let data0 = data.node;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err9 = { instancePath: instancePath + "/node", schemaPath: "#/properties/node/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,47}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,47}$"', schema: "^[a-z][a-z0-9-]{0,47}$", parentSchema: schema21.properties.node, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/node", schemaPath: "#/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.node.type, parentSchema: schema21.properties.node, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data1 = data.stage;
      if (!(data1 === "plan" || data1 === "execute" || data1 === "review" || data1 === "feedback")) {
        const err11 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema21.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.stage.enum, parentSchema: schema21.properties.stage, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "run" || data2 === "agent")) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema21.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.kind.enum, parentSchema: schema21.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (!(data3 === "done" || data3 === "failed")) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema21.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.status.enum, parentSchema: schema21.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.exitCode !== void 0) {
      let data4 = data.exitCode;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err14 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema21.properties.exitCode.type }, message: "must be integer,null", schema: schema21.properties.exitCode.type, parentSchema: schema21.properties.exitCode, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.timedOut !== void 0) {
      let data5 = data.timedOut;
      if (typeof data5 !== "boolean") {
        const err15 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.timedOut.type, parentSchema: schema21.properties.timedOut, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.durationMs !== void 0) {
      let data6 = data.durationMs;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.durationMs, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.durationMs.type, parentSchema: schema21.properties.durationMs, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data7 = data.output;
      if (typeof data7 === "string") {
        if (func3(data7) > 262144) {
          const err18 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/maxLength", keyword: "maxLength", params: { limit: 262144 }, message: "must NOT have more than 262144 characters", schema: 262144, parentSchema: schema21.properties.output, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.output.type, parentSchema: schema21.properties.output, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data8 = data.summary;
      if (typeof data8 === "string") {
        if (func3(data8) > 65536) {
          const err20 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema21.properties.summary, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.summary.type, parentSchema: schema21.properties.summary, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.result !== void 0) {
      let data9 = data.result;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err22 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.result.type, parentSchema: schema21.properties.result, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      let data10 = data.escalation;
      if (typeof data10 === "string") {
        if (func3(data10) > 16384) {
          const err23 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/maxLength", keyword: "maxLength", params: { limit: 16384 }, message: "must NOT have more than 16384 characters", schema: 16384, parentSchema: schema21.properties.escalation, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.escalation.type, parentSchema: schema21.properties.escalation, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data11 = data.warnings;
      if (Array.isArray(data11)) {
        if (data11.length > 50) {
          const err25 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema21.properties.warnings, data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (typeof data12 === "string") {
            if (func3(data12) > 2e3) {
              const err26 = { instancePath: instancePath + "/warnings/" + i0, schemaPath: "#/properties/warnings/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema21.properties.warnings.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/warnings/" + i0, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.warnings.items.type, parentSchema: schema21.properties.warnings.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.warnings.type, parentSchema: schema21.properties.warnings, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.usage !== void 0) {
      let data13 = data.usage;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.turns === void 0) {
          const err29 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/required", keyword: "required", params: { missingProperty: "turns" }, message: "must have required property 'turns'", schema: schema21.properties.usage.required, parentSchema: schema21.properties.usage, data: data13 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data13.inputTokens === void 0) {
          const err30 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/required", keyword: "required", params: { missingProperty: "inputTokens" }, message: "must have required property 'inputTokens'", schema: schema21.properties.usage.required, parentSchema: schema21.properties.usage, data: data13 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data13.outputTokens === void 0) {
          const err31 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/required", keyword: "required", params: { missingProperty: "outputTokens" }, message: "must have required property 'outputTokens'", schema: schema21.properties.usage.required, parentSchema: schema21.properties.usage, data: data13 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data13.usd === void 0) {
          const err32 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/required", keyword: "required", params: { missingProperty: "usd" }, message: "must have required property 'usd'", schema: schema21.properties.usage.required, parentSchema: schema21.properties.usage, data: data13 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data13.priced === void 0) {
          const err33 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/required", keyword: "required", params: { missingProperty: "priced" }, message: "must have required property 'priced'", schema: schema21.properties.usage.required, parentSchema: schema21.properties.usage, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === "turns" || key1 === "inputTokens" || key1 === "outputTokens" || key1 === "usd" || key1 === "priced")) {
            const err34 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.usage, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.turns !== void 0) {
          let data14 = data13.turns;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err35 = { instancePath: instancePath + "/usage/turns", schemaPath: "#/properties/usage/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.usage.properties.turns.type, parentSchema: schema21.properties.usage.properties.turns, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err36 = { instancePath: instancePath + "/usage/turns", schemaPath: "#/properties/usage/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.usage.properties.turns, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data13.inputTokens !== void 0) {
          let data15 = data13.inputTokens;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err37 = { instancePath: instancePath + "/usage/inputTokens", schemaPath: "#/properties/usage/properties/inputTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.usage.properties.inputTokens.type, parentSchema: schema21.properties.usage.properties.inputTokens, data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err38 = { instancePath: instancePath + "/usage/inputTokens", schemaPath: "#/properties/usage/properties/inputTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.usage.properties.inputTokens, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data13.outputTokens !== void 0) {
          let data16 = data13.outputTokens;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err39 = { instancePath: instancePath + "/usage/outputTokens", schemaPath: "#/properties/usage/properties/outputTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.usage.properties.outputTokens.type, parentSchema: schema21.properties.usage.properties.outputTokens, data: data16 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err40 = { instancePath: instancePath + "/usage/outputTokens", schemaPath: "#/properties/usage/properties/outputTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.usage.properties.outputTokens, data: data16 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data13.usd !== void 0) {
          let data17 = data13.usd;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err41 = { instancePath: instancePath + "/usage/usd", schemaPath: "#/properties/usage/properties/usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.usage.properties.usd, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/usage/usd", schemaPath: "#/properties/usage/properties/usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.usage.properties.usd.type, parentSchema: schema21.properties.usage.properties.usd, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data13.priced !== void 0) {
          let data18 = data13.priced;
          if (typeof data18 !== "boolean") {
            const err43 = { instancePath: instancePath + "/usage/priced", schemaPath: "#/properties/usage/properties/priced/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.usage.properties.priced.type, parentSchema: schema21.properties.usage.properties.priced, data: data18 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.usage.type, parentSchema: schema21.properties.usage, data: data13 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}

// src/policy/command-line.ts
var OPERATORS = {
  ";": "separates commands",
  "&": "chains or backgrounds commands",
  "|": "pipes or chains commands",
  "<": "redirects input",
  ">": "redirects output",
  "(": "starts a subshell",
  ")": "ends a subshell",
  $: "expands variables and substitutes commands",
  "`": "substitutes commands"
};
function splitCommandLine(text) {
  const newline = text.search(/[\r\n]/);
  if (newline >= 0) return { error: "the command spans several lines; run_command runs one command per call, on one line", offset: newline };
  const words = [];
  let word;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === " " || c === "	") {
      if (word) words.push(word);
      word = void 0;
      continue;
    }
    word ??= { text: "", offset: i, stars: [] };
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: "a single quote is not closed", offset: i };
      word.text += text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        const d = text[j];
        if (d === "$" || d === "`") {
          return { error: `\`${d}\` inside double quotes would be expanded by a shell, but run_command uses no shell; put literal text in single quotes`, offset: j };
        }
        if (d === "\\" && j + 1 < text.length && '"\\$`'.includes(text[j + 1])) word.text += text[++j];
        else word.text += d;
      }
      if (j >= text.length) return { error: "a double quote is not closed", offset: i };
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= text.length) return { error: "the command ends with a lone backslash", offset: i };
      word.text += text[++i];
    } else if (c in OPERATORS) {
      return {
        error: `\`${c}\` ${OPERATORS[c]} in a shell, but run_command runs a single program without a shell, so it would not; run one command per call, with no pipes, redirection or substitution (quote the character if it is meant literally)`,
        offset: i
      };
    } else {
      if (c === "*") word.stars.push(word.text.length);
      word.text += c;
    }
  }
  if (word) words.push(word);
  if (words.length === 0) return { error: "the command is empty", offset: 0 };
  return { words };
}
function parseCommand(text) {
  const split = splitCommandLine(text);
  return "error" in split ? split : { argv: split.words.map((w) => w.text) };
}

// src/policy/package-runners.ts
import path from "node:path";
var LOCAL_FIRST = [["npx"], ["npm", "exec"], ["npm", "x"], ["pnpm", "exec"], ["bunx"], ["bun", "x"]];
var DOWNLOADING = [
  ["pnpm", "dlx"],
  ["pnpx"],
  // pnpm dlx since pnpm 7
  ["yarn", "dlx"],
  ["npm", "init"],
  // `npm init foo` runs create-foo from the registry
  ["npm", "innit"],
  ["npm", "create"],
  ["pnpm", "create"],
  ["yarn", "create"],
  ["bun", "create"]
];
var INSTALL_HINT = "add the tool to the project's devDependencies and allow `npx <name> \u2026` for it";
function packageRun(argv) {
  if (argv.length === 0) return void 0;
  const words = [path.posix.basename(argv[0]), ...argv.slice(1)];
  const starts = (prefix) => prefix.every((p, i2) => words[i2] === p);
  const downloading = DOWNLOADING.find(starts);
  if (downloading) {
    const runner2 = downloading.join(" ");
    const target = words.findIndex((w, i2) => i2 >= downloading.length && !w.startsWith("-"));
    if (target >= 0) {
      return { kind: "refused", reason: `\`${runner2}\` downloads a package from the registry and runs it`, hint: INSTALL_HINT, word: target };
    }
    return void 0;
  }
  const local = LOCAL_FIRST.find(starts);
  if (!local) return void 0;
  const runner = local.join(" ");
  let i = local.length;
  if (words[i] === "--") i++;
  const bin = words[i];
  if (bin === void 0) {
    return { kind: "refused", reason: `\`${runner}\` needs the name of an installed binary to run`, hint: `write \`${runner} <name> \u2026\``, word: local.length - 1 };
  }
  if (bin.startsWith("-")) {
    return {
      kind: "refused",
      reason: `options of \`${runner}\` (here '${bin}') are not supported: run_command runs the installed binary from node_modules/.bin itself, and never lets ${runner} fetch a package`,
      hint: `name the binary right after \`${runner}\`, such as \`${runner} tsc --noEmit\``,
      word: i
    };
  }
  if (bin === "" || bin === "." || bin === ".." || /[/\\@]/.test(bin)) {
    return {
      kind: "refused",
      reason: `'${bin}' is a package specification, not the name of an installed binary; ${runner} would fetch it from the registry (or run a path), and run_command only runs binaries installed in node_modules/.bin`,
      hint: INSTALL_HINT,
      word: i
    };
  }
  return { kind: "bin", runner, bin, args: argv.slice(i + 1) };
}

// src/policy/command-patterns.ts
function parseCommandPattern(entry) {
  const split = splitCommandLine(entry);
  if ("error" in split) {
    return { error: `is not a single command: ${split.error}`, offset: split.offset, hint: "write one program and its arguments, such as `npx vitest run **`; quote characters meant literally" };
  }
  const { words } = split;
  const program = words[0];
  if (program.stars.length > 0) {
    return { error: "names its program with `*`; the program must be written out", offset: program.offset, hint: "list each program in its own entry, such as `npm test`" };
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(program.text)) {
    return { error: `starts with the environment assignment '${program.text}', which run_command does not support`, offset: program.offset, hint: "set variables in the program's own configuration, or in a deterministic `run` node" };
  }
  const out = [{ kind: "literal", text: program.text }];
  let rest = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (isRest(w)) {
      if (i !== words.length - 1) {
        return { error: "has `**` before its last word; `**` stands for any number of further arguments, so it can only end an entry", offset: w.offset, hint: "use `*` for exactly one argument, or move `**` to the end" };
      }
      rest = true;
      continue;
    }
    if (w.stars.some((s, j) => w.stars[j + 1] === s + 1)) {
      return {
        error: `has \`**\` inside the word '${w.text}'; only a whole last word \`**\` is special, and a single \`*\` already matches any characters within one argument, \`/\` included`,
        offset: w.offset,
        hint: "write one `*` (`src/*.ts` matches `src/a/b.ts`), or end the entry with the word `**` for more arguments"
      };
    }
    out.push(compileWord(w));
  }
  const refused = packageRun(words.map((w) => w.text));
  if (refused?.kind === "refused") return { error: `can never run: ${refused.reason}`, offset: words[refused.word].offset, hint: refused.hint };
  return { pattern: { entry, words: out, rest } };
}
function isRest(w) {
  return w.text === "**" && w.stars.length === 2;
}
function compileWord(w) {
  if (w.stars.length === 0) return { kind: "literal", text: w.text };
  const pieces = [];
  let from = 0;
  for (const s of w.stars) {
    pieces.push(w.text.slice(from, s));
    from = s + 1;
  }
  pieces.push(w.text.slice(from));
  return { kind: "glob", pieces, failures: pieces.map(failureTable), option: w.text.startsWith("-") };
}
function patternMatches(pattern, argv) {
  const { words, rest } = pattern;
  if (rest ? argv.length < words.length : argv.length !== words.length) return false;
  for (let i = 0; i < words.length; i++) if (!wordMatches(words[i], argv[i])) return false;
  for (let i = words.length; i < argv.length; i++) if (argv[i].startsWith("-")) return false;
  return true;
}
function wordMatches(w, arg) {
  if (w.kind === "literal") return arg === w.text;
  if (arg.startsWith("-") && !w.option) return false;
  const { pieces, failures } = w;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (arg.length < first.length + last.length || !arg.startsWith(first) || !arg.endsWith(last)) return false;
  let at = first.length;
  const end = arg.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = find(arg, pieces[i], failures[i], at, end);
    if (found < 0) return false;
    at = found + pieces[i].length;
  }
  return true;
}
function failureTable(p) {
  const f = new Array(p.length).fill(0);
  for (let i = 1, k = 0; i < p.length; i++) {
    while (k > 0 && p[i] !== p[k]) k = f[k - 1];
    if (p[i] === p[k]) k++;
    f[i] = k;
  }
  return f;
}
function find(text, p, f, from, end) {
  if (p.length === 0) return from;
  for (let i = from, k = 0; i < end; i++) {
    while (k > 0 && text[i] !== p[k]) k = f[k - 1];
    if (text[i] === p[k]) k++;
    if (k === p.length) return i - p.length + 1;
  }
  return -1;
}

export {
  STAGES,
  TOOLS,
  DEFAULT_BUDGETS,
  ID_PATTERN,
  MCP_SERVER_PATTERN,
  MCP_TOOL_PATTERN,
  mcpServerSchema,
  mcpServersSchema,
  NETWORK_HOST_PATTERN,
  blueprintSchema,
  parseCommand,
  packageRun,
  parseCommandPattern,
  patternMatches,
  mcpToolName,
  mcpToolNameProblem,
  resolveMcpServers,
  mergeMcpServers,
  blueprint,
  config,
  script,
  nodeScripts,
  blueprintTest,
  plan,
  nodeResult,
  require_codegen,
  require_util,
  require_names,
  require_validate,
  require_validation_error,
  require_ref_error,
  require_compile,
  require_core,
  require_ref,
  require_dependencies,
  require_draft7,
  require_discriminator,
  require_ajv
};
