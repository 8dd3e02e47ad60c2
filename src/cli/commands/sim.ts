import type { CliCommand, CliContext } from '../command.js';
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
import { unknownArgument } from '../unknown-argument.js';

const SIM_OPTIONS = [
  '--port',
  '--host',
  '--seed',
  '--generate',
  '--flavour',
  '--print-seed',
  '--latency',
  '--jitter',
  '--rate-limit',
  '--errors',
  '--drop',
  '--hang',
  '--html-login',
  '--truncate',
  '--blocked',
  '--writes-only',
  '--fault-seed',
  '--behaviour',
  '--help',
];

const HELP = `jira-perms sim: run the built-in local Jira simulator

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
    case 'pageCap': {
      const cap = count(value, '--behaviour pageCap');
      behaviour.maxResultsCap = { projects: cap, groups: cap, users: cap, fields: cap };
      return;
    }
    default:
      throw new UsageError(
        `unknown --behaviour key "${key}" (known: errorWording, deleteInUseScheme, deleteInUseStatus, ` +
          'parameterlessHolders, grantIdsAfterPut, addonsRoleOnCreate, expandHolderObjects, pageCap)',
      );
  }
}

function parseGenerate(spec: string): SiteData {
  const params: Record<string, number> = {};
  const names: Record<string, string> = { grants: 'grantsPerScheme', grantsPerScheme: 'grantsPerScheme' };
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

interface ParsedArgs {
  options: SimulatorOptions;
  printSeed?: boolean;
  seedFile?: string;
  generate?: string;
}

function parseArgs(argv: string[]): ParsedArgs {
  const options: SimulatorOptions = {};
  const faults: FaultConfig = {};
  const behaviour: Partial<ApiBehaviour> = {};
  const rateFaults: {
    key: 'serverErrors' | 'dropAfterCommit' | 'hang' | 'htmlLogin' | 'truncatedJson';
    rate: number;
  }[] = [];
  let latency: number | undefined;
  let jitter: number | undefined;
  let writesOnly = false;
  const parsed: ParsedArgs = { options };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--port': {
        const port = count(value(), '--port');
        if (port > 65_535)
          throw new UsageError(`--port needs a port number from 0 to 65535 (got ${String(port)})`);
        options.port = port;
        break;
      }
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
        options.flavour = flavour satisfies Flavour;
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
        if (match === null) throw new UsageError(`--rate-limit needs N/S, e.g. 20/5 (got "${spec}")`);
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
        throw new UsageError(unknownArgument(flag, SIM_OPTIONS));
    }
  }
  const match: FaultMatch = writesOnly ? { methods: 'writes' } : {};
  for (const { key, rate: probability } of rateFaults) faults[key] = { ...match, rate: probability };
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

async function run(context: CliContext): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(context.argv);
    if (parsed.seedFile !== undefined) parsed.options.seed = await loadSeedFile(parsed.seedFile);
    if (parsed.generate !== undefined) parsed.options.seed = parseGenerate(parsed.generate);
  } catch (error) {
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

export const simCommand: CliCommand = {
  name: 'sim',
  summary: 'run the built-in local Jira simulator (for trying jira-perms without a real site)',
  help: HELP,
  run,
};
