import type { ComponentChildren } from 'preact';

interface Props {
  readonly title: ComponentChildren;
  /** Font Awesome 4 icon name without the `fa-` prefix. */
  readonly icon: string;
  readonly actions?: ComponentChildren;
  readonly children: ComponentChildren;
  readonly id?: string;
  /** Put the children in a panel-body (forms) or straight in the panel (tables). */
  readonly body?: boolean;
}

/** OpenCart's content box: panel panel-default with an icon title and buttons on the right. */
export function PanelBox({ title, icon, actions, children, id, body = true }: Props) {
  return (
    <div class="panel panel-default" id={id}>
      <div class="panel-heading clearfix">
        {actions ? <div class="pull-right meschain-actions">{actions}</div> : null}
        <h3 class="panel-title">
          <i class={`fa fa-${icon}`} /> {title}
        </h3>
      </div>
      {body ? <div class="panel-body">{children}</div> : children}
    </div>
  );
}
