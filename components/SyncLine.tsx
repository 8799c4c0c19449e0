import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../lib/messaging/clients';
import type { BackgroundResults } from '../lib/messaging/protocol';
import type { Messages } from '../lib/ui/i18n';

/** One line on the state of sync, and how many items stay on this device only. */
export function SyncLine({ t, localOnly }: { t: Messages; localOnly: number }) {
  const [status, setStatus] = useState<BackgroundResults['syncStatus'] | null>(null);
  useEffect(() => {
    let stop = false;
    const poll = () =>
      callBackground('syncStatus', {})
        .then((s) => !stop && setStatus(s))
        .catch(() => undefined);
    void poll();
    const timer = setInterval(poll, 3000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, []);
  if (!status) return null;
  const text =
    status.state === 'off'
      ? t.syncOff
      : status.state === 'newer-format'
        ? t.syncNewer
        : status.state === 'error'
          ? `${t.syncError} ${'lastError' in status ? (status.lastError ?? '') : ''}`
          : t.syncOn;
  return (
    <p class={`sync-line sync-${status.state}`} role="status">
      {text}
      {localOnly > 0 && (
        <>
          {' '}
          <strong class="not-synced">{t.notSynced(localOnly)}</strong>
        </>
      )}
    </p>
  );
}
