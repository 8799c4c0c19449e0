/**
 * The bundled offline place index for extension pages (the sidebar and hover card): fetched from
 * the extension's own `data/places.json` once per page, on first use. A failure leaves the cards
 * to the other sources (it is logged, never shown as an error: the place card is a bonus).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isPlacesFile, PlaceIndex } from '../cards/places';

let loading: Promise<PlaceIndex | null> | null = null;

export function loadPlaces(): Promise<PlaceIndex | null> {
  loading ??= fetch(browser.runtime.getURL('/data/places.json'))
    .then((r) => r.json())
    .then((json: unknown) => {
      if (!isPlacesFile(json)) throw new Error('places.json has an unexpected shape');
      return new PlaceIndex(json);
    })
    .catch((e: unknown) => {
      console.warn('Siyaq: offline place cards unavailable:', e);
      return null;
    });
  return loading;
}

/** The place index once loaded (null before, or if it could not load). */
export function usePlaces(): PlaceIndex | null {
  const [index, setIndex] = useState<PlaceIndex | null>(null);
  useEffect(() => {
    let live = true;
    void loadPlaces().then((i) => live && setIndex(i));
    return () => {
      live = false;
    };
  }, []);
  return index;
}
