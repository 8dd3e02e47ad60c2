import { startSimulator, type FaultConfig, type Flavour, type SiteData } from '../../src/sim/index.js';
import { benchSite, type BenchSiteParams } from './site.js';

/**
 * The simulator in its own process, so its work (building 60,000-grant answers, a token bucket) does not
 * share the event loop and the CPU time of the product being measured, as a real Jira would not.
 * Driven over IPC by remote-sim.ts.
 */

export type SimCommand =
  | { id: number; type: 'start'; site: BenchSiteParams; latencyMs: number; flavour: Flavour }
  | { id: number; type: 'faults'; faults: FaultConfig }
  | { id: number; type: 'clear' }
  | { id: number; type: 'log' }
  | { id: number; type: 'reset' }
  | { id: number; type: 'stop' };

export interface LoggedRequest {
  method: string;
  route: string;
  status: number;
  fault?: string;
}

const send = (message: unknown): void => {
  process.send?.(message);
};

let simulator: Awaited<ReturnType<typeof startSimulator>> | undefined;
let initial: SiteData | undefined;

process.on('message', (message: SimCommand) => {
  void handle(message).then(
    (value) => {
      send({ id: message.id, ok: true, value });
    },
    (error: unknown) => {
      send({ id: message.id, ok: false, error: error instanceof Error ? error.stack : String(error) });
    },
  );
});

async function handle(command: SimCommand): Promise<unknown> {
  switch (command.type) {
    case 'start': {
      const site = benchSite(command.site);
      simulator = await startSimulator({
        seed: site,
        latencyMs: command.latencyMs,
        flavour: command.flavour,
      });
      initial = simulator.snapshot();
      return { env: simulator.env(), grants: site.schemes.length };
    }
    case 'faults':
      simulator?.setFaults(command.faults);
      return null;
    case 'clear':
      simulator?.clearLog();
      return null;
    case 'log':
      return (simulator?.requests ?? []).map((entry): LoggedRequest => ({
        method: entry.method,
        route: entry.route,
        status: entry.status,
        ...(entry.fault === undefined ? {} : { fault: entry.fault }),
      }));
    case 'reset':
      if (initial !== undefined) simulator?.restore(initial);
      simulator?.clearLog();
      return null;
    case 'stop':
      await simulator?.stop();
      setImmediate(() => process.exit(0));
      return null;
  }
}
