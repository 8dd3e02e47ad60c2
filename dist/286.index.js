export const id = 286;
export const ids = [286];
export const modules = {

/***/ 7286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => (/* binding */ validateFiles),
  validateStep: () => (/* binding */ validateStep)
});

// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/view/finding.ts
var view_finding = __webpack_require__(7280);
;// CONCATENATED MODULE: ./src/view/findings-text.ts


/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
function formatText(findings, options) {
    const lines = [];
    const lineOptions = { colour: options.color === true };
    for (const finding of (0,order/* sortFindings */.Tc)(findings))
        (0,view_finding/* appendFindingLines */.Ng)(lines, finding, lineOptions);
    if (lines.length > 0)
        lines.push('');
    lines.push((0,view_finding/* findingsCountLine */.mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/view/findings-markdown.ts
var findings_markdown = __webpack_require__(9017);
// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/action/steps/validate.ts




/** Validates the files offline (no Jira), annotates every finding and writes the summary and outputs. */
async function validateFiles(context) {
    const result = await (0,runner/* phase */.Oi)('Validate the scheme files', async () => {
        // The command's code (the loader, YAML, the schema validators, the Jira client the deps can make)
        // is loaded once the group is open: the log shows the step at work from the action's first line.
        const [{ runValidate }, { actionDeps }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(372), __webpack_require__.e(980), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 10)),
            __webpack_require__.e(/* import() */ 734).then(__webpack_require__.bind(__webpack_require__, 2734)),
        ]);
        const validated = await runValidate({ path: context.inputs.path, settingsPath: context.inputs.settings }, actionDeps(context));
        // The same report the command line prints, for people reading the step log.
        for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split('\n')) {
            if (line !== '')
                (0,runner/* info */.pq)(line);
        }
        return validated;
    });
    const counts = (0,runner/* annotate */.fz)(result.findings);
    (0,runner/* setOutput */.uH)('errors', counts.errors);
    (0,runner/* setOutput */.uH)('warnings', counts.warnings);
    await (0,runner/* appendSummary */.fe)((0,findings_markdown/* findingsMarkdown */.O)(result.findings, result.project.files.length));
    return { findings: result.findings, counts, fileCount: result.project.files.length };
}
async function validateStep(context) {
    const outcome = await validateFiles(context);
    if (outcome.counts.errors > 0) {
        (0,runner/* fail */.fJ)(`${(0,words/* plural */.LS)(outcome.counts.errors, 'error')} in the scheme files: see the annotations (and the job summary) for each one and its fix`);
    }
}


/***/ }),

/***/ 7280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ appendFindingLines),
/* harmony export */   dY: () => (/* binding */ findingItem),
/* harmony export */   ex: () => (/* binding */ findingRow),
/* harmony export */   mC: () => (/* binding */ findingLine),
/* harmony export */   mK: () => (/* binding */ findingsCountLine)
/* harmony export */ });
/* unused harmony exports ALREADY_LIVE, severityLabel, findingLines */
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);




const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
/**
 * What a lint error that a plan found already live in Jira is called wherever findings are shown: the
 * rule's severity, and why it does not stop the plan.
 */
