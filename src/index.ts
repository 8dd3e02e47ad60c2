import { runnerInputReader } from './action/inputs.js';
import { run } from './action/main.js';
import { tuneHeapFor } from './util/heap.js';

// Before the step's code loads: the commands that read a whole site run with V8 settings of their own
// (src/util/heap.ts).
tuneHeapFor(runnerInputReader()('command'));
await run();
