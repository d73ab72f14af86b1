import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';

import { mergeProblems, type BlobRun } from '../../scripts/report/blob-runs.ts';
import { zipEntries } from '../../scripts/report/zip-entries.ts';

/** A minimal zip (APPNOTE.TXT): one stored and one deflated entry, a comment at the end. */
function zip(entries: Array<{ name: string; content: string; deflate: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, deflate } of entries) {
    const raw = Buffer.from(content);
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from('made by hand');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

describe('zipEntries', () => {
  it('reads stored and deflated entries by name', () => {
    const entries = zipEntries(zip([
      { name: 'report.jsonl', content: '{"method":"onBlobReportMetadata"}\n', deflate: true },
      { name: 'resources/a.txt', content: 'plain', deflate: false },
    ]));
    assert.deepEqual([...entries.keys()], ['report.jsonl', 'resources/a.txt']);
    assert.equal(entries.get('report.jsonl')?.toString(), '{"method":"onBlobReportMetadata"}\n');
    assert.equal(entries.get('resources/a.txt')?.toString(), 'plain');
  });

  it('says so when the file is not a zip', () => {
    assert.throws(() => zipEntries(Buffer.from('not a zip archive at all, just text')), /not a zip archive/);
  });
});

const METADATA = { target: 'https://scim.example.test/v2', profile: 'generic', seed: 7, runId: 'abc1' };
const shard = (current: number, total: number, metadata: Record<string, unknown> = METADATA): BlobRun => ({ file: `report-${current}.zip`, shard: { current, total }, metadata });

describe('mergeProblems', () => {
  it('accepts every shard of one run once, whatever the run ids', () => {
    assert.deepEqual(mergeProblems([shard(1, 3), shard(2, 3, { ...METADATA, runId: 'other' }), shard(3, 3)]), []);
    assert.deepEqual(mergeProblems([{ file: 'report.zip', shard: undefined, metadata: METADATA }]), []);
  });

  it('names a missing shard and one given twice', () => {
    assert.deepEqual(mergeProblems([shard(1, 4), shard(2, 4), shard(2, 4), shard(4, 4)]), ['shard 2 of 4 was given 2 times', 'shard 3 of 4 is missing']);
  });

  it('refuses shards of different runs: other seeds, profiles, targets, or cuts', () => {
    assert.deepEqual(mergeProblems([shard(1, 2), shard(2, 2, { ...METADATA, seed: 8 })]), ['the blobs come from runs with different seeds: 7, 8']);
    assert.deepEqual(mergeProblems([shard(1, 2), shard(2, 2, { ...METADATA, profile: 'cloudflare-account' })]), ['the blobs come from runs with different profiles: generic, cloudflare-account']);
    assert.match(mergeProblems([shard(1, 2), shard(1, 3)]).join('\n'), /^the shards were cut in different ways \(of 2, of 3\)$/m);
    assert.match(mergeProblems([shard(1, 2), shard(2, 2), { file: 'report.zip', shard: undefined, metadata: METADATA }]).join('\n'), /^report\.zip ran unsharded beside shards of another run$/m);
  });
});
