import type { ComponentChildren } from 'preact';

/** A labelled checkbox for a setting, used by the sidebar and the options page. */
export function Toggle({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {children}
    </label>
  );
}
