import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import type { FaultConfig, Flavour } from '../../src/sim/index.js';
import type { LoggedRequest, SimCommand } from './sim-child.js';
import type { BenchSiteParams } from './site.js';

type Payload<T extends SimCommand['type']> = Omit<Extract<SimCommand, { type: T }>, 'id'>;

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** A simulator running in a child process (see sim-child.ts). */
export class RemoteSimulator {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  /** Connection environment for the product (JIRA_BASE_URL, credentials). */
  env: Record<string, string> = {};

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: Reply) => {
      this.receive(reply);
    });
    child.on('exit', (code) => {
      for (const resolve of this.pending.values()) {
        resolve({ id: -1, ok: false, error: `the simulator process exited (${String(code)})` });
      }
      this.pending.clear();
    });
  }

  static async start(
    site: BenchSiteParams,
    latencyMs = 0,
    flavour: Flavour = 'cloud',
  ): Promise<RemoteSimulator> {
    const child = fork(fileURLToPath(new URL('./sim-child.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const sim = new RemoteSimulator(child);
    const started = (await sim.call<'start'>({ type: 'start', site, latencyMs, flavour })) as {
      env: Record<string, string>;
    };
    sim.env = started.env;
    return sim;
  }

  private receive(reply: Reply): void {
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
  }

  private async call<T extends SimCommand['type']>(command: Payload<T>): Promise<unknown> {
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ ...command, id });
    });
    if (!reply.ok) throw new Error(`simulator: ${reply.error ?? 'failed'}`);
    return reply.value;
  }

  setFaults(faults: FaultConfig): Promise<unknown> {
    return this.call<'faults'>({ type: 'faults', faults });
  }

  clearLog(): Promise<unknown> {
    return this.call<'clear'>({ type: 'clear' });
  }

  /** Back to the generated site, with an empty log. */
  reset(): Promise<unknown> {
    return this.call<'reset'>({ type: 'reset' });
  }

  async log(): Promise<LoggedRequest[]> {
    return (await this.call<'log'>({ type: 'log' })) as LoggedRequest[];
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) =>
      this.child.once('exit', () => {
        resolve();
      }),
    );
    await this.call<'stop'>({ type: 'stop' }).catch(() => undefined);
    await exited;
  }
}

export function countByRoute(log: readonly LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of log) counts[entry.route] = (counts[entry.route] ?? 0) + 1;
  return counts;
}
