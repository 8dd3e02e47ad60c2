export const id = 142;
export const ids = [142];
export const modules = {

310:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  oC: () => ( cliProgress),
  NB: () => ( defineCommand),
  oA: () => ( offlineDeps),
  Wp: () => ( usageError),
  by: () => ( useColor)
});




var words = __webpack_require__(1788);
;


function progressText(progress) {
    if (progress.done === undefined)
        return `${progress.message}...`;
    const total = progress.total === undefined ? '' : ` of ${(0,words .U9)(progress.total)}`;
    return `${progress.message}: ${(0,words .U9)(progress.done)}${total}`;
}

function progressView(write, options) {
    const heartbeatMs = options.heartbeatMs ?? 10_000;
    const redrawMs = options.redrawMs ?? 100;
    const now = options.now ?? (() => Date.now());
    let step;
    let latest;
    let lastWritten = 0;
    let shown = false;
    let timer;
    const stopTimer = () => {
        if (timer !== undefined)
            clearInterval(timer);
        timer = undefined;
    };
    const line = (progress) => {
        write(`${progressText(progress)}\n`);
        lastWritten = now();
    };
    const report = (progress) => {
        const newStep = progress.step !== step;
        step = progress.step;
        latest = progress;
        if (options.live) {
            const last = progress.done !== undefined && progress.done === progress.total;
            if (!newStep && !last && now() - lastWritten < redrawMs)
                return;
            write(`\r\u001b[2K${progressText(progress)}`);
            lastWritten = now();
            shown = true;
            return;
        }
        if (newStep) {
            line(progress);
            stopTimer();
            timer = setInterval(() => {
                if (latest !== undefined && now() - lastWritten >= heartbeatMs - 50)
                    line(latest);
            }, heartbeatMs);
            timer.unref();
        }
        else if (now() - lastWritten >= heartbeatMs) {
            line(progress);
        }
    };
    return {
        report,
        done: () => {
            stopTimer();
            if (shown)
                write('\r\u001b[2K');
            shown = false;
            step = undefined;
            latest = undefined;
        },
    };
}


var external_node_util_ = __webpack_require__(7975);

var suggest = __webpack_require__(7406);
;









const COMMON_OPTIONS = [
    {
        name: 'no-color',
        type: 'boolean',
        env: 'NO_COLOR',
        help: 'no colours; colours are only used on a terminal anyway',
    },
    { name: 'help', type: 'boolean', short: 'h', help: 'this text' },
];
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

function allOptions(spec) {
    return [...spec.options, ...COMMON_OPTIONS];
}

function optionUsage(option) {
    if (option.type === 'boolean')
        return `--${option.name}`;
    const value = option.choices !== undefined ? option.choices.join('|') : (option.valueName ?? 'VALUE');
    return `--${option.name} ${value}`;
}

