import type { CommandSpec, OptionSpec, ParsedOptions } from '../arguments.js';
import { defineCommand, usageError, type CliCommand, type CliContext } from '../command.js';
import {
  defaultSeed,
  generateSite,
  loadSeedFile,
  startSimulator,
  type ApiBehaviour,
  type FaultConfig,
  type FaultMatch,
  type Flavour,
  type SimulatorOptions,
  type SiteData,
} from '../../sim/index.js';
import { SUMMARIES } from '../summaries.js';

const SITE = 'Site';
const FAULTS = 'Faults (reproducible: the same --fault-seed and the same requests give the same faults)';
const BEHAVIOUR =
  'Behaviour where Atlassian\'s documentation leaves it open (see docs/simulator.md, "Behaviour switches")';

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
    defaultText:
      'the built-in seed, a small Cloud site with Default, Software and Service Management schemes',
  },
  {
    name: 'generate',
    type: 'string',
    valueName: 'SPEC',
    section: SITE,
    help:
      'generate a large site instead, e.g. schemes=200,grants=80,groups=500,roles=12,projects=300,users=200,seed=7 ' +
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
    help:
      'keys: errorWording=jira|terse, deleteInUseScheme=refuse|fallback, deleteInUseStatus=400|409, ' +
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
] as const satisfies readonly OptionSpec[];

export const SIM_SPEC: CommandSpec<typeof SIM_OPTIONS> = {
  name: 'sim',
  summary: SUMMARIES.sim,
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

type SimArguments = ParsedOptions<typeof SIM_OPTIONS>;

class UsageError extends Error {}

function rate(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) {
    throw new UsageError(`${flag} needs a fraction between 0 and 1 (got "${value}")`);
  }
  return number;
}

