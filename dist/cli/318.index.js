export const id = 318;
export const ids = [318];
export const modules = {

3318:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  PIN_SPEC: () => ( PIN_SPEC),
  pinCommand: () => ( pinCommand)
});


var promises_ = __webpack_require__(1455);

var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = __webpack_require__.n(external_node_path_);

var confine = __webpack_require__(1094);

var load = __webpack_require__(1980);

var errors = __webpack_require__(6353);

var external_node_util_ = __webpack_require__(7975);

var positions = __webpack_require__(78);

var yaml = __webpack_require__(6945);
;









const BOM = '\uFEFF';
function pinIdInText(text, file, id) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = text.slice(bom.length);
    const parsed = (0,yaml .Iu)(body);
    if (!parsed.ok)
        return { ok: false, reason: 'the file is not valid YAML (jira-perms validate says where)' };
    const before = parsed.value;
    if (!isMapping(before))
        return { ok: false, reason: 'the file is not a mapping of name:, grants:, ...' };
    if ('id' in before)
        return { ok: false, reason: 'the file has an id: already' };
    const name = new positions .mG(file, body, parsed.root).node(['name']);
    const { keyStart } = name.node;
    if (!name.exact || keyStart === undefined)
        return { ok: false, reason: 'the file has no name: key' };


    const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = body.slice(lineStart, keyStart);
    if (!/^[ ]*$/.test(indent))
        return { ok: false, reason: notBlock };

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

        if (!/^\s*(#.*)?$/.test(rest))
            return { ok: false, reason: notBlock };
        at = newline === -1 ? body.length : newline + 1;
        eol = newline > 0 && body[newline - 1] === '\r' ? '\r\n' : '\n';
    }
    const line = `${indent}id: ${String(id)}`;

    const append = at === body.length && !body.endsWith('\n');
    const edited = append ? `${body}${eol}${line}` : `${body.slice(0, at)}${line}${eol}${body.slice(at)}`;
    const check = (0,yaml .Iu)(edited);
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


var planner = __webpack_require__(5552);
;







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
    const root = (0,confine .mL)(deps.cwd);
    let project;
    try {
        project = await (0,load .gi)({
            cwd: deps.cwd,
            root,
            ...(options.path === undefined ? {} : { path: options.path }),
            ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        });
    }
    catch (error) {
        return failed(`Could not read the scheme files: ${(0,errors .gJ)(error)}`);
    }
    const loaded = new Set(project.schemes.map((spec) => spec.file));
    result.unreadable = project.files.map((file) => file.path).filter((file) => !loaded.has(file));
    result.alreadyPinned = project.schemes.filter((spec) => spec.id !== undefined).length;
    let matches;
    try {
        deps.signal.throwIfAborted();
        deps.progress({ step: 'read-live', message: 'Reading the live permission schemes' });
        const live = await deps.jira.reader({ signal: deps.signal }).listPermissionSchemes();
        matches = (0,planner .nH)(project.schemes, live);
    }
    catch (error) {
        return failed((0,errors .gJ)(error));
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





async function pinFile(root, absolute, file, id) {
    const confined = (0,confine .Do)(root, absolute, `the file ${file}`);
    if (!confined.ok)
        return `${confined.message}. ${confined.hint}`;
    let text;
    try {
        text = await (0,promises_.readFile)(confined.real, 'utf8');
    }
    catch (error) {
        return `could not read it again: ${(0,errors .gJ)(error)}`;
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
        return `could not write it: ${(0,errors .gJ)(error)}`;
    }
    return { line: edit.line };
}


var terminal = __webpack_require__(9629);

var words = __webpack_require__(1788);
;


function formatPinSummary(result) {
    const lines = [];
    for (const file of result.pinned) {
        lines.push(`pinned ${(0,terminal .Hk)(file.file)}:${String(file.line)}  id: ${String(file.schemeId)}  (${(0,terminal .hD)(file.scheme)})`);
    }
    for (const file of result.refused) {
        lines.push(`not pinned ${(0,terminal .Hk)(file.file)} (${(0,terminal .hD)(file.scheme)}): ${(0,terminal .Hk)(file.reason)}`);
    }
    const counts = [
        `${(0,words .LS)(result.pinned.length, 'file')} pinned`,
        `${String(result.alreadyPinned)} already pinned`,
    ];
    if (result.notLive.length > 0) {
        counts.push(`${String(result.notLive.length)} not in Jira yet (apply creates them and reports their ids)`);
    }
    if (result.refused.length > 0)
        counts.push(`${String(result.refused.length)} not pinned`);
    lines.push(`${counts.join(', ')}.`);
    if (result.unreadable.length > 0) {
        lines.push(`Left alone ${(0,words .LS)(result.unreadable.length, 'file')} that did not load as scheme files (jira-perms validate says why): ${result.unreadable.map(terminal .Hk).join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}


var command = __webpack_require__(310);

var deps = __webpack_require__(6874);

var plan = __webpack_require__(3297);

var summaries = __webpack_require__(5062);
;







const PIN_OPTIONS = [...plan.FILE_OPTIONS];
const PIN_SPEC = {
    name: 'pin',
    summary: summaries .Z.pin,
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
const pinCommand = (0,command .NB)(PIN_SPEC, async (options, context) => {
    const { stdout, stderr } = context;
    const progress = (0,command .oC)({ stderr, isTTY: context.isTTY });
    const result = await runPin({ path: options.path, settingsPath: options.settings }, (0,deps.cliDeps)(context, progress));
    progress.done();
    if (result.status === 'failed') {
        stderr.write(`jira-perms pin: ${(0,terminal .Bv)(result.error ?? 'failed')}\n`);
        return 1;
    }
    stdout.write(formatPinSummary(result));
    return result.refused.length > 0 ? 1 : 0;
});


})

};
