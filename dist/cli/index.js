#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
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
}
exports.Name = Name;
class _Code extends _CodeOrName {
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
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
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
const plus = new _Code("+");
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
            if (res !== undefined) {
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
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
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
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
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
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
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
}
class Assign extends Node {
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
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
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
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
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
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
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
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
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
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
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
}
class ForRange extends For {
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
}
class ForIter extends For {
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
}
class Func extends BlockNode {
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
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
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
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
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
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
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
        if (rhs !== undefined && constant)
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
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
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
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
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
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
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
        if (n instanceof N1 || (N2 && n instanceof N2)) {
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
}
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
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
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
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
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
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
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
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
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
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
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
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
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
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
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
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
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
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
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
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
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
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
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
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
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
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
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
    "const",
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
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
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
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
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
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
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
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
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
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
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
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
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
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
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
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
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
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
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
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
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
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
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
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
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
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
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
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
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
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
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
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
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
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
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
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
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
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
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
class KeywordCxt {
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
        }
        else {
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
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
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
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
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
        if (this.errsCount === undefined)
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
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
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
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
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
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
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
    }
    else {
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
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
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
        compositeRule: true,
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
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
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
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
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
    "Error",
]);
const removedOptions = {
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
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
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
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
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
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
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
            }
            catch (e) {
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
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
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
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
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
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
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
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
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
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
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
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
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
                }
                else if (sch && !sch.meta) {
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
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
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
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
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
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
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
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
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
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
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
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
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
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
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
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
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
                }
                else {
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
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
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
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
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
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
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
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
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
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
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
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
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
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
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
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
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
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
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
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
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
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
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
                }
                else {
                    gen.var(valid, true); // TODO var
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
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
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
            }
            else {
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
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
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
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
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
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
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
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
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
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
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
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
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
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
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
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
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
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
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
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
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
                    if (sch === undefined)
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
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
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
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
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
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
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
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
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
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
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
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
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
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
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
            }
            else {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
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
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
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
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2405);

const controller = new AbortController();
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        interrupts += 1;
        // A second interrupt means "now": leave without waiting for the command to wind down.
        if (interrupts > 1)
            process.exit(130);
        process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
        controller.abort(new Error(`interrupted by ${signal}`));
    });
}
const exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: { write: (text) => process.stdout.write(text) },
    stderr: { write: (text) => process.stderr.write(text) },
    isTTY: process.stdout.isTTY,
    signal: controller.signal,
});
process.exitCode = exitCode;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS, usage

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./src/apply/journal.ts
function entryFromChange(change, index, origin = 'plan') {
    const entry = {
        index,
        action: change.action,
        scheme: change.scheme,
        schemeId: change.schemeId,
        origin,
        result: 'pending',
        attempts: 0,
    };
    if (change.permission !== undefined)
        entry.permission = change.permission;
    if (change.holder !== undefined)
        entry.holder = { ...change.holder };
    if (change.grantId !== undefined)
        entry.grantId = change.grantId;
    if (change.label !== undefined)
        entry.label = change.label;
    if (change.from !== undefined)
        entry.from = { ...change.from };
    if (change.to !== undefined)
        entry.to = { ...change.to };
    return entry;
}
function countEntries(entries) {
    const counts = { total: entries.length, done: 0, failed: 0, skipped: 0, pending: 0 };
    for (const entry of entries)
        counts[entry.result] += 1;
    return counts;
}
/** A holder as people read it: the label when the plan had one, else type and parameter. */
function holderText(entry) {
    if (entry.label !== undefined && entry.label !== '')
        return entry.label;
    const holder = entry.holder;
    if (holder === undefined)
        return '';
    const reference = holder.parameter ?? holder.value;
    return reference === undefined || reference === '' ? holder.type : `${holder.type} ${reference}`;
}
function schemeText(entry) {
    return entry.schemeId === null ? `"${entry.scheme}"` : `"${entry.scheme}" (${entry.schemeId})`;
}
/** What a change does, in one line: `+ BROWSE_PROJECTS group jira-devs in "Software" (10001)`. */
function describeChange(entry) {
    switch (entry.action) {
        case 'create-scheme':
            return `+ scheme ${schemeText(entry)}`;
        case 'delete-scheme':
            return `- scheme ${schemeText(entry)}`;
        case 'update-scheme': {
            const parts = [];
            if (entry.to?.name !== undefined && entry.to.name !== entry.from?.name) {
                parts.push(`name "${entry.from?.name ?? ''}" -> "${entry.to.name}"`);
            }
            if (entry.to?.description !== entry.from?.description)
                parts.push('description');
            return `~ scheme ${schemeText(entry)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
        }
        case 'add-grant':
            return `+ ${entry.permission ?? '?'} ${holderText(entry)} in ${schemeText(entry)}`;
        case 'remove-grant':
            return `- ${entry.permission ?? '?'} ${holderText(entry)} in ${schemeText(entry)}`;
    }
}
/** The progress line printed as each change settles: `[12/40] + BROWSE_PROJECTS group x in "S" ... done`. */
function progressLine(entry, position, total) {
    const width = String(total).length;
    const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
    const detail = entry.detail === undefined ? '' : `: ${entry.detail}`;
    return `[${String(position).padStart(width)}/${total}] ${describeChange(entry)}${origin} ... ${entry.result}${detail}`;
}
/** The closing line: `Apply failed: 10 done, 1 failed, 3 skipped.` */
function summaryLine(journal) {
    const { done, failed, skipped } = journal.counts;
    if (journal.counts.total === 0)
        return journal.message;
    const tally = `${done} done, ${failed} failed, ${skipped} skipped`;
    return `${journal.message} (${tally})`;
}
function journalToJson(journal) {
    return `${JSON.stringify(journal, null, 2)}\n`;
}
/**
 * Escapes user-controlled text for Markdown: no HTML, no @mentions, no table or emphasis breakage.
 * Scheme names, group names and descriptions all come from Jira or the files, never from us.
 */
function escapeMarkdown(text) {
    return text
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;')
        .replace(/\r?\n/g, ' ');
}
const OUTCOME_HEADING = {
    'no-changes': 'Apply: no changes',
    converged: 'Apply: done, Jira matches the files',
    failed: 'Apply: FAILED',
    refused: 'Apply: refused, nothing was written',
    interrupted: 'Apply: interrupted',
};
const RESULT_MARK = {
    done: 'done',
    failed: '**failed**',
    skipped: 'skipped',
    pending: 'not started',
};
/** Changes still to make listed in the summary; the rest are counted. */
const REMAINING_LIMIT = 50;
/** Rows beyond this are summarised, so the job summary stays well under GitHub's 1 MiB step limit. */
const MARKDOWN_ROW_LIMIT = 500;
/** The journal for the action's job summary: verdict first, failures first, one table row per change. */
function journalToMarkdown(journal) {
    const lines = [
        `## ${OUTCOME_HEADING[journal.outcome]}`,
        '',
        escapeMarkdown(summaryLine(journal)),
        '',
    ];
    if (journal.refusals.length > 0) {
        lines.push('Apply refused to start:', '');
        for (const refusal of journal.refusals)
            lines.push(`- ${escapeMarkdown(refusal)}`);
        lines.push('');
    }
    if (journal.remaining.length > 0) {
        lines.push('Still different in Jira after apply (run apply again once the cause is fixed):', '');
        for (const change of journal.remaining.slice(0, REMAINING_LIMIT)) {
            lines.push(`- \`${describeChange(change).replace(/`/g, "'")}\``);
        }
        if (journal.remaining.length > REMAINING_LIMIT) {
            lines.push(`- ... and ${journal.remaining.length - REMAINING_LIMIT} more (run jira-perms plan to see them all)`);
        }
        lines.push('');
    }
    if (journal.entries.length > 0) {
        const ordered = [
            ...journal.entries.filter((entry) => entry.result === 'failed'),
            ...journal.entries.filter((entry) => entry.result !== 'failed'),
        ];
        lines.push('| # | change | result | detail |', '|---:|---|---|---|');
        for (const entry of ordered.slice(0, MARKDOWN_ROW_LIMIT)) {
            const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
            lines.push(`| ${entry.index} | ${escapeMarkdown(describeChange(entry) + origin)} | ${RESULT_MARK[entry.result]} | ${escapeMarkdown(entry.detail ?? '')} |`);
        }
        if (ordered.length > MARKDOWN_ROW_LIMIT) {
            lines.push('', `${ordered.length - MARKDOWN_ROW_LIMIT} more changes are not shown here; the full journal is in the JSON written with \`--out\`.`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/model/holder.ts
/**
 * Permission holders as Jira spells them on the wire, and the one canonical identity the whole product
 * compares them by. Every step (loading, resolving, reading live state, planning) ends in this shape, so
 * the planner compares like with like.
 */
/** The eleven holder types Jira documents for permission grants. */
const HOLDER_TYPES = [
    'anyone',
    'applicationRole',
    'assignee',
    'group',
    'groupCustomField',
    'projectLead',
    'projectRole',
    'reporter',
    'sd.customer.portal.only',
    'user',
    'userCustomField',
];
/** Holder types that never carry a parameter. (`applicationRole` may or may not.) */
const PARAMETERLESS_HOLDER_TYPES = new Set([
    'anyone',
    'assignee',
    'reporter',
    'projectLead',
    'sd.customer.portal.only',
]);
function isKnownHolderType(type) {
    return HOLDER_TYPES.includes(type);
}
/**
 * The identity of a holder: two holders with the same key are the same grant target, whatever spelling
 * (parameter vs value, name vs id) produced them. Groups are identified by id where Jira gives one
 * (names can change) and by name on Data Center, where groups have no id.
 */
function holderKey(holder) {
    const value = holder.value ?? undefined;
    const parameter = holder.parameter ?? undefined;
    if (PARAMETERLESS_HOLDER_TYPES.has(holder.type))
        return holder.type;
    if (holder.type === 'group') {
        if (value !== undefined && value !== '')
            return `group#id:${value}`;
        return `group#name:${parameter ?? ''}`;
    }
    const id = value ?? parameter;
    return id === undefined || id === '' ? holder.type : `${holder.type}:${id}`;
}
/** The identity of a grant: permission key plus holder identity. */
function grantKey(permission, holder) {
    return `${permission}|${holderKey(holder)}`;
}

;// CONCATENATED MODULE: ./src/apply/failure.ts
/** Thrown when an interrupt's grace period ends before the in-flight write answered. */
class InterruptedInFlight extends Error {
    constructor() {
        super('interrupted while the request was in flight; its outcome is unknown');
        this.name = 'InterruptedInFlight';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
const OUTCOMES = ['not-sent', 'rejected', 'unknown'];
/**
 * Classifies any thrown value. A JiraError carries its `outcome`; anything else (a bug, a raw network
 * error) is treated as `unknown`, the conservative reading: apply re-reads before deciding.
 */
function classifyFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isRecord(error))
        return { outcome: 'unknown', message };
    const outcome = typeof error.outcome === 'string' && OUTCOMES.includes(error.outcome) ? error.outcome : 'unknown';
    // A JiraError's message carries the call and a list of fixes for people at a terminal; the journal
    // wants one line per change: what happened and what Jira said.
    const concise = typeof error.summary === 'string' && error.summary !== ''
        ? `${error.summary}${typeof error.jiraMessage === 'string' && error.jiraMessage !== '' ? ` Jira said: ${error.jiraMessage}` : ''}`
        : message;
    const failure = { outcome: outcome, message: concise };
    if (typeof error.status === 'number')
        failure.status = error.status;
    if (typeof error.retryAfterMs === 'number')
        failure.retryAfterMs = error.retryAfterMs;
    return failure;
}
/**
 * The 403 on a removal, in words that say what to grant. The access categories are those of Atlassian's
 * TWG CLI reference (read / write and manage / delete); the scopes are Jira's own for these endpoints.
 */
function deleteAccessHint(kind) {
    const scope = kind === 'grant' ? 'delete:permission:jira' : 'delete:permission-scheme:jira';
    return (`the token lacks delete access: Jira refused the ${kind === 'grant' ? 'grant removal' : 'scheme deletion'} (403). ` +
        `Give the token the Delete category: for an OAuth 2.0 or TWG CLI token, allow ${scope} ` +
        `(Atlassian Administration > Rovo > Teamwork Graph CLI > Permissions > Delete, or the app's scopes; ` +
        `the classic scope manage:jira-configuration also covers it); for an API token, the user needs the ` +
        `Administer Jira global permission. Then run apply again.`);
}
/** The 403 on a create or update: the write-and-manage category. */
function writeAccessHint() {
    return ('the token lacks write access (403). Give it the Write and manage category: for an OAuth 2.0 or TWG CLI ' +
        'token, allow write:permission-scheme:jira and write:permission:jira (or the classic ' +
        'manage:jira-configuration); for an API token, the user needs the Administer Jira global permission.');
}

;// CONCATENATED MODULE: ./src/apply/executor.ts



function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Rejections that may only mean "already so": a duplicate add, a removal of something already gone. */
function mayAlreadyBeDone(kind, failure) {
    if (failure.outcome !== 'rejected')
        return false;
    if (kind === 'add')
        return failure.status === 400 || failure.status === 409;
    if (kind === 'remove')
        return failure.status === 400 || failure.status === 404;
    if (kind === 'delete')
        return failure.status === 404;
    return false;
}
class PlanExecutor {
    options;
    entries = [];
    created = new Map();
    settled = 0;
    sleep;
    maxAttempts;
    backoffMs;
    maxRetryAfterMs;
    abortGraceMs;
    constructor(options) {
        this.options = options;
        this.sleep = options.sleep ?? defaultSleep;
        this.maxAttempts = options.maxAttempts ?? 4;
        this.backoffMs = options.backoffMs ?? 250;
        this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
        this.abortGraceMs = options.abortGraceMs ?? 2_000;
    }
    get writer() {
        return this.options.writer;
    }
    aborted() {
        return this.options.signal?.aborted === true;
    }
    emit(event) {
        this.options.onEvent?.(event);
    }
    settle(entry, result, detail) {
        entry.result = result;
        if (detail !== undefined)
            entry.detail = detail;
        this.settled += 1;
        this.emit({ type: 'entry', entry, position: this.settled, total: this.entries.length });
    }
    addEntry(change, origin = 'plan') {
        const entry = entryFromChange(change, this.entries.length + 1, origin);
        this.entries.push(entry);
        return entry;
    }
    /** Waits for `work`, but after an interrupt only for the grace period. */
    withinGrace(work) {
        const signal = this.options.signal;
        if (signal === undefined)
            return work;
        return new Promise((resolve, reject) => {
            let timer;
            const onAbort = () => {
                timer = setTimeout(() => {
                    reject(new InterruptedInFlight());
                }, this.abortGraceMs);
            };
            const cleanup = () => {
                if (timer !== undefined)
                    clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
            };
            if (signal.aborted)
                onAbort();
            else
                signal.addEventListener('abort', onAbort, { once: true });
            work.then((value) => {
                cleanup();
                resolve(value);
            }, (error) => {
                cleanup();
                reject(error instanceof Error ? error : new Error(String(error)));
            });
        });
    }
    /** A pause that an interrupt cuts short. */
    async pause(ms) {
        if (this.aborted() || ms <= 0)
            return;
        await this.withinGrace(this.sleep(ms)).catch(() => undefined);
    }
    backoff(attempt) {
        return Math.min(this.backoffMs * 2 ** (attempt - 1), 8_000);
    }
    /**
     * One write, made safe to repeat: sends it, and on any answer that leaves its effect in doubt reads
     * Jira before deciding whether to send it again. Returns the effect, or undefined when not done.
     */
    async perform(spec) {
        const { entry, kind } = spec;
        let last;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            if (this.aborted()) {
                // Here every earlier attempt is known not to have happened (429, not sent, or a re-read
                // showed it absent): nothing is in doubt, it simply was not sent again.
                this.settle(entry, 'skipped', last === undefined
                    ? 'interrupted before it started'
                    : `interrupted before it was sent again; it did not happen (last answer: ${last.message})`);
                return undefined;
            }
            entry.attempts += 1;
            try {
                const value = await this.withinGrace(spec.send());
                this.settle(entry, 'done', last === undefined ? undefined : `done on attempt ${attempt} (before: ${last.message})`);
                return value;
            }
            catch (error) {
                if (error instanceof InterruptedInFlight) {
                    this.settle(entry, 'failed', `${error.message}; run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                const failure = classifyFailure(error);
                last = failure;
                if (this.aborted() && failure.outcome === 'unknown') {
                    // The interrupt cut this request off (or it failed meanwhile): no time to re-read now.
                    this.settle(entry, 'failed', `interrupted while the request was in flight; its outcome is unknown (${failure.message}); run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                if (failure.status === 429) {
                    const wait = failure.retryAfterMs ?? this.backoff(attempt);
                    if (wait > this.maxRetryAfterMs) {
                        this.settle(entry, 'failed', `Jira asked to wait ${Math.ceil(wait / 1000)} s (429): ${failure.message}`);
                        return undefined;
                    }
                    await this.pause(wait);
                    continue;
                }
                if (failure.status === 403) {
                    const hint = kind === 'remove'
                        ? deleteAccessHint('grant')
                        : kind === 'delete'
                            ? deleteAccessHint('scheme')
                            : writeAccessHint();
                    this.settle(entry, 'failed', `${hint} (Jira answered: ${failure.message})`);
                    return undefined;
                }
                if (failure.outcome === 'not-sent') {
                    await this.pause(this.backoff(attempt));
                    continue;
                }
                if (failure.outcome === 'rejected' && !mayAlreadyBeDone(kind, failure)) {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                // The write may have happened (or the rejection may mean "already so"): ask Jira.
                let effect;
                try {
                    effect = await this.withinGrace(spec.confirm());
                }
                catch (readError) {
                    this.settle(entry, 'failed', `${failure.message}; re-reading Jira to learn whether it happened failed too (${describeError(readError)}); run apply again: it re-reads first`);
                    return undefined;
                }
                if (effect !== undefined) {
                    this.settle(entry, 'done', failure.outcome === 'unknown'
                        ? `confirmed by re-reading Jira after: ${failure.message}`
                        : `already so in Jira (Jira answered: ${failure.message})`);
                    return effect;
                }
                if (failure.outcome === 'rejected') {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                // It did not happen: sending it again cannot duplicate anything.
                await this.pause(this.backoff(attempt));
            }
        }
        this.settle(entry, 'failed', `gave up after ${this.maxAttempts} attempts (last answer: ${last?.message ?? 'none'})`);
        return undefined;
    }
    async readScheme(schemeId) {
        return this.withinGrace(this.writer.getPermissionScheme(schemeId));
    }
    skipPending(entries, reason) {
        for (const entry of entries)
            if (entry.result === 'pending')
                this.settle(entry, 'skipped', reason);
    }
    anyFailed() {
        return this.entries.some((entry) => entry.result === 'failed');
    }
    async run() {
        const { plan } = this.options;
        const changes = plan.changes;
        const pick = (action) => changes.filter((change) => change.action === action);
        // Journal entries in execution order, so positions read naturally.
        const updates = pick('update-scheme').map((change) => this.addEntry(change));
        const creates = pick('create-scheme').map((change) => ({ change, entry: this.addEntry(change) }));
        const adds = pick('add-grant').map((change) => ({ change, entry: this.addEntry(change) }));
        const removes = pick('remove-grant').map((change) => this.addEntry(change));
        const deletes = pick('delete-scheme').map((change) => this.addEntry(change));
        const defaults = [];
        // 1. Scheme details, then new schemes (a rename may free the name a new scheme takes).
        if (updates.length + creates.length > 0) {
            this.emit({ type: 'phase', phase: 'schemes', message: 'Updating and creating schemes' });
        }
        for (const entry of updates)
            await this.updateDetails(entry);
        for (const { change, entry } of creates) {
            const planned = adds.filter((add) => add.change.schemeId === null && add.change.scheme === change.scheme);
            await this.createScheme(change, entry, planned, defaults);
        }
        // 2. Grant adds on existing schemes (and any grant a new scheme did not keep).
        const pendingAdds = adds.filter((add) => add.entry.result === 'pending');
        if (pendingAdds.length > 0)
            this.emit({ type: 'phase', phase: 'adds', message: 'Adding grants' });
        for (const { entry } of pendingAdds) {
            if (entry.schemeId === null) {
                this.settle(entry, 'skipped', 'not attempted: its scheme was not created');
                continue;
            }
            await this.addGrant(entry, entry.schemeId);
        }
        // 3. Did every add land? Read each scheme back before removing anything.
        if (!this.aborted() && !this.anyFailed() && adds.length > 0) {
            this.emit({ type: 'phase', phase: 'verify', message: 'Checking that every add landed' });
            await this.verifyAdds(adds.map((add) => add.entry));
        }
        const later = [...removes, ...defaults, ...deletes];
        let removalsBlocked;
        if (this.aborted()) {
            removalsBlocked = 'interrupted before it started';
        }
        else if (this.anyFailed()) {
            removalsBlocked =
                'not attempted: an earlier change failed, and apply removes nothing until every add has landed (run apply again after fixing the cause)';
        }
        if (removalsBlocked !== undefined) {
            this.skipPending(later, removalsBlocked);
            return this.result(removalsBlocked);
        }
        // 4. Grant removals: the file's removals, then Jira's default grants on schemes apply created.
        if (removes.length + defaults.length > 0) {
            this.emit({ type: 'phase', phase: 'removals', message: 'Removing grants' });
        }
        for (const entry of [...removes, ...defaults])
            await this.removeGrant(entry);
        // 5. Scheme deletions: only with prune + --allow-delete, never a scheme in use.
        if (deletes.length > 0)
            await this.deleteSchemes(deletes);
        this.skipPending(this.entries, 'interrupted before it started');
        return this.result();
    }
    result(removalsBlocked) {
        const result = {
            entries: this.entries,
            interrupted: this.aborted(),
            created: this.created,
        };
        if (removalsBlocked !== undefined)
            result.removalsBlocked = removalsBlocked;
        return result;
    }
    async updateDetails(entry) {
        const schemeId = entry.schemeId;
        const name = entry.to?.name ?? entry.scheme;
        if (schemeId === null) {
            this.settle(entry, 'failed', 'the plan has no scheme id for this update; make a new plan');
            return;
        }
        // Always send the description too: what Jira does with an omitted one is not documented, so the
        // PUT carries the whole truth (name and description, never a permissions list).
        let description = entry.to?.description ?? this.options.desired?.find((scheme) => scheme.name === name)?.description;
        if (description === undefined) {
            try {
                description = (await this.readScheme(schemeId))?.description ?? '';
            }
            catch (error) {
                this.settle(entry, 'failed', `could not read the scheme before updating it: ${describeError(error)}`);
                return;
            }
        }
        const details = { name, description };
        await this.perform({
            entry,
            kind: 'update',
            send: async () => {
                await this.writer.updatePermissionSchemeDetails(schemeId, details);
                return true;
            },
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live !== undefined && live.name === name && (live.description ?? '') === description
                    ? true
                    : undefined;
            },
        });
    }
    async createScheme(change, entry, planned, defaults) {
        const name = change.to?.name ?? change.scheme;
        const description = this.options.desired?.find((scheme) => scheme.name === name)?.description ?? change.to?.description;
        const grants = planned.map(({ change: add }) => ({
            permission: add.permission ?? '',
            holder: add.holder ?? { type: '' },
        }));
        // One request with the grants: the scheme never exists half-made for longer than this call.
        const created = await this.perform({
            entry,
            kind: 'create',
            send: () => this.writer.createPermissionScheme(description === undefined ? { name, grants } : { name, description, grants }),
            confirm: async () => {
                const all = await this.writer.listPermissionSchemes();
                return all.find((scheme) => scheme.name === name);
            },
        });
        if (created === undefined) {
            for (const add of planned)
                this.settle(add.entry, 'skipped', 'not attempted: creating its scheme failed');
            return;
        }
        this.created.set(name, created.id);
        entry.schemeId = created.id;
        for (const add of planned)
            add.entry.schemeId = created.id;
        // Read it back: Jira may add grants of its own, and may not have kept every grant it was sent.
        let readBack;
        try {
            readBack = await this.readScheme(created.id);
        }
        catch (error) {
            for (const add of planned) {
                this.settle(add.entry, 'failed', `could not read the new scheme back to check it: ${describeError(error)}`);
            }
            return;
        }
        if (readBack === undefined) {
            for (const add of planned) {
                this.settle(add.entry, 'failed', `the new scheme ${created.id} is not there on re-read`);
            }
            return;
        }
        const present = new Set(readBack.grants.map((grant) => grantKey(grant.permission, grant.holder)));
        for (const add of planned) {
            // Grants Jira did not keep stay pending: the add phase sends them one by one.
            if (present.has(grantKey(add.change.permission ?? '', add.change.holder ?? { type: '' }))) {
                this.settle(add.entry, 'done', 'created with the scheme');
            }
        }
        for (const removal of this.options.defaultGrantsToRemove(readBack, [
            change,
            ...planned.map((add) => add.change),
        ])) {
            if (removal.action !== 'remove-grant' || removal.grantId === undefined)
                continue;
            const defaultEntry = this.addEntry({ ...removal, scheme: name, schemeId: created.id }, 'jira-default');
            defaults.push(defaultEntry);
        }
        if (defaults.length > 0) {
            this.emit({
                type: 'note',
                message: `Jira added ${defaults.length} grant(s) of its own to the new scheme "${name}" (${created.id}); they are removed after every add has landed`,
            });
        }
    }
    async addGrant(entry, schemeId) {
        const permission = entry.permission ?? '';
        const holder = entry.holder ?? { type: '' };
        const key = grantKey(permission, holder);
        await this.perform({
            entry,
            kind: 'add',
            send: () => this.writer.createPermissionGrant(schemeId, { permission, holder }),
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live?.grants.find((grant) => grantKey(grant.permission, grant.holder) === key);
            },
        });
    }
    async verifyAdds(entries) {
        const schemeIds = [
            ...new Set(entries.map((entry) => entry.schemeId).filter((id) => id !== null)),
        ];
        for (const schemeId of schemeIds) {
            const mine = entries.filter((entry) => entry.schemeId === schemeId && entry.result === 'done');
            let live;
            try {
                live = await this.readScheme(schemeId);
            }
            catch (error) {
                for (const entry of mine) {
                    entry.result = 'failed';
                    entry.detail = `could not re-read the scheme to check the add landed: ${describeError(error)}`;
                }
                this.emit({ type: 'note', message: `Could not re-read scheme ${schemeId}: ${describeError(error)}` });
                continue;
            }
            const present = new Set((live?.grants ?? []).map((grant) => grantKey(grant.permission, grant.holder)));
            for (const entry of mine) {
                if (!present.has(grantKey(entry.permission ?? '', entry.holder ?? { type: '' }))) {
                    entry.result = 'failed';
                    entry.detail = 'Jira answered success, but the grant is not there when the scheme is read back';
                    this.emit({
                        type: 'note',
                        message: `Not found on re-read: ${entry.permission ?? ''} in scheme ${schemeId}`,
                    });
                }
            }
        }
    }
    async removeGrant(entry) {
        const schemeId = entry.schemeId;
        const grantId = entry.grantId;
        if (schemeId === null || grantId === undefined) {
            this.settle(entry, 'failed', 'the plan has no scheme or grant id for this removal; make a new plan');
            return;
        }
        await this.perform({
            entry,
            kind: 'remove',
            send: async () => {
                await this.writer.deletePermissionGrant(schemeId, grantId);
                return true;
            },
            // Gone only when a re-read shows it gone: a 400/404 alone proves nothing.
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live === undefined || !live.grants.some((grant) => grant.id === grantId) ? true : undefined;
            },
        });
    }
    async deleteSchemes(deletes) {
        if (!this.options.prune) {
            this.skipPending(deletes, 'scheme deletion needs prune: true in the settings file and --allow-delete');
            return;
        }
        if (!this.options.allowDelete) {
            this.skipPending(deletes, 'not deleted: deleting a scheme needs --allow-delete (the action input allow-delete: true) as well as prune: true');
            return;
        }
        if (this.aborted())
            return;
        this.emit({ type: 'phase', phase: 'deletions', message: 'Deleting schemes' });
        // Projects can move onto a scheme at any time: look again right before deleting.
        let usage;
        try {
            usage = await this.withinGrace(this.writer.getProjectsByScheme());
        }
        catch (error) {
            for (const entry of deletes) {
                if (entry.result === 'pending') {
                    this.settle(entry, 'failed', `could not check which projects use the scheme, so it was not deleted: ${describeError(error)}`);
                }
            }
            return;
        }
        for (const entry of deletes) {
            const schemeId = entry.schemeId;
            if (entry.result !== 'pending')
                continue;
            if (schemeId === null) {
                this.settle(entry, 'failed', 'the plan has no scheme id for this deletion; make a new plan');
                continue;
            }
            const projects = usage.get(schemeId) ?? [];
            if (projects.length > 0) {
                const keys = projects.map((project) => project.key).sort();
                const sample = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', ...' : '');
                this.settle(entry, 'failed', `not deleted: ${projects.length} project(s) use this scheme (${sample}); move them to another scheme first`);
                continue;
            }
            await this.perform({
                entry,
                kind: 'delete',
                send: async () => {
                    await this.writer.deletePermissionScheme(schemeId);
                    return true;
                },
                confirm: async () => ((await this.readScheme(schemeId)) === undefined ? true : undefined),
            });
        }
    }
}
function executePlan(options) {
    return new PlanExecutor(options).run();
}

;// CONCATENATED MODULE: ./src/validate/cross-file.ts
/**
 * Checks across files: a scheme name used by two files (names are schemes' identity; compared without
 * case, as Jira compares scheme names) and a live scheme id bound by two files. Both places are reported.
 */
function crossFileFindings(schemes) {
    const findings = [];
    const byName = new Map();
    const byId = new Map();
    for (const scheme of schemes) {
        const name = scheme.name.trim().toLowerCase();
        byName.set(name, [...(byName.get(name) ?? []), scheme]);
        if (scheme.id !== undefined)
            byId.set(scheme.id, [...(byId.get(scheme.id) ?? []), scheme]);
    }
    for (const group of byName.values()) {
        if (group.length < 2)
            continue;
        for (const scheme of group) {
            const others = group
                .filter((other) => other !== scheme)
                .map((other) => `${other.file}:${other.nameLocation.line}`);
            findings.push({
                ...scheme.nameLocation,
                severity: 'error',
                ruleId: 'unique-name',
                message: `scheme name "${scheme.name}" is also used by ${others.join(', ')}`,
                hint: 'A scheme name is its identity: give each file its own name, or merge the two files.',
            });
        }
    }
    for (const [id, group] of byId) {
        if (group.length < 2)
            continue;
        for (const scheme of group) {
            const others = group
                .filter((other) => other !== scheme)
                .map((other) => `${other.file}:${other.idLocation?.line ?? 1}`);
            findings.push({
                ...(scheme.idLocation ?? scheme.nameLocation),
                severity: 'error',
                ruleId: 'unique-id',
                message: `scheme id ${id} is also bound by ${others.join(', ')}`,
                hint: 'An id binds one file to one live scheme: remove it from all but one file.',
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/rules/admin-required.ts
const adminRequired = {
    meta: {
        id: 'admin-required',
        description: 'A scheme where nobody has ADMINISTER_PROJECTS: nobody can administer the projects that use it.',
        defaultSeverity: 'error',
        docs: 'Grant ADMINISTER_PROJECTS to a project role (e.g. Administrators) or an admin group.',
    },
    check(scheme) {
        if (scheme.grants.some((grant) => grant.permission === 'ADMINISTER_PROJECTS'))
            return [];
        return [
            {
                location: scheme.nameLocation,
                message: `nobody can administer projects that use "${scheme.name}": no holder has ADMINISTER_PROJECTS`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/browse-required.ts
const browseRequired = {
    meta: {
        id: 'browse-required',
        description: 'A scheme where nobody has BROWSE_PROJECTS: nobody can see the projects that use it.',
        defaultSeverity: 'error',
        docs: 'Grant BROWSE_PROJECTS to the people who work in these projects, e.g. a project role.',
    },
    check(scheme) {
        if (scheme.grants.some((grant) => grant.permission === 'BROWSE_PROJECTS'))
            return [];
        return [
            {
                location: scheme.nameLocation,
                message: `nobody can browse projects that use "${scheme.name}": no holder has BROWSE_PROJECTS`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/validate/holders.ts
/*
 * The identities a written holder can be known by, after spelling variants are folded together:
 * `projectRole: 10002` and `projectRole: {id: 10002}` are one holder; `group: a` and `group: {name: a,
 * id: x}` are one too. Group and role names compare without case (Jira treats them so); ids compare as
 * written. Two holders are the same when they share an identity.
 */
/** The holder's main identity (its id where it has one). Hot path of duplicate-grant: no arrays. */
function primaryIdentity(holder) {
    switch (holder.type) {
        case 'applicationRole':
            return holder.key === undefined ? 'applicationRole' : `applicationRole:${holder.key}`;
        case 'group':
        case 'projectRole':
            return holder.id !== undefined
                ? `${holder.type}#id:${holder.id}`
                : `${holder.type}#name:${(holder.name ?? '').trim().toLowerCase()}`;
        case 'user':
            return holder.accountId !== undefined
                ? `user#id:${holder.accountId}`
                : `user#email:${(holder.email ?? '').trim().toLowerCase()}`;
        case 'userCustomField':
        case 'groupCustomField':
            return `${holder.type}:${holder.field.trim()}`;
        default:
            return holder.type;
    }
}
/** A second identity: the name of a group or role given by both name and id. */
function secondaryIdentity(holder) {
    if ((holder.type === 'group' || holder.type === 'projectRole') &&
        holder.id !== undefined &&
        holder.name !== undefined) {
        return `${holder.type}#name:${holder.name.trim().toLowerCase()}`;
    }
    return undefined;
}
/** Whether two written holders name the same holder (the pairwise form of sharing an identity). */
function sameHolder(a, b) {
    if (a.type !== b.type)
        return false;
    switch (a.type) {
        case 'applicationRole':
            return b.type === a.type && a.key === b.key;
        case 'group':
        case 'projectRole':
            if (b.type !== 'group' && b.type !== 'projectRole')
                return false;
            if (a.id !== undefined && b.id !== undefined && a.id === b.id)
                return true;
            return a.name !== undefined && b.name !== undefined && sameName(a.name, b.name);
        case 'user':
            if (b.type !== 'user')
                return false;
            if (a.accountId !== undefined)
                return a.accountId === b.accountId;
            return a.email !== undefined && b.email !== undefined && sameName(a.email, b.email);
        case 'userCustomField':
        case 'groupCustomField':
            return ((b.type === 'userCustomField' || b.type === 'groupCustomField') && a.field.trim() === b.field.trim());
        default:
            return true;
    }
}
function sameName(a, b) {
    return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}
/** Every identity of a holder. */
function holderIdentities(holder) {
    const secondary = secondaryIdentity(holder);
    return secondary === undefined ? [primaryIdentity(holder)] : [primaryIdentity(holder), secondary];
}
/** How a holder is written, for messages: `group jira-developers`, `projectRole 10002`, `assignee`. */
function describeHolder(holder) {
    switch (holder.type) {
        case 'applicationRole':
            return holder.key === undefined
                ? 'applicationRole (any logged-in user)'
                : `applicationRole ${holder.key}`;
        case 'group':
            return holder.name !== undefined ? `group ${holder.name}` : `group {id: ${holder.id ?? ''}}`;
        case 'projectRole':
            return holder.name !== undefined ? `projectRole ${holder.name}` : `projectRole ${holder.id ?? ''}`;
        case 'user':
            return holder.accountId !== undefined
                ? `user ${holder.accountId}`
                : `user {email: ${holder.email ?? ''}}`;
        case 'userCustomField':
        case 'groupCustomField':
            return `${holder.type} ${holder.field}`;
        default:
            return holder.type;
    }
}

;// CONCATENATED MODULE: ./src/validate/rules/duplicate-grant.ts

/** Above this many holders under one permission, compare by identity keys instead of pairwise. */
const PAIRWISE_LIMIT = 16;
const duplicateGrant = {
    meta: {
        id: 'duplicate-grant',
        description: 'The same holder listed twice under one permission (also when spelled two ways, e.g. `projectRole: 10002` and `projectRole: {id: 10002}`).',
        defaultSeverity: 'error',
        docs: 'Remove one of the two entries.',
    },
    check(scheme) {
        const byPermission = new Map();
        for (const grant of scheme.grants) {
            const list = byPermission.get(grant.permission);
            if (list === undefined)
                byPermission.set(grant.permission, [grant]);
            else
                list.push(grant);
        }
        const reports = [];
        for (const grants of byPermission.values()) {
            if (grants.length < 2)
                continue;
            const firsts = grants.length <= PAIRWISE_LIMIT ? pairwise(grants) : byIdentity(grants);
            grants.forEach((grant, index) => {
                const first = firsts[index];
                if (first === undefined)
                    return;
                reports.push({
                    location: grant.location,
                    message: `${describeHolder(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
                });
            });
        }
        return reports;
    },
};
/** For each grant, the earlier grant with the same holder (when there is one). */
function pairwise(grants) {
    return grants.map((grant, index) => {
        for (let earlier = 0; earlier < index; earlier++) {
            const candidate = grants[earlier];
            if (candidate !== undefined && sameHolder(candidate.holder, grant.holder))
                return candidate;
        }
        return undefined;
    });
}
function byIdentity(grants) {
    const seen = new Map();
    return grants.map((grant) => {
        const identities = holderIdentities(grant.holder);
        for (const identity of identities) {
            const first = seen.get(identity);
            if (first !== undefined)
                return first;
        }
        for (const identity of identities)
            seen.set(identity, grant);
        return undefined;
    });
}

;// CONCATENATED MODULE: ./src/validate/rules/no-anonymous-access.ts
const noAnonymousAccess = {
    meta: {
        id: 'no-anonymous-access',
        description: 'A permission granted to `anyone`: people who are not logged in get it (public exposure).',
        defaultSeverity: 'error',
        docs: 'Grant it to applicationRole (any logged-in user), a group or a project role instead. If public access is intended, set the rule to warning or off in .jira-permissions.yml (rules: {no-anonymous-access: warning}).',
    },
    check(scheme) {
        return scheme.grants
            .filter((grant) => grant.holder.type === 'anyone')
            .map((grant) => ({
            location: grant.location,
            message: `${grant.permission} is granted to anyone, including people who are not logged in`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/no-broad-admin.ts
/** Permissions that change a project's configuration or destroy other people's work. */
const BROAD_ADMIN_PERMISSIONS = new Set([
    'ADMINISTER_PROJECTS',
    'EDIT_WORKFLOW',
    'EDIT_ISSUE_LAYOUT',
    'DELETE_ISSUES',
    'DELETE_ALL_COMMENTS',
    'DELETE_ALL_ATTACHMENTS',
    'DELETE_ALL_WORKLOGS',
]);
const noBroadAdmin = {
    meta: {
        id: 'no-broad-admin',
        description: 'An administration permission (ADMINISTER_PROJECTS, EDIT_WORKFLOW, EDIT_ISSUE_LAYOUT), DELETE_ISSUES or a DELETE_ALL_* permission granted to `anyone` or to an application role: every user of the site or of a product.',
        defaultSeverity: 'error',
        docs: 'Grant it to a project role (e.g. Administrators) or a small group instead.',
    },
    check(scheme) {
        return scheme.grants
            .filter((grant) => BROAD_ADMIN_PERMISSIONS.has(grant.permission) &&
            (grant.holder.type === 'anyone' || grant.holder.type === 'applicationRole'))
            .map((grant) => {
            const holder = grant.holder;
            const who = holder.type !== 'applicationRole'
                ? 'anyone'
                : holder.key === undefined
                    ? 'every logged-in user (applicationRole)'
                    : `every user of ${holder.key} (applicationRole)`;
            return { location: grant.location, message: `${grant.permission} is granted to ${who}` };
        });
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/prefer-group-id.ts
const preferGroupId = {
    meta: {
        id: 'prefer-group-id',
        description: 'A group given by name only: group names can change, ids cannot.',
        defaultSeverity: 'warning',
        docs: 'Write the group as {id: <groupId>} (or {name: <name>, id: <groupId>}); `jira-perms export` writes ids, and Jira admin shows them in the group URL.',
    },
    check(scheme) {
        return scheme.grants.flatMap((grant) => grant.holder.type === 'group' && grant.holder.id === undefined
            ? [
                {
                    location: grant.location,
                    message: `group "${grant.holder.name ?? ''}" is given by name only under ${grant.permission}`,
                },
            ]
            : []);
    },
};

;// CONCATENATED MODULE: ./src/model/permissions.ts
/**
 * The built-in project permissions of Jira's permission-scheme reference, in the reference's own order
 * (which is also the order exported files list them in). `schemas/permissions.schema.json` carries the
 * same list; a test keeps the two equal.
 */
const PERMISSION_CATEGORIES = (/* unused pure expression or super */ null && ([
    'administration',
    'project',
    'issue',
    'voters and watchers',
    'comments',
    'attachments',
    'time tracking',
]));
const BUILT_IN_PERMISSIONS = [
    { key: 'ADMINISTER_PROJECTS', category: 'administration' },
    { key: 'EDIT_WORKFLOW', category: 'administration' },
    { key: 'EDIT_ISSUE_LAYOUT', category: 'administration' },
    { key: 'BROWSE_PROJECTS', category: 'project' },
    { key: 'MANAGE_SPRINTS_PERMISSION', category: 'project', product: 'Jira Software' },
    { key: 'SERVICEDESK_AGENT', category: 'project', product: 'Jira Service Management' },
    { key: 'VIEW_DEV_TOOLS', category: 'project', product: 'Jira Software' },
    { key: 'VIEW_READONLY_WORKFLOW', category: 'project' },
    { key: 'ASSIGNABLE_USER', category: 'issue' },
    { key: 'ASSIGN_ISSUES', category: 'issue' },
    { key: 'CLOSE_ISSUES', category: 'issue' },
    { key: 'CREATE_ISSUES', category: 'issue' },
    { key: 'DELETE_ISSUES', category: 'issue' },
    { key: 'EDIT_ISSUES', category: 'issue' },
    { key: 'LINK_ISSUES', category: 'issue' },
    { key: 'MODIFY_REPORTER', category: 'issue' },
    { key: 'MOVE_ISSUES', category: 'issue' },
    { key: 'RESOLVE_ISSUES', category: 'issue' },
    { key: 'SCHEDULE_ISSUES', category: 'issue' },
    { key: 'SET_ISSUE_SECURITY', category: 'issue' },
    { key: 'TRANSITION_ISSUES', category: 'issue' },
    { key: 'MANAGE_WATCHERS', category: 'voters and watchers' },
    { key: 'VIEW_VOTERS_AND_WATCHERS', category: 'voters and watchers' },
    { key: 'ADD_COMMENTS', category: 'comments' },
    { key: 'DELETE_ALL_COMMENTS', category: 'comments' },
    { key: 'DELETE_OWN_COMMENTS', category: 'comments' },
    { key: 'EDIT_ALL_COMMENTS', category: 'comments' },
    { key: 'EDIT_OWN_COMMENTS', category: 'comments' },
    { key: 'CREATE_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_ALL_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_OWN_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_ALL_WORKLOGS', category: 'time tracking' },
    { key: 'DELETE_OWN_WORKLOGS', category: 'time tracking' },
    { key: 'EDIT_ALL_WORKLOGS', category: 'time tracking' },
    { key: 'EDIT_OWN_WORKLOGS', category: 'time tracking' },
    { key: 'WORK_ON_ISSUES', category: 'time tracking' },
];
const BY_KEY = new Map(BUILT_IN_PERMISSIONS.map((permission) => [permission.key, permission]));
function builtInPermission(key) {
    return BY_KEY.get(key);
}
function isBuiltInPermission(key) {
    return BY_KEY.has(key);
}
/** Sort position of a permission key: built-ins in reference order, then app-defined keys by name. */
function permissionOrder(a, b) {
    const indexA = BUILT_IN_PERMISSIONS.findIndex((p) => p.key === a);
    const indexB = BUILT_IN_PERMISSIONS.findIndex((p) => p.key === b);
    const rankA = indexA === -1 ? Number.MAX_SAFE_INTEGER : indexA;
    const rankB = indexB === -1 ? Number.MAX_SAFE_INTEGER : indexB;
    if (rankA !== rankB)
        return rankA - rankB;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/validate/rules/product-permission.ts

const productPermission = {
    meta: {
        id: 'product-permission',
        description: 'A permission that only means something on sites with Jira Software (MANAGE_SPRINTS_PERMISSION, VIEW_DEV_TOOLS) or Jira Service Management (SERVICEDESK_AGENT).',
        defaultSeverity: 'info',
        docs: 'Nothing to fix when the site has the product; on other sites the grant has no effect. Turn the rule off in .jira-permissions.yml to silence it.',
    },
    check(scheme) {
        const reports = [];
        const reported = new Set();
        for (const grant of scheme.grants) {
            const product = builtInPermission(grant.permission)?.product;
            if (product === undefined || reported.has(grant.permission))
                continue;
            reported.add(grant.permission);
            reports.push({
                location: grant.permissionLocation,
                message: `${grant.permission} only has an effect on sites with ${product}`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/index.ts







/** Every lint rule, in the order the README lists them. */
const RULES = [
    noAnonymousAccess,
    noBroadAdmin,
    duplicateGrant,
    preferGroupId,
    browseRequired,
    adminRequired,
    productPermission,
];
const RULE_IDS = RULES.map((rule) => rule.meta.id);

;// CONCATENATED MODULE: ./src/validate/lint.ts

/** The severity a rule runs at under these settings, or undefined when it is off. */
function ruleSeverity(rule, settings) {
    const configured = Object.hasOwn(settings.rules, rule.meta.id) ? settings.rules[rule.meta.id] : undefined;
    if (configured === 'off')
        return undefined;
    return configured ?? rule.meta.defaultSeverity;
}
/** Runs every enabled rule over every scheme. */
function lintSchemes(schemes, settings, rules = RULES) {
    const findings = [];
    for (const rule of rules) {
        const severity = ruleSeverity(rule, settings);
        if (severity === undefined)
            continue;
        for (const scheme of schemes) {
            for (const report of rule.check(scheme)) {
                findings.push({
                    ...report.location,
                    severity,
                    ruleId: rule.meta.id,
                    message: report.message,
                    hint: report.hint ?? rule.meta.docs,
                });
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/order.ts
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Stable order for findings: by file, line, column, then severity, rule and message. */
function compareFindings(a, b) {
    return (compareCodeUnits(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareCodeUnits(a.ruleId, b.ruleId) ||
        compareCodeUnits(a.message, b.message));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const finding of findings) {
        if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.infos++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/config/discover.ts



const SCHEME_FILE = /\.ya?ml$/i;
/** Folders never searched for scheme files (tool and VCS state, not schemes). */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/**
 * Every *.yml / *.yaml file under `folder`, recursively, as absolute paths in a stable order (by path,
 * compared by code unit, so the order is the same on every machine). Folders whose name starts with a dot
 * and node_modules are skipped; symbolic links to files are followed, links to folders are not (no cycles).
 * A path to a single file is accepted too.
 */
function discoverSchemeFiles(folder) {
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_namespaceObject.statSync)(folder).isDirectory();
    }
    catch {
        return { ok: false, reason: 'missing', message: 'does not exist' };
    }
    if (!isDirectory)
        return { ok: true, files: [folder] };
    const files = [];
    try {
        walk(folder, files);
    }
    catch (error) {
        return {
            ok: false,
            reason: 'unreadable',
            message: error instanceof Error ? error.message : String(error),
        };
    }
    return { ok: true, files: files.sort(compareCodeUnits) };
}
function walk(folder, files) {
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(folder, { withFileTypes: true })) {
        const path = (0,external_node_path_namespaceObject.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name))
                continue;
            walk(path, files);
        }
        else if (SCHEME_FILE.test(entry.name)) {
            if (entry.isFile())
                files.push(path);
            else if (entry.isSymbolicLink() && isFile(path))
                files.push(path);
        }
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/config/positions.ts
/** Splits an RFC 6901 JSON pointer (as ajv reports `instancePath`) into path segments. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Turns a path back into a JSON pointer. */
function pathToPointer(path) {
    return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
/**
 * Answers "where is this node?" for one file. Line starts are computed once, on first use; every lookup
 * is a walk of at most the path's length plus a binary search.
 */
class PositionMap {
    file;
    text;
    root;
    lineStarts;
    constructor(file, text, root) {
        this.file = file;
        this.text = text;
        this.root = root;
    }
    /** The node at `path`, or the nearest ancestor that exists (the node itself may be missing). */
    node(path) {
        let node = this.root;
        for (const segment of path) {
            const next = childOf(node, segment);
            if (next === undefined)
                return { node, exact: false };
            node = next;
        }
        return { node, exact: true };
    }
    /** Location of the value at `path` (nearest existing ancestor when missing). */
    locate(path) {
        const { node } = this.node(path);
        // The whole document is the whole file: point at where it starts instead.
        if (node === this.root)
            return this.range(node.start, node.start);
        return this.range(node.start, node.end);
    }
    /**
     * Location of the key that introduces the value at `path` (for "unknown key" and similar), falling back
     * to the value, then to the nearest ancestor.
     */
    locateKey(path) {
        const { node, exact } = this.node(path);
        if (exact && node.keyStart !== undefined && node.keyEnd !== undefined) {
            return this.range(node.keyStart, node.keyEnd);
        }
        return this.range(node.start, node.end);
    }
    /** A source range as 1-based line and column numbers. */
    range(start, end) {
        const from = this.lineColumn(start);
        const to = this.lineColumn(Math.max(start, end));
        return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** 1-based line and column (UTF-16 code units, as editors and SARIF count by default) of an offset. */
    lineColumn(offset) {
        return lineColumnIn(this.starts(), offset);
    }
    starts() {
        this.lineStarts ??= computeLineStarts(this.text);
        return this.lineStarts;
    }
}
function childOf(node, segment) {
    if (node.entries !== undefined)
        return node.entries.get(String(segment));
    if (node.items !== undefined) {
        const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
        return index >= 0 ? node.items[index] : undefined;
    }
    return undefined;
}
function computeLineStarts(text) {
    const starts = [0];
    let index = text.indexOf('\n');
    while (index !== -1) {
        starts.push(index + 1);
        index = text.indexOf('\n', index + 1);
    }
    return starts;
}
function lineColumnIn(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
/** 1-based line and column of an offset in `text` (for one-off positions outside a PositionMap). */
function lineColumnOf(text, offset) {
    return lineColumnIn(computeLineStarts(text), offset);
}

;// CONCATENATED MODULE: ./src/config/findings.ts

function problemFinding(file, line, column, ruleId, message, hint, severity = 'error') {
    return { file, line, column, severity, ruleId, message, ...(hint === undefined ? {} : { hint }) };
}
function locatedFinding(location, ruleId, message, hint, severity = 'error') {
    return { ...location, severity, ruleId, message, ...(hint === undefined ? {} : { hint }) };
}
/** YAML problems (offsets into `text`) as findings with line and column. */
function yamlFindings(file, text, problems, ruleId = 'yaml') {
    const starts = computeLineStarts(text);
    return problems.map((problem) => {
        const from = lineColumnIn(starts, problem.start);
        const to = lineColumnIn(starts, Math.max(problem.start, problem.end));
        let message = problem.message;
        if (problem.relatedStart !== undefined) {
            const first = lineColumnIn(starts, problem.relatedStart);
            message += ` (first at line ${first.line}, column ${first.column})`;
        }
        return locatedFinding({ file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, ruleId, message, problem.hint);
    });
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0] ?? 0;
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length] ?? 0;
}
/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo (case is ignored;
 * at most a third of the longer string may differ).
 */
function closestMatch(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(needle, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3));
    return bestDistance <= limit ? best : undefined;
}

;// CONCATENATED MODULE: ./src/config/suggest.ts

/**
 * "Did you mean" for keys and names: the shared closest match, and failing that a candidate one swapped
 * pair of neighbouring letters away (`prnue` → `prune`, `nmae` → `name`), the commonest typo that plain
 * edit distance counts twice.
 */
function suggestFor(input, candidates) {
    const closest = closestMatch(input, candidates);
    if (closest !== undefined)
        return closest;
    const needle = input.toLowerCase();
    return candidates.find((candidate) => isOneTransposition(needle, candidate.toLowerCase()));
}
function isOneTransposition(a, b) {
    if (a.length !== b.length || a === b)
        return false;
    let first = -1;
    for (let index = 0; index < a.length; index++) {
        if (a[index] === b[index])
            continue;
        if (first !== -1) {
            return (index === first + 1 &&
                a[first] === b[index] &&
                a[index] === b[first] &&
                a.slice(index + 1) === b.slice(index + 1));
        }
        first = index;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/config/messages.ts




/**
 * A misspelt required key (`grants2:`) is one mistake, though the schema sees two (an unknown key, and
 * a missing one): keep the "did you mean" and drop the "missing".
 */
function dropMissingThatAreMisspelt(problems) {
    const misspelt = new Set(problems
        .filter((problem) => problem.misspellingOf !== undefined)
        .map((problem) => [...problem.path.slice(0, -1), problem.misspellingOf].join('\u0000')));
    if (misspelt.size === 0)
        return problems;
    return problems.filter((problem) => problem.missing === undefined || !misspelt.has([...problem.path, problem.missing].join('\u0000')));
}
const SCHEME_KEYS = ['name', 'description', 'id', 'grants'];
const BUILT_IN_KEYS = BUILT_IN_PERMISSIONS.map((permission) => permission.key);
const HOLDER_TYPE_NAMES = HOLDER_TYPES;
const BARE_WORDS = new Set([...PARAMETERLESS_HOLDER_TYPES, 'applicationRole']);
const CUSTOM_PERMISSION_HINT = "An app's permission key is accepted once it is listed under customPermissions in .jira-permissions.yml.";
/** How each holder type with a value is written, for messages. */
const HOLDER_FORMS = {
    applicationRole: '"applicationRole: <application key>" (e.g. jira-software), or bare "applicationRole"',
    group: '"group: <group name>" or "group: {id: <groupId>}"',
    projectRole: '"projectRole: <role name>", "projectRole: <role id>" or "projectRole: {id: <role id>}"',
    user: '"user: <accountId>" or "user: {email: <address>}"',
    userCustomField: '"userCustomField: <field id or name>"',
    groupCustomField: '"groupCustomField: <field id or name>"',
};
const messages_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const describeValue = (value) => {
    if (value === null)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `"${value}"`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${String(value)}`;
    return typeof value;
};
const suggestion = (input, candidates, quote = true) => {
    const match = suggestFor(input, candidates);
    if (match === undefined)
        return '';
    return quote ? ` — did you mean "${match}"?` : ` — did you mean ${match}?`;
};
/** Permission keys the file uses that are neither built in nor allowed (settings or live catalogue). */
function unknownPermissionProblems(value, allowed, limit = Number.POSITIVE_INFINITY) {
    if (!messages_isRecord(value) || !messages_isRecord(value.grants))
        return [];
    const problems = [];
    for (const key of Object.keys(value.grants)) {
        if (isBuiltInPermission(key) || allowed.has(key))
            continue;
        // Past the limit, count without composing messages (suggestions cost an edit distance per key).
        if (problems.length >= limit) {
            problems.push({ path: ['grants', key], at: 'key', message: '' });
            continue;
        }
        const candidates = [...BUILT_IN_KEYS, ...allowed];
        problems.push({
            path: ['grants', key],
            at: 'key',
            message: `unknown permission "${key}"${suggestion(key, candidates, false)}`,
            hint: /^[A-Z][A-Z0-9_]*$/.test(key)
                ? `Built-in keys are listed in the README. ${CUSTOM_PERMISSION_HINT}`
                : CUSTOM_PERMISSION_HINT,
        });
    }
    return problems;
}
/**
 * Rewrites ajv's errors for a scheme file into one problem per real mistake, in words a person acts on.
 * Holder entries (where the schema's anyOf over eleven holder types floods ajv's output) are explained
 * from the entry itself; the permission keys are checked by {@link unknownPermissionProblems}.
 */
function schemeProblems(value, errors, limit = Number.POSITIVE_INFINITY) {
    const problems = [];
    const seen = new Set();
    const add = (problem) => {
        const id = `${problem.path.join('\u0000')}|${problem.message}`;
        if (seen.has(id))
            return;
        seen.add(id);
        problems.push(problem);
    };
    const explainedHolders = new Set();
    for (const error of errors) {
        if (problems.length >= limit)
            break;
        if (error.keyword === 'propertyNames' || error.propertyName !== undefined)
            continue;
        const path = pointerToPath(error.instancePath);
        if (path[0] === 'grants' && path.length >= 3) {
            const holderPath = path.slice(0, 3);
            const id = holderPath.join('\u0000');
            if (explainedHolders.has(id))
                continue;
            explainedHolders.add(id);
            const item = valueAt(value, holderPath);
            const explained = explainHolder(item, holderPath);
            if (explained.length > 0)
                explained.forEach(add);
            else
                add({ path, at: 'value', message: `holder ${ajvWords(error)}` });
            continue;
        }
        // anyOf over permission key forms is reported by unknownPermissionProblems.
        if (path.length === 1 && path[0] === 'grants' && error.keyword === 'anyOf')
            continue;
        if (path.length === 1 && path[0] === 'grants' && error.schemaPath.includes('Permission'))
            continue;
        add(generalProblem(error, path, SCHEME_KEYS));
    }
    return dropMissingThatAreMisspelt(problems);
}
/** Rewrites ajv's errors for the settings file; `ruleIds` are the lint rules that `rules:` may name. */
function settingsProblems(errors, rootKeys, ruleIds) {
    const problems = [];
    const seen = new Set();
    for (const error of errors) {
        const path = pointerToPath(error.instancePath);
        let problem;
        if (error.propertyName !== undefined && path.length === 1 && path[0] === 'rules') {
            const rule = error.propertyName;
            problem = {
                path: ['rules', rule],
                at: 'key',
                message: `unknown rule "${rule}"${suggestion(rule, ruleIds)}`,
                hint: `Rules: ${ruleIds.join(', ')}.`,
            };
        }
        else if (error.keyword === 'propertyNames') {
            continue;
        }
        else if (path.length === 2 && path[0] === 'rules' && error.keyword === 'enum') {
            problem = {
                path,
                at: 'value',
                message: `rule "${path[1] ?? ''}" must be error, warning or off, not ${describeValue(error.data)}`,
            };
        }
        else if (error.keyword === 'enum') {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const got = typeof error.data === 'string' ? error.data : '';
            problem = {
                path,
                at: 'value',
                message: `"${path.join('.')}" must be one of ${allowed.join(', ')}, not ${describeValue(error.data)}${suggestion(got, allowed)}`,
            };
        }
        else if (error.keyword === 'anyOf' || error.keyword === 'if') {
            continue;
        }
        else {
            problem = generalProblem(error, path, rootKeys);
        }
        const id = `${problem.path.join('\u0000')}|${problem.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        problems.push(problem);
    }
    return dropMissingThatAreMisspelt(problems);
}
function generalProblem(error, path, rootKeys) {
    const params = error.params;
    const where = path.length === 0 ? 'the file' : `"${path.join('.')}"`;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                path,
                at: 'value',
                missing,
                message: `missing "${missing}"`,
                hint: missing === 'name'
                    ? 'Every scheme file needs a name: the scheme’s name in Jira, unique across the folder.'
                    : missing === 'grants'
                        ? 'Every scheme file needs "grants:", a mapping of permission keys to lists of holders.'
                        : undefined,
            };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const candidates = path.length === 0 ? rootKeys : propertyNamesOf(error.parentSchema);
            const likely = suggestFor(key, candidates);
            return {
                path: [...path, key],
                at: 'key',
                ...(likely === undefined ? {} : { misspellingOf: likely }),
                message: `unknown key "${key}"${suggestion(key, candidates)}`,
                hint: candidates.length > 0 ? `Allowed here: ${candidates.join(', ')}.` : undefined,
            };
        }
        case 'type':
            return typeProblem(path, String(params.type), error.data);
        case 'minItems': {
            const permission = path[1] ?? '';
            return {
                path,
                at: path.length === 2 ? 'key' : 'value',
                message: `${permission} lists no holders`,
                hint: 'Add the holders it is granted to, or remove the key.',
            };
        }
        case 'minLength':
        case 'pattern':
            return {
                path,
                at: 'value',
                message: `${where} must not be empty`,
                hint: path[0] === 'name'
                    ? "Write the scheme's name in Jira, e.g. name: Software Development"
                    : 'Write a value, or remove the key.',
            };
        case 'minimum':
            return {
                path,
                at: 'value',
                message: Number(error.params.limit) === 0
                    ? `${where} must not be negative`
                    : `${where} must be a positive whole number`,
                hint: path[0] === 'id' ? "Write the live scheme's id (as Jira shows it), or remove the key." : undefined,
            };
        case 'maximum':
            return path.length === 1 && path[0] === 'id'
                ? {
                    path,
                    at: 'value',
                    message: `"id" is larger than any Jira scheme id`,
                    hint: "Check the id (Jira shows it in the scheme's URL), or remove it to match the live scheme by name.",
                }
                : {
                    path,
                    at: 'value',
                    message: `${where} must be at most ${String(error.params.limit)}`,
                };
        default:
            return { path, at: 'value', message: `${where} ${ajvWords(error)}` };
    }
}
function typeProblem(path, expected, data) {
    const field = path.join('.');
    const got = describeValue(data);
    if (path.length === 1 && (field === 'name' || field === 'description')) {
        return {
            path,
            at: 'value',
            message: `"${field}" must be text, not ${got}`,
            hint: typeof data === 'number' || typeof data === 'boolean'
                ? `Quote it: ${field}: "${String(data)}"`
                : `Write it as one line of text, e.g. ${field}: ${field === 'name' ? 'Software Development' : 'Default scheme for software teams'}`,
        };
    }
    if (field === 'id') {
        return {
            path,
            at: 'value',
            message: `"id" must be a whole number (the live scheme's id), not ${got}`,
            hint: 'Write it unquoted, e.g. id: 10001, or remove it to match the live scheme by name.',
        };
    }
    if (field === 'grants') {
        return {
            path,
            at: data === null ? 'key' : 'value',
            message: `"grants" must be a mapping of permission keys to lists of holders, not ${got}`,
            hint: 'e.g.\n  grants:\n    BROWSE_PROJECTS:\n      - projectRole: Developers',
        };
    }
    if (path[0] === 'grants' && path.length === 2) {
        const permission = path[1] ?? '';
        return data === null
            ? {
                path,
                at: 'key',
                message: `${permission} lists no holders`,
                hint: 'Add the holders it is granted to, or remove the key.',
            }
            : {
                path,
                at: 'value',
                message: `${permission} must be a list of holders, not ${got}`,
                hint: `Write each holder on its own line starting with "- ", or as a list: ${permission}: [assignee, reporter]`,
            };
    }
    return { path, at: 'value', message: `"${field}" must be ${article(expected)}, not ${got}` };
}
function article(type) {
    switch (type) {
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'integer':
            return 'a whole number';
        case 'string':
            return 'text';
        default:
            return `a ${type}`;
    }
}
/** Explains why one holder entry is wrong, from the entry itself. */
function explainHolder(item, path) {
    if (item === null || item === undefined) {
        return [
            {
                path,
                at: 'value',
                message: 'empty holder entry',
                hint: 'Write a holder after the "- ", e.g. "- projectRole: Developers", or remove the line.',
            },
        ];
    }
    if (typeof item === 'string') {
        if (BARE_WORDS.has(item))
            return [];
        if (Object.hasOwn(HOLDER_FORMS, item)) {
            return [
                {
                    path,
                    at: 'value',
                    message: `"${item}" needs a value`,
                    hint: `Write it as ${HOLDER_FORMS[item] ?? item}.`,
                },
            ];
        }
        return [unknownHolderType(item, path, 'value')];
    }
    if (!messages_isRecord(item)) {
        return [
            {
                path,
                at: 'value',
                message: `a holder must be a holder type or a mapping of one holder type to its value, not ${describeValue(item)}`,
                hint: 'e.g. "- assignee" or "- group: jira-developers".',
            },
        ];
    }
    const keys = Object.keys(item);
    if (keys.length === 0) {
        return [{ path, at: 'value', message: 'empty holder entry', hint: 'e.g. "- group: jira-developers".' }];
    }
    if (keys.length > 1) {
        const second = keys[1] ?? '';
        return [
            {
                path: [...path, second],
                at: 'key',
                message: `a holder entry has one holder type; this one has ${keys.length} (${keys.join(', ')})`,
                hint: 'Start each holder on its own line with "- ".',
            },
        ];
    }
    const type = keys[0] ?? '';
    const parameter = item[type];
    const at = [...path, type];
    if (!HOLDER_TYPE_NAMES.includes(type))
        return [unknownHolderType(type, at, 'key')];
    if (PARAMETERLESS_HOLDER_TYPES.has(type)) {
        return [
            {
                path: at,
                at: 'key',
                message: `"${type}" takes no value`,
                hint: `Write it as a bare word: "- ${type}".`,
            },
        ];
    }
    return explainParameter(type, parameter, at);
}
function unknownHolderType(type, path, at) {
    return {
        path,
        at,
        message: `holder "${type}" is not a holder type${suggestion(type, HOLDER_TYPE_NAMES)}`,
        hint: `Holder types: ${HOLDER_TYPE_NAMES.join(', ')}.`,
    };
}
function explainParameter(type, parameter, path) {
    const form = HOLDER_FORMS[type] ?? type;
    const needs = (message, where = path, at = 'value') => [
        { path: where, at, message, hint: `Write it as ${form}.` },
    ];
    if (parameter === null)
        return needs(`"${type}" needs a value`, path, 'key');
    if (typeof parameter === 'string') {
        if (parameter.trim() === '')
            return needs(`"${type}" needs a value, not empty text`);
        if (type === 'user' && parameter.includes('@')) {
            return [
                {
                    path,
                    at: 'value',
                    message: `"${parameter}" looks like an email address, not an account id`,
                    hint: `Write it as "user: {email: ${parameter}}".`,
                },
            ];
        }
        if (type === 'user' && /\s/.test(parameter)) {
            return needs(`"${parameter}" is not an account id (account ids have no spaces)`);
        }
        return needs(`"${type}" has an invalid value ${describeValue(parameter)}`);
    }
    if (typeof parameter === 'number') {
        if (type === 'projectRole') {
            return needs(`a project role id must be a positive whole number, not ${String(parameter)}`);
        }
        return needs(`"${type}" takes text, not the number ${String(parameter)}`);
    }
    if (messages_isRecord(parameter))
        return explainParameterObject(type, parameter, path);
    return needs(`"${type}" takes ${type === 'group' || type === 'projectRole' || type === 'user' ? 'text or a mapping' : 'text'}, not ${describeValue(parameter)}`);
}
const OBJECT_KEYS = {
    group: ['id', 'name'],
    projectRole: ['id', 'name'],
    user: ['accountId', 'email'],
};
function explainParameterObject(type, parameter, path) {
    const allowed = OBJECT_KEYS[type];
    const form = HOLDER_FORMS[type] ?? type;
    if (allowed === undefined) {
        return [
            { path, at: 'value', message: `"${type}" takes text, not a mapping`, hint: `Write it as ${form}.` },
        ];
    }
    const problems = [];
    const keys = Object.keys(parameter);
    if (keys.length === 0) {
        return [
            { path, at: 'value', message: `"${type}" needs ${allowed.join(' or ')}`, hint: `Write it as ${form}.` },
        ];
    }
    for (const key of keys) {
        if (!allowed.includes(key)) {
            problems.push({
                path: [...path, key],
                at: 'key',
                message: `unknown key "${key}" in ${type}${suggestion(key, allowed)}`,
                hint: `A ${type} mapping takes ${allowed.join(' and/or ')}.`,
            });
        }
    }
    if (problems.length > 0)
        return problems;
    if ((type === 'user' || type === 'projectRole') && keys.length > 1) {
        return [
            {
                path: [...path, keys[1] ?? ''],
                at: 'key',
                message: `a ${type} is given by ${allowed.join(' or ')}, not both`,
                hint: `Keep one of them.`,
            },
        ];
    }
    for (const key of keys) {
        const field = parameter[key];
        const at = [...path, key];
        if (type === 'projectRole' && key === 'id') {
            if (typeof field !== 'number' || !Number.isInteger(field) || field < 1) {
                problems.push({
                    path: at,
                    at: 'value',
                    message: `a project role id must be a positive whole number, not ${describeValue(field)}`,
                    hint: 'Write it unquoted, e.g. projectRole: {id: 10002}.',
                });
            }
            continue;
        }
        if (typeof field !== 'string' || field.trim() === '') {
            problems.push({
                path: at,
                at: 'value',
                message: `"${type}.${key}" must be text, not ${describeValue(field)}`,
                hint: typeof field === 'number' ? `Quote it: ${key}: "${String(field)}"` : undefined,
            });
            continue;
        }
        if (type === 'user' && key === 'email' && !/^[^@\s]+@[^@\s]+$/.test(field)) {
            problems.push({
                path: at,
                at: 'value',
                message: `"${field}" is not an email address`,
                hint: 'Write the address in full, e.g. user: {email: ada@example.com}.',
            });
        }
        if (type === 'user' && key === 'accountId' && !/^[^@\s]+$/.test(field)) {
            problems.push({
                path: at,
                at: 'value',
                message: `"${field}" is not an account id`,
                hint: field.includes('@') ? `Write it as "user: {email: ${field}}".` : undefined,
            });
        }
    }
    return problems;
}
function propertyNamesOf(schema) {
    if (!messages_isRecord(schema) || !messages_isRecord(schema.properties))
        return [];
    return Object.keys(schema.properties);
}
function ajvWords(error) {
    return error.message ?? `fails ${error.keyword}`;
}
function valueAt(value, path) {
    let current = value;
    for (const segment of path) {
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if (messages_isRecord(current))
            current = current[String(segment)];
        else
            return undefined;
    }
    return current;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/config/read.ts


/** Files larger than this are refused before they are read in full, let alone parsed. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads a file as UTF-8 text: refuses files over {@link MAX_FILE_BYTES} (checked on the open handle,
 * so a huge file costs nothing) and invalid UTF-8 (with the line and column of the first bad byte).
 * A byte order mark is dropped. Never throws.
 */
function readTextFile(absolutePath) {
    // Synchronous on purpose: thousands of small files read faster this way than through the thread pool.
    let bytes;
    try {
        const handle = (0,external_node_fs_namespaceObject.openSync)(absolutePath, 'r');
        try {
            const { size } = (0,external_node_fs_namespaceObject.fstatSync)(handle);
            if (size > MAX_FILE_BYTES) {
                return {
                    ok: false,
                    message: `the file is ${formatSize(size)}, over the 1 MiB (1,048,576 bytes) limit`,
                    hint: 'A permission scheme fits in a few kilobytes; split the file or check that it is a scheme file.',
                    line: 1,
                    column: 1,
                };
            }
            // Read one byte more than the limit, so a file that grew since stat() is still caught.
            const buffer = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
            let length = 0;
            for (;;) {
                const bytesRead = (0,external_node_fs_namespaceObject.readSync)(handle, buffer, length, buffer.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length === buffer.length)
                    break;
            }
            if (length > MAX_FILE_BYTES) {
                return { ok: false, message: 'the file is over the 1 MiB limit', line: 1, column: 1 };
            }
            bytes = buffer.subarray(0, length);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(handle);
        }
    }
    catch (error) {
        return {
            ok: false,
            message: `the file could not be read: ${read_describeError(error)}`,
            line: 1,
            column: 1,
            ...(errorCode(error) === 'ENOENT' ? { missing: true } : {}),
        };
    }
    return decodeUtf8(bytes);
}
function sha256(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
/** Decodes UTF-8 strictly (a leading BOM is dropped), pointing at the first invalid byte when it fails. */
function decodeUtf8(bytes) {
    const digest = sha256(bytes);
    try {
        return { ok: true, text: decoder.decode(bytes), sha256: digest };
    }
    catch {
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            return {
                ok: false,
                message: 'the file is UTF-16, not UTF-8',
                hint: 'Save the file as UTF-8.',
                line: 1,
                column: 1,
                sha256: digest,
            };
        }
        const bad = firstInvalidUtf8Byte(bytes);
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
        const lineStart = before.lastIndexOf('\n') + 1;
        let line = 1;
        for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1))
            line++;
        const byte = bytes[bad] ?? 0;
        return {
            ok: false,
            message: `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${bad})`,
            hint: 'Save the file as UTF-8 (Latin-1 and UTF-16 files are refused).',
            line,
            column: before.length - lineStart + 1,
            sha256: digest,
        };
    }
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Byte(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const byte = bytes[index] ?? 0;
        if (byte < 0x80) {
            index++;
            continue;
        }
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (byte >= 0xc2 && byte <= 0xdf)
            length = 2;
        else if (byte >= 0xe0 && byte <= 0xef) {
            length = 3;
            if (byte === 0xe0)
                low = 0xa0;
            if (byte === 0xed)
                high = 0x9f;
        }
        else if (byte >= 0xf0 && byte <= 0xf4) {
            length = 4;
            if (byte === 0xf0)
                low = 0x90;
            if (byte === 0xf4)
                high = 0x8f;
        }
        else
            return index;
        for (let k = 1; k < length; k++) {
            const next = bytes[index + k];
            if (next === undefined)
                return index;
            const min = k === 1 ? low : 0x80;
            const max = k === 1 ? high : 0xbf;
            if (next < min || next > max)
                return index;
        }
        index += length;
    }
    return bytes.length;
}
function formatSize(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}
/** The errno code of a file system error (checked by shape: errors may come from another realm). */
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}
function read_describeError(error) {
    switch (errorCode(error)) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EACCES':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a folder';
        default:
            return typeof error === 'object' && error !== null && 'message' in error
                ? String(error.message)
                : String(error);
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
;// CONCATENATED MODULE: ./schemas/holder.schema.json
const holder_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/holder.schema.json","title":"Permission holder","description":"Who a permission is granted to: a bare holder type (assignee, reporter, projectLead, anyone, sd.customer.portal.only, applicationRole) or a mapping of one holder type to its value (group: jira-developers). $defs has one definition per Jira holder type; the holder itself is checked by its form (text or mapping), so that a mistake gets one clear error.","if":{"type":"string"},"then":{"$ref":"#/$defs/bareHolder"},"else":{"$ref":"#/$defs/holderWithValue"},"$defs":{"anyone":{"const":"anyone","description":"Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it. Written as a bare word (\\"- anyone\\"); takes no value."},"applicationRole":{"description":"Users of a product. Bare (\\"- applicationRole\\"): any logged-in user of any product; with a key (\\"- applicationRole: jira-software\\"): the users of that product.","anyOf":[{"const":"applicationRole","description":"Any logged-in user of any product on the site."},{"type":"object","description":"The users of one product.","required":["applicationRole"],"additionalProperties":false,"properties":{"applicationRole":{"$ref":"#/$defs/applicationKey"}}}]},"assignee":{"const":"assignee","description":"The user an issue is assigned to. Written as a bare word (\\"- assignee\\"); takes no value."},"group":{"type":"object","description":"A group: by name (\\"group: jira-developers\\"), or better by id (\\"group: {id: <groupId>}\\"), since names can change.","required":["group"],"additionalProperties":false,"properties":{"group":{"$ref":"#/$defs/groupValue"}}},"groupCustomField":{"type":"object","description":"Members of the group selected in a group-picker custom field of the issue.","required":["groupCustomField"],"additionalProperties":false,"properties":{"groupCustomField":{"$ref":"#/$defs/customField"}}},"projectLead":{"const":"projectLead","description":"The project\'s lead. Written as a bare word (\\"- projectLead\\"); takes no value."},"projectRole":{"type":"object","description":"A project role: by name (\\"projectRole: Developers\\") or by id (\\"projectRole: 10002\\" or \\"projectRole: {id: 10002}\\").","required":["projectRole"],"additionalProperties":false,"properties":{"projectRole":{"$ref":"#/$defs/projectRoleValue"}}},"reporter":{"const":"reporter","description":"The user who reported an issue. Written as a bare word (\\"- reporter\\"); takes no value."},"sd.customer.portal.only":{"const":"sd.customer.portal.only","description":"Jira Service Management customers: the customer portal only, not Jira. Written as a bare word (\\"- sd.customer.portal.only\\"); takes no value."},"user":{"type":"object","description":"One user: by account id (\\"user: 5b10a2844c20165700ede21g\\") or by email address (\\"user: {email: ada@example.com}\\").","required":["user"],"additionalProperties":false,"properties":{"user":{"$ref":"#/$defs/userValue"}}},"userCustomField":{"type":"object","description":"The user selected in a user-picker custom field of the issue.","required":["userCustomField"],"additionalProperties":false,"properties":{"userCustomField":{"$ref":"#/$defs/customField"}}},"bareHolder":{"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project\'s lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]},"holderWithValue":{"type":"object","description":"One holder type and its value, e.g. \\"group: jira-developers\\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\\"anyone\\" takes no value: write it as a bare word (\\"- anyone\\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\\"assignee\\" takes no value: write it as a bare word (\\"- assignee\\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\\"projectLead\\" takes no value: write it as a bare word (\\"- projectLead\\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\\"reporter\\" takes no value: write it as a bare word (\\"- reporter\\")."},"sd.customer.portal.only":{"not":{},"description":"\\"sd.customer.portal.only\\" takes no value: write it as a bare word (\\"- sd.customer.portal.only\\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}},"holderType":{"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]},"applicationKey":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."},"groupValue":{"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."}}}},"projectRoleValue":{"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."}}}}},"userValue":{"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$","description":"The email address of the user."}}}},"customField":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The custom field id (customfield_10020) or the field name."}}}');
;// CONCATENATED MODULE: ./schemas/permission-scheme.schema.json
const permission_scheme_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permission-scheme.schema.json","title":"Jira permission scheme","description":"One Jira permission scheme, as code. Put \\"# yaml-language-server: $schema=<path>/permission-scheme.schema.json\\" at the top of a file for completion in editors.","type":"object","required":["name","grants"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme\'s name: unique across the folder, and the scheme\'s identity in Jira."},"description":{"type":"string","description":"Optional description shown in Jira."},"id":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Optional: binds this file to an existing live scheme by id (so renaming the file\'s scheme renames the live one). Jira\'s Default Permission Scheme has id 0."},"grants":{"type":"object","description":"Permission key -> list of holders.","propertyNames":{"$ref":"permissions.schema.json"},"properties":{"ADMINISTER_PROJECTS":{"$ref":"#/$defs/holders","description":"Administer projects: manage project settings, roles, components and versions. Category: administration."},"EDIT_WORKFLOW":{"$ref":"#/$defs/holders","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration."},"EDIT_ISSUE_LAYOUT":{"$ref":"#/$defs/holders","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration."},"BROWSE_PROJECTS":{"$ref":"#/$defs/holders","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project."},"MANAGE_SPRINTS_PERMISSION":{"$ref":"#/$defs/holders","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software."},"SERVICEDESK_AGENT":{"$ref":"#/$defs/holders","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management."},"VIEW_DEV_TOOLS":{"$ref":"#/$defs/holders","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software."},"VIEW_READONLY_WORKFLOW":{"$ref":"#/$defs/holders","description":"View read-only workflow: see the workflow an issue follows. Category: project."},"ASSIGNABLE_USER":{"$ref":"#/$defs/holders","description":"Assignable user: can be assigned issues. Category: issue."},"ASSIGN_ISSUES":{"$ref":"#/$defs/holders","description":"Assign issues: assign issues to other people. Category: issue."},"CLOSE_ISSUES":{"$ref":"#/$defs/holders","description":"Close issues. Category: issue."},"CREATE_ISSUES":{"$ref":"#/$defs/holders","description":"Create issues. Category: issue."},"DELETE_ISSUES":{"$ref":"#/$defs/holders","description":"Delete issues, with their comments and attachments. Category: issue."},"EDIT_ISSUES":{"$ref":"#/$defs/holders","description":"Edit issues. Category: issue."},"LINK_ISSUES":{"$ref":"#/$defs/holders","description":"Link issues. Category: issue."},"MODIFY_REPORTER":{"$ref":"#/$defs/holders","description":"Modify reporter: change who reported an issue. Category: issue."},"MOVE_ISSUES":{"$ref":"#/$defs/holders","description":"Move issues between projects or issue types. Category: issue."},"RESOLVE_ISSUES":{"$ref":"#/$defs/holders","description":"Resolve issues and set fix versions. Category: issue."},"SCHEDULE_ISSUES":{"$ref":"#/$defs/holders","description":"Schedule issues: set or change due dates. Category: issue."},"SET_ISSUE_SECURITY":{"$ref":"#/$defs/holders","description":"Set issue security: choose the security level of issues. Category: issue."},"TRANSITION_ISSUES":{"$ref":"#/$defs/holders","description":"Transition issues through the workflow. Category: issue."},"MANAGE_WATCHERS":{"$ref":"#/$defs/holders","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers."},"VIEW_VOTERS_AND_WATCHERS":{"$ref":"#/$defs/holders","description":"View voters and watchers of issues. Category: voters and watchers."},"ADD_COMMENTS":{"$ref":"#/$defs/holders","description":"Add comments to issues. Category: comments."},"DELETE_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete all comments, anyone\'s. Category: comments."},"DELETE_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete own comments. Category: comments."},"EDIT_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit all comments, anyone\'s. Category: comments."},"EDIT_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit own comments. Category: comments."},"CREATE_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Create attachments on issues. Category: attachments."},"DELETE_ALL_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete all attachments, anyone\'s. Category: attachments."},"DELETE_OWN_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete own attachments. Category: attachments."},"DELETE_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete all worklogs, anyone\'s. Category: time tracking."},"DELETE_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete own worklogs. Category: time tracking."},"EDIT_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit all worklogs, anyone\'s. Category: time tracking."},"EDIT_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit own worklogs. Category: time tracking."},"WORK_ON_ISSUES":{"$ref":"#/$defs/holders","description":"Work on issues: log work (time tracking). Category: time tracking."}},"additionalProperties":{"$ref":"#/$defs/holders"}}},"$defs":{"holders":{"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}}}}');
;// CONCATENATED MODULE: ./schemas/permissions.schema.json
const permissions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permissions.schema.json","title":"Jira project permission key","description":"A project permission key: one of Jira\'s built-in keys, or a key an app defines (apps\' keys are accepted when the settings file lists them under customPermissions). Each built-in key\'s definition carries its category (x-category) and, where it needs one, the product (x-product).","anyOf":[{"$ref":"#/$defs/builtInPermission"},{"$ref":"#/$defs/appPermission"}],"$defs":{"builtInPermission":{"description":"A built-in Jira project permission (Jira\'s permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone\'s. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone\'s. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone\'s. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone\'s. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone\'s. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]},"appPermission":{"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\\\s]+$"},"ADMINISTER_PROJECTS":{"const":"ADMINISTER_PROJECTS","description":"Administer projects: manage project settings, roles, components and versions. Category: administration.","x-category":"administration"},"EDIT_WORKFLOW":{"const":"EDIT_WORKFLOW","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","x-category":"administration"},"EDIT_ISSUE_LAYOUT":{"const":"EDIT_ISSUE_LAYOUT","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration.","x-category":"administration"},"BROWSE_PROJECTS":{"const":"BROWSE_PROJECTS","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","x-category":"project"},"MANAGE_SPRINTS_PERMISSION":{"const":"MANAGE_SPRINTS_PERMISSION","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"SERVICEDESK_AGENT":{"const":"SERVICEDESK_AGENT","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","x-category":"project","x-product":"Jira Service Management"},"VIEW_DEV_TOOLS":{"const":"VIEW_DEV_TOOLS","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"VIEW_READONLY_WORKFLOW":{"const":"VIEW_READONLY_WORKFLOW","description":"View read-only workflow: see the workflow an issue follows. Category: project.","x-category":"project"},"ASSIGNABLE_USER":{"const":"ASSIGNABLE_USER","description":"Assignable user: can be assigned issues. Category: issue.","x-category":"issue"},"ASSIGN_ISSUES":{"const":"ASSIGN_ISSUES","description":"Assign issues: assign issues to other people. Category: issue.","x-category":"issue"},"CLOSE_ISSUES":{"const":"CLOSE_ISSUES","description":"Close issues. Category: issue.","x-category":"issue"},"CREATE_ISSUES":{"const":"CREATE_ISSUES","description":"Create issues. Category: issue.","x-category":"issue"},"DELETE_ISSUES":{"const":"DELETE_ISSUES","description":"Delete issues, with their comments and attachments. Category: issue.","x-category":"issue"},"EDIT_ISSUES":{"const":"EDIT_ISSUES","description":"Edit issues. Category: issue.","x-category":"issue"},"LINK_ISSUES":{"const":"LINK_ISSUES","description":"Link issues. Category: issue.","x-category":"issue"},"MODIFY_REPORTER":{"const":"MODIFY_REPORTER","description":"Modify reporter: change who reported an issue. Category: issue.","x-category":"issue"},"MOVE_ISSUES":{"const":"MOVE_ISSUES","description":"Move issues between projects or issue types. Category: issue.","x-category":"issue"},"RESOLVE_ISSUES":{"const":"RESOLVE_ISSUES","description":"Resolve issues and set fix versions. Category: issue.","x-category":"issue"},"SCHEDULE_ISSUES":{"const":"SCHEDULE_ISSUES","description":"Schedule issues: set or change due dates. Category: issue.","x-category":"issue"},"SET_ISSUE_SECURITY":{"const":"SET_ISSUE_SECURITY","description":"Set issue security: choose the security level of issues. Category: issue.","x-category":"issue"},"TRANSITION_ISSUES":{"const":"TRANSITION_ISSUES","description":"Transition issues through the workflow. Category: issue.","x-category":"issue"},"MANAGE_WATCHERS":{"const":"MANAGE_WATCHERS","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"VIEW_VOTERS_AND_WATCHERS":{"const":"VIEW_VOTERS_AND_WATCHERS","description":"View voters and watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"ADD_COMMENTS":{"const":"ADD_COMMENTS","description":"Add comments to issues. Category: comments.","x-category":"comments"},"DELETE_ALL_COMMENTS":{"const":"DELETE_ALL_COMMENTS","description":"Delete all comments, anyone\'s. Category: comments.","x-category":"comments"},"DELETE_OWN_COMMENTS":{"const":"DELETE_OWN_COMMENTS","description":"Delete own comments. Category: comments.","x-category":"comments"},"EDIT_ALL_COMMENTS":{"const":"EDIT_ALL_COMMENTS","description":"Edit all comments, anyone\'s. Category: comments.","x-category":"comments"},"EDIT_OWN_COMMENTS":{"const":"EDIT_OWN_COMMENTS","description":"Edit own comments. Category: comments.","x-category":"comments"},"CREATE_ATTACHMENTS":{"const":"CREATE_ATTACHMENTS","description":"Create attachments on issues. Category: attachments.","x-category":"attachments"},"DELETE_ALL_ATTACHMENTS":{"const":"DELETE_ALL_ATTACHMENTS","description":"Delete all attachments, anyone\'s. Category: attachments.","x-category":"attachments"},"DELETE_OWN_ATTACHMENTS":{"const":"DELETE_OWN_ATTACHMENTS","description":"Delete own attachments. Category: attachments.","x-category":"attachments"},"DELETE_ALL_WORKLOGS":{"const":"DELETE_ALL_WORKLOGS","description":"Delete all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"DELETE_OWN_WORKLOGS":{"const":"DELETE_OWN_WORKLOGS","description":"Delete own worklogs. Category: time tracking.","x-category":"time tracking"},"EDIT_ALL_WORKLOGS":{"const":"EDIT_ALL_WORKLOGS","description":"Edit all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"EDIT_OWN_WORKLOGS":{"const":"EDIT_OWN_WORKLOGS","description":"Edit own worklogs. Category: time tracking.","x-category":"time tracking"},"WORK_ON_ISSUES":{"const":"WORK_ON_ISSUES","description":"Work on issues: log work (time tracking). Category: time tracking.","x-category":"time tracking"}}}');
;// CONCATENATED MODULE: ./schemas/settings.schema.json
const settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/settings.schema.json","title":"jira-permissions-as-code settings (.jira-permissions.yml)","description":"Optional settings file at the repository root. Every key is optional.","type":"object","additionalProperties":false,"properties":{"schemes":{"type":"string","minLength":1,"pattern":"\\\\S","default":"jira-permissions","description":"The scheme folder, relative to the settings file. Default: jira-permissions."},"customPermissions":{"type":"array","description":"Permission keys that apps define, accepted by validate without asking Jira.","uniqueItems":true,"items":{"type":"string","minLength":1,"pattern":"^[^\\\\s]+$"}},"prune":{"type":"boolean","default":false,"description":"true: live schemes that no file describes are planned for deletion (apply also needs --allow-delete)."},"rules":{"type":"object","description":"Lint rule id -> error | warning | off.","propertyNames":{"enum":["no-anonymous-access","no-broad-admin","duplicate-grant","prefer-group-id","browse-required","admin-required","product-permission"]},"additionalProperties":{"enum":["error","warning","off"]}},"managedHolders":{"type":"array","description":"Holders that Jira manages itself: never planned for removal and never a cause of a diff. Default: the atlassian-addons-project-access project role.","items":{"type":"object","required":["type"],"additionalProperties":false,"minProperties":2,"properties":{"type":{"enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"],"description":"The holder type."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The holder name (a role or group name)."},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id, or a role id written as text."},{"type":"integer","minimum":1,"description":"A project role id."}],"description":"The holder id (a role id or group id)."}}}},"guardrails":{"type":"object","description":"Limits that make a plan fail before apply can do damage.","additionalProperties":false,"properties":{"maxRemovals":{"type":"integer","minimum":0,"default":10,"description":"Most grant removals allowed in one scheme."},"maxRemovalRatio":{"type":"number","minimum":0,"maximum":1,"default":0.2,"description":"Largest fraction of a scheme\'s live grants that one plan may remove."},"allow":{"type":"array","description":"Guardrails allowed to pass, per scheme name (or * for every scheme).","items":{"type":"object","required":["guardrail","scheme"],"additionalProperties":false,"properties":{"guardrail":{"enum":["lockout","public-exposure","mass-removal"]},"scheme":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme name, or * for every scheme."}}}}}}}}');
;// CONCATENATED MODULE: ./src/config/schemas.ts





const SCHEMA_IDS = {
    holder: holder_schema_namespaceObject.$id,
    permissions: permissions_schema_namespaceObject.$id,
    permissionScheme: permission_scheme_schema_namespaceObject.$id,
    settings: settings_schema_namespaceObject.$id,
};
/** The published schemas, as the package ships them (for tests and for `$schema` hints). */
const SCHEMAS = {
    holder: holder_schema_namespaceObject,
    permissions: permissions_schema_namespaceObject,
    permissionScheme: permission_scheme_schema_namespaceObject,
    settings: settings_schema_namespaceObject,
};
/**
 * Keywords the schemas carry for editors and for people (VS Code's `enumDescriptions`; the category and
 * product of each built-in permission). Registered so that strict mode accepts them; they validate nothing.
 */
const ANNOTATION_KEYWORDS = ['enumDescriptions', 'x-category', 'x-product'];
let validators;
function newAjv(allErrors) {
    const ajv = new _2020.Ajv2020({ strict: true, allErrors, verbose: allErrors });
    ajv.addVocabulary(ANNOTATION_KEYWORDS);
    ajv.addSchema(holder_schema_namespaceObject);
    ajv.addSchema(permissions_schema_namespaceObject);
    return ajv;
}
/** The compiled validators: compiled once per process, on first use. */
function getValidators() {
    if (validators !== undefined)
        return validators;
    const all = newAjv(true);
    const holder = all.getSchema(holder_schema_namespaceObject.$id);
    if (holder === undefined)
        throw new Error('holder.schema.json did not compile');
    validators = {
        schemeCheck: newAjv(false).compile(permission_scheme_schema_namespaceObject),
        scheme: all.compile(permission_scheme_schema_namespaceObject),
        holder,
        settings: all.compile(settings_schema_namespaceObject),
    };
    return validators;
}
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
/**
 * Every schema error of a scheme file that failed {@link Validators.schemeCheck}, collected piece by
 * piece: the file without its grants, then each permission's list, then each holder entry on its own.
 * One whole-file pass would do, but ajv concatenates the error arrays of every failing `$ref` call, which
 * is quadratic in the number of failing holders; pieces keep it linear. Stops once `holderLimit` holder
 * entries have failed (a file with that many mistakes is likely not a scheme file).
 */
function collectSchemeErrors(value, holderLimit) {
    const { scheme, holder } = getValidators();
    const errors = [];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        scheme(value);
        return [...(scheme.errors ?? [])];
    }
    const file = value;
    const grants = file.grants;
    const grantsIsMapping = typeof grants === 'object' && grants !== null && !Array.isArray(grants);
    if (!scheme(grantsIsMapping ? { ...file, grants: {} } : file))
        errors.push(...(scheme.errors ?? []));
    if (!grantsIsMapping)
        return errors;
    let failedHolders = 0;
    for (const [permission, holders] of Object.entries(grants)) {
        const base = `/grants/${escapePointer(permission)}`;
        if (!Array.isArray(holders) || holders.length === 0) {
            // The list itself is wrong (not a list, or empty): check it alone, in a file that is otherwise fine.
            if (!scheme({ name: 'x', grants: { [permission]: holders } })) {
                errors.push(...(scheme.errors ?? []).filter((error) => error.instancePath.startsWith(base)));
            }
            continue;
        }
        for (let index = 0; index < holders.length; index++) {
            if (holder(holders[index]))
                continue;
            const at = `${base}/${index}`;
            for (const error of holder.errors ?? [])
                errors.push({ ...error, instancePath: at + error.instancePath });
            if (++failedHolders >= holderLimit)
                return errors;
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/model/settings.ts
/** The settings file (`.jira-permissions.yml`), after defaults are applied. */
const DEFAULT_SETTINGS_FILE = '.jira-permissions.yml';
const DEFAULT_SETTINGS = {
    schemes: 'jira-permissions',
    customPermissions: [],
    prune: false,
    rules: {},
    managedHolders: [{ type: 'projectRole', name: 'atlassian-addons-project-access' }],
    guardrails: { maxRemovals: 10, maxRemovalRatio: 0.2, allow: [] },
};

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/config/yaml.ts

/**
 * Deepest nesting a file may have. A scheme file needs five levels (root, grants, a permission's list,
 * a holder, a group's `{id}`); the bound stops hostile input long before it can exhaust memory, inside
 * js-yaml's parser (which checks depth as it descends).
 */
const MAX_DEPTH = 12;
/** Keys that would reach `Object.prototype` machinery in whoever consumes the value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Reads one YAML document with js-yaml 5's event parser and builds, in a single pass over the events,
 * the value (YAML 1.2 core schema, exactly as js-yaml resolves plain scalars) and a position for every
 * node. The same pass refuses what a scheme file must not contain: duplicate keys, anchors and aliases,
 * merge keys, tags, complex keys, prototype-polluting keys, more than one document. Never throws.
 */
function parseYamlDocument(text) {
    let events;
    try {
        events = parseEvents(text, { maxDepth: MAX_DEPTH });
    }
    catch (error) {
        const problem = parserProblem(text, error);
        // js-yaml reports where it gave up; a tab or an unclosed quote before that point is the real cause.
        const reason = error instanceof YAMLException ? error.reason : '';
        const cause = tabIndentation(text, [], problem.start) ??
            (/deficient indentation|unexpected end of the stream/.test(reason)
                ? unclosedBracket(text)
                : undefined) ??
            (/indentation|end of the stream|quoted scalar/.test(reason)
                ? unclosedQuote(text, problem.start)
                : undefined);
        return { ok: false, problems: [cause !== undefined && cause.start <= problem.start ? cause : problem] };
    }
    return buildDocument(text, events);
}
function buildDocument(text, events) {
    const problems = [];
    const stack = [];
    let documents = 0;
    let root;
    let lastEnd = 0;
    /** Scalars spanning lines: a tab at the start of one of their lines is content, not indentation. */
    const multiLine = [];
    const scanTabs = text.includes('\t');
    const attach = (value, node) => {
        const parent = stack[stack.length - 1];
        if (parent === undefined) {
            if (documents === 1)
                root = { value, node };
            return;
        }
        if (parent.kind === 'sequence') {
            parent.value.push(value);
            parent.items.push(node);
            return;
        }
        const key = parent.key;
        parent.key = undefined;
        if (key === undefined)
            return;
        node.keyStart = key.start;
        node.keyEnd = key.end;
        if (key.accepted) {
            parent.value[key.name] = value;
            parent.entries.set(key.name, node);
        }
    };
    const checkProperties = (anchorStart, anchorEnd, tagStart, tagEnd) => {
        if (anchorStart !== -1) {
            problems.push({
                start: Math.max(0, anchorStart - 1),
                end: anchorEnd,
                message: `anchors are not allowed (&${text.slice(anchorStart, anchorEnd)})`,
                hint: 'Write the value out in full: scheme files are read by people and diffed in reviews.',
            });
        }
        if (tagStart !== -1) {
            problems.push({
                start: tagStart,
                end: tagEnd,
                message: `tags are not allowed (${text.slice(tagStart, tagEnd)})`,
                hint: 'Remove the tag; quote the value if it should be text.',
            });
        }
    };
    for (const event of events) {
        switch (event.type) {
            case EVENT_ID.DOCUMENT: {
                documents++;
                if (documents === 2)
                    problems.push(secondDocumentProblem(text, lastEnd));
                if (event.directives.length > 0)
                    problems.push(directiveProblem(text));
                break;
            }
            case EVENT_ID.POP: {
                const frame = stack.pop();
                const parent = stack[stack.length - 1];
                if (frame?.asKey === true && parent?.kind === 'mapping') {
                    parent.key = { name: '', start: frame.node.start, end: frame.node.end, accepted: false };
                }
                else if (frame !== undefined)
                    attach(frame.value, frame.node);
                break;
            }
            case EVENT_ID.ALIAS: {
                const start = Math.max(0, event.anchorStart - 1);
                problems.push({
                    start,
                    end: event.anchorEnd,
                    message: `aliases are not allowed (*${text.slice(event.anchorStart, event.anchorEnd)})`,
                    hint: 'Write the value out in full instead of referring to an anchor.',
                });
                lastEnd = Math.max(lastEnd, event.anchorEnd);
                attach(null, positionNode(start, event.anchorEnd));
                break;
            }
            case EVENT_ID.SCALAR: {
                checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
                const parent = stack[stack.length - 1];
                if (parent?.kind === 'mapping' && parent.key === undefined) {
                    readKey(text, event, parent, problems);
                    if (event.valueEnd > lastEnd)
                        lastEnd = event.valueEnd;
                    break;
                }
                const node = scalarNode(text, event, parent);
                if (node.end > lastEnd)
                    lastEnd = node.end;
                if (scanTabs) {
                    const newline = text.indexOf('\n', node.start);
                    if (newline !== -1 && newline < node.end)
                        multiLine.push([node.start, node.end]);
                }
                attach(scalarValue(text, event), node);
                break;
            }
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
                const parent = stack[stack.length - 1];
                const asKey = parent?.kind === 'mapping' && parent.key === undefined;
                if (asKey) {
                    problems.push({
                        start: event.start,
                        end: event.start + 1,
                        message: 'a key must be plain text, not a mapping or a list',
                        hint: 'Remove the "?" complex key; keys are permission keys, holder types or field names.',
                    });
                }
                const node = positionNode(event.start, event.start + 1);
                if (event.type === EVENT_ID.MAPPING) {
                    const entries = new Map();
                    node.entries = entries;
                    stack.push({ kind: 'mapping', value: {}, node, entries, key: undefined, asKey });
                }
                else {
                    const items = [];
                    node.items = items;
                    stack.push({ kind: 'sequence', value: [], node, items, asKey });
                }
                break;
            }
        }
        // A collection ends where its last child ends.
        const top = stack[stack.length - 1];
        if (top !== undefined && lastEnd > top.node.end)
            top.node.end = lastEnd;
    }
    if (scanTabs) {
        const tab = tabIndentation(text, multiLine);
        if (tab !== undefined)
            problems.push(tab);
    }
    if (problems.length > 0)
        return { ok: false, problems: problems.sort((a, b) => a.start - b.start) };
    if (root === undefined) {
        return {
            ok: false,
            problems: [
                {
                    start: 0,
                    end: 0,
                    message: text.trim() === '' ? 'the file is empty' : 'the file has only comments',
                    empty: true,
                    hint: 'A scheme file needs at least "name:" and "grants:"; delete the file if it is not needed.',
                },
            ],
        };
    }
    return { ok: true, value: root.value, root: root.node };
}
function readKey(text, event, parent, problems) {
    const start = event.valueStart === -1 ? parent.node.start : quotedStart(event);
    const end = event.valueStart === -1 ? start : quotedEnd(event);
    const name = String(scalarValue(text, event));
    let accepted = true;
    if (event.style === SCALAR_STYLE.PLAIN && name === '<<') {
        problems.push({
            start,
            end,
            message: 'merge keys (<<) are not allowed',
            hint: 'Write the merged entries out in full.',
        });
        accepted = false;
    }
    else if (FORBIDDEN_KEYS.has(name)) {
        problems.push({
            start,
            end,
            message: `the key "${name}" is not allowed`,
            hint: 'Rename or remove the key.',
        });
        accepted = false;
    }
    else {
        const first = parent.entries.get(name);
        if (first !== undefined) {
            problems.push({
                start,
                end,
                message: `duplicate key "${name}"`,
                hint: 'A key may appear once per mapping: merge the two entries into one.',
                relatedStart: first.keyStart ?? first.start,
            });
            accepted = false;
        }
    }
    parent.key = { name, start, end, accepted };
}
/** Every node gets every field up front, so they all share one shape (faster to build and to walk). */
function positionNode(start, end) {
    return { start, end, keyStart: undefined, keyEnd: undefined, entries: undefined, items: undefined };
}
function scalarNode(text, event, parent) {
    if (event.valueStart === -1) {
        // An empty value (`key:` with nothing after it): point at its key, or at the parent.
        if (parent?.kind === 'mapping' && parent.key !== undefined)
            return positionNode(parent.key.start, parent.key.end);
        // An empty sequence entry (`-` alone): point at its dash.
        const from = parent === undefined
            ? 0
            : parent.kind === 'sequence' && parent.items.length === 0
                ? lineStartOf(text, parent.node.start)
                : parent.node.end;
        const dash = /^[ ]*-(?=\s|$)/gm;
        dash.lastIndex = from;
        const found = parent?.kind === 'sequence' ? dash.exec(text) : null;
        const at = found === null ? from : found.index + found[0].length - 1;
        return positionNode(at, at + (found === null ? 0 : 1));
    }
    return positionNode(quotedStart(event), quotedEnd(event));
}
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Quoted scalars' ranges exclude their quotes; findings point at the opening quote. */
function quotedStart(event) {
    return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        ? event.valueStart - 1
        : event.valueStart;
}
function quotedEnd(event) {
    return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        ? event.valueEnd + 1
        : event.valueEnd;
}
/** A scalar's value as js-yaml's core schema constructs it: plain scalars resolve, others are text. */
function scalarValue(text, event) {
    const source = getScalarValue(text, event);
    if (event.style !== SCALAR_STYLE.PLAIN)
        return source;
    return CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}
/**
 * js-yaml refuses most tab indentation itself; this catches what it lets through (tabs before a flow
 * collection's entries, before a comment-free line in a flow context), except inside multi-line scalars,
 * where a leading tab is content.
 */
function tabIndentation(text, multiLine, before = Number.POSITIVE_INFINITY) {
    const leadingTab = /^[ ]*\t[ \t]*(?=[^\s#])/gm;
    for (let found = leadingTab.exec(text); found !== null; found = leadingTab.exec(text)) {
        const lineStart = found.index;
        if (lineStart > before)
            return undefined;
        if (multiLine.some(([start, end]) => lineStart > start && lineStart < end))
            continue;
        const tab = lineStart + found[0].indexOf('\t');
        return {
            start: tab,
            end: tab + 1,
            message: 'tabs are used for indentation',
            hint: 'YAML indents with spaces only: replace the tab with spaces.',
        };
    }
    return undefined;
}
/** Whether the character at `index` starts a value: only spaces since `:`, `-`, `,`, `?` or the line start. */
function startsValue(text, index) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const before = text.slice(lineStart, index).trimEnd();
    return before === '' || /[:\-,?[{]$/.test(before);
}
/**
 * The first `[` or `{` that is never closed (quotes and comments skipped): js-yaml then complains about
 * the indentation of the next line or the end of the file.
 */
function unclosedBracket(text) {
    const open = [];
    let quote;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote !== undefined) {
            if (quote === '"' && char === '\\')
                index++;
            else if (char === quote) {
                if (quote === "'" && text[index + 1] === "'")
                    index++;
                else
                    quote = undefined;
            }
            continue;
        }
        if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
            const end = text.indexOf('\n', index);
            index = end === -1 ? text.length : end;
            continue;
        }
        const inFlow = open.length > 0;
        if ((char === '"' || char === "'") && (inFlow || startsValue(text, index)))
            quote = char;
        else if ((char === '[' || char === '{') && (inFlow || startsValue(text, index)))
            open.push(index);
        else if ((char === ']' || char === '}') && inFlow)
            open.pop();
    }
    const at = open[0];
    if (at === undefined)
        return undefined;
    const closing = text[at] === '[' ? ']' : '}';
    return {
        start: at,
        end: at + 1,
        message: `a ${text[at] ?? '['} is not closed`,
        hint: `Add the closing ${closing}.`,
    };
}
/**
 * The last quoted scalar before `before` that does not close on its own line: js-yaml then complains
 * about indentation further down, while the cause is the missing quote.
 */
function unclosedQuote(text, before) {
    const opening = /(?:^|[:\-,[{]\s*|^\s+)(["'])/gm;
    let found;
    for (let match = opening.exec(text); match !== null && match.index < before; match = opening.exec(text)) {
        const quote = match[1] ?? '"';
        const start = match.index + match[0].length - 1;
        const lineEnd = text.indexOf('\n', start);
        const rest = text.slice(start + 1, lineEnd === -1 ? text.length : lineEnd);
        const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
        if (!closed) {
            found = {
                start,
                end: start + 1,
                message: `a quoted value is not closed (${quote} at the start of the value has no closing ${quote} on its line)`,
                hint: `Add the closing ${quote}.`,
            };
        }
    }
    return found;
}
function secondDocumentProblem(text, after) {
    const marker = /^(---|\.\.\.)(?=\s|$)/gm;
    marker.lastIndex = after;
    const found = marker.exec(text);
    const start = found?.index ?? after;
    return {
        start,
        end: start + 3,
        message: 'a scheme file holds one document; found a second one',
        hint: 'Put each scheme in its own file, and remove the "---" separator.',
    };
}
function directiveProblem(text) {
    const found = /^%/m.exec(text);
    const start = found?.index ?? 0;
    return {
        start,
        end: start + 1,
        message: 'YAML directives (%YAML, %TAG) are not allowed',
        hint: 'Remove the directive line: files are read as YAML 1.2.',
    };
}
/** Turns js-yaml's parser exception into a problem at its position, in words a person acts on. */
function parserProblem(text, error) {
    if (!(error instanceof YAMLException)) {
        return { start: 0, end: 0, message: `the YAML could not be read: ${String(error)}` };
    }
    const start = Math.min(error.mark?.position ?? 0, text.length);
    const reason = error.reason;
    if (reason.startsWith('nesting exceeded maxDepth')) {
        return {
            start,
            end: start,
            message: `nesting is deeper than ${MAX_DEPTH} levels`,
            hint: 'A scheme file needs at most five levels; check the indentation.',
        };
    }
    if (reason.includes('tab characters must not be used in indentation')) {
        return {
            start,
            end: start + 1,
            message: 'tabs are used for indentation',
            hint: 'YAML indents with spaces only: replace the tab with spaces.',
        };
    }
    const known = PARSER_MESSAGES.find(([pattern]) => reason.includes(pattern));
    return {
        start,
        end: start,
        message: `invalid YAML: ${known?.[1] ?? reason}`,
        hint: known?.[2] ?? 'Check the line and the one before it.',
    };
}
/** js-yaml's parser messages, in words that say where to look: [its words, ours, the fix]. */
const PARSER_MESSAGES = [
    [
        'bad indentation of a mapping entry',
        'bad indentation of a mapping entry',
        'Check the indentation: the keys of one mapping line up exactly, and a key with a value on the same line has nothing indented under it.',
    ],
    [
        'bad indentation of a sequence entry',
        'bad indentation of a list entry',
        'Check the indentation: the "- " entries of one list line up exactly.',
    ],
    [
        'end of the stream or a document separator is expected',
        'this line does not fit the structure above it',
        'Check its indentation against the lines above, and that the line before it is complete.',
    ],
    [
        'missed comma between flow collection entries',
        'a comma is missing between two entries of a [...] list or {...} mapping',
        'Separate the entries with ", ".',
    ],
    [
        'unexpected end of the stream within a flow collection',
        'a [ or { is not closed',
        'Add the closing ] or }.',
    ],
    [
        'a multiline key may not be an implicit key',
        'a key runs over more than one line',
        'A ":" or a closing quote is probably missing on the line before.',
    ],
    [
        'deficient indentation',
        'a value continues on a line that is not indented enough',
        'Indent the continuation line, or quote the value.',
    ],
    ["expected ':' after a mapping key", 'a ":" is missing after a key', 'Write "key: value".'],
];

;// CONCATENATED MODULE: ./src/config/settings.ts









const ROOT_KEYS = Object.keys(SCHEMAS.settings.properties);
/** Forward-slash path of `absolute` relative to `cwd`, as findings and specs name files. */
function displayPath(cwd, absolute) {
    const path = (0,external_node_path_namespaceObject.relative)(cwd, absolute) || '.';
    return external_node_path_namespaceObject.sep === '/' ? path : path.split(external_node_path_namespaceObject.sep).join('/');
}
/**
 * Reads the settings file, validates it against settings.schema.json and applies the defaults.
 * Never throws: a missing default file means defaults; every problem is a finding.
 */
function loadSettings(options) {
    return Promise.resolve(loadSettingsSync(options));
}
function loadSettingsSync(options) {
    const explicit = options.settingsPath !== undefined;
    const absolute = resolvePath(options.cwd, options.settingsPath ?? DEFAULT_SETTINGS_FILE);
    const file = displayPath(options.cwd, absolute);
    const defaults = () => structuredClone(DEFAULT_SETTINGS);
    const read = readTextFile(absolute);
    if (!read.ok) {
        if (!explicit && read.missing === true) {
            return { settings: defaults(), findings: [], baseDir: options.cwd };
        }
        const finding = problemFinding(file, read.line, read.column, 'settings', read.message, read.hint);
        return { settings: defaults(), findings: [finding], baseDir: (0,external_node_path_namespaceObject.dirname)(absolute) };
    }
    const source = { path: file, sha256: read.sha256 };
    const baseDir = (0,external_node_path_namespaceObject.dirname)(absolute);
    const parsed = parseYamlDocument(read.text);
    if (!parsed.ok) {
        const findings = yamlFindings(file, read.text, parsed.problems, 'settings');
        // A settings file holding only comments is as good as none.
        if (parsed.problems.length === 1 && parsed.problems[0]?.empty === true) {
            return { settings: { ...defaults(), file }, findings: [], source, baseDir };
        }
        return { settings: defaults(), findings, source, baseDir };
    }
    const positions = new PositionMap(file, read.text, parsed.root);
    const validate = getValidators().settings;
    if (!validate(parsed.value)) {
        const findings = settingsProblems(validate.errors ?? [], ROOT_KEYS, RULE_IDS).map((problem) => {
            const location = problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
            return {
                ...location,
                severity: 'error',
                ruleId: 'settings',
                message: problem.message,
                ...(problem.hint === undefined ? {} : { hint: problem.hint }),
            };
        });
        return { settings: defaults(), findings, source, baseDir };
    }
    return { settings: withDefaults(parsed.value, file), findings: [], source, baseDir };
}
function withDefaults(value, file) {
    const defaults = structuredClone(DEFAULT_SETTINGS);
    return {
        file,
        schemes: value.schemes ?? defaults.schemes,
        customPermissions: value.customPermissions ?? defaults.customPermissions,
        prune: value.prune ?? defaults.prune,
        rules: value.rules ?? defaults.rules,
        managedHolders: (value.managedHolders ?? defaults.managedHolders).map((holder) => ({
            type: holder.type,
            ...(holder.name === undefined ? {} : { name: holder.name }),
            ...(holder.id === undefined ? {} : { id: String(holder.id) }),
        })),
        guardrails: {
            maxRemovals: value.guardrails?.maxRemovals ?? defaults.guardrails.maxRemovals,
            maxRemovalRatio: value.guardrails?.maxRemovalRatio ?? defaults.guardrails.maxRemovalRatio,
            allow: value.guardrails?.allow ?? defaults.guardrails.allow,
        },
    };
}
function resolvePath(base, path) {
    return (0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.join)(base, path));
}

;// CONCATENATED MODULE: ./src/config/spec.ts
/** Turns a file that passed the schema into a SchemeSpec, with a location for every grant. */
function toSchemeSpec(value, positions) {
    const file = value;
    const grants = [];
    for (const [permission, holders] of Object.entries(file.grants)) {
        const permissionLocation = positions.locateKey(['grants', permission]);
        holders.forEach((holder, index) => {
            grants.push({
                permission,
                holder: toHolderSpec(holder),
                location: positions.locate(['grants', permission, index]),
                permissionLocation,
            });
        });
    }
    const spec = {
        file: positions.file,
        name: file.name,
        grants,
        nameLocation: positions.locate(['name']),
    };
    if (file.description !== undefined)
        spec.description = file.description;
    if (file.id !== undefined) {
        spec.id = file.id;
        spec.idLocation = positions.locate(['id']);
    }
    return spec;
}
/** One holder entry, in any of its written forms, as a HolderSpec. */
function toHolderSpec(holder) {
    if (typeof holder === 'string') {
        if (holder === 'applicationRole')
            return { type: 'applicationRole' };
        return { type: holder };
    }
    const entry = holder;
    const [type, parameter] = Object.entries(entry)[0] ?? ['', undefined];
    switch (type) {
        case 'applicationRole':
            return { type, key: String(parameter) };
        case 'group': {
            if (typeof parameter === 'string')
                return { type, name: parameter };
            const group = parameter;
            const spec = { type };
            if (group.name !== undefined)
                spec.name = group.name;
            if (group.id !== undefined)
                spec.id = group.id;
            return spec;
        }
        case 'projectRole': {
            if (typeof parameter === 'string')
                return { type, name: parameter };
            if (typeof parameter === 'number')
                return { type, id: String(parameter) };
            const role = parameter;
            return role.id !== undefined ? { type, id: String(role.id) } : { type, name: role.name ?? '' };
        }
        case 'user': {
            if (typeof parameter === 'string')
                return { type, accountId: parameter };
            const user = parameter;
            return user.email !== undefined
                ? { type, email: user.email }
                : { type, accountId: user.accountId ?? '' };
        }
        case 'userCustomField':
        case 'groupCustomField':
            return { type, field: String(parameter) };
        default:
            throw new Error(`toHolderSpec: holder type "${type}" passed the schema but is not handled`);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts













/**
 * Loads the settings and every scheme file, validates them (YAML rules, schema, permission keys, files
 * against each other) and runs the lint rules. Never throws for bad files: every problem is a finding.
 */
function loadProject(options) {
    return Promise.resolve(loadProjectSync(options));
}
function loadProjectSync(options) {
    const settingsResult = loadSettingsSync({
        cwd: options.cwd,
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    });
    const settings = settingsResult.settings;
    const findings = [...settingsResult.findings];
    const folderAbsolute = options.path !== undefined
        ? resolvePath(options.cwd, options.path)
        : (0,external_node_path_namespaceObject.resolve)(settingsResult.baseDir, settings.schemes);
    const folder = displayPath(options.cwd, folderAbsolute);
    const project = { settings, schemes: [], findings, files: [], folder };
    if (settingsResult.source !== undefined)
        project.settingsFile = settingsResult.source;
    const discovery = discoverSchemeFiles(folderAbsolute);
    if (!discovery.ok) {
        findings.push(problemFinding(folder, 1, 1, 'files', `the scheme folder "${folder}" ${discovery.message}`, discovery.reason === 'missing'
            ? 'Create it, pass --path DIR, or set "schemes:" in .jira-permissions.yml.'
            : undefined));
        return finish(project);
    }
    const settingsAbsolute = settingsResult.source === undefined ? undefined : resolvePath(options.cwd, settingsResult.source.path);
    const allowed = new Set([...settings.customPermissions, ...(options.customPermissions ?? [])]);
    for (const absolute of discovery.files) {
        if (absolute === settingsAbsolute)
            continue;
        const file = displayPath(options.cwd, absolute);
        const loaded = loadSchemeFile(absolute, file, allowed);
        if (loaded.sha256 !== undefined)
            project.files.push({ path: file, sha256: loaded.sha256 });
        findings.push(...loaded.findings);
        if (loaded.spec !== undefined)
            project.schemes.push(loaded.spec);
    }
    if (discovery.files.length === 0) {
        findings.push(problemFinding(folder, 1, 1, 'files', `the scheme folder "${folder}" has no *.yml or *.yaml files`, 'Add a scheme file, e.g. with `jira-perms export`, or check --path.', 'warning'));
    }
    findings.push(...crossFileFindings(project.schemes));
    findings.push(...lintSchemes(project.schemes, settings));
    return finish(project);
}
function finish(project) {
    project.findings.sort(compareFindings);
    return project;
}
/**
 * Reads, parses and validates one scheme file: the spec when the file passed the schema and every
 * permission key is known, and the file's own problems (lint rules and cross-file checks are not run).
 */
function loadSchemeFile(absolutePath, file, allowedPermissions) {
    const read = readTextFile(absolutePath);
    if (!read.ok) {
        return {
            findings: [problemFinding(file, read.line, read.column, 'yaml', read.message, read.hint)],
            ...(read.sha256 === undefined ? {} : { sha256: read.sha256 }),
        };
    }
    return { ...checkSchemeText(read.text, file, allowedPermissions), sha256: read.sha256 };
}
/** Parses and validates one scheme file's text. Pure: no file system. */
function checkSchemeText(text, file, allowedPermissions = new Set()) {
    const parsed = parseYamlDocument(text);
    if (!parsed.ok) {
        const findings = yamlFindings(file, text, parsed.problems.slice(0, MAX_FINDINGS_PER_FILE));
        if (parsed.problems.length > MAX_FINDINGS_PER_FILE)
            findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    const positions = new PositionMap(file, text, parsed.root);
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const what = value === null ? 'nothing' : Array.isArray(value) ? 'a list' : `the value ${JSON.stringify(value)}`;
        return {
            findings: [
                locatedFinding(positions.locate([]), 'schema', `a scheme file must be a mapping (name:, grants:, ...), not ${what}`, 'Start the file with "name: <scheme name>" and "grants:".'),
            ],
        };
    }
    const { schemeCheck } = getValidators();
    const unknown = unknownPermissionProblems(value, allowedPermissions, MAX_FINDINGS_PER_FILE);
    const problems = unknown.slice(0, MAX_FINDINGS_PER_FILE);
    let more = unknown.length - problems.length;
    if (!schemeCheck(value)) {
        const room = MAX_FINDINGS_PER_FILE - problems.length;
        const explained = schemeProblems(value, collectSchemeErrors(value, room + 1), room + 1);
        problems.push(...explained.slice(0, room));
        if (explained.length > room)
            more = Math.max(more, 1);
    }
    if (problems.length > 0) {
        const findings = problems.map((problem) => locatedFinding(problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path), 'schema', problem.message, problem.hint));
        if (more > 0)
            findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    return { spec: toSchemeSpec(value, positions), findings: [] };
}
/**
 * Most findings reported for one file: past this, the file is more likely not a scheme file at all, and
 * composing thousands of messages (each with a "did you mean") would only slow the run down.
 */
const MAX_FINDINGS_PER_FILE = 50;
function tooManyFinding(file, shown) {
    const last = shown[shown.length - 1];
    return problemFinding(file, last?.line ?? 1, last?.column ?? 1, 'schema', `more problems in this file are not shown (the first ${MAX_FINDINGS_PER_FILE} are)`, 'Fix these first, or check that this is a scheme file.');
}
/** Stable order for findings (kept here too for callers that import it from the loader). */


;// CONCATENATED MODULE: ./src/jira/secrets.ts
/**
 * Secrets the product must never print: API tokens, bearer tokens and the derived `base64(email:token)`.
 * The connection registers them as soon as it reads them; every error message and log line the product
 * writes goes through `redact`. The GitHub Action subscribes with `onSecretRegistered` to mask them in
 * the runner's log as well (`core.setSecret`).
 */
const REPLACEMENT = '***';
/** Shorter values would redact ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;
const secrets = new Set();
const listeners = new Set();
/** Registers a secret (idempotent) and tells every subscriber about it. Empty/short values are ignored. */
function registerSecret(value) {
    if (value === undefined)
        return;
    const trimmed = value.trim();
    for (const candidate of new Set([value, trimmed])) {
        if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate))
            continue;
        secrets.add(candidate);
        for (const listener of listeners)
            listener(candidate);
    }
}
/**
 * Calls `listener` for every secret registered so far and every one registered later (the action passes
 * `core.setSecret`). Returns a function that unsubscribes.
 */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const secret of secrets)
        listener(secret);
    return () => listeners.delete(listener);
}
/** The text with every registered secret replaced by `***` (longest first, so overlaps cannot leak). */
function redact(text) {
    if (secrets.size === 0 || text === '')
        return text;
    let result = text;
    const ordered = [...secrets].sort((a, b) => b.length - a.length);
    for (const secret of ordered) {
        if (result.includes(secret))
            result = result.split(secret).join(REPLACEMENT);
    }
    return result;
}
/** An `Output`-like writer that redacts everything written through it. */
function redactingWriter(output) {
    return {
        write: (text) => {
            output.write(redact(text));
        },
    };
}
/** For tests: the registered secrets are forgotten. */
function clearSecretsForTesting() {
    secrets.clear();
}

;// CONCATENATED MODULE: ./src/jira/connection.ts

/** A missing or malformed setting: nothing was sent. The message names the variable and how to fix it. */
class ConnectionConfigError extends Error {
    name = 'ConnectionConfigError';
}
const GATEWAY_HOST = 'api.atlassian.com';
function isCloudSiteHost(host) {
    return host.endsWith('.atlassian.net') || host.endsWith('.jira.com') || host.endsWith('.jira-dev.com');
}
/** The gateway's path shape, `/ex/jira/{cloudId}` (also recognised on other hosts, e.g. a simulator). */
const GATEWAY_PATH = /^\/ex\/jira\/[^/]+\/?$/;
function deploymentOf(url, apiVersion) {
    if (url.hostname === GATEWAY_HOST || GATEWAY_PATH.test(url.pathname))
        return 'cloud-gateway';
    if (isCloudSiteHost(url.hostname))
        return 'cloud-site';
    return apiVersion === '2' ? 'data-center' : 'cloud-site';
}
/** True when the host is an Atlassian Cloud site (not the gateway, not a local or Data Center host). */
function isAtlassianSite(baseUrl) {
    try {
        return isCloudSiteHost(new URL(baseUrl).hostname);
    }
    catch {
        return false;
    }
}
/** The header value; registering the derived forms as secrets is the caller's job (`connectionFromEnv` does). */
function authorizationHeader(auth) {
    if (auth.kind === 'bearer')
        return `Bearer ${auth.token}`;
    return `Basic ${Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64')}`;
}
/** Registers the token and every derived form (base64 of email:token, the full header values). */
function registerConnectionSecrets(auth) {
    registerSecret(auth.token);
    const header = authorizationHeader(auth);
    registerSecret(header);
    if (auth.kind === 'basic') {
        const encoded = header.slice('Basic '.length);
        registerSecret(encoded);
        registerSecret(`${auth.email}:${auth.token}`);
        // base64url and unpadded spellings, in case anything re-encodes it.
        registerSecret(encoded.replace(/=+$/, ''));
        registerSecret(Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64url'));
    }
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
/** Checks and normalises a base URL; throws ConnectionConfigError with the fix. */
function parseBaseUrl(raw, variable = 'JIRA_BASE_URL') {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new ConnectionConfigError(`${variable} "${raw}" is not a URL. Set it to your site, e.g. https://example.atlassian.net, ` +
            'https://api.atlassian.com/ex/jira/<cloudId>, or your Data Center base URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ConnectionConfigError(`${variable} must start with https:// (got "${url.protocol}").`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new ConnectionConfigError(`${variable} must not carry credentials; use JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN.`);
    }
    if (url.search !== '' || url.hash !== '') {
        // Not echoed: a query string is where people paste tokens.
        throw new ConnectionConfigError(`${variable} must not have a query string or fragment; use the bare base URL.`);
    }
    // People paste the REST path; the client adds /rest/api/N itself.
    const restIndex = url.pathname.indexOf('/rest/api/');
    if (restIndex >= 0) {
        throw new ConnectionConfigError(`${variable} should be the base URL without /rest/api/... (got "${raw}"); ` +
            `try "${url.origin}${url.pathname.slice(0, restIndex)}".`);
    }
    if (url.hostname === GATEWAY_HOST) {
        const match = /^\/ex\/jira\/([^/]+)\/?$/.exec(url.pathname);
        if (match === null) {
            throw new ConnectionConfigError(`${variable} on api.atlassian.com must be https://api.atlassian.com/ex/jira/<cloudId> (got "${raw}"). ` +
                'Find the cloud id at https://<your-site>.atlassian.net/_edge/tenant_info.');
        }
    }
    return url;
}
/**
 * Reads JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN, and JIRA_API_VERSION. Throws
 * ConnectionConfigError naming what is missing. Registers every secret before returning.
 */
function connectionFromEnv(env) {
    const token = nonEmpty(env.JIRA_API_TOKEN);
    const bearer = nonEmpty(env.JIRA_BEARER_TOKEN);
    // Register before any validation can fail, so even a config error cannot echo a token.
    registerSecret(token);
    registerSecret(bearer);
    const rawUrl = nonEmpty(env.JIRA_BASE_URL);
    if (rawUrl === undefined) {
        throw new ConnectionConfigError('JIRA_BASE_URL is not set. Set it to your site (https://example.atlassian.net), to ' +
            'https://api.atlassian.com/ex/jira/<cloudId> for OAuth 2.0 or scoped API tokens, or to your Data Center base URL.');
    }
    const rawVersion = nonEmpty(env.JIRA_API_VERSION) ?? '3';
    if (rawVersion !== '2' && rawVersion !== '3') {
        throw new ConnectionConfigError(`JIRA_API_VERSION must be 3 (Jira Cloud) or 2 (Data Center); got "${rawVersion}".`);
    }
    const apiVersion = rawVersion;
    const url = parseBaseUrl(rawUrl);
    const email = nonEmpty(env.JIRA_EMAIL);
    let auth;
    if (bearer !== undefined && token !== undefined) {
        throw new ConnectionConfigError('Both JIRA_BEARER_TOKEN and JIRA_API_TOKEN are set; set only one (bearer: OAuth 2.0 access token or ' +
            'Data Center personal access token; API token: together with JIRA_EMAIL).');
    }
    else if (bearer !== undefined) {
        auth = { kind: 'bearer', token: bearer };
    }
    else if (token !== undefined) {
        if (email === undefined) {
            throw new ConnectionConfigError('JIRA_API_TOKEN is set but JIRA_EMAIL is not. Basic authentication needs the email address of the ' +
                'Atlassian account that owns the token (on Data Center: the username).');
        }
        auth = { kind: 'basic', email, token };
    }
    else {
        throw new ConnectionConfigError('No Jira credential: set JIRA_EMAIL and JIRA_API_TOKEN (basic auth with an API token), or ' +
            'JIRA_BEARER_TOKEN (OAuth 2.0 access token, or a Data Center personal access token).');
    }
    registerConnectionSecrets(auth);
    const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    return { baseUrl, apiVersion, deployment: deploymentOf(url, apiVersion), auth };
}
/** For messages: the connection described without secrets. */
function describeConnection(connection) {
    const who = connection.auth.kind === 'basic' ? `basic auth as ${connection.auth.email}` : 'a bearer token';
    return `${connection.baseUrl} (REST ${connection.apiVersion}, ${connection.deployment}, ${who})`;
}

;// CONCATENATED MODULE: ./src/jira/errors.ts

/**
 * Every failure of the Jira client. The message names the call, what it needs and the likely fixes; it
 * is redacted (registered secrets never appear), so it can be printed as is.
 */
class JiraError extends Error {
    name = 'JiraError';
    kind;
    outcome;
    call;
    status;
    summary;
    needs;
    fixes;
    jiraMessage;
    attempts;
    constructor(details) {
        super(formatJiraError(details), details.cause === undefined ? undefined : { cause: details.cause });
        this.kind = details.kind;
        this.outcome = details.outcome;
        this.call = details.call;
        if (details.status !== undefined)
            this.status = details.status;
        this.summary = redact(details.summary);
        if (details.needs !== undefined)
            this.needs = details.needs;
        this.fixes = details.fixes.map(redact);
        if (details.jiraMessage !== undefined)
            this.jiraMessage = redact(details.jiraMessage);
        if (details.attempts !== undefined)
            this.attempts = details.attempts;
    }
}
function formatJiraError(details) {
    const lines = [`${details.call}: ${details.summary}`];
    if (details.jiraMessage !== undefined && details.jiraMessage !== '') {
        lines.push(`  Jira said: ${details.jiraMessage}`);
    }
    if (details.needs !== undefined)
        lines.push(`  Needs: ${details.needs}`);
    if (details.fixes.length > 0) {
        lines.push('  Likely fixes:');
        for (const fix of details.fixes)
            lines.push(`  - ${fix}`);
    }
    return redact(lines.join('\n'));
}
function isJiraError(error) {
    return error instanceof JiraError;
}
/** A printable message for anything thrown, redacted. */
function errorMessage(error) {
    if (error instanceof Error)
        return redact(error.message);
    return redact(String(error));
}

;// CONCATENATED MODULE: ./src/jira/diagnostics.ts

/** Path relative to /rest/api/N, without query. */
function operationPath(path) {
    const withoutQuery = path.split('?')[0] ?? path;
    return withoutQuery.replace(/^\/rest\/api\/[23]/, '');
}
function accessFor(method, path) {
    const op = operationPath(path);
    const upper = method.toUpperCase();
    if (upper === 'DELETE') {
        const grant = /\/permission\//.test(op);
        return {
            category: 'delete',
            administerJira: true,
            scopes: [
                'manage:jira-configuration',
                grant ? 'delete:permission:jira' : 'delete:permission-scheme:jira',
            ],
        };
    }
    if (upper !== 'GET') {
        const grant = /\/permissionscheme\/[^/]+\/permission/.test(op);
        return {
            category: 'write and manage',
            administerJira: true,
            scopes: ['manage:jira-configuration', grant ? 'write:permission:jira' : 'write:permission-scheme:jira'],
        };
    }
    if (op.startsWith('/group') || op.startsWith('/groups') || op.startsWith('/user')) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-user'],
            globalPermission: 'Browse users and groups',
        };
    }
    if (op.startsWith('/myself'))
        return { category: 'read', administerJira: false, scopes: ['read:jira-user'] };
    if (op.startsWith('/role') || op.startsWith('/applicationrole') || op === '/permissions') {
        return {
            category: 'read',
            // Both lists need Administer Jira (Jira's reference for GET /role and GET /applicationrole).
            administerJira: !op.startsWith('/permissions'),
            scopes: ['manage:jira-configuration'],
        };
    }
    if (/^\/project\/[^/]+\/permissionscheme/.test(op)) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-work'],
            globalPermission: 'Administer Jira, or Administer Projects on the project',
        };
    }
    if (op.startsWith('/permissionscheme')) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-work', 'read:permission-scheme:jira'],
        };
    }
    return { category: 'read', administerJira: false, scopes: ['read:jira-work'] };
}
function describeAccess(access) {
    const parts = [`${access.category} access`];
    if (access.administerJira)
        parts.push('the Administer Jira global permission');
    if (access.globalPermission !== undefined)
        parts.push(`the ${access.globalPermission} permission`);
    const scopes = access.scopes.length > 0 ? ` (OAuth/scoped tokens: ${access.scopes.join(' or ')})` : '';
    return `${parts.join(' and ')}${scopes}`;
}
function diagnosticContext(connection) {
    return {
        baseUrl: connection.baseUrl,
        deployment: connection.deployment,
        authKind: connection.auth.kind,
        ...(connection.auth.kind === 'basic' ? { email: connection.auth.email } : {}),
    };
}
const REAUTHENTICATE = 'If an administrator changed API/OAuth permissions or revoked sessions recently, re-authenticate (create a new token or sign in again) so the new permissions apply.';
function gatewayUrlAdvice(context) {
    const site = isAtlassianSite(context.baseUrl) ? context.baseUrl : 'https://<your-site>.atlassian.net';
    return ('OAuth 2.0 access tokens and scoped API tokens only work through https://api.atlassian.com/ex/jira/<cloudId>: ' +
        `set JIRA_BASE_URL to that (the cloud id is at ${site}/_edge/tenant_info).`);
}
function diagnoseHttp(failure, context) {
    const call = `${failure.method} ${failure.path}`;
    const access = accessFor(failure.method, failure.path);
    const needs = describeAccess(access);
    const base = {
        kind: 'http',
        outcome: failure.outcome,
        call,
        status: failure.status,
        ...(failure.jiraMessage !== undefined ? { jiraMessage: failure.jiraMessage } : {}),
        ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
    };
    const status = failure.status;
    if (status === 401) {
        if (failure.scopeMismatch === true) {
            return {
                ...base,
                summary: '401 Unauthorized: the token does not have the OAuth scope this call needs.',
                needs,
                fixes: [
                    `Grant the token one of these scopes: ${access.scopes.join(', ')}; then re-authenticate so the new scopes are in the token.`,
                    'Check that your organisation allows this permission for API/OAuth access (Atlassian Administration), in the right category (read, write and manage, delete).',
                    REAUTHENTICATE,
                ],
            };
        }
        const fixes = [];
        if (context.authKind === 'bearer' && context.deployment === 'cloud-site') {
            fixes.push(`A bearer token was sent to the site URL ${context.baseUrl}. ${gatewayUrlAdvice(context)}`);
        }
        if (context.authKind === 'basic') {
            fixes.push(`Check JIRA_API_TOKEN: it may be wrong, expired or revoked (create a new one at https://id.atlassian.com/manage-profile/security/api-tokens, or in your Data Center profile).`, `Check JIRA_EMAIL${context.email !== undefined ? ` ("${context.email}")` : ''}: it must be the email of the account that owns the token (on Data Center: the username).`);
            if (context.deployment === 'cloud-site') {
                fixes.push(`If this is a scoped API token: ${gatewayUrlAdvice(context)}`);
            }
        }
        else {
            fixes.push('Check JIRA_BEARER_TOKEN: it may be wrong, expired (OAuth access tokens last about an hour) or revoked; get a fresh token.');
            if (context.deployment === 'data-center') {
                fixes.push('On Data Center, check that personal access tokens are enabled and the token has not expired.');
            }
        }
        fixes.push(REAUTHENTICATE);
        return { ...base, summary: '401 Unauthorized: Jira did not accept the credential.', needs, fixes };
    }
    if (status === 403) {
        const fixes = [
            access.administerJira
                ? 'Give the account behind the token the Administer Jira global permission (permission scheme changes need it).'
                : `Give the account behind the token ${access.globalPermission ?? 'access to Jira (a product licence)'}.`,
            `If the token is an OAuth or scoped token, it needs ${access.category} access: allow it in the ${access.category} category and grant ${access.scopes.join(' or ')}.`,
            "Your organisation's IP allowlist may block this address (Atlassian Administration → Security → IP allowlists); run from an allowed network or add this runner's address.",
            REAUTHENTICATE,
        ];
        return {
            ...base,
            summary: `403 Forbidden: the credential is valid but may not do this (${access.category} access).`,
            needs,
            fixes,
        };
    }
    if (status === 404) {
        const fixes = [
            `Check JIRA_BASE_URL (${context.baseUrl}): it should be the site's base URL (https://example.atlassian.net), https://api.atlassian.com/ex/jira/<cloudId>, or the Data Center base URL including any context path (e.g. https://jira.example.com/jira).`,
            'Check JIRA_API_VERSION: 3 for Jira Cloud, 2 for Data Center.',
            'The object may not exist, or the account may not be allowed to see it (Jira answers 404 for both).',
        ];
        return { ...base, summary: '404 Not Found: no such resource at this address.', needs, fixes };
    }
    if (status === 429) {
        return {
            ...base,
            kind: 'rate-limited',
            summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed for this run are used up${failure.attempts !== undefined ? ` (${String(failure.attempts)} attempts)` : ''}.`,
            fixes: [
                'Run again later, when the rate limit has reset.',
                'Lower the read concurrency, or run fewer jobs against this site at the same time.',
            ],
        };
    }
    if (status >= 500) {
        const write = failure.method.toUpperCase() !== 'GET';
        return {
            ...base,
            summary: `${String(status)} server error from Jira${write ? ': the change may or may not have been made' : ''}.`,
            fixes: write
                ? [
                    'Run plan again: it reads the live state, so a change that did happen is not repeated.',
                    'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
                ]
                : [
                    'Jira kept failing after the retries; run again later.',
                    'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
                ],
        };
    }
    if (status === 400) {
        return {
            ...base,
            summary: '400 Bad Request: Jira refused the request as sent.',
            needs,
            fixes: [
                'Read what Jira said above; for a grant it usually means the holder does not exist or the grant is already there.',
            ],
        };
    }
    if (status >= 300 && status < 400) {
        return {
            ...base,
            kind: 'redirect',
            summary: `${String(status)} redirect${failure.jiraMessage !== undefined ? '' : ''}: Jira sent the request elsewhere instead of answering.`,
            fixes: [
                `Set JIRA_BASE_URL to the address Jira redirects to (use https:// and the exact host).`,
                'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
            ],
        };
    }
    return {
        ...base,
        summary: `${String(status)} from Jira.`,
        needs,
        fixes: ['Read what Jira said above.'],
    };
}
function diagnoseNetwork(failure, context) {
    const call = `${failure.method} ${failure.path}`;
    let host = context.baseUrl;
    try {
        host = new URL(context.baseUrl).host;
    }
    catch {
        // keep the base URL as given
    }
    const base = {
        kind: failure.kind,
        outcome: failure.outcome,
        call,
        ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
    };
    const code = failure.code !== undefined ? ` (${failure.code})` : '';
    const unknownWrite = failure.outcome === 'unknown' && failure.method !== 'GET'
        ? ['The change may or may not have been made: run plan again, it reads the live state.']
        : [];
    switch (failure.kind) {
        case 'dns':
            return {
                ...base,
                summary: `cannot find the host ${host}${code}.`,
                fixes: [
                    `Check JIRA_BASE_URL (${context.baseUrl}) for typos; a Cloud site looks like https://example.atlassian.net.`,
                    'Check that this machine can resolve names (DNS, VPN, proxy).',
                ],
            };
        case 'refused':
            return {
                ...base,
                summary: `nothing answers at ${host}${code}: the connection was refused.`,
                fixes: [
                    'Check the port and host in JIRA_BASE_URL.',
                    'Check that Jira (or the simulator) is running and reachable from here (firewall, VPN).',
                ],
            };
        case 'tls':
            return {
                ...base,
                summary: `the secure connection to ${host} failed${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: [
                    'Check the host name in JIRA_BASE_URL matches the certificate (no IP address, the exact host).',
                    'If the server uses a private certificate authority, add it with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
                    'If a proxy intercepts TLS, trust its certificate the same way; never disable certificate checks.',
                ],
            };
        case 'timeout':
            return {
                ...base,
                summary: `no answer within ${String(failure.timeoutMs ?? 0)} ms.`,
                fixes: [
                    ...unknownWrite,
                    'Jira may be overloaded; run again later.',
                    'Raise the per-request timeout if the site is slow, or check network latency to the site.',
                ],
            };
        case 'deadline':
            return {
                ...base,
                summary: 'the run deadline passed before this call could finish.',
                fixes: [...unknownWrite, 'Run again later, or raise the run deadline for large sites.'],
            };
        case 'aborted':
            return { ...base, summary: 'cancelled.', fixes: unknownWrite };
        case 'network':
            return {
                ...base,
                summary: `the connection to ${host} dropped${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: [...unknownWrite, 'Check the network path to Jira (proxy, VPN) and run again.'],
            };
        case 'html':
            return {
                ...base,
                summary: `expected JSON but got an HTML page${failure.contentType !== undefined ? ` (${failure.contentType})` : ''}: usually a login, SSO or proxy page, not the REST API.`,
                fixes: [
                    `Check JIRA_BASE_URL (${context.baseUrl}) is the Jira base URL, not a portal, SSO or proxy address.`,
                    'Check the credential: an unaccepted credential is often answered with a login page.',
                    'On Data Center behind SSO, use a personal access token (JIRA_BEARER_TOKEN).',
                ],
            };
        case 'invalid-json':
            return {
                ...base,
                summary: `the answer is not valid JSON${failure.detail !== undefined ? ` (${failure.detail})` : ''}: it was cut off or is not from Jira's REST API.`,
                fixes: [
                    ...unknownWrite,
                    'Run again; if it persists, check for a proxy between here and Jira that alters answers.',
                ],
            };
        case 'unexpected-shape':
            return {
                ...base,
                summary: `the answer does not look like Jira's documented response${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: ['Check JIRA_BASE_URL points at Jira, and JIRA_API_VERSION (3 for Cloud, 2 for Data Center).'],
            };
        case 'redirect':
            return {
                ...base,
                summary: `Jira redirected the request${failure.location !== undefined ? ` to ${failure.location}` : ''} instead of answering.`,
                fixes: [
                    'Set JIRA_BASE_URL to the address Jira redirects to (https:// and the exact host).',
                    'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
                ],
            };
        case 'incomplete':
            return {
                ...base,
                summary: `the read came back incomplete${failure.detail !== undefined ? `: ${failure.detail}` : ''}; nothing is assumed from a partial answer.`,
                fixes: ['Run again (the data may have changed while it was read).'],
            };
        case 'rate-limited':
            return {
                ...base,
                summary: `rate limited${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: [
                    'Run again later, when the rate limit has reset.',
                    'Lower the read concurrency, or run fewer jobs against this site at the same time.',
                ],
            };
        case 'read-only':
            return {
                ...base,
                summary: `refused: this client is read-only, so ${failure.method} is never sent (validate, plan and export do not change Jira).`,
                fixes: ['Use jira-perms apply to make changes.'],
            };
        case 'http':
            return { ...base, summary: failure.detail ?? 'HTTP failure.', fixes: [] };
    }
}

;// CONCATENATED MODULE: ./src/jira/json.ts
/** Small, total readers for untyped JSON: Jira's answers are checked, never cast. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : undefined;
}
/** A string, or a number written as a string (Jira is inconsistent about ids). */
function idField(object, key) {
    const value = object[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
/** An integer, or an integer written as a string. */
function intField(object, key) {
    const value = object[key];
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number(value);
    return undefined;
}
function boolField(object, key) {
    const value = object[key];
    return typeof value === 'boolean' ? value : undefined;
}
function objectField(object, key) {
    const value = object[key];
    return isObject(value) ? value : undefined;
}
function arrayField(object, key) {
    const value = object[key];
    return Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/jira/normalise.ts


/**
 * Jira's answers → the product's model. Pure. A value that does not have the documented shape raises
 * ShapeError (the client turns it into a JiraError naming the call): a half-understood answer is never
 * taken as "nothing there".
 */
class ShapeError extends Error {
    name = 'ShapeError';
}
/** The holder exactly as Jira spells it, with `null`/missing parameter and value dropped. */
function normaliseHolder(raw) {
    if (!isObject(raw))
        throw new ShapeError('a grant has no holder object');
    const type = stringField(raw, 'type');
    if (type === undefined || type === '')
        throw new ShapeError('a grant holder has no type');
    const holder = { type };
    const parameter = idField(raw, 'parameter');
    const value = idField(raw, 'value');
    if (parameter !== undefined && parameter !== '')
        holder.parameter = parameter;
    if (value !== undefined && value !== '')
        holder.value = value;
    return holder;
}
/** Display text for a holder, from the expanded objects Jira adds (expand=user,group,projectRole,field). */
function holderLabel(holder, raw) {
    const id = holder.value ?? holder.parameter;
    if (PARAMETERLESS_HOLDER_TYPES.has(holder.type))
        return holder.type;
    switch (holder.type) {
        case 'group': {
            const name = (raw && stringField(objectField(raw, 'group') ?? {}, 'name')) ?? holder.parameter;
            const groupId = holder.value;
            if (name === undefined)
                return `group ${groupId ?? '?'}`;
            return groupId === undefined || groupId === name ? `group ${name}` : `group ${name} (${groupId})`;
        }
        case 'projectRole': {
            const name = raw && stringField(objectField(raw, 'projectRole') ?? {}, 'name');
            return name === undefined ? `projectRole ${id ?? '?'}` : `projectRole ${name} (${id ?? '?'})`;
        }
        case 'user': {
            const user = raw === undefined ? undefined : objectField(raw, 'user');
            const name = user && (stringField(user, 'displayName') ?? stringField(user, 'name'));
            return name === undefined ? `user ${id ?? '?'}` : `user ${name} (${id ?? '?'})`;
        }
        case 'userCustomField':
        case 'groupCustomField': {
            const name = raw && stringField(objectField(raw, 'field') ?? {}, 'name');
            return name === undefined ? `${holder.type} ${id ?? '?'}` : `${holder.type} ${name} (${id ?? '?'})`;
        }
        case 'applicationRole':
            return id === undefined ? 'applicationRole (any logged-in user)' : `applicationRole ${id}`;
        default:
            return id === undefined ? holder.type : `${holder.type} ${id}`;
    }
}
function normaliseGrant(raw) {
    if (!isObject(raw))
        throw new ShapeError('a grant is not an object');
    const id = intField(raw, 'id');
    if (id === undefined)
        throw new ShapeError('a grant has no numeric id');
    const permission = stringField(raw, 'permission');
    if (permission === undefined || permission === '')
        throw new ShapeError(`grant ${String(id)} has no permission key`);
    const rawHolder = raw.holder;
    const holder = normaliseHolder(rawHolder);
    return { id, permission, holder, label: holderLabel(holder, isObject(rawHolder) ? rawHolder : undefined) };
}
function normaliseGrants(raw) {
    return raw.map(normaliseGrant).sort((a, b) => a.id - b.id);
}
/** True when the scheme object carries its grants (the list endpoint omits them without expand). */
function hasGrants(raw) {
    return isObject(raw) && Array.isArray(raw.permissions);
}
/**
 * A scheme with its grants. An empty description is treated as none (Jira returns "" for a scheme
 * created without one), so a file without `description` compares equal.
 */
function normaliseScheme(raw, grants) {
    if (!isObject(raw))
        throw new ShapeError('a permission scheme is not an object');
    const id = intField(raw, 'id');
    if (id === undefined)
        throw new ShapeError('a permission scheme has no numeric id');
    const name = stringField(raw, 'name');
    if (name === undefined)
        throw new ShapeError(`permission scheme ${String(id)} has no name`);
    let liveGrants = grants;
    if (liveGrants === undefined) {
        const permissions = arrayField(raw, 'permissions');
        if (permissions === undefined)
            throw new ShapeError(`permission scheme ${String(id)} came without its grants`);
        liveGrants = normaliseGrants(permissions);
    }
    const scheme = { id, name, grants: liveGrants };
    const description = stringField(raw, 'description');
    if (description !== undefined && description !== '')
        scheme.description = description;
    return scheme;
}
/** `{permissionSchemes: [...]}` → the raw scheme objects. */
function schemeList(raw) {
    const list = isObject(raw) ? arrayField(raw, 'permissionSchemes') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissionSchemes": [...]}');
    return list;
}
/** `{permissions: [...]}` (grants of one scheme). */
function grantList(raw) {
    const list = isObject(raw) ? arrayField(raw, 'permissions') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissions": [...]}');
    return list;
}
/** `{permissions: {KEY: {...}}}` → catalogue entries, sorted by key. */
function normaliseCatalogue(raw) {
    const map = isObject(raw) ? objectField(raw, 'permissions') : undefined;
    if (map === undefined)
        throw new ShapeError('expected {"permissions": {KEY: {...}}}');
    const entries = [];
    for (const [mapKey, value] of Object.entries(map)) {
        const object = isObject(value) ? value : {};
        const entry = { key: stringField(object, 'key') ?? mapKey };
        const name = stringField(object, 'name');
        const type = stringField(object, 'type');
        const description = stringField(object, 'description');
        if (name !== undefined)
            entry.name = name;
        if (type !== undefined)
            entry.type = type;
        if (description !== undefined)
            entry.description = description;
        entries.push(entry);
    }
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function normaliseGroup(raw) {
    if (!isObject(raw))
        throw new ShapeError('a group is not an object');
    const name = stringField(raw, 'name');
    if (name === undefined)
        throw new ShapeError('a group has no name');
    const id = idField(raw, 'groupId');
    return id === undefined || id === '' ? { name } : { name, id };
}
function normaliseRole(raw) {
    if (!isObject(raw))
        throw new ShapeError('a project role is not an object');
    const id = intField(raw, 'id');
    const name = stringField(raw, 'name');
    if (id === undefined || name === undefined)
        throw new ShapeError('a project role lacks id or name');
    const role = { id, name };
    const description = stringField(raw, 'description');
    if (description !== undefined && description !== '')
        role.description = description;
    return role;
}
function normaliseUser(raw, idKey = 'accountId') {
    if (!isObject(raw))
        throw new ShapeError('a user is not an object');
    const accountId = stringField(raw, idKey) ?? stringField(raw, 'accountId') ?? stringField(raw, 'key');
    if (accountId === undefined)
        throw new ShapeError('a user has no account id');
    const user = { accountId, active: boolField(raw, 'active') ?? true };
    const displayName = stringField(raw, 'displayName');
    const email = stringField(raw, 'emailAddress');
    if (displayName !== undefined)
        user.displayName = displayName;
    if (email !== undefined && email !== '')
        user.emailAddress = email;
    return user;
}
function normaliseField(raw) {
    if (!isObject(raw))
        throw new ShapeError('a field is not an object');
    const id = stringField(raw, 'id');
    const name = stringField(raw, 'name');
    if (id === undefined || name === undefined)
        throw new ShapeError('a field lacks id or name');
    const field = { id, name, custom: boolField(raw, 'custom') ?? id.startsWith('customfield_') };
    const schema = objectField(raw, 'schema');
    const customType = schema === undefined ? undefined : stringField(schema, 'custom');
    if (customType !== undefined)
        field.customType = customType;
    return field;
}
function normaliseApplicationRole(raw) {
    if (!isObject(raw))
        throw new ShapeError('an application role is not an object');
    const key = stringField(raw, 'key');
    if (key === undefined)
        throw new ShapeError('an application role has no key');
    const name = stringField(raw, 'name');
    return name === undefined ? { key } : { key, name };
}
function arrayOf(raw, what) {
    if (!Array.isArray(raw))
        throw new ShapeError(`expected a list of ${what}`);
    return raw;
}

;// CONCATENATED MODULE: ./src/jira/paginate.ts



function incomplete(call, detail, startAt) {
    return new JiraError(diagnoseNetwork({
        method: 'GET',
        path: `${call.http.apiPath(call.path)}?startAt=${String(startAt)}`,
        kind: 'incomplete',
        outcome: 'rejected',
        detail,
    }, call.context));
}
async function readAllPages(call, options) {
    const values = [];
    const maxPages = options.maxPages ?? 10_000;
    let startAt = 0;
    let announcedTotal;
    for (let page = 0; page < maxPages; page++) {
        const response = await call.http.get(call.path, {
            ...call.query,
            startAt,
            maxResults: options.pageSize,
        });
        const body = response.body;
        const pageValues = isObject(body) ? arrayField(body, 'values') : undefined;
        if (!isObject(body) || pageValues === undefined) {
            throw incomplete(call, 'the answer is not a page ({"values": [...]})', startAt);
        }
        const grantedStart = intField(body, 'startAt');
        if (grantedStart !== undefined && grantedStart !== startAt) {
            throw incomplete(call, `asked for items from ${String(startAt)}, got a page starting at ${String(grantedStart)}`, startAt);
        }
        const total = intField(body, 'total');
        if (total !== undefined) {
            if (announcedTotal !== undefined && total !== announcedTotal) {
                throw incomplete(call, `the total changed from ${String(announcedTotal)} to ${String(total)} while reading`, startAt);
            }
            announcedTotal = total;
        }
        const granted = intField(body, 'maxResults');
        const isLast = boolField(body, 'isLast');
        values.push(...pageValues);
        startAt += pageValues.length;
        let done;
        if (isLast !== undefined)
            done = isLast;
        else if (announcedTotal !== undefined)
            done = startAt >= announcedTotal;
        else
            done = pageValues.length === 0 || pageValues.length < (granted ?? options.pageSize);
        if (done) {
            if (announcedTotal !== undefined && values.length !== announcedTotal) {
                throw incomplete(call, `Jira announced ${String(announcedTotal)} items but returned ${String(values.length)}`, startAt);
            }
            return values;
        }
        if (pageValues.length === 0) {
            throw incomplete(call, 'an empty page that is not the last one', startAt);
        }
    }
    throw incomplete(call, `more than ${String(maxPages)} pages`, startAt);
}

;// CONCATENATED MODULE: ./src/jira/client.ts





/** Every expansion a grant can have: all schemes with all grants and holder details in one request. */
const SCHEME_EXPAND = 'permissions,user,group,projectRole,field';
const GROUP_BATCH = 50;
const USER_BATCH = 50;
const PAGE_SIZE = 100;
function lower(text) {
    return text.toLowerCase();
}
function chunk(items, size) {
    const out = [];
    for (let index = 0; index < items.length; index += size)
        out.push(items.slice(index, index + size));
    return out;
}
/** Reads and directory lookups. Holds no write method: a reader cannot even name a write. */
class JiraReadClient {
    apiVersion;
    deployment;
    groupsHaveIds;
    http;
    context;
    cache = new Map();
    groupByName = new Map();
    groupById = new Map();
    userById = new Map();
    constructor(connection, http) {
        this.http = http;
        this.apiVersion = connection.apiVersion;
        this.deployment = connection.deployment;
        this.groupsHaveIds = connection.apiVersion === '3';
        this.context = diagnosticContext(connection);
    }
    get rateLimit() {
        return this.http.rateLimit;
    }
    get stats() {
        return this.http.stats;
    }
    /** Runs `parse` over a body; a ShapeError becomes a JiraError naming the call. */
    parse(path, body, parse) {
        try {
            return parse(body);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            throw new JiraError(diagnoseNetwork({
                method: 'GET',
                path: this.http.apiPath(path),
                kind: 'unexpected-shape',
                outcome: 'rejected',
                detail: error.message,
            }, this.context));
        }
    }
    async getJson(path, query, parse) {
        const response = await this.http.get(path, query);
        return this.parse(path, response.body, parse);
    }
    /** Caches one promise per key for the run; a failure is not cached (the run fails anyway). */
    cached(key, load) {
        const existing = this.cache.get(key);
        if (existing !== undefined)
            return existing;
        const promise = load();
        this.cache.set(key, promise);
        promise.catch(() => this.cache.delete(key));
        return promise;
    }
    // ---- JiraReader ----
    async listPermissionSchemes() {
        const raw = await this.getJson('/permissionscheme', { expand: SCHEME_EXPAND }, schemeList);
        // Some servers ignore expand on the list: fetch those schemes' grants one by one, never assume none.
        const schemes = await Promise.all(raw.map(async (item) => {
            if (hasGrants(item))
                return this.parse('/permissionscheme', item, (value) => normaliseScheme(value));
            const id = isObject(item) ? idField(item, 'id') : undefined;
            if (id === undefined)
                return this.parse('/permissionscheme', item, (value) => normaliseScheme(value));
            const path = `/permissionscheme/${encodeURIComponent(id)}/permission`;
            const grants = await this.getJson(path, { expand: SCHEME_EXPAND }, (body) => normaliseGrants(grantList(body)));
            return this.parse('/permissionscheme', item, (value) => normaliseScheme(value, grants));
        }));
        return schemes.sort((a, b) => a.id - b.id);
    }
    async getPermissionScheme(schemeId) {
        const path = `/permissionscheme/${String(schemeId)}`;
        try {
            const scheme = await this.getJson(path, { expand: SCHEME_EXPAND }, (body) => hasGrants(body) ? normaliseScheme(body) : undefined);
            if (scheme !== undefined)
                return scheme;
            const grants = await this.getJson(`${path}/permission`, { expand: SCHEME_EXPAND }, (body) => normaliseGrants(grantList(body)));
            return await this.getJson(path, undefined, (body) => normaliseScheme(body, grants));
        }
        catch (error) {
            if (error instanceof JiraError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    getPermissionCatalogue() {
        return this.cached('catalogue', () => this.getJson('/permissions', undefined, normaliseCatalogue));
    }
    async getProjectsByScheme() {
        const projects = await this.listProjects();
        const byScheme = new Map();
        // Concurrency is bounded by the HTTP layer's read semaphore.
        const assignments = await Promise.all(projects.map(async (project) => {
            const path = `/project/${encodeURIComponent(project.id)}/permissionscheme`;
            const schemeId = await this.getJson(path, undefined, (body) => {
                const id = isObject(body) ? idField(body, 'id') : undefined;
                if (id === undefined || !/^\d+$/.test(id))
                    throw new ShapeError('expected a permission scheme with an id');
                return Number(id);
            });
            return { project, schemeId };
        }));
        for (const { project, schemeId } of assignments) {
            const list = byScheme.get(schemeId) ?? [];
            list.push(project);
            byScheme.set(schemeId, list);
        }
        for (const list of byScheme.values())
            list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        return byScheme;
    }
    /** Every project the credential can see: `/project/search` pages (`/project` on Data Center without it). */
    async listProjects() {
        const toProject = (raw) => {
            if (!isObject(raw))
                throw new ShapeError('a project is not an object');
            const id = idField(raw, 'id');
            const key = stringField(raw, 'key');
            if (id === undefined || key === undefined)
                throw new ShapeError('a project lacks id or key');
            const name = stringField(raw, 'name');
            return name === undefined ? { id, key } : { id, key, name };
        };
        let values;
        try {
            values = await readAllPages({ http: this.http, path: '/project/search', context: this.context }, { pageSize: PAGE_SIZE });
        }
        catch (error) {
            // Older Data Center versions have no /project/search; their /project lists every project at once.
            if (this.apiVersion === '2' && error instanceof JiraError && error.status === 404) {
                return this.getJson('/project', undefined, (body) => arrayOf(body, 'projects').map(toProject));
            }
            throw error;
        }
        return this.parse('/project/search', values, (list) => arrayOf(list, 'projects').map(toProject));
    }
    // ---- Probes (doctor) ----
    getServerInfo() {
        return this.getJson('/serverInfo', undefined, (body) => {
            if (!isObject(body))
                throw new ShapeError('expected server information');
            const info = {};
            const baseUrl = stringField(body, 'baseUrl');
            const version = stringField(body, 'version');
            const deploymentType = stringField(body, 'deploymentType');
            const serverTitle = stringField(body, 'serverTitle');
            if (baseUrl !== undefined)
                info.baseUrl = baseUrl;
            if (version !== undefined)
                info.version = version;
            if (deploymentType !== undefined)
                info.deploymentType = deploymentType;
            if (serverTitle !== undefined)
                info.serverTitle = serverTitle;
            return info;
        });
    }
    getMyself() {
        return this.getJson('/myself', undefined, (body) => {
            const user = normaliseUser(body, this.apiVersion === '2' ? 'key' : 'accountId');
            const myself = { accountId: user.accountId, active: user.active };
            if (user.displayName !== undefined)
                myself.displayName = user.displayName;
            if (user.emailAddress !== undefined)
                myself.emailAddress = user.emailAddress;
            return myself;
        });
    }
    getMyPermissions(keys) {
        return this.getJson('/mypermissions', { permissions: keys.join(',') }, (body) => {
            const map = isObject(body) ? objectField(body, 'permissions') : undefined;
            if (map === undefined)
                throw new ShapeError('expected {"permissions": {...}}');
            const result = new Map();
            for (const key of keys) {
                const entry = objectField(map, key);
                result.set(key, entry !== undefined && boolField(entry, 'havePermission') === true);
            }
            return result;
        });
    }
    // ---- JiraDirectory ----
    async findGroupsByName(names) {
        // One spelling per name (as written: Jira may match names exactly), skipping names already known.
        const missing = new Map();
        for (const name of names) {
            if (!this.groupByName.has(lower(name)) && !missing.has(lower(name)))
                missing.set(lower(name), name);
        }
        if (missing.size > 0) {
            if (this.apiVersion === '2')
                await this.loadGroupsByNameDataCenter([...missing.values()]);
            else
                await this.loadGroupsBulk('groupName', [...missing.values()]);
        }
        const result = new Map();
        for (const name of names) {
            const group = this.groupByName.get(lower(name));
            if (group !== undefined && group !== null)
                result.set(name, group);
        }
        return result;
    }
    async findGroupsById(ids) {
        const result = new Map();
        if (!this.groupsHaveIds)
            return result;
        const missing = [...new Set(ids)].filter((id) => !this.groupById.has(id));
        if (missing.length > 0)
            await this.loadGroupsBulk('groupId', missing);
        for (const id of ids) {
            const group = this.groupById.get(id);
            if (group !== undefined && group !== null)
                result.set(id, group);
        }
        return result;
    }
    /** Cloud: `/group/bulk?groupName=a&groupName=b…` (or groupId), batched, every page read. */
    async loadGroupsBulk(parameter, keys) {
        await Promise.all(chunk(keys, GROUP_BATCH).map(async (batch) => {
            const values = await readAllPages({ http: this.http, path: '/group/bulk', query: { [parameter]: batch }, context: this.context }, { pageSize: GROUP_BATCH });
            const groups = this.parse('/group/bulk', values, (list) => arrayOf(list, 'groups').map(normaliseGroup));
            for (const group of groups) {
                this.groupByName.set(lower(group.name), group);
                if (group.id !== undefined)
                    this.groupById.set(group.id, group);
            }
            // What was asked and not answered does not exist (remembered, so it is not asked again).
            for (const key of batch) {
                if (parameter === 'groupName' && !this.groupByName.has(lower(key)))
                    this.groupByName.set(lower(key), null);
                if (parameter === 'groupId' && !this.groupById.has(key))
                    this.groupById.set(key, null);
            }
        }));
    }
    /**
     * Data Center has no `/group/bulk` and no group ids: each name is checked with the group picker
     * (`/groups/picker?query=<name>`), taking only an exact (case-insensitive) match. The picker may cut
     * its list short (`jira.ajax.autocomplete.limit`); when it did and the name is not in it, the name is
     * checked directly with `/group/member?groupname=<name>` (404 = no such group).
     */
    async loadGroupsByNameDataCenter(names) {
        await Promise.all([...new Set(names)].map(async (name) => {
            const picked = await this.pickGroups(name, 1000);
            const exact = picked.groups.find((group) => group.name === name) ??
                picked.groups.find((group) => lower(group.name) === lower(name));
            if (exact !== undefined) {
                this.groupByName.set(lower(name), { name: exact.name });
                return;
            }
            const cut = picked.total !== undefined && picked.total > picked.groups.length;
            const exists = cut ? await this.groupExistsDataCenter(name) : false;
            this.groupByName.set(lower(name), exists ? { name } : null);
        }));
    }
    async groupExistsDataCenter(name) {
        try {
            await this.http.get('/group/member', { groupname: name, maxResults: 1 });
            return true;
        }
        catch (error) {
            if (error instanceof JiraError && error.status === 404)
                return false;
            throw error;
        }
    }
    pickGroups(query, maxResults) {
        return this.cached(`picker:${lower(query)}:${String(maxResults)}`, () => this.getJson('/groups/picker', { query, maxResults, caseInsensitive: true }, (body) => {
            const groups = isObject(body) ? arrayField(body, 'groups') : undefined;
            if (!isObject(body) || groups === undefined)
                throw new ShapeError('expected {"groups": [...]}');
            const total = intField(body, 'total');
            return { groups: groups.map(normaliseGroup), ...(total !== undefined ? { total } : {}) };
        }));
    }
    async suggestGroupNames(name) {
        // The picker matches substrings: ask with the name's first word (e.g. "jira" of "jira-devs").
        const stem = name.split(/[-_ .]/)[0] ?? name;
        const query = stem.length >= 2 ? stem : name.slice(0, 3);
        if (query === '')
            return [];
        const picked = await this.pickGroups(query, 100);
        return picked.groups.map((group) => group.name);
    }
    getProjectRoles() {
        return this.cached('roles', () => this.getJson('/role', undefined, (body) => arrayOf(body, 'project roles').map(normaliseRole)));
    }
    async getUsers(accountIds) {
        const missing = [...new Set(accountIds)].filter((id) => !this.userById.has(id));
        if (missing.length > 0) {
            if (this.apiVersion === '2')
                await this.loadUsersOneByOne(missing);
            else
                await this.loadUsersBulk(missing);
        }
        const result = new Map();
        for (const id of accountIds) {
            const user = this.userById.get(id);
            if (user !== undefined && user !== null)
                result.set(id, user);
        }
        return result;
    }
    /** Cloud: `/user/bulk?accountId=…` in batches; falls back to `/user?accountId=` when bulk is unavailable. */
    async loadUsersBulk(ids) {
        await Promise.all(chunk(ids, USER_BATCH).map(async (batch) => {
            let values;
            try {
                values = await readAllPages({ http: this.http, path: '/user/bulk', query: { accountId: batch }, context: this.context }, { pageSize: USER_BATCH });
            }
            catch (error) {
                if (error instanceof JiraError && (error.status === 404 || error.status === 405)) {
                    await this.loadUsersOneByOne(batch);
                    return;
                }
                throw error;
            }
            const users = this.parse('/user/bulk', values, (list) => arrayOf(list, 'users').map((u) => normaliseUser(u)));
            for (const user of users)
                this.userById.set(user.accountId, user);
            for (const id of batch)
                if (!this.userById.has(id))
                    this.userById.set(id, null);
        }));
    }
    /** `/user?accountId=` (Cloud) or `/user?key=` (Data Center), one per user; 404 means not found. */
    async loadUsersOneByOne(ids) {
        const idParameter = this.apiVersion === '2' ? 'key' : 'accountId';
        await Promise.all(ids.map(async (id) => {
            try {
                const user = await this.getJson('/user', { [idParameter]: id }, (body) => normaliseUser(body, this.apiVersion === '2' ? 'key' : 'accountId'));
                this.userById.set(id, { ...user, accountId: id });
            }
            catch (error) {
                if (error instanceof JiraError && error.status === 404)
                    this.userById.set(id, null);
                else
                    throw error;
            }
        }));
    }
    findUserByEmail(email) {
        return this.cached(`email:${lower(email)}`, async () => {
            // Data Center's search parameter is `username` (it matches emails too); Cloud's is `query`.
            const query = this.apiVersion === '2' ? { username: email, maxResults: 50 } : { query: email, maxResults: 50 };
            const users = await this.getJson('/user/search', query, (body) => arrayOf(body, 'users').map((u) => normaliseUser(u, this.apiVersion === '2' ? 'key' : 'accountId')));
            const exact = users.filter((user) => user.emailAddress !== undefined && lower(user.emailAddress) === lower(email));
            const hiddenCandidates = users.filter((user) => user.emailAddress === undefined);
            const lookup = { email, hiddenCandidates };
            if (exact.length === 1 && exact[0] !== undefined)
                lookup.user = exact[0];
            return lookup;
        });
    }
    getFields() {
        return this.cached('fields', () => this.getJson('/field', undefined, (body) => arrayOf(body, 'fields').map(normaliseField)));
    }
    getApplicationRoles() {
        return this.cached('applicationRoles', () => this.getJson('/applicationrole', undefined, (body) => arrayOf(body, 'application roles').map(normaliseApplicationRole)));
    }
}
/** Reader + the five writes. Only `createJiraWriter` builds one. */
class JiraWriteClient extends JiraReadClient {
    /** The holder as sent: Data Center grants carry no `value`. */
    wireHolder(holder) {
        const wire = { type: holder.type };
        if (holder.parameter !== undefined)
            wire.parameter = holder.parameter;
        if (holder.value !== undefined && this.apiVersion === '3')
            wire.value = holder.value;
        // Data Center groups are named by parameter; a Cloud-style value-only holder still needs one.
        if (this.apiVersion === '2' && wire.parameter === undefined && holder.value !== undefined)
            wire.parameter = holder.value;
        return wire;
    }
    wireGrant(grant) {
        return { holder: this.wireHolder(grant.holder), permission: grant.permission };
    }
    writeResult(method, path, body, parse) {
        try {
            return parse(body);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            // It was done, but the answer is not understood: the caller must re-read.
            throw new JiraError(diagnoseNetwork({
                method,
                path: this.http.apiPath(path),
                kind: 'unexpected-shape',
                outcome: 'unknown',
                detail: error.message,
            }, this.context));
        }
    }
    async createPermissionScheme(scheme) {
        const body = {
            name: scheme.name,
            permissions: scheme.grants.map((g) => this.wireGrant(g)),
        };
        if (scheme.description !== undefined)
            body.description = scheme.description;
        const response = await this.http.request('POST', '/permissionscheme', { expand: SCHEME_EXPAND }, body);
        const created = this.writeResult('POST', '/permissionscheme', response.body, (raw) => {
            if (!isObject(raw) || idField(raw, 'id') === undefined)
                throw new ShapeError('the created scheme has no id');
            return raw;
        });
        if (hasGrants(created))
            return this.writeResult('POST', '/permissionscheme', created, (raw) => normaliseScheme(raw));
        const id = Number(idField(created, 'id'));
        const reread = await this.getPermissionScheme(id);
        if (reread === undefined) {
            return this.writeResult('POST', '/permissionscheme', created, (raw) => normaliseScheme(raw, []));
        }
        return reread;
    }
    async updatePermissionSchemeDetails(schemeId, details) {
        // Never a `permissions` key: Jira would replace every grant with it.
        const body = { name: details.name };
        if (details.description !== undefined)
            body.description = details.description;
        await this.http.request('PUT', `/permissionscheme/${String(schemeId)}`, undefined, body);
    }
    async createPermissionGrant(schemeId, grant) {
        const path = `/permissionscheme/${String(schemeId)}/permission`;
        const response = await this.http.request('POST', path, { expand: SCHEME_EXPAND }, this.wireGrant(grant));
        return this.writeResult('POST', path, response.body, normaliseGrant);
    }
    async deletePermissionGrant(schemeId, grantId) {
        await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}/permission/${String(grantId)}`);
    }
    async deletePermissionScheme(schemeId) {
        await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}`);
    }
}

;// CONCATENATED MODULE: ./src/jira/http.ts




const DEFAULTS = {
    concurrency: 4,
    requestTimeoutMs: 30_000,
    runDeadlineMs: 15 * 60_000,
    maxAttempts: 5,
    budget: 50,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
};
function http_defaultSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted === true) {
            reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent
 * or unparseable; never negative.
 */
function parseRetryAfter(value, now) {
    if (value === null)
        return undefined;
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Capped exponential backoff with "full jitter" between half and all of the capped delay. */
function backoffDelay(attempt, retry, random) {
    const exponential = retry.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    const capped = Math.min(retry.maxDelayMs, exponential);
    return Math.round(capped / 2 + (capped / 2) * random);
}
function readRateLimit(headers) {
    const info = {};
    const number = (name) => {
        const raw = headers.get(name);
        if (raw === null || raw.trim() === '' || !Number.isFinite(Number(raw)))
            return undefined;
        return Number(raw);
    };
    const limit = number('x-ratelimit-limit');
    const remaining = number('x-ratelimit-remaining');
    const interval = number('x-ratelimit-interval-seconds');
    const fillRate = number('x-ratelimit-fillrate');
    const reset = headers.get('x-ratelimit-reset');
    const near = headers.get('x-ratelimit-nearlimit');
    const reason = headers.get('ratelimit-reason');
    if (limit !== undefined)
        info.limit = limit;
    if (remaining !== undefined)
        info.remaining = remaining;
    if (interval !== undefined)
        info.intervalSeconds = interval;
    if (fillRate !== undefined)
        info.fillRate = fillRate;
    if (reset !== null && reset !== '')
        info.reset = reset;
    if (near !== null)
        info.nearLimit = near.trim().toLowerCase() === 'true';
    if (reason !== null && reason !== '')
        info.reason = reason;
    return Object.keys(info).length === 0 ? undefined : info;
}
/** A FIFO semaphore: bounds reads in flight. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active >= this.limit) {
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        else {
            this.active++;
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.waiting.shift();
            if (next !== undefined)
                next();
            else
                this.active--;
        };
    }
}
/** Node's fetch wraps socket errors: `TypeError('fetch failed', { cause: { code } })`. */
function http_errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
        if (typeof current === 'object' && 'code' in current && typeof current.code === 'string') {
            return current.code;
        }
        current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
    }
    return undefined;
}
function errorDetail(error) {
    let current = error;
    let last;
    for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
        last = current.message;
        current = current.cause;
    }
    return last;
}
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|ERR_OSSL)/;
/** What a thrown fetch error means, and whether anything may have reached Jira. */
function classifyNetworkError(error) {
    const code = http_errorCode(error);
    const withCode = code !== undefined ? { code } : {};
    if (code === 'ENOTFOUND')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: false };
    if (code === 'EAI_AGAIN')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: true };
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', ...withCode, nothingSent: true, transient: true };
    if (code !== undefined && TLS_CODE.test(code)) {
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    }
    const detail = errorDetail(error) ?? '';
    if (/certificate|ssl|tls/i.test(detail))
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    return { kind: 'network', ...withCode, nothingSent: false, transient: true };
}
/** Jira's error text from an ErrorCollection, or the gateway's `{code, message}`. */
function jiraErrorText(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const parts = [];
    if ('errorMessages' in body && Array.isArray(body.errorMessages)) {
        for (const message of body.errorMessages)
            if (typeof message === 'string')
                parts.push(message);
    }
    if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
        for (const [field, message] of Object.entries(body.errors)) {
            if (typeof message === 'string')
                parts.push(`${field}: ${message}`);
        }
    }
    if (parts.length === 0 && 'message' in body && typeof body.message === 'string')
        parts.push(body.message);
    return parts.length === 0 ? undefined : parts.join('; ');
}
function isScopeMismatch(body) {
    return (typeof body === 'object' &&
        body !== null &&
        'message' in body &&
        typeof body.message === 'string' &&
        /scope does not match/i.test(body.message));
}
function looksLikeHtml(contentType, text) {
    if (contentType !== null && /text\/html|application\/xhtml/i.test(contentType))
        return true;
    return /^\s*<(!doctype html|html|head|body)\b/i.test(text);
}
function buildQuery(query) {
    if (query === undefined)
        return '';
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            for (const item of value)
                params.append(key, item);
        else
            params.append(key, String(value));
    }
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
}
class JiraHttp {
    readOnly;
    apiVersion;
    /** The most recent rate-limit headers seen. */
    rateLimit;
    baseUrl;
    authorization;
    context;
    semaphore;
    requestTimeoutMs;
    deadline;
    retry;
    sleep;
    now;
    random;
    signal;
    onAttempt;
    requests = 0;
    retries = 0;
    budgetLeft;
    constructor(connection, options) {
        this.readOnly = options.readOnly;
        this.apiVersion = connection.apiVersion;
        this.baseUrl = connection.baseUrl.replace(/\/+$/, '');
        this.authorization = authorizationHeader(connection.auth);
        this.context = diagnosticContext(connection);
        this.semaphore = new Semaphore(Math.max(1, Math.floor(options.concurrency ?? DEFAULTS.concurrency)));
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
        this.now = options.now ?? Date.now;
        this.deadline = this.now() + (options.runDeadlineMs ?? DEFAULTS.runDeadlineMs);
        this.retry = {
            maxAttempts: options.retry?.maxAttempts ?? DEFAULTS.maxAttempts,
            budget: options.retry?.budget ?? DEFAULTS.budget,
            baseDelayMs: options.retry?.baseDelayMs ?? DEFAULTS.baseDelayMs,
            maxDelayMs: options.retry?.maxDelayMs ?? DEFAULTS.maxDelayMs,
        };
        this.budgetLeft = this.retry.budget;
        this.sleep = options.sleep ?? http_defaultSleep;
        this.random = options.random ?? Math.random;
        this.signal = options.signal;
        this.onAttempt = options.onAttempt;
    }
    get stats() {
        return { requests: this.requests, retries: this.retries, retryBudgetLeft: this.budgetLeft };
    }
    /** `/rest/api/3` + path. */
    apiPath(path) {
        return `/rest/api/${this.apiVersion}${path.startsWith('/') ? path : `/${path}`}`;
    }
    /** The path part of the base URL (the gateway's /ex/jira/<cloudId>, a Data Center context path). */
    get basePath() {
        return new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    }
    async get(path, query) {
        return this.request('GET', path, query);
    }
    /**
     * Sends one call. `path` is relative to /rest/api/N (e.g. `/permissionscheme`). Reads are retried;
     * writes are sent at most once, except after a 429 (Jira did not process it).
     */
    async request(method, path, query, body) {
        const relative = `${this.apiPath(path)}${buildQuery(query)}`;
        const shownPath = `${this.basePath}${relative}`;
        if (method !== 'GET' && this.readOnly) {
            throw new JiraError(diagnoseNetwork({ method, path: shownPath, kind: 'read-only', outcome: 'not-sent' }, this.context));
        }
        const release = method === 'GET' ? await this.semaphore.acquire() : undefined;
        try {
            return await this.send(method, relative, shownPath, body);
        }
        finally {
            release?.();
        }
    }
    async send(method, relative, shownPath, body) {
        const isRead = method === 'GET';
        const url = `${this.baseUrl}${relative}`;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        for (let attempt = 1;; attempt++) {
            const remaining = this.deadline - this.now();
            if (remaining <= 0) {
                throw new JiraError(diagnoseNetwork({ method, path: shownPath, kind: 'deadline', outcome: 'not-sent', attempts: attempt - 1 }, this.context));
            }
            if (this.signal?.aborted === true) {
                throw new JiraError(diagnoseNetwork({ method, path: shownPath, kind: 'aborted', outcome: 'not-sent' }, this.context));
            }
            const result = await this.attempt(method, url, shownPath, payload, attempt, Math.min(this.requestTimeoutMs, remaining), isRead);
            if (!('error' in result)) {
                this.onAttempt?.({ method, path: shownPath, attempt, status: result.status });
                return result;
            }
            const failure = result;
            const canRetry = failure.retryable && attempt < this.retry.maxAttempts && this.budgetLeft > 0;
            if (!canRetry) {
                this.onAttempt?.({
                    method,
                    path: shownPath,
                    attempt,
                    error: failure.error.kind,
                    ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
                });
                if (failure.retryable && failure.error.status === 429) {
                    throw this.rateLimitExhausted(method, shownPath, attempt, failure.error);
                }
                throw failure.error;
            }
            const delay = Math.max(failure.retryAfterMs ?? 0, backoffDelay(attempt, this.retry, this.random()));
            if (this.now() + delay >= this.deadline) {
                this.onAttempt?.({ method, path: shownPath, attempt, error: failure.error.kind });
                throw new JiraError(diagnoseNetwork({
                    method,
                    path: shownPath,
                    kind: failure.error.status === 429 ? 'rate-limited' : 'deadline',
                    outcome: failure.error.outcome,
                    attempts: attempt,
                    detail: `Jira asked to wait ${String(Math.ceil(delay / 1000))} s, past the run deadline`,
                }, this.context));
            }
            this.onAttempt?.({
                method,
                path: shownPath,
                attempt,
                error: failure.error.kind,
                retryInMs: delay,
                ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
            });
            this.budgetLeft--;
            this.retries++;
            try {
                await this.sleep(delay, this.signal);
            }
            catch {
                throw new JiraError(diagnoseNetwork({ method, path: shownPath, kind: 'aborted', outcome: failure.error.outcome }, this.context));
            }
        }
    }
    rateLimitExhausted(method, shownPath, attempts, last) {
        return new JiraError({
            ...diagnoseHttp({ method, path: shownPath, status: 429, outcome: 'rejected', attempts }, this.context),
            ...(last.jiraMessage !== undefined ? { jiraMessage: last.jiraMessage } : {}),
            summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed (${String(this.retry.maxAttempts)} attempts per call, ` +
                `${String(this.retry.budget)} retries per run; ${String(this.budgetLeft)} left) are used up.`,
        });
    }
    async attempt(method, url, shownPath, payload, attempt, timeoutMs, isRead) {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = this.signal === undefined ? timeout : AbortSignal.any([timeout, this.signal]);
        const headers = {
            Accept: 'application/json',
            Authorization: this.authorization,
            // Atlassian's XSRF check refuses browser-like writes without it.
            'X-Atlassian-Token': 'no-check',
        };
        if (payload !== undefined)
            headers['Content-Type'] = 'application/json';
        this.requests++;
        let response;
        try {
            response = await fetch(url, {
                method,
                headers,
                ...(payload !== undefined ? { body: payload } : {}),
                // A redirect is reported, never followed: following it could carry the credential elsewhere.
                redirect: 'manual',
                signal,
            });
        }
        catch (error) {
            return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, timeout, isRead);
        }
        const rateLimit = readRateLimit(response.headers);
        if (rateLimit !== undefined)
            this.rateLimit = rateLimit;
        let text;
        try {
            text = await response.text();
        }
        catch (error) {
            return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, timeout, isRead);
        }
        const contentType = response.headers.get('content-type');
        const status = response.status;
        if (status >= 200 && status < 300) {
            if (text.trim() === '')
                return { status, body: undefined, headers: response.headers };
            if (looksLikeHtml(contentType, text)) {
                return {
                    retryable: false,
                    error: new JiraError(diagnoseNetwork({
                        method,
                        path: shownPath,
                        kind: 'html',
                        outcome: isRead ? 'rejected' : 'unknown',
                        attempts: attempt,
                        ...(contentType !== null ? { contentType } : {}),
                    }, this.context)),
                };
            }
            try {
                return { status, body: JSON.parse(text), headers: response.headers };
            }
            catch (error) {
                return {
                    retryable: isRead,
                    error: new JiraError(diagnoseNetwork({
                        method,
                        path: shownPath,
                        kind: 'invalid-json',
                        outcome: 'unknown',
                        attempts: attempt,
                        detail: `${String(text.length)} bytes; ${error instanceof Error ? error.message : 'parse error'}`,
                    }, this.context)),
                };
            }
        }
        if (status >= 300 && status < 400) {
            const location = response.headers.get('location');
            return {
                retryable: false,
                error: new JiraError({
                    ...diagnoseNetwork({
                        method,
                        path: shownPath,
                        kind: 'redirect',
                        outcome: 'rejected',
                        attempts: attempt,
                        ...(location !== null ? { location: redact(location) } : {}),
                    }, this.context),
                    status,
                }),
            };
        }
        let parsed;
        try {
            parsed = text.trim() === '' ? undefined : JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        const html = parsed === undefined && looksLikeHtml(contentType, text);
        const jiraMessage = jiraErrorText(parsed) ?? (html ? undefined : text.trim().slice(0, 300) || undefined);
        // 5xx: Jira may have done part or all of it; 4xx: it did not.
        const outcome = status >= 500 ? 'unknown' : 'rejected';
        const error = new JiraError(diagnoseHttp({
            method,
            path: shownPath,
            status,
            outcome,
            attempts: attempt,
            ...(jiraMessage !== undefined ? { jiraMessage } : {}),
            ...(isScopeMismatch(parsed) ? { scopeMismatch: true } : {}),
        }, this.context));
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
        const withRetryAfter = retryAfterMs !== undefined ? { retryAfterMs } : {};
        if (status === 429)
            return { retryable: true, error, ...withRetryAfter };
        if (status >= 500 && isRead)
            return { retryable: true, error, ...withRetryAfter };
        return { retryable: false, error };
    }
    thrownFailure(error, method, shownPath, attempt, timeoutMs, timeout, isRead) {
        if (this.signal?.aborted === true) {
            return {
                retryable: false,
                error: new JiraError(diagnoseNetwork({ method, path: shownPath, kind: 'aborted', outcome: 'unknown' }, this.context)),
            };
        }
        if (timeout.aborted) {
            return {
                retryable: isRead,
                error: new JiraError(diagnoseNetwork({
                    method,
                    path: shownPath,
                    kind: 'timeout',
                    outcome: 'unknown',
                    attempts: attempt,
                    timeoutMs,
                }, this.context)),
            };
        }
        const classified = classifyNetworkError(error);
        const detail = errorDetail(error);
        const outcome = classified.nothingSent ? 'not-sent' : 'unknown';
        return {
            // Writes are retried only when nothing can have reached Jira.
            retryable: classified.transient && (isRead || classified.nothingSent),
            error: new JiraError({
                ...diagnoseNetwork({
                    method,
                    path: shownPath,
                    kind: classified.kind,
                    outcome,
                    attempts: attempt,
                    ...(classified.code !== undefined ? { code: classified.code } : {}),
                    ...(detail !== undefined ? { detail } : {}),
                }, this.context),
                cause: error,
            }),
        };
    }
}

;// CONCATENATED MODULE: ./src/jira/factory.ts



/**
 * A read-only client (validate, plan, export, doctor). It has no write methods, and its HTTP layer
 * refuses POST, PUT and DELETE before any byte leaves, so a dry run cannot change Jira.
 */
function createJiraReader(connection, options = {}) {
    registerConnectionSecrets(connection.auth);
    return new JiraReadClient(connection, new JiraHttp(connection, { ...options, readOnly: true }));
}
/** The only way to get a client that can write (apply). */
function createJiraWriter(connection, options = {}) {
    registerConnectionSecrets(connection.auth);
    return new JiraWriteClient(connection, new JiraHttp(connection, { ...options, readOnly: false }));
}

;// CONCATENATED MODULE: ./src/jira/resolve.ts



function collect(schemes, groupsHaveIds) {
    const wanted = {
        groupNames: new Set(),
        groupIds: new Set(),
        roles: false,
        accountIds: new Set(),
        emails: new Set(),
        fields: false,
        applicationRoles: false,
    };
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const holder = grant.holder;
            switch (holder.type) {
                case 'group':
                    // Cloud matches groups by id when the file gives one; Data Center only has names.
                    if (holder.id !== undefined && groupsHaveIds)
                        wanted.groupIds.add(holder.id);
                    else if (holder.name !== undefined)
                        wanted.groupNames.add(holder.name);
                    break;
                case 'projectRole':
                    wanted.roles = true;
                    break;
                case 'user':
                    if (holder.accountId !== undefined)
                        wanted.accountIds.add(holder.accountId);
                    else if (holder.email !== undefined)
                        wanted.emails.add(holder.email);
                    break;
                case 'userCustomField':
                case 'groupCustomField':
                    wanted.fields = true;
                    break;
                case 'applicationRole':
                    if (holder.key !== undefined)
                        wanted.applicationRoles = true;
                    break;
                default:
                    break;
            }
        }
    }
    return wanted;
}
async function lookUp(wanted, directory, needCatalogue) {
    const [groupsByName, groupsById, roles, users, emailList, fields, applicationRoles, catalogue] = await Promise.all([
        wanted.groupNames.size > 0
            ? directory.findGroupsByName([...wanted.groupNames])
            : new Map(),
        wanted.groupIds.size > 0 && directory.groupsHaveIds
            ? directory.findGroupsById([...wanted.groupIds])
            : new Map(),
        wanted.roles ? directory.getProjectRoles() : [],
        wanted.accountIds.size > 0 ? directory.getUsers([...wanted.accountIds]) : new Map(),
        Promise.all([...wanted.emails].map((email) => directory.findUserByEmail(email))),
        wanted.fields ? directory.getFields() : [],
        wanted.applicationRoles ? directory.getApplicationRoles() : [],
        needCatalogue ? directory.getPermissionCatalogue() : undefined,
    ]);
    const emails = new Map(emailList.map((lookup) => [lookup.email, lookup]));
    // Suggestions only for names that did not resolve: they cost one picker request per distinct miss.
    const missingGroups = [...wanted.groupNames].filter((name) => !groupsByName.has(name));
    const suggestionLists = await Promise.all(missingGroups.map((name) => directory.suggestGroupNames(name)));
    const groupSuggestions = new Map(missingGroups.map((name, index) => [name, suggestionLists[index] ?? []]));
    return {
        groupsByName,
        groupsById,
        roles,
        users,
        emails,
        fields,
        applicationRoles,
        catalogue,
        groupSuggestions,
    };
}
/**
 * A "did you mean": a plausible typo (closestMatch), or else a name that starts the same way for most of
 * the input (abbreviations such as "jira-devs" for "jira-developers").
 */
function suggestName(input, candidates) {
    const typo = closestMatch(input, candidates);
    if (typo !== undefined)
        return typo;
    const needle = input.toLowerCase();
    const minimum = Math.max(4, Math.ceil(needle.length * 0.6));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const lowered = candidate.toLowerCase();
        let common = 0;
        while (common < needle.length && common < lowered.length && needle[common] === lowered[common])
            common++;
        if (common < minimum)
            continue;
        const distance = editDistance(needle, lowered);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function didYouMean(candidate) {
    return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}
/** Builds holders for one site; knows how Cloud and Data Center spell them. */
class HolderResolver {
    lookups;
    cloud;
    findings = [];
    constructor(lookups, cloud) {
        this.lookups = lookups;
        this.cloud = cloud;
    }
    report(location, severity, ruleId, message, hint) {
        this.findings.push({ ...location, severity, ruleId, message, ...(hint !== undefined ? { hint } : {}) });
    }
    /** parameter = value = id on Cloud; parameter only on Data Center (REST 2 holders have no value). */
    idHolder(type, id) {
        return this.cloud ? { type, parameter: id, value: id } : { type, parameter: id };
    }
    resolve(spec, location) {
        switch (spec.type) {
            case 'anyone':
            case 'assignee':
            case 'reporter':
            case 'projectLead':
            case 'sd.customer.portal.only':
                return { holder: { type: spec.type }, label: spec.type };
            case 'applicationRole':
                return this.applicationRole(spec.key, location);
            case 'group':
                return this.group(spec.name, spec.id, location);
            case 'projectRole':
                return this.projectRole(spec.name, spec.id, location);
            case 'user':
                return this.user(spec.accountId, spec.email, location);
            case 'userCustomField':
            case 'groupCustomField':
                return this.customField(spec.type, spec.field, location);
        }
    }
    applicationRole(key, location) {
        if (key === undefined)
            return { holder: { type: 'applicationRole' }, label: 'applicationRole (any logged-in user)' };
        const roles = this.lookups.applicationRoles;
        const found = roles.find((role) => role.key === key);
        if (found === undefined) {
            const suggestion = suggestName(key, roles.map((role) => role.key));
            this.report(location, 'error', 'unresolved-application-role', `application role "${key}" not found${didYouMean(suggestion)}`, roles.length > 0
                ? `This site's application roles: ${roles.map((role) => role.key).join(', ')}.`
                : undefined);
            return undefined;
        }
        return { holder: this.idHolder('applicationRole', key), label: `applicationRole ${key}` };
    }
    group(name, id, location) {
        if (id !== undefined && this.cloud) {
            const found = this.lookups.groupsById.get(id);
            if (found === undefined) {
                this.report(location, 'error', 'unresolved-group', `group with id "${id}" not found${name !== undefined ? ` (the file names it "${name}")` : ''}`, 'Check the id in Atlassian Administration → Directory → Groups, or write the group by name.');
                return undefined;
            }
            if (name !== undefined && name !== found.name) {
                this.report(location, 'warning', 'renamed-group', `group "${name}" (id ${id}) is now named "${found.name}" in Jira`, `Update the name in the file to "${found.name}"; the grant is matched by id, so nothing changes in Jira.`);
            }
            return {
                holder: { type: 'group', parameter: found.name, value: id },
                label: `group ${found.name} (${id})`,
            };
        }
        if (name === undefined) {
            // Data Center with only an id: DC groups have no ids.
            this.report(location, 'error', 'unresolved-group', `group id "${id ?? ''}" cannot be used on Data Center: its groups have names, not ids`, 'Write the group by name: `group: <name>`.');
            return undefined;
        }
        const found = this.lookups.groupsByName.get(name);
        if (found === undefined) {
            const suggestion = suggestName(name, this.lookups.groupSuggestions.get(name) ?? []);
            this.report(location, 'error', 'unresolved-group', `group "${name}" not found${didYouMean(suggestion)}`, 'Group names must match exactly; create the group first, or fix the name.');
            return undefined;
        }
        if (this.cloud && found.id !== undefined) {
            return {
                holder: { type: 'group', parameter: found.name, value: found.id },
                label: `group ${found.name} (${found.id})`,
            };
        }
        return { holder: { type: 'group', parameter: found.name }, label: `group ${found.name}` };
    }
    projectRole(name, id, location) {
        const roles = this.lookups.roles;
        let found;
        if (id !== undefined) {
            found = roles.find((role) => String(role.id) === id);
            if (found === undefined) {
                this.report(location, 'error', 'unresolved-role', `project role with id ${id} not found`, rolesHint(roles));
                return undefined;
            }
        }
        else if (name !== undefined) {
            found = roles.find((role) => role.name === name);
            if (found === undefined) {
                const loose = roles.filter((role) => role.name.toLowerCase() === name.toLowerCase());
                if (loose.length === 1)
                    found = loose[0];
            }
            if (found === undefined) {
                const suggestion = suggestName(name, roles.map((role) => role.name));
                this.report(location, 'error', 'unresolved-role', `project role "${name}" not found${didYouMean(suggestion)}`, rolesHint(roles));
                return undefined;
            }
        }
        else {
            return undefined;
        }
        const roleId = String(found.id);
        return { holder: this.idHolder('projectRole', roleId), label: `projectRole ${found.name} (${roleId})` };
    }
    user(accountId, email, location) {
        let user;
        if (accountId !== undefined) {
            user = this.lookups.users.get(accountId);
            if (user === undefined) {
                this.report(location, 'error', 'unresolved-user', `user with account id "${accountId}" not found`, "Check the account id (the last part of the user's profile URL), or write `user: {email: <address>}`.");
                return undefined;
            }
        }
        else if (email !== undefined) {
            const lookup = this.lookups.emails.get(email);
            user = lookup?.user;
            if (user === undefined) {
                const hidden = lookup?.hiddenCandidates ?? [];
                if (hidden.length > 0) {
                    this.report(location, 'error', 'hidden-email', `cannot confirm the user with email "${email}": this site hides email addresses from the token's account`, `Write the account id instead (\`user: <accountId>\`). Users the search matched: ${hidden
                        .slice(0, 5)
                        .map((candidate) => `${candidate.displayName ?? '?'} (${candidate.accountId})`)
                        .join(', ')}.`);
                }
                else {
                    this.report(location, 'error', 'unresolved-user', `no user with email "${email}"`, 'Check the address; if the site hides email addresses, or the token lacks the Browse users and groups permission, write the account id instead.');
                }
                return undefined;
            }
        }
        else {
            return undefined;
        }
        if (!user.active) {
            this.report(location, 'error', 'inactive-user', `user ${user.displayName ?? user.accountId} (${user.accountId}) is deactivated`, 'Remove the grant, or grant a group or role instead of a person.');
            return undefined;
        }
        const id = user.accountId;
        return { holder: this.idHolder('user', id), label: `user ${user.displayName ?? id} (${id})` };
    }
    customField(type, field, location) {
        const fields = this.lookups.fields;
        let found = fields.find((candidate) => candidate.id === field);
        if (found === undefined) {
            let byName = fields.filter((candidate) => candidate.name === field);
            if (byName.length === 0)
                byName = fields.filter((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
            if (byName.length > 1) {
                this.report(location, 'error', 'ambiguous-field', `${byName.length} custom fields are named "${field}": ${byName.map((candidate) => candidate.id).join(', ')}`, 'Write the field id (e.g. customfield_10020) instead of the name.');
                return undefined;
            }
            found = byName[0];
        }
        if (found === undefined) {
            const custom = fields.filter((candidate) => candidate.custom);
            const suggestion = suggestName(field, [
                ...custom.map((candidate) => candidate.name),
                ...custom.map((candidate) => candidate.id),
            ]);
            this.report(location, 'error', 'unresolved-field', `custom field "${field}" not found${didYouMean(suggestion)}`);
            return undefined;
        }
        return { holder: this.idHolder(type, found.id), label: `${type} ${found.name} (${found.id})` };
    }
}
function rolesHint(roles) {
    if (roles.length === 0)
        return undefined;
    return `This site's project roles: ${roles.map((role) => `${role.name} (${String(role.id)})`).join(', ')}.`;
}
/** Checks permission keys; returns the app-defined keys the catalogue confirmed. */
function checkPermissions(schemes, catalogue, custom, findings) {
    const live = new Set(catalogue.map((entry) => entry.key));
    const confirmed = new Set();
    const rejected = new Set();
    const warned = new Set();
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const key = grant.permission;
            if (isBuiltInPermission(key)) {
                if (!live.has(key) && !warned.has(`${scheme.file}|${key}`)) {
                    warned.add(`${scheme.file}|${key}`);
                    findings.push({
                        ...grant.permissionLocation,
                        severity: 'warning',
                        ruleId: 'permission-not-on-site',
                        message: `permission ${key} is built in, but this site's catalogue does not offer it (its product may not be installed)`,
                        hint: 'Jira will refuse grants for it; remove it, or install the product it belongs to.',
                    });
                }
                continue;
            }
            if (live.has(key)) {
                if (!custom.has(key))
                    confirmed.add(key);
                continue;
            }
            if (custom.has(key))
                continue; // the settings vouch for it; Jira decides at apply time
            rejected.add(key);
            const suggestion = closestMatch(key, [...live, ...BUILT_IN_PERMISSIONS.map((p) => p.key)]);
            findings.push({
                ...grant.permissionLocation,
                severity: 'error',
                ruleId: 'unknown-permission',
                message: `permission "${key}" is neither built in nor in this site's permission catalogue${didYouMean(suggestion)}`,
                hint: 'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.',
            });
        }
    }
    return { confirmed, rejected };
}
/**
 * Resolves every scheme file against the live directory. Requests grow with the number of distinct
 * names, not grants: one batched group lookup, one role list, one user batch, one field list, one
 * application-role list, one catalogue.
 */
async function resolveSchemes(schemes, directory, options = {}) {
    const custom = new Set(options.customPermissions ?? []);
    const needCatalogue = (options.checkPermissionCatalogue ?? true) && schemes.some((scheme) => scheme.grants.length > 0);
    const lookups = await lookUp(collect(schemes, directory.groupsHaveIds), directory, needCatalogue);
    const resolver = new HolderResolver(lookups, directory.groupsHaveIds);
    const findings = resolver.findings;
    const { confirmed, rejected } = lookups.catalogue === undefined
        ? { confirmed: new Set(), rejected: new Set() }
        : checkPermissions(schemes, lookups.catalogue, custom, findings);
    const desired = schemes.map((scheme) => {
        const grants = [];
        const seen = new Map();
        for (const grant of scheme.grants) {
            const resolved = resolver.resolve(grant.holder, grant.location);
            if (resolved === undefined || rejected.has(grant.permission))
                continue;
            const key = grantKey(grant.permission, resolved.holder);
            const earlier = seen.get(key);
            if (earlier !== undefined) {
                findings.push({
                    ...grant.location,
                    severity: 'warning',
                    ruleId: 'duplicate-grant',
                    message: `${grant.permission} is already granted to ${resolved.label} at line ${String(earlier.location.line)}`,
                    hint: 'Two spellings name the same holder; remove one.',
                });
                continue;
            }
            seen.set(key, grant);
            grants.push({
                permission: grant.permission,
                holder: resolved.holder,
                label: resolved.label,
                source: grant.location,
            });
        }
        const result = { name: scheme.name, file: scheme.file, grants };
        if (scheme.description !== undefined)
            result.description = scheme.description;
        if (scheme.id !== undefined)
            result.id = scheme.id;
        return result;
    });
    findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
    return { schemes: desired, findings, confirmedPermissions: [...confirmed].sort() };
}

;// CONCATENATED MODULE: ./src/plan/managed.ts
/**
 * Holders Jira manages itself (by default the `atlassian-addons-project-access` role, which Jira grants
 * to apps): the planner never removes them and they never cause a diff, in either direction.
 *
 * A managed holder names its type and a name and/or an id. The id is compared with the holder's
 * `value` and `parameter` (roles, users and fields carry the id in both; groups carry the id in
 * `value`). The name is compared, ignoring case, with a group's `parameter` (its name) and with the
 * name inside the grant's display label (`projectRole atlassian-addons-project-access (10003)`), which
 * is where a reader puts a role's name.
 */
function isManagedHolder(holder, label, managed) {
    return managed.some((entry) => matchesManagedHolder(holder, label, entry));
}
function matchesManagedHolder(holder, label, entry) {
    if (entry.type !== holder.type)
        return false;
    if (entry.id !== undefined && entry.id !== '') {
        if (holder.value === entry.id || holder.parameter === entry.id)
            return true;
    }
    if (entry.name !== undefined && entry.name !== '') {
        const wanted = entry.name.toLowerCase();
        if (holder.type === 'group' && holder.parameter?.toLowerCase() === wanted)
            return true;
        const name = nameInLabel(label, holder.type);
        if (name?.toLowerCase() === wanted)
            return true;
    }
    return false;
}
/** `projectRole Some Name (10003)` → `Some Name`; a bare `Some Name` stays as it is. */
function nameInLabel(label, type) {
    if (label === undefined)
        return undefined;
    let text = label.trim();
    if (text.startsWith(`${type} `))
        text = text.slice(type.length + 1).trim();
    const withId = /^(.*\S)\s+\([^()]*\)$/.exec(text);
    if (withId?.[1] !== undefined)
        text = withId[1];
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./src/plan/order.ts


/**
 * Orderings the plan and its renderers share. They compare strings by UTF-16 code units (never by
 * locale) so the same inputs give the same bytes on every machine.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Scheme names: case-insensitive first (what people expect), then exact, so the order is total. */
function compareNames(a, b) {
    return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}
/** Grants: permission in reference order, then holder identity. */
function compareGrants(a, b) {
    return permissionOrder(a.permission, b.permission) || compareText(holderKey(a.holder), holderKey(b.holder));
}

;// CONCATENATED MODULE: ./src/plan/fingerprint.ts




/**
 * Fingerprints let apply tell whether what was reviewed is still what it would do.
 *
 * - `fingerprintScheme`: a live scheme's name, description and grants (each grant's id and identity),
 *   independent of the order Jira lists them in. Grant ids are part of it because a reviewed plan
 *   removes grants by id. Grants of managed holders are left out: Jira changes those on its own and the
 *   plan never touches them, so they must not make a reviewed plan stale.
 * - `hashSchemeFiles`: the scheme files (path + content hash) and the effective settings.
 */
function fingerprint_sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function fingerprintScheme(scheme, managedHolders = []) {
    const grants = scheme.grants
        .filter((grant) => !isManagedHolder(grant.holder, grant.label, managedHolders))
        .map((grant) => `${grant.id}|${grantKey(grant.permission, grant.holder)}`)
        .sort(compareText);
    const canonical = JSON.stringify({
        id: scheme.id,
        name: scheme.name,
        description: scheme.description ?? '',
        grants,
    });
    return `sha256:${fingerprint_sha256(canonical)}`;
}
/** The files the plan was made from, in path order, plus the settings that shaped it. */
function hashSchemeFiles(files, settings) {
    const sortedFiles = [...files]
        .sort((a, b) => compareText(a.path, b.path))
        .map((file) => [file.path, file.sha256]);
    // `file` (where the settings came from) is not part of their meaning.
    const { file: _settingsFile, ...meaning } = settings;
    return `sha256:${fingerprint_sha256(stableStringify({ files: sortedFiles, settings: meaning }))}`;
}
/** JSON with object keys sorted at every level, so equal values always give equal text. */
function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => stableStringify(item)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => compareText(a, b))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`);
        return `{${entries.join(',')}}`;
    }
    // JSON.stringify answers undefined for values JSON cannot hold (functions, symbols).
    const text = JSON.stringify(value);
    return text ?? 'null';
}

;// CONCATENATED MODULE: ./src/plan/guardrails.ts

/**
 * The three guardrails that fail a plan unless the settings file allows them for the scheme by name:
 *
 * - `lockout`: a scheme that projects use would be left with no ADMINISTER_PROJECTS holder or no
 *   BROWSE_PROJECTS holder, when it had one before (nobody could administer or even see those projects).
 *   Managed holders (the apps' role) do not count as holders here.
 * - `public-exposure`: the `anyone` holder (anonymous access) is added.
 * - `mass-removal`: more grants removed from one scheme than `maxRemovals`, or more than
 *   `maxRemovalRatio` of its live grants (a truncated file looks exactly like this).
 */
const GUARDRAIL_IDS = (/* unused pure expression or super */ null && (['lockout', 'public-exposure', 'mass-removal']));
/** Permissions whose last holder must not go; with what losing it means. */
const LOCKOUT_PERMISSIONS = [
    ['ADMINISTER_PROJECTS', 'nobody could administer'],
    ['BROWSE_PROJECTS', 'nobody could even see'],
];
function isAllowed(settings, guardrail, schemeNames) {
    const names = schemeNames.map((name) => name.toLowerCase());
    return settings.guardrails.allow.some((allowance) => allowance.guardrail === guardrail &&
        (allowance.scheme === '*' || names.includes(allowance.scheme.toLowerCase())));
}
function checkGuardrails(diff, settings) {
    const names = diff.live !== undefined && diff.live.name !== diff.name ? [diff.name, diff.live.name] : [diff.name];
    const violations = [];
    const add = (guardrail, message) => {
        violations.push({
            guardrail,
            scheme: diff.name,
            message,
            allowed: isAllowed(settings, guardrail, names),
        });
    };
    const label = diff.live === undefined ? `"${diff.name}"` : `"${diff.name}" (id ${diff.live.id})`;
    if (diff.live !== undefined && (diff.adds.length > 0 || diff.removes.length > 0)) {
        const inUse = diff.projects === undefined || diff.projects.length > 0;
        if (inUse) {
            const removed = new Set(diff.removes.map((grant) => grantKey(grant.permission, grant.holder)));
            for (const [permission, consequence] of LOCKOUT_PERMISSIONS) {
                const counts = (grant) => grant.permission === permission && diff.ignoreHolder?.(grant) !== true;
                const before = diff.live.grants.filter(counts);
                const remaining = before.filter((grant) => !removed.has(grantKey(grant.permission, grant.holder)));
                const added = diff.adds.filter(counts);
                if (before.length > 0 && remaining.length === 0 && added.length === 0) {
                    const usage = diff.projects === undefined
                        ? 'may be used by projects (project usage was not read)'
                        : `is used by ${countProjects(diff.projects.length)}`;
                    add('lockout', `${label} ${usage} and would be left with no ${permission} holder: ${consequence} those projects.`);
                }
            }
        }
    }
    const publicPermissions = diff.adds
        .filter((grant) => grant.holder.type === 'anyone')
        .map((grant) => grant.permission);
    if (publicPermissions.length > 0) {
        add('public-exposure', `${label} would grant ${publicPermissions.join(', ')} to anyone, including people who are not logged in.`);
    }
    if (diff.live !== undefined && diff.removes.length > 0) {
        const total = diff.live.grants.length;
        const { maxRemovals, maxRemovalRatio } = settings.guardrails;
        const ratio = total === 0 ? 1 : diff.removes.length / total;
        if (diff.removes.length > maxRemovals || ratio > maxRemovalRatio) {
            add('mass-removal', `${label} would lose ${diff.removes.length} of its ${total} grants (${formatPercent(ratio)}), ` +
                `more than the limit of ${maxRemovals} grants or ${formatPercent(maxRemovalRatio)} of one scheme.`);
        }
    }
    return violations;
}
/** The lines to add to the settings file to allow a violation, for messages and renderers. */
function allowanceSnippet(violation) {
    return [
        'guardrails:',
        '  allow:',
        `    - guardrail: ${violation.guardrail}`,
        `      scheme: ${JSON.stringify(violation.scheme)}`,
    ].join('\n');
}
function countProjects(count) {
    return `${count} ${count === 1 ? 'project' : 'projects'}`;
}
function formatPercent(ratio) {
    return `${Math.round(ratio * 1000) / 10}%`;
}

;// CONCATENATED MODULE: ./src/plan/labels.ts
/**
 * A display label for a holder when the reader gave none: the type and whatever identifies it. Labels
 * are for people only; nothing compares them (identity is `holderKey`).
 */
function labels_holderLabel(holder) {
    const parameter = holder.parameter ?? '';
    const value = holder.value ?? '';
    switch (holder.type) {
        case 'group':
            if (parameter !== '' && value !== '' && parameter !== value)
                return `group ${parameter} (${value})`;
            return `group ${parameter !== '' ? parameter : value}`;
        case 'applicationRole':
            return parameter === '' && value === ''
                ? 'applicationRole (any logged-in user)'
                : `applicationRole ${value !== '' ? value : parameter}`;
        default: {
            const id = value !== '' ? value : parameter;
            return id === '' ? holder.type : `${holder.type} ${id}`;
        }
    }
}
/** The label a grant carries, or one made from its holder. */
function grantLabel(grant) {
    return grant.label !== undefined && grant.label !== '' ? grant.label : labels_holderLabel(grant.holder);
}

;// CONCATENATED MODULE: ./src/plan/planner.ts







/**
 * Jira's own default permission scheme (id 0 on Cloud and Data Center): projects fall back to it and
 * Jira refuses to delete it, so prune never plans its deletion.
 */
const DEFAULT_SCHEME_ID = 0;
/** How many project keys a blast radius lists. */
const SAMPLE_PROJECT_KEYS = 5;
function planner_planChanges(input) {
    const { settings } = input;
    const known = new Set(settings.customPermissions);
    for (const key of input.knownPermissions ?? [])
        known.add(key);
    const isKnownPermission = (key) => isBuiltInPermission(key) || known.has(key);
    const { matches, unmatchedLive, findings } = matchSchemes(input.desired, input.live);
    const keyOf = groupAwareKey(input.desired, input.live);
    const changes = [];
    const guardrails = [];
    const kept = [];
    const touched = new Map();
    const changedSchemes = [];
    for (const { desired, live } of matches) {
        const schemeChanges = [];
        const base = { scheme: desired.name, schemeId: live?.id ?? null, file: desired.file };
        const wanted = uniqueGrants(desired.grants.filter((grant) => !isManagedHolder(grant.holder, grant.label, settings.managedHolders)), keyOf);
        if (live === undefined) {
            schemeChanges.push({
                action: 'create-scheme',
                ...base,
                to: { name: desired.name, description: desired.description ?? '' },
            });
        }
        else {
            const from = {};
            const to = {};
            if (live.name !== desired.name) {
                from.name = live.name;
                to.name = desired.name;
            }
            if ((live.description ?? '') !== (desired.description ?? '')) {
                from.description = live.description ?? '';
                to.description = desired.description ?? '';
            }
            if (Object.keys(to).length > 0)
                schemeChanges.push({ action: 'update-scheme', ...base, from, to });
        }
        const liveKeys = new Set();
        const removable = [];
        for (const grant of live?.grants ?? []) {
            liveKeys.add(keyOf(grant));
            if (isManagedHolder(grant.holder, grant.label, settings.managedHolders))
                continue;
            const reason = !isKnownHolderType(grant.holder.type)
                ? `holder type "${grant.holder.type}" is not one this tool manages`
                : !isKnownPermission(grant.permission)
                    ? `permission "${grant.permission}" is neither built in, listed in customPermissions, nor in the site's catalogue`
                    : undefined;
            if (reason !== undefined && live !== undefined) {
                kept.push({
                    scheme: desired.name,
                    schemeId: live.id,
                    grantId: grant.id,
                    permission: grant.permission,
                    holder: grant.holder,
                    ...(grant.label === undefined ? {} : { label: grant.label }),
                    reason,
                });
                continue;
            }
            removable.push(grant);
        }
        const adds = wanted.filter((grant) => !liveKeys.has(keyOf(grant)));
        const wantedKeys = new Set(wanted.map(keyOf));
        const removes = removable
            .filter((grant) => !wantedKeys.has(keyOf(grant)))
            .sort((a, b) => compareGrants(a, b) || a.id - b.id);
        for (const grant of adds) {
            schemeChanges.push({
                action: 'add-grant',
                ...base,
                permission: grant.permission,
                holder: { ...grant.holder },
                label: grantLabel(grant),
            });
        }
        for (const grant of removes) {
            schemeChanges.push({
                action: 'remove-grant',
                ...base,
                permission: grant.permission,
                holder: { ...grant.holder },
                grantId: grant.id,
                label: grantLabel(grant),
            });
        }
        if (schemeChanges.length === 0)
            continue;
        changes.push(...schemeChanges);
        changedSchemes.push({ name: desired.name, live });
        if (live !== undefined)
            touched.set(live.id, live);
        guardrails.push(...checkGuardrails({
            name: desired.name,
            live,
            adds,
            removes,
            projects: live === undefined ? [] : input.projectsByScheme?.get(live.id)?.slice(),
            ignoreHolder: (grant) => isManagedHolder(grant.holder, grant.label, settings.managedHolders),
        }, settings));
    }
    const unmanaged = [];
    for (const live of unmatchedLive) {
        const projects = input.projectsByScheme?.get(live.id);
        if (!settings.prune || live.id === DEFAULT_SCHEME_ID) {
            unmanaged.push({ id: live.id, name: live.name });
        }
        else if (projects !== undefined && projects.length > 0) {
            unmanaged.push({ id: live.id, name: live.name });
            findings.push({
                file: settings.file ?? '.jira-permissions.yml',
                line: 1,
                column: 1,
                severity: 'warning',
                ruleId: 'prune-scheme-in-use',
                message: `Scheme "${live.name}" (id ${live.id}) has no file and prune is on, but it is used by ${countProjects(projects.length)} (${sampleKeys(projects).join(', ')}), so it is not deleted.`,
                hint: 'Move those projects to another scheme, or add a file for this scheme (jira-perms export --scheme NAME).',
            });
        }
        else {
            changes.push({ action: 'delete-scheme', scheme: live.name, schemeId: live.id });
            changedSchemes.push({ name: live.name, live });
            touched.set(live.id, live);
        }
    }
    const blastRadius = [];
    const affectedProjects = new Set();
    for (const { name, live } of changedSchemes) {
        const projects = live === undefined ? [] : (input.projectsByScheme?.get(live.id) ?? []);
        for (const project of projects)
            affectedProjects.add(project.id !== '' ? project.id : project.key);
        blastRadius.push({
            scheme: name,
            schemeId: live?.id ?? null,
            projectCount: projects.length,
            sampleKeys: sampleKeys(projects),
        });
    }
    const fingerprints = {};
    for (const id of [...touched.keys()].sort((a, b) => a - b)) {
        const live = touched.get(id);
        if (live !== undefined)
            fingerprints[String(id)] = fingerprintScheme(live, settings.managedHolders);
    }
    return {
        version: 1,
        changes,
        summary: summarize(changes, affectedProjects.size),
        fingerprints,
        filesHash: input.filesHash,
        guardrails,
        blastRadius,
        unmanaged,
        kept,
        findings,
    };
}
/** True when the plan must not be applied: an error finding, or a guardrail the settings do not allow. */
function planIsBlocked(plan) {
    return (plan.findings.some((finding) => finding.severity === 'error') ||
        plan.guardrails.some((violation) => !violation.allowed));
}
function hasChanges(plan) {
    return plan.changes.length > 0;
}
function summarize(changes, projectsAffected) {
    const count = (action) => changes.filter((change) => change.action === action).length;
    const schemes = new Set(changes.map((change) => schemeIdentity(change)));
    return {
        add: count('add-grant'),
        remove: count('remove-grant'),
        createSchemes: count('create-scheme'),
        updateSchemes: count('update-scheme'),
        deleteSchemes: count('delete-scheme'),
        schemesChanged: schemes.size,
        projectsAffected,
    };
}
/** Groups changes of one scheme: the live id when there is one, else the (new) name. */
function schemeIdentity(change) {
    return change.schemeId === null ? `new:${change.scheme}` : `id:${change.schemeId}`;
}
function sampleKeys(projects) {
    return projects
        .map((project) => project.key)
        .sort(compareText)
        .slice(0, SAMPLE_PROJECT_KEYS);
}
function uniqueGrants(grants, keyOf) {
    const seen = new Set();
    const unique = [];
    for (const grant of grants) {
        const key = keyOf(grant);
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(grant);
    }
    return unique.sort(compareGrants);
}
/**
 * `grantKey`, made robust to a group holder that comes without its id on one side (Jira identifies
 * groups by id, `value`, but a holder may carry only the name, `parameter`): when some other holder
 * in the input shows which id that name has, the id is used, so the same group never shows up as a
 * removal by name plus an addition by id. On Data Center no holder has ids and names are compared.
 */
function groupAwareKey(desired, live) {
    const idByName = new Map();
    const learn = (grant) => {
        const { type, parameter, value } = grant.holder;
        if (type === 'group' &&
            parameter !== undefined &&
            parameter !== '' &&
            value !== undefined &&
            value !== '') {
            idByName.set(parameter, value);
        }
    };
    for (const scheme of desired)
        scheme.grants.forEach(learn);
    for (const scheme of live)
        scheme.grants.forEach(learn);
    return (grant) => {
        const { holder } = grant;
        if (holder.type === 'group' &&
            (holder.value === undefined || holder.value === '') &&
            holder.parameter !== undefined) {
            const id = idByName.get(holder.parameter);
            if (id !== undefined)
                return grantKey(grant.permission, { ...holder, value: id });
        }
        return grantKey(grant.permission, holder);
    };
}
function schemeFinding(desired, ruleId, message, hint) {
    return { file: desired.file, line: 1, column: 1, severity: 'error', ruleId, message, hint };
}
/** Pairs each file with its live scheme (by pinned id, then name); reports what cannot be paired. */
function matchSchemes(desired, live) {
    const findings = [];
    const liveById = new Map(live.map((scheme) => [scheme.id, scheme]));
    const claimedBy = new Map();
    const matches = [];
    const ordered = [...desired].sort((a, b) => compareNames(a.name, b.name) || compareText(a.file, b.file));
    for (const scheme of ordered) {
        if (scheme.id === undefined)
            continue;
        const match = liveById.get(scheme.id);
        const earlier = claimedBy.get(scheme.id);
        if (match === undefined) {
            findings.push(schemeFinding(scheme, 'pinned-scheme-missing', `"${scheme.name}" pins scheme id ${scheme.id}, but Jira has no permission scheme with that id (deleted, or a different site?).`, 'Remove the `id:` line to create the scheme anew, or correct the id (jira-perms export shows the live ids).'));
        }
        else if (earlier !== undefined) {
            findings.push(schemeFinding(scheme, 'pinned-scheme-duplicate', `"${scheme.name}" pins scheme id ${scheme.id}, which ${earlier.file} already pins.`, 'Each live scheme can be described by one file only: remove the `id:` line from one of them.'));
        }
        else {
            claimedBy.set(scheme.id, scheme);
            matches.push({ desired: scheme, live: match });
        }
    }
    const unclaimed = () => live.filter((scheme) => !claimedBy.has(scheme.id));
    const byName = groupBy(live, (scheme) => scheme.name);
    const byLowerName = groupBy(live, (scheme) => scheme.name.toLowerCase());
    const free = (schemes) => (schemes ?? []).filter((candidate) => !claimedBy.has(candidate.id));
    for (const scheme of ordered) {
        if (scheme.id !== undefined)
            continue;
        let found = free(byName.get(scheme.name));
        if (found.length === 0)
            found = free(byLowerName.get(scheme.name.toLowerCase()));
        if (found.length > 1) {
            const ids = found.map((candidate) => candidate.id).sort((a, b) => a - b);
            findings.push(schemeFinding(scheme, 'ambiguous-scheme-name', `Jira has ${found.length} permission schemes named "${scheme.name}" (ids ${ids.join(', ')}); the file cannot say which one it describes.`, `Add \`id: ${ids[0] ?? ''}\` (or the right one of the ids) to the file to pin it.`));
            continue;
        }
        const [match] = found;
        if (match !== undefined)
            claimedBy.set(match.id, scheme);
        matches.push({ desired: scheme, live: match });
    }
    // A rename or create onto a name another live scheme keeps would be refused by Jira: say so now.
    const keptNames = new Map();
    for (const scheme of live) {
        const owner = claimedBy.get(scheme.id);
        if (owner === undefined || owner.name.toLowerCase() === scheme.name.toLowerCase()) {
            keptNames.set(scheme.name.toLowerCase(), scheme);
        }
    }
    const valid = [];
    for (const match of matches) {
        const renamed = match.live?.name !== match.desired.name;
        const holder = renamed ? keptNames.get(match.desired.name.toLowerCase()) : undefined;
        if (holder !== undefined && holder.id !== match.live?.id) {
            findings.push(schemeFinding(match.desired, 'scheme-name-taken', `"${match.desired.name}" is already the name of live scheme ${holder.id}, which this plan does not rename; Jira would refuse a second scheme with that name.`, 'Choose another name, or pin this file to that scheme with `id: ' + String(holder.id) + '`.'));
            continue;
        }
        valid.push(match);
    }
    valid.sort((a, b) => compareNames(a.desired.name, b.desired.name) || compareText(a.desired.file, b.desired.file));
    const unmatchedLive = unclaimed().sort((a, b) => compareNames(a.name, b.name) || a.id - b.id);
    return { matches: valid, unmatchedLive, findings };
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const name = key(item);
        const group = groups.get(name);
        if (group === undefined)
            groups.set(name, [item]);
        else
            group.push(item);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/commands/plan.ts







async function runPlan(options) {
    const progress = (step, message) => options.onProgress?.({ step, message });
    const result = (fields) => {
        const plan = fields.plan;
        return {
            ...fields,
            hasChanges: plan !== undefined && plan.changes.length > 0,
            blocked: fields.status !== 'planned' ||
                fields.findings.some((finding) => finding.severity === 'error') ||
                (plan !== undefined && planIsBlocked(plan)),
        };
    };
    progress('load', 'Reading and validating the scheme files');
    const load = (customPermissions) => loadProject({
        cwd: options.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(customPermissions === undefined ? {} : { customPermissions }),
    });
    let project;
    try {
        project = await load();
    }
    catch (error) {
        return result({
            status: 'failed',
            findings: [],
            error: `Could not read the scheme files: ${errorMessage(error)}`,
        });
    }
    // Errors stop the plan before it connects, except unknown permission keys: the live catalogue may
    // know them (app-defined permissions), so those files are loaded again once it has been read.
    const offlineErrors = project.findings.filter((finding) => finding.severity === 'error');
    if (!offlineErrors.every(isUnknownPermission)) {
        return result({ status: 'invalid', findings: project.findings, project, settings: project.settings });
    }
    let findings = [...project.findings];
    try {
        options.signal?.throwIfAborted();
        progress('connect', 'Connecting to Jira (read-only)');
        const reader = options.reader ?? createReader(options);
        progress('resolve', 'Reading the permission catalogue and resolving names to ids');
        const catalogue = await reader.getPermissionCatalogue();
        const catalogueKeys = catalogue.map((entry) => entry.key);
        if (offlineErrors.length > 0) {
            project = await load(catalogueKeys);
            findings = [...project.findings];
            if (hasErrors(findings))
                return result({ status: 'invalid', findings, project, settings: project.settings });
        }
        const { settings } = project;
        const resolved = await resolveSchemes(project.schemes, reader, {
            customPermissions: settings.customPermissions,
        });
        findings.push(...resolved.findings);
        if (hasErrors(resolved.findings)) {
            return result({ status: 'invalid', findings, project, settings, desired: resolved.schemes });
        }
        options.signal?.throwIfAborted();
        progress('read-live', 'Reading the live permission schemes');
        const live = await reader.listPermissionSchemes();
        const managedHolders = await withManagedIds(settings.managedHolders, reader);
        const planSettings = { ...settings, managedHolders };
        const input = {
            desired: resolved.schemes,
            live,
            settings: planSettings,
            filesHash: hashSchemeFiles(project.files, settings),
            knownPermissions: catalogueKeys,
        };
        progress('plan', 'Comparing the files with Jira');
        let plan = planner_planChanges(input);
        // Which projects use which scheme costs a request per project: only worth it when something changes.
        if (plan.changes.length > 0) {
            options.signal?.throwIfAborted();
            progress('read-projects', 'Reading which projects use the changed schemes');
            const projectsByScheme = await reader.getProjectsByScheme();
            plan = planner_planChanges({ ...input, projectsByScheme });
        }
        plan.findings = plan.findings.map((finding) => locatePlanFinding(finding, project.schemes));
        findings.push(...plan.findings);
        return result({ status: 'planned', plan, findings, project, settings, desired: resolved.schemes, live });
    }
    catch (error) {
        return result({
            status: 'failed',
            findings,
            project,
            settings: project.settings,
            error: errorMessage(error),
        });
    }
}
/** The loader's finding for a permission key that is neither built in nor in customPermissions. */
function isUnknownPermission(finding) {
    return finding.ruleId === 'schema' && finding.message.startsWith('unknown permission "');
}
function createReader(options) {
    const connection = options.connection ?? connectionFromEnv(options.env ?? {});
    return createJiraReader(connection, {
        ...options.clientOptions,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
}
function hasErrors(findings) {
    return findings.some((finding) => finding.severity === 'error');
}
/**
 * Managed holders are usually written by name (`atlassian-addons-project-access`); grants carry ids.
 * Look the names of roles and groups up once, so they match whatever labels the reader gives.
 */
async function withManagedIds(managed, directory) {
    const needsRoles = managed.some((holder) => holder.type === 'projectRole' && holder.id === undefined && holder.name !== undefined);
    const groupNames = managed
        .filter((holder) => holder.type === 'group' && holder.id === undefined && holder.name !== undefined)
        .map((holder) => holder.name ?? '');
    const roles = needsRoles ? await directory.getProjectRoles() : [];
    const groups = groupNames.length > 0 && directory.groupsHaveIds
        ? await directory.findGroupsByName(groupNames)
        : new Map();
    return managed.map((holder) => {
        if (holder.id !== undefined || holder.name === undefined)
            return holder;
        const wanted = holder.name.toLowerCase();
        if (holder.type === 'projectRole') {
            const role = roles.find((candidate) => candidate.name.toLowerCase() === wanted);
            return role === undefined ? holder : { ...holder, id: String(role.id) };
        }
        if (holder.type === 'group') {
            const group = groups.get(holder.name);
            return group?.id === undefined ? holder : { ...holder, id: group.id };
        }
        return holder;
    });
}
/** Planner findings name the file; point them at the `id:` or `name:` line the loader recorded. */
function locatePlanFinding(finding, specs) {
    const spec = specs.find((candidate) => candidate.file === finding.file);
    if (spec === undefined)
        return finding;
    const pinned = finding.ruleId === 'pinned-scheme-missing' || finding.ruleId === 'pinned-scheme-duplicate';
    const location = pinned && spec.idLocation !== undefined ? spec.idLocation : spec.nameLocation;
    return { ...finding, ...location };
}

;// CONCATENATED MODULE: ./src/apply/fresh-plan.ts



/** The live side of a plan: schemes, the projects using them, and the site's permission keys. */
async function planAgainstLive(desired, settings, filesHash, reader) {
    const [live, projectsByScheme, catalogue] = await Promise.all([
        reader.listPermissionSchemes(),
        reader.getProjectsByScheme(),
        reader.getPermissionCatalogue(),
    ]);
    // The map lists schemes that projects use; every other live scheme was read and is used by none.
    for (const scheme of live)
        if (!projectsByScheme.has(scheme.id))
            projectsByScheme.set(scheme.id, []);
    return planChanges({
        desired,
        live,
        settings,
        projectsByScheme,
        filesHash,
        knownPermissions: catalogue.map((entry) => entry.key),
    });
}
/** A planner over fixed, already-resolved schemes (tests, and callers that resolved them already). */
function plannerFor(desired, settings, filesHash) {
    return async (_input, reader) => ({
        plan: await planAgainstLive(desired, settings, filesHash, reader),
        desired,
        settings,
        findings: [],
    });
}
/**
 * The grants Jira put on a scheme apply just created that its file does not list (Jira's own defaults),
 * as remove-grant changes. The planner decides, so Jira-managed holders and grants this product does
 * not know are kept exactly as a plan would keep them.
 */
function reconcileCreatedScheme(created, planned, fresh) {
    const fromFile = fresh.desired.find((scheme) => scheme.name === created.name);
    const desired = {
        name: created.name,
        file: fromFile?.file ?? planned.find((change) => change.file !== undefined)?.file ?? '',
        id: created.id,
        grants: fromFile?.grants ??
            planned
                .filter((change) => change.action === 'add-grant')
                .map((change) => ({ permission: change.permission ?? '', holder: change.holder ?? { type: '' } })),
    };
    if (created.description !== undefined)
        desired.description = created.description;
    const plan = planner_planChanges({ desired: [desired], live: [created], settings: fresh.settings, filesHash: '' });
    return plan.changes.filter((change) => change.action === 'remove-grant');
}
/**
 * The default: the plan command's own pipeline (load, validate, resolve, read live, plan), given the
 * apply client as its reader. Invalid files give no plan and their findings; a Jira failure throws.
 */
const planFresh = async (input, reader) => {
    const result = await runPlan({
        cwd: input.cwd,
        path: input.path,
        settingsPath: input.settingsPath,
        reader,
    });
    if (result.status === 'failed')
        throw new Error(result.error ?? 'could not plan');
    const settings = result.settings ?? DEFAULT_SETTINGS;
    if (result.status !== 'planned' || result.plan === undefined) {
        return { desired: result.desired ?? [], settings, findings: result.findings };
    }
    return {
        plan: result.plan,
        desired: result.desired ?? [],
        settings: { ...settings, managedHolders: await managedWithIds(settings.managedHolders, reader) },
        findings: result.findings,
    };
};
/**
 * Managed holders are usually written by name; grants carry ids. Looks the ids up so that the grants
 * Jira puts on a new scheme for a managed holder are recognised whatever labels the reader gives.
 */
async function managedWithIds(managed, directory) {
    const unresolved = managed.filter((holder) => holder.id === undefined && holder.name !== undefined);
    const roles = unresolved.some((holder) => holder.type === 'projectRole')
        ? await directory.getProjectRoles()
        : [];
    const groupNames = unresolved
        .filter((holder) => holder.type === 'group')
        .map((holder) => holder.name ?? '');
    const groups = groupNames.length > 0 && directory.groupsHaveIds
        ? await directory.findGroupsByName(groupNames)
        : new Map();
    return managed.map((holder) => {
        if (holder.id !== undefined || holder.name === undefined)
            return holder;
        const wanted = holder.name.toLowerCase();
        const id = holder.type === 'projectRole'
            ? roles.find((role) => role.name.toLowerCase() === wanted)?.id
            : holder.type === 'group'
                ? groups.get(holder.name)?.id
                : undefined;
        return id === undefined ? holder : { ...holder, id: String(id) };
    });
}

;// CONCATENATED MODULE: ./src/apply/stale.ts


/**
 * Is the reviewed plan still what apply would do? Apply always plans afresh; this compares the fresh plan
 * with the one people reviewed and says, change by change, what moved, in terms of what happened in Jira
 * (or in the files), so the person reading it knows what to look at.
 */
function schemeLabel(change) {
    return change.schemeId === null
        ? `scheme "${change.scheme}"`
        : `scheme "${change.scheme}" (${change.schemeId})`;
}
function stale_grantLabel(change) {
    return `grant ${change.permission ?? '?'} ${holderText(change)}`;
}
/** Identity of a change, independent of display fields and grant ids. */
function changeKey(change) {
    const scheme = change.schemeId === null ? `name:${change.scheme}` : `id:${change.schemeId}`;
    const holder = change.holder === undefined ? '' : holderKey(change.holder);
    return `${change.action}|${scheme}|${change.permission ?? ''}|${holder}`;
}
/** The fresh plan would do this and the reviewed one did not. */
function explainAdded(change) {
    const where = schemeLabel(change);
    switch (change.action) {
        case 'remove-grant':
            return `${where}: ${stale_grantLabel(change)} was added in Jira since the plan was made (apply would now remove it)`;
        case 'add-grant':
            return `${where}: ${stale_grantLabel(change)} was removed from Jira since the plan was made (apply would now add it back)`;
        case 'create-scheme':
            return `${where} was deleted or renamed in Jira since the plan was made (apply would now create it)`;
        case 'delete-scheme':
            return `${where} appeared in Jira since the plan was made (apply would now delete it)`;
        case 'update-scheme':
            return `${where}: its name or description was changed in Jira since the plan was made`;
    }
}
/** The reviewed plan would do this and the fresh one no longer does. */
function explainDropped(change) {
    const where = schemeLabel(change);
    switch (change.action) {
        case 'add-grant':
            return `${where}: ${stale_grantLabel(change)} was added in Jira since the plan was made (the reviewed plan added it)`;
        case 'remove-grant':
            return `${where}: ${stale_grantLabel(change)} was removed from Jira since the plan was made (the reviewed plan removed it)`;
        case 'create-scheme':
            return `${where} was created in Jira since the plan was made (the reviewed plan created it)`;
        case 'delete-scheme':
            return `${where} was deleted in Jira since the plan was made (the reviewed plan deleted it)`;
        case 'update-scheme':
            return `${where}: its name and description were changed in Jira since the plan was made`;
    }
}
function sameDetails(a, b) {
    return a.to?.name === b.to?.name && a.to?.description === b.to?.description;
}
/**
 * Every way the fresh plan differs from the reviewed one, as sentences; empty when apply may go ahead.
 * Checks the scheme files' hash, the change lists and the live fingerprints of the schemes either plan
 * touches.
 */
function explainStaleness({ reviewed, fresh }) {
    const reasons = [];
    if (reviewed.filesHash !== fresh.filesHash) {
        reasons.push('the scheme files (or the settings file) changed since the plan was made: make a new plan from the files being applied');
    }
    const reviewedByKey = new Map(reviewed.changes.map((change) => [changeKey(change), change]));
    const freshByKey = new Map(fresh.changes.map((change) => [changeKey(change), change]));
    const explainedSchemes = new Set();
    const note = (change, reason) => {
        if (change.schemeId !== null)
            explainedSchemes.add(String(change.schemeId));
        reasons.push(reason);
    };
    for (const [key, change] of freshByKey) {
        const before = reviewedByKey.get(key);
        if (before === undefined) {
            note(change, explainAdded(change));
        }
        else if (change.action === 'remove-grant' && before.grantId !== change.grantId) {
            note(change, `${schemeLabel(change)}: ${stale_grantLabel(change)} was deleted and re-created in Jira since the plan was made (grant id ${before.grantId ?? '?'} is now ${change.grantId ?? '?'})`);
        }
        else if (change.action === 'update-scheme' && !sameDetails(before, change)) {
            note(change, `${schemeLabel(change)}: the new name or description in the files changed since the plan was made`);
        }
    }
    for (const [key, change] of reviewedByKey) {
        if (!freshByKey.has(key))
            note(change, explainDropped(change));
    }
    // Same changes, yet a touched scheme's live grants moved (e.g. a grant the product keeps, or a
    // Jira-managed holder): still not what was reviewed.
    const names = new Map();
    for (const change of [...reviewed.changes, ...fresh.changes]) {
        if (change.schemeId !== null)
            names.set(String(change.schemeId), change.scheme);
    }
    for (const [schemeId, fingerprint] of Object.entries(reviewed.fingerprints)) {
        if (explainedSchemes.has(schemeId))
            continue;
        const now = fresh.fingerprints[schemeId];
        if (now === undefined || now === fingerprint)
            continue;
        const name = names.get(schemeId);
        reasons.push(`scheme ${name === undefined ? '' : `"${name}" `}(${schemeId}): its live grants changed in Jira since the plan was made (fingerprint ${fingerprint} is now ${now})`);
    }
    return reasons;
}
/** Reads a plan file written by `jira-perms plan --out` (or the action), with a clear error when it is not one. */
function parsePlanFile(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : String(error)}): pass a file written by 'jira-perms plan --out FILE'`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error(`${file} is not a plan file: expected a JSON object written by 'jira-perms plan --out FILE'`);
    }
    const record = data;
    if (record.version !== 1) {
        throw new Error(`${file} is not a plan file this version understands (version ${JSON.stringify(record.version)}; expected 1)`);
    }
    if (!Array.isArray(record.changes))
        throw new Error(`${file} is not a plan file: it has no "changes" list`);
    if (typeof record.fingerprints !== 'object' || record.fingerprints === null) {
        throw new Error(`${file} has no "fingerprints": it cannot prove what was reviewed; make it again with 'jira-perms plan --out FILE'`);
    }
    if (typeof record.filesHash !== 'string') {
        throw new Error(`${file} has no "filesHash": make it again with 'jira-perms plan --out FILE'`);
    }
    for (const [index, change] of record.changes.entries()) {
        const item = change;
        if (item === null ||
            typeof item !== 'object' ||
            typeof item.action !== 'string' ||
            typeof item.scheme !== 'string' ||
            !(item.schemeId === null || typeof item.schemeId === 'number')) {
            throw new Error(`${file}: change ${index + 1} is not a plan change (needs action, scheme and schemeId)`);
        }
    }
    return data;
}

;// CONCATENATED MODULE: ./src/commands/apply.ts









const DEFAULT_ABORT_GRACE_MS = 2_000;
function findingText(finding) {
    return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${finding.message}`;
}
/** Why this plan may not be applied, before any write: error findings and guardrails not allowed. */
function blockingReasons(fresh) {
    const reasons = fresh.findings.filter((finding) => finding.severity === 'error').map(findingText);
    const plan = fresh.plan;
    if (plan !== undefined) {
        for (const finding of plan.findings) {
            if (finding.severity === 'error')
                reasons.push(findingText(finding));
        }
        for (const violation of plan.guardrails) {
            if (!violation.allowed) {
                reasons.push(`guardrail ${violation.guardrail} in scheme "${violation.scheme}": ${violation.message} ` +
                    `(allow it by name under guardrails.allow in the settings file if this is intended)`);
            }
        }
    }
    return [...new Set(reasons)];
}
/**
 * Scheme deletions apply skipped on purpose (prune is on but --allow-delete was not given): they are
 * expected to remain in the read-back plan and do not fail the run.
 */
function deletionsNotAllowed(entries, deletionAllowed) {
    if (deletionAllowed)
        return new Set();
    return new Set(entries
        .filter((entry) => entry.action === 'delete-scheme' && entry.result === 'skipped')
        .flatMap((entry) => (entry.schemeId === null ? [] : [entry.schemeId])));
}
async function runApply(options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const emit = (event) => options.onEvent?.(event);
    const findings = [];
    // A function, not a narrowed property: the signal can abort at any await.
    const interrupted = () => options.signal?.aborted === true;
    const finish = (outcome, message, parts = {}) => {
        const entries = parts.entries ?? [];
        const journal = {
            version: 1,
            outcome,
            message,
            startedAt,
            finishedAt: now().toISOString(),
            counts: countEntries(entries),
            entries,
            remaining: parts.remaining ?? [],
            refusals: parts.refusals ?? [],
        };
        if (parts.plan !== undefined)
            journal.filesHash = parts.plan.filesHash;
        const result = {
            exitCode: outcome === 'converged' || outcome === 'no-changes' ? 0 : 1,
            outcome,
            journal,
            findings,
        };
        if (parts.plan !== undefined)
            result.plan = parts.plan;
        return result;
    };
    const refuse = (reasons, plan) => {
        emit({ type: 'refused', reasons });
        return finish('refused', 'Apply refused: nothing was written', plan === undefined ? { refusals: reasons } : { refusals: reasons, plan });
    };
    // The reviewed plan, when there is one: read it before touching Jira, so a bad file costs nothing.
    let reviewed;
    if (options.planFile !== undefined) {
        const file = (0,external_node_path_namespaceObject.resolve)(options.cwd, options.planFile);
        try {
            reviewed = parsePlanFile(await (0,promises_namespaceObject.readFile)(file, 'utf8'), options.planFile);
        }
        catch (error) {
            const message = error.code === 'ENOENT'
                ? `plan file ${options.planFile} not found: make one with 'jira-perms plan --out ${options.planFile}'`
                : errorMessage(error);
            return refuse([message]);
        }
    }
    // The client gets its own abort, fired only once the in-flight write's grace is over, so an interrupt
    // lets the current request answer (and be journaled) instead of cutting it off mid-flight.
    const abortGraceMs = options.pacing?.abortGraceMs ?? DEFAULT_ABORT_GRACE_MS;
    const clientAbort = new AbortController();
    let graceTimer;
    const onInterrupt = () => {
        // A little after the executor's own grace, so the journal says "interrupted in flight" rather
        // than reporting the cancelled request as an ordinary failure.
        graceTimer = setTimeout(() => {
            clientAbort.abort(new Error('interrupted'));
        }, abortGraceMs + 250);
        graceTimer.unref();
    };
    if (interrupted())
        onInterrupt();
    else
        options.signal?.addEventListener('abort', onInterrupt, { once: true });
    try {
        let writer;
        try {
            writer =
                options.writer ??
                    createJiraWriter(connectionFromEnv(options.env), {
                        ...options.clientOptions,
                        signal: clientAbort.signal,
                    });
        }
        catch (error) {
            return refuse([errorMessage(error)]);
        }
        const planner = options.planner ?? planFresh;
        const planInput = {
            cwd: options.cwd,
            env: options.env,
            path: options.path,
            settingsPath: options.settingsPath,
        };
        let fresh;
        try {
            fresh = await planner(planInput, writer);
        }
        catch (error) {
            if (interrupted())
                return finish('interrupted', 'Apply interrupted while planning; nothing was written');
            return refuse([`could not plan: ${errorMessage(error)}`]);
        }
        findings.push(...fresh.findings);
        const plan = fresh.plan;
        if (plan === undefined) {
            const reasons = blockingReasons(fresh);
            return refuse(reasons.length > 0 ? reasons : ['could not make a plan from the files']);
        }
        emit({ type: 'planned', plan });
        // Guardrails again, on the plan apply would carry out (not the reviewed one).
        const blocked = blockingReasons(fresh);
        if (blocked.length > 0)
            return refuse(blocked, plan);
        if (reviewed !== undefined) {
            const moved = explainStaleness({ reviewed, fresh: plan });
            if (moved.length > 0) {
                return refuse([
                    ...moved,
                    `the reviewed plan ${options.planFile ?? ''} is stale: review a new plan, then apply that`,
                ], plan);
            }
        }
        if (plan.changes.length === 0) {
            return finish('no-changes', 'No changes: Jira already matches the files', { plan });
        }
        if (interrupted())
            return finish('interrupted', 'Apply interrupted before any write', { plan });
        if (options.confirm !== undefined && !(await options.confirm(plan))) {
            return refuse(['the changes were not confirmed'], plan);
        }
        const executed = await executePlan({
            writer,
            plan,
            desired: fresh.desired,
            prune: fresh.settings.prune,
            allowDelete: options.allowDelete === true,
            defaultGrantsToRemove: (created, planned) => reconcileCreatedScheme(created, planned, fresh),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            onEvent: emit,
            ...options.pacing,
            abortGraceMs,
        });
        const entries = executed.entries;
        const failed = entries.filter((entry) => entry.result === 'failed').length;
        if (executed.interrupted) {
            return finish('interrupted', `Apply interrupted: ${failed > 0 ? 'some changes are in doubt; ' : ''}run apply again to finish (it re-reads Jira first)`, { entries, plan });
        }
        // Read everything back and plan again: only an empty plan proves Jira matches the files.
        emit({ type: 'phase', phase: 'check', message: 'Reading Jira back to check it matches the files' });
        let check;
        try {
            check = await planner(planInput, writer);
        }
        catch (error) {
            if (interrupted()) {
                return finish('interrupted', 'Apply interrupted while reading Jira back; run apply again to check', {
                    entries,
                    plan,
                });
            }
            return finish('failed', `Apply could not read Jira back to check the result: ${errorMessage(error)}`, {
                entries,
                plan,
            });
        }
        const expected = deletionsNotAllowed(entries, fresh.settings.prune && options.allowDelete === true);
        const remaining = (check.plan?.changes ?? []).filter((change) => !(change.action === 'delete-scheme' && change.schemeId !== null && expected.has(change.schemeId)));
        if (check.plan === undefined) {
            return finish('failed', 'Apply could not plan again to check the result', { entries, plan });
        }
        if (failed > 0 || remaining.length > 0) {
            const left = remaining.length > 0 ? `; ${remaining.length} change(s) still to make` : '';
            return finish('failed', `Apply failed: ${failed} change(s) failed${left}; run apply again once the cause is fixed`, { entries, remaining, plan });
        }
        const skippedDeletes = expected.size > 0 ? `, except ${expected.size} scheme deletion(s) that need --allow-delete` : '';
        return finish('converged', `Apply done: Jira matches the files${skippedDeletes}`, { entries, plan });
    }
    finally {
        options.signal?.removeEventListener('abort', onInterrupt);
        if (graceTimer !== undefined && !options.signal?.aborted)
            clearTimeout(graceTimer);
    }
}
/** One line per change still to make, for people (the check plan that was not empty). */
function remainingLines(remaining, limit = 50) {
    const lines = remaining.slice(0, limit).map((change) => `  ${describeChange(change)}`);
    if (remaining.length > limit)
        lines.push(`  ... and ${remaining.length - limit} more (run jira-perms plan to see them all)`);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/plan-view.ts





function groupBySchemes(plan) {
    const groups = new Map();
    for (const change of plan.changes) {
        const key = schemeIdentity(change);
        let group = groups.get(key);
        if (group === undefined) {
            group = { name: change.scheme, schemeId: change.schemeId, marker: '~', grantChanges: [] };
            if (change.file !== undefined)
                group.file = change.file;
            groups.set(key, group);
        }
        if (change.action === 'add-grant' || change.action === 'remove-grant') {
            group.grantChanges.push(change);
        }
        else {
            group.schemeChange = change;
            group.marker = change.action === 'create-scheme' ? '+' : change.action === 'delete-scheme' ? '-' : '~';
        }
    }
    for (const group of groups.values()) {
        group.grantChanges.sort(compareGrantChanges);
        const blast = plan.blastRadius.find((radius) => radius.schemeId === group.schemeId && (group.schemeId !== null || radius.scheme === group.name));
        if (blast !== undefined)
            group.blast = blast;
    }
    return [...groups.values()];
}
function compareGrantChanges(a, b) {
    const order = (change) => (change.action === 'remove-grant' ? 0 : 1);
    return (permissionOrder(a.permission ?? '', b.permission ?? '') ||
        order(a) - order(b) ||
        compareText(changeLabel(a), changeLabel(b)) ||
        compareText(a.holder === undefined ? '' : holderKey(a.holder), b.holder === undefined ? '' : holderKey(b.holder)));
}
function changeLabel(change) {
    if (change.label !== undefined && change.label !== '')
        return change.label;
    return change.holder === undefined ? '' : labels_holderLabel(change.holder);
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const NO_CHANGES = 'No changes. Jira matches the files.';
/**
 * The one-line summary the action exposes as its `summary` output and the text plan ends with, e.g.
 * `2 to add, 1 to remove, 0 schemes to create` (scheme updates and deletions are added when there are any).
 */
function plan_view_summaryLine(plan) {
    const { summary } = plan;
    const parts = [
        `${summary.add} to add`,
        `${summary.remove} to remove`,
        `${plural(summary.createSchemes, 'scheme')} to create`,
    ];
    if (summary.updateSchemes > 0)
        parts.push(`${plural(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${plural(summary.deleteSchemes, 'scheme')} to delete`);
    return parts.join(', ');
}
/** The verdict at the top of the Markdown plan, e.g. `2 to add, 1 to remove in 1 scheme, used by 14 projects`. */
function verdictLine(plan) {
    const { summary } = plan;
    if (plan.changes.length === 0)
        return NO_CHANGES;
    const parts = [`${summary.add} to add`, `${summary.remove} to remove`];
    if (summary.createSchemes > 0)
        parts.push(`${plural(summary.createSchemes, 'scheme')} to create`);
    if (summary.updateSchemes > 0)
        parts.push(`${plural(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${plural(summary.deleteSchemes, 'scheme')} to delete`);
    const projects = summary.projectsAffected === 0 ? 'no projects' : plural(summary.projectsAffected, 'project');
    return `${parts.join(', ')} in ${plural(summary.schemesChanged, 'scheme')}, used by ${projects}`;
}
/** Why the plan cannot be applied, or undefined when it can. */
function blockedLine(plan) {
    const errors = plan.findings.filter((finding) => finding.severity === 'error').length;
    const guardrails = plan.guardrails.filter((violation) => !violation.allowed).length;
    if (errors === 0 && guardrails === 0)
        return undefined;
    const reasons = [];
    if (guardrails > 0)
        reasons.push(plural(guardrails, 'guardrail'));
    if (errors > 0)
        reasons.push(plural(errors, 'error'));
    return `Blocked by ${reasons.join(' and ')}: this plan cannot be applied as it is.`;
}
function projectsPhrase(blast, isNew) {
    if (isNew)
        return 'new scheme, no projects use it yet';
    if (blast === undefined)
        return 'project usage not read';
    if (blast.projectCount === 0)
        return 'used by no projects';
    return `used by ${plural(blast.projectCount, 'project')}`;
}
/** Permission column width for one scheme's grant lines. */
function permissionWidth(changes) {
    return Math.max(0, ...changes.map((change) => (change.permission ?? '').length));
}

;// CONCATENATED MODULE: ./src/render/sanitize.ts
/**
 * User-controlled text (scheme names, descriptions, group names, labels) passes through here before any
 * renderer shows it: control characters could move a terminal's cursor or recolour it, and bidi
 * overrides could make a line read differently than it is. Each is shown as a visible `\uXXXX`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function safeText(text) {
    return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A double-quoted, sanitised string. */
function quote(text) {
    return `"${safeText(text).replace(/"/g, '\\"')}"`;
}

;// CONCATENATED MODULE: ./src/render/plan-text.ts



const COLOURS = {
    '+': '\u001b[32m',
    '-': '\u001b[31m',
    '~': '\u001b[33m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
};
const RESET = '\u001b[0m';
function renderPlanText(plan, options = {}) {
    const paint = (style, text) => options.color === true ? `${COLOURS[style]}${text}${RESET}` : text;
    const lines = [];
    for (const group of groupBySchemes(plan)) {
        lines.push(...schemeBlock(group, paint), '');
    }
    if (plan.guardrails.length > 0) {
        lines.push(paint('bold', 'Guardrails:'));
        for (const violation of plan.guardrails) {
            const status = violation.allowed ? 'allowed by settings' : 'FAILED';
            lines.push(`  ${violation.allowed ? '!' : paint('-', 'x')} ${violation.guardrail} (${status}): ${safeText(violation.message)}`);
            if (!violation.allowed) {
                lines.push(`      To allow it, list it in the settings file under guardrails.allow: {guardrail: ${violation.guardrail}, scheme: ${quote(violation.scheme)}}`);
            }
        }
        lines.push('');
    }
    if (plan.findings.length > 0) {
        lines.push(paint('bold', 'Problems:'));
        for (const finding of plan.findings) {
            lines.push(`  ${safeText(finding.file)}:${finding.line}:${finding.column}  ${finding.severity}  ${safeText(finding.message)}  ${finding.ruleId}`);
            if (finding.hint !== undefined)
                lines.push(`      ${safeText(finding.hint)}`);
        }
        lines.push('');
    }
    if (plan.kept.length > 0) {
        lines.push(paint('bold', 'Kept live grants this tool does not manage (left as they are):'));
        for (const grant of plan.kept) {
            const label = grantLabel(grant);
            lines.push(`  ${quote(grant.scheme)} (id ${grant.schemeId}): ${safeText(grant.permission)} ${safeText(label)} (grant ${grant.grantId}): ${safeText(grant.reason)}`);
        }
        lines.push('');
    }
    if (plan.unmanaged.length > 0) {
        lines.push(paint('bold', 'Live schemes with no file (left alone):'));
        for (const scheme of plan.unmanaged)
            lines.push(`  ${quote(scheme.name)} (id ${scheme.id})`);
        lines.push('');
    }
    if (plan.changes.length === 0) {
        lines.push(paint('bold', NO_CHANGES));
    }
    else {
        lines.push(`${paint('bold', 'Plan:')} ${plan_view_summaryLine(plan)}.`);
    }
    const blocked = blockedLine(plan);
    if (blocked !== undefined)
        lines.push(paint('-', blocked));
    return `${lines.join('\n')}\n`;
}
function schemeBlock(group, paint) {
    const id = group.schemeId === null ? 'new' : `id ${group.schemeId}`;
    const verb = group.marker === '+' ? 'created' : group.marker === '-' ? 'deleted' : 'changed';
    const usage = projectsPhrase(group.blast, group.schemeId === null);
    const keys = group.blast !== undefined && group.blast.sampleKeys.length > 0
        ? `: ${sampleList(group.blast.projectCount, group.blast.sampleKeys)}`
        : '';
    const lines = [
        `${paint(group.marker, group.marker)} ${paint('bold', `scheme ${quote(group.name)}`)} (${id}) will be ${verb}; ${usage}${keys}`,
    ];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined) {
            lines.push(`    ${paint('~', '~')} name: ${quote(change.from?.name ?? '')} -> ${quote(change.to.name)}`);
        }
        if (change.to?.description !== undefined) {
            lines.push(`    ${paint('~', '~')} description: ${quote(change.from?.description ?? '')} -> ${quote(change.to.description)}`);
        }
    }
    if (change?.action === 'create-scheme' &&
        change.to?.description !== undefined &&
        change.to.description !== '') {
        lines.push(`    ${paint('+', '+')} description: ${quote(change.to.description)}`);
    }
    const width = permissionWidth(group.grantChanges);
    for (const grant of group.grantChanges)
        lines.push(`    ${grantLine(grant, width, paint)}`);
    return lines;
}
function grantLine(change, width, paint) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return paint(marker, `${marker} ${safeText(change.permission ?? '').padEnd(width)}  ${safeText(changeLabel(change))}`);
}
function sampleList(count, keys) {
    const more = count - keys.length;
    return `${keys.map((key) => safeText(key)).join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/apply.ts








const HELP = `jira-perms apply: make Jira's permission schemes match the scheme files

Usage: jira-perms apply [--path DIR] [--settings FILE] [--plan plan.json] [--allow-delete]
                        [--yes] [--out journal.json] [--no-color]

Reads the files and live Jira, plans afresh, shows the plan, asks for confirmation, then changes Jira
in an order that never leaves a scheme half-open:

  1. update scheme names and descriptions, create new schemes (with their grants, in one request)
  2. add grants
  3. read every changed scheme back: did every add land?  If any add failed, nothing is removed.
  4. remove grants (per grant; a scheme's grant list is never replaced wholesale)
  5. delete schemes (only with prune: true in the settings file AND --allow-delete; never a scheme
     that projects use, checked again right before deleting)
  6. read everything back and plan again: apply succeeds only if that plan is empty

A write whose outcome is unknown (timeout, dropped connection, 5xx) is never blindly sent again: the
scheme is re-read and the write repeated only if it did not happen. Running apply again after a
failure or an interrupt finishes the job; it changes nothing that is already right.

Options:
  --path DIR        scheme folder (default: "schemes" in the settings file, else jira-permissions/)
  --settings FILE   settings file (default: .jira-permissions.yml)
  --plan FILE       the reviewed plan (from 'jira-perms plan --out FILE'). Apply still plans afresh,
                    and refuses, saying what moved, if the fresh plan or the live grants of the
                    schemes it touches differ from the reviewed plan, or the files changed.
  --allow-delete    allow deleting whole schemes that have no file (needs prune: true as well).
                    Removing a grant the file no longer lists needs no switch.
  -y, --yes         apply without asking. Without it, apply asks on a terminal and refuses when
                    nobody can answer (stdin or stdout not a terminal, e.g. in CI).
  --out FILE        write the journal (every change with its result) to FILE as JSON
  --no-color        no colours (colours are only used on a terminal; NO_COLOR is honoured)
  -h, --help        this text

Guardrails are checked again on the fresh plan (lockout, public-exposure, mass-removal; see
'jira-perms plan --help'): one the settings file does not allow stops apply before any write.

Interrupts: on Ctrl-C (SIGINT) or SIGTERM no new write starts; the write in flight gets 2 s to answer;
the journal is printed (and written with --out); apply exits 1. A second Ctrl-C exits at once.

Access the token needs: the Administer Jira global permission (API token), or for OAuth 2.0 / TWG CLI
tokens the Read, Write and manage, and Delete categories (read:jira-work, write:permission-scheme:jira,
write:permission:jira, delete:permission:jira, and delete:permission-scheme:jira for --allow-delete;
or the classic manage:jira-configuration). Without delete access, grant removals fail with a 403
that says so.

Exit codes:
  0  Jira matches the files (or nothing to do)
  1  refused (invalid files, guardrail, stale plan, not confirmed), a change failed, the read-back plan
     is not empty, or interrupted

Connection, from the environment: JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN,
JIRA_API_VERSION (3 = Cloud, default; 2 = Data Center). See 'jira-perms --help'.
`;
/** Parses the apply command's options; returns an error message for anything it does not know. */
function parseApplyArgs(argv) {
    const args = { allowDelete: false, yes: false, noColor: false };
    for (let index = 0; index < argv.length; index++) {
        const raw = argv[index] ?? '';
        const equals = raw.startsWith('--') ? raw.indexOf('=') : -1;
        const name = equals === -1 ? raw : raw.slice(0, equals);
        const inline = equals === -1 ? undefined : raw.slice(equals + 1);
        switch (name) {
            case '--path':
            case '--settings':
            case '--plan':
            case '--out': {
                let given = inline;
                if (given === undefined) {
                    const next = argv[index + 1];
                    if (next !== undefined && !next.startsWith('--')) {
                        given = next;
                        index++;
                    }
                }
                if (given === undefined || given === '')
                    return { error: `${name} needs a value` };
                if (name === '--path')
                    args.path = given;
                else if (name === '--settings')
                    args.settingsPath = given;
                else if (name === '--plan')
                    args.planFile = given;
                else
                    args.out = given;
                break;
            }
            case '--allow-delete':
            case '--yes':
            case '-y':
            case '--no-color':
                if (inline !== undefined)
                    return { error: `${name} takes no value` };
                if (name === '--allow-delete')
                    args.allowDelete = true;
                else if (name === '--no-color')
                    args.noColor = true;
                else
                    args.yes = true;
                break;
            default:
                return { error: `unknown option "${raw}"` };
        }
    }
    return args;
}
/** The terminal prompt: the one place apply reads stdin (CliContext has no stdin on purpose). */
const terminalPrompt = (question, signal) => new Promise((resolveAnswer) => {
    const readline = (0,external_node_readline_namespaceObject.createInterface)({ input: process.stdin, output: process.stderr, terminal: true });
    const done = (answer) => {
        signal.removeEventListener('abort', onAbort);
        readline.close();
        resolveAnswer(answer);
    };
    const onAbort = () => {
        done(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    readline.on('close', () => {
        resolveAnswer(undefined);
    });
    readline.question(question, done);
});
function formatFinding(finding) {
    return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${finding.message}\n`;
}
function printer(stdout, stderr, color) {
    return (event) => {
        switch (event.type) {
            case 'planned':
                stdout.write(renderPlanText(event.plan, { color }));
                break;
            case 'refused':
                stderr.write('Apply refused; nothing was written:\n');
                for (const reason of event.reasons)
                    stderr.write(`  - ${reason}\n`);
                break;
            case 'phase':
                stdout.write(`\n${event.message}...\n`);
                break;
            case 'entry':
                stdout.write(`${progressLine(event.entry, event.position, event.total)}\n`);
                break;
            case 'note':
                stdout.write(`  note: ${event.message}\n`);
                break;
        }
    };
}
function createApplyCommand(dependencies = {}) {
    const promptFor = dependencies.prompt ??
        ((context) => context.isTTY && process.stdin.isTTY ? terminalPrompt : undefined);
    return {
        name: 'apply',
        summary: 'make Jira match the scheme files (plans afresh, asks, applies safely, verifies)',
        help: HELP,
        run: async (context) => {
            const stdout = redactingWriter(context.stdout);
            const stderr = redactingWriter(context.stderr);
            const args = parseApplyArgs(context.argv);
            if ('error' in args) {
                stderr.write(`jira-perms apply: ${args.error}\nRun 'jira-perms apply --help' for the options.\n`);
                return 1;
            }
            const color = context.isTTY && !args.noColor && (context.env.NO_COLOR ?? '') === '';
            const prompt = promptFor(context);
            const confirm = async (_plan) => {
                if (prompt === undefined) {
                    stderr.write('jira-perms apply: not applying: there is no terminal to confirm on. Review the plan above, then ' +
                        'run again with --yes (the action always passes it).\n');
                    return false;
                }
                const answer = await prompt("\nApply these changes to Jira? Only 'yes' is accepted to approve.\n  Enter a value: ", context.signal);
                if (answer?.trim() === 'yes')
                    return true;
                stderr.write('Apply cancelled: nothing was written.\n');
                return false;
            };
            const result = await runApply({
                cwd: context.cwd,
                env: context.env,
                ...(args.path === undefined ? {} : { path: args.path }),
                ...(args.settingsPath === undefined ? {} : { settingsPath: args.settingsPath }),
                ...(args.planFile === undefined ? {} : { planFile: args.planFile }),
                allowDelete: args.allowDelete,
                ...(args.yes ? {} : { confirm }),
                signal: context.signal,
                onEvent: printer(stdout, stderr, color),
            });
            for (const finding of result.findings) {
                if (finding.severity === 'warning')
                    stderr.write(formatFinding(finding));
            }
            const journal = result.journal;
            if (journal.remaining.length > 0) {
                stderr.write('Still different in Jira after apply:\n');
                stderr.write(`${remainingLines(journal.remaining).join('\n')}\n`);
            }
            const closing = `${summaryLine(journal)}\n`;
            if (result.exitCode === 0)
                stdout.write(`\n${closing}`);
            else
                stderr.write(`\n${closing}`);
            if (args.out !== undefined) {
                const target = (0,external_node_path_namespaceObject.resolve)(context.cwd, args.out);
                try {
                    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
                    (0,external_node_fs_namespaceObject.writeFileSync)(target, redact(journalToJson(journal)));
                    stderr.write(`Journal written to ${args.out}\n`);
                }
                catch (error) {
                    stderr.write(`jira-perms apply: could not write the journal to ${args.out}: ${errorMessage(error)}\n`);
                    return 1;
                }
            }
            return result.exitCode;
        },
    };
}
const applyCommand = createApplyCommand();

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/sim/seeds/catalogue.ts
/**
 * The permission catalogue a Cloud site answers on `/permissions`: the project permissions of Jira's
 * permission-scheme reference, a few global permissions (which permission schemes cannot grant), and
 * keys that installed apps define (`<app key>__<permission key>`).
 */
const PROJECT_PERMISSIONS = [
    ['ADMINISTER_PROJECTS', 'Administer Projects', 'Ability to administer a project in Jira.'],
    ['EDIT_WORKFLOW', 'Edit Workflows', 'Ability to edit a workflow.'],
    ['EDIT_ISSUE_LAYOUT', 'Edit Issue Layout', 'Ability to edit the issue layout.'],
    ['BROWSE_PROJECTS', 'Browse Projects', 'Ability to browse projects and the issues within them.'],
    ['MANAGE_SPRINTS_PERMISSION', 'Manage sprints', 'Ability to manage sprints.'],
    ['SERVICEDESK_AGENT', 'Service Project Agent', 'Allows users to interact with customers.'],
    ['VIEW_DEV_TOOLS', 'View Development Tools', 'Allows users to view development-related information.'],
    ['VIEW_READONLY_WORKFLOW', 'View Read-Only Workflow', 'Users can view a read-only workflow.'],
    ['ASSIGNABLE_USER', 'Assignable User', 'Users with this permission may be assigned to issues.'],
    ['ASSIGN_ISSUES', 'Assign Issues', 'Ability to assign issues to other people.'],
    ['CLOSE_ISSUES', 'Close Issues', 'Ability to close issues.'],
    ['CREATE_ISSUES', 'Create Issues', 'Ability to create issues.'],
    ['DELETE_ISSUES', 'Delete Issues', 'Ability to delete issues.'],
    ['EDIT_ISSUES', 'Edit Issues', 'Ability to edit issues.'],
    ['LINK_ISSUES', 'Link Issues', 'Ability to link issues together.'],
    ['MODIFY_REPORTER', 'Modify Reporter', 'Ability to modify the reporter when creating or editing an issue.'],
    ['MOVE_ISSUES', 'Move Issues', 'Ability to move issues between projects or between workflows.'],
    ['RESOLVE_ISSUES', 'Resolve Issues', 'Ability to resolve and reopen issues.'],
    ['SCHEDULE_ISSUES', 'Schedule Issues', 'Ability to view or edit an issue due date.'],
    ['SET_ISSUE_SECURITY', 'Set Issue Security', 'Ability to set the level of security on an issue.'],
    ['TRANSITION_ISSUES', 'Transition Issues', 'Ability to transition issues.'],
    ['MANAGE_WATCHERS', 'Manage Watchers', 'Ability to manage the watchers of an issue.'],
    ['VIEW_VOTERS_AND_WATCHERS', 'View Voters and Watchers', 'Ability to view the voters and watchers.'],
    ['ADD_COMMENTS', 'Add Comments', 'Ability to comment on issues.'],
    ['DELETE_ALL_COMMENTS', 'Delete All Comments', 'Ability to delete all comments made on issues.'],
    ['DELETE_OWN_COMMENTS', 'Delete Own Comments', 'Ability to delete own comments made on issues.'],
    ['EDIT_ALL_COMMENTS', 'Edit All Comments', 'Ability to edit all comments made on issues.'],
    ['EDIT_OWN_COMMENTS', 'Edit Own Comments', 'Ability to edit own comments made on issues.'],
    ['CREATE_ATTACHMENTS', 'Create Attachments', 'Users with this permission may create attachments.'],
    ['DELETE_ALL_ATTACHMENTS', 'Delete All Attachments', 'Users may delete all attachments.'],
    ['DELETE_OWN_ATTACHMENTS', 'Delete Own Attachments', 'Users may delete attachments they added.'],
    ['DELETE_ALL_WORKLOGS', 'Delete All Worklogs', 'Ability to delete all worklogs made on issues.'],
    ['DELETE_OWN_WORKLOGS', 'Delete Own Worklogs', 'Ability to delete own worklogs made on issues.'],
    ['EDIT_ALL_WORKLOGS', 'Edit All Worklogs', 'Ability to edit all worklogs made on issues.'],
    ['EDIT_OWN_WORKLOGS', 'Edit Own Worklogs', 'Ability to edit own worklogs made on issues.'],
    ['WORK_ON_ISSUES', 'Work On Issues', 'Ability to log work done against an issue.'],
];
const GLOBAL_PERMISSIONS = [
    ['ADMINISTER', 'Administer Jira', 'Create and administer projects, issue types, fields and schemes.'],
    ['SYSTEM_ADMIN', 'Jira System Administrators', 'Ability to perform all administration functions.'],
    ['USER_PICKER', 'Browse users and groups', 'Ability to select a user or group from a popup window.'],
    ['CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'Ability to share dashboards and filters.'],
    ['BULK_CHANGE', 'Make bulk changes', 'Ability to modify a collection of issues at once.'],
];
/** App-defined project permissions (Connect/Forge apps name them `<app>__<key>`). */
const APP_PERMISSIONS = [
    [
        'com.example.approvals__approve-requests',
        'Approve requests',
        'Defined by the Example Approvals app: approve change requests.',
    ],
    [
        'com.example.timesheets__log-work-for-others',
        'Log work for others',
        'Defined by the Example Timesheets app: log time on behalf of other users.',
    ],
    [
        'com.example.timesheets__view-all-worklogs',
        'View all worklogs',
        'Defined by the Example Timesheets app: see every worklog in the project.',
    ],
];
function defaultCatalogue() {
    return [
        ...GLOBAL_PERMISSIONS.map(([key, name, description]) => ({
            key,
            name,
            description,
            type: 'GLOBAL',
        })),
        ...[...PROJECT_PERMISSIONS, ...APP_PERMISSIONS].map(([key, name, description]) => ({
            key,
            name,
            description,
            type: 'PROJECT',
        })),
    ];
}
const PROJECT_PERMISSION_KEYS = PROJECT_PERMISSIONS.map(([key]) => key);

;// CONCATENATED MODULE: ./src/sim/seeds/default.ts

/**
 * The default seed: what a new Jira Cloud site with Jira Software and Jira Service Management looks like
 * a few weeks in. Ids follow Cloud's habits: the default permission scheme is 0, later schemes and
 * grants count up from 10000, groups have UUIDs, accountIds are opaque strings.
 */
const GROUP_IDS = {
    administrators: '4c1f4d2a-0b7e-4f0a-9d56-8a1f0e3c2b71',
    siteAdmins: '9a0b6d3e-51c4-4e0f-8b2a-7d9e1c5f3a60',
    softwareUsers: '276f955c-63d7-42c8-9520-92d01dca0625',
    serviceManagementUsers: '6e87dc72-4f1f-421f-9382-2fee8b652487',
    customers: 'b3e5c7a9-2d4f-4a6b-8c0e-1f3a5b7d9e21',
    releaseManagers: 'd2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f',
};
const ROLE_IDS = {
    users: 10000,
    developers: 10001,
    administrators: 10002,
    addons: 10003,
    serviceDeskTeam: 10004,
    serviceDeskCustomers: 10005,
};
const ACCOUNT_IDS = {
    admin: '712020:5f2b8a3c-1d4e-4f6a-9b7c-0e1d2f3a4b5c',
    developer: '5b10ac8d82e05b22cc7d4ef5',
    agent: '5b10a2844c20165700ede21g',
    reader: '61a4e2f0b1c2d3e4f5a6b7c8',
    automation: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
};
const role = (id) => ({ type: 'projectRole', ref: String(id) });
const group = (id) => ({ type: 'group', ref: id });
const bare = (type) => ({ type });
const appRole = (key) => key === undefined ? { type: 'applicationRole' } : { type: 'applicationRole', ref: key };
/** Turns a permission → holders table into grants, numbering from `firstId`; every scheme gets the add-ons role. */
function grants(table, firstId) {
    const out = [];
    let id = firstId;
    for (const [permission, holders] of table) {
        for (const holder of [...holders, role(ROLE_IDS.addons)]) {
            out.push({ id: id++, permission, holder });
        }
    }
    return out;
}
const ADMINS = role(ROLE_IDS.administrators);
const DEVS = role(ROLE_IDS.developers);
const ANY_USER = appRole();
/** The Default Permission Scheme: "any logged-in user" for most things, project admins for admin. */
const DEFAULT_TABLE = [
    ['ADMINISTER_PROJECTS', [ADMINS, group(GROUP_IDS.administrators)]],
    ['BROWSE_PROJECTS', [ANY_USER]],
    ['EDIT_WORKFLOW', [ADMINS]],
    ['EDIT_ISSUE_LAYOUT', [ADMINS]],
    ['VIEW_READONLY_WORKFLOW', [ANY_USER]],
    ['VIEW_DEV_TOOLS', [ANY_USER]],
    ['MANAGE_SPRINTS_PERMISSION', [ANY_USER]],
    ['CREATE_ISSUES', [ANY_USER]],
    ['EDIT_ISSUES', [ANY_USER]],
    ['TRANSITION_ISSUES', [ANY_USER]],
    ['SCHEDULE_ISSUES', [ANY_USER]],
    ['MOVE_ISSUES', [ANY_USER]],
    ['ASSIGN_ISSUES', [ANY_USER]],
    ['ASSIGNABLE_USER', [ANY_USER]],
    ['RESOLVE_ISSUES', [ANY_USER]],
    ['CLOSE_ISSUES', [ANY_USER]],
    ['MODIFY_REPORTER', [ADMINS]],
    ['DELETE_ISSUES', [ADMINS]],
    ['LINK_ISSUES', [ANY_USER]],
    ['SET_ISSUE_SECURITY', [ADMINS]],
    ['VIEW_VOTERS_AND_WATCHERS', [ANY_USER]],
    ['MANAGE_WATCHERS', [ADMINS]],
    ['ADD_COMMENTS', [ANY_USER]],
    ['EDIT_ALL_COMMENTS', [ADMINS]],
    ['EDIT_OWN_COMMENTS', [ANY_USER]],
    ['DELETE_ALL_COMMENTS', [ADMINS]],
    ['DELETE_OWN_COMMENTS', [ANY_USER]],
    ['CREATE_ATTACHMENTS', [ANY_USER]],
    ['DELETE_ALL_ATTACHMENTS', [ADMINS]],
    ['DELETE_OWN_ATTACHMENTS', [ANY_USER]],
    ['WORK_ON_ISSUES', [ANY_USER]],
    ['EDIT_OWN_WORKLOGS', [ANY_USER]],
    ['EDIT_ALL_WORKLOGS', [ADMINS]],
    ['DELETE_OWN_WORKLOGS', [ANY_USER]],
    ['DELETE_ALL_WORKLOGS', [ADMINS]],
];
/** A software team's scheme: roles instead of "anyone logged in", a group, a user and picker fields. */
const SOFTWARE_TABLE = [
    ['ADMINISTER_PROJECTS', [ADMINS]],
    ['BROWSE_PROJECTS', [DEVS, role(ROLE_IDS.users), group(GROUP_IDS.softwareUsers), appRole('jira-software')]],
    ['VIEW_DEV_TOOLS', [DEVS]],
    ['MANAGE_SPRINTS_PERMISSION', [DEVS, group(GROUP_IDS.releaseManagers)]],
    ['VIEW_READONLY_WORKFLOW', [DEVS]],
    ['CREATE_ISSUES', [DEVS, role(ROLE_IDS.users)]],
    ['EDIT_ISSUES', [DEVS]],
    ['TRANSITION_ISSUES', [DEVS]],
    ['ASSIGN_ISSUES', [DEVS]],
    ['ASSIGNABLE_USER', [DEVS, bare('assignee')]],
    ['RESOLVE_ISSUES', [DEVS]],
    ['CLOSE_ISSUES', [DEVS]],
    ['DELETE_ISSUES', [ADMINS, bare('projectLead')]],
    ['LINK_ISSUES', [DEVS]],
    ['ADD_COMMENTS', [DEVS, bare('reporter'), { type: 'user', ref: ACCOUNT_IDS.reader }]],
    ['EDIT_OWN_COMMENTS', [DEVS]],
    ['DELETE_OWN_COMMENTS', [DEVS]],
    ['CREATE_ATTACHMENTS', [DEVS]],
    ['DELETE_OWN_ATTACHMENTS', [DEVS]],
    ['WORK_ON_ISSUES', [DEVS]],
    ['EDIT_ISSUE_LAYOUT', [ADMINS]],
    ['EDIT_WORKFLOW', [ADMINS]],
    ['VIEW_VOTERS_AND_WATCHERS', [DEVS, { type: 'userCustomField', ref: 'customfield_10020' }]],
    ['MANAGE_WATCHERS', [{ type: 'groupCustomField', ref: 'customfield_10030' }]],
    ['com.example.timesheets__log-work-for-others', [ADMINS]],
];
/** Jira Service Management: agents via the team role and product group, customers via the portal. */
const SERVICE_TABLE = [
    ['ADMINISTER_PROJECTS', [ADMINS]],
    [
        'BROWSE_PROJECTS',
        [role(ROLE_IDS.serviceDeskTeam), role(ROLE_IDS.serviceDeskCustomers), bare('sd.customer.portal.only')],
    ],
    ['SERVICEDESK_AGENT', [role(ROLE_IDS.serviceDeskTeam), group(GROUP_IDS.serviceManagementUsers)]],
    ['CREATE_ISSUES', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
    ['EDIT_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
    ['TRANSITION_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
    ['ASSIGN_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
    ['ASSIGNABLE_USER', [role(ROLE_IDS.serviceDeskTeam)]],
    ['RESOLVE_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
    ['CLOSE_ISSUES', [role(ROLE_IDS.serviceDeskTeam)]],
    ['ADD_COMMENTS', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
    ['CREATE_ATTACHMENTS', [role(ROLE_IDS.serviceDeskTeam), bare('sd.customer.portal.only')]],
    ['VIEW_READONLY_WORKFLOW', [role(ROLE_IDS.serviceDeskTeam)]],
    ['com.example.approvals__approve-requests', [role(ROLE_IDS.serviceDeskTeam)]],
];
function schemes() {
    const defaultGrants = grants(DEFAULT_TABLE, 10000);
    const softwareGrants = grants(SOFTWARE_TABLE, 10200);
    const serviceGrants = grants(SERVICE_TABLE, 10400);
    return [
        {
            id: 0,
            name: 'Default Permission Scheme',
            description: 'This is the default Permission Scheme. Any new projects that are created will be assigned this scheme.',
            grants: defaultGrants,
        },
        {
            id: 10000,
            name: 'Software Development',
            description: 'Permission scheme for software teams.',
            grants: softwareGrants,
        },
        {
            id: 10001,
            name: 'Jira Service Management Permission Scheme for IT Help',
            description: 'This Jira Service Management permission scheme was generated for project IT Help.',
            grants: serviceGrants,
        },
        {
            id: 10002,
            name: 'Archived Projects (unused)',
            description: 'Read-only access for archived work. No project uses it yet.',
            grants: grants([['BROWSE_PROJECTS', [ADMINS]]], 10600),
        },
    ];
}
/** A fresh copy of the default site (callers may mutate it). */
function defaultSeed() {
    return {
        defaultSchemeId: 0,
        schemes: schemes(),
        groups: [
            { name: 'jira-administrators', groupId: GROUP_IDS.administrators },
            { name: 'site-admins', groupId: GROUP_IDS.siteAdmins },
            { name: 'jira-software-users', groupId: GROUP_IDS.softwareUsers },
            { name: 'jira-servicemanagement-users', groupId: GROUP_IDS.serviceManagementUsers },
            { name: 'jira-servicemanagement-customers-itsupport', groupId: GROUP_IDS.customers },
            { name: 'release-managers', groupId: GROUP_IDS.releaseManagers },
        ],
        roles: [
            { id: ROLE_IDS.users, name: 'Users', description: 'A project role that represents users in a project' },
            {
                id: ROLE_IDS.developers,
                name: 'Developers',
                description: 'A project role that represents developers in a project',
            },
            {
                id: ROLE_IDS.administrators,
                name: 'Administrators',
                description: 'A project role that represents administrators in a project',
            },
            {
                id: ROLE_IDS.addons,
                name: 'atlassian-addons-project-access',
                description: 'A project role that represents Connect add-ons declaring a scope that requires more than read issue permissions',
            },
            {
                id: ROLE_IDS.serviceDeskTeam,
                name: 'Service Desk Team',
                description: 'Members of the service project team (agents).',
            },
            {
                id: ROLE_IDS.serviceDeskCustomers,
                name: 'Service Desk Customers',
                description: 'Customers of the service project.',
            },
        ],
        users: [
            {
                accountId: ACCOUNT_IDS.admin,
                displayName: 'Alex Admin',
                emailAddress: 'admin@example.com',
                active: true,
                accountType: 'atlassian',
                groups: ['jira-administrators', 'site-admins', 'jira-software-users', 'jira-servicemanagement-users'],
                applicationRoles: ['jira-software', 'jira-servicedesk'],
                name: 'admin',
                key: 'JIRAUSER10000',
                timeZone: 'Europe/London',
            },
            {
                accountId: ACCOUNT_IDS.developer,
                displayName: 'Dana Developer',
                emailAddress: 'dev@example.com',
                active: true,
                accountType: 'atlassian',
                groups: ['jira-software-users', 'release-managers'],
                applicationRoles: ['jira-software'],
                name: 'dana',
                key: 'JIRAUSER10100',
                timeZone: 'Europe/Berlin',
            },
            {
                accountId: ACCOUNT_IDS.agent,
                displayName: 'Mia Agent',
                emailAddress: 'agent@example.com',
                active: true,
                accountType: 'atlassian',
                groups: ['jira-servicemanagement-users'],
                applicationRoles: ['jira-servicedesk'],
                name: 'mia',
                key: 'JIRAUSER10101',
                timeZone: 'Australia/Sydney',
            },
            {
                accountId: ACCOUNT_IDS.reader,
                displayName: 'Riley Reader',
                emailAddress: 'reader@example.com',
                active: true,
                accountType: 'atlassian',
                groups: ['jira-software-users'],
                applicationRoles: ['jira-software'],
                name: 'riley',
                key: 'JIRAUSER10102',
                timeZone: 'America/New_York',
            },
            {
                accountId: ACCOUNT_IDS.automation,
                displayName: 'Automation for Jira',
                emailAddress: '',
                active: true,
                accountType: 'app',
                groups: [],
                applicationRoles: [],
                timeZone: 'UTC',
            },
        ],
        fields: [
            { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
            { id: 'assignee', name: 'Assignee', custom: false, schema: { type: 'user', system: 'assignee' } },
            { id: 'reporter', name: 'Reporter', custom: false, schema: { type: 'user', system: 'reporter' } },
            {
                id: 'customfield_10020',
                name: 'Team Lead',
                custom: true,
                schema: {
                    type: 'user',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker',
                    customId: 10020,
                },
            },
            {
                id: 'customfield_10021',
                name: 'Approvers',
                custom: true,
                schema: {
                    type: 'array',
                    items: 'user',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
                    customId: 10021,
                },
            },
            {
                id: 'customfield_10030',
                name: 'Owning Team Group',
                custom: true,
                schema: {
                    type: 'group',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:grouppicker',
                    customId: 10030,
                },
            },
            {
                id: 'customfield_10031',
                name: 'Watcher Groups',
                custom: true,
                schema: {
                    type: 'array',
                    items: 'group',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker',
                    customId: 10031,
                },
            },
            {
                id: 'customfield_10016',
                name: 'Story point estimate',
                custom: true,
                schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
            },
        ],
        applicationRoles: [
            {
                key: 'jira-software',
                name: 'Jira Software',
                groups: ['jira-software-users', 'jira-administrators'],
                defaultGroups: ['jira-software-users'],
                numberOfSeats: 10,
                platform: false,
            },
            {
                key: 'jira-servicedesk',
                name: 'Jira Service Management',
                groups: ['jira-servicemanagement-users', 'jira-administrators'],
                defaultGroups: ['jira-servicemanagement-users'],
                numberOfSeats: 3,
                platform: false,
            },
        ],
        projects: [
            { id: '10000', key: 'SOFT', name: 'Software', projectTypeKey: 'software', permissionSchemeId: 10000 },
            { id: '10001', key: 'MOB', name: 'Mobile App', projectTypeKey: 'software', permissionSchemeId: 10000 },
            {
                id: '10002',
                key: 'HELP',
                name: 'IT Help',
                projectTypeKey: 'service_desk',
                permissionSchemeId: 10001,
            },
            { id: '10003', key: 'MKT', name: 'Marketing', projectTypeKey: 'business', permissionSchemeId: 0 },
        ],
        permissions: defaultCatalogue(),
    };
}

;// CONCATENATED MODULE: ./src/sim/auth.ts

/**
 * Credentials and what each may do. Basic auth is `email:apiToken`; bearer tokens stand for Data Center
 * personal access tokens or OAuth 2.0 access tokens. Each credential acts as a user and carries the
 * access categories (read / write / delete) of Atlassian's TWG CLI model, enforced here server-side.
 */
const DEFAULT_CLOUD_ID = '3f1c9a2e-7b4d-4e8f-a6c5-1d2e3f4a5b6c';
const ALL = ['read', 'write', 'delete'];
function defaultCredentials() {
    return [
        {
            label: 'admin (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-admin-token',
            admin: true,
            categories: ALL,
        },
        {
            label: 'admin (bearer)',
            accountId: ACCOUNT_IDS.admin,
            bearerToken: 'sim-bearer-admin-token',
            admin: true,
            categories: ALL,
        },
        {
            label: 'non-admin (basic)',
            accountId: ACCOUNT_IDS.developer,
            email: 'dev@example.com',
            apiToken: 'sim-nonadmin-token',
            admin: false,
            categories: ALL,
        },
        {
            label: 'read-only (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-readonly-token',
            admin: true,
            categories: ['read'],
        },
        {
            label: 'no-delete (basic)',
            accountId: ACCOUNT_IDS.admin,
            email: 'admin@example.com',
            apiToken: 'sim-nodelete-token',
            admin: true,
            categories: ['read', 'write'],
        },
        {
            label: 'scoped OAuth (bearer)',
            accountId: ACCOUNT_IDS.admin,
            bearerToken: 'sim-scoped-oauth-token',
            admin: true,
            categories: ALL,
            scoped: true,
        },
    ];
}
/** The example credentials of the default set, in the shape tests and the CLI print. */
function exampleCredentials(cloudId) {
    return {
        admin: { email: 'admin@example.com', apiToken: 'sim-admin-token' },
        bearer: { token: 'sim-bearer-admin-token' },
        nonAdmin: { email: 'dev@example.com', apiToken: 'sim-nonadmin-token' },
        readOnly: { email: 'admin@example.com', apiToken: 'sim-readonly-token' },
        noDelete: { email: 'admin@example.com', apiToken: 'sim-nodelete-token' },
        scoped: { token: 'sim-scoped-oauth-token', cloudId },
    };
}
function authenticate(header, credentials) {
    if (header === undefined || header.trim() === '')
        return { kind: 'missing' };
    const [scheme = '', ...rest] = header.trim().split(/\s+/);
    const token = rest.join(' ');
    if (scheme.toLowerCase() === 'basic') {
        let decoded;
        try {
            decoded = Buffer.from(token, 'base64').toString('utf8');
        }
        catch {
            return { kind: 'unknown', scheme: 'basic' };
        }
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return { kind: 'unknown', scheme: 'basic' };
        const email = decoded.slice(0, colon);
        const secret = decoded.slice(colon + 1);
        const found = credentials.find((credential) => credential.email !== undefined &&
            credential.email.toLowerCase() === email.toLowerCase() &&
            credential.apiToken === secret);
        return found === undefined ? { kind: 'unknown', scheme: 'basic' } : { kind: 'ok', credential: found };
    }
    if (scheme.toLowerCase() === 'bearer') {
        const found = credentials.find((credential) => credential.bearerToken === token);
        return found === undefined ? { kind: 'unknown', scheme: 'bearer' } : { kind: 'ok', credential: found };
    }
    return { kind: 'unknown', scheme: scheme.toLowerCase() };
}
function categoryOf(method) {
    if (method === 'DELETE')
        return 'delete';
    if (method === 'GET' || method === 'HEAD')
        return 'read';
    return 'write';
}

;// CONCATENATED MODULE: ./src/sim/errors.ts
function errorResponse(status, messages, errors = {}, headers) {
    const body = { errorMessages: messages, errors };
    return headers === undefined ? { status, body } : { status, body, headers };
}
/**
 * Every error sentence the simulator says, in two wordings. `jira` follows how Jira phrases them;
 * `terse` says the same thing differently, so tests prove the product keys on status codes and fields,
 * not on exact English.
 */
const MESSAGES = {
    schemeNotFound: (w, id) => w === 'jira' ? `Permission scheme with id ${id} not found.` : `No such permission scheme: ${id}`,
    grantNotFound: (w, id) => w === 'jira' ? `Permission grant with id ${id} not found.` : `No such permission grant: ${id}`,
    grantNotFoundForDelete: (w, id) => w === 'jira'
        ? `Permission grant with id ${id} does not exist in the permission scheme.`
        : `Grant ${id} is not in this scheme`,
    duplicateGrant: (w) => w === 'jira'
        ? 'The permission grant you are trying to create already exists in this permission scheme.'
        : 'Duplicate permission grant',
    unknownPermission: (w, key) => w === 'jira' ? `Permission with key '${key}' does not exist.` : `Invalid permission key: ${key}`,
    globalPermission: (w, key) => w === 'jira'
        ? `Permission '${key}' is a global permission and cannot be granted in a permission scheme.`
        : `Not a project permission: ${key}`,
    missingPermission: (w) => w === 'jira' ? 'The permission to grant must be provided.' : 'permission is required',
    missingHolder: (w) => w === 'jira' ? 'The permission holder must be provided.' : 'holder is required',
    unknownHolderType: (w, type) => w === 'jira' ? `Holder type '${type}' is not supported.` : `Invalid holder type: ${type}`,
    missingHolderParameter: (w, type) => w === 'jira'
        ? `A parameter is required for the permission holder type '${type}'.`
        : `Holder ${type} needs a parameter`,
    groupNotFound: (w, ref) => w === 'jira' ? `Group with name or id '${ref}' does not exist.` : `Unknown group: ${ref}`,
    roleNotFound: (w, ref) => w === 'jira' ? `Project role with id '${ref}' does not exist.` : `Unknown project role: ${ref}`,
    userNotFound: (w, ref) => w === 'jira' ? `User with accountId '${ref}' does not exist.` : `Unknown user: ${ref}`,
    fieldNotFound: (w, ref) => w === 'jira' ? `Custom field with id '${ref}' does not exist.` : `Unknown custom field: ${ref}`,
    fieldWrongType: (w, ref, want) => w === 'jira'
        ? `Custom field '${ref}' is not a ${want} picker field.`
        : `Field ${ref} cannot hold ${want}s`,
    applicationRoleNotFound: (w, ref) => w === 'jira' ? `Application role with key '${ref}' does not exist.` : `Unknown application: ${ref}`,
    schemeNameMissing: (w) => w === 'jira' ? 'The name of the permission scheme must not be empty.' : 'name is required',
    schemeNameTaken: (w, name) => w === 'jira'
        ? `A permission scheme with the name '${name}' already exists.`
        : `Name already in use: ${name}`,
    schemeInUse: (w, name, projects) => w === 'jira'
        ? `Cannot delete permission scheme '${name}' because it is used by ${projects.length} project(s): ${projects.join(', ')}.`
        : `Scheme in use by ${projects.join(', ')}`,
    defaultSchemeDelete: (w) => w === 'jira' ? 'The default permission scheme cannot be deleted.' : 'Cannot delete default scheme',
    projectNotFound: (w, ref) => w === 'jira' ? `No project could be found with key '${ref}'.` : `No such project: ${ref}`,
    badJson: (w, detail) => w === 'jira' ? `Unexpected character in request body: ${detail}` : `Malformed JSON: ${detail}`,
    notAuthenticated: (w) => w === 'jira'
        ? 'You are not authenticated. Authentication required to perform this operation.'
        : 'Authentication required',
    badCredentials: (w) => w === 'jira' ? 'Client must be authenticated to access this resource.' : 'Invalid credentials',
    notAdmin: (w) => w === 'jira'
        ? 'You do not have permission to perform this action. The Administer Jira global permission is required.'
        : 'Administrator permission required',
    categoryDenied: (w, category) => w === 'jira'
        ? `This API token is not allowed to perform '${category}' operations. An organization admin restricted its permissions; ask them to allow the '${category}' category, or use a token that has it.`
        : `Token lacks the ${category} category`,
    blockedAddress: (w) => w === 'jira'
        ? "Your IP address isn't on your organization's IP allowlist. Contact your organization admin to access this site."
        : 'IP address not allowed',
    rateLimited: (w) => (w === 'jira' ? 'Rate limit exceeded. Try again later.' : 'Too many requests'),
    serverError: (w) => (w === 'jira' ? 'Internal server error' : 'Server error'),
};

;// CONCATENATED MODULE: ./src/sim/prng.ts
function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (n) => Math.floor(next() * n),
        chance: (p) => p > 0 && next() < p,
        pick: (items) => {
            const item = items[Math.floor(next() * items.length)];
            if (item === undefined)
                throw new Error('pick() needs at least one item');
            return item;
        },
    };
}

;// CONCATENATED MODULE: ./src/sim/faults.ts

/**
 * Decides, per request, which fault (if any) shapes the answer. Every random draw comes from one seeded
 * PRNG in a fixed order, so the same seed and the same sequence of requests give the same faults.
 */
const WRITE_METHODS = ['POST', 'PUT', 'DELETE'];
function matches(match, method, route) {
    if (match.methods !== undefined) {
        const methods = match.methods === 'writes' ? WRITE_METHODS : match.methods.map((m) => m.toUpperCase());
        if (!methods.includes(method))
            return false;
    }
    if (match.route !== undefined) {
        if (typeof match.route === 'string' ? !route.includes(match.route) : !match.route.test(route))
            return false;
    }
    return true;
}
class FaultEngine {
    config;
    random;
    tokens;
    lastRefill;
    now;
    constructor(config = {}, now = () => Date.now()) {
        this.now = now;
        this.config = config;
        this.random = createRandom(config.seed ?? 1);
        this.tokens = config.rateLimit?.capacity ?? 0;
        this.lastRefill = now();
    }
    /** Replaces the configuration and restarts the PRNG and bucket (a new, reproducible run). */
    configure(config) {
        this.config = config;
        this.random = createRandom(config.seed ?? 1);
        this.tokens = config.rateLimit?.capacity ?? 0;
        this.lastRefill = this.now();
    }
    get current() {
        return this.config;
    }
    draw(fault, method, route) {
        if (fault === undefined || !matches(fault, method, route))
            return false;
        // Always draw for a matching request so later decisions do not depend on earlier outcomes.
        return this.random.next() < fault.rate;
    }
    plan(method, route) {
        const config = this.config;
        const plan = { delayMs: 0 };
        if (config.latency !== undefined && matches(config.latency, method, route)) {
            const jitter = config.latency.jitterMs ?? 0;
            plan.delayMs = config.latency.fixedMs + (jitter > 0 ? this.random.next() * jitter : 0);
        }
        const serverError = this.draw(config.serverErrors, method, route);
        const hang = this.draw(config.hang, method, route);
        const html = this.draw(config.htmlLogin, method, route);
        const drop = this.draw(config.dropAfterCommit, method, route);
        const truncate = this.draw(config.truncatedJson, method, route);
        if (config.blockedAddress === true)
            return { ...plan, before: 'blocked-address' };
        const bucket = this.takeToken(method, route);
        if (bucket?.limited !== undefined)
            return { ...plan, before: 'rate-limit', rateLimit: bucket.limited };
        if (bucket !== undefined) {
            // Jira sends the rate-limit state on every answer, not only on 429s.
            plan.headers = {
                'X-RateLimit-Limit': String(bucket.limit),
                'X-RateLimit-Remaining': String(Math.floor(bucket.remaining)),
            };
        }
        if (hang)
            return { ...plan, before: 'hang' };
        if (serverError)
            return { ...plan, before: 'server-error', status: config.serverErrors?.status ?? 503 };
        if (html)
            return { ...plan, before: 'html-login' };
        if (drop && WRITE_METHODS.includes(method))
            return { ...plan, after: 'drop-after-commit' };
        if (truncate)
            return { ...plan, after: 'truncated-json' };
        return plan;
    }
    /** Token bucket: the state after taking a token, or the 429 details when the bucket is empty. */
    takeToken(method, route) {
        const limit = this.config.rateLimit;
        if (limit === undefined || !matches(limit, method, route))
            return undefined;
        const now = this.now();
        const refill = ((now - this.lastRefill) / 1000) * limit.refillPerSecond;
        this.tokens = Math.min(limit.capacity, this.tokens + refill);
        this.lastRefill = now;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return { limit: limit.capacity, remaining: this.tokens };
        }
        const perToken = limit.refillPerSecond > 0 ? 1 / limit.refillPerSecond : 60;
        const retryAfterSeconds = limit.retryAfterSeconds ?? Math.max(1, Math.ceil(perToken * (1 - this.tokens)));
        return {
            limit: limit.capacity,
            remaining: 0,
            limited: {
                limit: limit.capacity,
                remaining: 0,
                retryAfterSeconds,
                resetAt: new Date(now + retryAfterSeconds * 1000),
            },
        };
    }
}
const FAULT_KINDS = (/* unused pure expression or super */ null && ([
    'rate-limit',
    'server-error',
    'drop-after-commit',
    'hang',
    'html-login',
    'truncated-json',
    'blocked-address',
]));

;// CONCATENATED MODULE: ./src/sim/context.ts
function expandSet(query) {
    const raw = query.getAll('expand').join(',');
    return new Set(raw
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''));
}
/** Integer query parameter with a default; undefined when present but not a number. */
function intParam(query, name, fallback) {
    const raw = query.get(name);
    if (raw === null || raw === '')
        return fallback;
    if (!/^-?\d+$/.test(raw))
        return undefined;
    return Number(raw);
}
const indexes = new WeakMap();
function siteIndex(ctx) {
    let index = indexes.get(ctx);
    if (index === undefined) {
        index = {
            groupsById: new Map(ctx.site.groups.map((group) => [group.groupId, group])),
            usersById: new Map(ctx.site.users.map((user) => [user.accountId, user])),
            rolesById: new Map(ctx.site.roles.map((role) => [String(role.id), role])),
            fieldsById: new Map(ctx.site.fields.map((field) => [field.id, field])),
        };
        indexes.set(ctx, index);
    }
    return index;
}

;// CONCATENATED MODULE: ./src/sim/render.ts

const render_SCHEME_EXPAND = 'permissions,user,group,projectRole,field,all';
/** Which object an expanded holder of this type carries. */
function holderExpandKey(type) {
    switch (type) {
        case 'group':
            return 'group';
        case 'user':
            return 'user';
        case 'projectRole':
            return 'projectRole';
        case 'userCustomField':
        case 'groupCustomField':
            return 'field';
        default:
            return undefined;
    }
}
function renderHolder(ctx, holder, expand) {
    const out = { type: holder.type };
    const datacenter = ctx.flavour === 'datacenter';
    if (holder.ref === undefined) {
        if (ctx.behaviour.parameterlessHolders === 'null')
            out['parameter'] = null;
    }
    else if (holder.type === 'group') {
        const group = siteIndex(ctx).groupsById.get(holder.ref);
        out['parameter'] = group?.name ?? holder.ref;
        if (!datacenter)
            out['value'] = holder.ref;
    }
    else if (holder.type === 'user' && datacenter) {
        const user = siteIndex(ctx).usersById.get(holder.ref);
        out['parameter'] = user?.key ?? holder.ref;
    }
    else {
        out['parameter'] = holder.ref;
        if (!datacenter)
            out['value'] = holder.ref;
    }
    const key = holderExpandKey(holder.type);
    if (key === undefined || holder.ref === undefined)
        return out;
    const expanded = expand.has(key) || expand.has('all');
    if (!expanded || !ctx.behaviour.expandHolderObjects) {
        out['expand'] = key;
        return out;
    }
    const object = expandedHolderObject(ctx, key, holder.ref);
    if (object !== undefined)
        out[key] = object;
    return out;
}
function expandedHolderObject(ctx, key, ref) {
    switch (key) {
        case 'group': {
            const group = siteIndex(ctx).groupsById.get(ref);
            return group === undefined ? undefined : renderGroupName(ctx, group);
        }
        case 'user': {
            const user = siteIndex(ctx).usersById.get(ref);
            return user === undefined ? undefined : renderUser(ctx, user, new Set());
        }
        case 'projectRole': {
            const role = siteIndex(ctx).rolesById.get(ref);
            return role === undefined ? undefined : renderRole(ctx, role);
        }
        case 'field': {
            const field = siteIndex(ctx).fieldsById.get(ref);
            return field === undefined ? undefined : renderField(field);
        }
    }
}
function grantSelf(ctx, grant) {
    // Jira's own examples link grants without the scheme id.
    return `${ctx.restUrl}/permissionscheme/permission/${grant.id}`;
}
function renderGrant(ctx, grant, expand) {
    return {
        id: grant.id,
        self: grantSelf(ctx, grant),
        holder: renderHolder(ctx, grant.holder, expand),
        permission: grant.permission,
    };
}
function renderScheme(ctx, scheme, options) {
    const out = {
        expand: render_SCHEME_EXPAND,
        id: scheme.id,
        self: `${ctx.restUrl}/permissionscheme/${scheme.id}`,
        name: scheme.name,
    };
    if (scheme.description !== undefined)
        out['description'] = scheme.description;
    if (options.withGrants) {
        out['permissions'] = scheme.grants.map((grant) => renderGrant(ctx, grant, options.expand));
    }
    return out;
}
function renderGroupName(ctx, group) {
    if (ctx.flavour === 'datacenter') {
        return { name: group.name, self: `${ctx.restUrl}/group?groupname=${encodeURIComponent(group.name)}` };
    }
    return {
        name: group.name,
        groupId: group.groupId,
        self: `${ctx.restUrl}/group?groupId=${group.groupId}`,
    };
}
function avatarUrls(seed) {
    const base = `https://avatar-management.example.invalid/initials/${encodeURIComponent(seed)}.png`;
    return {
        '16x16': `${base}?size=16`,
        '24x24': `${base}?size=24`,
        '32x32': `${base}?size=32`,
        '48x48': `${base}?size=48`,
    };
}
function renderUser(ctx, user, expand) {
    const initials = user.displayName
        .split(/\s+/)
        .map((word) => word.charAt(0))
        .join('');
    const out = ctx.flavour === 'datacenter'
        ? {
            self: `${ctx.restUrl}/user?username=${encodeURIComponent(user.name ?? user.accountId)}`,
            key: user.key ?? user.accountId,
            name: user.name ?? user.accountId,
        }
        : {
            self: `${ctx.restUrl}/user?accountId=${encodeURIComponent(user.accountId)}`,
            accountId: user.accountId,
            accountType: user.accountType,
        };
    out['emailAddress'] = user.emailAddress;
    out['avatarUrls'] = avatarUrls(initials);
    out['displayName'] = user.displayName;
    out['active'] = user.active;
    out['timeZone'] = user.timeZone ?? 'UTC';
    if (expand.has('groups')) {
        const items = user.groups
            .map((name) => ctx.site.groups.find((group) => group.name === name))
            .filter((group) => group !== undefined)
            .map((group) => renderGroupName(ctx, group));
        out['groups'] = { size: items.length, items };
    }
    else {
        out['groups'] = { size: user.groups.length, items: [] };
    }
    if (expand.has('applicationRoles')) {
        const items = user.applicationRoles
            .map((key) => ctx.site.applicationRoles.find((role) => role.key === key))
            .filter((role) => role !== undefined)
            .map((role) => renderApplicationRole(ctx, role));
        out['applicationRoles'] = { size: items.length, items };
    }
    else {
        out['applicationRoles'] = { size: user.applicationRoles.length, items: [] };
    }
    out['expand'] = 'groups,applicationRoles';
    return out;
}
function renderRole(ctx, role) {
    return {
        self: `${ctx.restUrl}/role/${role.id}`,
        name: role.name,
        id: role.id,
        description: role.description,
    };
}
function renderField(field) {
    const clauseNames = field.custom ? [`cf[${field.id.replace('customfield_', '')}]`, field.name] : [field.id];
    return {
        id: field.id,
        key: field.id,
        name: field.name,
        custom: field.custom,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames,
        schema: field.schema,
    };
}
function renderApplicationRole(ctx, role) {
    const details = (names) => names
        .map((name) => ctx.site.groups.find((group) => group.name === name))
        .filter((group) => group !== undefined)
        .map((group) => renderGroupName(ctx, group));
    const userCount = ctx.site.users.filter((user) => user.applicationRoles.includes(role.key)).length;
    return {
        key: role.key,
        groups: role.groups,
        groupDetails: details(role.groups),
        name: role.name,
        defaultGroups: role.defaultGroups,
        defaultGroupsDetails: details(role.defaultGroups),
        selectedByDefault: false,
        defined: false,
        numberOfSeats: role.numberOfSeats,
        remainingSeats: Math.max(0, role.numberOfSeats - userCount),
        userCount,
        userCountDescription: `${userCount} users`,
        hasUnlimitedSeats: false,
        platform: role.platform,
    };
}
function renderProject(ctx, project) {
    return {
        expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
        self: `${ctx.restUrl}/project/${project.id}`,
        id: project.id,
        key: project.key,
        name: project.name,
        avatarUrls: avatarUrls(project.key),
        projectTypeKey: project.projectTypeKey,
        simplified: false,
        style: 'classic',
        isPrivate: false,
        properties: {},
    };
}

;// CONCATENATED MODULE: ./src/sim/routes/directory.ts



/** One page, capped at `cap` items whatever the client asked for (as Jira does). */
function paginate(ctx, items, cap, defaultMax = 50) {
    const startAt = intParam(ctx.query, 'startAt', 0);
    const asked = intParam(ctx.query, 'maxResults', defaultMax);
    if (startAt === undefined || asked === undefined || startAt < 0) {
        return errorResponse(400, ['startAt and maxResults must be non-negative integers.']);
    }
    const maxResults = Math.max(0, Math.min(asked, cap));
    const values = items.slice(startAt, startAt + maxResults);
    return {
        startAt,
        maxResults,
        total: items.length,
        isLast: startAt + values.length >= items.length,
        values,
    };
}
function isPage(value) {
    return 'values' in value;
}
/** `self` and `nextPage` links for a page, keeping the request's other query parameters. */
function pageLinks(ctx, path, page) {
    const link = (startAt) => {
        const query = new URLSearchParams(ctx.query);
        query.set('startAt', String(startAt));
        query.set('maxResults', String(page.maxResults));
        return `${ctx.restUrl}${path}?${query.toString()}`;
    };
    const links = { self: link(page.startAt) };
    if (!page.isLast)
        links['nextPage'] = link(page.startAt + page.values.length);
    return links;
}
function catalogueEntry(permission) {
    return {
        key: permission.key,
        name: permission.name,
        type: permission.type,
        description: permission.description,
    };
}
function getPermissions(ctx) {
    const permissions = {};
    for (const permission of ctx.site.permissions)
        permissions[permission.key] = catalogueEntry(permission);
    return { status: 200, body: { permissions } };
}
/** Whether a grant's holder includes the user (roles count only for admins, who act in every role). */
function grantCovers(ctx, grant, user, admin) {
    const { type, ref } = grant.holder;
    switch (type) {
        case 'anyone':
            return true;
        case 'applicationRole':
            return ref === undefined ? user.applicationRoles.length > 0 : user.applicationRoles.includes(ref);
        case 'group': {
            const group = ctx.site.groups.find((candidate) => candidate.groupId === ref);
            return group !== undefined && user.groups.includes(group.name);
        }
        case 'user':
            return ref === user.accountId;
        case 'projectRole':
            return admin;
        default:
            return false;
    }
}
function getMyPermissions(ctx) {
    const raw = ctx.query.get('permissions');
    if (raw === null || raw.trim() === '') {
        return errorResponse(400, [
            "The 'permissions' query parameter is required (a comma-separated list of keys).",
        ]);
    }
    const keys = raw
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== '');
    const projectRef = ctx.query.get('projectId') ?? ctx.query.get('projectKey');
    const project = projectRef === null
        ? undefined
        : ctx.site.projects.find((candidate) => candidate.id === projectRef || candidate.key === projectRef);
    if (projectRef !== null && project === undefined) {
        return errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, projectRef)]);
    }
    const admin = ctx.credential.admin;
    const user = ctx.user;
    const schemes = project === undefined
        ? ctx.site.schemes.filter((scheme) => ctx.site.projects.some((p) => p.permissionSchemeId === scheme.id))
        : ctx.site.schemes.filter((scheme) => scheme.id === project.permissionSchemeId);
    const permissions = {};
    for (const key of keys) {
        const known = ctx.site.permissions.find((permission) => permission.key === key);
        if (known === undefined) {
            return errorResponse(400, [MESSAGES.unknownPermission(ctx.behaviour.errorWording, key)]);
        }
        const havePermission = known.type === 'GLOBAL'
            ? admin
            : user !== undefined &&
                schemes.some((scheme) => scheme.grants.some((grant) => grant.permission === key && grantCovers(ctx, grant, user, admin)));
        permissions[key] = { id: key, ...catalogueEntry(known), havePermission };
    }
    return { status: 200, body: { permissions } };
}
function getMyself(ctx) {
    if (ctx.user === undefined)
        return errorResponse(401, [MESSAGES.badCredentials(ctx.behaviour.errorWording)]);
    return { status: 200, body: renderUser(ctx, ctx.user, expandSet(ctx.query)) };
}
function getServerInfo(ctx) {
    const cloud = ctx.flavour === 'cloud';
    return {
        status: 200,
        body: {
            baseUrl: ctx.siteUrl,
            displayUrl: ctx.siteUrl,
            version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.15',
            versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 15],
            deploymentType: cloud ? 'Cloud' : 'Server',
            buildNumber: cloud ? 100282 : 9120015,
            buildDate: '2026-11-02T00:00:00.000+0000',
            serverTime: new Date().toISOString().replace('Z', '+0000'),
            scmInfo: 'jira-perms-simulator',
            serverTitle: 'Jira (jira-perms simulator)',
            serverTimeZone: 'Etc/UTC',
        },
    };
}
function bulkGroups(ctx) {
    const ids = ctx.query.getAll('groupId');
    const names = ctx.query.getAll('groupName');
    let groups = ctx.site.groups;
    if (ids.length > 0 || names.length > 0) {
        groups = groups.filter((group) => ids.includes(group.groupId) || names.includes(group.name));
    }
    const page = paginate(ctx, groups, ctx.behaviour.maxResultsCap.groups);
    if (!isPage(page))
        return page;
    const links = pageLinks(ctx, '/group/bulk', page);
    return {
        status: 200,
        body: {
            ...links,
            maxResults: page.maxResults,
            startAt: page.startAt,
            total: page.total,
            isLast: page.isLast,
            values: page.values.map((group) => ({ name: group.name, groupId: group.groupId })),
        },
    };
}
function findGroups(ctx) {
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const limit = intParam(ctx.query, 'maxResults', 20) ?? 20;
    const matches = ctx.site.groups.filter((group) => group.name.toLowerCase().includes(query));
    const shown = matches.slice(0, limit);
    return {
        status: 200,
        body: {
            header: `Showing ${shown.length} of ${matches.length} matching groups`,
            total: matches.length,
            groups: shown.map((group) => {
                const out = { name: group.name, html: group.name, labels: [] };
                if (ctx.flavour === 'cloud')
                    out['groupId'] = group.groupId;
                return out;
            }),
        },
    };
}
function listRoles(ctx) {
    return { status: 200, body: ctx.site.roles.map((role) => renderRole(ctx, role)) };
}
function getRole(ctx) {
    const raw = ctx.params['id'] ?? '';
    const role = ctx.site.roles.find((candidate) => String(candidate.id) === raw);
    if (role === undefined)
        return errorResponse(404, [MESSAGES.roleNotFound(ctx.behaviour.errorWording, raw)]);
    return { status: 200, body: renderRole(ctx, role) };
}
function listFields(ctx) {
    return { status: 200, body: ctx.site.fields.map((field) => renderField(field)) };
}
/** `/field/search`: the paginated field list, filtered by type, ids and a name query. */
function searchFields(ctx) {
    const types = ctx.query.getAll('type').flatMap((value) => value.split(','));
    const ids = ctx.query.getAll('id').flatMap((value) => value.split(','));
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const fields = ctx.site.fields
        .filter((field) => types.length === 0 || types.includes(field.custom ? 'custom' : 'system'))
        .filter((field) => ids.length === 0 || ids.includes(field.id))
        .filter((field) => query === '' || field.name.toLowerCase().includes(query));
    const page = paginate(ctx, fields, ctx.behaviour.maxResultsCap.fields ?? 50);
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageLinks(ctx, '/field/search', page),
            maxResults: page.maxResults,
            startAt: page.startAt,
            total: page.total,
            isLast: page.isLast,
            values: page.values.map((field) => ({
                id: field.id,
                key: field.id,
                name: field.name,
                schema: field.schema,
                ...(field.custom
                    ? { searcherKey: `${field.schema.custom ?? 'custom'}searcher`, isLocked: false }
                    : {}),
            })),
        },
    };
}
function findUser(ctx) {
    const accountId = ctx.query.get('accountId');
    if (ctx.flavour === 'datacenter') {
        const ref = ctx.query.get('username') ?? ctx.query.get('key') ?? accountId;
        if (ref === null)
            return {};
        const user = ctx.site.users.find((candidate) => candidate.name === ref || candidate.key === ref);
        return user === undefined ? { ref } : { user, ref };
    }
    if (accountId === null)
        return {};
    const user = ctx.site.users.find((candidate) => candidate.accountId === accountId);
    return user === undefined ? { ref: accountId } : { user, ref: accountId };
}
function getUser(ctx) {
    const w = ctx.behaviour.errorWording;
    const { user, ref } = findUser(ctx);
    if (ref === undefined) {
        const param = ctx.flavour === 'datacenter' ? 'username' : 'accountId';
        return errorResponse(400, [`The '${param}' query parameter needs to be provided.`]);
    }
    if (user === undefined)
        return errorResponse(404, [MESSAGES.userNotFound(w, ref)]);
    return { status: 200, body: renderUser(ctx, user, expandSet(ctx.query)) };
}
function searchUsers(ctx) {
    const query = ctx.query.get('query') ?? (ctx.flavour === 'datacenter' ? ctx.query.get('username') : null);
    const accountId = ctx.query.get('accountId');
    if ((query === null || query === '') && accountId === null) {
        return errorResponse(400, ["One of 'query' or 'accountId' query parameters must be provided."]);
    }
    if (query !== null && query !== '' && accountId !== null) {
        return errorResponse(400, ["Only one of 'query' or 'accountId' may be provided."]);
    }
    const needle = (query ?? '').toLowerCase();
    const matches = ctx.site.users.filter((user) => accountId !== null
        ? user.accountId === accountId
        : user.displayName
            .toLowerCase()
            .split(/\s+/)
            .some((word) => word.startsWith(needle)) ||
            user.displayName.toLowerCase().startsWith(needle) ||
            user.emailAddress.toLowerCase().startsWith(needle) ||
            (user.name ?? '').toLowerCase().startsWith(needle));
    const page = paginate(ctx, matches, ctx.behaviour.maxResultsCap.users);
    if (!isPage(page))
        return page;
    return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}
function allUsers(ctx) {
    const page = paginate(ctx, ctx.site.users, ctx.behaviour.maxResultsCap.users);
    if (!isPage(page))
        return page;
    return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}
function bulkUsers(ctx) {
    const ids = ctx.query.getAll('accountId');
    if (ids.length === 0)
        return errorResponse(400, ["The 'accountId' query parameter needs to be provided."]);
    const users = ctx.site.users.filter((user) => ids.includes(user.accountId));
    const page = paginate(ctx, users, ctx.behaviour.maxResultsCap.users, 10);
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageLinks(ctx, '/user/bulk', page),
            maxResults: page.maxResults,
            startAt: page.startAt,
            total: page.total,
            isLast: page.isLast,
            values: page.values.map((user) => renderUser(ctx, user, new Set())),
        },
    };
}
function listApplicationRoles(ctx) {
    return { status: 200, body: ctx.site.applicationRoles.map((role) => renderApplicationRole(ctx, role)) };
}
function getApplicationRole(ctx) {
    const key = ctx.params['key'] ?? '';
    const role = ctx.site.applicationRoles.find((candidate) => candidate.key === key);
    if (role === undefined) {
        return errorResponse(404, [MESSAGES.applicationRoleNotFound(ctx.behaviour.errorWording, key)]);
    }
    return { status: 200, body: renderApplicationRole(ctx, role) };
}

;// CONCATENATED MODULE: ./src/sim/state.ts
/** Deep copy: the simulator never shares objects with its caller's seed or snapshots. */
function cloneSite(site) {
    return structuredClone(site);
}
/** Fills in the id counters a seed may leave out. */
function normaliseSite(site) {
    const schemeIds = site.schemes.map((scheme) => scheme.id);
    const grantIds = site.schemes.flatMap((scheme) => scheme.grants.map((grant) => grant.id));
    site.nextSchemeId ??= Math.max(10000, ...schemeIds.map((id) => id + 1));
    site.nextGrantId ??= Math.max(10000, ...grantIds.map((id) => id + 1));
    return site;
}
function findScheme(site, id) {
    return site.schemes.find((scheme) => scheme.id === id);
}
function takeSchemeId(site) {
    const id = site.nextSchemeId ?? 10000;
    site.nextSchemeId = id + 1;
    return id;
}
function takeGrantId(site) {
    const id = site.nextGrantId ?? 10000;
    site.nextGrantId = id + 1;
    return id;
}
function state_sameHolder(a, b) {
    return a.type === b.type && (a.ref ?? '') === (b.ref ?? '');
}
function sameGrant(a, b) {
    return a.permission === b.permission && state_sameHolder(a.holder, b.holder);
}
function projectsUsingScheme(site, schemeId) {
    return site.projects
        .filter((project) => project.permissionSchemeId === schemeId)
        .map((project) => project.key);
}

;// CONCATENATED MODULE: ./src/sim/routes/projects.ts





/** Projects: the paginated search, and the permission scheme each project uses. */
function searchProjects(ctx) {
    const keys = ctx.query.getAll('keys');
    const ids = ctx.query.getAll('id');
    const text = (ctx.query.get('query') ?? '').toLowerCase();
    const types = (ctx.query.get('typeKey') ?? '').split(',').filter((type) => type !== '');
    const projects = ctx.site.projects
        .filter((project) => keys.length === 0 || keys.includes(project.key))
        .filter((project) => ids.length === 0 || ids.includes(project.id))
        .filter((project) => text === '' || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text))
        .filter((project) => types.length === 0 || types.includes(project.projectTypeKey))
        .sort((a, b) => a.key.localeCompare(b.key));
    // The reference allows up to 100; Jira (and the simulator) may answer fewer.
    const page = paginate(ctx, projects, Math.min(100, ctx.behaviour.maxResultsCap.projects));
    if (!isPage(page))
        return page;
    return {
        status: 200,
        body: {
            ...pageLinks(ctx, '/project/search', page),
            maxResults: page.maxResults,
            startAt: page.startAt,
            total: page.total,
            isLast: page.isLast,
            values: page.values.map((project) => renderProject(ctx, project)),
        },
    };
}
function projectFromPath(ctx, param) {
    const ref = ctx.params[param] ?? '';
    const project = ctx.site.projects.find((candidate) => candidate.key === ref || candidate.id === ref);
    return project ?? errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, ref)]);
}
function isProject(value) {
    return 'key' in value;
}
function getProjectScheme(ctx) {
    const project = projectFromPath(ctx, 'projectKeyOrId');
    if (!isProject(project))
        return project;
    const scheme = findScheme(ctx.site, project.permissionSchemeId);
    if (scheme === undefined) {
        return errorResponse(404, [
            MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(project.permissionSchemeId)),
        ]);
    }
    const expand = expandSet(ctx.query);
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand }) };
}
function assignProjectScheme(ctx) {
    const project = projectFromPath(ctx, 'projectKeyOrId');
    if (!isProject(project))
        return project;
    const body = ctx.body;
    const rawId = typeof body === 'object' && body !== null && !Array.isArray(body)
        ? body['id']
        : undefined;
    const id = typeof rawId === 'number'
        ? rawId
        : typeof rawId === 'string' && /^\d+$/.test(rawId)
            ? Number(rawId)
            : undefined;
    if (id === undefined)
        return errorResponse(400, [], { id: 'The id of the permission scheme must be provided.' });
    const scheme = findScheme(ctx.site, id);
    if (scheme === undefined) {
        return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(id))]);
    }
    project.permissionSchemeId = scheme.id;
    const expand = expandSet(ctx.query);
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand }) };
}
function projectRoles(ctx) {
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    const body = {};
    for (const role of ctx.site.roles)
        body[role.name] = `${ctx.restUrl}/project/${project.key}/role/${role.id}`;
    return { status: 200, body };
}
function projectRoleDetails(ctx) {
    const project = projectFromPath(ctx, 'projectIdOrKey');
    if (!isProject(project))
        return project;
    return {
        status: 200,
        body: ctx.site.roles.map((role) => ({
            self: `${ctx.restUrl}/project/${project.key}/role/${role.id}`,
            name: role.name,
            id: role.id,
            description: role.description,
            admin: role.name === 'Administrators',
            default: role.name === 'Administrators',
            roleConfigurable: true,
            translatedName: role.name,
        })),
    };
}

;// CONCATENATED MODULE: ./src/sim/grants.ts

const PARAMETERLESS = new Set(['anyone', 'assignee', 'reporter', 'projectLead', 'sd.customer.portal.only']);
const WITH_PARAMETER = new Set(['group', 'projectRole', 'user', 'userCustomField', 'groupCustomField']);
function grants_text(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function grants_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseGrant(ctx, input) {
    const w = ctx.behaviour.errorWording;
    if (!grants_isRecord(input))
        return { ok: false, message: MESSAGES.missingPermission(w) };
    const permission = grants_text(input['permission']);
    if (permission === undefined)
        return { ok: false, message: MESSAGES.missingPermission(w) };
    const known = ctx.site.permissions.find((entry) => entry.key === permission);
    if (known === undefined)
        return { ok: false, message: MESSAGES.unknownPermission(w, permission) };
    if (known.type === 'GLOBAL')
        return { ok: false, message: MESSAGES.globalPermission(w, permission) };
    const holderInput = input['holder'];
    if (!grants_isRecord(holderInput))
        return { ok: false, message: MESSAGES.missingHolder(w) };
    const holder = resolveHolder(ctx, holderInput);
    if (typeof holder === 'string')
        return { ok: false, message: holder };
    return { ok: true, permission, holder };
}
/** A resolved holder, or the error message. */
function resolveHolder(ctx, input) {
    const w = ctx.behaviour.errorWording;
    const type = grants_text(input['type']);
    if (type === undefined)
        return MESSAGES.missingHolder(w);
    const parameter = grants_text(input['parameter']);
    // Cloud identifies by `value` when given (names can change); Data Center has no value.
    const value = ctx.flavour === 'cloud' ? grants_text(input['value']) : undefined;
    if (PARAMETERLESS.has(type))
        return { type };
    if (type === 'applicationRole') {
        const key = parameter ?? value;
        if (key === undefined)
            return { type };
        if (!ctx.site.applicationRoles.some((role) => role.key === key)) {
            return MESSAGES.applicationRoleNotFound(w, key);
        }
        return { type, ref: key };
    }
    if (!WITH_PARAMETER.has(type))
        return MESSAGES.unknownHolderType(w, type);
    const ref = value ?? parameter;
    if (ref === undefined)
        return MESSAGES.missingHolderParameter(w, type);
    switch (type) {
        case 'group': {
            const group = value !== undefined
                ? ctx.site.groups.find((candidate) => candidate.groupId === value)
                : ctx.site.groups.find((candidate) => candidate.name === parameter);
            return group === undefined ? MESSAGES.groupNotFound(w, ref) : { type, ref: group.groupId };
        }
        case 'projectRole': {
            const role = ctx.site.roles.find((candidate) => String(candidate.id) === ref);
            return role === undefined ? MESSAGES.roleNotFound(w, ref) : { type, ref: String(role.id) };
        }
        case 'user': {
            const user = ctx.site.users.find((candidate) => ctx.flavour === 'cloud'
                ? candidate.accountId === ref
                : candidate.key === ref || candidate.name === ref || candidate.accountId === ref);
            return user === undefined ? MESSAGES.userNotFound(w, ref) : { type, ref: user.accountId };
        }
        default: {
            // userCustomField / groupCustomField: a custom field of the matching picker kind.
            const field = ctx.site.fields.find((candidate) => candidate.id === ref && candidate.custom);
            if (field === undefined)
                return MESSAGES.fieldNotFound(w, ref);
            const want = type === 'userCustomField' ? 'user' : 'group';
            const holds = field.schema.type === 'array' ? field.schema.items : field.schema.type;
            if (holds !== want)
                return MESSAGES.fieldWrongType(w, ref, want);
            return { type, ref: field.id };
        }
    }
}

;// CONCATENATED MODULE: ./src/sim/routes/permission-schemes.ts





/** The nine permission-scheme operations of Jira's REST reference. */
const ADDONS_ROLE = 'atlassian-addons-project-access';
function permission_schemes_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Path ids are int64 in the reference; anything else does not match the resource (404). */
function schemeFromPath(ctx) {
    const raw = ctx.params['schemeId'] ?? '';
    const scheme = /^\d+$/.test(raw) ? findScheme(ctx.site, Number(raw)) : undefined;
    if (scheme === undefined) {
        return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, raw)]);
    }
    return scheme;
}
function isResponse(value) {
    return 'status' in value;
}
function listSchemes(ctx) {
    const expand = expandSet(ctx.query);
    // The list carries grants only when some expand is given.
    const withGrants = expand.size > 0;
    return {
        status: 200,
        body: {
            permissionSchemes: ctx.site.schemes.map((scheme) => renderScheme(ctx, scheme, { withGrants, expand })),
        },
    };
}
function getScheme(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }) };
}
/** Validates a whole `permissions` list before anything changes: one bad grant rejects the request. */
function parseGrantList(ctx, input) {
    const w = ctx.behaviour.errorWording;
    if (!Array.isArray(input)) {
        return { ok: false, response: errorResponse(400, [], { permissions: 'permissions must be a list' }) };
    }
    const grants = [];
    for (const item of input) {
        const parsed = parseGrant(ctx, item);
        if (!parsed.ok)
            return { ok: false, response: errorResponse(400, [parsed.message]) };
        const grant = { permission: parsed.permission, holder: parsed.holder };
        if (grants.some((existing) => sameGrant(existing, grant))) {
            return { ok: false, response: errorResponse(400, [MESSAGES.duplicateGrant(w)]) };
        }
        grants.push(grant);
    }
    return { ok: true, grants };
}
function nameError(ctx, name, ownId) {
    const w = ctx.behaviour.errorWording;
    if (typeof name !== 'string' || name.trim() === '') {
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(w) });
    }
    const taken = ctx.site.schemes.some((scheme) => scheme.id !== ownId && scheme.name.toLowerCase() === name.trim().toLowerCase());
    return taken ? errorResponse(400, [], { name: MESSAGES.schemeNameTaken(w, name) }) : undefined;
}
function addonsRoleHolder(ctx) {
    const role = ctx.site.roles.find((candidate) => candidate.name === ADDONS_ROLE);
    return role === undefined ? undefined : { type: 'projectRole', ref: String(role.id) };
}
function createScheme(ctx) {
    const body = ctx.body;
    if (!permission_schemes_isRecord(body))
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
    const invalidName = nameError(ctx, body['name']);
    if (invalidName !== undefined)
        return invalidName;
    let wanted = [];
    if (body['permissions'] !== undefined && body['permissions'] !== null) {
        const parsed = parseGrantList(ctx, body['permissions']);
        if (!parsed.ok)
            return parsed.response;
        wanted = parsed.grants;
    }
    if (ctx.behaviour.addonsRoleOnCreate)
        wanted = withAddonsRole(ctx, wanted);
    const scheme = {
        id: takeSchemeId(ctx.site),
        name: String(body['name']).trim(),
        grants: wanted.map((grant) => ({ id: takeGrantId(ctx.site), ...grant })),
    };
    if (typeof body['description'] === 'string')
        scheme.description = body['description'];
    ctx.site.schemes.push(scheme);
    return {
        status: 201,
        body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }),
    };
}
/** Jira gives its add-ons role every permission a new scheme grants. */
function withAddonsRole(ctx, grants) {
    const holder = addonsRoleHolder(ctx);
    if (holder === undefined)
        return grants;
    const out = [...grants];
    for (const permission of new Set(grants.map((grant) => grant.permission))) {
        const grant = { permission, holder };
        if (!out.some((existing) => sameGrant(existing, grant)))
            out.push(grant);
    }
    return out;
}
function updateScheme(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const body = ctx.body;
    if (!permission_schemes_isRecord(body))
        return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
    const invalidName = nameError(ctx, body['name'], scheme.id);
    if (invalidName !== undefined)
        return invalidName;
    let replacement;
    if (body['permissions'] !== undefined && body['permissions'] !== null) {
        const parsed = parseGrantList(ctx, body['permissions']);
        if (!parsed.ok)
            return parsed.response;
        replacement = parsed.grants.map((grant) => {
            const kept = ctx.behaviour.grantIdsAfterPut === 'keep'
                ? scheme.grants.find((existing) => sameGrant(existing, grant))
                : undefined;
            return { id: kept?.id ?? takeGrantId(ctx.site), ...grant };
        });
    }
    scheme.name = String(body['name']).trim();
    if (typeof body['description'] === 'string')
        scheme.description = body['description'];
    if (replacement !== undefined)
        scheme.grants = replacement;
    return { status: 200, body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }) };
}
function deleteScheme(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const w = ctx.behaviour.errorWording;
    if (scheme.id === ctx.site.defaultSchemeId)
        return errorResponse(400, [MESSAGES.defaultSchemeDelete(w)]);
    const users = projectsUsingScheme(ctx.site, scheme.id);
    if (users.length > 0) {
        if (ctx.behaviour.deleteInUseScheme === 'refuse') {
            return errorResponse(ctx.behaviour.deleteInUseStatus, [MESSAGES.schemeInUse(w, scheme.name, users)]);
        }
        for (const project of ctx.site.projects) {
            if (project.permissionSchemeId === scheme.id)
                project.permissionSchemeId = ctx.site.defaultSchemeId;
        }
    }
    ctx.site.schemes = ctx.site.schemes.filter((candidate) => candidate.id !== scheme.id);
    return { status: 204 };
}
function listGrants(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const expand = expandSet(ctx.query);
    return {
        status: 200,
        body: {
            permissions: scheme.grants.map((grant) => renderGrant(ctx, grant, expand)),
            expand: 'user,group,projectRole,field,all',
        },
    };
}
function grantFromPath(ctx, scheme) {
    const raw = ctx.params['permissionId'] ?? '';
    return /^\d+$/.test(raw) ? scheme.grants.find((grant) => grant.id === Number(raw)) : undefined;
}
function getGrant(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const grant = grantFromPath(ctx, scheme);
    if (grant === undefined) {
        return errorResponse(404, [
            MESSAGES.grantNotFound(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
        ]);
    }
    return { status: 200, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}
function createGrant(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const parsed = parseGrant(ctx, ctx.body);
    if (!parsed.ok)
        return errorResponse(400, [parsed.message]);
    const candidate = { permission: parsed.permission, holder: parsed.holder };
    if (scheme.grants.some((existing) => sameGrant(existing, candidate))) {
        return errorResponse(400, [MESSAGES.duplicateGrant(ctx.behaviour.errorWording)]);
    }
    const grant = { id: takeGrantId(ctx.site), ...candidate };
    scheme.grants.push(grant);
    return { status: 201, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}
function deleteGrant(ctx) {
    const scheme = schemeFromPath(ctx);
    if (isResponse(scheme))
        return scheme;
    const grant = grantFromPath(ctx, scheme);
    if (grant === undefined) {
        // The reference answers 400 (not 404) for a grant that is not there.
        return errorResponse(400, [
            MESSAGES.grantNotFoundForDelete(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
        ]);
    }
    scheme.grants = scheme.grants.filter((candidate) => candidate.id !== grant.id);
    return { status: 204 };
}

;// CONCATENATED MODULE: ./src/sim/router.ts



const ROUTES = [
    { method: 'GET', template: '/permissionscheme', handler: listSchemes },
    { method: 'POST', template: '/permissionscheme', handler: createScheme, admin: true },
    { method: 'GET', template: '/permissionscheme/{schemeId}', handler: getScheme },
    { method: 'PUT', template: '/permissionscheme/{schemeId}', handler: updateScheme, admin: true },
    { method: 'DELETE', template: '/permissionscheme/{schemeId}', handler: deleteScheme, admin: true },
    { method: 'GET', template: '/permissionscheme/{schemeId}/permission', handler: listGrants },
    {
        method: 'POST',
        template: '/permissionscheme/{schemeId}/permission',
        handler: createGrant,
        admin: true,
    },
    {
        method: 'GET',
        template: '/permissionscheme/{schemeId}/permission/{permissionId}',
        handler: getGrant,
    },
    {
        method: 'DELETE',
        template: '/permissionscheme/{schemeId}/permission/{permissionId}',
        handler: deleteGrant,
        admin: true,
    },
    { method: 'GET', template: '/permissions', handler: getPermissions },
    { method: 'GET', template: '/mypermissions', handler: getMyPermissions },
    { method: 'GET', template: '/myself', handler: getMyself },
    { method: 'GET', template: '/serverInfo', handler: getServerInfo },
    { method: 'GET', template: '/group/bulk', handler: bulkGroups, cloudOnly: true },
    { method: 'GET', template: '/groups/picker', handler: findGroups },
    { method: 'GET', template: '/role', handler: listRoles, admin: true },
    { method: 'GET', template: '/role/{id}', handler: getRole, admin: true },
    { method: 'GET', template: '/field', handler: listFields },
    { method: 'GET', template: '/field/search', handler: searchFields, admin: true, cloudOnly: true },
    { method: 'GET', template: '/user', handler: getUser },
    { method: 'GET', template: '/user/search', handler: searchUsers },
    { method: 'GET', template: '/user/bulk', handler: bulkUsers, cloudOnly: true },
    { method: 'GET', template: '/users/search', handler: allUsers },
    { method: 'GET', template: '/applicationrole', handler: listApplicationRoles, admin: true },
    { method: 'GET', template: '/applicationrole/{key}', handler: getApplicationRole, admin: true },
    { method: 'GET', template: '/project/search', handler: searchProjects },
    {
        method: 'GET',
        template: '/project/{projectKeyOrId}/permissionscheme',
        handler: getProjectScheme,
        admin: true,
    },
    {
        method: 'PUT',
        template: '/project/{projectKeyOrId}/permissionscheme',
        handler: assignProjectScheme,
        admin: true,
    },
    { method: 'GET', template: '/project/{projectIdOrKey}/role', handler: projectRoles, admin: true },
    {
        method: 'GET',
        template: '/project/{projectIdOrKey}/roledetails',
        handler: projectRoleDetails,
        admin: true,
    },
];
/** Matches a path below `/rest/api/{version}`; `allowed` lists methods the path has when none matched. */
function matchRoute(method, path) {
    const segments = path.split('/').filter((segment) => segment !== '');
    const allowed = [];
    for (const route of ROUTES) {
        const parts = route.template.split('/').filter((segment) => segment !== '');
        if (parts.length !== segments.length)
            continue;
        const params = {};
        let ok = true;
        for (let index = 0; index < parts.length && ok; index++) {
            const part = parts[index] ?? '';
            const segment = segments[index] ?? '';
            if (part.startsWith('{') && part.endsWith('}'))
                params[part.slice(1, -1)] = decodeURIComponent(segment);
            else
                ok = part === segment;
        }
        if (!ok)
            continue;
        if (route.method === method)
            return { match: { route, params }, allowed };
        allowed.push(route.method);
    }
    return { allowed };
}

;// CONCATENATED MODULE: ./src/sim/server.ts







/** The defaults (frozen: copy before changing). */
const DEFAULT_BEHAVIOUR = Object.freeze({
    errorWording: 'jira',
    deleteInUseScheme: 'refuse',
    deleteInUseStatus: 400,
    parameterlessHolders: 'omit',
    grantIdsAfterPut: 'new',
    maxResultsCap: Object.freeze({ projects: 50, groups: 50, users: 100, fields: 50 }),
    addonsRoleOnCreate: false,
    expandHolderObjects: true,
});
const REST_PATH = /^\/rest\/api\/(2|3)(\/.*)?$/;
const server_GATEWAY_PATH = /^\/ex\/jira\/([^/]+)(\/.*)?$/;
const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Log in with Atlassian account</title></head>
<body><div id="root"><h1>Log in to continue</h1>
<form action="/login" method="post"><input name="username" type="email"><button>Continue</button></form>
</div></body></html>
`;
/** `X-RateLimit-Reset` as Jira documents it: ISO 8601 to the minute (`yyyy-MM-ddTHH:mmZ`), rounded up. */
function resetStamp(at) {
    const minute = 60_000;
    return new Date(Math.ceil(at.getTime() / minute) * minute).toISOString().slice(0, 16) + 'Z';
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            resolve(Buffer.concat(chunks).toString('utf8'));
        });
        request.on('error', reject);
    });
}
async function startSimulator(options = {}) {
    const flavour = options.flavour ?? 'cloud';
    const cloudId = options.cloudId ?? DEFAULT_CLOUD_ID;
    let site = normaliseSite(cloneSite(options.seed ?? defaultSeed()));
    const behaviour = {
        ...DEFAULT_BEHAVIOUR,
        ...options.apiBehaviour,
        maxResultsCap: { ...DEFAULT_BEHAVIOUR.maxResultsCap, ...options.apiBehaviour?.maxResultsCap },
    };
    const credentials = options.credentials ?? defaultCredentials();
    const faultConfig = { ...options.faults };
    if (options.latencyMs !== undefined && faultConfig.latency === undefined) {
        faultConfig.latency = { fixedMs: options.latencyMs };
    }
    const faults = new FaultEngine(faultConfig);
    const requests = [];
    const violations = [];
    const invariants = new Set();
    const sockets = new Set();
    const hung = new Set();
    const server = (0,external_node_http_namespaceObject.createServer)((request, response) => {
        void handle(request, response).catch((error) => {
            if (!response.headersSent) {
                send(response, errorResponse(500, [`Simulator error: ${String(error)}`]));
            }
            else {
                response.destroy();
            }
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    function send(response, answer, truncate = false) {
        const headers = { ...answer.headers };
        let text;
        if (answer.raw !== undefined) {
            headers['Content-Type'] = answer.raw.contentType;
            text = answer.raw.text;
        }
        else if (answer.body !== undefined) {
            headers['Content-Type'] = 'application/json;charset=UTF-8';
            text = JSON.stringify(answer.body);
        }
        if (text !== undefined && truncate)
            text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
        const bytes = text === undefined ? undefined : Buffer.from(text, 'utf8');
        if (bytes !== undefined)
            headers['Content-Length'] = String(bytes.length);
        response.writeHead(answer.status, headers);
        response.end(bytes);
    }
    async function handle(request, response) {
        const started = performance.now();
        const method = (request.method ?? 'GET').toUpperCase();
        const url = new URL(request.url ?? '/', 'http://placeholder');
        const host = request.headers.host ?? `127.0.0.1:${String(port)}`;
        const rawBody = await readBody(request);
        // Where is it addressed: the site (`/rest/api/N`) or the OAuth gateway (`/ex/jira/{cloudId}/rest/api/N`)?
        let gateway = false;
        let restPath = url.pathname;
        let siteUrl = `http://${host}`;
        const viaGateway = server_GATEWAY_PATH.exec(url.pathname);
        if (viaGateway !== null) {
            gateway = true;
            restPath = viaGateway[2] ?? '/';
            siteUrl = `http://${host}/ex/jira/${viaGateway[1] ?? ''}`;
        }
        const rest = REST_PATH.exec(restPath);
        const version = rest?.[1] === '2' ? '2' : '3';
        const subPath = rest?.[2] ?? '/';
        const found = rest === null ? { allowed: [] } : matchRoute(method, subPath);
        const route = found.match === undefined ? 'unmatched' : `${method} /rest/api/${version}${found.match.route.template}`;
        let credentialLabel = undefined;
        let delayMs = 0;
        const finish = (status, fault) => {
            const entry = {
                method,
                path: url.pathname,
                route,
                status,
                ms: Math.round((performance.now() - started) * 100) / 100,
            };
            if (fault !== undefined)
                entry.fault = fault;
            if (delayMs > 0)
                entry.delayMs = delayMs;
            if (credentialLabel !== undefined)
                entry.credential = credentialLabel;
            requests.push(entry);
        };
        let planHeaders = {};
        const answer = (result, fault) => {
            send(response, { ...result, headers: { ...planHeaders, ...result.headers } });
            finish(result.status, fault);
        };
        const plan = faults.plan(method, route);
        planHeaders = plan.headers ?? {};
        delayMs = Math.round(plan.delayMs * 100) / 100;
        if (delayMs > 0)
            await sleep(delayMs);
        const w = behaviour.errorWording;
        switch (plan.before) {
            case 'blocked-address':
                answer(errorResponse(403, [MESSAGES.blockedAddress(w)]), 'blocked-address');
                return;
            case 'rate-limit': {
                const limit = plan.rateLimit;
                const headers = {
                    'Retry-After': String(limit?.retryAfterSeconds ?? 1),
                    'X-RateLimit-Limit': String(limit?.limit ?? 0),
                    'X-RateLimit-Remaining': '0',
                    'X-RateLimit-Reset': resetStamp(limit?.resetAt ?? new Date()),
                    'X-RateLimit-NearLimit': 'true',
                    'RateLimit-Reason': 'jira-burst-based',
                };
                answer(errorResponse(429, [MESSAGES.rateLimited(w)], {}, headers), 'rate-limit');
                return;
            }
            case 'hang':
                // Never answered; the socket is destroyed when the client gives up or the server stops.
                hung.add(response);
                response.on('close', () => hung.delete(response));
                finish(0, 'hang');
                return;
            case 'server-error': {
                const status = plan.status ?? 503;
                const retryAfter = faults.current.serverErrors?.retryAfterSeconds;
                const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
                if (status === 500)
                    answer(errorResponse(500, [MESSAGES.serverError(w)], {}, headers), 'server-error');
                else {
                    answer({
                        status,
                        raw: {
                            contentType: 'text/html;charset=UTF-8',
                            text: `<html><body><h1>${String(status)} Service Unavailable</h1></body></html>`,
                        },
                        ...(headers === undefined ? {} : { headers }),
                    }, 'server-error');
                }
                return;
            }
            case 'html-login':
                answer({ status: 200, raw: { contentType: 'text/html;charset=UTF-8', text: LOGIN_PAGE } }, 'html-login');
                return;
            default:
                break;
        }
        if (rest === null || (gateway && viaGateway?.[1] !== cloudId)) {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }
        if (flavour === 'datacenter' && (version === '3' || gateway)) {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }
        // Authentication.
        const auth = authenticate(request.headers.authorization, credentials);
        if (auth.kind !== 'ok') {
            const headers = { 'WWW-Authenticate': 'Basic realm="protected-area"' };
            if (gateway) {
                answer({ status: 401, body: { code: 401, message: 'Unauthorized' }, headers });
                return;
            }
            const message = auth.kind === 'missing' ? MESSAGES.notAuthenticated(w) : MESSAGES.badCredentials(w);
            answer(errorResponse(401, [message], {}, headers));
            return;
        }
        const credential = auth.credential;
        credentialLabel = credential.label;
        if ((credential.scoped ?? false) !== gateway) {
            // Scoped/OAuth tokens only work through the gateway; classic tokens only on the site.
            if (gateway)
                answer({ status: 401, body: { code: 401, message: 'Unauthorized' } });
            else
                answer(errorResponse(401, [MESSAGES.badCredentials(w)]));
            return;
        }
        if (found.match === undefined) {
            if (found.allowed.length > 0) {
                answer({ status: 405, headers: { Allow: found.allowed.join(', ') } });
            }
            else {
                answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            }
            return;
        }
        const matched = found.match;
        if (matched.route.cloudOnly === true && flavour === 'datacenter') {
            answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
            return;
        }
        // Authorisation: the token's categories, then the user's admin right.
        const category = categoryOf(method);
        if (!credential.categories.includes(category)) {
            if (gateway)
                answer({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
            else
                answer(errorResponse(403, [MESSAGES.categoryDenied(w, category)]));
            return;
        }
        if (matched.route.admin === true && !credential.admin) {
            answer(errorResponse(403, [MESSAGES.notAdmin(w)]));
            return;
        }
        // Body.
        let body;
        if (rawBody.trim() !== '') {
            const contentType = request.headers['content-type'] ?? '';
            if (!contentType.toLowerCase().includes('json')) {
                answer({ status: 415, body: { errorMessages: ['Unsupported Media Type'], errors: {} } });
                return;
            }
            try {
                body = JSON.parse(rawBody);
            }
            catch (error) {
                answer(errorResponse(400, [MESSAGES.badJson(w, error instanceof Error ? error.message : 'invalid')]));
                return;
            }
        }
        const ctx = {
            method,
            params: matched.params,
            query: url.searchParams,
            body,
            apiVersion: version,
            siteUrl,
            restUrl: `${siteUrl}/rest/api/${version}`,
            flavour,
            behaviour,
            site,
            credential,
            user: site.users.find((user) => user.accountId === credential.accountId),
        };
        const result = matched.route.handler(ctx);
        const isWrite = method !== 'GET';
        if (isWrite && result.status >= 200 && result.status < 300)
            runInvariants(method, route, url.pathname);
        if (plan.after === 'drop-after-commit') {
            finish(0, 'drop-after-commit');
            response.socket?.destroy();
            return;
        }
        if (plan.after === 'truncated-json' && result.body !== undefined) {
            send(response, { ...result, headers: { ...planHeaders, ...result.headers } }, true);
            finish(result.status, 'truncated-json');
            return;
        }
        answer(result);
    }
    function runInvariants(method, route, path) {
        for (const invariant of invariants) {
            try {
                invariant(site, { method, route, path });
            }
            catch (error) {
                violations.push({
                    method,
                    route,
                    path,
                    message: error instanceof Error ? error.message : String(error),
                });
            }
        }
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const hostName = options.host ?? '127.0.0.1';
    const baseUrl = `http://${hostName.includes(':') ? `[${hostName}]` : hostName}:${String(port)}`;
    const examples = exampleCredentials(cloudId);
    const simulator = {
        baseUrl,
        port,
        flavour,
        cloudId,
        gatewayUrl: `${baseUrl}/ex/jira/${cloudId}`,
        credentials: examples,
        allCredentials: credentials,
        get state() {
            return site;
        },
        behaviour,
        requests,
        violations,
        countsByRoute() {
            const counts = {};
            for (const entry of requests)
                counts[entry.route] = (counts[entry.route] ?? 0) + 1;
            return counts;
        },
        clearLog() {
            requests.length = 0;
        },
        snapshot: () => cloneSite(site),
        restore(snapshot) {
            site = normaliseSite(cloneSite(snapshot));
        },
        get faults() {
            return faults.current;
        },
        setFaults(config) {
            faults.configure(config);
        },
        setBehaviour(changes) {
            Object.assign(behaviour, changes, {
                maxResultsCap: { ...behaviour.maxResultsCap, ...changes.maxResultsCap },
            });
        },
        onWrite(invariant) {
            invariants.add(invariant);
            return () => {
                invariants.delete(invariant);
            };
        },
        authHeader(kind = 'admin') {
            if (kind === 'bearer' || kind === 'scoped')
                return `Bearer ${examples[kind].token}`;
            const { email, apiToken } = examples[kind];
            return `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
        },
        env(kind = 'admin') {
            const version = flavour === 'datacenter' ? '2' : '3';
            if (kind === 'bearer') {
                return {
                    JIRA_BASE_URL: baseUrl,
                    JIRA_BEARER_TOKEN: examples.bearer.token,
                    JIRA_API_VERSION: version,
                };
            }
            if (kind === 'scoped') {
                return {
                    JIRA_BASE_URL: `${baseUrl}/ex/jira/${cloudId}`,
                    JIRA_BEARER_TOKEN: examples.scoped.token,
                    JIRA_API_VERSION: version,
                };
            }
            const { email, apiToken } = examples[kind];
            return {
                JIRA_BASE_URL: baseUrl,
                JIRA_EMAIL: email,
                JIRA_API_TOKEN: apiToken,
                JIRA_API_VERSION: version,
            };
        },
        stop() {
            return new Promise((resolve) => {
                for (const response of hung)
                    response.destroy();
                for (const socket of sockets)
                    socket.destroy();
                server.close(() => {
                    resolve();
                });
            });
        },
    };
    return simulator;
}

;// CONCATENATED MODULE: ./src/sim/generate.ts


const ADDONS_ROLE_ID = 10003;
/** A v4-shaped UUID from the PRNG (not random in the crypto sense: reproducible on purpose). */
function uuid(next) {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
/**
 * A large site for benchmarks and scale tests: N schemes × M grants over G groups, R roles, U users and
 * P projects. Scheme 0 is the default scheme; projects are spread over the schemes round-robin.
 */
function generateSite(params = {}) {
    const random = createRandom(params.seed ?? 1);
    const schemeCount = params.schemes ?? 20;
    const grantsPerScheme = params.grantsPerScheme ?? 60;
    const groupCount = Math.max(1, params.groups ?? 50);
    const roleCount = Math.max(3, params.roles ?? 8);
    const projectCount = params.projects ?? 40;
    const userCount = Math.max(1, params.users ?? 30);
    const groups = Array.from({ length: groupCount }, (_, index) => ({
        name: index === 0 ? 'jira-administrators' : `team-${String(index).padStart(4, '0')}`,
        groupId: uuid(() => random.next()),
    }));
    const roles = [
        {
            id: 10002,
            name: 'Administrators',
            description: 'A project role that represents administrators in a project',
        },
        { id: 10001, name: 'Developers', description: 'A project role that represents developers in a project' },
        {
            id: ADDONS_ROLE_ID,
            name: 'atlassian-addons-project-access',
            description: 'A project role that represents Connect add-ons',
        },
        ...Array.from({ length: roleCount - 3 }, (_, index) => ({
            id: 10100 + index,
            name: `Role ${String(index + 1)}`,
            description: `Generated project role ${String(index + 1)}`,
        })),
    ];
    const users = Array.from({ length: userCount }, (_, index) => ({
        accountId: `712020:${uuid(() => random.next())}`,
        displayName: index === 0 ? 'Alex Admin' : `User ${String(index)}`,
        emailAddress: index === 0 ? 'admin@example.com' : `user${String(index)}@example.com`,
        active: true,
        accountType: 'atlassian',
        groups: [groups[index % groupCount]?.name ?? 'jira-administrators'],
        applicationRoles: ['jira-software'],
        name: index === 0 ? 'admin' : `user${String(index)}`,
        key: `JIRAUSER${String(10000 + index)}`,
    }));
    const catalogue = defaultCatalogue();
    const permissionKeys = [
        ...PROJECT_PERMISSION_KEYS.filter((key) => key !== 'SERVICEDESK_AGENT'),
        ...catalogue.filter((entry) => entry.key.includes('__')).map((entry) => entry.key),
    ];
    let nextGrantId = 10000;
    const schemes = [];
    for (let index = 0; index < schemeCount; index++) {
        const grants = [];
        const seen = new Set();
        const add = (permission, holder) => {
            const key = `${permission}|${holder.type}|${holder.ref ?? ''}`;
            if (seen.has(key))
                return;
            seen.add(key);
            grants.push({ id: nextGrantId++, permission, holder });
        };
        // Every generated scheme keeps project administration with a holder, like real sites.
        add('ADMINISTER_PROJECTS', { type: 'projectRole', ref: '10002' });
        let attempts = 0;
        while (grants.length < grantsPerScheme && attempts < grantsPerScheme * 20) {
            attempts++;
            const permission = random.pick(permissionKeys);
            const kind = random.int(10);
            let holder;
            if (kind < 4)
                holder = { type: 'group', ref: random.pick(groups).groupId };
            else if (kind < 7)
                holder = { type: 'projectRole', ref: String(random.pick(roles).id) };
            else if (kind < 8)
                holder = { type: 'user', ref: random.pick(users).accountId };
            else if (kind < 9)
                holder = { type: 'applicationRole' };
            else
                holder = { type: random.pick(['assignee', 'reporter', 'projectLead']) };
            add(permission, holder);
        }
        schemes.push({
            id: index === 0 ? 0 : 10000 + index,
            name: index === 0 ? 'Default Permission Scheme' : `Generated Scheme ${String(index).padStart(4, '0')}`,
            description: `Generated scheme ${String(index)}`,
            grants,
        });
    }
    const projects = Array.from({ length: projectCount }, (_, index) => ({
        id: String(10000 + index),
        key: `P${String(index).padStart(4, '0')}`.replace(/\d/g, (digit) => String.fromCharCode(65 + Number(digit))),
        name: `Project ${String(index)}`,
        projectTypeKey: 'software',
        permissionSchemeId: schemes.length === 0 ? 0 : (schemes[index % schemes.length]?.id ?? 0),
    }));
    return {
        defaultSchemeId: 0,
        schemes,
        groups,
        roles,
        users,
        fields: [
            {
                id: 'customfield_10020',
                name: 'Team Lead',
                custom: true,
                schema: {
                    type: 'user',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker',
                    customId: 10020,
                },
            },
            {
                id: 'customfield_10030',
                name: 'Owning Team Group',
                custom: true,
                schema: {
                    type: 'group',
                    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:grouppicker',
                    customId: 10030,
                },
            },
        ],
        applicationRoles: [
            {
                key: 'jira-software',
                name: 'Jira Software',
                groups: [groups[0]?.name ?? 'jira-administrators'],
                defaultGroups: [groups[0]?.name ?? 'jira-administrators'],
                numberOfSeats: userCount,
                platform: false,
            },
        ],
        projects,
        permissions: catalogue,
        nextSchemeId: 10000 + Math.max(schemeCount, 1),
        nextGrantId,
    };
}

;// CONCATENATED MODULE: ./src/sim/seed-file.ts

/**
 * Seed files are JSON in the `SiteData` shape. The check here is structural (the arrays a site needs),
 * enough to turn a wrong file into a clear message instead of a crash mid-request.
 */
const REQUIRED_LISTS = [
    'schemes',
    'groups',
    'roles',
    'users',
    'fields',
    'applicationRoles',
    'projects',
    'permissions',
];
function validateSeed(value, source = 'seed') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${source}: expected a JSON object with ${REQUIRED_LISTS.join(', ')} and defaultSchemeId`);
    }
    const record = value;
    const missing = REQUIRED_LISTS.filter((key) => !Array.isArray(record[key]));
    if (missing.length > 0) {
        throw new Error(`${source}: missing or not a list: ${missing.join(', ')} (see docs: the simulator's seed format)`);
    }
    if (typeof record['defaultSchemeId'] !== 'number') {
        throw new Error(`${source}: defaultSchemeId must be the id (a number) of the scheme projects fall back to`);
    }
    return value;
}
async function loadSeedFile(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`cannot read seed file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`seed file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return validateSeed(parsed, path);
}

;// CONCATENATED MODULE: ./src/sim/index.ts
/**
 * The jira-perms Jira simulator: a real HTTP server that answers the Jira REST operations the product
 * uses, the way Jira Cloud (or Data Center) answers them, including how they fail. It imports nothing
 * from the product.
 */








;// CONCATENATED MODULE: ./src/commands/demo.ts





/** The `examples/` folder that ships with the package, found from this module's own location. */
function findExamplesRoot(from = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url))) {
    // Sources live in src/commands/, the bundle in dist/cli/: both are two levels below the package
    // root, but look a few levels up so other layouts work too.
    let directory = from;
    for (let level = 0; level < 5; level++) {
        const candidate = (0,external_node_path_namespaceObject.join)(directory, 'examples');
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(candidate, '.jira-permissions.yml')) &&
            (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(candidate, 'jira-permissions'))) {
            return candidate;
        }
        const parent = (0,external_node_path_namespaceObject.dirname)(directory);
        if (parent === directory)
            break;
        directory = parent;
    }
    return undefined;
}
async function runDemo(options) {
    let cwd;
    let path;
    let settingsPath;
    if (options.path !== undefined) {
        cwd = options.cwd;
        path = options.path;
        settingsPath = options.settingsPath;
    }
    else {
        const examples = findExamplesRoot();
        if (examples === undefined) {
            throw new Error('The examples folder that ships with jira-perms was not found next to the program. ' +
                'Pass a scheme folder with --path DIR.');
        }
        cwd = examples;
    }
    const simulator = await startSimulator(options.seed === undefined ? {} : { seed: options.seed });
    try {
        const result = await runPlan({
            cwd,
            path,
            settingsPath,
            // A token that may only read: the plan needs nothing more.
            env: simulator.env('readOnly'),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        });
        return { result, examples: path === undefined ? cwd : (0,external_node_path_namespaceObject.resolve)(cwd, path), baseUrl: simulator.baseUrl };
    }
    finally {
        await simulator.stop();
    }
}

;// CONCATENATED MODULE: ./src/render/markdown-escape.ts

/**
 * Escaping for GitHub-flavoured Markdown (PR comments, job summaries). User-controlled text must not
 * become HTML, mention or link people, or break the document's structure.
 */
/** Zero-width joiner: GitHub does not treat `@\u200Dname` as a mention, and it reads the same. */
const ZWJ = '\u200D';
/** Prose: backslash-escape Markdown's punctuation, no raw HTML, no @mentions, no #references. */
function markdown_escape_escapeMarkdown(text) {
    return safeText(text)
        .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
        .replace(/@/g, `@${ZWJ}`);
}
/**
 * An inline code span that shows `text` literally: the delimiter is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick.
 */
function codeSpan(text) {
    const clean = safeText(text);
    if (clean === '')
        return '` `';
    const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** HTML text (inside `<summary>` and other tags): entities for markup characters, no @mentions. */
function escapeHtml(text) {
    return safeText(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWJ}`);
}
/** A fenced code block whose fence is longer than any backtick run in the lines, so none can close it. */
function fencedBlock(language, lines) {
    const body = lines.map((line) => safeText(line));
    const longestRun = Math.max(2, ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)));
    const fence = '`'.repeat(longestRun + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}

;// CONCATENATED MODULE: ./src/render/plan-markdown.ts




/**
 * The plan as GitHub-flavoured Markdown, for the pull-request comment and the job summary: a one-line
 * verdict, guardrail failures and problems first, one section per scheme with a `diff` block (long ones
 * folded in `<details>`), then what is kept or left alone. Every user-controlled string goes through an
 * escaper. The result never exceeds `maxLength`: schemes that do not fit are cut, with a notice that
 * points to the job summary and the plan file.
 */
/** GitHub refuses comment bodies over 65,536 characters; stay well below, room for a marker. */
const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_MAX_LENGTH = 60_000;
/** Schemes with more grant changes than this are folded in `<details>`. */
const DEFAULT_FOLD_ABOVE = 20;
const DEFAULT_FULL_PLAN_HINT = 'The full plan is in the job summary of this workflow run and in the plan file (`plan-json` output, `jira-perms plan --out plan.json`).';
function renderPlanMarkdown(plan, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const foldAbove = options.foldAbove ?? DEFAULT_FOLD_ABOVE;
    const head = headBlocks(plan, options.title ?? 'Jira permissions plan');
    const groups = groupBySchemes(plan);
    const tail = tailBlocks(plan);
    const whole = [...head, ...groups.map((group) => schemeSection(group, foldAbove)), ...tail].join('\n\n') + '\n';
    if (whole.length <= maxLength)
        return whole;
    // Too long: keep the head, then whole schemes while they fit, then as much of the next as fits.
    const notice = (hidden) => [
        '> [!WARNING]',
        `> **This plan is too long for one comment:** ${hidden} more ${hidden === 1 ? 'change is' : 'changes are'} not shown here.`,
        `> ${options.fullPlanHint ?? DEFAULT_FULL_PLAN_HINT}`,
    ].join('\n');
    const reserve = notice(plan.changes.length).length + 4;
    const parts = [];
    let length = 0;
    const fits = (text) => length + text.length + 2 + reserve <= maxLength;
    const push = (text) => {
        parts.push(text);
        length += text.length + 2;
    };
    let shown = 0;
    for (const block of head) {
        if (fits(block))
            push(block);
        else
            push(clip(block, maxLength - length - reserve - 2));
    }
    for (const group of groups) {
        const section = schemeSection(group, foldAbove);
        const size = changeCount(group);
        if (fits(section)) {
            push(section);
            shown += size;
            continue;
        }
        // The largest prefix of this scheme's grant lines that fits (binary search on the line count).
        let low = 0;
        let high = group.grantChanges.length - 1;
        let best;
        let bestCount = 0;
        while (low <= high) {
            const middle = Math.floor((low + high) / 2);
            const partial = schemeSection(group, foldAbove, middle);
            if (fits(partial)) {
                best = partial;
                bestCount = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        if (best !== undefined) {
            push(best);
            shown += bestCount + (group.schemeChange === undefined ? 0 : 1);
        }
        break;
    }
    parts.push(notice(plan.changes.length - shown));
    const result = parts.join('\n\n') + '\n';
    return result.length <= maxLength ? result : clip(result, maxLength);
}
function changeCount(group) {
    return group.grantChanges.length + (group.schemeChange === undefined ? 0 : 1);
}
/** Last resort for a single block larger than the limit: cut at a line break. */
function clip(text, length) {
    if (length <= 0)
        return '';
    if (text.length <= length)
        return text;
    const cut = text.lastIndexOf('\n', length - 2);
    return `${text.slice(0, cut > 0 ? cut : Math.max(0, length - 2))}\n…`.slice(0, length);
}
function headBlocks(plan, title) {
    const blocks = [`### ${markdown_escape_escapeMarkdown(title)}`];
    blocks.push(plan.changes.length === 0 ? `**${NO_CHANGES}**` : `**${markdown_escape_escapeMarkdown(verdictLine(plan))}**`);
    const blocked = blockedLine(plan);
    if (blocked !== undefined)
        blocks.push(`> [!CAUTION]\n> **${markdown_escape_escapeMarkdown(blocked)}**`);
    if (plan.guardrails.length > 0) {
        const items = plan.guardrails.map((violation) => {
            const status = violation.allowed ? '✅ allowed by the settings file' : '⛔ **failed**';
            const line = `- ${codeSpan(violation.guardrail)} ${status} for ${codeSpan(violation.scheme)}: ${markdown_escape_escapeMarkdown(violation.message)}`;
            if (violation.allowed)
                return line;
            const allowance = `{guardrail: ${violation.guardrail}, scheme: ${quote(violation.scheme)}}`;
            return `${line}\n  To allow it, add ${codeSpan(allowance)} under ${codeSpan('guardrails.allow')} in the settings file.`;
        });
        blocks.push(`#### Guardrails\n\n${items.join('\n')}`);
    }
    if (plan.findings.length > 0) {
        const items = plan.findings.map((finding) => {
            const where = codeSpan(`${finding.file}:${finding.line}`);
            const hint = finding.hint === undefined ? '' : ` ${markdown_escape_escapeMarkdown(finding.hint)}`;
            return `- **${finding.severity}** ${codeSpan(finding.ruleId)} at ${where}: ${markdown_escape_escapeMarkdown(finding.message)}${hint}`;
        });
        blocks.push(`#### Problems\n\n${items.join('\n')}`);
    }
    return blocks;
}
/** One scheme: heading with name and id, usage line, diff block (folded when long). */
function schemeSection(group, foldAbove, lineLimit) {
    const what = group.schemeId === null
        ? 'new scheme'
        : group.marker === '-'
            ? `id ${group.schemeId}, to delete`
            : `id ${group.schemeId}`;
    const heading = `#### ${group.marker} ${codeSpan(group.name)} (${what})`;
    const usage = [];
    const phrase = projectsPhrase(group.blast, group.schemeId === null);
    if (group.blast !== undefined && group.blast.sampleKeys.length > 0) {
        const more = group.blast.projectCount - group.blast.sampleKeys.length;
        const keys = group.blast.sampleKeys.map((key) => codeSpan(key)).join(', ');
        usage.push(`${capitalise(phrase)}: ${keys}${more > 0 ? ` and ${more} more` : ''}`);
    }
    else {
        usage.push(capitalise(phrase));
    }
    if (group.file !== undefined)
        usage.push(`file ${codeSpan(group.file)}`);
    const lines = diffLines(group, lineLimit);
    const block = fencedBlock('diff', lines);
    const hidden = lineLimit === undefined ? 0 : group.grantChanges.length - Math.min(lineLimit, group.grantChanges.length);
    const cutNote = hidden > 0 ? `\n\n_${hidden} more ${hidden === 1 ? 'change' : 'changes'} in this scheme not shown._` : '';
    const count = group.grantChanges.length;
    const body = count > foldAbove
        ? `<details><summary>${escapeHtml(`${count} grant changes`)}</summary>\n\n${block}\n\n</details>`
        : block;
    return `${heading}\n\n${usage.join(' · ')}\n\n${body}${cutNote}`;
}
function diffLines(group, lineLimit) {
    const lines = [];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined)
            lines.push(`! name: ${quote(change.from?.name ?? '')} -> ${quote(change.to.name)}`);
        if (change.to?.description !== undefined) {
            lines.push(`! description: ${quote(change.from?.description ?? '')} -> ${quote(change.to.description)}`);
        }
    }
    else if (change?.action === 'create-scheme') {
        lines.push(`+ scheme ${quote(group.name)}`);
        if (change.to?.description !== undefined && change.to.description !== '') {
            lines.push(`+ description: ${quote(change.to.description)}`);
        }
    }
    else if (change?.action === 'delete-scheme') {
        lines.push(`- scheme ${quote(group.name)} (id ${group.schemeId ?? ''}) and all its grants`);
    }
    const shown = lineLimit === undefined ? group.grantChanges : group.grantChanges.slice(0, lineLimit);
    const width = permissionWidth(group.grantChanges);
    for (const grant of shown)
        lines.push(plan_markdown_grantLine(grant, width));
    return lines;
}
function plan_markdown_grantLine(change, width) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return `${marker} ${(change.permission ?? '').padEnd(width)}  ${changeLabel(change)}`;
}
function tailBlocks(plan) {
    const blocks = [];
    if (plan.kept.length > 0) {
        const items = plan.kept.map((grant) => {
            const label = grantLabel(grant);
            return `- ${codeSpan(grant.scheme)} (id ${grant.schemeId}): ${codeSpan(grant.permission)} ${codeSpan(label)}: ${markdown_escape_escapeMarkdown(grant.reason)}`;
        });
        blocks.push(`<details><summary>${escapeHtml(`Kept: ${plan.kept.length} live ${plan.kept.length === 1 ? 'grant' : 'grants'} this tool does not manage, left as is`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    if (plan.unmanaged.length > 0) {
        const items = plan.unmanaged.map((scheme) => `- ${codeSpan(scheme.name)} (id ${scheme.id})`);
        blocks.push(`<details><summary>${escapeHtml(`Unmanaged: ${plan.unmanaged.length} live ${plan.unmanaged.length === 1 ? 'scheme has' : 'schemes have'} no file and ${plan.unmanaged.length === 1 ? 'is' : 'are'} left alone`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    return blocks;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/text.ts

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const text_RESET = '\u001b[0m';
const text_plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
function formatText(findings, options) {
    const lines = [];
    for (const finding of sortFindings(findings)) {
        const severity = options.color === true ? `${COLORS[finding.severity]}${finding.severity}${text_RESET}` : finding.severity;
        lines.push(`${finding.file}:${finding.line}:${finding.column}  ${severity}  ${finding.message}  ${finding.ruleId}`);
        if (finding.hint !== undefined) {
            for (const hintLine of finding.hint.split('\n'))
                lines.push(`    ${hintLine}`);
        }
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(countLine(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}
/** `2 errors, 1 warning in 3 files` (`, 1 note` when there are notes); `no problems in 3 files`. */
function countLine(findings, fileCount) {
    const counts = countFindings(findings);
    const files = text_plural(fileCount, 'file');
    if (findings.length === 0)
        return `no problems in ${files}`;
    const parts = [text_plural(counts.errors, 'error'), text_plural(counts.warnings, 'warning')];
    if (counts.infos > 0)
        parts.push(text_plural(counts.infos, 'note'));
    return `${parts.join(', ')} in ${files}`;
}

;// CONCATENATED MODULE: ./src/render/plan-json.ts
/**
 * The plan as the contract's JSON document (`plan --json`, `--out plan.json`, the action's plan file):
 * `{"version": 1, "changes": [...], "summary": {...}, ...}`. Keys are written in a fixed order and
 * absent optional fields are left out, so the same plan always gives the same bytes.
 */
function renderPlanJson(plan) {
    return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}
/** The plan as a plain object whose key order is the document's. */
function planToJson(plan) {
    return {
        version: plan.version,
        changes: plan.changes.map(changeToJson),
        summary: {
            add: plan.summary.add,
            remove: plan.summary.remove,
            createSchemes: plan.summary.createSchemes,
            updateSchemes: plan.summary.updateSchemes,
            deleteSchemes: plan.summary.deleteSchemes,
            schemesChanged: plan.summary.schemesChanged,
            projectsAffected: plan.summary.projectsAffected,
        },
        fingerprints: Object.fromEntries(Object.keys(plan.fingerprints)
            .sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
            .map((key) => [key, plan.fingerprints[key]])),
        filesHash: plan.filesHash,
        guardrails: plan.guardrails.map((violation) => ({
            guardrail: violation.guardrail,
            scheme: violation.scheme,
            message: violation.message,
            allowed: violation.allowed,
        })),
        blastRadius: plan.blastRadius.map((radius) => ({
            scheme: radius.scheme,
            schemeId: radius.schemeId,
            projectCount: radius.projectCount,
            sampleKeys: [...radius.sampleKeys],
        })),
        unmanaged: plan.unmanaged.map((scheme) => ({ id: scheme.id, name: scheme.name })),
        kept: plan.kept.map((grant) => compact({
            scheme: grant.scheme,
            schemeId: grant.schemeId,
            grantId: grant.grantId,
            permission: grant.permission,
            holder: holderToJson(grant.holder),
            label: grant.label,
            reason: grant.reason,
        })),
        findings: plan.findings.map((finding) => compact({
            file: finding.file,
            line: finding.line,
            column: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            severity: finding.severity,
            ruleId: finding.ruleId,
            message: finding.message,
            hint: finding.hint,
        })),
    };
}
function changeToJson(change) {
    return compact({
        action: change.action,
        scheme: change.scheme,
        schemeId: change.schemeId,
        permission: change.permission,
        holder: change.holder === undefined ? undefined : holderToJson(change.holder),
        grantId: change.grantId,
        label: change.label,
        from: change.from === undefined
            ? undefined
            : compact({ name: change.from.name, description: change.from.description }),
        to: change.to === undefined
            ? undefined
            : compact({ name: change.to.name, description: change.to.description }),
        file: change.file,
    });
}
function holderToJson(holder) {
    return compact({ type: holder.type, parameter: holder.parameter, value: holder.value });
}
/** Drops undefined fields (null stays: `schemeId: null` is part of the contract). */
function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts









const plan_HELP = `jira-perms plan: show what apply would change in Jira, without changing anything

Usage: jira-perms plan [--path DIR] [--settings FILE] [--json] [--out plan.json]
                       [--detailed-exitcode] [--no-color]

Reads the scheme files, validates them, looks names up in Jira and compares the files with the live
permission schemes. Prints every grant that would be added (+) or removed (-) and every scheme that
would be created, renamed or deleted (~, +, -), grouped per scheme with the projects that use it.
Only ever reads from Jira (a read-only client that cannot send POST, PUT or DELETE).

Options:
  --path DIR           scheme folder (default: "schemes" in the settings file, else jira-permissions/)
  --settings FILE      settings file (default: .jira-permissions.yml)
  --json               print the plan as one JSON document instead of text:
                       {"version": 1, "changes": [...], "summary": {...}, "fingerprints": {...}, ...}
  --out FILE           also write the plan JSON to FILE (for review, or for apply --plan FILE)
  --detailed-exitcode  exit 2 when there are changes, 0 when there are none
  --no-color           no colours (colours are only used on a terminal anyway; NO_COLOR is honoured)
  -h, --help           this text

Guardrails fail the plan (exit 1) unless the settings file allows them for the scheme by name:
  lockout          a scheme that projects use would lose its last ADMINISTER_PROJECTS or BROWSE_PROJECTS holder
  public-exposure  a grant to "anyone" (anonymous access) would be added
  mass-removal     more than guardrails.maxRemovals (10) grants, or more than guardrails.maxRemovalRatio (20%)
                   of a scheme's grants, would be removed from one scheme
  In .jira-permissions.yml:
    guardrails:
      allow:
        - guardrail: mass-removal
          scheme: Software Development     # or "*" for every scheme

Exit codes:
  0  success (with --detailed-exitcode: success and no changes)
  1  error: invalid files, connection or permission failure, or a guardrail that is not allowed
  2  with --detailed-exitcode: success and there are changes

Connection, from the environment: JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN,
JIRA_API_VERSION (3 = Cloud, default; 2 = Data Center). See 'jira-perms --help'.
`;
/** Parses the plan command's options; returns an error message for anything it does not know. */
function parsePlanArgs(argv) {
    const args = { json: false, detailedExitcode: false, noColor: false };
    for (let index = 0; index < argv.length; index++) {
        const raw = argv[index] ?? '';
        const equals = raw.startsWith('--') ? raw.indexOf('=') : -1;
        const name = equals === -1 ? raw : raw.slice(0, equals);
        const inline = equals === -1 ? undefined : raw.slice(equals + 1);
        const value = () => {
            if (inline !== undefined)
                return inline === '' ? { error: `${name} needs a value` } : inline;
            const next = argv[index + 1];
            if (next === undefined || next.startsWith('--'))
                return { error: `${name} needs a value` };
            index++;
            return next;
        };
        const flag = () => inline === undefined ? undefined : { error: `${name} takes no value` };
        switch (name) {
            case '--path':
            case '--settings':
            case '--out': {
                const given = value();
                if (typeof given !== 'string')
                    return given;
                if (name === '--path')
                    args.path = given;
                else if (name === '--settings')
                    args.settingsPath = given;
                else
                    args.out = given;
                break;
            }
            case '--json':
            case '--detailed-exitcode':
            case '--no-color': {
                const problem = flag();
                if (problem !== undefined)
                    return problem;
                if (name === '--json')
                    args.json = true;
                else if (name === '--detailed-exitcode')
                    args.detailedExitcode = true;
                else
                    args.noColor = true;
                break;
            }
            default:
                return { error: `unknown option "${raw}"` };
        }
    }
    return args;
}
/** Findings as validate prints them (`file:line:col  severity  message  rule`, hint, count line). */
function formatFindings(findings, fileCount, color = false) {
    const safe = findings.map((finding) => ({
        ...finding,
        file: safeText(finding.file),
        message: safeText(finding.message),
        ...(finding.hint === undefined ? {} : { hint: finding.hint.split('\n').map(safeText).join('\n') }),
    }));
    return formatText(safe, { fileCount, color });
}
/** The exit code the contract gives a plan result. */
function planExitCode(result, detailedExitcode) {
    if (result.status !== 'planned' || result.blocked)
        return 1;
    return detailedExitcode && result.hasChanges ? 2 : 0;
}
/** Prints a plan result the way `plan` does (shared with `demo`). */
function printPlanResult(result, output, options) {
    const shown = result.findings.filter((finding) => finding.severity !== 'info');
    const notes = result.findings.length - shown.length;
    // Planner findings are part of the plan output; loader and resolver findings come first.
    const planFindings = new Set(result.plan?.findings ?? []);
    const early = shown.filter((finding) => !planFindings.has(finding));
    if (early.length > 0) {
        output.stderr.write(formatFindings(early, result.project?.files.length ?? 0, options.color));
    }
    if (notes > 0 && !options.json && options.notesHint !== false) {
        output.stderr.write(`(${notes} ${notes === 1 ? 'note' : 'notes'} not shown: run jira-perms validate to see them)\n`);
    }
    if (result.status === 'invalid') {
        output.stderr.write('The scheme files have errors (above): nothing was planned.\n');
        return;
    }
    if (result.status === 'failed') {
        output.stderr.write(`Could not plan: ${result.error ?? 'unknown error'}\n`);
        return;
    }
    if (result.plan === undefined)
        return;
    if (options.json)
        output.stdout.write(renderPlanJson(result.plan));
    else
        output.stdout.write(renderPlanText(result.plan, { color: options.color }));
}
const planCommand = {
    name: 'plan',
    summary: 'show what apply would change in Jira (read-only)',
    help: plan_HELP,
    run: async (context) => {
        const stdout = redactingWriter(context.stdout);
        const stderr = redactingWriter(context.stderr);
        const args = parsePlanArgs(context.argv);
        if ('error' in args) {
            stderr.write(`jira-perms plan: ${args.error}\nRun 'jira-perms plan --help' for the options.\n`);
            return 1;
        }
        const color = context.isTTY && !args.noColor && (context.env.NO_COLOR ?? '') === '';
        const result = await runPlan({
            cwd: context.cwd,
            path: args.path,
            settingsPath: args.settingsPath,
            env: context.env,
            signal: context.signal,
            ...(context.isTTY && !args.json
                ? {
                    onProgress: (progress) => {
                        stderr.write(`${progress.message}...\n`);
                    },
                }
                : {}),
        });
        printPlanResult(result, { stdout, stderr }, { json: args.json, color });
        if (args.out !== undefined && result.plan !== undefined) {
            const target = (0,external_node_path_namespaceObject.resolve)(context.cwd, args.out);
            try {
                (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
                (0,external_node_fs_namespaceObject.writeFileSync)(target, renderPlanJson(result.plan));
                if (!args.json)
                    stderr.write(`Plan written to ${args.out}\n`);
            }
            catch (error) {
                stderr.write(`jira-perms plan: could not write ${args.out}: ${errorMessage(error)}\n`);
                return 1;
            }
        }
        return planExitCode(result, args.detailedExitcode);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts




const demo_HELP = `jira-perms demo: plan the example scheme files against the built-in Jira simulator

Usage: jira-perms demo [--path DIR] [--settings FILE] [--markdown] [--json] [--no-color]

Starts the local Jira simulator in this process (its default site: a Default, a Software Development
and a Service Management scheme, four projects), plans the example scheme folder that ships with
jira-perms (examples/jira-permissions) against it, prints the plan and stops the simulator.
Nothing outside this process is contacted; the plan only reads, with a read-only token.

Options:
  --path DIR        plan this scheme folder instead of the bundled examples
  --settings FILE   settings file for --path (default: .jira-permissions.yml in the current folder)
  --markdown        print the plan as the pull-request comment would show it
  --json            print the plan JSON (as 'jira-perms plan --json' does)
  --no-color        no colours
  -h, --help        this text

To try the other commands on the same site, run 'jira-perms sim' in another terminal and point
JIRA_BASE_URL and the credentials it prints at it.

Exit codes: 0 the plan was made, 1 it could not be (invalid files, simulator failure).
`;
function parseDemoArgs(argv) {
    const args = { markdown: false, json: false, noColor: false };
    for (let index = 0; index < argv.length; index++) {
        const raw = argv[index] ?? '';
        const [name, inline] = raw.startsWith('--') && raw.includes('=')
            ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
            : [raw, undefined];
        if (name === '--path' || name === '--settings') {
            const value = inline ?? argv[++index];
            if (value === undefined || value === '' || value.startsWith('--'))
                return { error: `${name} needs a value` };
            if (name === '--path')
                args.path = value;
            else
                args.settingsPath = value;
        }
        else if (inline === undefined && name === '--markdown')
            args.markdown = true;
        else if (inline === undefined && name === '--json')
            args.json = true;
        else if (inline === undefined && name === '--no-color')
            args.noColor = true;
        else
            return { error: `unknown option "${raw}"` };
    }
    if (args.markdown && args.json)
        return { error: '--markdown and --json cannot be used together' };
    if (args.settingsPath !== undefined && args.path === undefined)
        return { error: '--settings needs --path' };
    return args;
}
const demoCommand = {
    name: 'demo',
    summary: 'plan the example files against the built-in simulator',
    help: demo_HELP,
    run: async (context) => {
        const args = parseDemoArgs(context.argv);
        if ('error' in args) {
            context.stderr.write(`jira-perms demo: ${args.error}\nRun 'jira-perms demo --help' for the options.\n`);
            return 1;
        }
        const color = context.isTTY && !args.noColor && (context.env.NO_COLOR ?? '') === '';
        try {
            const demo = await runDemo({
                cwd: context.cwd,
                path: args.path,
                settingsPath: args.settingsPath,
                signal: context.signal,
            });
            if (!args.json && !args.markdown) {
                context.stderr.write(`Planning ${demo.examples} against the Jira simulator at ${demo.baseUrl} (default site)\n\n`);
            }
            if (args.markdown && demo.result.plan !== undefined) {
                printPlanResult({ ...demo.result, plan: undefined }, { stdout: context.stdout, stderr: context.stderr }, { json: false, color: false, notesHint: false });
                context.stdout.write(renderPlanMarkdown(demo.result.plan));
            }
            else {
                printPlanResult(demo.result, { stdout: context.stdout, stderr: context.stderr }, { json: args.json, color, notesHint: false });
            }
            return planExitCode(demo.result, false);
        }
        catch (error) {
            context.stderr.write(`jira-perms demo: ${errorMessage(error)}\n`);
            return 1;
        }
    },
};

;// CONCATENATED MODULE: ./src/commands/doctor.ts




const TITLES = {
    configuration: 'connection settings',
    site: 'site reachable',
    'api-version': 'API version',
    credential: 'credential',
    'administer-jira': 'Administer Jira',
    'read-schemes': 'permission schemes',
    'rate-limit': 'rate-limit headroom',
};
function check(id, status, detail, fix) {
    const result = { id, title: TITLES[id], status, detail: redact(detail) };
    if (fix !== undefined && fix !== '')
        result.fix = redact(fix);
    return result;
}
function failure(id, error) {
    if (error instanceof JiraError) {
        const said = error.jiraMessage !== undefined ? ` (Jira said: ${error.jiraMessage})` : '';
        const result = check(id, 'fail', `${error.call}: ${error.summary}${said}`, error.fixes.join('\n'));
        if (error.needs !== undefined)
            result.needs = redact(error.needs);
        return result;
    }
    return check(id, 'fail', errorMessage(error));
}
/** Network-level failures mean the site was not reached at all; an HTTP status means it was. */
function unreachable(error) {
    return (error instanceof JiraError &&
        ['dns', 'tls', 'refused', 'network', 'timeout', 'deadline', 'aborted', 'redirect', 'html'].includes(error.kind));
}
function describeRateLimit(info) {
    if (info === undefined) {
        return check('rate-limit', 'pass', 'no rate-limit headers in the answers (no limit announced, or far from it)');
    }
    const parts = [];
    if (info.remaining !== undefined && info.limit !== undefined) {
        parts.push(`${String(info.remaining)} of ${String(info.limit)} requests left`);
    }
    else if (info.remaining !== undefined)
        parts.push(`${String(info.remaining)} requests left`);
    if (info.reset !== undefined)
        parts.push(`resets ${info.reset}`);
    if (info.reason !== undefined)
        parts.push(`reason ${info.reason}`);
    const detail = parts.length > 0 ? parts.join(', ') : 'rate-limit headers present';
    const low = info.nearLimit === true ||
        (info.remaining !== undefined &&
            info.limit !== undefined &&
            info.limit > 0 &&
            info.remaining / info.limit < 0.1);
    if (low) {
        return check('rate-limit', 'warn', `close to the rate limit: ${detail}`, 'Wait before running plan or apply, or run fewer jobs against this site at once; the client retries after 429 but has a retry budget per run.');
    }
    return check('rate-limit', 'pass', detail);
}
/** Runs every check in order; later checks are skipped when the site cannot be reached at all. */
async function runDoctor(options) {
    const checks = [];
    let connection;
    try {
        connection = connectionFromEnv(options.env);
    }
    catch (error) {
        if (!(error instanceof ConnectionConfigError))
            throw error;
        checks.push(check('configuration', 'fail', error.message));
        return { ok: false, checks };
    }
    const described = describeConnection(connection);
    const credential = connection.auth.kind === 'basic'
        ? 'JIRA_EMAIL + JIRA_API_TOKEN (basic auth)'
        : 'JIRA_BEARER_TOKEN (bearer)';
    checks.push(check('configuration', 'pass', `${credential}, JIRA_API_VERSION ${connection.apiVersion}`));
    const client = createJiraReader(connection, {
        requestTimeoutMs: 15_000,
        runDeadlineMs: 120_000,
        retry: { maxAttempts: 2, budget: 4 },
        ...options.client,
        ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });
    const skipRest = (from) => {
        for (const id of from)
            checks.push(check(id, 'skip', 'skipped: the site could not be reached'));
    };
    // Site and API version: serverInfo answers anonymously, so it separates "unreachable" from "not allowed".
    try {
        const info = await client.getServerInfo();
        checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
        const deploymentType = info.deploymentType ?? 'unknown deployment';
        const isCloud = /cloud/i.test(deploymentType);
        const version = `Jira ${info.version ?? '(version not shown)'} (${deploymentType}), REST ${connection.apiVersion}`;
        if (!isCloud && info.deploymentType !== undefined && connection.apiVersion === '3') {
            checks.push(check('api-version', 'fail', `${version}: Data Center/Server answers REST 2`, 'Set JIRA_API_VERSION=2 for Data Center.'));
        }
        else if (isCloud && connection.apiVersion === '2') {
            checks.push(check('api-version', 'warn', `${version}: this is Jira Cloud`, 'Set JIRA_API_VERSION=3 (or leave it unset): Cloud group grants carry group ids only in REST 3.'));
        }
        else {
            checks.push(check('api-version', 'pass', version));
        }
    }
    catch (error) {
        if (unreachable(error)) {
            checks.push(failure('site', error));
            skipRest(['api-version', 'credential', 'administer-jira', 'read-schemes', 'rate-limit']);
            return { ok: false, connection: described, checks };
        }
        checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
        if (error instanceof JiraError && (error.status === 401 || error.status === 403)) {
            // Some sites answer serverInfo only to accepted credentials: the credential check says why.
            checks.push(check('api-version', 'skip', `serverInfo answered ${String(error.status)}; see the credential check`));
        }
        else {
            checks.push(failure('api-version', error));
        }
    }
    // Who the credential is.
    let authenticated = false;
    try {
        const me = await client.getMyself();
        authenticated = true;
        const name = me.displayName ?? me.accountId;
        const email = me.emailAddress !== undefined ? ` <${me.emailAddress}>` : '';
        if (!me.active) {
            checks.push(check('credential', 'fail', `${name}${email} (${me.accountId}) is deactivated`, 'Use a token of an active account.'));
        }
        else {
            checks.push(check('credential', 'pass', `authenticated as ${name}${email} (${me.accountId})`));
        }
    }
    catch (error) {
        checks.push(failure('credential', error));
    }
    if (!authenticated) {
        for (const id of ['administer-jira', 'read-schemes']) {
            checks.push(check(id, 'skip', 'skipped: the credential was not accepted'));
        }
        checks.push(describeRateLimit(client.rateLimit));
        return { ok: false, connection: described, checks };
    }
    try {
        const permissions = await client.getMyPermissions(['ADMINISTER']);
        if (permissions.get('ADMINISTER') === true) {
            checks.push(check('administer-jira', 'pass', 'held: apply may change permission schemes'));
        }
        else {
            checks.push(check('administer-jira', 'fail', 'not held: apply cannot change permission schemes, and project roles cannot be listed to resolve names', 'Add the account to a group with the Administer Jira global permission (Settings → System → Global permissions).'));
        }
    }
    catch (error) {
        checks.push(failure('administer-jira', error));
    }
    try {
        const schemes = await client.listPermissionSchemes();
        const grants = schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
        checks.push(check('read-schemes', 'pass', `readable: ${String(schemes.length)} schemes, ${String(grants)} grants`));
    }
    catch (error) {
        checks.push(failure('read-schemes', error));
    }
    checks.push(describeRateLimit(client.rateLimit));
    return { ok: checks.every((entry) => entry.status !== 'fail'), connection: described, checks };
}

;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts



const doctor_HELP = `jira-perms doctor: check the connection to Jira and the token's access

Usage: jira-perms doctor [--json]

Runs read-only checks, one line each, with a fix under every check that fails:
  connection settings   JIRA_BASE_URL, credentials and JIRA_API_VERSION are present and well-formed
  site reachable        the site answers (DNS, TLS, proxy, login pages)
  API version           serverInfo: Cloud or Data Center, and whether JIRA_API_VERSION fits
  credential            who the token is (/myself)
  Administer Jira       whether it holds the global permission apply needs (/mypermissions)
  permission schemes    whether it can read every permission scheme with its grants
  rate-limit headroom   from the rate-limit headers of the answers
Nothing is ever written to Jira.

Options:
  --json    print the checks as one JSON document instead of text
  -h, --help

Connection, from the environment:
  JIRA_BASE_URL       https://example.atlassian.net, https://api.atlassian.com/ex/jira/<cloudId>
                      (OAuth 2.0 and scoped API tokens), or the Data Center base URL
  JIRA_EMAIL + JIRA_API_TOKEN   basic auth (Cloud API token; Data Center username + password/token)
  JIRA_BEARER_TOKEN   OAuth 2.0 access token, or Data Center personal access token
  JIRA_API_VERSION    3 (Cloud, default) or 2 (Data Center)

Exit codes: 0 every check passed (warnings allowed), 1 a check failed or the options are wrong.
`;
const MARKS = {
    pass: 'ok  ',
    warn: 'warn',
    fail: 'FAIL',
    skip: 'skip',
};
function renderDoctor(result) {
    const width = Math.max(...result.checks.map((entry) => entry.title.length));
    const lines = [];
    if (result.connection !== undefined)
        lines.push(`Checking ${result.connection}`);
    for (const entry of result.checks) {
        lines.push(`${MARKS[entry.status]}  ${entry.title.padEnd(width)}  ${entry.detail}`);
        if (entry.status === 'fail' || entry.status === 'warn') {
            const indent = ' '.repeat(6 + width + 2);
            if (entry.needs !== undefined)
                lines.push(`${indent}needs: ${entry.needs}`);
            for (const [index, line] of (entry.fix ?? '')
                .split('\n')
                .filter((text) => text !== '')
                .entries()) {
                lines.push(`${indent}${index === 0 ? 'fix:   ' : '       '}${line}`);
            }
        }
    }
    const failed = result.checks.filter((entry) => entry.status === 'fail').length;
    const warned = result.checks.filter((entry) => entry.status === 'warn').length;
    lines.push(failed > 0
        ? `${String(failed)} check${failed === 1 ? '' : 's'} failed.`
        : `All checks passed${warned > 0 ? ` (${String(warned)} warning${warned === 1 ? '' : 's'})` : ''}.`);
    return `${lines.join('\n')}\n`;
}
const doctorCommand = {
    name: 'doctor',
    summary: "check the connection to Jira and the token's access (read-only)",
    help: doctor_HELP,
    run: async (context) => {
        const unknown = context.argv.filter((arg) => arg !== '--json');
        if (unknown.length > 0) {
            context.stderr.write(`jira-perms doctor: unknown option "${unknown[0] ?? ''}"\nRun 'jira-perms doctor --help'.\n`);
            return 1;
        }
        try {
            const result = await runDoctor({ env: context.env, signal: context.signal });
            // Everything printed goes through redact: no token or derived credential can appear.
            if (context.argv.includes('--json'))
                context.stdout.write(redact(`${JSON.stringify(result, null, 2)}\n`));
            else
                context.stdout.write(redact(renderDoctor(result)));
            return result.ok ? 0 : 1;
        }
        catch (error) {
            context.stderr.write(`jira-perms doctor: ${errorMessage(error)}\n`);
            return 1;
        }
    },
};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/export/yaml.ts
/**
 * The small YAML writer behind exported files. It writes strings plain when every YAML reader will read
 * them back as the same string, and double-quoted otherwise. "Every reader" is deliberately wider than
 * the YAML 1.2 core schema this product loads with: editors and other tools still read YAML 1.1, where
 * `no`, `on`, `y`, `0777`, `1_000`, `1:20` and dates are not strings, so those are quoted too.
 */
/** Words some YAML reader turns into null or a boolean (1.2 core and 1.1), compared case-insensitively. */
const RESERVED_WORDS = new Set([
    '',
    '~',
    'null',
    'true',
    'false',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    '=',
    '<<',
]);
/** Characters that change the meaning of a plain scalar when they come first. */
const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));
/** Characters that end a plain scalar inside `{…}` or `[…]`. */
const FLOW_INDICATORS = /[,[\]{}:]/u;
/**
 * Every int and float form of YAML 1.2 (core) and YAML 1.1, a little wider where that costs nothing:
 * binary, octal (`0o17`, 1.1's `017`), hex, `_` separators, exponents, 1.1's sexagesimal `1:20:30` and
 * its dotted floats (`1.2.3`), infinities and NaN.
 */
const NUMBER_LIKE = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\.[0-9_.]*)?(e[-+]?[0-9]+)?|\.[0-9_.]+(e[-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|\.(inf|nan))$/iu;
/** YAML 1.1 timestamps (`2001-12-14`, `2001-12-14 21:59:43.10 -5`). */
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u;
/**
 * Whether a character may stand unescaped in a plain scalar: YAML's printable set, minus tab, line
 * breaks (including the 1.1 ones: NEL, LS, PS) and the byte-order mark, which are legal in some places
 * but invisible or confusing to a reader.
 */
function isPlainSafeChar(code) {
    if (code >= 0x20 && code <= 0x7e)
        return true;
    if (code < 0xa0)
        return false; // C0, DEL, C1 (NEL included)
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff)
        return false;
    if (code >= 0xd800 && code <= 0xdfff)
        return false; // lone surrogate halves (pairs are read as one code point)
    if (code === 0xfffe || code === 0xffff)
        return false;
    return true;
}
function allPlainSafe(text) {
    for (const char of text) {
        if (!isPlainSafeChar(char.codePointAt(0) ?? 0))
            return false;
    }
    return true;
}
/** Whether `text` can be written without quotes and still be read back as exactly this string. */
function isPlainSafe(text, context = 'block') {
    if (RESERVED_WORDS.has(text.toLowerCase()))
        return false;
    const first = text.charAt(0);
    if (LEADING_INDICATORS.has(first))
        return false;
    if (first === ' ' || text.endsWith(' '))
        return false;
    if (NUMBER_LIKE.test(text) || TIMESTAMP_LIKE.test(text))
        return false;
    if (text.includes(': ') || text.includes(' #') || text.endsWith(':'))
        return false;
    if (text.startsWith('...'))
        return false; // a document end marker when it starts a line
    if (context === 'flow' && FLOW_INDICATORS.test(text))
        return false;
    return allPlainSafe(text);
}
const SHORT_ESCAPES = new Map([
    [0x00, '\\0'],
    [0x07, '\\a'],
    [0x08, '\\b'],
    [0x09, '\\t'],
    [0x0a, '\\n'],
    [0x0b, '\\v'],
    [0x0c, '\\f'],
    [0x0d, '\\r'],
    [0x1b, '\\e'],
    [0x22, '\\"'],
    [0x5c, '\\\\'],
    [0x85, '\\N'],
    [0x2028, '\\L'],
    [0x2029, '\\P'],
]);
function hexEscape(code) {
    if (code <= 0xff)
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    if (code <= 0xffff)
        return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
}
/** A YAML double-quoted scalar: escapes for `"`, `\` and every character a reader could lose or mangle. */
function doubleQuoted(text) {
    let out = '"';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const short = SHORT_ESCAPES.get(code);
        if (short !== undefined)
            out += short;
        else if (code === 0x20 || isPlainSafeChar(code))
            out += char;
        else
            out += hexEscape(code);
    }
    return `${out}"`;
}
/** A string as a YAML scalar: plain when that is safe in `context`, double-quoted otherwise. */
function scalar(text, context = 'block') {
    return isPlainSafe(text, context) ? text : doubleQuoted(text);
}
/**
 * A value for `key: <value>`: one line when the text has no line breaks, a literal block (`|-`) when it
 * is multi-line text that a literal block carries exactly, double-quoted otherwise. Returns the lines to
 * write; the first is what follows `key: ` and the others are already indented by `indent`.
 */
function blockValue(text, indent) {
    if (!text.includes('\n'))
        return [scalar(text)];
    if (literalBlockFits(text))
        return ['|-', ...text.split('\n').map((line) => (line === '' ? '' : indent + line))];
    return [doubleQuoted(text)];
}
/**
 * A literal block keeps every character as written only when: no carriage returns (read as line breaks),
 * nothing unprintable, no trailing whitespace on a line (editors strip it), the first line not starting
 * with whitespace (it would change the detected indentation), and no trailing line break (`|-` strips it).
 */
function literalBlockFits(text) {
    if (text.includes('\r') || text.endsWith('\n'))
        return false;
    if (/^\s/u.test(text))
        return false;
    for (const line of text.split('\n')) {
        if (/[ \t]$/u.test(line))
            return false;
        if (!allPlainSafe(line.replaceAll('\t', ' ')))
            return false;
    }
    return true;
}
/**
 * Text for a `#` comment: one line, nothing unprintable. Names from Jira go into comments, so a name with
 * a line break must not be able to start a new line of YAML.
 */
function commentText(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        out += code === 0x09 || !isPlainSafeChar(code) ? ' ' : char;
    }
    return out.replace(/ {2,}/gu, ' ').trim();
}

;// CONCATENATED MODULE: ./src/export/render-scheme.ts




/**
 * A scheme document as the text of its file. The layout is fixed so that exporting the same site twice
 * gives the same bytes (no dates, no counters): a re-export shows up in `git diff` only where Jira changed.
 */
const MAX_LINE = 100;
const MAX_PROJECT_KEYS = 40;
function render_scheme_plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
/** Comment lines `# <prefix><items joined by ", ">`, wrapped before MAX_LINE columns. */
function wrappedComment(prefix, items, continuation) {
    const lines = [];
    let line = `# ${prefix}`;
    items.forEach((item, index) => {
        const piece = index === items.length - 1 ? item : `${item},`;
        const separator = line.endsWith(' ') ? '' : ' ';
        if (line.length + separator.length + piece.length > MAX_LINE && !line.endsWith(prefix)) {
            lines.push(line);
            line = `# ${continuation}${piece}`;
        }
        else {
            line += separator + piece;
        }
    });
    lines.push(line);
    return lines;
}
function projectLines(document) {
    const count = document.projects.length;
    if (count === 0)
        return ['# Used by no project.'];
    const keys = document.projects.slice(0, MAX_PROJECT_KEYS).map((project) => commentText(project.key));
    if (count > MAX_PROJECT_KEYS)
        keys.push(`and ${count - MAX_PROJECT_KEYS} more`);
    return wrappedComment(`Used by ${render_scheme_plural(count, 'project', 'projects')}: `, keys, '  ');
}
function leftOutLines(leftOut) {
    if (leftOut.length === 0)
        return [];
    const lines = ['#', '# Left out of this file (plan and apply leave these grants as they are in Jira):'];
    const managed = new Map();
    for (const grant of leftOut) {
        if (grant.reason === 'managed')
            managed.set(grant.label, (managed.get(grant.label) ?? 0) + 1);
    }
    for (const [label, count] of [...managed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        lines.push(`#   ${commentText(label)}, on ${render_scheme_plural(count, 'permission', 'permissions')}: Jira manages it itself`, '#     (managedHolders in the settings file).');
    }
    for (const grant of leftOut) {
        if (grant.reason === 'managed')
            continue;
        const why = grant.reason === 'unknown-holder-type'
            ? 'a holder type this product does not manage'
            : "a permission the site's catalogue does not list";
        lines.push(`#   ${commentText(grant.permission)}: ${commentText(grant.label)}: ${why}.`);
    }
    return lines;
}
function flowValue(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return scalar(value, 'flow');
    const pairs = Object.entries(value).map(([key, inner]) => `${key}: ${typeof inner === 'number' ? String(inner) : scalar(inner, 'flow')}`);
    return `{${pairs.join(', ')}}`;
}
function holderEntry(holder) {
    const value = holder.value;
    const text = value === undefined
        ? scalar(holder.type)
        : `${scalar(holder.type)}: ${typeof value === 'object' ? flowValue(value) : typeof value === 'number' ? String(value) : scalar(value)}`;
    const comment = holder.comment === undefined ? '' : commentText(holder.comment);
    return comment === '' ? text : `${text}  # ${comment}`;
}
/** The heading a group of permissions gets, in the reference's own words. */
function categoryHeading(key) {
    const category = builtInPermission(key)?.category;
    if (category === undefined)
        return 'Permissions that apps define';
    return `${category.charAt(0).toUpperCase()}${category.slice(1)} permissions`;
}
function grantLines(document) {
    if (document.permissions.length === 0)
        return ['grants: {}'];
    const lines = ['grants:'];
    let heading;
    for (const permission of document.permissions) {
        // Permissions come in the reference's category order; a heading per category, as the reference has.
        const next = categoryHeading(permission.key);
        if (next !== heading) {
            if (heading !== undefined)
                lines.push('');
            lines.push(`  # ${next}`);
            heading = next;
        }
        const key = scalar(permission.key);
        const allBare = permission.holders.every((holder) => holder.value === undefined);
        if (allBare) {
            const words = permission.holders.map((holder) => scalar(holder.type, 'flow'));
            lines.push(`  ${key}: [${words.join(', ')}]`);
            continue;
        }
        lines.push(`  ${key}:`);
        for (const holder of permission.holders)
            lines.push(`    - ${holderEntry(holder)}`);
    }
    return lines;
}
/** One line for each holder word whose meaning is not obvious from the word, when the file uses it. */
function legendLines(document) {
    const used = (type) => document.permissions.some((permission) => permission.holders.some((holder) => holder.type === type && holder.value === undefined));
    return [
        ...(used('applicationRole')
            ? ['# applicationRole without a key: every logged-in user of any product on the site.']
            : []),
        ...(used('anyone') ? ['# anyone: everyone, including people who are not logged in.'] : []),
        ...(used('sd.customer.portal.only')
            ? ['# sd.customer.portal.only: service project customers, in the help center portal only.']
            : []),
    ];
}
function renderSchemeFile(document, options) {
    const lines = [
        `# yaml-language-server: $schema=${options.schemaRef}`,
        '#',
        `# Jira permission scheme ${document.id}, exported by jira-perms export.`,
        ...projectLines(document),
        ...legendLines(document),
        ...leftOutLines(document.leftOut),
        `name: ${blockValue(document.name, '  ').join('\n')}`,
    ];
    if (document.description !== undefined) {
        lines.push(`description: ${blockValue(document.description, '  ').join('\n')}`);
    }
    lines.push(`id: ${document.id}`, ...grantLines(document));
    const text = `${lines.join('\n')}\n`;
    assertReadsBack(text, document);
    return text;
}
function holderValue(holder) {
    return holder.value === undefined ? holder.type : { [holder.type]: holder.value };
}
/** The data a YAML reader must get back from the file. */
function documentData(document) {
    return {
        name: document.name,
        ...(document.description === undefined ? {} : { description: document.description }),
        id: document.id,
        grants: Object.fromEntries(document.permissions.map((permission) => [permission.key, permission.holders.map(holderValue)])),
    };
}
/**
 * Reads the text back and compares it with the data it was written from. Names come from Jira and can
 * hold anything; a file that would load as something else is a bug here, and it stops the export
 * rather than write a file that plans a change nobody asked for.
 */
function assertReadsBack(text, document) {
    const read = load(text);
    if (!(0,external_node_util_namespaceObject.isDeepStrictEqual)(read, documentData(document))) {
        throw new Error(`internal error: the file written for scheme ${document.id} would not read back as the scheme; please report this`);
    }
}

;// CONCATENATED MODULE: ./src/export/scheme-document.ts



/** Order of holders under a permission: named holders first, the bare words last (as in the contract). */
const TYPE_RANK = [
    'projectRole',
    'group',
    'applicationRole',
    'user',
    'userCustomField',
    'groupCustomField',
    'applicationRole*',
    'assignee',
    'reporter',
    'projectLead',
    'anyone',
    'sd.customer.portal.only',
];
/** Names the loader would read as an id instead of a name: write the id for these. */
const DIGITS = /^[0-9]+$/u;
/** Blank names are not names a file can use (the schema wants a non-space character). */
const USABLE_NAME = /\S/u;
const FIELD_ID = /^customfield_[0-9]+$/u;
function scheme_document_nonEmpty(text) {
    return text === undefined || text === '' ? undefined : text;
}
/** The id a holder carries (`value` where Jira gives one, else `parameter`). */
function holderId(holder) {
    return scheme_document_nonEmpty(holder.value ?? undefined) ?? scheme_document_nonEmpty(holder.parameter ?? undefined);
}
function scheme_document_describeHolder(holder, site) {
    const type = holder.type;
    if (PARAMETERLESS_HOLDER_TYPES.has(type))
        return { file: { type } };
    switch (type) {
        case 'applicationRole': {
            const key = holderId(holder);
            return key === undefined ? { file: { type } } : { file: { type, value: key }, name: key, id: key };
        }
        case 'group': {
            const id = scheme_document_nonEmpty(holder.value ?? undefined);
            const recorded = scheme_document_nonEmpty(holder.parameter ?? undefined);
            if (id === undefined) {
                // Data Center: groups are known by name only.
                return { file: { type, value: recorded ?? '' }, name: recorded };
            }
            const current = site.groups.get(id);
            const found = current ?? recorded;
            const name = found !== undefined && USABLE_NAME.test(found) ? found : undefined;
            const value = name === undefined ? { id } : { name, id };
            const comment = current === undefined ? 'no group with this id on the site' : undefined;
            return { file: { type, value, ...(comment === undefined ? {} : { comment }) }, name, id };
        }
        case 'projectRole': {
            const id = holderId(holder) ?? '';
            const role = site.roles.find((candidate) => candidate.id === id);
            const idValue = DIGITS.test(id) ? Number(id) : id;
            if (role === undefined) {
                return {
                    file: { type, value: { id: idValue }, comment: 'no project role with this id on the site' },
                    id,
                };
            }
            const sharing = site.roles.filter((candidate) => candidate.name === role.name).length;
            if (sharing === 1 && !DIGITS.test(role.name) && USABLE_NAME.test(role.name))
                return { file: { type, value: role.name }, name: role.name, id };
            const comment = sharing > 1 ? `${role.name} (${sharing} roles have this name)` : role.name;
            return { file: { type, value: { id: idValue }, comment, sortName: role.name }, name: role.name, id };
        }
        case 'user': {
            const id = holderId(holder) ?? '';
            const user = site.users.get(id);
            const displayName = scheme_document_nonEmpty(user?.displayName);
            const comment = user === undefined
                ? 'no user with this account id on the site'
                : `${displayName ?? 'no display name'}${user.active === false ? ' (inactive)' : ''}`;
            return { file: { type, value: id, comment }, name: displayName, id };
        }
        case 'userCustomField':
        case 'groupCustomField': {
            const id = holderId(holder) ?? '';
            const field = site.fields.find((candidate) => candidate.id === id);
            if (field === undefined) {
                return { file: { type, value: id, comment: 'no custom field with this id on the site' }, id };
            }
            const sharing = site.fields.filter((candidate) => candidate.name === field.name).length;
            const nameIsSomeId = FIELD_ID.test(field.name) || site.fields.some((other) => other.id === field.name);
            if (sharing === 1 && !nameIsSomeId && USABLE_NAME.test(field.name))
                return { file: { type, value: field.name }, name: field.name, id };
            const comment = sharing > 1 ? `${field.name} (${sharing} fields have this name)` : field.name;
            return { file: { type, value: id, comment, sortName: field.name }, name: field.name, id };
        }
        default:
            return { name: scheme_document_nonEmpty(holder.parameter ?? undefined), id: scheme_document_nonEmpty(holder.value ?? undefined) };
    }
}
/** How a holder reads in comments and messages: `group jira-admins (5f3e…)`, `reporter`. */
function scheme_document_holderLabel(holder, described) {
    const name = described?.name ?? scheme_document_nonEmpty(holder.parameter ?? undefined);
    const id = described?.id ?? scheme_document_nonEmpty(holder.value ?? undefined);
    if (name !== undefined && id !== undefined && name !== id)
        return `${holder.type} ${name} (${id})`;
    const either = name ?? id;
    return either === undefined ? holder.type : `${holder.type} ${either}`;
}
/** The text holders are sorted by within a type: what the reader sees first. */
function sortText(file) {
    if (file.sortName !== undefined)
        return file.sortName;
    const value = file.value;
    if (value === undefined)
        return '';
    if (typeof value === 'object')
        return String(value.name ?? value.id ?? '');
    return String(value);
}
function rank(file) {
    const key = file.type === 'applicationRole' && file.value === undefined ? 'applicationRole*' : file.type;
    const index = TYPE_RANK.indexOf(key);
    return index === -1 ? TYPE_RANK.length : index;
}
function compareFileHolders(a, b) {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0)
        return byRank;
    const textA = sortText(a);
    const textB = sortText(b);
    // Code-point order, not the locale's: the same on every machine and Node version.
    const foldedA = textA.toLowerCase();
    const foldedB = textB.toLowerCase();
    if (foldedA !== foldedB)
        return foldedA < foldedB ? -1 : 1;
    if (textA !== textB)
        return textA < textB ? -1 : 1;
    const jsonA = JSON.stringify(a.value ?? null);
    const jsonB = JSON.stringify(b.value ?? null);
    return jsonA < jsonB ? -1 : jsonA > jsonB ? 1 : 0;
}
function buildSchemeDocument(scheme, site, options) {
    const byPermission = new Map();
    const leftOut = [];
    for (const grant of scheme.grants) {
        const described = scheme_document_describeHolder(grant.holder, site);
        const label = scheme_document_holderLabel(grant.holder, described);
        // The planner's rule: a key is managed when it is built in, in the catalogue or in the settings.
        const knownPermission = isBuiltInPermission(grant.permission) ||
            site.permissionKeys.has(grant.permission) ||
            (options.customPermissions ?? []).includes(grant.permission);
        let reason;
        if (!isKnownHolderType(grant.holder.type) || described.file === undefined)
            reason = 'unknown-holder-type';
        else if (!knownPermission)
            reason = 'unknown-permission';
        // The planner's own test, given the label the reader gave (or ours), so both agree on what is managed.
        else if (isManagedHolder(grant.holder, grant.label ?? label, options.managedHolders))
            reason = 'managed';
        if (reason !== undefined || described.file === undefined) {
            leftOut.push({
                permission: grant.permission,
                holder: grant.holder,
                label,
                reason: reason ?? 'unknown-holder-type',
            });
            continue;
        }
        // The same holder twice under one permission (Jira should refuse it, a reader may still see it):
        // one entry, or the file would fail its own duplicate-grant check.
        const holders = byPermission.get(grant.permission) ?? new Map();
        holders.set(holderKey(grant.holder), described.file);
        byPermission.set(grant.permission, holders);
    }
    const permissions = [...byPermission.keys()]
        .sort(permissionOrder)
        .map((key) => ({ key, holders: [...(byPermission.get(key)?.values() ?? [])].sort(compareFileHolders) }));
    const projects = [...(site.projectsByScheme.get(scheme.id) ?? [])].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const description = scheme_document_nonEmpty(scheme.description);
    return {
        id: scheme.id,
        name: scheme.name,
        ...(description === undefined ? {} : { description }),
        projects,
        permissions,
        leftOut,
        appDefinedKeys: permissions
            .map((permission) => permission.key)
            .filter((key) => !isBuiltInPermission(key)),
    };
}

;// CONCATENATED MODULE: ./src/export/settings-file.ts

const RELAX_COMMENT = [
    '# Jira already has grants that break these rules (jira-perms validate lists them as warnings), so',
    '# jira-perms export set them to warning. Fix those grants, then delete these lines to make the rules',
    '# errors again.',
];
function renderNewSettingsFile(options) {
    const lines = [
        `# yaml-language-server: $schema=${options.schemaRef}`,
        '#',
        '# Settings for jira-perms, written by jira-perms export.',
        `schemes: ${scalar(options.schemes)}`,
    ];
    if (options.customPermissions.length > 0) {
        lines.push('# Permission keys that apps define on this site and the exported schemes use: listed so that', '# jira-perms validate accepts them without asking Jira.', 'customPermissions:', ...[...options.customPermissions].sort().map((key) => `  - ${scalar(key)}`));
    }
    if (options.relaxRules.length > 0) {
        lines.push(...RELAX_COMMENT, 'rules:', ...[...options.relaxRules].sort().map((rule) => `  ${scalar(rule)}: warning`));
    }
    return `${lines.join('\n')}\n`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function inline(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return value.includes('\n') ? undefined : scalar(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.length === 0)
        return '[]';
    if (isMapping(value) && Object.keys(value).length === 0)
        return '{}';
    return undefined;
}
/** Generic block YAML for settings data (mappings, sequences, scalars). */
function emit(value, indent) {
    const lines = [];
    if (Array.isArray(value)) {
        for (const item of value) {
            const simple = inline(item);
            if (simple !== undefined) {
                lines.push(`${indent}- ${simple}`);
                continue;
            }
            const nested = emit(item, `${indent}  `);
            const [first, ...rest] = nested;
            lines.push(`${indent}- ${(first ?? '').trimStart()}`, ...rest);
        }
        return lines;
    }
    if (isMapping(value)) {
        for (const [key, item] of Object.entries(value)) {
            const simple = inline(item);
            if (simple !== undefined)
                lines.push(`${indent}${scalar(key)}: ${simple}`);
            else if (typeof item === 'string')
                lines.push(`${indent}${scalar(key)}: ${blockValue(item, `${indent}  `).join('\n')}`);
            else
                lines.push(`${indent}${scalar(key)}:`, ...emit(item, `${indent}  `));
        }
    }
    return lines;
}
/**
 * An existing settings file with keys added to `customPermissions` and rules set to warning, everything
 * else kept as data. Comments in the old file are lost, which is why this only happens with `--force`.
 */
function renderMergedSettingsFile(existing, change, schemaRef) {
    const data = { ...existing };
    if (change.addKeys.length > 0) {
        const current = Array.isArray(existing.customPermissions)
            ? existing.customPermissions.filter((key) => typeof key === 'string')
            : [];
        data.customPermissions = [...new Set([...current, ...change.addKeys])].sort();
    }
    if (change.relaxRules.length > 0) {
        const rules = typeof existing.rules === 'object' && existing.rules !== null
            ? existing.rules
            : {};
        data.rules = { ...rules, ...Object.fromEntries(change.relaxRules.map((rule) => [rule, 'warning'])) };
    }
    const lines = [
        `# yaml-language-server: $schema=${schemaRef}`,
        '#',
        '# Settings for jira-perms, extended by jira-perms export --force.',
        ...(change.relaxRules.length > 0
            ? RELAX_COMMENT.map((line) => line.replace('these rules', `the rules ${change.relaxRules.join(', ')}`))
            : []),
        ...emit(data, ''),
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/export/check.ts




function checkExportedFiles(files, settings, customPermissions) {
    const allowed = new Set([...settings.customPermissions, ...customPermissions]);
    const specs = [];
    const own = [];
    for (const file of files) {
        const checked = checkSchemeText(file.text, file.path, allowed);
        own.push(...checked.findings);
        if (checked.spec !== undefined)
            specs.push(checked.spec);
    }
    const crossFile = crossFileFindings(specs);
    const lintRules = new Set(RULE_IDS);
    const relaxRules = [
        ...new Set(lintSchemes(specs, settings)
            .filter((finding) => finding.severity === 'error' && lintRules.has(finding.ruleId))
            .filter((finding) => !Object.hasOwn(settings.rules, finding.ruleId))
            .map((finding) => finding.ruleId)),
    ].sort();
    const relaxed = {
        rules: { ...settings.rules, ...Object.fromEntries(relaxRules.map((rule) => [rule, 'warning'])) },
    };
    return { findings: [...own, ...crossFile, ...lintSchemes(specs, relaxed)], relaxRules };
}

;// CONCATENATED MODULE: ./src/export/file-names.ts
/**
 * File names for exported schemes: derived from the scheme's name so people find a scheme by its name,
 * the same on every run (re-exporting the same site writes the same paths), and safe on every file
 * system the repository might be checked out on (Windows included, case-insensitive ones included).
 */
const MAX_SLUG_LENGTH = 60;
/** Device names Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;
/**
 * A scheme name as a file-name stem: lower case, accents removed, every run of other characters turned
 * into one `-`, at most 60 characters, cut at a word boundary where one is near. Empty when nothing of
 * the name survives (a name in a script with no Latin letters, for example): the caller then uses the id.
 */
function slugify(name) {
    const ascii = name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-+|-+$/gu, '');
    if (ascii.length <= MAX_SLUG_LENGTH)
        return ascii;
    const cut = ascii.slice(0, MAX_SLUG_LENGTH);
    const lastDash = cut.lastIndexOf('-');
    return (lastDash >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}
/**
 * A file name (`<slug>.yml`) for every scheme, unique across all of them. When names collide (same slug,
 * or a name with nothing usable in it), the scheme with the lowest id keeps the plain name and the others
 * get their id appended: ids never change and older schemes usually have lower ids, so a scheme created
 * later does not rename the files of existing ones. Pass every live scheme, not just the ones being
 * written, so that filtering with `--scheme` never changes a name.
 */
function assignFileNames(schemes) {
    const byId = [...schemes].sort((a, b) => a.id - b.id);
    const stems = new Map();
    const taken = new Set();
    const deferred = [];
    for (const scheme of byId) {
        const slug = slugify(scheme.name);
        const base = slug === '' ? 'scheme' : slug;
        if (slug === '' || WINDOWS_RESERVED.test(slug) || taken.has(slug)) {
            deferred.push({ scheme, base });
            continue;
        }
        taken.add(slug);
        stems.set(scheme.id, slug);
    }
    // Second pass, so a suffixed name never takes a plain name another scheme would have had.
    for (const { scheme, base } of deferred) {
        let stem = `${base}-${scheme.id}`;
        for (let n = 2; taken.has(stem); n++)
            stem = `${base}-${scheme.id}-${n}`;
        taken.add(stem);
        stems.set(scheme.id, stem);
    }
    return new Map([...stems].map(([id, stem]) => [id, `${stem}.yml`]));
}

;// CONCATENATED MODULE: ./src/version.ts
/** The product version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/export/targets.ts





/**
 * Where exported files go: the scheme files already in the folder (a file that pins a scheme's id is
 * that scheme's file, wherever it sits and whatever it is called), and the `$schema` reference editors
 * follow.
 */
const targets_SCHEME_FILE = /\.ya?ml$/iu;
/** Forward slashes, so paths read the same in messages and files on every platform. */
function toPosix(relativePath) {
    return relativePath.split((external_node_path_default()).sep).join('/');
}
async function listYamlFiles(dir) {
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const files = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            files.push(...(await listYamlFiles(full)));
        }
        else if (entry.isFile() && targets_SCHEME_FILE.test(entry.name)) {
            files.push(full);
        }
    }
    return files;
}
/**
 * The scheme files already in the folder, by the scheme they describe, so a re-export updates the file
 * people already have (wherever it sits, whatever it is called) instead of adding a second file for the
 * same scheme. Files that do not load are skipped here: they only matter if export would write over
 * them, which the conflict check covers.
 */
async function findExistingFiles(dir) {
    const existing = { byId: new Map(), byName: new Map(), all: new Set() };
    for (const file of await listYamlFiles(dir)) {
        existing.all.add(file);
        let data;
        try {
            data = load(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
        }
        catch {
            continue;
        }
        if (typeof data !== 'object' || data === null)
            continue;
        const { id, name } = data;
        if (typeof id === 'number' && Number.isInteger(id)) {
            if (!existing.byId.has(id))
                existing.byId.set(id, file);
        }
        else if (typeof name === 'string' && !existing.byName.has(name)) {
            existing.byName.set(name, file);
        }
    }
    return existing;
}
const PACKAGE = 'jira-permissions-as-code';
/**
 * The `$schema` reference for a file written into `fromDir`: a relative path when the schemas are on
 * disk (this repository's own `schemas/`, or the package installed under `node_modules`), so editors
 * work offline and match the installed version; otherwise the package's schema as npm publishes it,
 * pinned to this major version.
 */
function schemaReference(schemaFile, fromDir, cwd) {
    const candidates = [
        external_node_path_default().join(cwd, 'schemas', schemaFile),
        external_node_path_default().join(cwd, 'node_modules', PACKAGE, 'schemas', schemaFile),
    ];
    for (const candidate of candidates) {
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate)) {
            const relative = toPosix(external_node_path_default().relative(fromDir, candidate));
            return relative.startsWith('.') ? relative : `./${relative}`;
        }
    }
    const major = VERSION.split('.')[0] ?? '0';
    return `https://unpkg.com/${PACKAGE}@${major}/schemas/${schemaFile}`;
}

;// CONCATENATED MODULE: ./src/commands/export.ts














const MAX_LISTED = 20;
/** A refusal that names what to do: unknown scheme names, files in the way. */
class ExportError extends Error {
    conflicts;
    constructor(message, conflicts = []) {
        super(message);
        this.conflicts = conflicts;
        this.name = 'ExportError';
    }
}
function selectSchemes(live, wanted) {
    if (wanted === undefined || wanted.length === 0)
        return [...live];
    const names = live.map((scheme) => scheme.name);
    const selected = new Map();
    const missing = [];
    for (const want of wanted) {
        const matches = live.filter((scheme) => scheme.name === want || String(scheme.id) === want.trim());
        if (matches.length === 0) {
            const suggestion = closestMatch(want, names);
            missing.push(`"${want}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`);
        }
        for (const scheme of matches)
            selected.set(scheme.id, scheme);
    }
    if (missing.length > 0) {
        throw new ExportError(`no live permission scheme named ${missing.join(', ')}.\n` +
            '--scheme takes a scheme name exactly as Jira shows it (quote names with spaces), or a scheme id.');
    }
    return [...selected.values()];
}
/** The names behind the ids the selected schemes' grants carry, in a handful of batched requests. */
async function gatherSiteNames(jira, schemes) {
    const groupIds = new Set();
    const accountIds = new Set();
    for (const grant of schemes.flatMap((scheme) => scheme.grants)) {
        const { type, parameter, value } = grant.holder;
        if (type === 'group' && value !== undefined && value !== '')
            groupIds.add(value);
        const id = value ?? parameter;
        if (type === 'user' && id !== undefined && id !== '')
            accountIds.add(id);
    }
    const [groups, roles, users, fields, catalogue, projectsByScheme] = await Promise.all([
        groupIds.size === 0 || !jira.groupsHaveIds
            ? new Map()
            : jira.findGroupsById([...groupIds].sort()),
        jira.getProjectRoles(),
        accountIds.size === 0 ? new Map() : jira.getUsers([...accountIds].sort()),
        jira.getFields(),
        jira.getPermissionCatalogue(),
        jira.getProjectsByScheme(),
    ]);
    return {
        groups: new Map([...groups].map(([id, group]) => [id, group.name])),
        roles: roles.map((role) => ({ id: String(role.id), name: role.name })),
        users,
        fields,
        permissionKeys: new Set(catalogue.map((entry) => entry.key)),
        projectsByScheme,
    };
}
/** Settings file work: nothing, a new file, or (with force) an existing one extended. */
async function planSettingsWrite(settingsFile, change, outDir, cwd) {
    if (change.keys.length === 0 && change.relaxRules.length === 0)
        return undefined;
    const settingsDir = external_node_path_default().dirname(settingsFile);
    const schemaRef = schemaReference('settings.schema.json', settingsDir, cwd);
    if (!(0,external_node_fs_namespaceObject.existsSync)(settingsFile)) {
        const relative = toPosix(external_node_path_default().relative(settingsDir, outDir)) || '.';
        return {
            absolute: settingsFile,
            text: renderNewSettingsFile({
                schemaRef,
                schemes: relative,
                customPermissions: change.keys,
                relaxRules: change.relaxRules,
            }),
            exists: false,
            summary: '',
        };
    }
    let data;
    try {
        data = load(await (0,promises_namespaceObject.readFile)(settingsFile, 'utf8'));
    }
    catch (error) {
        throw new ExportError(`${toPosix(external_node_path_default().relative(cwd, settingsFile))} does not load (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}); ` +
            'fix it (jira-perms validate shows where) and export again.');
    }
    const existing = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {});
    const listed = Array.isArray(existing.customPermissions) ? existing.customPermissions : [];
    const addKeys = change.keys.filter((key) => !listed.includes(key));
    if (addKeys.length === 0 && change.relaxRules.length === 0)
        return undefined;
    const summary = [
        ...(addKeys.length > 0 ? [`customPermissions would gain: ${addKeys.join(', ')}`] : []),
        ...(change.relaxRules.length > 0 ? [`rules set to warning: ${change.relaxRules.join(', ')}`] : []),
    ].join('; ');
    return {
        absolute: settingsFile,
        text: renderMergedSettingsFile(existing, { addKeys, relaxRules: change.relaxRules }, schemaRef),
        exists: true,
        summary,
    };
}
/**
 * Which live scheme each existing file describes: the scheme whose id it pins, else the scheme it names
 * (a file without an id). Over every live scheme, so `--scheme` never changes where a file goes.
 */
function claimedFiles(live, existing) {
    const claimed = new Map();
    const taken = new Set();
    for (const scheme of live) {
        const file = existing.byId.get(scheme.id);
        if (file !== undefined) {
            claimed.set(scheme.id, file);
            taken.add(file);
        }
    }
    for (const scheme of live) {
        const file = existing.byName.get(scheme.name);
        if (claimed.has(scheme.id) || file === undefined || taken.has(file))
            continue;
        claimed.set(scheme.id, file);
        taken.add(file);
    }
    return claimed;
}
/**
 * A scheme's file: the existing file that describes it, else its name in the folder, unless another
 * live scheme's file already has that name (then the id is appended, as for any other collision). A file
 * there that describes no live scheme is a plain conflict: replaced with `--force`.
 */
function targetPath(scheme, fileNames, claimed, outDir, used) {
    const own = claimed.get(scheme.id);
    if (own !== undefined)
        return own;
    const others = new Set(claimed.values());
    const fileName = fileNames.get(scheme.id) ?? `scheme-${String(scheme.id)}.yml`;
    const stem = fileName.replace(/\.yml$/u, '');
    let candidate = external_node_path_default().join(outDir, fileName);
    for (let n = 1; others.has(candidate) || used.has(candidate); n++) {
        candidate = external_node_path_default().join(outDir, n === 1 ? `${stem}-${String(scheme.id)}.yml` : `${stem}-${String(scheme.id)}-${String(n)}.yml`);
    }
    return candidate;
}
async function writeAtomically(file, text, replace) {
    await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    if (!replace) {
        // `wx`: if something appeared since the conflict check, fail rather than overwrite it.
        await (0,promises_namespaceObject.writeFile)(file, text, { encoding: 'utf8', flag: 'wx' });
        return;
    }
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,promises_namespaceObject.writeFile)(temporary, text, 'utf8');
    await (0,promises_namespaceObject.rename)(temporary, file);
}
async function readSettings(cwd, settingsPath) {
    // A settings path that does not exist yet is where export may create the file: defaults until then.
    if (settingsPath !== undefined && !(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(cwd, settingsPath)))
        return structuredClone(DEFAULT_SETTINGS);
    const loaded = await loadSettings({ cwd, ...(settingsPath === undefined ? {} : { settingsPath }) });
    const errors = loaded.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
        const lines = errors.map((finding) => `  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`);
        throw new ExportError(`the settings file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; nothing was exported:\n${lines.join('\n')}\n` +
            'Fix it (jira-perms validate shows more) and export again.');
    }
    return loaded.settings;
}
async function runExport(options) {
    const { cwd, jira } = options;
    const settings = options.settings ?? (await readSettings(cwd, options.settingsPath));
    const settingsBase = settings.file === undefined ? cwd : external_node_path_default().dirname(external_node_path_default().resolve(cwd, settings.file));
    const outDir = external_node_path_default().resolve(options.out === undefined ? settingsBase : cwd, options.out ?? settings.schemes);
    const settingsFile = external_node_path_default().resolve(cwd, options.settingsPath ?? settings.file ?? DEFAULT_SETTINGS_FILE);
    const progress = options.onProgress ?? (() => undefined);
    progress({ phase: 'reading', done: 0, total: 0 });
    const live = await jira.listPermissionSchemes();
    const selected = selectSchemes(live, options.schemes).sort((a, b) => a.id - b.id);
    options.signal?.throwIfAborted();
    const site = await gatherSiteNames(jira, selected);
    options.signal?.throwIfAborted();
    // Names come from every live scheme, so that exporting one scheme never renames another's file.
    const fileNames = assignFileNames(live);
    const claimed = claimedFiles(live, await findExistingFiles(outDir));
    const schemaRef = options.schemaRef ?? schemaReference('permission-scheme.schema.json', outDir, cwd);
    const writes = [];
    const leftOut = [];
    const customPermissions = new Set();
    const used = new Set();
    for (const scheme of selected) {
        const document = buildSchemeDocument(scheme, site, {
            managedHolders: settings.managedHolders,
            customPermissions: settings.customPermissions,
        });
        const absolute = targetPath(scheme, fileNames, claimed, outDir, used);
        used.add(absolute);
        writes.push({
            absolute,
            text: renderSchemeFile(document, { schemaRef }),
            exists: (0,external_node_fs_namespaceObject.existsSync)(absolute),
            file: {
                path: toPosix(external_node_path_default().relative(cwd, absolute)),
                schemeId: scheme.id,
                scheme: scheme.name,
                grants: document.permissions.reduce((sum, permission) => sum + permission.holders.length, 0),
            },
        });
        for (const grant of document.leftOut)
            leftOut.push({ ...grant, scheme: scheme.name, schemeId: scheme.id });
        for (const key of document.appDefinedKeys)
            customPermissions.add(key);
        progress({ phase: 'exporting', done: writes.length, total: selected.length });
    }
    const keys = [...customPermissions].filter((key) => !isBuiltInPermission(key)).sort();
    const check = checkExportedFiles(writes.map((write) => ({ path: write.file.path, text: write.text })), settings, keys);
    const settingsWrite = await planSettingsWrite(settingsFile, { keys, relaxRules: check.relaxRules }, outDir, cwd);
    const conflicts = [
        ...writes.filter((write) => write.exists).map((write) => write.file.path),
        ...(settingsWrite?.exists === true
            ? [`${toPosix(external_node_path_default().relative(cwd, settingsFile))} (${settingsWrite.summary})`]
            : []),
    ];
    if (conflicts.length > 0 && options.force !== true) {
        const listed = conflicts.slice(0, MAX_LISTED).map((conflict) => `  ${conflict}`);
        if (conflicts.length > MAX_LISTED)
            listed.push(`  and ${conflicts.length - MAX_LISTED} more`);
        throw new ExportError(`export would overwrite ${conflicts.length === 1 ? 'a file that exists' : `${conflicts.length} files that exist`}; nothing was written:\n` +
            `${listed.join('\n')}\n` +
            'Run again with --force to overwrite them (check `git status` first), or export into another folder with --out.', conflicts);
    }
    await (0,promises_namespaceObject.mkdir)(outDir, { recursive: true });
    const files = [];
    for (const [index, write] of writes.entries()) {
        options.signal?.throwIfAborted();
        await writeAtomically(write.absolute, write.text, write.exists);
        files.push({ ...write.file, replaced: write.exists });
        progress({ phase: 'writing', done: index + 1, total: writes.length });
    }
    let settingsResult;
    if (settingsWrite !== undefined) {
        await writeAtomically(settingsWrite.absolute, settingsWrite.text, settingsWrite.exists);
        settingsResult = {
            path: toPosix(external_node_path_default().relative(cwd, settingsWrite.absolute)),
            action: settingsWrite.exists ? 'updated' : 'created',
        };
    }
    return {
        out: toPosix(external_node_path_default().relative(cwd, outDir)) || '.',
        files,
        ...(settingsResult === undefined ? {} : { settingsFile: settingsResult }),
        customPermissions: keys,
        relaxedRules: check.relaxRules,
        findings: check.findings,
        leftOut,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/export.ts






const export_HELP = `Usage: jira-perms export [--out DIR] [--scheme NAME]... [--force]

Writes every live permission scheme of the Jira site as a scheme file: the quickest way to adopt
jira-perms. Planned straight back against the same site, the files give an empty plan. Export only
reads from Jira (the client it uses cannot send a write).

Options:
  --out DIR        Folder to write into. Default: the scheme folder of the settings file
                   (.jira-permissions.yml), else jira-permissions/.
  --scheme NAME    Export only this scheme (its name exactly as Jira shows it, or its id).
                   Repeat for more. File names stay the same as in a full export.
  --force          Overwrite files that exist. Without it, export checks first and writes
                   nothing if any file it would write is already there, listing them.
  -h, --help       Show this help.

What it writes:
  <out>/<scheme-name>.yml   one file per scheme, named from the scheme's name (lower case, dashes;
                            a scheme whose name collides with an older one's gets its id appended).
                            A file in <out> that already describes the scheme (pins its id, or
                            names it without an id) is updated in place instead.
  .jira-permissions.yml     only when needed: customPermissions lists the permission keys that apps
                            define, so validate accepts them offline; lint rules the site already
                            breaks are set to warning (with a comment), so the files validate.

Each file records the scheme's id (so renames are tracked), the projects that use it, and the grants
left out: holders Jira manages itself (the atlassian-addons-project-access role, see managedHolders
in the settings), and holder types or permissions this product does not know. plan and apply leave
those grants as they are.

Connection, from the environment: JIRA_BASE_URL, and JIRA_EMAIL + JIRA_API_TOKEN or
JIRA_BEARER_TOKEN; JIRA_API_VERSION 3 (Cloud, default) or 2 (Data Center). Needs read access only:
Browse users and groups helps the display names in comments.

Examples:
  jira-perms export
  jira-perms export --out jira-permissions --scheme "Default Permission Scheme"
  jira-perms export --force && git diff        # refresh files from Jira and review what changed

Exit codes: 0 written; 1 nothing written (bad option, connection failure, files in the way).
`;
const OPTIONS = ['--out', '--scheme', '--force', '--help'];
/** Parses the options; returns an error message for anything it does not understand. */
function parseExportArguments(argv) {
    const parsed = { schemes: [], force: false };
    for (let index = 0; index < argv.length; index++) {
        const argument = argv[index] ?? '';
        const [flag, inline] = argument.startsWith('--') && argument.includes('=')
            ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
            : [argument, undefined];
        if (flag === '--force') {
            if (inline !== undefined)
                return '--force takes no value';
            parsed.force = true;
            continue;
        }
        if (flag === '--out' || flag === '--scheme') {
            const value = inline ?? argv[++index];
            if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
                return `${flag} needs a value (${flag === '--out' ? '--out DIR' : '--scheme NAME'})`;
            }
            if (flag === '--out') {
                if (parsed.out !== undefined)
                    return '--out given twice; export writes into one folder';
                parsed.out = value;
            }
            else {
                parsed.schemes.push(value);
            }
            continue;
        }
        const suggestion = closestMatch(flag, OPTIONS);
        return argument.startsWith('-')
            ? `unknown option "${argument}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`
            : `unexpected argument "${argument}" (scheme names go after --scheme)`;
    }
    return parsed;
}
/** `exporting 120/500 schemes…` on one terminal line, rewritten in place. */
function progressPrinter(stderr, isTTY) {
    let shown = false;
    return {
        report: (progress) => {
            if (!isTTY)
                return;
            const text = progress.phase === 'reading'
                ? 'reading permission schemes, names and projects from Jira…'
                : progress.phase === 'exporting'
                    ? `exporting ${progress.done}/${progress.total} schemes…`
                    : `writing ${progress.done}/${progress.total} files…`;
            stderr.write(`\r\x1b[2K${text}`);
            shown = true;
        },
        done: () => {
            if (shown)
                stderr.write('\r\x1b[2K');
            shown = false;
        },
    };
}
function export_plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
function formatExportSummary(result) {
    const lines = [];
    if (result.files.length === 0) {
        lines.push('No permission schemes to export.');
        return `${lines.join('\n')}\n`;
    }
    lines.push(`Exported ${export_plural(result.files.length, 'permission scheme', 'permission schemes')} to ${result.out}/:`);
    const width = Math.max(...result.files.map((file) => file.path.length));
    for (const file of result.files) {
        lines.push(`  ${file.path.padEnd(width)}  ${file.scheme} (${file.schemeId}), ${export_plural(file.grants, 'grant', 'grants')}${file.replaced ? ', replaced' : ''}`);
    }
    if (result.settingsFile !== undefined) {
        lines.push(`${result.settingsFile.action === 'created' ? 'Wrote' : 'Updated'} ${result.settingsFile.path}:`);
        if (result.customPermissions.length > 0) {
            lines.push(`  customPermissions: ${export_plural(result.customPermissions.length, 'app-defined permission key', 'app-defined permission keys')} the schemes use (${result.customPermissions.join(', ')})`);
        }
        for (const rule of result.relaxedRules) {
            const places = result.findings.filter((finding) => finding.ruleId === rule).length;
            lines.push(`  rules: ${rule} set to warning: Jira already breaks it in ${export_plural(places, 'place', 'places')} (validate lists them); fix them, then remove the line`);
        }
    }
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
        lines.push(`jira-perms validate will report ${export_plural(errors.length, 'error', 'errors')} in the exported files:`);
        for (const finding of errors.slice(0, 10)) {
            lines.push(`  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}  ${finding.ruleId}`);
        }
        if (errors.length > 10)
            lines.push(`  and ${errors.length - 10} more`);
    }
    if (result.leftOut.length > 0) {
        const managed = result.leftOut.filter((grant) => grant.reason === 'managed').length;
        const unknown = result.leftOut.length - managed;
        const parts = [
            ...(managed > 0 ? [`${export_plural(managed, 'grant', 'grants')} to holders Jira manages itself`] : []),
            ...(unknown > 0 ? [`${export_plural(unknown, 'grant', 'grants')} this product does not manage`] : []),
        ];
        lines.push(`Left out ${parts.join(' and ')}: each file's header lists them; plan and apply leave them alone.`);
    }
    lines.push('', 'Next: jira-perms validate, then jira-perms plan (it should report no changes).');
    return `${lines.join('\n')}\n`;
}
async function run(context) {
    const stdout = redactingWriter(context.stdout);
    const stderr = redactingWriter(context.stderr);
    const parsed = parseExportArguments(context.argv);
    if (typeof parsed === 'string') {
        stderr.write(`jira-perms export: ${parsed}\nRun 'jira-perms export --help' for the options.\n`);
        return 1;
    }
    const progress = progressPrinter(context.stderr, context.isTTY);
    try {
        const connection = connectionFromEnv(context.env);
        const jira = createJiraReader(connection, { signal: context.signal });
        const result = await runExport({
            cwd: context.cwd,
            jira,
            ...(parsed.out === undefined ? {} : { out: parsed.out }),
            schemes: parsed.schemes,
            force: parsed.force,
            onProgress: progress.report,
            signal: context.signal,
        });
        progress.done();
        stdout.write(formatExportSummary(result));
        return 0;
    }
    catch (error) {
        progress.done();
        stderr.write(`jira-perms export: ${errorMessage(error)}\n`);
        return 1;
    }
}
const exportCommand = {
    name: 'export',
    summary: 'write the live permission schemes as scheme files (read-only)',
    help: export_HELP,
    run,
};

;// CONCATENATED MODULE: ./src/cli/commands/sim.ts

const sim_HELP = `jira-perms sim: run the built-in local Jira simulator

Usage: jira-perms sim [options]

Starts a Jira look-alike on 127.0.0.1 that answers the REST operations jira-perms uses
(permission schemes and grants, permissions, groups, roles, users, fields, application roles,
projects), prints its URL and example credentials, and runs until Ctrl+C. State lives in memory.

Site:
  --port N              port to listen on (default 0: any free port)
  --host ADDR           address to listen on (default 127.0.0.1)
  --seed FILE           load the site from a JSON seed file (default: the built-in seed,
                        a small Cloud site with Default, Software and Service Management schemes)
  --generate SPEC       generate a large site instead, e.g.
                        schemes=200,grants=80,groups=500,roles=12,projects=300,users=200,seed=7
  --flavour KIND        cloud (default: REST v3 and v2, group ids) or datacenter
                        (REST v2 only, groups by name, holders without "value", no /group/bulk)
  --print-seed          print the site as seed JSON (to edit and load with --seed) and exit

Faults (reproducible: the same --fault-seed and the same requests give the same faults):
  --latency MS          add MS milliseconds to every answer
  --jitter MS           add up to MS more, at random
  --rate-limit N/S      token bucket of N requests refilled at S per second; then 429 + Retry-After
  --errors RATE         answer 503 to this fraction of requests (0..1)
  --drop RATE           commit this fraction of writes, then drop the connection unanswered
  --hang RATE           never answer this fraction of requests
  --html-login RATE     answer this fraction with a 200 HTML login page
  --truncate RATE       cut this fraction of JSON answers in half
  --blocked             answer everything 403 as from an address outside the IP allowlist
  --writes-only         apply the rate-based faults above to POST/PUT/DELETE only
  --fault-seed N        PRNG seed for the faults (default 1)

Behaviour where Atlassian's documentation leaves it open (see README, "Behaviour switches"):
  --behaviour K=V       repeatable; keys: errorWording=jira|terse,
                        deleteInUseScheme=refuse|fallback, deleteInUseStatus=400|409,
                        parameterlessHolders=omit|null, grantIdsAfterPut=new|keep,
                        addonsRoleOnCreate=true|false, expandHolderObjects=true|false,
                        pageCap=N (project, group, user and field pages)

Examples:
  jira-perms sim --port 8080
  jira-perms sim --flavour datacenter --latency 50 --jitter 100
  jira-perms sim --rate-limit 20/5 --errors 0.05 --writes-only --fault-seed 42
  jira-perms sim --print-seed > site.json && jira-perms sim --seed site.json
`;
class UsageError extends Error {
}
function rate(value, flag) {
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0 || number > 1) {
        throw new UsageError(`${flag} needs a fraction between 0 and 1 (got "${value}")`);
    }
    return number;
}
function count(value, flag) {
    if (!/^\d+$/.test(value))
        throw new UsageError(`${flag} needs a whole number (got "${value}")`);
    return Number(value);
}
function applyBehaviour(behaviour, setting) {
    const [key = '', value = ''] = setting.split('=', 2);
    const oneOf = (allowed) => {
        if (!allowed.includes(value)) {
            throw new UsageError(`--behaviour ${key} must be one of ${allowed.join(', ')} (got "${value}")`);
        }
        return value;
    };
    switch (key) {
        case 'errorWording':
            behaviour.errorWording = oneOf(['jira', 'terse']);
            return;
        case 'deleteInUseScheme':
            behaviour.deleteInUseScheme = oneOf(['refuse', 'fallback']);
            return;
        case 'deleteInUseStatus':
            behaviour.deleteInUseStatus = Number(oneOf(['400', '409']));
            return;
        case 'parameterlessHolders':
            behaviour.parameterlessHolders = oneOf(['omit', 'null']);
            return;
        case 'grantIdsAfterPut':
            behaviour.grantIdsAfterPut = oneOf(['new', 'keep']);
            return;
        case 'addonsRoleOnCreate':
            behaviour.addonsRoleOnCreate = oneOf(['true', 'false']) === 'true';
            return;
        case 'expandHolderObjects':
            behaviour.expandHolderObjects = oneOf(['true', 'false']) === 'true';
            return;
        case 'pageCap': {
            const cap = count(value, '--behaviour pageCap');
            behaviour.maxResultsCap = { projects: cap, groups: cap, users: cap, fields: cap };
            return;
        }
        default:
            throw new UsageError(`unknown --behaviour key "${key}" (known: errorWording, deleteInUseScheme, deleteInUseStatus, ` +
                'parameterlessHolders, grantIdsAfterPut, addonsRoleOnCreate, expandHolderObjects, pageCap)');
    }
}
function parseGenerate(spec) {
    const params = {};
    const names = { grants: 'grantsPerScheme', grantsPerScheme: 'grantsPerScheme' };
    for (const part of spec.split(',').filter((item) => item !== '')) {
        const [key = '', value = ''] = part.split('=', 2);
        const known = ['schemes', 'grants', 'grantsPerScheme', 'groups', 'roles', 'projects', 'users', 'seed'];
        if (!known.includes(key)) {
            throw new UsageError(`--generate: unknown size "${key}" (known: ${known.join(', ')})`);
        }
        params[names[key] ?? key] = count(value, `--generate ${key}`);
    }
    return generateSite(params);
}
function parseArgs(argv) {
    const options = {};
    const faults = {};
    const behaviour = {};
    const rateFaults = [];
    let latency;
    let jitter;
    let writesOnly = false;
    const parsed = { options };
    for (let index = 0; index < argv.length; index++) {
        const flag = argv[index] ?? '';
        const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
        const value = () => {
            if (inline !== undefined)
                return inline;
            const next = argv[++index];
            if (next === undefined)
                throw new UsageError(`${name} needs a value`);
            return next;
        };
        switch (name) {
            case '--port':
                options.port = count(value(), '--port');
                break;
            case '--host':
                options.host = value();
                break;
            case '--seed':
                parsed.seedFile = value();
                break;
            case '--generate':
                parsed.generate = value();
                break;
            case '--print-seed':
                parsed.printSeed = true;
                break;
            case '--flavour':
            case '--flavor': {
                const flavour = value();
                if (flavour !== 'cloud' && flavour !== 'datacenter') {
                    throw new UsageError(`--flavour must be cloud or datacenter (got "${flavour}")`);
                }
                options.flavour = flavour;
                break;
            }
            case '--latency':
                latency = count(value(), '--latency');
                break;
            case '--jitter':
                jitter = count(value(), '--jitter');
                break;
            case '--rate-limit': {
                const spec = value();
                const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(spec);
                if (match === null)
                    throw new UsageError(`--rate-limit needs N/S, e.g. 20/5 (got "${spec}")`);
                faults.rateLimit = { capacity: Number(match[1]), refillPerSecond: Number(match[2]) };
                break;
            }
            case '--errors':
                rateFaults.push({ key: 'serverErrors', rate: rate(value(), '--errors') });
                break;
            case '--drop':
                rateFaults.push({ key: 'dropAfterCommit', rate: rate(value(), '--drop') });
                break;
            case '--hang':
                rateFaults.push({ key: 'hang', rate: rate(value(), '--hang') });
                break;
            case '--html-login':
                rateFaults.push({ key: 'htmlLogin', rate: rate(value(), '--html-login') });
                break;
            case '--truncate':
                rateFaults.push({ key: 'truncatedJson', rate: rate(value(), '--truncate') });
                break;
            case '--blocked':
                faults.blockedAddress = true;
                break;
            case '--writes-only':
                writesOnly = true;
                break;
            case '--fault-seed':
                faults.seed = count(value(), '--fault-seed');
                break;
            case '--behaviour':
            case '--behavior':
                applyBehaviour(behaviour, value());
                break;
            default:
                throw new UsageError(`unknown option "${flag}"`);
        }
    }
    const match = writesOnly ? { methods: 'writes' } : {};
    for (const { key, rate: probability } of rateFaults)
        faults[key] = { ...match, rate: probability };
    if (latency !== undefined || jitter !== undefined) {
        faults.latency = { fixedMs: latency ?? 0, jitterMs: jitter ?? 0 };
    }
    if (parsed.seedFile !== undefined && parsed.generate !== undefined) {
        throw new UsageError('use either --seed or --generate, not both');
    }
    options.faults = faults;
    options.apiBehaviour = behaviour;
    return parsed;
}
function describe(site) {
    const grants = site.schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
    return (`${String(site.schemes.length)} schemes (${String(grants)} grants), ${String(site.groups.length)} groups, ` +
        `${String(site.roles.length)} roles, ${String(site.users.length)} users, ${String(site.projects.length)} projects`);
}
function waitForAbort(signal) {
    if (signal.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        signal.addEventListener('abort', () => {
            resolve();
        }, { once: true });
    });
}
async function sim_run(context) {
    let parsed;
    try {
        parsed = parseArgs(context.argv);
        if (parsed.seedFile !== undefined)
            parsed.options.seed = await loadSeedFile(parsed.seedFile);
        if (parsed.generate !== undefined)
            parsed.options.seed = parseGenerate(parsed.generate);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        context.stderr.write(`jira-perms sim: ${message}\nRun 'jira-perms sim --help' for the options.\n`);
        return 1;
    }
    if (parsed.printSeed === true) {
        context.stdout.write(`${JSON.stringify(parsed.options.seed ?? defaultSeed(), null, 2)}\n`);
        return 0;
    }
    let simulator;
    try {
        simulator = await startSimulator(parsed.options);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        context.stderr.write(`jira-perms sim: could not start the server: ${message}\n` +
            'If the port is taken, pick another with --port, or use --port 0 for any free port.\n');
        return 1;
    }
    const version = simulator.flavour === 'datacenter' ? '2' : '3';
    const admin = simulator.credentials.admin;
    const lines = [
        `Jira simulator (${simulator.flavour}) listening on ${simulator.baseUrl}`,
        `Site: ${parsed.seedFile ?? (parsed.generate !== undefined ? `generated (${parsed.generate})` : 'built-in seed')}: ${describe(simulator.state)}`,
        '',
        'Example credentials (simulator-only, not secrets):',
        `  admin       basic  ${admin.email} / ${admin.apiToken}`,
        `  admin       bearer ${simulator.credentials.bearer.token}`,
        `  non-admin   basic  ${simulator.credentials.nonAdmin.email} / ${simulator.credentials.nonAdmin.apiToken}`,
        `  read-only   basic  ${simulator.credentials.readOnly.email} / ${simulator.credentials.readOnly.apiToken}`,
        `  no-delete   basic  ${simulator.credentials.noDelete.email} / ${simulator.credentials.noDelete.apiToken}`,
        `  scoped      bearer ${simulator.credentials.scoped.token} (only under ${simulator.gatewayUrl})`,
        '',
        'Try it:',
        `  curl -u ${admin.email}:${admin.apiToken} ${simulator.baseUrl}/rest/api/${version}/permissionscheme`,
        '',
        'Point jira-perms at it:',
        `  export JIRA_BASE_URL=${simulator.baseUrl} JIRA_EMAIL=${admin.email} JIRA_API_TOKEN=${admin.apiToken}` +
            (version === '2' ? ' JIRA_API_VERSION=2' : ''),
        '',
        'Press Ctrl+C to stop.',
        '',
    ];
    context.stdout.write(lines.join('\n'));
    await waitForAbort(context.signal);
    await simulator.stop();
    const writes = simulator.requests.filter((entry) => entry.method !== 'GET').length;
    context.stdout.write(`Stopped. Answered ${String(simulator.requests.length)} requests (${String(writes)} writes).\n`);
    return 0;
}
const simCommand = {
    name: 'sim',
    summary: 'run the built-in local Jira simulator (for trying jira-perms without a real site)',
    help: sim_HELP,
    run: sim_run,
};

;// CONCATENATED MODULE: ./src/commands/validate.ts


/** `validate`, as a typed function for the command line and the action: load, check, count. No output. */
async function runValidate(options) {
    const project = await loadProject({
        cwd: options.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
    });
    let findings = project.findings;
    let online = 'not-requested';
    if (options.onlineCheck !== undefined) {
        online = 'skipped';
        if (countFindings(findings).errors === 0) {
            findings = sortFindings([...findings, ...(await options.onlineCheck(project))]);
            online = 'checked';
        }
    }
    const counts = countFindings(findings);
    return {
        project,
        findings,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        infoCount: counts.infos,
        online,
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The findings as one JSON document (stable order; one finding shape, as the model defines it). */
function jsonReport(findings, fileCount) {
    const counts = countFindings(findings);
    return {
        version: 1,
        summary: { errors: counts.errors, warnings: counts.warnings, notes: counts.infos, files: fileCount },
        findings: sortFindings(findings),
    };
}
function formatJson(findings, fileCount) {
    return `${JSON.stringify(jsonReport(findings, fileCount), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/validate/checks.ts

/**
 * The checks that are not lint rules: they cannot be turned off, because a file that fails them cannot
 * be read or means nothing. Listed beside the lint rules for SARIF's rule list and the README.
 */
const CORE_CHECKS = [
    {
        id: 'yaml',
        description: 'The file is readable, plain YAML: UTF-8, at most 1 MiB, one document, no duplicate keys, anchors, aliases, merge keys, tags, tab indentation or deep nesting.',
        defaultSeverity: 'error',
        docs: 'Fix the YAML at the reported line and column; the message says what to change.',
    },
    {
        id: 'schema',
        description: 'The file is a permission scheme: name and grants, known permission keys, and holders in one of their documented forms.',
        defaultSeverity: 'error',
        docs: 'Compare with schemas/permission-scheme.schema.json (point your editor at it for completion).',
    },
    {
        id: 'unique-name',
        description: 'Two files describe schemes with the same name.',
        defaultSeverity: 'error',
        docs: "A scheme's name is its identity: give each file its own name, or merge the files.",
    },
    {
        id: 'unique-id',
        description: 'Two files bind the same live scheme id.',
        defaultSeverity: 'error',
        docs: 'Keep the id in one file only.',
    },
    {
        id: 'settings',
        description: 'The settings file (.jira-permissions.yml) is valid.',
        defaultSeverity: 'error',
        docs: 'Compare with schemas/settings.schema.json.',
    },
    {
        id: 'files',
        description: 'The scheme folder exists and has scheme files.',
        defaultSeverity: 'error',
        docs: 'Create the folder, pass --path DIR, or set "schemes:" in .jira-permissions.yml.',
    },
];
/** Every check and rule, core checks first. */
const ALL_CHECKS = [...CORE_CHECKS, ...RULES.map((rule) => rule.meta)];

;// CONCATENATED MODULE: ./src/report/sarif.ts



const LEVELS = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/jira-permissions-as-code/jira-permissions-as-code#readme';
/** `no-anonymous-access` → `NoAnonymousAccess` (SARIF's rule `name` is an identifier). */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
        .join('');
}
function sarifRule(meta) {
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: { text: meta.docs },
        defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    };
}
/** Encodes a relative path as a URI reference (segments percent-encoded, slashes kept). */
function fileUri(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/**
 * A SARIF 2.1.0 log for GitHub code scanning: the rules of every check (plus any rule id a finding
 * carries that is not one of them, e.g. the resolver's), and one result per finding with its region.
 */
function sarifReport(findings, extraRules = []) {
    const metas = [...ALL_CHECKS, ...extraRules];
    const sorted = sortFindings(findings);
    for (const finding of sorted) {
        if (!metas.some((meta) => meta.id === finding.ruleId)) {
            metas.push({
                id: finding.ruleId,
                description: finding.ruleId,
                defaultSeverity: finding.severity,
                docs: 'See the message of each result.',
            });
        }
    }
    const index = new Map(metas.map((meta, position) => [meta.id, position]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'jira-perms',
                        semanticVersion: VERSION,
                        informationUri: INFORMATION_URI,
                        rules: metas.map(sarifRule),
                    },
                },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: {
                    SRCROOT: {
                        description: { text: 'The working directory jira-perms ran in (the repository root).' },
                    },
                },
                results: sorted.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: index.get(finding.ruleId) ?? 0,
                    level: LEVELS[finding.severity],
                    message: {
                        text: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
                    },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: fileUri(finding.file), uriBaseId: 'SRCROOT' },
                                region: region(finding),
                            },
                        },
                    ],
                })),
            },
        ],
    };
}
function region(finding) {
    const result = {
        startLine: Math.max(1, finding.line),
        startColumn: Math.max(1, finding.column),
    };
    if (finding.endLine !== undefined && finding.endColumn !== undefined) {
        const endLine = Math.max(result.startLine, finding.endLine);
        const endColumn = endLine === result.startLine ? Math.max(result.startColumn, finding.endColumn) : finding.endColumn;
        result.endLine = endLine;
        result.endColumn = Math.max(1, endColumn);
    }
    return result;
}
function formatSarif(findings) {
    return `${JSON.stringify(sarifReport(findings), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts






let onlineCheckFactory;
/** Installs (or, with undefined, removes) the factory behind `validate --online`. */
function setOnlineCheckFactory(factory) {
    onlineCheckFactory = factory;
}
const FORMATS = ['text', 'json', 'sarif'];
const validate_OPTIONS = ['--path', '--settings', '--format', '--online', '--no-color', '--help'];
const validate_HELP = `jira-perms validate: check the scheme files, offline

Usage: jira-perms validate [--path DIR] [--settings FILE] [--format text|json|sarif] [--online] [--no-color]

Reads every *.yml / *.yaml file under the scheme folder (recursively), checks that each is plain YAML
and a valid permission scheme (schemas/permission-scheme.schema.json), checks the files against each
other (unique names and ids) and runs the lint rules. Needs no Jira credentials unless --online is given.

Options:
  --path DIR         the scheme folder, or one scheme file (default: "schemes" in the settings file,
                     else jira-permissions)
  --settings FILE    the settings file (default: .jira-permissions.yml)
  --format FORMAT    text (default): one line per finding, file:line:col  severity  message  rule,
                     the fix below it, then a count;
                     json: {"version": 1, "summary": {...}, "findings": [...]};
                     sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)
  --online           also check names (groups, roles, users, fields, application roles) in Jira;
                     needs JIRA_BASE_URL and JIRA_EMAIL + JIRA_API_TOKEN, or JIRA_BEARER_TOKEN
  --no-color         no colours in text output (colour is only used on a terminal; NO_COLOR is honoured)
  -h, --help         this help

Checks and rules (severity of rules set in the settings file's "rules:"):
${ALL_CHECKS.map((check) => `  ${check.id.padEnd(20)} ${check.defaultSeverity.padEnd(8)} ${check.description}`).join('\n')}

Exit codes: 0 no errors (warnings and notes alone do not fail); 1 errors, or bad arguments.

Examples:
  jira-perms validate
  jira-perms validate --path schemes/ --format sarif > validate.sarif
`;
function parseArguments(argv) {
    const parsed = { format: 'text', online: false, color: true };
    for (let index = 0; index < argv.length; index++) {
        const argument = argv[index] ?? '';
        const [name, inline] = argument.startsWith('--') && argument.includes('=')
            ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
            : [argument, undefined];
        const value = () => {
            if (inline !== undefined)
                return inline;
            const next = argv[index + 1];
            if (next === undefined || next.startsWith('--'))
                return { error: `${name} needs a value` };
            index++;
            return next;
        };
        switch (name) {
            case '--path':
            case '--settings': {
                const given = value();
                if (typeof given !== 'string')
                    return given;
                if (name === '--path')
                    parsed.path = given;
                else
                    parsed.settings = given;
                break;
            }
            case '--format': {
                const given = value();
                if (typeof given !== 'string')
                    return given;
                if (!FORMATS.includes(given)) {
                    const suggestion = closestMatch(given, FORMATS);
                    return {
                        error: `unknown format "${given}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}: use text, json or sarif`,
                    };
                }
                parsed.format = given;
                break;
            }
            case '--online':
            case '--no-color':
                if (inline !== undefined)
                    return { error: `${name} takes no value` };
                if (name === '--online')
                    parsed.online = true;
                else
                    parsed.color = false;
                break;
            default: {
                const suggestion = closestMatch(name, validate_OPTIONS);
                return {
                    error: `unknown ${name.startsWith('-') ? 'option' : 'argument'} "${argument}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
                };
            }
        }
    }
    return parsed;
}
function onlineProblem(env) {
    const missing = [];
    if ((env.JIRA_BASE_URL ?? '') === '')
        missing.push('JIRA_BASE_URL');
    const basic = (env.JIRA_EMAIL ?? '') !== '' && (env.JIRA_API_TOKEN ?? '') !== '';
    const bearer = (env.JIRA_BEARER_TOKEN ?? '') !== '';
    if (!basic && !bearer)
        missing.push('JIRA_EMAIL + JIRA_API_TOKEN (or JIRA_BEARER_TOKEN)');
    if (missing.length > 0) {
        return `validate --online needs ${missing.join(' and ')} in the environment; without --online, validate needs no Jira access`;
    }
    if (onlineCheckFactory === undefined)
        return 'validate --online is not available in this build';
    return undefined;
}
const validateCommand = {
    name: 'validate',
    summary: 'check the scheme files: YAML, schema and lint rules (offline; --online also checks names in Jira)',
    help: validate_HELP,
    async run(context) {
        const parsed = parseArguments(context.argv);
        if ('error' in parsed) {
            context.stderr.write(`jira-perms validate: ${parsed.error}\nRun 'jira-perms validate --help' for the options.\n`);
            return 1;
        }
        let onlineCheck;
        if (parsed.online) {
            const problem = onlineProblem(context.env);
            if (problem !== undefined || onlineCheckFactory === undefined) {
                context.stderr.write(`jira-perms validate: ${problem ?? 'validate --online is not available'}\n`);
                return 1;
            }
            onlineCheck = onlineCheckFactory({ env: context.env, signal: context.signal });
        }
        let result;
        try {
            result = await runValidate({
                cwd: context.cwd,
                path: parsed.path,
                settingsPath: parsed.settings,
                ...(onlineCheck === undefined ? {} : { onlineCheck }),
            });
        }
        catch (error) {
            // Only the online check talks to anything that can fail this way; the offline checks never throw.
            const message = error instanceof Error ? error.message : String(error);
            context.stderr.write(`jira-perms validate --online: ${message}\n`);
            return 1;
        }
        const fileCount = result.project.files.length;
        if (result.online === 'skipped') {
            context.stderr.write('jira-perms validate: --online skipped: fix the errors below first, then names are checked in Jira\n');
        }
        switch (parsed.format) {
            case 'json':
                context.stdout.write(formatJson(result.findings, fileCount));
                break;
            case 'sarif':
                context.stdout.write(formatSarif(result.findings));
                break;
            default:
                context.stdout.write(formatText(result.findings, {
                    fileCount,
                    color: parsed.color && context.isTTY && (context.env.NO_COLOR ?? '') === '',
                }));
        }
        return result.errorCount > 0 ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/online.ts



/**
 * `validate --online`: the resolver's findings (names that do not exist in Jira, renamed groups,
 * inactive users, app-defined keys the site lacks), through a read-only client. Kept out of the validate
 * command itself so the offline linter never loads the Jira client.
 */
const resolverOnlineCheck = ({ env, signal }) => async (project) => {
    const reader = createJiraReader(connectionFromEnv(env), { signal });
    const { findings } = await resolveSchemes(project.schemes, reader, {
        customPermissions: project.settings.customPermissions,
    });
    return findings;
};

;// CONCATENATED MODULE: ./src/cli/main.ts










setOnlineCheckFactory(resolverOnlineCheck);
const COMMANDS = [
    validateCommand,
    planCommand,
    applyCommand,
    exportCommand,
    doctorCommand,
    simCommand,
    demoCommand,
];
function usage() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return [
        'jira-perms: Jira permission schemes as code',
        '',
        'Usage: jira-perms <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Connection (plan, apply, export, doctor, validate --online), from the environment:',
        '  JIRA_BASE_URL      site URL (https://example.atlassian.net), api.atlassian.com/ex/jira/{cloudId}, or Data Center URL',
        '  JIRA_EMAIL + JIRA_API_TOKEN   basic auth, or',
        '  JIRA_BEARER_TOKEN  OAuth 2.0 access token or Data Center personal access token',
        '  JIRA_API_VERSION   3 (Cloud, default) or 2 (Data Center)',
        '',
        "Run 'jira-perms <command> --help' for a command's options.",
        '',
    ].join('\n');
}
/** Dispatches to a command; returns the exit code. */
async function runCli(args, context) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        context.stdout.write(usage());
        return name === undefined ? 1 : 0;
    }
    if (name === '--version' || name === '-v') {
        context.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
        const suggestion = closestMatch(name, COMMANDS.map((candidate) => candidate.name));
        context.stderr.write(`jira-perms: unknown command "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}\n` +
            "Run 'jira-perms --help' for the list of commands.\n");
        return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        context.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
        return 0;
    }
    return command.run({ ...context, argv: rest });
}


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
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
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

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
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
