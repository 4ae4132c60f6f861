import { Csrf, Page, type PageFrame } from '../frame/layout.js';
import { mailsTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

/**
 * Where a mail's "stop these mails" link leads: a button, so that a mail scanner opening
 * the link stops nothing. The same page for any id.
 */
export function StopMailsPage(props: Frame & { csrf: string; caseId: string }) {
  const t = mailsTexts[props.locale];
  return (
    <Page {...props} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>{t.what}</p>
      <form method="post" action={`/mails/stop/${props.caseId}`}>
        <Csrf token={props.csrf} />
        <button type="submit">{t.button}</button>
      </form>
      <p>
        {t.eraseInstead} <a href="/lost-link">{t.eraseLink}</a>
      </p>
    </Page>
  );
}