function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
function suggestion(input, candidates) {
    const match = (0,suggest .h)(input, candidates);
    return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

function wantsHelp(argv) {
    for (const argument of argv) {
        if (argument === '--')
            return false;
        if (argument === '--help' || argument === '-h')
            return true;
    }
    return false;
}






function parseOptions(spec, argv, env = {}) {
    const options = allOptions(spec);
    const byName = new Map();
    const config = {};
    for (const option of options) {
        for (const name of [option.name, ...(option.aliases ?? [])]) {
            byName.set(name, option);

            config[name] = {
                type: option.type,
                multiple: true,
                ...(option.short === undefined || name !== option.name ? {} : { short: option.short }),
            };
        }
    }

    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: config,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const seen = new Map();
    const longNames = options.map((option) => `--${option.name}`);
    for (const token of tokens) {
        if (token.kind === 'positional') {
            const hint = spec.positionalHint === undefined ? '' : ` (${spec.positionalHint})`;
            return {
                ok: false,
                error: `unexpected argument "${token.value}": this command takes options only${hint}`,
            };
        }
        if (token.kind !== 'option')
            continue;
        const option = byName.get(token.name);
        if (option === undefined) {
            const raw = argv[token.index] ?? token.rawName;
            const shown = raw.startsWith('--') ? raw : token.rawName;
            return { ok: false, error: `unknown option "${shown}"${suggestion(token.rawName, longNames)}` };
        }
        const flag = `--${option.name}`;
        if (option.type === 'boolean') {
            if (token.value !== undefined)
                return { ok: false, error: `${flag} takes no value` };
            continue;
        }
        const value = token.value;
        if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
            return { ok: false, error: `${flag} needs a value (${optionUsage(option)})` };
        }
        if (option.choices !== undefined && !option.choices.includes(value)) {
            return {
                ok: false,
                error: `unknown ${option.name} "${value}"${suggestion(value, option.choices)}: use ${orList(option.choices)}`,
            };
        }
        const count = (seen.get(option) ?? 0) + 1;
        seen.set(option, count);
        if (count > 1 && option.multiple !== true) {
            return { ok: false, error: `${flag} given twice: it takes one value` };
        }
    }

    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args: [...argv], options: config, strict: true, allowPositionals: false })
            .values;
    }
    catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const parsed = {};
    for (const option of options) {
        const given = [option.name, ...(option.aliases ?? [])].flatMap((name) => values[name] ?? []);
        const fromEnv = option.env === undefined ? undefined : env[option.env];
        const key = camelCase(option.name);
        if (option.type === 'boolean') {
            parsed[key] = given.length > 0 || (fromEnv !== undefined && fromEnv !== '');
        }
        else if (option.multiple === true) {
            parsed[key] = given.map(String);
        }
        else {
            const value = given.length > 0
                ? String(given[0])
                : fromEnv !== undefined && fromEnv !== ''
                    ? fromEnv
                    : option.default;
            if (value === undefined && option.required === true) {
                return { ok: false, error: `${optionUsage(option)} is required` };
            }
            parsed[key] = value;
        }
    }
    return { ok: true, options: parsed };
}

;





const WIDTH = 100;

const MAX_NAME_COLUMN = 24;

function wrap(text, width) {
    const lines = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(' ').filter((part) => part !== '')) {
            if (line !== '' && line.length + 1 + word.length > width) {
                lines.push(line);
                line = word;
            }
            else {
                line = line === '' ? word : `${line} ${word}`;
            }
        }
        lines.push(line);
    }
    return lines;
}

function optionLabel(option) {
    return `${option.short === undefined ? '' : `-${option.short}, `}${optionUsage(option)}`;
}

function optionText(option) {
    const notes = [];
    const shownDefault = option.defaultText ?? option.default;
    if (shownDefault !== undefined)
        notes.push(`default: ${shownDefault}`);
    if (option.env !== undefined)
        notes.push(`environment: ${option.env}`);
    if (option.multiple === true)
        notes.push('repeatable');
    return notes.length === 0 ? option.help : `${option.help} (${notes.join('; ')})`;
}

function synopsis(spec) {
    if (spec.usage !== undefined)
        return [spec.usage];
    return allOptions(spec)
        .filter((option) => option.name !== 'help')
        .map((option) => {
        const text = optionUsage(option);
        if (option.required === true)
            return text;
        return option.multiple === true ? `[${text}]...` : `[${text}]`;
    });
}

