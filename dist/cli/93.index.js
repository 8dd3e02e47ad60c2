export const id = 93;
export const ids = [93];
export const modules = {

2732:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
P: () => ( resolveSchemes)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _model_interner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3474);
var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
var _util_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);





function collect(schemes, groupsHaveIds) {
    const wanted = {
        groupNames: new Set(),
        groupIds: new Set(),
        roles: false,
        accountIds: new Set(),
        emails: new Set(),
        fields: false,
        applicationRoles: false,
    };
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const holder = grant.holder;
            switch (holder.type) {
                case 'group':

                    if (holder.id !== undefined && groupsHaveIds)
                        wanted.groupIds.add(holder.id);
                    else if (holder.name !== undefined)
                        wanted.groupNames.add(holder.name);
                    break;
                case 'projectRole':
                    wanted.roles = true;
                    break;
                case 'user':
                    if (holder.accountId !== undefined)
                        wanted.accountIds.add(holder.accountId);
                    else if (holder.email !== undefined)
                        wanted.emails.add(holder.email);
                    break;
                case 'userCustomField':
                case 'groupCustomField':
                    wanted.fields = true;
                    break;
                case 'applicationRole':
                    if (holder.key !== undefined)
                        wanted.applicationRoles = true;
                    break;
                default:
                    break;
            }
        }
    }
    return wanted;
}
async function lookUp(wanted, directory, needCatalogue) {
    const [groupsByName, groupsById, roles, users, emailList, fields, applicationRoles, catalogue] = await Promise.all([
        wanted.groupNames.size > 0
            ? directory.findGroupsByName([...wanted.groupNames])
            : new Map(),
        wanted.groupIds.size > 0 && directory.groupsHaveIds
            ? directory.findGroupsById([...wanted.groupIds])
            : new Map(),
        wanted.roles ? directory.getProjectRoles() : [],
        wanted.accountIds.size > 0 ? directory.getUsers([...wanted.accountIds]) : new Map(),
        Promise.all([...wanted.emails].map((email) => directory.findUserByEmail(email))),
        wanted.fields ? directory.getFields() : [],
        wanted.applicationRoles ? directory.getApplicationRoles() : [],
        needCatalogue ? directory.getPermissionCatalogue() : undefined,
    ]);
    const emails = new Map(emailList.map((lookup) => [lookup.email, lookup]));

    const missingGroups = [...wanted.groupNames].filter((name) => !groupsByName.has(name));
    const suggestionLists = await Promise.all(missingGroups.map((name) => directory.suggestGroupNames(name)));
    const groupSuggestions = new Map(missingGroups.map((name, index) => [name, suggestionLists[index] ?? []]));
    return {
        groupsByName,
        groupsById,
        roles,
        users,
        emails,
        fields,
        applicationRoles,
        catalogue,
        groupSuggestions,
    };
}




function suggestName(input, candidates) {
    const typo = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(input, candidates);
    if (typo !== undefined)
        return typo;
    const needle = input.toLowerCase();
    const minimum = Math.max(4, Math.ceil(needle.length * 0.6));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const lowered = candidate.toLowerCase();
        let common = 0;
        while (common < needle.length && common < lowered.length && needle[common] === lowered[common])
            common++;
        if (common < minimum)
            continue;
        const distance = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .editDistance */ .Y)(needle, lowered);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function didYouMean(candidate) {
    return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}

