/**
 * A small typed RPC over `runtime` messaging: a client that sends `{ siyaq: 1, call, args }` and
 * unwraps the `CallResult`, and a server that validates the envelope and the arguments, checks
 * the sender is this extension, and answers from a map of named async handlers.
 */
import * as v from 'valibot';
import { EnvelopeSchema, type CallResult } from './schemas';

/** The sender as the browser reports it (a subset of `runtime.MessageSender`). */
export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/** A handler map for call map `M` with results `R`. */
export type Handlers<
  M extends Record<string, v.GenericSchema>,
  R extends Record<keyof M, unknown>,
> = {
  [K in keyof M]: (args: v.InferOutput<M[K]>, sender: Sender) => Promise<R[K]>;
};

/**
 * Builds a `runtime.onMessage` listener. Messages that are not Siyaq envelopes are ignored
 * (returns `undefined`, so other listeners can answer); Siyaq messages from anyone but this
 * extension, or with invalid arguments, get `{ ok: false }`.
 */
export function createServer<
  M extends Record<string, v.GenericSchema>,
  R extends Record<keyof M, unknown>,
>(
  calls: M,
  handlers: Handlers<M, R>,
  extensionId: string,
): (message: unknown, sender: Sender) => Promise<CallResult<unknown>> | undefined {
  return (message, sender) => {
    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success) return undefined;
    const name = envelope.output.call;
    if (!Object.hasOwn(calls, name)) return undefined;
    if (sender.id !== extensionId) {
      return Promise.resolve({ ok: false, error: 'sender is not this extension' });
    }
    const args = v.safeParse(calls[name]!, envelope.output.args ?? {});
    if (!args.success) {
      return Promise.resolve({
        ok: false,
        error: `invalid arguments for ${name}: ${args.issues[0]?.message ?? ''}`,
      });
    }
    return handlers[name as keyof M](args.output, sender).then(
      (value): CallResult<unknown> => ({ ok: true, value }),
      (e: unknown): CallResult<unknown> => ({
        ok: false,
        error: e instanceof Error ? e.message : String(e),
      }),
    );
  };
}

/** Wraps a call in its envelope. */
export function envelope(call: string, args: unknown): { siyaq: 1; call: string; args: unknown } {
  return { siyaq: 1, call, args };
}

/** Unwraps a `CallResult`, turning `{ ok: false }` and a missing answer into an Error. */
export function unwrap<T>(result: unknown, call: string): T {
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new Error(`${call}: no answer`);
  }
  const r = result as CallResult<T>;
  if (!r.ok) throw new Error(`${call}: ${r.error}`);
  return r.value;
}
