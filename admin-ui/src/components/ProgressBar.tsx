interface Props {
  readonly done: number;
  readonly total: number;
  readonly active: boolean;
  readonly failed?: boolean;
  readonly label?: string;
}

/** Bootstrap 3 progress bar; striped and moving while the work runs. */
export function ProgressBar({ done, total, active, failed = false, label }: Props) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : active ? 0 : 100;
  const tone = failed ? ' progress-bar-danger' : active ? '' : ' progress-bar-success';
  return (
    <div class="progress meschain-progress">
      <div
        class={`progress-bar${tone}${active ? ' progress-bar-striped active' : ''}`}
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        style={{ width: `${Math.max(percent, 2)}%`, minWidth: '3em' }}
      >
        {label ?? `${percent}%`}
      </div>
    </div>
  );
}
