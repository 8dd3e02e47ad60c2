export const id = 286;
export const ids = [286];
export const modules = {

7286:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => ( validateFiles),
  validateStep: () => ( validateStep)
});


var order = __webpack_require__(4946);

var view_finding = __webpack_require__(7280);
;






function formatText(findings, options) {
    const lines = [];
    const lineOptions = { colour: options.color === true };
    for (const finding of (0,order .Tc)(findings))
        (0,view_finding .Ng)(lines, finding, lineOptions);
    if (lines.length > 0)
        lines.push('');
    lines.push((0,view_finding .mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}


var findings_markdown = __webpack_require__(9017);

var runner = __webpack_require__(7552);

var words = __webpack_require__(1788);
;





async function validateFiles(context) {
    const result = await (0,runner .Oi)('Validate the scheme files', async () => {


        const [{ runValidate }, { actionDeps }] = await Promise.all([
            Promise.all( [__webpack_require__.e(372), __webpack_require__.e(980), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 10)),
            __webpack_require__.e( 734).then(__webpack_require__.bind(__webpack_require__, 2734)),
        ]);
        const validated = await runValidate({ path: context.inputs.path, settingsPath: context.inputs.settings }, actionDeps(context));

        for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split('\n')) {
            if (line !== '')
                (0,runner .pq)(line);
        }
        return validated;
    });
    const counts = (0,runner .fz)(result.findings);
    (0,runner .uH)('errors', counts.errors);
    (0,runner .uH)('warnings', counts.warnings);
    await (0,runner .fe)((0,findings_markdown .O)(result.findings, result.project.files.length));
    return { findings: result.findings, counts, fileCount: result.project.files.length };
}
async function validateStep(context) {
    const outcome = await validateFiles(context);
    if (outcome.counts.errors > 0) {
        (0,runner .fJ)(`${(0,words .LS)(outcome.counts.errors, 'error')} in the scheme files: see the annotations (and the job summary) for each one and its fix`);
    }
}


}),

7280:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ng: () => ( appendFindingLines),
dY: () => ( findingItem),
ex: () => ( findingRow),
mC: () => ( findingLine),
mK: () => ( findingsCountLine)
});

var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);




const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';




const ALREADY_LIVE = 'error (already live, not blocking)';

function severityLabel(finding) {
    return finding.alreadyLive === true ? ALREADY_LIVE : finding.severity;
}

function findingLine(finding, options = {}) {
    const label = severityLabel(finding);
    const severity = options.colour === true ? `${COLOURS[finding.severity]}${label}${RESET}` : label;
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.message)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.ruleId)}`;
}

function findingLines(finding, options = {}) {
    const lines = [];
    appendFindingLines(lines, finding, options);
    return lines;
}

function appendFindingLines(lines, finding, options = {}) {
    const indent = options.indent ?? '';
    lines.push(`${indent}${findingLine(finding, options)}`);
    if (finding.hint === undefined)
        return;
    for (const hint of safeHintLines(finding.hint))
        lines.push(`${indent}    ${hint}`);
}




const hintCache = new Map();
const HINT_CACHE_SIZE = 256;
function safeHintLines(hint) {
    let lines = hintCache.get(hint);
    if (lines === undefined) {
        lines = hint.split('\n').map(_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk);
        if (hintCache.size >= HINT_CACHE_SIZE)
            hintCache.clear();
        hintCache.set(hint, lines);
    }
    return lines;
}

function findingsCountLine(findings, fileCount) {
    const counts = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    const files = (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(fileCount, 'file');
    if (findings.length === 0)
        return `no problems in ${files}`;
    const parts = [(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.errors, 'error'), (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.warnings, 'warning')];
    if (counts.alreadyLive > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.alreadyLive, 'error')} already live (not blocking)`);
    if (counts.infos > 0)
        parts.push((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.infos, 'note'));
    return `${parts.join(', ')} in ${files}`;
}

function findingItem(finding) {
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${finding.file}:${finding.line}`);
    const hint = finding.hint === undefined ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.hint)}`;
    return `- **${severityLabel(finding)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(finding.ruleId)} at ${where}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.message)}${hint}`;
}
const SEVERITY_ICON = {
    error: '\ud83d\udd34 error',
    warning: '\ud83d\udfe1 warning',
    info: '\ud83d\udd35 info',
};

function findingRow(finding) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    const severity = finding.alreadyLive === true ? `\u26aa ${ALREADY_LIVE}` : SEVERITY_ICON[finding.severity];
    return `| ${severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}:${finding.column}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.ruleId)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(message)} |`;
}


}),

9017:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
O: () => ( findingsMarkdown)
});
var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);
var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);




const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount,

shownAbove = new Set()) {
    const verdict = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings).errors > 0 ? '\u274c' : '\u2705';
    const lines = [`## Validation`, '', `${verdict} ${(0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsCountLine */ .mK)(findings, fileCount)}`, ''];
    const rows = findings.filter((finding) => !shownAbove.has(finding));
    if (rows.length < findings.length) {
        lines.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(findings.length - rows.length, 'finding')} listed with the plan above.`, '');
    }
    if (rows.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('| severity | location | rule | message |', '|---|---|---|---|');
    for (const finding of rows.slice(0, MAX_ROWS))
        lines.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingRow */ .ex)(finding));
    if (rows.length > MAX_ROWS) {
        lines.push('', `\u2026and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


}),

8604:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
FV: () => ( escapeMarkdown),
MZ: () => ( codeCell),
SS: () => ( codeSpan),
ZD: () => ( escapeHtml),
zW: () => ( fencedBlock)
});
var _view_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);








const ZWJ = '\u200D';

function escapeLine(line) {
    return ((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line)
        .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
        .replace(/@/g, `@${ZWJ}`)


        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)

        .replace(/:\/\//g, ':\\/\\/')
        .replace(/\b(www)\./gi, '$1\\.'));
}






function escapeMarkdown(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('<br>');
}





function codeSpan(text) {
    const clean = (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text);
    if (clean === '')
        return '` `';
    const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}

function codeCell(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}

function escapeHtml(text) {
    return (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWJ}`);
}

function fencedBlock(language, lines) {
    const body = lines.map((line) => (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line));
    const longestRun = Math.max(2, ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)));
    const fence = '`'.repeat(longestRun + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}


})

};
