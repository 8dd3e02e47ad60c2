export const id = 821;
export const ids = [821];
export const modules = {

1152:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
resolverCheck: () => ( resolverCheck)
});
var _jira_resolve_projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3091);
var _jira_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2732);
var _model_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2622);
var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5552);









function resolverCheck(deps) {
    return async (project) => {
        const reader = deps.jira.reader({ signal: deps.signal });


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


}),

1911:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
I4: () => ( isTeamManagedSchemeRefusal),
a$: () => ( noteProjectsWithoutScheme),
eD: () => ( projectsWithoutScheme)
});







const withoutSchemeByMap = new WeakMap();
function noteProjectsWithoutScheme(usage, projects) {
    withoutSchemeByMap.set(usage, projects);
}
function projectsWithoutScheme(usage) {
    return withoutSchemeByMap.get(usage) ?? [];
}





function isTeamManagedSchemeRefusal(status) {
    return status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429;
}


}),

3474:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
M: () => ( Interner)
});










class Interner {
    texts = new Map();
    holders = new Map();

    desired = new Map();
    text(value) {
        const known = this.texts.get(value);
        if (known !== undefined)
            return known;
        this.texts.set(value, value);
        return value;
    }
    holder(holder) {

        const key = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
        const known = this.holders.get(key);
        if (known !== undefined)
            return known;
        const type = this.text(holder.type);
        const parameter = holder.parameter === undefined ? undefined : this.text(holder.parameter);
        const value = holder.value === undefined ? undefined : this.text(holder.value);

        const shared = parameter === undefined
            ? value === undefined
                ? { type }
                : { type, value }
            : value === undefined
                ? { type, parameter }
                : { type, parameter, value };
        this.holders.set(key, shared);
        return shared;
    }





    desiredGrant(permission, holder, name, label) {
        const shared = this.holder(holder);
        let byKey = this.desired.get(shared);
        if (byKey === undefined) {
            byKey = new Map();
            this.desired.set(shared, byKey);
        }

        const key = JSON.stringify([permission, name ?? null]);
        let grant = byKey.get(key);
        if (grant === undefined) {

            const text = { permission: this.text(permission), label: this.text(label) };
            grant =
                name === undefined
                    ? { permission: text.permission, holder: shared, label: text.label }
                    : { permission: text.permission, holder: shared, name: this.text(name), label: text.label };
            byKey.set(key, Object.freeze(grant));
        }
        return grant;
    }

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


})

};