function usageBlock(spec) {
    const head = `Usage: jira-perms ${spec.name}`;
    const indent = ' '.repeat(head.length + 1);
    const lines = [];
    let line = head;
    for (const part of synopsis(spec)) {
        if (line !== head && line.length + 1 + part.length > WIDTH) {
            lines.push(line);
            line = `${indent}${part}`;
        }
        else {
            line = `${line} ${part}`;
        }
    }
    lines.push(line);
    return lines.join('\n');
}
function optionsBlock(spec) {
    const options = allOptions(spec);
    const sections = new Map();
    for (const option of spec.options) {
        const section = option.section ?? 'Options';
        sections.set(section, [...(sections.get(section) ?? []), option]);
    }
    const common = options.slice(spec.options.length);
    sections.set('Options', [...(sections.get('Options') ?? []), ...common]);
    const column = Math.min(MAX_NAME_COLUMN, Math.max(...options.map((option) => optionLabel(option).length)));
    const blocks = [];
    for (const [section, members] of sections) {
        const lines = [`${section}:`];
        for (const option of members) {
            const label = optionLabel(option);
            const text = wrap(optionText(option), WIDTH - column - 4);
            if (label.length > column) {
                lines.push(`  ${label}`);
                for (const line of text)
                    lines.push(`  ${' '.repeat(column)}  ${line}`);
            }
            else {
                const [first = '', ...rest] = text;
                lines.push(`  ${label.padEnd(column)}  ${first}`);
                for (const line of rest)
                    lines.push(`  ${' '.repeat(column)}  ${line}`);
            }
        }
        blocks.push(lines.join('\n'));
    }
    return blocks.join('\n\n');
}

function renderHelp(spec) {
    return [
        `jira-perms ${spec.name}: ${spec.summary}`,
        '',
        usageBlock(spec),
        '',
        spec.description.trimEnd(),
        '',
        optionsBlock(spec),
        '',
        spec.epilogue.trimEnd(),
        '',
    ].join('\n');
}


var outputs = __webpack_require__(6128);
;






function cliProgress(context) {
    return progressView((text) => {
        context.stderr.write(text);
    }, { live: context.isTTY });
}





function offlineDeps(context, progress) {
    return {
        cwd: context.cwd,
        jira: OFFLINE,
        clock: () => new Date(),
        progress: progress?.report ?? (() => undefined),
        signal: context.signal,
        ...context.overrides,
    };
}
const offline = () => {
    throw new Error('this command runs offline: it has no Jira client');
};

const OFFLINE = { connection: offline, reader: offline, writer: offline, prober: offline };

function usageError(context, command, message) {
    context.stderr.write(`jira-perms ${command}: ${message}\nRun 'jira-perms ${command} --help' for the options.\n`);
    return 1;
}

function useColor(options, context) {
    return context.isTTY && !options.noColor;
}




function defineCommand(spec, run) {
    const help = renderHelp(spec);
    return {
        name: spec.name,
        summary: spec.summary,
        help,
        spec,
        run: async (context) => {
            const plain = { ...context, ...(0,outputs .b)(context, { colour: false }) };
            if (wantsHelp(context.argv)) {
                plain.stdout.write(help);
                return 0;
            }
            const parsed = parseOptions(spec, context.argv, context.env);
            if (!parsed.ok)
                return usageError(plain, spec.name, parsed.error);
            const colour = useColor(parsed.options, context);
            return run(parsed.options, { ...context, ...(0,outputs .b)(context, { colour }) });
        },
    };
}


}),

142:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
SIM_SPEC: () => ( SIM_SPEC),
simCommand: () => ( simCommand)
});
var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(310);
var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5200);
var _summaries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5062);



