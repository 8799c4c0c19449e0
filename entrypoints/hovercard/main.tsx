/**
 * The hover card frame: an extension page the marks show over a mention (lib/page/hover.ts).
 * `?url=` names the article, `?key=` the entity; everything comes from the background's live
 * queries and the bundled places, as in the sidebar.
 */
import { callBackground } from '../../lib/messaging/clients';
import { HoverCard } from '../../components/HoverCard';
import { useLivePort } from '../../lib/ui/use-live-port';
import { usePlaces } from '../../lib/ui/use-places';
import { mountPage } from '../../lib/ui/lang';

function App({ url, entityKey }: { url: string; entityKey: string }) {
  const article = useLivePort('article', { url });
  const cards = useLivePort('cards', { keys: [entityKey] });
  const history = useLivePort('entityHistory', { key: entityKey, url });
  const places = usePlaces();
  const entity =
    article.status === 'ready'
      ? (article.value?.entities.find((e) => e.key === entityKey) ?? null)
      : null;
  return (
    <HoverCard
      entity={entity}
      card={cards.status === 'ready' ? cards.value[0] : undefined}
      place={entity && places ? places.lookup(entity) : null}
      seenIn={history.status === 'ready' ? history.value.count : null}
      loading={article.status === 'loading' || cards.status === 'loading'}
    />
  );
}

// Shown only in our own frame, like the sidebar: the tab's ticket for this article.
const params = new URLSearchParams(location.search);
const url = params.get('url') ?? '';
callBackground('checkFrame', { ticket: params.get('t') ?? '', url }).then(
  ({ allowed }) => {
    if (allowed)
      void mountPage(<App url={url} entityKey={params.get('key') ?? ''} />, (t) => t.brand);
  },
  () => undefined,
);
