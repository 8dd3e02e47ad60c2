import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { JournalFile } from '../../apply/journal-file.js';
import { runApply, type ApplyProgress } from '../../commands/apply.js';
import { errorMessage } from '../../jira/errors.js';
import { redact } from '../../jira/secrets.js';
import { applyEventText, journalSummaryLine, remainingLines } from '../../view/apply.js';
import { findingLine } from '../../view/finding.js';
import type { Plan } from '../../model/plan.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import {
  cliProgress,
  defineCommand,
  useColor,
  type CliCommand,
  type CliContext,
  type Output,
} from '../command.js';
import { cliDeps } from '../deps.js';
import { CONNECTION_HELP, FILE_OPTIONS } from './plan.js';
import { SUMMARIES } from '../summaries.js';

const APPLY_OPTIONS = [
  ...FILE_OPTIONS,
  {
    name: 'plan',
    type: 'string',
    valueName: 'FILE',
    help:
      "the reviewed plan (from 'jira-perms plan --out FILE'). Apply still plans afresh, and refuses, saying " +
      'what moved, if the fresh plan or the live grants of the schemes it touches differ from the reviewed ' +
      'plan, or the files changed. The reviewed plan is the approval: apply does not ask again.',
  },
  {
    name: 'allow-delete',
    type: 'boolean',
    help:
      'allow deleting whole schemes that have no file (needs prune: true as well). Removing a grant the ' +
      'file no longer lists needs no switch.',
  },
  {
    name: 'yes',
    type: 'boolean',
    short: 'y',
    help:
      'apply without asking. Without it (and without --plan), apply asks on a terminal and refuses when ' +
      'nobody can answer (stdin or stdout not a terminal, e.g. in CI).',
  },
  {
    name: 'out',
    type: 'string',
    valueName: 'FILE',
    help:
      'write the journal (every change with its result) to FILE, as it goes: a JSON line per step, each on ' +
      'the disk before the next write, so a killed apply leaves one; when apply ends, FILE becomes one JSON ' +
      'document. Refused while another apply is writing FILE.',
  },
] as const satisfies readonly OptionSpec[];

export const APPLY_SPEC: CommandSpec<typeof APPLY_OPTIONS> = {
  name: 'apply',
  summary: SUMMARIES.apply,
  description: `Reads the files and live Jira, plans afresh, shows the plan, asks for confirmation, then changes Jira
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
failure or an interrupt finishes the job; it changes nothing that is already right.`,
  options: APPLY_OPTIONS,
  epilogue: `Guardrails are checked again on the fresh plan (lockout, public-exposure, mass-removal, access-limit; see
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

${CONNECTION_HELP}`,
  positionalHint: 'a scheme folder goes after --path, a plan file after --plan',
};

/** Asks one question on the terminal; undefined when input ends or the run is interrupted. */
export type Prompt = (question: string, signal: AbortSignal) => Promise<string | undefined>;

