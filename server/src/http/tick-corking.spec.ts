import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { corkUntilTickEnd } from './tick-corking.js';

/** A stream that records each batch it is asked to write (one `_writev` a flush). */
function recordingStream(): { stream: Writable; batches: string[][] } {
  const batches: string[][] = [];
  const stream = new Writable({
    writev(chunks, done) {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      done();
    },
  });
  return { stream, batches };
}

describe('corkUntilTickEnd', () => {
  it("holds a stream's writes until the tick ends, then writes them as one batch", async () => {
    const { stream, batches } = recordingStream();
    corkUntilTickEnd(stream);
    stream.write('a');
    corkUntilTickEnd(stream); // a second frame in the same tick: still one batch
    stream.write('b');
    expect(batches).toEqual([]);
    await new Promise((resolve) => process.nextTick(resolve));
    expect(batches).toEqual([['a', 'b']]);
    expect(stream.writableCorked).toBe(0);
  });

  it('uncorks every stream corked in the tick, each once', async () => {
    const first = recordingStream();
    const second = recordingStream();
    corkUntilTickEnd(first.stream);
    corkUntilTickEnd(second.stream);
    first.stream.write('1');
    second.stream.write('2');
    await new Promise((resolve) => process.nextTick(resolve));
    expect([first.batches, second.batches]).toEqual([[['1']], [['2']]]);
    expect([first.stream.writableCorked, second.stream.writableCorked]).toEqual([0, 0]);
  });

  it("leaves a stream its writer corked itself to its writer's uncork", async () => {
    const { stream, batches } = recordingStream();
    stream.cork();
    corkUntilTickEnd(stream);
    stream.write('held');
    await new Promise((resolve) => process.nextTick(resolve));
    expect(batches).toEqual([]);
    stream.uncork();
    await new Promise((resolve) => process.nextTick(resolve));
    expect(batches).toEqual([['held']]);
  });
});
