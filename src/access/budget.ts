/**
 * The read budget of effective access in `plan`'s default setting: expanding groups, roles and leads into
 * people can cost more requests than the whole scheme plan (issue #18's bench: 6,739 people reads on top
 * of plan's own 3,063), so by default access reads at most a share of what the plan itself read, and the
 * outcomes that need a holder it did not read are reported as not expanded (never guessed).
 * `JIRA_PERMS_ACCESS=full` lifts the budget.
 */

/** Every plan may spend this many people requests, however small the site (covers a small site whole). */
export const ACCESS_BUDGET_FLOOR = 50;

/**
 * The share of the plan's own requests effective access may add by default. Issue #18 allows plan 1.05×
 * the requests of a client that reads no people; 4% keeps the default plan within that with room for
 * the last batch's further pages (a group's second page, a Data Center user lookup) that finish after
 * the budget is spent.
 */
export const ACCESS_BUDGET_SHARE = 0.04;

/** The default budget: max(50, ⌈4% of the requests the plan made before effective access⌉). */
export function defaultAccessBudget(planRequests: number): number {
  return Math.max(ACCESS_BUDGET_FLOOR, Math.ceil(ACCESS_BUDGET_SHARE * Math.max(0, planRequests)));
}

/** The first batch's reads: the client's default concurrency, one round trip. */
export const FIRST_BATCH = 10;

/** One read: a group's members, a role's actors in a project, a lead, the application roles. */
export interface BudgetUnit<T> {
  /** The read's identity: a key already asked in this run costs nothing (the client caches it). */
  key: string;
  /** Read whatever the budget says (the reads the `accessLimits` guardrail depends on). */
  mandatory: boolean;
  read: () => Promise<T>;
}

/** What a budget did, for the plan's summary. */
export interface BudgetReport {
  /** The most requests the budget allowed (absent: no budget). */
  limit: number;
  /** People requests made (pages and retries included). */
  requests: number;
  /** Reads not made because the budget ran out. */
  readsSkipped: number;
}

/**
 * Spends a number of requests on reads, in the order they are given, deterministically: which reads are
 * made depends on the site's data alone, never on how the answers happen to interleave.
 *
 * Reads go out in batches, and a read in flight is never cut short. A batch takes the next reads in
 * order, as many as the budget has requests left at the cost per read seen so far (at least one
 * request each; the very first batch at most {@link FIRST_BATCH}, to learn that cost cheaply); reads
 * already asked and mandatory reads join it uncharged. When the batch has finished, the requests it
 * actually made (a group's further pages, Data Center's username lookups) are counted, and the next
 * batch gets what is left. So the budget may be passed by the extra pages of the last batch, never by a
 * read started after it ran out. The count comes from the client (`requestsMade`), else one per read
 * (for readers that cannot count).
 */
export class ReadBudget {
  private readonly asked = new Set<string>();
  private spent = 0;
  /** Reads that were not free (charged or mandatory) and were made: the cost per read is spent / this. */
  private paidReads = 0;
  /** The reads left out, by key (a read a later wave makes after all is taken out again). */
  private readonly skipped = new Set<string>();

  constructor(
    readonly limit: number,
    private readonly requestsMade?: () => number,
  ) {}

  /** Whether every read so far was made. */
  get complete(): boolean {
    return this.skipped.size === 0;
  }

  get report(): BudgetReport {
    return { limit: this.limit, requests: this.spent, readsSkipped: this.skipped.size };
  }

  /** How many reads the next batch may charge, with `left` requests left. */
  private room(left: number): number {
    if (left === Number.POSITIVE_INFINITY) return left; // no budget: everything at once, as ever
    if (left <= 0) return 0;
    if (this.paidReads === 0) return Math.min(left, FIRST_BATCH);
    const perRead = Math.max(1, this.spent / this.paidReads);
    return Math.max(1, Math.floor(left / perRead));
  }

  /** Runs the units in batches; a unit the budget left out has no entry in the result. */
  async run<T>(units: readonly BudgetUnit<T>[]): Promise<Map<string, T>> {
    const results = new Map<string, T>();
    let index = 0;
    while (index < units.length) {
      const left = this.limit - this.spent;
      const room = this.room(left);
      const batch: BudgetUnit<T>[] = [];
      let charged = 0;
      let paid = 0;
      while (index < units.length) {
        const unit = units[index];
        if (unit === undefined) break;
        const free = this.asked.has(unit.key) || unit.mandatory;
        if (!free && charged >= room) {
          if (left > 0) break; // the next batch decides, once this one's requests are counted
          this.skipped.add(unit.key); // nothing left: only free reads still go out
          index += 1;
          continue;
        }
        if (!free) charged += 1;
        if (!this.asked.has(unit.key)) paid += 1;
        batch.push(unit);
        index += 1;
      }
      if (batch.length === 0) continue;
      const before = this.requestsMade?.();
      for (const unit of batch) {
        this.asked.add(unit.key);
        this.skipped.delete(unit.key);
      }
      const answers = await Promise.all(batch.map(async (unit) => [unit.key, await unit.read()] as const));
      for (const [key, value] of answers) results.set(key, value);
      this.spent += before === undefined ? paid : (this.requestsMade?.() ?? before) - before;
      this.paidReads += paid;
    }
    return results;
  }
}

/** Why an outcome was not expanded: what ran out, and how to read it all. */
export function budgetReason(limit: number): string {
  const requests = `${String(limit)} ${limit === 1 ? 'request' : 'requests'}`;
  return `not read: the effective-access budget (${requests}) ran out; JIRA_PERMS_ACCESS=full reads every holder`;
}
