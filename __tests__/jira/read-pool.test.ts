import { describe, expect, it } from '@jest/globals';

import { ReadPool } from '../../src/jira/read-pool.js';

/** A read per index that ends when the test says so. */
function controlledReads(): {
  read: (index: number) => Promise<void>;
  begun: number[];
  end: (index: number, error?: Error) => Promise<void>;
} {
  const begun: number[] = [];
  const enders = new Map<number, (error?: Error) => void>();
  return {
    begun,
    read: (index) =>
      new Promise<void>((resolve, reject) => {
        begun.push(index);
        enders.set(index, (error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
    end: async (index, error) => {
      enders.get(index)?.(error);
      // The pool hears of it in a later microtask.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('ReadPool', () => {
  it('begins at most `width` reads, in the order the items came, the next as one ends', async () => {
    const reads = controlledReads();
    const pool = new ReadPool(2, reads.read);
    for (let item = 0; item < 5; item++) pool.add();
    expect(reads.begun).toEqual([0, 1]);
    await reads.end(1);
    expect(reads.begun).toEqual([0, 1, 2]);
    await reads.end(0);
    expect(reads.begun).toEqual([0, 1, 2, 3]);
    let finished = false;
    const finish = pool.finish().then(() => (finished = true));
    await reads.end(2);
    await reads.end(3);
    expect(reads.begun).toEqual([0, 1, 2, 3, 4]);
    expect(finished).toBe(false);
    await reads.end(4);
    await finish;
    expect(finished).toBe(true);
  });

  it('begins a read for an item added after the others ended', async () => {
    const reads = controlledReads();
    const pool = new ReadPool(3, reads.read);
    pool.add();
    await reads.end(0);
    pool.add();
    expect(reads.begun).toEqual([0, 1]);
    await reads.end(1);
    await expect(pool.finish()).resolves.toBeUndefined();
  });

  it('begins no read after one failed, and rejects with that failure once the others ended', async () => {
    const reads = controlledReads();
    const pool = new ReadPool(2, reads.read);
    for (let item = 0; item < 4; item++) pool.add();
    await reads.end(0, new Error('first'));
    pool.add();
    expect(reads.begun).toEqual([0, 1]);
    let settled = false;
    const finish = pool.finish().then(
      () => (settled = true),
      (error: unknown) => {
        settled = true;
        return error;
      },
    );
    await reads.end(1, new Error('second'));
    expect(settled).toBe(true);
    expect(await finish).toEqual(new Error('first'));
    expect(reads.begun).toEqual([0, 1]);
  });

  it('stops beginning reads when the list fails, and waits for those begun', async () => {
    const reads = controlledReads();
    const pool = new ReadPool(2, reads.read);
    for (let item = 0; item < 4; item++) pool.add();
    let stopped = false;
    const stop = pool.stop().then(() => (stopped = true));
    await reads.end(0);
    expect(reads.begun).toEqual([0, 1]);
    expect(stopped).toBe(false);
    await reads.end(1);
    await stop;
    expect(stopped).toBe(true);
  });

  it('finishes at once when nothing was added', async () => {
    await expect(new ReadPool(10, () => Promise.resolve()).finish()).resolves.toBeUndefined();
  });
});
