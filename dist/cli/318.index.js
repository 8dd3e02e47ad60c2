export const id = 318;
export const ids = [318];
export const modules = {

/***/ 3318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIN_SPEC: () => (/* binding */ PIN_SPEC),
  pinCommand: () => (/* binding */ pinCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/confine.ts
var confine = __webpack_require__(1094);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(1980);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/positions.ts
var positions = __webpack_require__(78);
// EXTERNAL MODULE: ./src/config/yaml.ts + 1 modules
var yaml = __webpack_require__(6945);
;// CONCATENATED MODULE: ./src/export/pin-id.ts



/**
 * `pin`'s one edit: an `id: <n>` line under a scheme file's `name:`, and nothing else. The file is
 * edited as text, not re-serialised, so its comments, key order, quoting and line endings stay as they
 * are. The edit is checked by reading the new text back: it must hold the same document plus the id.
 * Pure: text in, text out.
 */
const BOM = '\uFEFF';
function pinIdInText(text, file, id) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = text.slice(bom.length);
    const parsed = (0,yaml/* parseYamlDocument */.Iu)(body);
    if (!parsed.ok)
        return { ok: false, reason: 'the file is not valid YAML (jira-perms validate says where)' };
    const before = parsed.value;
    if (!isMapping(before))
        return { ok: false, reason: 'the file is not a mapping of name:, grants:, ...' };
    if ('id' in before)
        return { ok: false, reason: 'the file has an id: already' };
    const name = new positions/* PositionMap */.mG(file, body, parsed.root).node(['name']);
    const { keyStart } = name.node;
    if (!name.exact || keyStart === undefined)
        return { ok: false, reason: 'the file has no name: key' };
    // A block mapping's key starts its line (after indentation); anything else before it (`{name: ...`,
    // `- name:`, `--- name:`) is a layout a one-line insertion could break.
    const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = body.slice(lineStart, keyStart);
    if (!/^[ ]*$/.test(indent))
        return { ok: false, reason: notBlock };
    // Insert on the line after the name's value (a block scalar ends at the start of the next line).
    const end = name.node.end;
    let at;
    let eol;
    if (end > 0 && body[end - 1] === '\n') {
        at = end;
        eol = body[end - 2] === '\r' ? '\r\n' : '\n';
    }
    else {
        const newline = body.indexOf('\n', end);
        const rest = body.slice(end, newline === -1 ? body.length : newline).replace(/\r$/, '');
        // Only spaces and a comment may follow the value on its line: not `, grants: ...` of a flow mapping.
        if (!/^\s*(#.*)?$/.test(rest))
            return { ok: false, reason: notBlock };
        at = newline === -1 ? body.length : newline + 1;
        eol = newline > 0 && body[newline - 1] === '\r' ? '\r\n' : '\n';
    }
    const line = `${indent}id: ${String(id)}`;
    // A last line without a line break gets one, and the id line goes after it (as the file ended: no break).
    const append = at === body.length && !body.endsWith('\n');
    const edited = append ? `${body}${eol}${line}` : `${body.slice(0, at)}${line}${eol}${body.slice(at)}`;
    const check = (0,yaml/* parseYamlDocument */.Iu)(edited);
    if (!check.ok || !(0,external_node_util_.isDeepStrictEqual)(check.value, { ...before, id })) {
        return { ok: false, reason: notBlock };
    }
    return { ok: true, text: bom + edited, line: lineNumber(edited, append ? at + eol.length : at) };
}
const notBlock = 'name: is not on a line of its own in a block mapping, so an id: line cannot be added without rewriting the file';
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function lineNumber(text, offset) {
    let line = 1;
    for (let index = 0; index < offset; index++)
        if (text[index] === '\n')
            line++;
    return line;
}

// EXTERNAL MODULE: ./src/plan/planner.ts + 1 modules
var planner = __webpack_require__(5552);
;// CONCATENATED MODULE: ./src/commands/pin.ts







async function runPin(options, deps) {
    const result = {
        status: 'done',
        pinned: [],
        alreadyPinned: 0,
        notLive: [],
        refused: [],
        unreadable: [],
    };
    const failed = (error) => ({ ...result, status: 'failed', error });
    deps.progress({ step: 'load', message: 'Reading the scheme files' });
    const root = (0,confine/* findRepositoryRoot */.mL)(deps.cwd);
    let project;
    try {
        project = await (0,load/* loadProject */.gi)({
            cwd: deps.cwd,
            root,
            ...(options.path === undefined ? {} : { path: options.path }),
            ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        });
    }
    catch (error) {
        return failed(`Could not read the scheme files: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const loaded = new Set(project.schemes.map((spec) => spec.file));
    result.unreadable = project.files.map((file) => file.path).filter((file) => !loaded.has(file));
    result.alreadyPinned = project.schemes.filter((spec) => spec.id !== undefined).length;
    let matches;
    try {
        deps.signal.throwIfAborted();
        deps.progress({ step: 'read-live', message: 'Reading the live permission schemes' });
        const live = await deps.jira.reader({ signal: deps.signal }).listPermissionSchemes();
        matches = (0,planner/* unpinnedMatches */.nH)(project.schemes, live);
    }
    catch (error) {
        return failed((0,errors/* errorMessage */.gJ)(error));
    }
    result.notLive = matches.notLive.map((spec) => ({ file: spec.file, scheme: spec.name }));
    result.refused = matches.ambiguous.map(({ desired, ids }) => ({
        file: desired.file,
        scheme: desired.name,
        reason: `Jira has ${ids.length} schemes with this name (ids ${ids.join(', ')}): add the right id: by hand`,
    }));
    for (const { desired, live } of matches.pins) {
        const refused = await pinFile(root, external_node_path_default().resolve(deps.cwd, desired.file), desired.file, live.id);
        if (typeof refused === 'string') {
            result.refused.push({ file: desired.file, scheme: desired.name, reason: refused });
        }
        else {
            result.pinned.push({ file: desired.file, scheme: desired.name, schemeId: live.id, line: refused.line });
        }
    }
    return result;
}
/**
 * Adds the `id:` line to one file: where the file really is (a link inside the repository keeps
 * pointing at its file), written beside it and renamed over it, so an interruption leaves the old file
 * or the new one. Returns the line written, or why nothing was.
 */
async function pinFile(root, absolute, file, id) {
    const confined = (0,confine/* confine */.Do)(root, absolute, `the file ${file}`);
    if (!confined.ok)
        return `${confined.message}. ${confined.hint}`;
    let text;
    try {
        text = await (0,promises_.readFile)(confined.real, 'utf8');
    }
    catch (error) {
        return `could not read it again: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
    const edit = pinIdInText(text, file, id);
    if (!edit.ok)
        return edit.reason;
    const temporary = `${confined.real}.${String(process.pid)}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, edit.text, { encoding: 'utf8', flag: 'wx' });
        await (0,promises_.rename)(temporary, confined.real);
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        return `could not write it: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
    return { line: edit.line };
}

// EXTERNAL MODULE: ./src/view/terminal.ts
var terminal = __webpack_require__(9629);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/view/pin.ts


function formatPinSummary(result) {
    const lines = [];
    for (const file of result.pinned) {
        lines.push(`pinned ${(0,terminal/* safeText */.Hk)(file.file)}:${String(file.line)}  id: ${String(file.schemeId)}  (${(0,terminal/* quote */.hD)(file.scheme)})`);
    }
    for (const file of result.refused) {
        lines.push(`not pinned ${(0,terminal/* safeText */.Hk)(file.file)} (${(0,terminal/* quote */.hD)(file.scheme)}): ${(0,terminal/* safeText */.Hk)(file.reason)}`);
    }
    const counts = [
        `${(0,words/* plural */.LS)(result.pinned.length, 'file')} pinned`,
        `${String(result.alreadyPinned)} already pinned`,
    ];
    if (result.notLive.length > 0) {
        counts.push(`${String(result.notLive.length)} not in Jira yet (apply creates them and reports their ids)`);
    }
    if (result.refused.length > 0)
        counts.push(`${String(result.refused.length)} not pinned`);
    lines.push(`${counts.join(', ')}.`);
    if (result.unreadable.length > 0) {
        lines.push(`Left alone ${(0,words/* plural */.LS)(result.unreadable.length, 'file')} that did not load as scheme files (jira-perms validate says why): ${result.unreadable.map(terminal/* safeText */.Hk).join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/command.ts + 3 modules
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./src/cli/deps.ts
var deps = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 8 modules
var plan = __webpack_require__(3297);
// EXTERNAL MODULE: ./src/cli/summaries.ts
var summaries = __webpack_require__(5062);
;// CONCATENATED MODULE: ./src/cli/commands/pin.ts







const PIN_OPTIONS = [...plan.FILE_OPTIONS];
const PIN_SPEC = {
    name: 'pin',
    summary: summaries/* SUMMARIES */.Z.pin,
    description: `Adds an "id: <n>" line under name: in every scheme file that has no id: and whose scheme exists in
Jira (found by name, as plan finds it). A pinned file is bound to its live scheme: renaming the scheme
in the file then renames it in Jira, instead of planning a delete and a create. plan warns at the
name: line of every file pin would change.

Nothing else in a file changes: comments, key order, quoting and line endings stay as they are. Files
whose scheme Jira does not have yet are left alone (apply creates them and prints the id: line to
add; run pin again afterwards). Reads Jira only.`,
    options: PIN_OPTIONS,
    epilogue: `${plan.CONNECTION_HELP}

Examples:
  jira-perms pin && git diff         # review the id: lines, then commit them
  jira-perms pin --path jira-permissions/teams

Exit codes: 0 done (also when nothing needed pinning); 1 a file could not be pinned (listed, with the
reason), the files could not be read, or Jira could not be reached.`,
    positionalHint: 'a scheme folder goes after --path',
};
const pinCommand = (0,command/* defineCommand */.NB)(PIN_SPEC, async (options, context) => {
    const { stdout, stderr } = context;
    const progress = (0,command/* cliProgress */.oC)({ stderr, isTTY: context.isTTY });
    const result = await runPin({ path: options.path, settingsPath: options.settings }, (0,deps.cliDeps)(context, progress));
    progress.done();
    if (result.status === 'failed') {
        stderr.write(`jira-perms pin: ${(0,terminal/* safeLines */.Bv)(result.error ?? 'failed')}\n`);
        return 1;
    }
    stdout.write(formatPinSummary(result));
    return result.refused.length > 0 ? 1 : 0;
});


/***/ })

};