function count(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} needs a whole number (got "${value}")`);
  return Number(value);
}

function applyBehaviour(behaviour: Partial<ApiBehaviour>, setting: string): void {
  const [key = '', value = ''] = setting.split('=', 2);
  const oneOf = <T extends string>(allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`--behaviour ${key} must be one of ${allowed.join(', ')} (got "${value}")`);
    }
    return value as T;
  };
  switch (key) {
    case 'errorWording':
      behaviour.errorWording = oneOf(['jira', 'terse'] as const);
      return;
    case 'deleteInUseScheme':
      behaviour.deleteInUseScheme = oneOf(['refuse', 'fallback'] as const);
      return;
    case 'deleteInUseStatus':
      behaviour.deleteInUseStatus = Number(oneOf(['400', '409'] as const)) as 400 | 409;
      return;
    case 'parameterlessHolders':
      behaviour.parameterlessHolders = oneOf(['omit', 'null'] as const);
      return;
    case 'grantIdsAfterPut':
      behaviour.grantIdsAfterPut = oneOf(['new', 'keep'] as const);
      return;
    case 'addonsRoleOnCreate':
      behaviour.addonsRoleOnCreate = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'expandHolderObjects':
      behaviour.expandHolderObjects = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'projectKeyCase':
      behaviour.projectKeyCase = oneOf(['sensitive', 'insensitive'] as const);
      return;
    case 'teamManagedAssignStatus':
      behaviour.teamManagedAssignStatus = Number(oneOf(['400', '403'] as const)) as 400 | 403;
      return;
    case 'auditAuthorAccountId':
      behaviour.auditAuthorAccountId = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'auditFreePlan':
      behaviour.auditFreePlan = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'auditOffset':
      behaviour.auditOffset = oneOf(['honoured', 'ignored'] as const);
      return;
    case 'dataCenterProjectSearch':
      behaviour.dataCenterProjectSearch = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'leadActive':
      behaviour.leadActive = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'emptyProjectSearch':
      behaviour.emptyProjectSearch = oneOf(['page', '404'] as const);
      return;
    case 'pageMarkers':
      behaviour.pageMarkers = oneOf(['documented', 'nextPage', 'pageTotal', 'total'] as const);
      return;
    case 'memberTotal':
      behaviour.memberTotal = oneOf(['listed', 'all'] as const);
      return;
    case 'teamManagedSchemeStatus':
      behaviour.teamManagedSchemeStatus = Number(oneOf(['200', '400', '403', '404'] as const)) as
        200 | 400 | 403 | 404;
      return;
    case 'cloudServerInfoV2':
      behaviour.cloudServerInfoV2 = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'roleGroupNames':
      behaviour.roleGroupNames = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'listProjectSchemes':
      behaviour.listProjectSchemes = oneOf(['true', 'false'] as const) === 'true';
      return;
    case 'pageCap': {
      const cap = count(value, '--behaviour pageCap');
      behaviour.maxResultsCap = { projects: cap, groups: cap, users: cap, fields: cap, members: cap };
      return;
    }
    default:
      throw new UsageError(
        `unknown --behaviour key "${key}" (known: errorWording, deleteInUseScheme, deleteInUseStatus, ` +
          'parameterlessHolders, grantIdsAfterPut, addonsRoleOnCreate, expandHolderObjects, ' +
          'projectKeyCase, teamManagedAssignStatus, auditAuthorAccountId, auditFreePlan, auditOffset, ' +
          'dataCenterProjectSearch, ' +
          'leadActive, emptyProjectSearch, pageMarkers, memberTotal, ' +
          'teamManagedSchemeStatus, cloudServerInfoV2, roleGroupNames, ' +
          'listProjectSchemes, pageCap)',
      );
  }
}

function parseGenerate(spec: string): SiteData {
  const params: Record<string, number> = {};
  const names: Record<string, string> = {
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
  return generateSite(params);
}

interface ParsedArgs {
  options: SimulatorOptions;
  printSeed?: boolean;
  seedFile?: string;
  generate?: string;
}

/** The simulator's options from the parsed arguments: numbers, rates and behaviour switches checked. */
function simulatorOptions(args: SimArguments): ParsedArgs {
  const options: SimulatorOptions = {};
  const faults: FaultConfig = {};
  const behaviour: Partial<ApiBehaviour> = {};
  const port = count(args.port, '--port');
  if (port > 65_535) throw new UsageError(`--port needs a port number from 0 to 65535 (got ${String(port)})`);
  options.port = port;
  options.host = args.host;
  options.flavour = args.flavour satisfies Flavour;
  if (args.rateLimit !== undefined) {
    const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(args.rateLimit);
    if (match === null) throw new UsageError(`--rate-limit needs N/S, e.g. 20/5 (got "${args.rateLimit}")`);
    faults.rateLimit = { capacity: Number(match[1]), refillPerSecond: Number(match[2]) };
  }
  const match: FaultMatch = args.writesOnly ? { methods: 'writes' } : {};
  const rates = [
    ['serverErrors', args.errors, '--errors'],
    ['dropAfterCommit', args.drop, '--drop'],
    ['hang', args.hang, '--hang'],
    ['htmlLogin', args.htmlLogin, '--html-login'],
    ['truncatedJson', args.truncate, '--truncate'],
  ] as const;
  for (const [key, value, flag] of rates) {
    if (value !== undefined) faults[key] = { ...match, rate: rate(value, flag) };
  }
  if (args.blocked) faults.blockedAddress = true;
  faults.seed = count(args.faultSeed, '--fault-seed');
  const latency = args.latency === undefined ? undefined : count(args.latency, '--latency');
  const jitter = args.jitter === undefined ? undefined : count(args.jitter, '--jitter');
  if (latency !== undefined || jitter !== undefined) {
    faults.latency = { fixedMs: latency ?? 0, jitterMs: jitter ?? 0 };
  }
  for (const setting of args.behaviour) applyBehaviour(behaviour, setting);
  if (args.seed !== undefined && args.generate !== undefined) {
    throw new UsageError('use either --seed or --generate, not both');
  }
  options.faults = faults;
  options.apiBehaviour = behaviour;
  const parsed: ParsedArgs = { options };
  if (args.printSeed) parsed.printSeed = true;
  if (args.seed !== undefined) parsed.seedFile = args.seed;
  if (args.generate !== undefined) parsed.generate = args.generate;
  return parsed;
}

function describe(site: SiteData): string {
  const grants = site.schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
  return (
    `${String(site.schemes.length)} schemes (${String(grants)} grants), ${String(site.groups.length)} groups, ` +
    `${String(site.roles.length)} roles, ${String(site.users.length)} users, ${String(site.projects.length)} projects`
  );
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener(
      'abort',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

async function run(args: SimArguments, context: CliContext): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = simulatorOptions(args);
    if (parsed.seedFile !== undefined) parsed.options.seed = await loadSeedFile(parsed.seedFile);
    if (parsed.generate !== undefined) parsed.options.seed = parseGenerate(parsed.generate);
  } catch (error) {
    return usageError(context, 'sim', error instanceof Error ? error.message : String(error));
  }
  if (parsed.printSeed === true) {
    context.stdout.write(`${JSON.stringify(parsed.options.seed ?? defaultSeed(), null, 2)}\n`);
    return 0;
  }
  let simulator;
  try {
    simulator = await startSimulator(parsed.options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(
      `jira-perms sim: could not start the server: ${message}\n` +
        'If the port is taken, pick another with --port, or use --port 0 for any free port.\n',
    );
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
  context.stdout.write(
    `Stopped. Answered ${String(simulator.requests.length)} requests (${String(writes)} writes).\n`,
  );
  return 0;
}

export const simCommand: CliCommand = defineCommand(SIM_SPEC, run);