class HolderResolver {
    lookups;
    cloud;
    findings = [];
    constructor(lookups, cloud) {
        this.lookups = lookups;
        this.cloud = cloud;
    }
    report(where, ruleId, messageId, message, hint) {
        this.findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)(ruleId, messageId, where.location, message, hint));
    }
    idHolder(type, id) {
        return (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderWithId */ .Me)(type, id, this.cloud);
    }
    resolve(spec, where) {
        switch (spec.type) {
            case 'anyone':
            case 'assignee':
            case 'reporter':
            case 'projectLead':
            case 'sd.customer.portal.only':
                return { holder: { type: spec.type } };
            case 'applicationRole':
                return this.applicationRole(spec.key, where);
            case 'group':
                return this.group(spec.name, spec.id, where);
            case 'projectRole':
                return this.projectRole(spec.name, spec.id, where);
            case 'user':
                return this.user(spec.accountId, spec.email, where);
            case 'userCustomField':
            case 'groupCustomField':
                return this.customField(spec.type, spec.field, where);
        }
    }
    applicationRole(key, where) {
        if (key === undefined)
            return { holder: { type: 'applicationRole' } };
        const roles = this.lookups.applicationRoles;
        const found = roles.find((role) => role.key === key);
        if (found === undefined) {
            const suggestion = suggestName(key, roles.map((role) => role.key));
            this.report(where, 'unresolved-application-role', 'not-found', `application role "${key}" not found${didYouMean(suggestion)}`, roles.length > 0
                ? `This site's application roles: ${roles.map((role) => role.key).join(', ')}.`
                : undefined);
            return undefined;
        }
        return { holder: this.idHolder('applicationRole', key) };
    }
    group(name, id, where) {
        if (id !== undefined && this.cloud) {
            const found = this.lookups.groupsById.get(id);
            if (found === undefined) {
                this.report(where, 'unresolved-group', 'id-not-found', `group with id "${id}" not found${name !== undefined ? ` (the file names it "${name}")` : ''}`, 'Check the id in Atlassian Administration \u2192 Directory \u2192 Groups, or write the group by name.');
                return undefined;
            }
            if (name !== undefined && name !== found.name) {
                this.report(where, 'renamed-group', 'renamed', `group "${name}" (id ${id}) is now named "${found.name}" in Jira`, `Update the name in the file to "${found.name}"; the grant is matched by id, so nothing changes in Jira.`);
            }
            return { holder: (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .groupHolder */ .cI)(found.name, id) };
        }
        if (name === undefined) {

            this.report(where, 'unresolved-group', 'id-on-data-center', `group id "${id ?? ''}" cannot be used on Data Center: its groups have names, not ids`, 'Write the group by name: `group: <name>`.');
            return undefined;
        }
        const found = this.lookups.groupsByName.get(name);
        if (found === undefined) {
            const suggestion = suggestName(name, this.lookups.groupSuggestions.get(name) ?? []);
            this.report(where, 'unresolved-group', 'not-found', `group "${name}" not found${didYouMean(suggestion)}`, 'Group names must match exactly; create the group first, or fix the name.');
            return undefined;
        }
        return { holder: (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .groupHolder */ .cI)(found.name, this.cloud ? found.id : undefined) };
    }
    projectRole(name, id, where) {
        const roles = this.lookups.roles;
        let found;
        if (id !== undefined) {
            found = roles.find((role) => String(role.id) === id);
            if (found === undefined) {
                this.report(where, 'unresolved-role', 'id-not-found', `project role with id ${id} not found`, rolesHint(roles));
                return undefined;
            }
        }
        else if (name !== undefined) {
            found = roles.find((role) => role.name === name);
            if (found === undefined) {
                const loose = roles.filter((role) => role.name.toLowerCase() === name.toLowerCase());
                if (loose.length === 1)
                    found = loose[0];
            }


            if (found === undefined && /^\d+$/.test(name))
                found = roles.find((role) => String(role.id) === name);
            if (found === undefined) {
                const suggestion = suggestName(name, roles.map((role) => role.name));
                this.report(where, 'unresolved-role', 'not-found', `project role "${name}" not found${didYouMean(suggestion)}`, rolesHint(roles));
                return undefined;
            }
        }
        else {
            return undefined;
        }
        const roleId = String(found.id);
        return { holder: this.idHolder('projectRole', roleId), name: found.name };
    }
    user(accountId, email, where) {
        let user;
        if (accountId !== undefined) {
            user = this.lookups.users.get(accountId);
            if (user === undefined) {
                this.report(where, 'unresolved-user', 'account-not-found', `user with account id "${accountId}" not found`, "Check the account id (the last part of the user's profile URL), or write `user: {email: <address>}`.");
                return undefined;
            }
        }
        else if (email !== undefined) {
            const lookup = this.lookups.emails.get(email);
            user = lookup?.user;
            if (user === undefined) {
                const hidden = lookup?.hiddenCandidates ?? [];
                if (hidden.length > 0) {
                    this.report(where, 'hidden-email', 'hidden', `cannot confirm the user with email "${email}": this site hides email addresses from the token's account`, `Write the account id instead (\`user: <accountId>\`). Users the search matched: ${hidden
                        .slice(0, 5)
                        .map((candidate) => `${candidate.displayName ?? '?'} (${candidate.accountId})`)
                        .join(', ')}.`);
                }
                else {
                    this.report(where, 'unresolved-user', 'email-not-found', `no user with email "${email}"`, 'Check the address; if the site hides email addresses, or the token lacks the Browse users and groups permission, write the account id instead.');
                }
                return undefined;
            }
        }
        else {
            return undefined;
        }
        if (!user.active) {


            this.report(where, 'inactive-user', 'inactive', `user ${user.displayName ?? user.accountId} (${user.accountId}) is deactivated: this grant gives nobody access`, 'Remove the grant, or grant a group or role instead of a person.');
        }
        const id = user.accountId;
        return {
            holder: this.idHolder('user', id),
            ...(user.displayName === undefined ? {} : { name: user.displayName }),
        };
    }
    customField(type, field, where) {
        const fields = this.lookups.fields;
        let found = fields.find((candidate) => candidate.id === field);
        if (found === undefined) {
            let byName = fields.filter((candidate) => candidate.name === field);
            if (byName.length === 0)
                byName = fields.filter((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
            if (byName.length > 1) {
                this.report(where, 'ambiguous-field', 'ambiguous', `${byName.length} custom fields are named "${field}": ${byName.map((candidate) => candidate.id).join(', ')}`, 'Write the field id (e.g. customfield_10020) instead of the name.');
                return undefined;
            }
            found = byName[0];
        }
        if (found === undefined) {
            const custom = fields.filter((candidate) => candidate.custom);
            const suggestion = suggestName(field, [
                ...custom.map((candidate) => candidate.name),
                ...custom.map((candidate) => candidate.id),
            ]);
            this.report(where, 'unresolved-field', 'not-found', `custom field "${field}" not found${didYouMean(suggestion)}`);
            return undefined;
        }
        return { holder: this.idHolder(type, found.id), name: found.name };
    }
}
function rolesHint(roles) {
    if (roles.length === 0)
        return undefined;
    return `This site's project roles: ${roles.map((role) => `${role.name} (${String(role.id)})`).join(', ')}.`;
}

function checkPermissions(schemes, catalogue, custom, findings) {


    const global = new Set(catalogue.filter((entry) => entry.type?.toUpperCase() === 'GLOBAL').map((entry) => entry.key));
    const live = new Set(catalogue.filter((entry) => !global.has(entry.key)).map((entry) => entry.key));
    const confirmed = new Set();
    const rejected = new Set();

    const warned = new Set();
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const key = grant.permission;
            const once = `${scheme.file}|${key}`;
            if ((0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .isBuiltInPermission */ .Lq)(key)) {
                if (!live.has(key) && !warned.has(once)) {
                    warned.add(once);
                    findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('permission-not-on-site', 'not-offered', grant.permissionLocation, `permission ${key} is built in, but this site's catalogue does not offer it (its product may not be installed)`, 'Jira will refuse grants for it; remove it, or install the product it belongs to.'));
                }
                continue;
            }
            if (live.has(key)) {
                if (!custom.has(key))
                    confirmed.add(key);
                continue;
            }
            if (global.has(key)) {
                rejected.add(key);
                if (warned.has(once))
                    continue;
                warned.add(once);
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('unknown-permission', 'global', grant.permissionLocation, `permission "${key}" is a global permission: a permission scheme cannot grant it`, 'Global permissions are granted under Jira settings > System > Global permissions, not in permission schemes.'));
                continue;
            }
            if (custom.has(key))
                continue;
            rejected.add(key);
            if (warned.has(once))
                continue;
            warned.add(once);
            const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(key, [...live, ..._model_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT_IN_PERMISSIONS */ .wh.map((p) => p.key)]);
            findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('unknown-permission', 'not-in-catalogue', grant.permissionLocation, `permission "${key}" is neither built in nor in this site's permission catalogue${didYouMean(suggestion)}`, 'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.'));
        }
    }
    return { confirmed, rejected };
}





