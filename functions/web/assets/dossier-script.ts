/**
 * The part of the pages' script (spliced into `SCRIPT`) that follows a dossier's
 * compilation (`case/dossier/progress-view.tsx`): its text and bar polled from
 * `…/dossier-progress`, then the dossier's files drawn again once it is ready.
 */
export const DOSSIER_SCRIPT = `
  // A dossier being prepared: its text and bar follow the compilation (said politely, the
  // focus left where it is), then the dossier section and step 8's letter are drawn again.
  async function followDossier() {
    var box = document.querySelector('[data-dossier-progress][data-state=compiling]');
    if (!box) return;
    var url = box.getAttribute('data-dossier-progress');
    var looks = document.querySelectorAll('[data-look-again]');
    for (var k = 0; k < looks.length; k += 1) looks[k].hidden = true;
    for (var i = 0; i < 600; i += 1) {
      await new Promise(function (r) { setTimeout(r, 1000); });
      var run;
      try {
        var answer = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
        if (!answer.ok) return;
        run = await answer.json();
      } catch (_) { continue; }
      var boxes = document.querySelectorAll('[data-dossier-progress]');
      for (var j = 0; j < boxes.length; j += 1) {
        var text = boxes[j].querySelector('.progress-text');
        if (text && text.textContent !== run.text) text.textContent = run.text;
        var bar = boxes[j].querySelector('progress');
        if (bar) { bar.value = Math.round(run.progress * 100); if (run.status !== 'compiling') bar.hidden = true; }
        boxes[j].setAttribute('data-state', run.status);
      }
      if (run.status === 'compiling') continue;
      if (run.status === 'ready') await redrawDossier();
      return;
    }
  }
  // The parts a finished compilation changes, from the page fetched again; the live text
  // that said "ready" stays in place, above them.
  async function redrawDossier() {
    try {
      var page = await fetch(location.pathname, { credentials: 'same-origin' });
      var doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      ['dossier-files', 'letter-status'].forEach(function (id) {
        var fresh = doc.getElementById(id);
        var here = document.getElementById(id);
        if (!fresh || !here || here.contains(document.activeElement)) return;
        here.replaceWith(fresh);
      });
    } catch (_) {}
  }
  followDossier();
`;