/** The terminal prompt: the one place apply reads stdin (CliContext has no stdin on purpose). */
const terminalPrompt: Prompt = (question, signal) =>
  new Promise((resolveAnswer) => {
    const readline = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const done = (answer: string | undefined): void => {
      signal.removeEventListener('abort', onAbort);
      readline.close();
      resolveAnswer(answer);
    };
    const onAbort = (): void => {
      done(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    readline.on('close', () => {
      resolveAnswer(undefined);
    });
    readline.question(question, done);
  });

function printer(stdout: Output, stderr: Output, colour: boolean) {
  return (event: ApplyProgress): void => {
    const shown = applyEventText(event, { colour });
    if (shown !== undefined) (shown.stream === 'stdout' ? stdout : stderr).write(shown.text);
  };
}

export interface ApplyCommandDependencies {
  /** How to ask for confirmation; undefined when nobody can answer. Default: the terminal, when there is one. */
  prompt?: (context: CliContext) => Prompt | undefined;
}

export function createApplyCommand(dependencies: ApplyCommandDependencies = {}): CliCommand {
  const promptFor =
    dependencies.prompt ??
    ((context: CliContext): Prompt | undefined =>
      context.isTTY && process.stdin.isTTY ? terminalPrompt : undefined);
  return defineCommand(APPLY_SPEC, async (options, context) => {
    const { stdout, stderr } = context;
    const color = useColor(options, context);
    const prompt = promptFor(context);
    const confirm = async (_plan: Plan): Promise<boolean> => {
      if (prompt === undefined) {
        stderr.write(
          'jira-perms apply: not applying: there is no terminal to confirm on. Review the plan above, then ' +
            'run again with --yes (the action always passes it).\n',
        );
        return false;
      }
      const answer = await prompt(
        "\nApply these changes to Jira? Only 'yes' is accepted to approve.\n  Enter a value: ",
        context.signal,
      );
      if (answer?.trim() === 'yes') return true;
      stderr.write('Apply cancelled: nothing was written.\n');
      return false;
    };

    // Opened before Jira is read: a journal that cannot be kept stops apply before any write.
    let journalFile: JournalFile | undefined;
    if (options.out !== undefined) {
      try {
        journalFile = JournalFile.open(resolve(context.cwd, options.out), { redact });
      } catch (error) {
        stderr.write(
          `jira-perms apply: not applying: cannot write the journal to ${options.out}: ${errorMessage(error)}. Nothing was written to Jira.\n`,
        );
        return 1;
      }
    }
    const print = printer(stdout, stderr, color);
    // Planning can take minutes on a large site: progress until the plan (or a refusal) is shown.
    const progress = cliProgress({ stderr, isTTY: context.isTTY });
    const events = (event: ApplyProgress): void => {
      progress.done();
      // The journal line is on the disk before the progress line is shown.
      if (event.type !== 'planned' && event.type !== 'refused') journalFile?.record(event);
      print(event);
    };

    let result;
    try {
      result = await runApply(
        {
          ...(options.path === undefined ? {} : { path: options.path }),
          ...(options.settings === undefined ? {} : { settingsPath: options.settings }),
          ...(options.plan === undefined ? {} : { planFile: options.plan }),
          allowDelete: options.allowDelete,
        },
        {
          ...cliDeps(context, progress),
          // A reviewed plan file is the approval (as with \`terraform apply PLANFILE\`): apply only goes
          // ahead when the fresh plan is exactly that plan, so there is nothing new to confirm.
          ...(options.yes || options.plan !== undefined ? {} : { confirm }),
          events,
        },
      );
    } catch (error) {
      // An unexpected failure: the journal keeps what happened, without an end (it reads as stopped).
      journalFile?.close();
      throw error;
    } finally {
      progress.done();
    }

    for (const finding of result.findings) {
      if (finding.severity === 'warning') stderr.write(`${findingLine(finding)}\n`);
    }
    const journal = result.journal;
    if (journal.remaining.length > 0) {
      stderr.write('Still different in Jira after apply:\n');
      stderr.write(`${remainingLines(journal.remaining).join('\n')}\n`);
    }
    // A refusal was already shown with its reasons when it happened; repeating it in the closing
    // line's words said the same thing twice.
    if (journal.outcome !== 'refused') {
      const closing = `${journalSummaryLine(journal)}\n`;
      if (result.exitCode === 0) stdout.write(`\n${closing}`);
      else stderr.write(`\n${closing}`);
    }

    if (journalFile !== undefined && options.out !== undefined) {
      try {
        journalFile.end(journal);
        stderr.write(`Journal written to ${options.out}\n`);
      } catch (error) {
        stderr.write(
          `jira-perms apply: could not finish the journal ${options.out}: ${errorMessage(error)}\n`,
        );
        return 1;
      }
    }
    return result.exitCode;
  });
}

export const applyCommand: CliCommand = createApplyCommand();
