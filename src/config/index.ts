export type { SrokConfig } from './types.js';
export * from './schema.js';
export { loadConfig, CONFIG_FILES } from './load-config.js';
export { formatConfigErrors } from './format-config-errors.js';
export { readEnv, readSentinel, sentinelUrl, DEFAULT_CONFIG_DIR, DEFAULT_REDIS_URL, MIN_TOKEN_LENGTH, type EnvSettings, type SentinelSettings, type SmtpSettings } from './env.js';
export { checkReferences, type ReferenceProblems } from './check-references.js';
export { formatYamlPath, type ConfigProblem, type YamlPath } from './config-problem.js';
export { isTimeZone } from './time-zone.js';
