interface Props {
  readonly done: number;
  readonly total: number;
  readonly active: boolean;
  readonly failed?: boolean;
  readonly label?: string;
}

/**
 * Bootstrap 3 progress bar; striped and moving while the work runs. The label sits above the bar, not in it: at
 * 0 % a bar is too narrow for "running · 0 / 412" (inside, it was cut to its first letters). The bar keeps the
 * text for screen readers, as Bootstrap's own examples do.
 */
export function ProgressBar({ done, total, active, failed = false, label }: Props) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : active ? 0 : 100;
  const tone = failed ? ' progress-bar-danger' : active ? '' : ' progress-bar-success';
  const text = label ?? `${percent}%`;
  return (
    <div class="meschain-progress-wrap">
      <div class="small meschain-progress-label">
        <span>{text}</span>
        {label === undefined ? null : <span class="text-muted">{percent}%</span>}
      </div>
      <div class="progress meschain-progress">
        <div
          class={`progress-bar${tone}${active ? ' progress-bar-striped active' : ''}`}
          role="progressbar"
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuetext={text}
          // A sliver while nothing is done yet, so the stripes show that work has started.
          style={{ width: `${Math.max(percent, active ? 2 : 0)}%` }}
        >
          <span class="sr-only">{text}</span>
        </div>
      </div>
    </div>
  );
}
