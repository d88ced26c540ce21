/**
 * How the `csto` command writes its lines (src/_lib/cli-out.ts): straight to the file descriptor,
 * whole and in order however the writes are cut, through the stream from the first EAGAIN on, and
 * any other error to the failure handler. Fakes stand in for the descriptor and the stream; the
 * built command's closed pipes and full disks are tested in test/package/cli-behaviour.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lineWriter } from '../src/_lib/cli-out.js';

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

/** A descriptor that takes at most `take` bytes a write and, after `before` bytes, throws `code`. */
function fd(take: number, before = Infinity, code = 'EAGAIN') {
  const written: Uint8Array[] = [];
  let total = 0;
  return {
    written,
    writeSome(bytes: Uint8Array): number {
      if (total >= before) throw Object.assign(new Error(code), { code });
      const n = Math.min(take, bytes.length, before - total);
      written.push(bytes.slice(0, n));
      total += n;
      return n;
    },
  };
}

const never = (error: NodeJS.ErrnoException): never => {
  throw new Error(`unexpected failure: ${error.code}`);
};

describe('the command writes its lines', () => {
  it('whole and in order when the descriptor takes a few bytes at a time', () => {
    const out = fd(3);
    const write = lineWriter(out.writeSome, () => ({ write: () => expect.unreachable() }), never);
    write('Kazakhstan — Қазақстан');
    write('second');
    expect(text(out.written)).toBe('Kazakhstan — Қазақстан\nsecond\n');
  });

  it('through the stream from the first EAGAIN on, nothing lost or reordered', () => {
    const out = fd(4, 10);
    const streamed: Uint8Array[] = [];
    let opened = 0;
    const write = lineWriter(out.writeSome, () => (opened++, { write: (bytes: Uint8Array) => streamed.push(bytes) }), never);
    write('first line');
    write('second line');
    expect(opened).toBe(1);
    expect(text(out.written)).toBe('first line');
    expect(text(out.written) + text(streamed)).toBe('first line\nsecond line\n');
  });

  it('hands any other error to the failure handler, once', () => {
    const out = fd(100, 0, 'ENOSPC');
    const seen: string[] = [];
    const write = lineWriter(out.writeSome, () => expect.unreachable(), (error) => {
      seen.push(error.code ?? '');
      throw new Error('exited');
    });
    expect(() => write('x')).toThrow('exited');
    expect(seen).toEqual(['ENOSPC']);
  });
});