const ALREADY_LIVE = 'error (already live, not blocking)';
/** The severity as shown: `error`, `warning`, `info`, or {@link ALREADY_LIVE}. */
function severityLabel(finding) {
    return finding.alreadyLive === true ? ALREADY_LIVE : finding.severity;
}
/** `file:line:col  severity  message  rule`, the severity coloured on request. */
function findingLine(finding, options = {}) {
    const label = severityLabel(finding);
    const severity = options.colour === true ? `${COLOURS[finding.severity]}${label}${RESET}` : label;
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.message)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.ruleId)}`;
}
/** The finding's line, then its fix indented on the lines below. */
function findingLines(finding, options = {}) {
    const lines = [];
    appendFindingLines(lines, finding, options);
    return lines;
}
/** {@link findingLines}, added to `lines`: no array per finding when there are thousands of them. */
function appendFindingLines(lines, finding, options = {}) {
    const indent = options.indent ?? '';
    lines.push(`${indent}${findingLine(finding, options)}`);
    if (finding.hint === undefined)
        return;
    for (const hint of safeHintLines(finding.hint))
        lines.push(`${indent}    ${hint}`);
}
/**
 * A hint's lines, made safe, remembered by text: a rule that fires on every grant repeats its one hint
 * tens of thousands of times. Bounded, since hints can also be built per finding.
 */
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
/** `2 errors, 1 warning in 3 files` (`, 1 note` when there are notes); `no problems in 3 files`. */
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
/** A Markdown list item: `- **error** `rule` at `file:line`: message fix`. */
function findingItem(finding) {
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${finding.file}:${finding.line}`);
    const hint = finding.hint === undefined ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.hint)}`;
    return `- **${severityLabel(finding)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(finding.ruleId)} at ${where}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.message)}${hint}`;
}
const SEVERITY_ICON = {
    error: '🔴 error',
    warning: '🟡 warning',
    info: '🔵 info',
};
/** A Markdown table row: `| severity | location | rule | message |`. */
function findingRow(finding) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    const severity = finding.alreadyLive === true ? `⚪ ${ALREADY_LIVE}` : SEVERITY_ICON[finding.severity];
    return `| ${severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}:${finding.column}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.ruleId)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(message)} |`;
}


/***/ }),

/***/ 9017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findingsMarkdown)
/* harmony export */ });
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);



/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount, 
/** Findings the summary already lists (the plan's own section): counted here, not listed twice. */
shownAbove = new Set()) {
    const verdict = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings).errors > 0 ? '❌' : '✅';
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
        lines.push('', `…and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* harmony import */ var _view_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);

/**
 * The one escaper for GitHub-flavoured Markdown (PR comment, job summary, drift issue, generated docs).
 * Text from users and from Jira (file names, scheme and group names, permission keys, error messages)
 * must not become HTML, a link, an image, a mention or a reference, and must not break the document's
 * structure (tables, lists, code blocks). Every Markdown view writes such text through one of these.
 */
/** Zero-width joiner: GitHub does not treat `@\u200Dname` as a mention, and it reads the same. */
const ZWJ = '\u200D';
/** One line of prose: Markdown punctuation backslash-escaped, no autolink, no mention, no issue reference. */
function escapeLine(line) {
    return ((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line)
        .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
        .replace(/@/g, `@${ZWJ}`)
        // GitHub links `#12` and `GH-12` to issues after Markdown is read, so a backslash does not stop
        // it; a joiner between the mark and the number does.
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
        // GitHub links bare URLs and www. names by itself: an escaped slash or dot stops it.
        .replace(/:\/\//g, ':\\/\\/')
        .replace(/\b(www)\./gi, '$1\\.'));
}
/**
 * Prose, inline or in a table cell: backslash-escapes Markdown's punctuation (so `[text](url)` and
 * `![x](y)` stay text, `<b>` is not HTML and `|` does not end a cell), breaks mentions and bare
 * links, shows control and bidirectional characters as `\uXXXX`, and keeps line breaks as `<br>` so a
 * line can never start a block of its own.
 */
function escapeMarkdown(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('<br>');
}
/**
 * An inline code span that shows `text` literally: the delimiter is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick.
 * In a table cell, use `codeCell`: GitHub splits cells on `|` even inside code.
 */
function codeSpan(text) {
    const clean = (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text);
    if (clean === '')
        return '` `';
    const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A code span inside a table cell: its `|` escaped, which GitHub reads as a literal bar there. */
function codeCell(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}
/** HTML text (inside `<summary>` and other tags): entities for markup characters, no @mentions. */
function escapeHtml(text) {
    return (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWJ}`);
}
/** A fenced code block whose fence is longer than any backtick run in the lines, so none can close it. */
function fencedBlock(language, lines) {
    const body = lines.map((line) => (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line));
    const longestRun = Math.max(2, ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)));
    const fence = '`'.repeat(longestRun + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}


/***/ })

};
