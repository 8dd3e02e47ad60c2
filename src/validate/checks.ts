import { RULE_REGISTRY, type RuleMeta } from '../model/rules.js';
import { RULES } from './rules/index.js';

/**
 * The loader's checks (YAML, schema, unique names and ids, settings, the scheme folder), as the rules
 * registry has them: listed beside the lint rules for SARIF's rule list and the command's help.
 */
export const CORE_CHECKS: readonly RuleMeta[] = RULE_REGISTRY.filter((meta) => meta.source === 'loader');

/** Every check and lint rule, core checks first. */
export const ALL_CHECKS: readonly RuleMeta[] = [...CORE_CHECKS, ...RULES.map((rule) => rule.meta)];
