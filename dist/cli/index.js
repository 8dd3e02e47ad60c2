#!/usr/bin/env node
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(497);

const controller = new AbortController();
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        interrupts += 1;
        // A second interrupt means "now": leave without waiting for the command to wind down.
        if (interrupts > 1)
            process.exit(130);
        process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
        controller.abort(new Error(`interrupted by ${signal}`));
    });
}
const exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: { write: (text) => process.stdout.write(text) },
    stderr: { write: (text) => process.stderr.write(text) },
    isTTY: process.stdout.isTTY,
    signal: controller.signal,
});
process.exitCode = exitCode;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS, usage

;// CONCATENATED MODULE: ./src/cli/commands/apply.ts
// Placeholder until the apply command lands; replaced by its owner.
const applyCommand = {
    name: 'apply',
    summary: '(not built yet)',
    help: 'jira-perms apply: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms apply is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
// Placeholder until the demo command lands; replaced by its owner.
const demoCommand = {
    name: 'demo',
    summary: '(not built yet)',
    help: 'jira-perms demo: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms demo is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts
// Placeholder until the doctor command lands; replaced by its owner.
const doctorCommand = {
    name: 'doctor',
    summary: '(not built yet)',
    help: 'jira-perms doctor: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms doctor is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/export.ts
// Placeholder until the export command lands; replaced by its owner.
const exportCommand = {
    name: 'export',
    summary: '(not built yet)',
    help: 'jira-perms export: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms export is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
// Placeholder until the plan command lands; replaced by its owner.
const planCommand = {
    name: 'plan',
    summary: '(not built yet)',
    help: 'jira-perms plan: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms plan is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/sim.ts
// Placeholder until the sim command lands; replaced by its owner.
const simCommand = {
    name: 'sim',
    summary: '(not built yet)',
    help: 'jira-perms sim: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms sim is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
// Placeholder until the validate command lands; replaced by its owner.
const validateCommand = {
    name: 'validate',
    summary: '(not built yet)',
    help: 'jira-perms validate: not built yet',
    run: (context) => {
        context.stderr.write('jira-perms validate is not built yet\n');
        return Promise.resolve(1);
    },
};

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0] ?? 0;
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length] ?? 0;
}
/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo (case is ignored;
 * at most a third of the longer string may differ).
 */
function closestMatch(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(needle, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3));
    return bestDistance <= limit ? best : undefined;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The product version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts









const COMMANDS = [
    validateCommand,
    planCommand,
    applyCommand,
    exportCommand,
    doctorCommand,
    simCommand,
    demoCommand,
];
function usage() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return [
        'jira-perms: Jira permission schemes as code',
        '',
        'Usage: jira-perms <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Connection (plan, apply, export, doctor, validate --online), from the environment:',
        '  JIRA_BASE_URL      site URL (https://example.atlassian.net), api.atlassian.com/ex/jira/{cloudId}, or Data Center URL',
        '  JIRA_EMAIL + JIRA_API_TOKEN   basic auth, or',
        '  JIRA_BEARER_TOKEN  OAuth 2.0 access token or Data Center personal access token',
        '  JIRA_API_VERSION   3 (Cloud, default) or 2 (Data Center)',
        '',
        "Run 'jira-perms <command> --help' for a command's options.",
        '',
    ].join('\n');
}
/** Dispatches to a command; returns the exit code. */
async function runCli(args, context) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        context.stdout.write(usage());
        return name === undefined ? 1 : 0;
    }
    if (name === '--version' || name === '-v') {
        context.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
        const suggestion = closestMatch(name, COMMANDS.map((candidate) => candidate.name));
        context.stderr.write(`jira-perms: unknown command "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}\n` +
            "Run 'jira-perms --help' for the list of commands.\n");
        return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        context.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
        return 0;
    }
    return command.run({ ...context, argv: rest });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
