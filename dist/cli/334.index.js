export const id = 334;
export const ids = [334];
export const modules = {

/***/ 5334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_SPEC: () => (/* binding */ DEMO_SPEC),
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/sim/index.ts + 23 modules
var sim = __webpack_require__(5200);
// EXTERNAL MODULE: ./src/commands/deps.ts + 9 modules
var commands_deps = __webpack_require__(9140);
// EXTERNAL MODULE: ./src/commands/plan.ts + 5 modules
var plan = __webpack_require__(7117);
;// CONCATENATED MODULE: ./src/commands/demo.ts







/** The `examples/` folder that ships with the package, found from this module's own location. */
function findExamplesRoot(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    // Sources live in src/commands/, the bundle in dist/cli/: both are two levels below the package
    // root, but look a few levels up so other layouts work too.
    let directory = from;
    for (let level = 0; level < 5; level++) {
        const candidate = (0,external_node_path_.join)(directory, 'examples');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, '.jira-permissions.yml')) &&
            (0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'jira-permissions'))) {
            return candidate;
        }
        const parent = (0,external_node_path_.dirname)(directory);
        if (parent === directory)
            break;
        directory = parent;
    }
    return undefined;
}
/**
 * Plans the examples (or `options.path`) against a simulator started for the occasion. The Jira of
 * `deps` is not used: the demo's Jira is its own simulator, read with a read-only token.
 */
async function runDemo(options, deps) {
    let cwd;
    if (options.path !== undefined) {
        cwd = deps.cwd;
    }
    else {
        const examples = findExamplesRoot();
        if (examples === undefined) {
            const error = 'The examples folder that ships with jira-perms was not found next to the program. ' +
                'Pass a scheme folder with --path DIR.';
            return {
                result: { status: 'failed', findings: [], error, hasChanges: false, blocked: true },
                examples: '',
                baseUrl: '',
            };
        }
        cwd = examples;
    }
    const examples = options.path === undefined ? cwd : (0,external_node_path_.resolve)(cwd, options.path);
    let simulator;
    try {
        simulator = await (0,sim/* startSimulator */.rs)(options.seed === undefined ? {} : { seed: options.seed });
    }
    catch (error) {
        const message = `the simulator did not start: ${(0,errors/* errorMessage */.gJ)(error)}`;
        return {
            result: { status: 'failed', findings: [], error: message, hasChanges: false, blocked: true },
            examples,
            baseUrl: '',
        };
    }
    try {
        const result = await (0,plan/* runPlan */.F)({ path: options.path, settingsPath: options.path === undefined ? undefined : options.settingsPath }, 
        // A token that may only read: the plan needs nothing more.
        { ...deps, cwd, jira: (0,commands_deps/* jiraFromEnv */.uM)(simulator.env('readOnly')) });
        return { result, examples, baseUrl: simulator.baseUrl };
    }
    finally {
        await simulator.stop();
    }
}

// EXTERNAL MODULE: ./src/cli/command.ts + 3 modules
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./src/cli/deps.ts
var deps = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 8 modules
var commands_plan = __webpack_require__(3297);
// EXTERNAL MODULE: ./src/cli/summaries.ts
var summaries = __webpack_require__(5062);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts





const DEMO_OPTIONS = [
    {
        name: 'path',
        type: 'string',
        valueName: 'DIR',
        help: 'plan this scheme folder instead of the bundled examples',
    },
    {
        name: 'settings',
        type: 'string',
        valueName: 'FILE',
        help: 'settings file for --path',
        defaultText: '.jira-permissions.yml in the current folder',
    },
    { name: 'markdown', type: 'boolean', help: 'print the plan as the pull-request comment would show it' },
    { name: 'json', type: 'boolean', help: "print the plan JSON (as 'jira-perms plan --json' does)" },
];
const DEMO_SPEC = {
    name: 'demo',
    summary: summaries/* SUMMARIES */.Z.demo,
    description: `Starts the local Jira simulator in this process (its default site: a Default, a Software Development
and a Service Management scheme, four projects), plans the example scheme folder that ships with
jira-perms (examples/jira-permissions) against it, prints the plan and stops the simulator.
Nothing outside this process is contacted; the plan only reads, with a read-only token.`,
    options: DEMO_OPTIONS,
    epilogue: `To try the other commands on the same site, run 'jira-perms sim' in another terminal and point
JIRA_BASE_URL and the credentials it prints at it.

Exit codes: 0 the plan was made, 1 it could not be (invalid files, simulator failure).`,
    positionalHint: 'a scheme folder goes after --path',
};
const demoCommand = (0,command/* defineCommand */.NB)(DEMO_SPEC, async (options, context) => {
    if (options.markdown && options.json) {
        return (0,command/* usageError */.Wp)(context, 'demo', '--markdown and --json cannot be used together');
    }
    if (options.settings !== undefined && options.path === undefined) {
        return (0,command/* usageError */.Wp)(context, 'demo', '--settings needs --path');
    }
    const demo = await runDemo({ path: options.path, settingsPath: options.settings }, (0,deps.cliDeps)(context));
    if (!options.json && !options.markdown && demo.baseUrl !== '') {
        context.stderr.write(`Planning ${demo.examples} against the Jira simulator at ${demo.baseUrl} (default site)\n\n`);
    }
    (0,commands_plan.printPlanResult)(demo.result, { stdout: context.stdout, stderr: context.stderr }, {
        format: options.json ? 'json' : options.markdown ? 'markdown' : 'text',
        color: (0,command/* useColor */.by)(options, context),
        notesHint: false,
    });
    return (0,commands_plan.planExitCode)(demo.result, false);
});


/***/ })

};
