import { Page, type PageFrame } from './layout.js';
import { frameTexts } from './texts.js';

/** A page that says one thing (sent, erased, refused), with a way back home. */
export function MessagePage(
  props: Omit<PageFrame, 'title'> & { title: string; body: string; role?: 'status' | 'alert' },
) {
  return (
    <Page {...props}>
      <h1>{props.title}</h1>
      <p class="lead" role={props.role}>
        {props.body}
      </p>
      <p>
        <a href="/">{frameTexts[props.locale].back}</a>
      </p>
    </Page>
  );
}
