import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { apiHarness } from '../support/api-harness.js';
import { openedCase, post } from '../support/web-forms.js';

/** A case opened from the home page, with a received screenshot, read as its page. */
async function caseWithFile() {
  const h = apiHarness();
  const opened = await openedCase(h.app);
  const fileId = ulid();
  await h.store.put(evidenceKey(opened.caseId, fileId), new Uint8Array([1, 2, 3]));
  await h.log.append({
    type: 'evidence-uploaded',
    caseId: opened.caseId,
    evidenceId: fileId,
    kind: 'screenshot',
    sha256: 'e'.repeat(64),
    size: 3,
    contentType: 'image/png',
    fileName: 'capture.png',
    uploadedAt: new Date().toISOString(),
  });
  const page = async () =>
    (await h.app.request(`http://localhost${opened.path}`, { headers: opened.headers })).text();
  const item = async () =>
    (await h.log.load(opened.caseId))?.evidence.items.find((i) => i.evidenceId === fileId);
  const describeForm = (fields: Record<string, string>) =>
    post(
      h.app,
      `${opened.path}/evidence/${fileId}/describe`,
      { csrf: opened.csrf, ...fields },
      opened.headers,
    );
  /** The pages' script asking for an upload form, with the describe fields of its batch. */
  const issue = (describeFields?: Record<string, unknown>) =>
    h.app.request(`http://localhost${opened.path}/upload-form`, {
      method: 'POST',
      headers: {
        ...opened.headers,
        'content-type': 'application/json',
        'x-csrf-token': opened.csrf,
      },
      body: JSON.stringify({
        kind: 'screenshot',
        fileName: 'capture-2.png',
        contentType: 'image/png',
        size: 1000,
        describe: describeFields,
      }),
    });
  return { ...h, ...opened, fileId, page, item, describeForm, issue };
}

describe('describing an item from its line on the case page', () => {
  it('offers every detail, folded, on each line: capture date and time, site, author, page, description', async () => {
    const s = await caseWithFile();

    const html = await s.page();

    const form = html.slice(html.indexOf(`id="describe-${s.fileId}"`));
    for (const name of [
      'capturedDate',
      'capturedTime',
      'platform',
      'authorPseudonym',
      'url',
      'description',
    ])
      expect(form).toContain(`id="item-${s.fileId}-${name}"`);
    expect(form).toMatch(/type="date"[^>]*min="1990-01-01"[^>]*max="\d{4}-\d{2}-\d{2}"/);
    expect(form).toContain('type="time"');
    expect(form).toMatch(/name="url" type="url"[^>]*autocomplete="off"/);
    expect(form).toContain('Décrire, corriger ou retirer');
  });

  it('keeps a capture date without a time as a day, shown without a time, and shows it again in the form', async () => {
    const s = await caseWithFile();

    const saved = await s.describeForm({
      capturedDate: '2026-10-30',
      capturedTime: '',
      platform: 'Instagram',
      authorPseudonym: 'kr4ken.93',
      url: 'https://www.instagram.com/p/abc/',
    });

    expect(saved.status).toBe(303);
    expect(await s.item()).toMatchObject({
      capturedAt: '2026-10-30',
      platform: 'Instagram',
      authorPseudonym: 'kr4ken.93',
      url: 'https://www.instagram.com/p/abc/',
    });
    const html = await s.page();
    expect(html).toMatch(/<dd data-detail="captured">30 octobre 2026<\/dd>/);
    expect(html).toContain(`id="item-${s.fileId}-capturedDate" name="capturedDate" type="date"`);
    expect(html).toMatch(new RegExp(`id="item-${s.fileId}-capturedDate"[^>]*value="2026-10-30"`));
    expect(html).toMatch(new RegExp(`id="item-${s.fileId}-capturedTime"[^>]*value=""`));
  });

  it('takes a date and a time as Paris time, and clears a capture date left blank', async () => {
    const s = await caseWithFile();

    await s.describeForm({ capturedDate: '2026-10-30', capturedTime: '21:15' });
    const timed = await s.item();
    await s.describeForm({ capturedDate: '', capturedTime: '', description: 'Le message' });
    const cleared = await s.item();

    expect(timed?.capturedAt).toBe('2026-10-30T20:15:00.000Z');
    expect(cleared?.capturedAt).toBeUndefined();
    expect(cleared?.description).toBe('Le message');
  });

  it.each([
    ['a time without a date', { capturedTime: '21:15' }, 'capturedDate', 'Indiquez aussi la date'],
    ['a date in the future', { capturedDate: '2099-01-01' }, 'capturedDate', 'date passée'],
    ['an address without http', { url: 'instagram.com/p/abc' }, 'url', 'http://'],
  ])(
    'sends back %s in its own form, open, the field marked, all that was typed kept',
    async (_, bad, field, message) => {
      const s = await caseWithFile();
      const typed = { platform: 'Instagram', description: 'Menace du 30 octobre', ...bad };

      const refused = await s.describeForm(typed);

      expect(refused.status).toBe(422);
      const html = await refused.text();
      const error = new RegExp(`id="item-${s.fileId}-${field}-error">[^<]*${message}`);
      expect(html).toMatch(error);
      expect(html).toMatch(new RegExp(`<details class="put-right" id="describe-${s.fileId}" open`));
      expect(html).toContain('>Menace du 30 octobre</textarea>');
      for (const value of Object.values(bad)) expect(html).toContain(`value="${value}"`);
      expect((await s.item())?.description).toBeUndefined();
    },
  );
});

