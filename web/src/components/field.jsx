// A labelled input with its hint and, once shown, its error, tied by aria-describedby.
export function Field({ id, label, hint, error, shown, ...input }) {
  const described = [hint && `${id}-hint`, shown && error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} name={id} aria-invalid={shown && error ? 'true' : undefined}
        aria-describedby={described || undefined} {...input} />
      {hint && <small id={`${id}-hint`} class="hint">{hint}</small>}
      {shown && error && <small id={`${id}-error`} class="field-error">{error}</small>}
    </div>
  );
}
