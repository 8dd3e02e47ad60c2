import { runnerInputReader } from './action/inputs.js';
import { run } from './action/main.js';
import { tuneHeapFor } from './util/heap.js';

// Before the step runs: the commands that read a whole site run with V8 settings of their own
// (src/util/heap.ts). The static imports above have already loaded the action's entry code; that is
// fine, since V8 reads these settings each time the heap grows, not once at start-up.
tuneHeapFor(runnerInputReader()('command'));
await run();
