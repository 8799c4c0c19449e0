import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createServer, envelope, unwrap } from './rpc';

const calls = { greet: v.object({ name: v.pipe(v.string(), v.maxLength(10)) }) };
const me = 'extension-id';

describe('createServer', () => {
  const greet = vi.fn(async ({ name }: { name: string }) => `مرحبا ${name}`);
  const serve = createServer<typeof calls, { greet: string }>(calls, { greet }, me);

  it('answers its own extension with the handler’s value', async () => {
    await expect(serve(envelope('greet', { name: 'سارة' }), { id: me })).resolves.toEqual({
      ok: true,
      value: 'مرحبا سارة',
    });
  });

  it('ignores messages that are not its envelopes or not its calls, so other listeners may answer', () => {
    expect(serve({ type: 'other' }, { id: me })).toBeUndefined();
    expect(serve(envelope('unknown', {}), { id: me })).toBeUndefined();
    expect(serve(envelope('toString', {}), { id: me })).toBeUndefined();
  });

  it('refuses other senders and invalid arguments without calling the handler', async () => {
    greet.mockClear();
    await expect(
      serve(envelope('greet', { name: 'x' }), { id: 'someone-else' }),
    ).resolves.toMatchObject({ ok: false });
    await expect(
      serve(envelope('greet', { name: 'x'.repeat(11) }), { id: me }),
    ).resolves.toMatchObject({ ok: false });
    await expect(serve(envelope('greet', { name: 42 }), { id: me })).resolves.toMatchObject({
      ok: false,
    });
    expect(greet).not.toHaveBeenCalled();
  });

  it('turns a handler’s exception into an error result, not a throw across contexts', async () => {
    const failing = createServer<typeof calls, { greet: string }>(
      calls,
      {
        greet: async () => {
          throw new Error('boom');
        },
      },
      me,
    );
    await expect(failing(envelope('greet', { name: 'a' }), { id: me })).resolves.toEqual({
      ok: false,
      error: 'boom',
    });
  });
});

describe('unwrap', () => {
  it('returns values and throws errors with the call’s name', () => {
    expect(unwrap({ ok: true, value: 3 }, 'c')).toBe(3);
    expect(() => unwrap({ ok: false, error: 'no' }, 'c')).toThrow('c: no');
    expect(() => unwrap(undefined, 'c')).toThrow('c: no answer');
  });
});
