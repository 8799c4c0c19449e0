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
      <label class="toggle">
        <input
          type="checkbox"
          checked={autoOpen}
          onChange={(e) => onAutoOpenChange((e.currentTarget as HTMLInputElement).checked)}
        />
        افتح الشريط الجانبي تلقائيًا في المقالات
      </label>
      <label class="toggle">
        <input
          type="checkbox"
          checked={wikipedia}
          onChange={(e) => onWikipediaChange?.((e.currentTarget as HTMLInputElement).checked)}
        />
        ابحث عن الأسماء في ويكيبيديا (تُرسل الأسماء وحدها، لا عنوان الصفحة)
      </label>
      <button type="button" class="secondary" onClick={onDisableSite}>
        لا تعمل على هذا الموقع (<bdi>{site}</bdi>)
      </button>
    </section>
  );
}
