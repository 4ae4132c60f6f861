import type { Locale } from '../../../shared/domain/locale.js';
import type { FormState } from '../forms/form-state.js';
import { LabelledField, type LabelledFieldProps } from '../forms/labelled-field.js';
import type { CasePageProps } from './page.js';

/** What every section of the case page is drawn from. */
export interface Ctx extends CasePageProps {
  /** The case page's path, `/cases/{caseId}`: every section's form posts below it. */
  readonly base: string;
  readonly formOf: (id: string) => FormState | undefined;
}

/** A field of a case page's form: `LabelledField`, with the form the page sent back, if any. */
export function Field(props: { ctx: Ctx } & Omit<LabelledFieldProps, 'form'>) {
  const { ctx, ...field } = props;
  return <LabelledField {...field} form={ctx.formOf(props.formId)} />;
}

/** A file size as a person reads it: `1,5 Mo`, `1.5 MB`. */
export function sizeText(locale: Locale, bytes: number): string {
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1000) return `${bytes} ${locale === 'fr' ? 'o' : 'B'}`;
  if (bytes < 1e6) return `${n.format(bytes / 1000)} ${locale === 'fr' ? 'ko' : 'KB'}`;
  return `${n.format(bytes / 1e6)} ${locale === 'fr' ? 'Mo' : 'MB'}`;
}
