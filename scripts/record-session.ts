/**
 * `npm run emulator -- --record <file> --idp <okta|entra|authentik> --variant <name> [--title <text>]`:
 * the standalone emulator behind a recording proxy. Point a real IdP tenant at the printed URLs, take
 * it through the steps to capture (test the connection, assign a user, push a group, ...), then stop
 * with Ctrl-C: the recording is written as an IdP profile in the fixtures/idp format.
 */
import { relative } from 'node:path';
import { buildProfile, type RecordedIdp } from '../emulator/recorder/build-profile.ts';
import { startRecordingProxy, type RecordingProxy } from '../emulator/recorder/proxy.ts';
import type { RecordedExchange } from '../emulator/recorder/recorded-exchange.ts';
import { scimBasePaths } from '../emulator/recorder/scim-bases.ts';
import { writeProfile } from '../emulator/recorder/write-profile.ts';
import type { Emulator } from '../emulator/index.ts';

const IDPS: readonly RecordedIdp[] = ['okta', 'entra', 'authentik'];

export interface RecordSettings {
  file: string;
  idp: RecordedIdp;
  variant: string;
  title: string | undefined;
}

/** The record flags, or a one-line reason they cannot be used. */
export function recordSettings(values: { record?: string; idp?: string; variant?: string; title?: string }): RecordSettings | string | undefined {
  if (values.record === undefined) {
    return values.idp !== undefined || values.variant !== undefined ? '--idp and --variant name a recording: give --record <file> as well' : undefined;
  }
  if (!IDPS.includes(values.idp as RecordedIdp)) return `--idp must be one of ${IDPS.join(', ')} (the profile format's IdPs), got ${JSON.stringify(values.idp ?? '')}`;
  if (values.variant === undefined || !/^[a-z0-9-]+$/.test(values.variant)) return `--variant must be lower-case letters, digits and hyphens, e.g. my-tenant, got ${JSON.stringify(values.variant ?? '')}`;
  return { file: values.record, idp: values.idp as RecordedIdp, variant: values.variant, title: values.title };
}

export interface RecordingSession {
  proxy: RecordingProxy;
  /** Writes the profile and says what is in it; false when nothing was recorded. */
  finish(): boolean;
}

export async function startRecording(emulator: Emulator, upstream: string, settings: RecordSettings, listen: { port: number; host: string }): Promise<RecordingSession> {
  const exchanges: RecordedExchange[] = [];
  const proxy = await startRecordingProxy({
    upstream,
    scimBases: scimBasePaths(emulator),
    port: listen.port,
    host: listen.host,
    onExchange: (exchange) => {
      exchanges.push(exchange);
      console.log(`recorded ${exchange.method} ${exchange.path}${exchange.query === '' ? '' : `?${exchange.query}`} -> ${exchange.status}`);
    },
  });
  return {
    proxy,
    finish() {
      if (exchanges.length === 0) {
        console.log(`\nNothing was recorded, so ${settings.file} was not written.`);
        return false;
      }
      const { profile, notes } = buildProfile(exchanges, { idp: settings.idp, variant: settings.variant, ...(settings.title === undefined ? {} : { title: settings.title }) });
      writeProfile(settings.file, profile);
      console.log(`\nWrote ${settings.file}: ${exchanges.length} requests as the steps ${Object.keys(profile.steps ?? {}).join(', ')}.`);
      for (const note of notes) console.log(`  ${note}`);
      console.log(
        `Next: rewrite each "because" and summary in ${idpWords(settings.idp)}'s terms, say why the steps under "never" are never taken, ` +
          `add refs, then move it to ${relative(process.cwd(), `fixtures/idp/${settings.idp}/${settings.variant}.json`)} and add a project for the variant in playwright.config.ts.`,
      );
      return true;
    },
  };
}

function idpWords(idp: RecordedIdp): string {
  return { okta: 'Okta', entra: 'Entra', authentik: 'Authentik' }[idp];
}