async function resolveSchemes(schemes, directory, options = {}) {
    const custom = new Set(options.customPermissions ?? []);
    const needCatalogue = (options.checkPermissionCatalogue ?? true) && schemes.some((scheme) => scheme.grants.length > 0);
    await directory.deploymentInfo?.();
    const lookups = await lookUp(collect(schemes, directory.groupsHaveIds), directory, needCatalogue);
    const resolver = new HolderResolver(lookups, directory.groupsHaveIds);
    const findings = resolver.findings;
    const { confirmed, rejected } = lookups.catalogue === undefined
        ? { confirmed: new Set(), rejected: new Set() }
        : checkPermissions(schemes, lookups.catalogue, custom, findings);

    const interner = new _model_interner_js__WEBPACK_IMPORTED_MODULE_4__/* .Interner */ .M();
    const desired = schemes.map((scheme) => {
        const grants = [];
        const sources = [];
        const seen = new Map();
        for (const grant of scheme.grants) {
            const resolved = resolver.resolve(grant.holder, grant);
            if (resolved === undefined || rejected.has(grant.permission))
                continue;
            const key = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, resolved.holder);
            const label = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(resolved.holder, resolved.name);
            const earlier = seen.get(key);
            if (earlier !== undefined) {
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('duplicate-grant', 'same-after-resolving', grant.location, `${grant.permission} is already granted to ${label} at line ${String(earlier.location.line)}`, 'Two spellings name the same holder; remove one.'));
                continue;
            }
            seen.set(key, grant);
            grants.push(interner.desiredGrant(grant.permission, resolved.holder, resolved.name, label));
            sources.push(grant);
        }
        const result = {
            name: scheme.name,
            file: scheme.file,
            grants,

            grantSources: sources.length === scheme.grants.length ? scheme.grants : sources,
        };
        if (scheme.description !== undefined)
            result.description = scheme.description;
        if (scheme.id !== undefined)
            result.id = scheme.id;
        return result;
    });
    const configured = (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .applyRuleSettings */ .mk)(findings, options.rules ?? {});
    configured.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
    return {
        schemes: desired,
        findings: configured,
        confirmedPermissions: [...confirmed].sort(),
        ...(lookups.catalogue === undefined
            ? {}
            : { sitePermissions: lookups.catalogue.map((entry) => entry.key) }),
    };
}


}),

4870:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
A: () => ( isManagedHolder)
});
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);







function isManagedHolder(grant, managed) {
    return managed.some((entry) => (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesHolderRef */ .$H)(grant, entry));
}


})

};
