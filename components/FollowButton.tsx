import { useLang } from '../lib/ui/lang';

/**
 * Follow a name, or stop following it (issue 19): a toggle button. Articles that mention a
 * followed name are marked in the lists and light the toolbar badge.
 */
export function FollowButton({
  name,
  following,
  onToggle,
  failed = false,
}: {
  name: string;
  following: boolean;
  onToggle: (follow: boolean) => void;
  /** The last toggle could not be saved. */
  failed?: boolean;
}) {
  const { t } = useLang();
  return (
    <p class="follow">
      <button
        type="button"
        class={following ? 'follow-button following' : 'follow-button'}
        aria-pressed={following}
        title={following ? t.follow.unfollowHint(name) : t.follow.followHint(name)}
        onClick={() => onToggle(!following)}
      >
        <span aria-hidden="true">{following ? '★' : '☆'}</span>{' '}
        {following ? t.follow.following : t.follow.follow}
      </button>
      {failed && (
        <span class="follow-error" role="alert">
          {t.follow.failed}
        </span>
      )}
    </p>
  );
}

/** "You follow: X, Y" beside an article in a list. */
export function FollowMark({ names }: { names: string[] }) {
  const { t } = useLang();
  return (
    <span class="follow-mark" title={t.follow.mark(names.join(t.listSeparator))}>
      <span aria-hidden="true">★ </span>
      <bdi>{t.follow.mark(names.join(t.listSeparator))}</bdi>
    </span>
  );
}
