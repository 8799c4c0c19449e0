import { Toggle } from './Toggle';

/** The sidebar's settings: open by itself, and "not on this site". */
export interface SidebarSettingsProps {
  site: string;
  autoOpen: boolean;
  onAutoOpenChange: (value: boolean) => void;
  onDisableSite: () => void;
  wikipedia?: boolean;
  onWikipediaChange?: (value: boolean) => void;
}

export function SidebarSettings({
  site,
  autoOpen,
  onAutoOpenChange,
  onDisableSite,
  wikipedia = true,
  onWikipediaChange,
}: SidebarSettingsProps) {
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">الإعدادات</h2>
      <Toggle checked={autoOpen} onChange={onAutoOpenChange}>
        افتح الشريط الجانبي تلقائيًا في المقالات
      </Toggle>
      <Toggle checked={wikipedia} onChange={(v) => onWikipediaChange?.(v)}>
        ابحث عن الأسماء في ويكيبيديا (تُرسل الأسماء وحدها، لا عنوان الصفحة)
      </Toggle>
      <button type="button" class="secondary" onClick={onDisableSite}>
        لا تعمل على هذا الموقع (<bdi>{site}</bdi>)
      </button>
    </section>
  );
}
