export const id = 0;
export const ids = [0];
export const modules = {

0:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  PLAN_FILE_NAME: () => ( PLAN_FILE_NAME),
  planStep: () => ( planStep)
});


var promises_ = __webpack_require__(1455);

var external_node_path_ = __webpack_require__(6760);

var commands_plan = __webpack_require__(687);

var external_node_fs_ = __webpack_require__(3024);

var external_node_os_ = __webpack_require__(8161);
;















function childProcess() {
    return process.getBuiltinModule('node:child_process');
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;
class GitRefError extends Error {
    name = 'GitRefError';
}
function git(cwd, args) {
    return new Promise((resolvePromise, reject) => {
        childProcess().execFile('git', [...args], {
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

function readBlobs(cwd, ids) {
    return new Promise((resolvePromise, reject) => {
        const child = childProcess().spawn('git', ['cat-file', '--batch'], {
            cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
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

    if (entry.mode !== '100644' && entry.mode !== '100755')
        return false;
    if (!(entry.size <= MAX_FILE_BYTES))
        return false;
    return /\.ya?ml$/i.test(entry.path) || entry.path === settingsFile;
}




async function filesAtRef(options) {
    const { cwd, ref } = options;

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


var explain = __webpack_require__(4200);

var origin = __webpack_require__(7013);

var errors = __webpack_require__(6353);

var commands_deps = __webpack_require__(9369);
;















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
        return { error: `the base files could not be read: ${(0,errors .gJ)(error)}` };
    }
    try {

        const base = await (0,commands_plan .F)({ path: options.path, settingsPath: options.settingsPath, access: 'never' }, { ...deps, cwd: copy.cwd, progress: () => undefined });
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
        const failed = await (0,commands_plan .F)(options, deps);
        return { ...failed, base: { ref: options.baseRef, error: (0,errors .gJ)(error) } };
    }
    const readOnce = { ...deps, jira: (0,commands_deps .ig)(client) };
    const head = await (0,commands_plan .F)({ path: options.path, settingsPath: options.settingsPath, access: options.access }, readOnce);
    const plan = head.plan;
    if (head.status !== 'planned' || plan === undefined) {
        return { ...head, base: { ref: options.baseRef, error: 'there is no plan to compare' } };
    }
    deps.progress({ step: 'base', message: `Planning the files of ${options.baseRef} to tell drift apart` });
    const base = await planBase(options, readOnce);
    if ('error' in base) {
        return { ...head, base: { ref: options.baseRef, ...base } };
    }
    const changes = (0,origin .j)(plan.changes, base.changes);
    const drifted = changes.filter((change) => change.origin === 'drift');
    let drift;
    if (drifted.length > 0) {
        deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
        try {
            drift = await (0,explain .j)({
                changes: drifted,
                grants: [
                    ...(head.live ?? []).flatMap((scheme) => scheme.grants),
                    ...(head.desired ?? []).flatMap((scheme) => scheme.grants),
                ],
            }, client, { sinceDays: options.sinceDays ?? explain .B, now: deps.clock });
        }
        catch {

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


var secrets = __webpack_require__(1113);

var plan_json = __webpack_require__(3526);

var holder = __webpack_require__(2087);

var finding = __webpack_require__(7280);

var words = __webpack_require__(1788);

var markdown = __webpack_require__(8604);

var plan_view = __webpack_require__(6958);

var terminal = __webpack_require__(9629);

var plan_access = __webpack_require__(2161);
;















const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_MAX_LENGTH = 60_000;

const DEFAULT_FOLD_ABOVE = 20;
const DEFAULT_FULL_PLAN_HINT = 'The full plan is in the job summary of this workflow run and in the plan file (`plan-json` output, `jira-perms plan --out plan.json`).';
function renderPlanMarkdown(plan, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const foldAbove = options.foldAbove ?? DEFAULT_FOLD_ABOVE;
    const head = headBlocks(plan, options.title ?? 'Jira permissions plan');

    const access = (0,plan_access .ql)(plan.access ?? [], plan.summary.access ?? plan_access .sM, Math.floor(maxLength / 4));
    if (access !== undefined)
        head.push(access);
    const groups = (0,plan_view .T0)(plan);
    const tail = tailBlocks(plan);
    const whole = [...head, ...groups.map((group) => schemeSection(group, foldAbove)), ...tail].join('\n\n') + '\n';
    if (whole.length <= maxLength)
        return whole;

    const notice = (hidden) => [
        '> [!WARNING]',
        `> **This plan is too long for one comment:** ${(0,words .LS)(hidden, 'more change is', 'more changes are')} not shown here.`,
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

function clip(text, length) {
    if (length <= 0)
        return '';
    if (text.length <= length)
        return text;
    const cut = text.lastIndexOf('\n', length - 2);
    return `${text.slice(0, cut > 0 ? cut : Math.max(0, length - 2))}\n\u2026`.slice(0, length);
}
function headBlocks(plan, title) {
    const blocks = [`### ${(0,markdown .FV)(title)}`];
    blocks.push(`**${(0,markdown .FV)((0,plan_view .MT)(plan))}**`);
    const blocked = (0,plan_view .D1)(plan);
    if (blocked !== undefined)
        blocks.push(`> [!CAUTION]\n> **${(0,markdown .FV)(blocked)}**`);
    if (plan.guardrails.length > 0) {
        const items = plan.guardrails.map((violation) => {
            const status = violation.allowed ? '\u2705 allowed by the settings file' : '\u26d4 **failed**';
            const line = `- ${(0,markdown .SS)(violation.guardrail)} ${status} for ${(0,markdown .SS)(violation.scheme)}: ${(0,markdown .FV)(violation.message)}`;
            if (violation.allowed)
                return line;
            const allowance = `{guardrail: ${violation.guardrail}, scheme: ${(0,terminal .hD)(violation.scheme)}}`;
            return `${line}\n  To allow it, add ${(0,markdown .SS)(allowance)} under ${(0,markdown .SS)('guardrails.allow')} in the settings file.`;
        });
        blocks.push(`#### Guardrails\n\n${items.join('\n')}`);
    }
    const { problems, alreadyLive } = (0,plan_view .Gh)(plan.findings);
    if (problems.length > 0) {
        blocks.push(`#### Problems\n\n${problems.map(finding .dY).join('\n')}`);
    }
    if (alreadyLive.length > 0) {
        blocks.push(`#### ${plan_view .Ls}\n\n${alreadyLive.map(finding .dY).join('\n')}`);
    }
    return blocks;
}

function schemeSection(group, foldAbove, lineLimit) {
    const what = group.schemeId === null
        ? 'new scheme'
        : group.marker === '-'
            ? `id ${group.schemeId}, to delete`
            : `id ${group.schemeId}`;
    const heading = `#### ${group.marker} ${(0,markdown .SS)(group.name)} (${what})`;
    const usage = [];
    const phrase = (0,plan_view .ux)(group.blast, group.schemeId === null);
    if (group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0) {
        const more = group.blast.projectCount - group.blast.sampleKeys.length;
        const keys = group.blast.sampleKeys.map((key) => (0,markdown .SS)(key)).join(', ');
        usage.push(`${(0,words .sK)(phrase)}: ${keys}${more > 0 ? ` and ${more} more` : ''}`);
    }
    else {
        usage.push((0,words .sK)(phrase));
    }
    if (group.file !== undefined)
        usage.push(`file ${(0,markdown .SS)(group.file)}`);
    const lines = diffLines(group, lineLimit);
    const block = (0,markdown .zW)('diff', lines);
    const hidden = lineLimit === undefined ? 0 : group.grantChanges.length - Math.min(lineLimit, group.grantChanges.length);
    const cutNote = hidden > 0 ? `\n\n_${(0,words .LS)(hidden, 'more change')} in this scheme not shown._` : '';
    const count = group.grantChanges.length;
    const body = count > foldAbove
        ? `<details><summary>${(0,markdown .ZD)(`${count} grant changes`)}</summary>\n\n${block}\n\n</details>`
        : block;
    return `${heading}\n\n${usage.join(' \u00b7 ')}\n\n${body}${cutNote}`;
}
function diffLines(group, lineLimit) {
    const lines = [];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined)
            lines.push(`! name: ${(0,terminal .hD)(change.from?.name ?? '')} -> ${(0,terminal .hD)(change.to.name)}`);
        if (change.to?.description !== undefined) {
            lines.push(`! description: ${(0,terminal .hD)(change.from?.description ?? '')} -> ${(0,terminal .hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'create-scheme') {
        lines.push(`+ scheme ${(0,terminal .hD)(group.name)}`);
        if (change.to?.description !== undefined && change.to.description !== '') {
            lines.push(`+ description: ${(0,terminal .hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'delete-scheme') {
        lines.push(`- scheme ${(0,terminal .hD)(group.name)} (id ${group.schemeId ?? ''}) and all its grants`);
    }

    for (const move of group.projectChanges)
        lines.push(`~ ${(0,plan_view .oX)(move)}`);
    const shown = lineLimit === undefined ? group.grantChanges : group.grantChanges.slice(0, lineLimit);
    const width = (0,plan_view .U6)(group.grantChanges);
    for (const grant of shown)
        lines.push(grantLine(grant, width));
    return lines;
}
function grantLine(change, width) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return `${marker} ${(change.permission ?? '').padEnd(width)}  ${(0,plan_view .pG)(change)}`;
}
function tailBlocks(plan) {
    const blocks = [];
    if (plan.kept.length > 0) {
        const items = plan.kept.map((grant) => {
            const label = (0,holder .JA)(grant);
            return `- ${(0,markdown .SS)(grant.scheme)} (id ${grant.schemeId}): ${(0,markdown .SS)(grant.permission)} ${(0,markdown .SS)(label)}: ${(0,markdown .FV)(grant.reason)}`;
        });
        blocks.push(`<details><summary>${(0,markdown .ZD)(`Kept: ${(0,words .LS)(plan.kept.length, 'live grant')} this tool does not manage, left as is`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    if (plan.unmanaged.length > 0) {
        const items = plan.unmanaged.map((scheme) => `- ${(0,markdown .SS)(scheme.name)} (id ${scheme.id})`);
        blocks.push(`<details><summary>${(0,markdown .ZD)(`Unmanaged: ${(0,words .LS)(plan.unmanaged.length, 'live scheme has', 'live schemes have')} no file and ${plan.unmanaged.length === 1 ? 'is' : 'are'} left alone`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    return blocks;
}


var action_event = __webpack_require__(3566);

var github = __webpack_require__(3801);

var inputs = __webpack_require__(2181);

var findings_markdown = __webpack_require__(9017);

var comment = __webpack_require__(1151);

var order = __webpack_require__(4946);

var drift_markdown = __webpack_require__(5234);
;













function planTitle(key) {
    return key.path === undefined ? 'Jira permissions plan' : `Jira permissions plan: ${key.path}`;
}

function noPlanMarkdown(title, result) {
    const counts = (0,order .Gt)(result.findings);
    const lines = [`### ${(0,markdown .FV)(title)}`, ''];
    if (result.status === 'invalid') {
        lines.push(`\u274c **No plan**: the scheme files have ${(0,words .LS)(counts.errors, 'error')}. Each one is annotated on its ` +
            'file and line; fix them and push again.', (0,findings_markdown .O)(result.findings.filter((finding) => finding.severity === 'error'), result.fileCount).replace(/^## Validation\n/, ''));
    }
    else {

        const error = (result.error ?? 'the plan could not be made').split('\n');
        lines.push('\u274c **No plan**: the plan could not be made.', '', (0,markdown .zW)('text', error));
    }
    return `${lines.join('\n')}\n`;
}





function commentDrift(base, result) {
    if (base === undefined || result.plan === undefined || result.plan.changes.length === 0)
        return {};
    return { drift: (0,drift_markdown .MJ)(base) };
}




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
        maxLength: (0,comment .nA)((0,comment .Ql)(key)) - 100 - after.length,
    }) + after);
}

function planCommentBody(result, key, extras = {}) {
    return composeCommentBody(commentMarker(key), redact(planCommentContent(result, key, extras)));
}


var runner = __webpack_require__(7552);

var action_deps = __webpack_require__(2734);

var validate = __webpack_require__(7286);

var heap = __webpack_require__(6086);
;
























const PLAN_FILE_NAME = 'jira-permissions-plan.json';

const SUMMARY_PLAN_LIMIT = 800_000;
async function postComment(context, pullRequest, key, content) {
    const token = context.inputs.githubToken;
    if (token === undefined) {
        (0,runner .$e)('No plan comment: the github-token input is empty. The plan is in the job summary.');
        return;
    }
    if (context.repository === undefined) {
        (0,runner .$e)('No plan comment: GITHUB_REPOSITORY is not set. The plan is in the job summary.');
        return;
    }
    try {
        const client = (0,github .LN)(token, context.repository, context.apiUrl);

        const outcome = await (0,github .gK)(client, pullRequest.number, key, (0,secrets .E$)(content));
        (0,runner .pq)(`Plan comment ${outcome.action} (comment ${outcome.commentId}) on pull request #${pullRequest.number}`);
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token).'
            : '';
        (0,runner .$e)(`Could not write the plan comment: ${(0,inputs .u1)(error)}.${hint} The plan is in the job summary.`);
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

function baseCommitOf(payload) {
    const pullRequest = payload['pull_request'];
    if (typeof pullRequest !== 'object' || pullRequest === null)
        return undefined;
    const sha = pullRequest.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : undefined;
}

function planFooter(context, pullRequest) {
    const head = context.payload['pull_request']?.head?.sha;
    const commit = typeof head === 'string' && pullRequest !== undefined ? head : context.sha;
    const run = (0,runner .ut)(context);
    const parts = [
        ...(commit === undefined ? [] : [`Planned at commit ${(0,markdown .SS)(commit.slice(0, 12))}`]),
        ...(run === undefined ? [] : [run]),
    ];
    return parts.length === 0 ? '' : `<sub>${parts.join(' \u00b7 ')}</sub>`;
}
async function planStep(context) {
    const pullRequest = (0,action_event .TC)(context.eventName, context.payload, context.repository === undefined ? undefined : `${context.repository.owner}/${context.repository.repo}`);
    const key = {
        ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
        ...(context.inputs.settings === undefined ? {} : { settings: context.inputs.settings }),
    };
    const title = planTitle(key);


    const untrusted = (0,action_event .tB)(context.eventName, context.payload, pullRequest);
    const onPullRequest = (0,action_event .T5)(context.eventName, context.payload);
    if (onPullRequest && (untrusted !== undefined || !(0,inputs .Ho)(context.inputs.jira))) {
        const validation = await (0,validate.validateFiles)(context);
        const reason = notPlannedReason(pullRequest, untrusted, context.eventName);
        (0,runner .lm)(`Validated the scheme files, but did not plan: ${reason}.`, 'No Jira plan');
        await (0,runner .fe)(`### ${(0,markdown .FV)(title)}\n\n\u2139\ufe0f Not planned: ${(0,markdown .FV)(reason)}.\n`);
        (0,runner .uH)('has-changes', false);
        (0,runner .uH)('summary', untrusted === 'fork'
            ? 'not planned: pull request from a fork'
            : untrusted === 'unknown-head'
                ? 'not planned: the event does not name the pull request head'
                : 'not planned: no Jira credentials');
        if (validation.counts.errors > 0) {
            (0,runner .fJ)(`${(0,words .LS)(validation.counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`);
        }
        return;
    }

    const baseSha = pullRequest === undefined ? undefined : baseCommitOf(context.payload);
    const files = {
        path: context.inputs.path,
        settingsPath: context.inputs.settings,
        access: context.inputs.access,
    };
    let base;
    const result = await (0,runner .Oi)('Plan against live Jira (read-only)', async () => {
        const progress = (0,runner .cv)();
        try {
            const deps = (0,action_deps.actionDeps)(context, progress);

            if (baseSha === undefined)
                return await (0,commands_plan .F)({ ...files, keep: 'plan' }, deps);
            const withBase = await runPlanWithBase({ ...files, baseRef: baseSha, fetchBase: true }, deps);
            base = withBase.base;
            return withBase;
        }
        finally {
            progress.done();
        }
    });


    if (result.plan !== undefined)
        (0,heap .iO)();
    if (base?.error !== undefined)
        (0,runner .pq)(`Drift not told apart: ${base.error}`);
    const extras = { ...commentDrift(base, result), footer: planFooter(context, pullRequest) };
    const counts = (0,runner .fz)(result.findings);
    (0,runner .uH)('errors', counts.errors);
    (0,runner .uH)('warnings', counts.warnings);
    const plan = result.plan;
    let commentContent;
    if (plan !== undefined) {
        const planFile = (0,external_node_path_.join)(context.tempDir, PLAN_FILE_NAME);
        await (0,promises_.writeFile)(planFile, (0,plan_json .uC)(plan));
        (0,runner .uH)('has-changes', plan.changes.length > 0);
        (0,runner .uH)('plan-json', planFile);
        (0,runner .uH)('summary', (0,plan_view .dC)(plan));
        (0,runner .pq)(`${(0,plan_view .dC)(plan)}; plan file: ${planFile}`);
        await (0,runner .fe)([
            renderPlanMarkdown(plan, { title, maxLength: SUMMARY_PLAN_LIMIT }),
            extras.drift ?? '',
            extras.footer ?? '',
        ]
            .filter((part) => part !== '')
            .join('\n'));
        commentContent = planCommentContent(result, key, extras);
    }
    else {
        (0,runner .uH)('has-changes', false);
        (0,runner .uH)('summary', result.status === 'invalid'
            ? `no plan: ${(0,words .LS)(counts.errors, 'error')} in the scheme files`
            : `no plan: ${(result.error ?? 'the plan could not be made').split('\n')[0] ?? ''}`);
        commentContent = planCommentContent(result, key, extras);
        await (0,runner .fe)(commentContent);
    }
    if (result.findings.length > 0 && plan !== undefined) {

        await (0,runner .fe)((0,findings_markdown .O)(result.findings, result.fileCount, new Set(plan.findings)));
    }
    if (pullRequest !== undefined && context.inputs.comment) {
        await (0,runner .Oi)('Pull-request comment', () => postComment(context, pullRequest, key, commentContent));
    }
    if (result.status === 'invalid') {
        (0,runner .fJ)(`${(0,words .LS)(counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`);
    }
    else if (result.status === 'failed') {
        (0,runner .fJ)(result.error ?? 'the plan could not be made');
    }
    else if (result.blocked) {
        const guardrails = plan?.guardrails.filter((violation) => !violation.allowed) ?? [];
        (0,runner .fJ)(guardrails.length > 0
            ? `the plan is blocked: ${guardrails.map((violation) => violation.message).join('; ')}`
            : `the plan is blocked by ${(0,words .LS)(counts.errors, 'error')}: see the annotations`);
    }
}


}),

7286:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => ( validateFiles),
  validateStep: () => ( validateStep)
});


var order = __webpack_require__(4946);

var view_finding = __webpack_require__(7280);
;






function formatText(findings, options) {
    const lines = [];
    const lineOptions = { colour: options.color === true };
    for (const finding of (0,order .Tc)(findings))
        (0,view_finding .Ng)(lines, finding, lineOptions);
    if (lines.length > 0)
        lines.push('');
    lines.push((0,view_finding .mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}


var findings_markdown = __webpack_require__(9017);

var runner = __webpack_require__(7552);

var words = __webpack_require__(1788);
;





async function validateFiles(context) {
    const result = await (0,runner .Oi)('Validate the scheme files', async () => {


        const [{ runValidate }, { actionDeps }] = await Promise.all([
            Promise.all( [__webpack_require__.e(372), __webpack_require__.e(980), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 10)),
            __webpack_require__.e( 734).then(__webpack_require__.bind(__webpack_require__, 2734)),
        ]);
        const validated = await runValidate({ path: context.inputs.path, settingsPath: context.inputs.settings }, actionDeps(context));

        for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split('\n')) {
            if (line !== '')
                (0,runner .pq)(line);
        }
        return validated;
    });
    const counts = (0,runner .fz)(result.findings);
    (0,runner .uH)('errors', counts.errors);
    (0,runner .uH)('warnings', counts.warnings);
    await (0,runner .fe)((0,findings_markdown .O)(result.findings, result.project.files.length));
    return { findings: result.findings, counts, fileCount: result.project.files.length };
}
async function validateStep(context) {
    const outcome = await validateFiles(context);
    if (outcome.counts.errors > 0) {
        (0,runner .fJ)(`${(0,words .LS)(outcome.counts.errors, 'error')} in the scheme files: see the annotations (and the job summary) for each one and its fix`);
    }
}


}),

9017:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
O: () => ( findingsMarkdown)
});
var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);
var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);




const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount,

shownAbove = new Set()) {
    const verdict = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings).errors > 0 ? '\u274c' : '\u2705';
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
        lines.push('', `\u2026and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


})

};
