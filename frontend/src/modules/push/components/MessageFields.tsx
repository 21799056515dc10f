"use client";

import { useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button, focusRing } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { insertPlaceholder, PLACEHOLDERS, PUSH_LIMITS, type MessageField, type MessageValues, type Placeholder } from "../compose";

const control = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm ${focusRing}`;

/** Title and text with buttons that insert the personalisation placeholders where the caret is. */
export function MessageFields({
  values,
  onChange,
  errors,
}: {
  values: MessageValues;
  onChange: (changes: Partial<MessageValues>) => void;
  errors: Partial<Record<MessageField, string>>;
}) {
  const { t } = useI18n();
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Buttons insert into the field the user was last in (the text by default).
  const [target, setTarget] = useState<"title" | "body">("body");

  function insert(name: Placeholder) {
    const element = target === "title" ? titleRef.current : bodyRef.current;
    const current = values[target];
    const { text, caret } = insertPlaceholder(current, element?.selectionStart ?? null, element?.selectionEnd ?? null, name);
    onChange({ [target]: text });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  }

  const fieldName = target === "title" ? t("push.message.titleField") : t("push.message.body");
  const setData = (index: number, changes: Partial<{ key: string; value: string }>) =>
    onChange({ data: values.data.map((d, i) => (i === index ? { ...d, ...changes } : d)) });

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="push-title" className="block text-sm font-medium text-slate-800">
          {t("push.message.titleField")}
          <span aria-hidden="true" className="text-red-700"> *</span>
        </label>
        <input
          id="push-title"
          ref={titleRef}
          value={values.title}
          maxLength={PUSH_LIMITS.title + 50}
          aria-required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "push-title-error" : undefined}
          className={`${control} ${errors.title ? "border-red-600" : "border-slate-300"}`}
          onFocus={() => setTarget("title")}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <div className="mt-1 flex justify-between gap-2 text-xs text-slate-600">
          <span>{errors.title ? <span id="push-title-error" className="text-sm text-red-700" data-field-error>{errors.title}</span> : null}</span>
          <span>{t("push.message.chars", { count: values.title.length, max: PUSH_LIMITS.title })}</span>
        </div>
      </div>
      <div>
        <label htmlFor="push-body" className="block text-sm font-medium text-slate-800">
          {t("push.message.body")}
          <span aria-hidden="true" className="text-red-700"> *</span>
        </label>
        <textarea
          id="push-body"
          ref={bodyRef}
          rows={4}
          value={values.body}
          aria-required
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "push-body-error" : undefined}
          className={`${control} ${errors.body ? "border-red-600" : "border-slate-300"}`}
          onFocus={() => setTarget("body")}
          onChange={(e) => onChange({ body: e.target.value })}
        />
        <div className="mt-1 flex justify-between gap-2 text-xs text-slate-600">
          <span>{errors.body ? <span id="push-body-error" className="text-sm text-red-700" data-field-error>{errors.body}</span> : null}</span>
          <span>{t("push.message.chars", { count: values.body.length, max: PUSH_LIMITS.body })}</span>
        </div>
      </div>
      <div role="group" aria-label={t("push.message.placeholders")}>
        <p className="text-sm font-medium text-slate-800">{t("push.message.placeholders")}</p>
        <p className="text-xs text-slate-600">{t("push.message.placeholderHint")}</p>
        <div className="mt-1 flex flex-wrap gap-2">
          {PLACEHOLDERS.map((name) => (
            <Button
              key={name}
              small
              variant="secondary"
              // Keep the caret in the field: a mousedown on the button would move focus first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(name)}
              aria-label={t("push.message.insertNamed", { placeholder: t(`push.placeholder.${name}`), field: fieldName })}
              data-testid={`placeholder-${name}`}
            >
              {`{{${name}}}`}
            </Button>
          ))}
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="push-image" type="url" label={t("push.message.imageUrl")} placeholder="https://" value={values.imageUrl} onValue={(imageUrl) => onChange({ imageUrl })} error={errors.imageUrl} />
        <TextField id="push-deep-link" label={t("push.message.deepLink")} hint={t("push.message.deepLinkHint")} value={values.deepLink} onValue={(deepLink) => onChange({ deepLink })} error={errors.deepLink} />
      </div>
      <fieldset aria-describedby={errors.data ? "push-data-error" : "push-data-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("push.message.data")}</legend>
        <p id="push-data-hint" className="text-xs text-slate-600">
          {t("push.message.dataHint")}
        </p>
        <ul className="mt-1 space-y-2">
          {values.data.map((entry, index) => (
            <li key={index} className="flex items-center gap-2">
              <input aria-label={t("push.message.dataKeyNamed", { n: index + 1 })} placeholder={t("push.message.dataKey")} className={`${control} mt-0 border-slate-300`} value={entry.key} onChange={(e) => setData(index, { key: e.target.value })} data-testid="push-data-key" />
              <input aria-label={t("push.message.dataValueNamed", { n: index + 1 })} placeholder={t("push.message.dataValue")} className={`${control} mt-0 border-slate-300`} value={entry.value} onChange={(e) => setData(index, { value: e.target.value })} data-testid="push-data-value" />
              <Button small variant="ghost" aria-label={t("push.message.removeData", { n: index + 1 })} onClick={() => onChange({ data: values.data.filter((_, i) => i !== index) })}>
                ×
              </Button>
            </li>
          ))}
        </ul>
        {values.data.length < PUSH_LIMITS.data ? (
          <Button small variant="ghost" className="mt-1" onClick={() => onChange({ data: [...values.data, { key: "", value: "" }] })} data-testid="push-data-add">
            {t("push.message.addData")}
          </Button>
        ) : null}
        {errors.data ? (
          <p id="push-data-error" className="mt-1 text-sm text-red-700" data-field-error>
            {errors.data}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
