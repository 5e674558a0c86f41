import type { ComponentChildren } from 'preact';

interface Props {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly errors?: readonly string[] | undefined;
  readonly help?: ComponentChildren;
  readonly required?: boolean;
  readonly children: ComponentChildren;
}

/** A form-horizontal row as OpenCart's own forms draw it: has-error and the message under the field. */
export function FormRow({ id, label, errors, help, required = false, children }: Props) {
  const failed = errors !== undefined && errors.length > 0;
  return (
    <div class={`form-group${required ? ' required' : ''}${failed ? ' has-error' : ''}`} data-field={id}>
      <label class="col-sm-2 control-label" for={id}>
        {label}
      </label>
      <div class="col-sm-10">
        {children}
        {failed
          ? errors.map((message) => (
              <div class="help-block text-danger field-error" key={message}>
                {message}
              </div>
            ))
          : null}
        {help ? <div class="help-block">{help}</div> : null}
      </div>
    </div>
  );
}
