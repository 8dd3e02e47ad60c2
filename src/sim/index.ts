/**
 * The jira-perms Jira simulator: a real HTTP server that answers the Jira REST operations the product
 * uses, the way Jira Cloud (or Data Center) answers them, including how they fail. It imports nothing
 * from the product.
 */
export { startSimulator, DEFAULT_BEHAVIOUR, type Simulator } from './server.js';
export { defaultSeed, ACCOUNT_IDS, GROUP_IDS, ROLE_IDS, TEAM_SCHEME_ID } from './seeds/default.js';
export { defaultCatalogue, APP_PERMISSIONS } from './seeds/catalogue.js';
export { defaultCredentials, exampleCredentials, DEFAULT_CLOUD_ID } from './auth.js';
export { generateSite, type GenerateSiteParams } from './generate.js';
export { createRandom, type Random } from './prng.js';
export { loadSeedFile, validateSeed } from './seed-file.js';
export { AUDIT_ACTIONS } from './audit.js';
export type { SimClock } from './clock.js';
export type { HolderSpec, OutOfBand, OutOfBandOptions } from './control.js';
export type {
  AccessCategory,
  ApiBehaviour,
  BehaviourChanges,
  ExampleCredentials,
  FaultConfig,
  FaultKind,
  FaultMatch,
  Flavour,
  Invariant,
  InvariantViolation,
  RateFault,
  RequestLogEntry,
  SimApplicationRole,
  SimAuditItem,
  SimAuditRecord,
  SimChangedValue,
  SimCredential,
  SimField,
  SimGrant,
  SimGroup,
  SimHolder,
  SimPermission,
  SimProject,
  SimRole,
  SimRoleActors,
  SimScheme,
  SimUser,
  SimulatorOptions,
  SiteData,
} from './types.js';