describe('describing files as they are uploaded, with the pages’ script', () => {
  it('records the batch’s details with the upload form, a date without time as a day', async () => {
    const s = await caseWithFile();

    const issued = await s.issue({
      capturedDate: '2026-10-29',
      capturedTime: '',
      platform: 'Snapchat',
      authorPseudonym: '',
      url: '',
      description: 'Story du 29',
    });

    expect(issued.status).toBe(201);
    const { evidenceId } = (await issued.json()) as { evidenceId: string };
    const events = s.store.json(`cases/${s.caseId}/events/`) as Record<string, unknown>[];
    const requested = events.find(
      (e) => e.type === 'upload-requested' && e.evidenceId === evidenceId,
    );
    expect(requested).toMatchObject({
      capturedAt: '2026-10-29',
      platform: 'Snapchat',
      description: 'Story du 29',
    });
    expect(requested).not.toHaveProperty('authorPseudonym');
  });

  it('refuses a mistake in the description with each field’s message, and issues no form', async () => {
    const s = await caseWithFile();
    const before = s.store.json(`cases/${s.caseId}/events/`).length;

    const refused = await s.issue({
      capturedTime: '10:00',
      url: 'pas une adresse',
      description: 'x'.repeat(1001),
    });

    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: 'invalid',
      fields: {
        capturedDate: 'Indiquez aussi la date de la capture, ou effacez l’heure.',
        url: 'Indiquez une adresse qui commence par http:// ou https://.',
        description: 'Ce texte est trop long.',
      },
    });
    expect(s.store.json(`cases/${s.caseId}/events/`)).toHaveLength(before);
  });

  it('puts the describe fields in a template: a form without JavaScript posts storage none of them', async () => {
    const s = await caseWithFile();

    const html = await s.page();

    const form = html.slice(
      html.indexOf('id="form-upload-screenshot"'),
      html.indexOf('</form>', html.indexOf('id="form-upload-screenshot"')),
    );
    const outside = form.replace(/<template[\s\S]*?<\/template>/g, '');
    expect(form).toContain('<template data-describe');
    expect(form).toContain('id="upload-screenshot-capturedDate"');
    expect(outside).not.toMatch(
      /name="(capturedDate|capturedTime|platform|authorPseudonym|url|description)"/,
    );
    expect(outside).toContain('<noscript>');
  });
});
