import type { CaseView } from '../../../../shared/domain/case-view.js';
import type { Locale } from '../../../../shared/domain/locale.js';
import { FieldPair } from '../../forms/labelled-field.js';
import { formTexts } from '../../forms/texts.js';
import { parisToIso } from '../../session.js';
import { type Ctx, Field } from '../fields.js';
import { describeTexts } from './describe-texts.js';

type Item = CaseView['evidence'][number];

/** An instant as its date and time in Paris, for the fields; a day stays a day. */
export function parisFields(iso: string): { date: string; time: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return { date: iso, time: '' };
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/**
 * What a victim may say about an item, every field optional (a link's address aside): when
 * she captured it (a native date, and a time only if she knows it), where, by whom, the
 * page's address, what it shows. Shown at upload and under each item; no autofill (an
 * address book has nothing to offer here), phone keyboards by type.
 */
export function DescribeFields(props: { ctx: Ctx; formId: string; item?: Item }) {
  const { ctx, formId, item } = props;
  const c = describeTexts[ctx.locale];
  const field = { ctx, formId, autocomplete: 'off' };
  const stated = item?.capturedAtSource === 'victim' ? parisFields(item.capturedAt) : undefined;
  const hint = `${formId}-captured-hint`;
  return (
    <>
      {item?.kind === 'link' ? (
        <Field
          {...field}
          name="url"
          label={c.linkUrl}
          type="url"
          required
          maxLength={2048}
          saved={item.url ?? undefined}
        />
      ) : null}
      <FieldPair
        first={
          <Field
            {...field}
            name="capturedDate"
            label={c.capturedDate}
            type="date"
            min="1990-01-01"
            max={ctx.today}
            saved={stated?.date}
            describedBy={hint}
          />
        }
        second={
          <Field
            {...field}
            name="capturedTime"
            label={c.capturedTime}
            type="time"
            saved={stated?.time}
            describedBy={hint}
          />
        }
      />
      <span class="hint" id={hint}>
        {c.capturedHint}
      </span>
      <Field
        {...field}
        name="platform"
        label={c.platform}
        maxLength={100}
        saved={item?.platform ?? undefined}
      />
      <Field
        {...field}
        name="authorPseudonym"
        label={c.author}
        maxLength={200}
        saved={item?.authorPseudonym ?? undefined}
      />
      {item?.kind === 'link' ? null : (
        <Field
          {...field}
          name="url"
          label={c.pageUrl}
          type="url"
          maxLength={2048}
          saved={item?.url ?? undefined}
        />
      )}
      <Field
        {...field}
        name="description"
        label={c.description}
        multiline
        maxLength={1000}
        saved={item?.description ?? undefined}
      />
    </>
  );
}

/** The describe fields as typed, trimmed; a blank one is one not given. */
export type DescribeInput = Partial<
  Record<
    'capturedDate' | 'capturedTime' | 'platform' | 'authorPseudonym' | 'url' | 'description',
    string
  >
>;

/**
 * The details for the evidence schemas, from the fields: a date without a time stays a day
 * (no "12:00" invented), a date and time in Paris become an instant. A time without a date
 * is refused here, with its own message on the date.
 */
export function describedDetails(
  input: DescribeInput,
  locale: Locale,
): { body: Record<string, string | undefined>; errors: Record<string, string> } {
  const date = input.capturedDate?.trim() ?? '';
  const time = input.capturedTime?.trim() ?? '';
  const errors: Record<string, string> = {};
  let capturedAt: string | undefined;
  if (date) capturedAt = (time ? parisToIso(date, time) : parisToIso(date) && date) ?? 'invalid';
  else if (time) errors.capturedDate = describeTexts[locale].timeWithoutDate;
  const blankless = (value: string | undefined) => value?.trim() || undefined;
  return {
    body: {
      capturedAt,
      platform: blankless(input.platform),
      authorPseudonym: blankless(input.authorPseudonym),
      url: blankless(input.url),
      description: blankless(input.description),
    },
    errors,
  };
}

/** A schema's field, as the describe form names it. */
export const DESCRIBE_RENAME = { capturedAt: 'capturedDate' } as const;

/** A message per refused field, the page's way (see `refusedForm`), for the script. */
export function describeErrors(
  locale: Locale,
  issues: readonly { path: readonly PropertyKey[]; code: string }[],
): Record<string, string> {
  const e = formTexts[locale].errors;
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const raw = String(issue.path[0] ?? '');
    const name = raw === 'capturedAt' ? 'capturedDate' : raw;
    if (!['capturedDate', 'platform', 'authorPseudonym', 'url', 'description'].includes(name))
      continue;
    errors[name] ??=
      name === 'capturedDate'
        ? e.date
        : name === 'url'
          ? e.url
          : issue.code === 'too_big'
            ? e.tooLong
            : e.invalid;
  }
  return errors;
}
