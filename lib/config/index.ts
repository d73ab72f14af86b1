export { ConfigError } from './config-error.ts';
export { describeTarget, loadConfig, RESOURCE_PREFIX, workerLimits, type HarnessConfig, type ObserverConfig, type RunLimits } from './config.ts';
export { isCloudflareAccountProfile, TARGET_PROFILES, type TargetProfile } from './profiles.ts';
