export const id = 0;
export const ids = [0];
export const modules = {

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLAN_FILE_NAME: () => (/* binding */ PLAN_FILE_NAME),
  planStep: () => (/* binding */ planStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/commands/plan.ts + 8 modules
var commands_plan = __webpack_require__(4880);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/config/git-ref.ts
/**
 * The scheme files as they were at a git ref (`plan --base-ref REF`): read with git itself, never
 * checked out over the working tree. Every YAML file of the commit (and the settings file, whatever
 * its name) is written to a temporary folder laid out like the repository, with an empty `.git`
 * folder at its top so the loader finds the same repository root, settings file and confinement as
 * in the real checkout. Only regular files are copied: a symbolic link or submodule in the commit is
 * left out, so nothing of the base can lead outside the copy.
 */




/** Larger files are not scheme files anyone writes by hand; the loader would refuse them anyway. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;
class GitRefError extends Error {
    name = 'GitRefError';
}
function git(cwd, args) {
    return new Promise((resolvePromise, reject) => {
        (0,external_node_child_process_.execFile)('git', [...args], {
            cwd,
            maxBuffer: GIT_OUTPUT_LIMIT,
            encoding: 'utf8',
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        }, (error, stdout, stderr) => {
            if (error !== null) {
                const detail = stderr.trim().split('\n')[0] ?? '';
                reject(new GitRefError(detail === '' ? error.message : detail));
            }
            else {
                resolvePromise(stdout);
            }
        });
    });
}
/** Blobs by object id, through one `git cat-file --batch`. */
function readBlobs(cwd, ids) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new GitRefError(`git cat-file exited with ${String(code)}`));
                return;
            }
            const output = Buffer.concat(chunks);
            const blobs = new Map();
            let at = 0;
            for (const id of ids) {
                const end = output.indexOf(0x0a, at);
                const header = output.subarray(at, end).toString('utf8').split(' ');
                const size = Number(header[2]);
                if (header[1] !== 'blob' || !Number.isSafeInteger(size)) {
                    reject(new GitRefError(`git cat-file did not return the blob ${id}`));
                    return;
                }
                blobs.set(id, output.subarray(end + 1, end + 1 + size));
                at = end + 1 + size + 1;
            }
            resolvePromise(blobs);
        });
        child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
}
/** `git ls-tree -r -l -z --full-tree` lines: `<mode> <type> <id> <size>\t<path>`. */
function parseTree(output) {
    const entries = [];
    for (const line of output.split('\0')) {
        const tab = line.indexOf('\t');
        if (tab === -1)
            continue;
        const [mode = '', type = '', id = '', size = ''] = line.slice(0, tab).split(/ +/);
        if (type !== 'blob')
            continue;
        entries.push({ mode, id, size: Number(size), path: line.slice(tab + 1) });
    }
    return entries;
}
function wanted(entry, settingsFile) {
    // Regular files only: 120000 is a symbolic link, 160000 a submodule.
    if (entry.mode !== '100644' && entry.mode !== '100755')
        return false;
    if (!(entry.size <= MAX_FILE_BYTES))
        return false;
    return /\.ya?ml$/i.test(entry.path) || entry.path === settingsFile;
}
/**
 * Copies the YAML files of `ref` (and the settings file) to a temporary folder. `ref` is anything git
 * names a commit by (`main`, `origin/main`, a sha); it is checked to be one before it is used.
 */