const SITE = 'Site';
const FAULTS = 'Faults (reproducible: the same --fault-seed and the same requests give the same faults)';
const BEHAVIOUR = 'Behaviour where Atlassian\'s documentation leaves it open (see docs/simulator.md, "Behaviour switches")';
const SIM_OPTIONS = [
    {
        name: 'port',
        type: 'string',
        valueName: 'N',
        section: SITE,
        default: '0',
        help: 'port to listen on (0: any free port)',
    },
    {
        name: 'host',
        type: 'string',
        valueName: 'ADDR',
        section: SITE,
        default: '127.0.0.1',
        help: 'address to listen on',
    },
    {
        name: 'seed',
        type: 'string',
        valueName: 'FILE',
        section: SITE,
        help: 'load the site from a JSON seed file',
        defaultText: 'the built-in seed, a small Cloud site with Default, Software and Service Management schemes',
    },
    {
        name: 'generate',
        type: 'string',
        valueName: 'SPEC',
        section: SITE,
        help: 'generate a large site instead, e.g. schemes=200,grants=80,groups=500,roles=12,projects=300,users=200,seed=7 ' +
            '(also teamManaged=N, archived=N: how many projects are team-managed or archived; default 1 and 0)',
    },
    {
        name: 'flavour',
        type: 'string',
        choices: ['cloud', 'datacenter'],
        aliases: ['flavor'],
        section: SITE,
        default: 'cloud',
        help: 'cloud: REST v3 and v2, group ids; datacenter: REST v2 only, groups by name, holders without "value", no /group/bulk',
    },
    {
        name: 'print-seed',
        type: 'boolean',
        section: SITE,
        help: 'print the site as seed JSON (to edit and load with --seed) and exit',
    },
    {
        name: 'latency',
        type: 'string',
        valueName: 'MS',
        section: FAULTS,
        help: 'add MS milliseconds to every answer',
    },
    { name: 'jitter', type: 'string', valueName: 'MS', section: FAULTS, help: 'add up to MS more, at random' },
    {
        name: 'rate-limit',
        type: 'string',
        valueName: 'N/S',
        section: FAULTS,
        help: 'token bucket of N requests refilled at S per second; then 429 + Retry-After',
    },
    {
        name: 'errors',
        type: 'string',
        valueName: 'RATE',
        section: FAULTS,
        help: 'answer 503 to this fraction of requests (0..1)',
    },
    {
        name: 'drop',
        type: 'string',
        valueName: 'RATE',
        section: FAULTS,
        help: 'commit this fraction of writes, then drop the connection unanswered',
    },
    {
        name: 'hang',
        type: 'string',
        valueName: 'RATE',
        section: FAULTS,
        help: 'never answer this fraction of requests',
    },
    {
        name: 'html-login',
        type: 'string',
        valueName: 'RATE',
        section: FAULTS,
        help: 'answer this fraction with a 200 HTML login page',
    },
    {
        name: 'truncate',
        type: 'string',
        valueName: 'RATE',
        section: FAULTS,
        help: 'cut this fraction of JSON answers in half',
    },
    {
        name: 'blocked',
        type: 'boolean',
        section: FAULTS,
        help: 'answer everything 403 as from an address outside the IP allowlist',
    },
    {
        name: 'writes-only',
        type: 'boolean',
        section: FAULTS,
        help: 'apply the rate-based faults above to POST/PUT/DELETE only',
    },
    {
        name: 'fault-seed',
        type: 'string',
        valueName: 'N',
        section: FAULTS,
        default: '1',
        help: 'PRNG seed for the faults',
    },
    {
        name: 'behaviour',
        type: 'string',
        valueName: 'K=V',
        multiple: true,
        aliases: ['behavior'],
        section: BEHAVIOUR,
        help: 'keys: errorWording=jira|terse, deleteInUseScheme=refuse|fallback, deleteInUseStatus=400|409, ' +
            'parameterlessHolders=omit|null, grantIdsAfterPut=new|keep, addonsRoleOnCreate=true|false, ' +
            'expandHolderObjects=true|false, projectKeyCase=sensitive|insensitive, teamManagedAssignStatus=400|403, ' +
            'auditAuthorAccountId=true|false, auditFreePlan=true|false, auditOffset=honoured|ignored, ' +
            'dataCenterProjectSearch=true|false, ' +
            'leadActive=true|false, emptyProjectSearch=page|404, ' +
            'pageMarkers=documented|nextPage|pageTotal|total, memberTotal=listed|all, ' +
            'teamManagedSchemeStatus=200|400|403|404, ' +
            'cloudServerInfoV2=true|false, roleGroupNames=true|false, ' +
            'listProjectSchemes=true|false, pageCap=N (project, group, member, user and field pages)',
    },
];
const SIM_SPEC = {
    name: 'sim',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARIES */ .Z.sim,
    usage: '[options]',
    description: `Starts a Jira look-alike on 127.0.0.1 that answers the REST operations jira-perms uses
(permission schemes and grants, permissions, groups and their members, roles and their actors in
each project, users, fields, application roles, projects and their leads), prints its URL and
example credentials, and runs until Ctrl+C. State lives in memory.`,
    options: SIM_OPTIONS,
    epilogue: `Examples:
  jira-perms sim --port 8080
  jira-perms sim --flavour datacenter --latency 50 --jitter 100
  jira-perms sim --rate-limit 20/5 --errors 0.05 --writes-only --fault-seed 42
  jira-perms sim --print-seed > site.json && jira-perms sim --seed site.json`,
};
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
        case 'projectKeyCase':
            behaviour.projectKeyCase = oneOf(['sensitive', 'insensitive']);
            return;
        case 'teamManagedAssignStatus':
            behaviour.teamManagedAssignStatus = Number(oneOf(['400', '403']));
            return;
        case 'auditAuthorAccountId':
            behaviour.auditAuthorAccountId = oneOf(['true', 'false']) === 'true';
            return;
        case 'auditFreePlan':
            behaviour.auditFreePlan = oneOf(['true', 'false']) === 'true';
            return;
        case 'auditOffset':
            behaviour.auditOffset = oneOf(['honoured', 'ignored']);
            return;
        case 'dataCenterProjectSearch':
            behaviour.dataCenterProjectSearch = oneOf(['true', 'false']) === 'true';
            return;
        case 'leadActive':
            behaviour.leadActive = oneOf(['true', 'false']) === 'true';
            return;
        case 'emptyProjectSearch':
            behaviour.emptyProjectSearch = oneOf(['page', '404']);
            return;
        case 'pageMarkers':
            behaviour.pageMarkers = oneOf(['documented', 'nextPage', 'pageTotal', 'total']);
            return;
        case 'memberTotal':
            behaviour.memberTotal = oneOf(['listed', 'all']);
            return;
        case 'teamManagedSchemeStatus':
            behaviour.teamManagedSchemeStatus = Number(oneOf(['200', '400', '403', '404']));
            return;
        case 'cloudServerInfoV2':
            behaviour.cloudServerInfoV2 = oneOf(['true', 'false']) === 'true';
            return;
        case 'roleGroupNames':
            behaviour.roleGroupNames = oneOf(['true', 'false']) === 'true';
            return;
        case 'listProjectSchemes':
            behaviour.listProjectSchemes = oneOf(['true', 'false']) === 'true';
            return;
        case 'pageCap': {
            const cap = count(value, '--behaviour pageCap');
            behaviour.maxResultsCap = { projects: cap, groups: cap, users: cap, fields: cap, members: cap };
            return;
        }
        default:
            throw new UsageError(`unknown --behaviour key "${key}" (known: errorWording, deleteInUseScheme, deleteInUseStatus, ` +
                'parameterlessHolders, grantIdsAfterPut, addonsRoleOnCreate, expandHolderObjects, ' +
                'projectKeyCase, teamManagedAssignStatus, auditAuthorAccountId, auditFreePlan, auditOffset, ' +
                'dataCenterProjectSearch, ' +
                'leadActive, emptyProjectSearch, pageMarkers, memberTotal, ' +
                'teamManagedSchemeStatus, cloudServerInfoV2, roleGroupNames, ' +
                'listProjectSchemes, pageCap)');
    }
}
function parseGenerate(spec) {
    const params = {};
    const names = {
        grants: 'grantsPerScheme',
        grantsPerScheme: 'grantsPerScheme',
        teamManaged: 'teamManagedProjects',
        archived: 'archivedProjects',
    };
    for (const part of spec.split(',').filter((item) => item !== '')) {
        const [key = '', value = ''] = part.split('=', 2);
        const known = [
            'schemes',
            'grants',
            'grantsPerScheme',
            'groups',
            'roles',
            'projects',
            'users',
            'teamManaged',
            'archived',
            'seed',
        ];
        if (!known.includes(key)) {
            throw new UsageError(`--generate: unknown size "${key}" (known: ${known.join(', ')})`);
        }
        params[names[key] ?? key] = count(value, `--generate ${key}`);
    }
    return (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .generateSite */ .XJ)(params);
}

