export { ConfigError } from './config-error.ts';
export { describeTarget, loadConfig, RESOURCE_PREFIX, type HarnessConfig, type ObserverConfig } from './config.ts';
export { isCloudflareAccountProfile, TARGET_PROFILES, type TargetProfile } from './profiles.ts';
