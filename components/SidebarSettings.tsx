/**
 * The sidebar's settings section: what is on, a way to the options page, and "not on this site".
 *
 * The switches themselves live only on the options page (a top-level extension page no site can
 * frame): the sidebar sits inside a news page, and a page that laid a decoy over our frame could
 * otherwise turn a privacy setting back on with one lured click. "Not on this site" stays here: it
 * can only make Siyaq do less.
 */
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
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">الإعدادات</h2>
      <ul class="settings-state">
        <li>
          البحث عن الأسماء في ويكيبيديا: <strong>{wikipedia ? 'مفعّل' : 'متوقف'}</strong>
        </li>
        <li>
          الفتح التلقائي في المقالات: <strong>{autoOpen ? 'مفعّل' : 'متوقف'}</strong>
        </li>
      </ul>
      <button type="button" class="secondary" onClick={onOpenSettings}>
        غيّر الإعدادات
      </button>
      <button type="button" class="secondary" onClick={onDisableSite}>
        لا تعمل على هذا الموقع (<bdi>{site}</bdi>)
      </button>
    </section>
  );
}
