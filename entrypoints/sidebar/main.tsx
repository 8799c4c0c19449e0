/**
 * The sidebar frame: an extension page shown in an iframe inside the page's closed shadow root.
 * It follows the article through a live query the background runs with Dexie's liveQuery (the
 * frame itself may not open IndexedDB; see lib/messaging/live-protocol.ts) and reads the settings
 * from extension storage. `?url=` names the article by its canonical URL.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Sidebar } from '../../components/Sidebar';
import type { StoredEntity } from '../../lib/db/database';
import { callBackground } from '../../lib/messaging/clients';
import { autoOpenSetting, setSiteDisabled } from '../../lib/settings';
import { useLiveQuery } from '../../lib/ui/use-live-query';

function App({ url }: { url: string }) {
  const article = useLiveQuery('article', { url });
  const [autoOpen, setAutoOpen] = useState(false);
  useEffect(() => {
    void autoOpenSetting.getValue().then(setAutoOpen);
    return autoOpenSetting.watch((v) => setAutoOpen(v));
  }, []);
  const [selected, setSelected] = useState<string | null>(null);
  const close = () => void callBackground('closeSidebar', {}).catch(() => undefined);
  const selectEntity = (e: StoredEntity | null) => {
    setSelected(e?.key ?? null);
    const names = e ? [e.name, ...e.aliases] : [];
    void callBackground('showEntity', { names }).catch(() => undefined);
  };
  return (
    <Sidebar
      article={article}
      autoOpen={autoOpen}
      onClose={close}
      onAutoOpenChange={(v) => void autoOpenSetting.setValue(v)}
      onDisableSite={(site) => void setSiteDisabled(site, true)}
      selectedEntity={selected}
      onSelectEntity={selectEntity}
    />
  );
}

const url = new URLSearchParams(location.search).get('url') ?? '';
render(<App url={url} />, document.getElementById('app')!);
