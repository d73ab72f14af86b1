import type { AccountInfo } from './accounts.ts';
import type { AuditEntry } from './audit.ts';
import { secretsEqual } from './auth.ts';
import { DEFECTS, type DefectSwitches } from './defects.ts';
import { validateFaultConfig, type FaultConfig, type Faults } from './faults.ts';
import type { EmulatorRequest, EmulatorResponse } from './http/types.ts';

/**
 * The control interface of the standalone server, under `/__emulator/`, guarded by the header
 * `x-emulator-control-token`. It lets a harness in another process reset state, switch defects
 * and faults, and read accounts and audit trails. It is never faulted itself.
 */
export interface Controllable {
  readonly controlToken: string;
  readonly defects: DefectSwitches;
  readonly faults: Faults;
  readonly accounts: readonly AccountInfo[];
  reset(): void;
  audit(accountKey: string): readonly AuditEntry[];
}

export const CONTROL_PREFIX = '__emulator';
export const CONTROL_TOKEN_HEADER = 'x-emulator-control-token';

function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

function problem(status: number, error: string): EmulatorResponse {
  return json(status, { error });
}

function parse(req: EmulatorRequest): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: req.body === '' ? undefined : (JSON.parse(req.body) as unknown) };
  } catch {
    return { ok: false };
  }
}

export function handleControl(req: EmulatorRequest, segments: readonly string[], target: Controllable): EmulatorResponse {
  const presented = req.headers.get(CONTROL_TOKEN_HEADER);
  if (presented === undefined || !secretsEqual(presented, target.controlToken)) {
    return problem(401, `send the emulator's control token in ${CONTROL_TOKEN_HEADER}`);
  }
  const body = parse(req);
  if (!body.ok) return problem(400, 'the body is not valid JSON');
  const route = `${req.method} ${segments.join('/')}`;
  switch (route) {
    case 'POST reset':
      target.reset();
      return { status: 204, headers: {} };
    case 'GET defects':
      return json(200, { catalogue: DEFECTS, active: target.defects.active() });
    case 'PUT defects': {
      const active = (body.value as { active?: unknown } | undefined)?.active;
      if (!Array.isArray(active) || active.some((n) => typeof n !== 'string')) return problem(400, 'send {"active": [defect names]}');
      try {
        target.defects.set(active as string[]);
      } catch (error) {
        return problem(400, (error as Error).message);
      }
      return json(200, { active: target.defects.active() });
    }
    case 'GET faults':
      return json(200, { faults: target.faults.current() ?? null });
    case 'PUT faults': {
      const config = (body.value ?? {}) as FaultConfig;
      const invalid = validateFaultConfig(config);
      if (invalid !== undefined) return problem(400, invalid);
      target.faults.set(config);
      return json(200, { faults: target.faults.current() });
    }
    case 'DELETE faults':
      target.faults.clear();
      return { status: 204, headers: {} };
    case 'GET accounts':
      return json(200, { accounts: target.accounts });
  }
  if (req.method === 'GET' && segments[0] === 'audit' && segments.length === 2) {
    const key = segments[1]!;
    if (!target.accounts.some((a) => a.key === key)) return problem(404, `no account "${key}"`);
    return json(200, { entries: target.audit(key) });
  }
  return problem(404, `no control route ${route}`);
}