function simulatorOptions(args) {
    const options = {};
    const faults = {};
    const behaviour = {};
    const port = count(args.port, '--port');
    if (port > 65_535)
        throw new UsageError(`--port needs a port number from 0 to 65535 (got ${String(port)})`);
    options.port = port;
    options.host = args.host;
    options.flavour = args.flavour;
    if (args.rateLimit !== undefined) {
        const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(args.rateLimit);
        if (match === null)
            throw new UsageError(`--rate-limit needs N/S, e.g. 20/5 (got "${args.rateLimit}")`);
        faults.rateLimit = { capacity: Number(match[1]), refillPerSecond: Number(match[2]) };
    }
    const match = args.writesOnly ? { methods: 'writes' } : {};
    const rates = [
        ['serverErrors', args.errors, '--errors'],
        ['dropAfterCommit', args.drop, '--drop'],
        ['hang', args.hang, '--hang'],
        ['htmlLogin', args.htmlLogin, '--html-login'],
        ['truncatedJson', args.truncate, '--truncate'],
    ];
    for (const [key, value, flag] of rates) {
        if (value !== undefined)
            faults[key] = { ...match, rate: rate(value, flag) };
    }
    if (args.blocked)
        faults.blockedAddress = true;
    faults.seed = count(args.faultSeed, '--fault-seed');
    const latency = args.latency === undefined ? undefined : count(args.latency, '--latency');
    const jitter = args.jitter === undefined ? undefined : count(args.jitter, '--jitter');
    if (latency !== undefined || jitter !== undefined) {
        faults.latency = { fixedMs: latency ?? 0, jitterMs: jitter ?? 0 };
    }
    for (const setting of args.behaviour)
        applyBehaviour(behaviour, setting);
    if (args.seed !== undefined && args.generate !== undefined) {
        throw new UsageError('use either --seed or --generate, not both');
    }
    options.faults = faults;
    options.apiBehaviour = behaviour;
    const parsed = { options };
    if (args.printSeed)
        parsed.printSeed = true;
    if (args.seed !== undefined)
        parsed.seedFile = args.seed;
    if (args.generate !== undefined)
        parsed.generate = args.generate;
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
async function run(args, context) {
    let parsed;
    try {
        parsed = simulatorOptions(args);
        if (parsed.seedFile !== undefined)
            parsed.options.seed = await (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSeedFile */ .wU)(parsed.seedFile);
        if (parsed.generate !== undefined)
            parsed.options.seed = parseGenerate(parsed.generate);
    }
    catch (error) {
        return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(context, 'sim', error instanceof Error ? error.message : String(error));
    }
    if (parsed.printSeed === true) {
        context.stdout.write(`${JSON.stringify(parsed.options.seed ?? (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultSeed */ .pr)(), null, 2)}\n`);
        return 0;
    }
    let simulator;
    try {
        simulator = await (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .startSimulator */ .rs)(parsed.options);
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
        `  no-browse   basic  ${simulator.credentials.noBrowse.email} / ${simulator.credentials.noBrowse.apiToken}`,
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
const simCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)(SIM_SPEC, run);


}),

1788:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
LS: () => ( plural),
U9: () => ( count),
sK: () => ( capitalise)
});





let number;

function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(value) {


    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
        const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
        return value < 0 ? `-${grouped}` : grouped;
    }
    number ??= new Intl.NumberFormat('en-US');
    return number.format(value);
}


})

};
