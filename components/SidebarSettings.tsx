/**
 * The sidebar's settings section: what is on, a way to the options page, and "not on this site".
 *
 * The switches themselves live only on the options page (a top-level extension page no site can
 * frame): the sidebar sits inside a news page, and a page that laid a decoy over our frame could
 * otherwise turn a privacy setting back on with one lured click. "Not on this site" stays here: it
 * can only make Siyaq do less.
 */
import { useLang } from '../lib/ui/lang';

export interface SidebarSettingsProps {
  site: string;
  autoOpen: boolean;
  wikipedia?: boolean;
  onOpenSettings: () => void;
  onDisableSite: () => void;
}

export function SidebarSettings({
  site,
  autoOpen,
  wikipedia = true,
  onOpenSettings,
  onDisableSite,
}: SidebarSettingsProps) {
  const { t } = useLang();
  const s = t.sidebar;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{s.settings}</h2>
      <ul class="settings-state">
        <li>
          {s.wikipediaState} <strong>{wikipedia ? s.on : s.off}</strong>
        </li>
        <li>
          {s.autoOpenState} <strong>{autoOpen ? s.on : s.off}</strong>
        </li>
      </ul>
      <button type="button" class="secondary" onClick={onOpenSettings}>
        {s.changeSettings}
      </button>
      <button type="button" class="secondary" onClick={onDisableSite}>
        {s.notOnSite} (<bdi>{site}</bdi>)
      </button>
    </section>
  );
}
