import type { ComponentChildren } from 'preact';

interface Props {
  /** Bootstrap grid columns (of 12) the field takes. */
  readonly width: number;
  /** The control's id, for the label. */
  readonly id: string;
  readonly label: ComponentChildren;
  readonly children: ComponentChildren;
}

/** One labelled control in a filter bar (OpenCart's list filters: a row of columns above the table). */
export function FilterField({ width, id, label, children }: Props) {
  return (
    <div class={`col-sm-${width}`}>
      <div class="form-group">
        <label class="control-label" for={id}>
          {label}
        </label>
        {children}
      </div>
    </div>
  );
}
