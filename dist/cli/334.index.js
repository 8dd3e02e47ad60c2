export const id = 334;
export const ids = [334];
export const modules = {

5334:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  DEMO_SPEC: () => ( DEMO_SPEC),
  demoCommand: () => ( demoCommand)
});


var external_node_fs_ = __webpack_require__(3024);

var external_node_path_ = __webpack_require__(6760);

var external_node_url_ = __webpack_require__(3136);

var errors = __webpack_require__(6353);

var sim = __webpack_require__(5200);

var commands_deps = __webpack_require__(9369);

var plan = __webpack_require__(489);
;








function findExamplesRoot(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {


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
                result: { status: 'failed', findings: [], fileCount: 0, error, hasChanges: false, blocked: true },
                examples: '',
                baseUrl: '',
            };
        }
        cwd = examples;
    }
    const examples = options.path === undefined ? cwd : (0,external_node_path_.resolve)(cwd, options.path);
    let simulator;
    try {
        simulator = await (0,sim .rs)(options.seed === undefined ? {} : { seed: options.seed });
    }
    catch (error) {
        const message = `the simulator did not start: ${(0,errors .gJ)(error)}`;
        return {
            result: {
                status: 'failed',
                findings: [],
                fileCount: 0,
                error: message,
                hasChanges: false,
                blocked: true,
            },
            examples,
            baseUrl: '',
        };
    }
    try {
        const result = await (0,plan .F)({ path: options.path, settingsPath: options.path === undefined ? undefined : options.settingsPath },

        { ...deps, cwd, jira: (0,commands_deps .uM)(simulator.env('readOnly')) });
        return { result, examples, baseUrl: simulator.baseUrl };
    }
    finally {
        await simulator.stop();
    }
}


var command = __webpack_require__(310);

var deps = __webpack_require__(6874);

var commands_plan = __webpack_require__(3297);

var summaries = __webpack_require__(5062);
;





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
    summary: summaries .Z.demo,
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
const demoCommand = (0,command .NB)(DEMO_SPEC, async (options, context) => {
    if (options.markdown && options.json) {
        return (0,command .Wp)(context, 'demo', '--markdown and --json cannot be used together');
    }
    if (options.settings !== undefined && options.path === undefined) {
        return (0,command .Wp)(context, 'demo', '--settings needs --path');
    }
    const demo = await runDemo({ path: options.path, settingsPath: options.settings }, (0,deps.cliDeps)(context));
    if (!options.json && !options.markdown && demo.baseUrl !== '') {
        context.stderr.write(`Planning ${demo.examples} against the Jira simulator at ${demo.baseUrl} (default site)\n\n`);
    }
    (0,commands_plan.printPlanResult)(demo.result, { stdout: context.stdout, stderr: context.stderr }, {
        format: options.json ? 'json' : options.markdown ? 'markdown' : 'text',
        color: (0,command .by)(options, context),
        notesHint: false,
    });
    return (0,commands_plan.planExitCode)(demo.result, false);
});


})

};
