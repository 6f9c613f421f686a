import { type FormEvent, type InputHTMLAttributes, type ReactNode, useId, useState } from 'react';
import type { Problem, ProblemDetail } from '../api.ts';
import { errorText, useI18n } from '../i18n/index.tsx';
import { fieldId, ProblemAlert } from './problem.tsx';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  /** The problem location this field answers for (`name`, `identifiers[0].value`); gives the control its id. */
  location?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: ProblemDetail[];
  /** Extra messages found in the browser before sending. */
  clientErrors?: string[];
  optional?: boolean;
  className?: string;
  /** Hide the label visually (it is still read out), for compact rows. */
  labelHidden?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A label, its control, a hint and the errors for it, wired together for assistive technology. */
export function Field({
  location,
  label,
  hint,
  errors = [],
  clientErrors = [],
  optional,
  className,
  labelHidden,
  children,
}: FieldProps) {
  const i18n = useI18n();
  const generated = useId();
  const id = location ? fieldId(location) : `f${generated.replace(/:/g, '')}`;
  const messages = [...clientErrors, ...errors.map((e) => errorText(i18n, e))];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${messages.length > 0 ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
        {optional ? <span className="field-optional"> ({i18n.t('app.optional')})</span> : null}
      </label>
      {messages.length > 0 ? (
        <div className="field-error" id={errorId}>
          {messages.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity and never reorder
            <p key={i}>{m}</p>
          ))}
        </div>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(messages.length > 0 ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Errors that belong to a group (a whole list) rather than one control. */
export function GroupErrors({ errors }: { errors: ProblemDetail[] }) {
  const i18n = useI18n();
  if (errors.length === 0) return null;
  return (
    <div className="field-error">
      {errors.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity and never reorder
        <p key={i}>{errorText(i18n, e)}</p>
      ))}
    </div>
  );
}

/** A button that copies text, saying so; falls back to asking the person to copy by hand. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="copy">
      <button type="button" className="button button-small button-secondary" onClick={copy}>
        {label ?? t('app.copy')}
      </button>
      <span className="copy-status" aria-live="polite">
        {state === 'copied' ? t('app.copied') : state === 'failed' ? t('app.copyFailed') : ''}
      </span>
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

/** A success message that screen readers announce. */
export function Notice({
  children,
  kind = 'success',
}: {
  children: ReactNode;
  kind?: 'success' | 'info' | 'warning';
}) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      {children}
    </div>
  );
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> & {
  value: string;
  onChange(value: string): void;
  /** For codes, ids and keys: monospaced, without spell checking. */
  mono?: boolean;
};

/** A text box (the `input` style) that hands back its text; spread a Field's control props into it. */
export function TextInput({ value, onChange, mono, ...rest }: TextInputProps) {
  return (
    <input
      {...rest}
      {...(mono ? { spellCheck: false } : {})}
      className={mono ? 'input input-mono' : 'input'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A form's submit button: disabled and saying so while the form is busy. */
export function SubmitButton({
  busy,
  disabled,
  className = 'button',
  children,
}: {
  busy: boolean;
  /** Further reasons to hold the button back (a required field is empty). */
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <button type="submit" className={className} disabled={busy || disabled}>
      {busy ? t('app.working') : children}
    </button>
  );
}

/**
 * A panel that opens to confirm an action (rotating a key, suspending a credential): what it does, its fields,
 * and a submit and a cancel button. A `danger` panel is for what cannot be undone.
 */
export function ActionPanel({
  headingId,
  title,
  text,
  problem,
  busy,
  danger,
  submitLabel,
  submitDisabled,
  onSubmit,
  onCancel,
  children,
}: {
  headingId: string;
  title: string;
  text: string;
  problem: Problem | null;
  busy: boolean;
  danger?: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      className={`action-panel stack${danger ? ' action-panel-danger' : ''}`}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{title}</h3>
      <p>{text}</p>
      <ProblemAlert problem={problem} />
      {children}
      <div className="form-actions">
        <SubmitButton
          busy={busy}
          disabled={submitDisabled}
          className={danger ? 'button button-danger-solid' : 'button'}
        >
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button-ghost" onClick={onCancel} disabled={busy}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
