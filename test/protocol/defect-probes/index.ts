import { FILTER_PROBES } from './filters.ts';
import { LIST_PROBES } from './lists.ts';
import { PATCH_PROBES } from './patch.ts';
import type { Probe, ProtocolDefectName } from './probe.ts';
import { RESOURCE_PROBES } from './resources.ts';

/** Every protocol defect's probe; the type fails to check when a catalogue gains a defect without one. */
export const PROTOCOL_PROBES: Record<ProtocolDefectName, Probe> = { ...RESOURCE_PROBES, ...FILTER_PROBES, ...LIST_PROBES, ...PATCH_PROBES };