async function filesAtRef(options) {
    const { cwd, ref } = options;
    // A ref that starts with `-` would be read by git as an option.
    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
        throw new GitRefError(`"${ref}" is not a git ref`);
    }
    let top;
    let commit;
    try {
        top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch (error) {
        throw new GitRefError(`--base-ref needs a git repository: ${error instanceof Error ? error.message : String(error)}`);
    }
    const resolveRef = async () => (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    try {
        commit = await resolveRef().catch(async (error) => {
            if (options.fetch !== true || !/^[0-9a-f]{40}$/i.test(ref))
                throw error;
            await git(cwd, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', ref]);
            return resolveRef();
        });
    }
    catch {
        throw new GitRefError(`the git ref "${ref}" names no commit in this checkout (a shallow clone may not have it: ` +
            'fetch it, or check out with fetch-depth: 0)');
    }
    const inside = (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd));
    const settingsFile = options.settingsPath === undefined
        ? undefined
        : (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd, options.settingsPath)).split(external_node_path_.sep).join('/');
    const entries = parseTree(await git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit])).filter((entry) => wanted(entry, settingsFile));
    const blobs = entries.length === 0
        ? new Map()
        : await readBlobs(top, entries.map((e) => e.id));
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'jira-perms-base-'));
    const remove = () => {
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    };
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, '.git'));
        for (const entry of entries) {
            const target = (0,external_node_path_.normalize)((0,external_node_path_.join)(root, entry.path));
            // git never stores `..` or absolute paths in a tree; checked anyway, since the tree is data.
            if (!target.startsWith(`${root}${external_node_path_.sep}`) || entry.path.split('/').includes('.git'))
                continue;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, blobs.get(entry.id) ?? Buffer.alloc(0));
        }
        const copyCwd = (0,external_node_path_.join)(root, inside);
        (0,external_node_fs_.mkdirSync)(copyCwd, { recursive: true });
        return { commit, cwd: copyCwd, remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/drift/explain.ts + 1 modules
var explain = __webpack_require__(4200);
// EXTERNAL MODULE: ./src/drift/origin.ts
var origin = __webpack_require__(7013);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/commands/deps.ts + 9 modules
var commands_deps = __webpack_require__(9140);
;// CONCATENATED MODULE: ./src/commands/plan-base.ts
/**
 * `plan --base-ref REF`: the plan, with each change's origin. The files of the base commit (read with
 * git at REF, never checked out) are planned against the same Jira through the same read-only client;
 * a change both plans make undoes a change made in Jira (`drift`), any other is the pull request's own.
 * Drifted changes carry who made the change in Jira and when, where the audit log says.
 *
 * The plan stands whatever happens to the comparison: a base that cannot be read or planned leaves the
 * changes without an origin and says why (`base.error`), so a pull request still gets its plan.
 */






async function planBase(options, deps) {
    let copy;
    try {
        copy = await filesAtRef({
            cwd: deps.cwd,
            ref: options.baseRef,
            settingsPath: options.settingsPath,
            fetch: options.fetchBase === true,
        });
    }
    catch (error) {
        return { error: `the base files could not be read: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    try {
        // Only the base's changes are compared: its effective access would be read for nothing.
        const base = await (0,commands_plan/* runPlan */.F)({ path: options.path, settingsPath: options.settingsPath, access: 'never' }, { ...deps, cwd: copy.cwd, progress: () => undefined });
        if (base.status !== 'planned' || base.plan === undefined) {
            const why = base.status === 'invalid'
                ? 'its scheme files have errors'
                : (base.error ?? 'it could not be planned');
            return { commit: copy.commit, error: `the base commit could not be planned: ${why}` };
        }
        return { commit: copy.commit, changes: base.plan.changes };
    }
    finally {
        copy.remove();
    }
}
async function runPlanWithBase(options, deps) {
    let client;
    try {
        client = deps.jira.prober({ signal: deps.signal });
    }
    catch (error) {
        const failed = await (0,commands_plan/* runPlan */.F)(options, deps);
        return { ...failed, base: { ref: options.baseRef, error: (0,errors/* errorMessage */.gJ)(error) } };
    }
    const readOnce = { ...deps, jira: (0,commands_deps/* jiraOf */.ig)(client) };
    const head = await (0,commands_plan/* runPlan */.F)({ path: options.path, settingsPath: options.settingsPath, access: options.access }, readOnce);
    const plan = head.plan;
    if (head.status !== 'planned' || plan === undefined) {
        return { ...head, base: { ref: options.baseRef, error: 'there is no plan to compare' } };
    }
    deps.progress({ step: 'base', message: `Planning the files of ${options.baseRef} to tell drift apart` });
    const base = await planBase(options, readOnce);
    if ('error' in base) {
        return { ...head, base: { ref: options.baseRef, ...base } };
    }
    const changes = (0,origin/* markOrigins */.j)(plan.changes, base.changes);
    const drifted = changes.filter((change) => change.origin === 'drift');
    let drift;
    if (drifted.length > 0) {
        deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
        try {
            drift = await (0,explain/* explainDrift */.j)({
                changes: drifted,
                grants: [
                    ...(head.live ?? []).flatMap((scheme) => scheme.grants),
                    ...(head.desired ?? []).flatMap((scheme) => scheme.grants),
                ],
            }, client, { sinceDays: options.sinceDays ?? explain/* DEFAULT_SINCE_DAYS */.B, now: deps.clock });
        }
        catch {
            // Attribution is a courtesy: the origins stand without it.
            drift = undefined;
        }
    }
    const who = new Map(drift?.items.map((item) => [item.change, item.changedBy]) ?? []);
    plan.changes = changes.map((change) => change.origin === 'drift' ? { ...change, changedBy: who.get(change) ?? null } : change);
    return {
        ...head,
        plan,
        base: { ref: options.baseRef, commit: base.commit, ...(drift === undefined ? {} : { drift }) },
    };
}

// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/view/plan-json.ts + 1 modules
var plan_json = __webpack_require__(3526);
// EXTERNAL MODULE: ./src/model/holder.ts
var holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/view/finding.ts
var finding = __webpack_require__(7280);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
// EXTERNAL MODULE: ./src/view/markdown.ts
var markdown = __webpack_require__(8604);
// EXTERNAL MODULE: ./src/view/plan-view.ts
var plan_view = __webpack_require__(6958);
// EXTERNAL MODULE: ./src/view/terminal.ts
var terminal = __webpack_require__(9629);
// EXTERNAL MODULE: ./src/view/plan-access.ts
var plan_access = __webpack_require__(2161);
;// CONCATENATED MODULE: ./src/view/plan-markdown.ts







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
    // Who gains and who loses comes before the schemes' diffs, within a quarter of the room.
    const access = (0,plan_access/* accessMarkdown */.ql)(plan.access ?? [], plan.summary.access ?? plan_access/* NO_ACCESS_CHANGE */.sM, Math.floor(maxLength / 4));
    if (access !== undefined)
        head.push(access);
    const groups = (0,plan_view/* groupBySchemes */.T0)(plan);
    const tail = tailBlocks(plan);
    const whole = [...head, ...groups.map((group) => schemeSection(group, foldAbove)), ...tail].join('\n\n') + '\n';
    if (whole.length <= maxLength)
        return whole;
    // Too long: keep the head, then whole schemes while they fit, then as much of the next as fits.
    const notice = (hidden) => [
        '> [!WARNING]',
        `> **This plan is too long for one comment:** ${(0,words/* plural */.LS)(hidden, 'more change is', 'more changes are')} not shown here.`,
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
            shown += bestCount + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
        }
        break;
    }
    parts.push(notice(plan.changes.length - shown));
    const result = parts.join('\n\n') + '\n';
    return result.length <= maxLength ? result : clip(result, maxLength);
}
function changeCount(group) {
    return group.grantChanges.length + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
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
    const blocks = [`### ${(0,markdown/* escapeMarkdown */.FV)(title)}`];
    blocks.push(`**${(0,markdown/* escapeMarkdown */.FV)((0,plan_view/* verdictLine */.MT)(plan))}**`);
    const blocked = (0,plan_view/* blockedLine */.D1)(plan);
    if (blocked !== undefined)
        blocks.push(`> [!CAUTION]\n> **${(0,markdown/* escapeMarkdown */.FV)(blocked)}**`);
    if (plan.guardrails.length > 0) {
        const items = plan.guardrails.map((violation) => {
            const status = violation.allowed ? '✅ allowed by the settings file' : '⛔ **failed**';
            const line = `- ${(0,markdown/* codeSpan */.SS)(violation.guardrail)} ${status} for ${(0,markdown/* codeSpan */.SS)(violation.scheme)}: ${(0,markdown/* escapeMarkdown */.FV)(violation.message)}`;
            if (violation.allowed)
                return line;
            const allowance = `{guardrail: ${violation.guardrail}, scheme: ${(0,terminal/* quote */.hD)(violation.scheme)}}`;
            return `${line}\n  To allow it, add ${(0,markdown/* codeSpan */.SS)(allowance)} under ${(0,markdown/* codeSpan */.SS)('guardrails.allow')} in the settings file.`;
        });
        blocks.push(`#### Guardrails\n\n${items.join('\n')}`);
    }
    const { problems, alreadyLive } = (0,plan_view/* splitPlanFindings */.Gh)(plan.findings);
    if (problems.length > 0) {
        blocks.push(`#### Problems\n\n${problems.map(finding/* findingItem */.dY).join('\n')}`);
    }
    if (alreadyLive.length > 0) {
        blocks.push(`#### ${plan_view/* ALREADY_LIVE_HEADING */.Ls}\n\n${alreadyLive.map(finding/* findingItem */.dY).join('\n')}`);
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
    const heading = `#### ${group.marker} ${(0,markdown/* codeSpan */.SS)(group.name)} (${what})`;
    const usage = [];
    const phrase = (0,plan_view/* projectsPhrase */.ux)(group.blast, group.schemeId === null);
    if (group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0) {
        const more = group.blast.projectCount - group.blast.sampleKeys.length;
        const keys = group.blast.sampleKeys.map((key) => (0,markdown/* codeSpan */.SS)(key)).join(', ');
        usage.push(`${(0,words/* capitalise */.sK)(phrase)}: ${keys}${more > 0 ? ` and ${more} more` : ''}`);
    }
    else {
        usage.push((0,words/* capitalise */.sK)(phrase));
    }
    if (group.file !== undefined)
        usage.push(`file ${(0,markdown/* codeSpan */.SS)(group.file)}`);
    const lines = diffLines(group, lineLimit);
    const block = (0,markdown/* fencedBlock */.zW)('diff', lines);
    const hidden = lineLimit === undefined ? 0 : group.grantChanges.length - Math.min(lineLimit, group.grantChanges.length);
    const cutNote = hidden > 0 ? `\n\n_${(0,words/* plural */.LS)(hidden, 'more change')} in this scheme not shown._` : '';
    const count = group.grantChanges.length;
    const body = count > foldAbove
        ? `<details><summary>${(0,markdown/* escapeHtml */.ZD)(`${count} grant changes`)}</summary>\n\n${block}\n\n</details>`
        : block;
    return `${heading}\n\n${usage.join(' · ')}\n\n${body}${cutNote}`;
}
function diffLines(group, lineLimit) {
    const lines = [];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined)
            lines.push(`! name: ${(0,terminal/* quote */.hD)(change.from?.name ?? '')} -> ${(0,terminal/* quote */.hD)(change.to.name)}`);
        if (change.to?.description !== undefined) {
            lines.push(`! description: ${(0,terminal/* quote */.hD)(change.from?.description ?? '')} -> ${(0,terminal/* quote */.hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'create-scheme') {
        lines.push(`+ scheme ${(0,terminal/* quote */.hD)(group.name)}`);
        if (change.to?.description !== undefined && change.to.description !== '') {
            lines.push(`+ description: ${(0,terminal/* quote */.hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'delete-scheme') {
        lines.push(`- scheme ${(0,terminal/* quote */.hD)(group.name)} (id ${group.schemeId ?? ''}) and all its grants`);
    }
    // Projects moving onto the scheme: few, and what a reviewer looks for first.
    for (const move of group.projectChanges)
        lines.push(`~ ${(0,plan_view/* projectMoveText */.oX)(move)}`);
    const shown = lineLimit === undefined ? group.grantChanges : group.grantChanges.slice(0, lineLimit);
    const width = (0,plan_view/* permissionWidth */.U6)(group.grantChanges);
    for (const grant of shown)
        lines.push(grantLine(grant, width));
    return lines;
}
function grantLine(change, width) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return `${marker} ${(change.permission ?? '').padEnd(width)}  ${(0,plan_view/* changeLabel */.pG)(change)}`;
}
function tailBlocks(plan) {
    const blocks = [];
    if (plan.kept.length > 0) {
        const items = plan.kept.map((grant) => {
            const label = (0,holder/* grantLabel */.JA)(grant);
            return `- ${(0,markdown/* codeSpan */.SS)(grant.scheme)} (id ${grant.schemeId}): ${(0,markdown/* codeSpan */.SS)(grant.permission)} ${(0,markdown/* codeSpan */.SS)(label)}: ${(0,markdown/* escapeMarkdown */.FV)(grant.reason)}`;
        });
        blocks.push(`<details><summary>${(0,markdown/* escapeHtml */.ZD)(`Kept: ${(0,words/* plural */.LS)(plan.kept.length, 'live grant')} this tool does not manage, left as is`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    if (plan.unmanaged.length > 0) {
        const items = plan.unmanaged.map((scheme) => `- ${(0,markdown/* codeSpan */.SS)(scheme.name)} (id ${scheme.id})`);
        blocks.push(`<details><summary>${(0,markdown/* escapeHtml */.ZD)(`Unmanaged: ${(0,words/* plural */.LS)(plan.unmanaged.length, 'live scheme has', 'live schemes have')} no file and ${plan.unmanaged.length === 1 ? 'is' : 'are'} left alone`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    return blocks;
}

// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var inputs = __webpack_require__(2181);
// EXTERNAL MODULE: ./src/view/findings-markdown.ts
var findings_markdown = __webpack_require__(9017);
// EXTERNAL MODULE: ./src/action/comment.ts
var comment = __webpack_require__(1151);
// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/view/drift-markdown.ts + 2 modules
var drift_markdown = __webpack_require__(5234);
;// CONCATENATED MODULE: ./src/view/plan-comment.ts
/**
 * The pull-request comment (and the job summary) for a plan: the plan in Markdown, or why there is none,
 * under the title that names the scheme folder. `jira-perms plan --markdown` prints the same body, so
 * the comment can be previewed from a terminal.
 */








function planTitle(key) {
    return key.path === undefined ? 'Jira permissions plan' : `Jira permissions plan: ${key.path}`;
}
/** Why there is no plan, in Markdown (comment and summary), so an old plan is never left standing. */
function noPlanMarkdown(title, result) {
    const counts = (0,order/* countFindings */.Gt)(result.findings);
    const lines = [`### ${(0,markdown/* escapeMarkdown */.FV)(title)}`, ''];
    if (result.status === 'invalid') {
        lines.push(`❌ **No plan**: the scheme files have ${(0,words/* plural */.LS)(counts.errors, 'error')}. Each one is annotated on its ` +
            'file and line; fix them and push again.', (0,findings_markdown/* findingsMarkdown */.O)(result.findings.filter((finding) => finding.severity === 'error'), result.project?.files.length ?? 0).replace(/^## Validation\n/, ''));
    }
    else {
        // The error may span lines (a diagnosis, then likely fixes): a code block keeps them, inert.
        const error = (result.error ?? 'the plan could not be made').split('\n');
        lines.push('❌ **No plan**: the plan could not be made.', '', (0,markdown/* fencedBlock */.zW)('text', error));
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The comment's drift section when the plan was compared with a base commit: only a plan with changes
 * has changes to tell apart. The action and `plan --markdown --base-ref` both use it, so the preview
 * is the comment.
 */
function commentDrift(base, result) {
    if (base === undefined || result.plan === undefined || result.plan.changes.length === 0)
        return {};
    return { drift: (0,drift_markdown/* planDriftMarkdown */.MJ)(base) };
}
/**
 * What the comment says under its marker: the plan sized to fit a comment (with the extras after it),
 * or why there is none.
 */
function planCommentContent(result, key, extras = {}) {
    const title = planTitle(key);
    const after = [extras.drift, extras.footer]
        .filter((part) => part !== undefined && part !== '')
        .map((part) => `\n${part.replace(/\n*$/, '\n')}`)
        .join('');
    if (result.plan === undefined)
        return `${noPlanMarkdown(title, result)}${after}`;
    return (renderPlanMarkdown(result.plan, {
        title,
        maxLength: (0,comment/* contentBudget */.nA)((0,comment/* commentMarker */.Ql)(key)) - 100 - after.length,
    }) + after);
}
/** The whole comment body, marker line first, secrets redacted: exactly what the action posts. */
function planCommentBody(result, key, extras = {}) {
    return composeCommentBody(commentMarker(key), redact(planCommentContent(result, key, extras)));
}

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/action/deps.ts
var action_deps = __webpack_require__(2734);
// EXTERNAL MODULE: ./src/action/steps/validate.ts + 1 modules
var validate = __webpack_require__(7286);
;// CONCATENATED MODULE: ./src/action/steps/plan.ts
/**
 * `command: plan`: validate, plan read-only against Jira, then the plan file, the outputs, the job
 * summary and (on pull requests) the one plan comment. On a pull request without Jira credentials (a
 * fork, or secrets not set) it validates only, says why, and does not fail.
 */


















const PLAN_FILE_NAME = 'jira-permissions-plan.json';
/** The job summary may hold 1 MiB; the plan gets most of it. */
const SUMMARY_PLAN_LIMIT = 800_000;
async function postComment(context, pullRequest, key, content) {
    const token = context.inputs.githubToken;
    if (token === undefined) {
        (0,runner/* warning */.$e)('No plan comment: the github-token input is empty. The plan is in the job summary.');
        return;
    }
    if (context.repository === undefined) {
        (0,runner/* warning */.$e)('No plan comment: GITHUB_REPOSITORY is not set. The plan is in the job summary.');
        return;
    }
    try {
        const client = (0,github/* createCommentClient */.LN)(token, context.repository, context.apiUrl);
        // The one place the comment leaves: redacted, like the summary and the log.
        const outcome = await (0,github/* upsertPlanComment */.gK)(client, pullRequest.number, key, (0,secrets/* redact */.E$)(content));
        (0,runner/* info */.pq)(`Plan comment ${outcome.action} (comment ${outcome.commentId}) on pull request #${pullRequest.number}`);
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token).'
            : '';
        (0,runner/* warning */.$e)(`Could not write the plan comment: ${(0,inputs/* getErrorMessage */.u1)(error)}.${hint} The plan is in the job summary.`);
    }
}
function notPlannedReason(pullRequest, untrusted, eventName) {
    if (untrusted === 'fork') {
        const from = pullRequest?.headRepository ?? 'a deleted repository';
        if (eventName !== 'pull_request') {
            return (`this pull request comes from a fork (${from}), and this is a ${eventName ?? 'pull-request'} run, which ` +
                "holds this repository's secrets: the action does not plan a fork's files against Jira with them; the " +
                'plan runs once the change is on a branch of this repository');
        }
        return (`this pull request comes from a fork (${from}). ` +
            'Workflows of fork pull requests get no secrets and a read-only token, so the action does not plan ' +
            'them against Jira; the plan runs once the change is on a branch of this repository');
    }
    if (untrusted === 'unknown-head') {
        return (`the ${eventName ?? 'pull-request'} event does not say which repository the pull request's branch is in, ` +
            "and this run holds this repository's secrets: the action does not plan files it cannot trust against Jira");
    }
    return ('the Jira connection inputs are empty (jira-url, and jira-email + jira-api-token or jira-bearer-token). ' +
        'Set them from repository or environment secrets to get a plan');
}
/** The pull request's base commit (`pull_request.base.sha`), when the event names one. */
function baseCommitOf(payload) {
    const pullRequest = payload['pull_request'];
    if (typeof pullRequest !== 'object' || pullRequest === null)
        return undefined;
    const sha = pullRequest.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : undefined;
}
/** Which commit was planned (the pull request's head, else the run's commit) and the run, for the comment. */
function planFooter(context, pullRequest) {
    const head = context.payload['pull_request']?.head?.sha;
    const commit = typeof head === 'string' && pullRequest !== undefined ? head : context.sha;
    const run = (0,runner/* runLink */.ut)(context);
    const parts = [
        ...(commit === undefined ? [] : [`Planned at commit ${(0,markdown/* codeSpan */.SS)(commit.slice(0, 12))}`]),
        ...(run === undefined ? [] : [run]),
    ];
    return parts.length === 0 ? '' : `<sub>${parts.join(' · ')}</sub>`;
}
async function planStep(context) {
    const pullRequest = (0,action_event/* pullRequestInfo */.TC)(context.eventName, context.payload, context.repository === undefined ? undefined : `${context.repository.owner}/${context.repository.repo}`);
    const key = {
        ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
        ...(context.inputs.settings === undefined ? {} : { settings: context.inputs.settings }),
    };
    const title = planTitle(key);
    // Fork code never runs with the Jira credentials, even where a repository passes secrets to forks
    // (pull_request_target always does): a head that is not this repository's gets validation only.
    const untrusted = (0,action_event/* untrustedHead */.tB)(context.eventName, context.payload, pullRequest);
    const onPullRequest = (0,action_event/* isPullRequestEvent */.T5)(context.eventName, context.payload);
    if (onPullRequest && (untrusted !== undefined || !(0,inputs/* hasJiraCredentials */.Ho)(context.inputs.jira))) {
        const validation = await (0,validate.validateFiles)(context);
        const reason = notPlannedReason(pullRequest, untrusted, context.eventName);
        (0,runner/* notice */.lm)(`Validated the scheme files, but did not plan: ${reason}.`, 'No Jira plan');
        await (0,runner/* appendSummary */.fe)(`### ${(0,markdown/* escapeMarkdown */.FV)(title)}\n\nℹ️ Not planned: ${(0,markdown/* escapeMarkdown */.FV)(reason)}.\n`);
        (0,runner/* setOutput */.uH)('has-changes', false);
        (0,runner/* setOutput */.uH)('summary', untrusted === 'fork'
            ? 'not planned: pull request from a fork'
            : untrusted === 'unknown-head'
                ? 'not planned: the event does not name the pull request head'
                : 'not planned: no Jira credentials');
        if (validation.counts.errors > 0) {
            (0,runner/* fail */.fJ)(`${(0,words/* plural */.LS)(validation.counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`);
        }
        return;
    }
    // On a pull request, the base commit's files are planned too, to tell drift from the pull request's changes.
    const baseSha = pullRequest === undefined ? undefined : baseCommitOf(context.payload);
    const files = {
        path: context.inputs.path,
        settingsPath: context.inputs.settings,
        access: context.inputs.access,
    };
    let base;
    const result = await (0,runner/* phase */.Oi)('Plan against live Jira (read-only)', async () => {
        const progress = (0,runner/* actionProgress */.cv)();
        try {
            const deps = (0,action_deps.actionDeps)(context, progress);
            if (baseSha === undefined)
                return await (0,commands_plan/* runPlan */.F)(files, deps);
            const withBase = await runPlanWithBase({ ...files, baseRef: baseSha, fetchBase: true }, deps);
            base = withBase.base;
            return withBase;
        }
        finally {
            progress.done();
        }
    });
    if (base?.error !== undefined)
        (0,runner/* info */.pq)(`Drift not told apart: ${base.error}`);
    const extras = { ...commentDrift(base, result), footer: planFooter(context, pullRequest) };
    const counts = (0,runner/* annotate */.fz)(result.findings);
    (0,runner/* setOutput */.uH)('errors', counts.errors);
    (0,runner/* setOutput */.uH)('warnings', counts.warnings);
    const plan = result.plan;
    let commentContent;
    if (plan !== undefined) {
        const planFile = (0,external_node_path_.join)(context.tempDir, PLAN_FILE_NAME);
        await (0,promises_.writeFile)(planFile, (0,plan_json/* renderPlanJson */.uC)(plan));
        (0,runner/* setOutput */.uH)('has-changes', plan.changes.length > 0);
        (0,runner/* setOutput */.uH)('plan-json', planFile);
        (0,runner/* setOutput */.uH)('summary', (0,plan_view/* summaryLine */.dC)(plan));
        (0,runner/* info */.pq)(`${(0,plan_view/* summaryLine */.dC)(plan)}; plan file: ${planFile}`);
        await (0,runner/* appendSummary */.fe)([
            renderPlanMarkdown(plan, { title, maxLength: SUMMARY_PLAN_LIMIT }),
            extras.drift ?? '',
            extras.footer ?? '',
        ]
            .filter((part) => part !== '')
            .join('\n'));
        commentContent = planCommentContent(result, key, extras);
    }
    else {
        (0,runner/* setOutput */.uH)('has-changes', false);
        (0,runner/* setOutput */.uH)('summary', result.status === 'invalid'
            ? `no plan: ${(0,words/* plural */.LS)(counts.errors, 'error')} in the scheme files`
            : `no plan: ${(result.error ?? 'the plan could not be made').split('\n')[0] ?? ''}`);
        commentContent = planCommentContent(result, key, extras);
        await (0,runner/* appendSummary */.fe)(commentContent);
    }
    if (result.findings.length > 0 && plan !== undefined) {
        // The plan's own findings (problems, errors already live) are in its section above.
        await (0,runner/* appendSummary */.fe)((0,findings_markdown/* findingsMarkdown */.O)(result.findings, result.project?.files.length ?? 0, new Set(plan.findings)));
    }
    if (pullRequest !== undefined && context.inputs.comment) {
        await (0,runner/* phase */.Oi)('Pull-request comment', () => postComment(context, pullRequest, key, commentContent));
    }
    if (result.status === 'invalid') {
        (0,runner/* fail */.fJ)(`${(0,words/* plural */.LS)(counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`);
    }
    else if (result.status === 'failed') {
        (0,runner/* fail */.fJ)(result.error ?? 'the plan could not be made');
    }
    else if (result.blocked) {
        const guardrails = plan?.guardrails.filter((violation) => !violation.allowed) ?? [];
        (0,runner/* fail */.fJ)(guardrails.length > 0
            ? `the plan is blocked: ${guardrails.map((violation) => violation.message).join('; ')}`
            : `the plan is blocked by ${(0,words/* plural */.LS)(counts.errors, 'error')}: see the annotations`);
    }
}


/***/ }),

/***/ 7286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => (/* binding */ validateFiles),
  validateStep: () => (/* binding */ validateStep)
});

// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/view/finding.ts
var view_finding = __webpack_require__(7280);
;// CONCATENATED MODULE: ./src/view/findings-text.ts


/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
function formatText(findings, options) {
    const lines = [];
    const lineOptions = { colour: options.color === true };
    for (const finding of (0,order/* sortFindings */.Tc)(findings))
        (0,view_finding/* appendFindingLines */.Ng)(lines, finding, lineOptions);
    if (lines.length > 0)
        lines.push('');
    lines.push((0,view_finding/* findingsCountLine */.mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/view/findings-markdown.ts
var findings_markdown = __webpack_require__(9017);
// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/action/steps/validate.ts




/** Validates the files offline (no Jira), annotates every finding and writes the summary and outputs. */
async function validateFiles(context) {
    const result = await (0,runner/* phase */.Oi)('Validate the scheme files', async () => {
        // The command's code (the loader, YAML, the schema validators, the Jira client the deps can make)
        // is loaded once the group is open: the log shows the step at work from the action's first line.
        const [{ runValidate }, { actionDeps }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(372), __webpack_require__.e(980), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 10)),
            __webpack_require__.e(/* import() */ 734).then(__webpack_require__.bind(__webpack_require__, 2734)),
        ]);
        const validated = await runValidate({ path: context.inputs.path, settingsPath: context.inputs.settings }, actionDeps(context));
        // The same report the command line prints, for people reading the step log.
        for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split('\n')) {
            if (line !== '')
                (0,runner/* info */.pq)(line);
        }
        return validated;
    });
    const counts = (0,runner/* annotate */.fz)(result.findings);
    (0,runner/* setOutput */.uH)('errors', counts.errors);
    (0,runner/* setOutput */.uH)('warnings', counts.warnings);
    await (0,runner/* appendSummary */.fe)((0,findings_markdown/* findingsMarkdown */.O)(result.findings, result.project.files.length));
    return { findings: result.findings, counts, fileCount: result.project.files.length };
}
async function validateStep(context) {
    const outcome = await validateFiles(context);
    if (outcome.counts.errors > 0) {
        (0,runner/* fail */.fJ)(`${(0,words/* plural */.LS)(outcome.counts.errors, 'error')} in the scheme files: see the annotations (and the job summary) for each one and its fix`);
    }
}


/***/ }),

/***/ 9017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findingsMarkdown)
/* harmony export */ });
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);



/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount, 
/** Findings the summary already lists (the plan's own section): counted here, not listed twice. */
shownAbove = new Set()) {
    const verdict = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings).errors > 0 ? '❌' : '✅';
    const lines = [`## Validation`, '', `${verdict} ${(0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsCountLine */ .mK)(findings, fileCount)}`, ''];
    const rows = findings.filter((finding) => !shownAbove.has(finding));
    if (rows.length < findings.length) {
        lines.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(findings.length - rows.length, 'finding')} listed with the plan above.`, '');
    }
    if (rows.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('| severity | location | rule | message |', '|---|---|---|---|');
    for (const finding of rows.slice(0, MAX_ROWS))
        lines.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingRow */ .ex)(finding));
    if (rows.length > MAX_ROWS) {
        lines.push('', `…and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
