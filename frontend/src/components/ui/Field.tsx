"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { focusRing } from "./Button";

// Labelled form controls. The error sits beside the field (aria-invalid + aria-describedby), so a
// screen reader announces it with the field.

const control = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm ${focusRing}`;

function describedBy(id: string, error?: string | null, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {label}
      {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
    </label>
  );
}

function Feedback({ id, error, hint }: { id: string; error?: string | null; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-field-error>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A control with its label above and its hint and error below, wired for screen readers. */
function Labelled({ id, label, required, error, hint, className, children }: { id: string; label: ReactNode; required?: boolean; error?: string | null; hint?: ReactNode; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      {children}
      <Feedback id={id} error={error} hint={hint} />
    </div>
  );
}

/** What every labelled control carries: its name, its state for screen readers and its look. */
function controlProps(id: string, error: string | null | undefined, hint: ReactNode, required: boolean | undefined) {
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, error, hint),
    "aria-required": required || undefined,
    className: `${control} ${error ? "border-red-600" : "border-slate-300"}`,
  };
}

export function TextField({
  id,
  label,
  error,
  hint,
  required,
  className = "",
  onValue,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  onValue?: (value: string) => void;
}) {
  return (
    <Labelled id={id} label={label} required={required} error={error} hint={hint} className={className}>
      <input {...controlProps(id, error, hint, required)} onChange={onValue ? (event) => onValue(event.target.value) : input.onChange} {...input} />
    </Labelled>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  required,
  className = "",
  onValue,
  children,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  onValue?: (value: string) => void;
}) {
  return (
    <Labelled id={id} label={label} required={required} error={error} hint={hint} className={className}>
      <select {...controlProps(id, error, hint, required)} onChange={onValue ? (event) => onValue(event.target.value) : select.onChange} {...select}>
        {children}
      </select>
    </Labelled>
  );
}

export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | null;
  hint?: ReactNode;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, error, hint)} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => {
          const checkboxId = `${id}-${option.value}`;
          const checked = selected.includes(option.value);
          return (
            <label key={option.value} htmlFor={checkboxId} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                id={checkboxId}
                type="checkbox"
                checked={checked}
                className={`h-4 w-4 rounded border-slate-400 text-indigo-700 ${focusRing}`}
                onChange={() => onChange(checked ? selected.filter((v) => v !== option.value) : [...selected, option.value])}
              />
              {option.label}
            </label>
          );
        })}
      </div>
      <Feedback id={id} error={error} hint={hint} />
    </fieldset>
  );
}
