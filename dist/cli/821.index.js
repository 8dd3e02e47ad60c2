export const id = 821;
export const ids = [821];
export const modules = {

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolverCheck: () => (/* binding */ resolverCheck)
/* harmony export */ });
/* harmony import */ var _jira_resolve_projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3091);
/* harmony import */ var _jira_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2732);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2622);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5552);




/**
 * The resolver's findings: names that do not exist in Jira, renamed groups, inactive users, unknown app
 * keys; and, when a file lists `projects:`, the project keys' (unknown, team-managed, another case) and
 * the projects the files would leave without a scheme.
 */
function resolverCheck(deps) {
    return async (project) => {
        const reader = deps.jira.reader({ signal: deps.signal });
        // Files whose only problem is a permission key the catalogue may know are resolved too: the
        // resolver judges their keys against it.
        const resolved = await (0,_jira_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSchemes */ .P)([...project.schemes, ...project.unverifiedSchemes], reader, {
            customPermissions: project.settings.customPermissions,
            rules: project.settings.rules,
        });
        const findings = [...resolved.findings];
        if (project.schemes.some((spec) => spec.projects !== undefined)) {
            const [projectsByScheme, live] = await Promise.all([
                reader.getProjectsByScheme(),
                reader.listPermissionSchemes(),
            ]);
            const projects = (0,_jira_resolve_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveProjects */ .D)(project.schemes, resolved.schemes, projectsByScheme);
            const checked = (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .applyRuleSettings */ .mk)(projects.findings, project.settings.rules);
            findings.push(...checked);
            if (!checked.some((finding) => finding.severity === 'error'))
                findings.push(...(0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .projectFindings */ .OQ)(projects.schemes, live, projectsByScheme));
        }
        const sitePermissions = resolved.sitePermissions;
        const site = { findings, groupsHaveIds: reader.groupsHaveIds };
        return sitePermissions === undefined ? site : { ...site, sitePermissions };
    };
}


/***/ }),

/***/ 1911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ isTeamManagedSchemeRefusal),
/* harmony export */   a$: () => (/* binding */ noteProjectsWithoutScheme),
/* harmony export */   eD: () => (/* binding */ projectsWithoutScheme)
/* harmony export */ });
/**
 * The projects a usage map (scheme id → projects) leaves out: listed projects Jira gave no scheme for
 * (team-managed ones, whose `GET /project/{id}/permissionscheme` may be refused with any 4xx). The map
 * stays what every caller already takes (its keys are scheme ids); the listed-but-unassigned projects
 * ride beside it so the `projects:` check still knows them (a team-managed key is "team-managed", not
 * "no such project"). Kept by identity: a copy of the map carries none.
 */
const withoutSchemeByMap = new WeakMap();
function noteProjectsWithoutScheme(usage, projects) {
    withoutSchemeByMap.set(usage, projects);
}
function projectsWithoutScheme(usage) {
    return withoutSchemeByMap.get(usage) ?? [];
}
/**
 * Whether a refusal of a team-managed project's scheme read means "it has no shared scheme". Cloud's
 * reference does not say how Jira refuses it, so any 4xx does, except a credential refused outright
 * (401) and a rate limit that outlasted the retries (429): those are the run's problem, not the project's.
 */
function isTeamManagedSchemeRefusal(status) {
    return status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429;
}


/***/ }),

/***/ 3474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ Interner)
/* harmony export */ });
/**
 * One copy of each value a large model repeats. At scale the same few thousand holders, permission keys
 * and labels recur across 60,000 grants, and every answer or file gives each occurrence its own string
 * (JSON.parse keeps only short strings once; each label is built anew, by concatenation, which V8
 * keeps as a tree of pieces until it is hashed, as here, once per distinct label): sharing them shrinks what a plan holds for its whole run by a third. Use one interner
 * per model built (a list read, a resolve), not a global one, so nothing outlives the run that made it.
 *
 * Holders are shared as objects: nothing mutates a holder once it is built (normalise and the resolver
 * build new ones).
 */
class Interner {
    texts = new Map();
    holders = new Map();
    text(value) {
        const known = this.texts.get(value);
        if (known !== undefined)
            return known;
        this.texts.set(value, value);
        return value;
    }
    holder(holder) {
        // JSON, not a separator: Jira's strings may hold any character, and two holders must never share a key.
        const key = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
        const known = this.holders.get(key);
        if (known !== undefined)
            return known;
        const shared = { type: this.text(holder.type) };
        if (holder.parameter !== undefined)
            shared.parameter = this.text(holder.parameter);
        if (holder.value !== undefined)
            shared.value = this.text(holder.value);
        this.holders.set(key, shared);
        return shared;
    }
    /** The grant's strings and holder replaced by their shared copies, in place (a grant just built). */
    grant(grant) {
        grant.permission = this.text(grant.permission);
        grant.holder = this.holder(grant.holder);
        if (grant.name !== undefined)
            grant.name = this.text(grant.name);
        if (grant.label !== undefined)
            grant.label = this.text(grant.label);
        return grant;
    }
}


/***/ })

};
