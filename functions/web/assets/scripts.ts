/**
 * The pages' only scripts, served from the app (`script-src 'self'`): small, hand-written,
 * no framework, no CDN. Every page works without them.
 */
import { COPY_SCRIPT } from './copy-script.js';
import { DESCRIBE_SCRIPT } from './describe-script.js';
import { DOSSIER_SCRIPT } from './dossier-script.js';

export const SCRIPT = `
(function () {
  'use strict';
  ${DESCRIBE_SCRIPT}
  ${DOSSIER_SCRIPT}
  ${COPY_SCRIPT}
  // Quick exit: the page is hidden at once and replaced by the neutral one, so Back cannot
  // lead here; the tab remembers it left (the guard script sends Back on to the neutral
  // page). On a device marked as shared, the session ends on the server first.
  function leave() {
    var exit = document.getElementById('quick-exit');
    var target = (exit && exit.getAttribute('data-exit')) || (exit && exit.href) || 'about:blank';
    document.documentElement.hidden = true;
    try { sessionStorage.setItem('hd-left', '1'); sessionStorage.setItem('hd-exit', target); } catch (_) {}
    var csrf = exit && exit.getAttribute('data-csrf');
    if (csrf && navigator.sendBeacon) {
      try { navigator.sendBeacon('/leave', new URLSearchParams({ csrf: csrf })); } catch (_) {}
    }
    location.replace(target);
  }

  // An in-page link scrolls there and opens the folded part it names, without a history
  // entry of its own.
  function jump(url) {
    var id = decodeURIComponent(url.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return false;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS' && !el.open) el.open = true;
    }
    history.replaceState(history.state, '', url.href);
    target.scrollIntoView({ block: 'start' });
    if (!target.matches('a[href],button,input,select,textarea,summary,[tabindex]')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') leave(); });

  // Moving around the site replaces the history entry: after a quick exit, Back does
  // not lead back here.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a && a.id === 'quick-exit') { e.preventDefault(); leave(); return; }
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey ||
        e.shiftKey || e.altKey || a.target || a.hasAttribute('data-download')) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      if (jump(url)) e.preventDefault();
      return;
    }
    e.preventDefault();
    location.replace(url.href);
  });

  function show(html, url) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.body.replaceWith(doc.body);
    history.replaceState(null, '', url);
    multiple();
    var focus = document.querySelector('.errors, .notice, h1');
    if (focus) { focus.setAttribute('tabindex', '-1'); focus.focus(); }
  }

  // Uploads: several files at once and one batch after another, each on its own line in
  // its form with its progress, then its check (the ingestion runs on storage's event).
  function multiple() {
    var inputs = document.querySelectorAll('form[data-kind] input[type=file]');
    for (var i = 0; i < inputs.length; i += 1) inputs[i].multiple = true;
    describeFields();
  }
  multiple();

  function line(form, file) {
    var list = form.querySelector('.upload-lines');
    var li = document.createElement('li');
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = file.name || 'file';
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', name.textContent);
    var state = document.createElement('span');
    state.className = 'upload-state';
    state.textContent = form.getAttribute('data-sending');
    li.setAttribute('data-state', 'sending');
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(state);
    list.appendChild(li);
    li.scrollIntoView({ block: 'nearest' });
    return { li: li, bar: bar, state: state };
  }

  function settle(l, state, text) {
    l.li.setAttribute('data-state', state);
    l.state.textContent = text;
    if (state !== 'received') l.bar.hidden = true;
    l.li.scrollIntoView({ block: 'nearest' });
  }

  async function issue(form, file, describe) {
    var issued = await fetch(form.getAttribute('data-issue'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': form.getAttribute('data-csrf') },
      body: JSON.stringify({ kind: form.getAttribute('data-kind'), fileName: file.name || 'file',
        contentType: (file.type || 'application/octet-stream').toLowerCase(), size: file.size,
        describe: describe || undefined })
    });
    if (!issued.ok) {
      var answer = {};
      try { answer = await issued.json(); } catch (_) {}
      return { refused: issued.status === 422 || issued.status === 409, fields: answer.fields };
    }
    return await issued.json();
  }

  function send(post, file, l) {
    var data = new FormData();
    Object.keys(post.fields).forEach(function (k) { data.append(k, post.fields[k]); });
    data.append('file', file);
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', post.url);
      xhr.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable) l.bar.value = Math.round((p.loaded / p.total) * 100);
      });
      xhr.addEventListener('load', function () { resolve(xhr.status >= 200 && xhr.status < 300); });
      xhr.addEventListener('error', function () { resolve(false); });
      xhr.send(data);
    });
  }

  // Checks still awaited, by evidence id, polled together.
  var watched = {};
  var polling = false;
  async function refreshList() {
    try {
      var page = await fetch(location.pathname, { credentials: 'same-origin' });
      var doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      var fresh = doc.getElementById('evidence-list');
      var here = document.getElementById('evidence-list');
      if (fresh && here) swapKeepingTyped(here, fresh);
    } catch (_) {}
  }
  async function poll() {
    if (polling) return;
    polling = true;
    while (Object.keys(watched).length) {
      await new Promise(function (r) { setTimeout(r, 600); });
      var ids = Object.keys(watched);
      var first = watched[ids[0]];
      var changed = false;
      try {
        var answer = await fetch(first.form.getAttribute('data-status') + '?ids=' + ids.join(','),
          { credentials: 'same-origin' });
        var items = answer.ok ? (await answer.json()).items : [];
        items.forEach(function (item) {
          var w = watched[item.evidenceId];
          if (!w) return;
          if (item.state === 'accepted') {
            settle(w.line, 'accepted', w.form.getAttribute('data-checked').replace('{n}', item.number));
          } else if (item.state === 'rejected') {
            settle(w.line, 'rejected', w.form.getAttribute('data-refused') + ' ' + item.message);
          } else if (Date.now() > w.until) {
            settle(w.line, 'slow', w.form.getAttribute('data-slow'));
          } else return;
          delete watched[item.evidenceId];
          changed = true;
        });
      } catch (_) {}
      if (changed) await refreshList();
    }
    polling = false;
  }

  // False when the description has a mistake: nothing is sent, the fields say what.
  async function uploadOne(form, file, describe) {
    var l = line(form, file);
    var issued;
    try { issued = await issue(form, file, describe); } catch (_) { issued = {}; }
    if (issued.fields) {
      settle(l, 'unsent', form.getAttribute('data-check-describe'));
      showDescribeErrors(form, issued.fields);
      return false;
    }
    if (!issued.upload) {
      settle(l, 'rejected', form.getAttribute(issued.refused ? 'data-not-accepted' : 'data-failed'));
      return;
    }
    var sent = false;
    try { sent = await send(issued.upload, file, l); } catch (_) { sent = false; }
    if (!sent) { settle(l, 'failed', form.getAttribute('data-failed')); return; }
    l.bar.value = 100;
    settle(l, 'received', form.getAttribute('data-received'));
    l.li.setAttribute('data-evidence-id', issued.evidenceId);
    // The address says a file was received (a reload shows it), in place: no history entry.
    var done = new URL(form.getAttribute('data-done'), location.href);
    history.replaceState(history.state, '', done.pathname + done.search + location.hash);
    watched[issued.evidenceId] = { form: form, line: l, until: Date.now() + 60000 };
    poll();
    return true;
  }

  function upload(form) {
    var input = form.querySelector('input[type=file]');
    var files = input && input.files ? Array.prototype.slice.call(input.files) : [];
    // No file chosen: the browser says so at the field, as it would without the script.
    if (!files.length && form.noValidate && input && input.reportValidity) {
      input.reportValidity();
      return true;
    }
    if (!files.length) return false;
    var describe = describeOf(form);
    clearDescribeErrors(form);
    if (!describe) {
      files.forEach(function (file) { uploadOne(form, file); });
      // The form is free again at once: the next files can be chosen while these go.
      input.value = '';
      return true;
    }
    // Described: the first file's request checks the description for the whole batch; after
    // a mistake, the files stay chosen and the fields keep what was typed.
    uploadOne(form, files[0], describe).then(function (described) {
      if (!described) return;
      files.slice(1).forEach(function (file) { uploadOne(form, file, describe); });
      input.value = '';
      resetDescribe(form);
    });
    return true;
  }


  // form.submit() sends no clicked button: its name and value go in a hidden field.
  function submitPlainly(form, submitter) {
    if (submitter && submitter.name) {
      var field = document.createElement('input');
      field.type = 'hidden';
      field.name = submitter.name;
      field.value = submitter.value;
      form.appendChild(field);
    }
    form.submit();
  }

  document.addEventListener('submit', async function (e) {
    var form = e.target;
    if (e.defaultPrevented || form.method.toLowerCase() !== 'post') return;
    var submitter = e.submitter;
    if (form.hasAttribute('data-kind')) {
      e.preventDefault();
      var started = false;
      try { started = upload(form); } catch (_) { started = false; }
      // Without the enhancement, the form posts itself as it would with JavaScript off
      // (storage takes no field it did not sign: the describe fields stay behind).
      if (!started) {
        var extra = form.querySelector('details[data-describe]');
        if (extra) extra.remove();
        submitPlainly(form, submitter);
      }
      return;
    }
    var action = new URL(form.action, location.href);
    if (action.origin !== location.origin) return;
    e.preventDefault();
    // Read before disabling: a disabled button's value ("skipped") is left out of the form.
    var body = new URLSearchParams(new FormData(form, submitter));
    if (submitter) submitter.disabled = true;
    try {
      var response = await fetch(action.href, {
        method: 'POST',
        body: body,
        credentials: 'same-origin'
      });
      if (response.redirected) location.replace(response.url);
      else show(await response.text(), location.href);
    } catch (_) {
      submitPlainly(form, submitter);
    }
  });
})();
`;

/**
 * Run before the page shows (a plain script in the head): a tab that left by the quick exit
 * and comes back with Back, or from the back-forward cache, is sent on to the neutral page
 * before anything of the case is drawn.
 */
export const GUARD_SCRIPT = `
(function () {
  'use strict';
  function left() { try { return sessionStorage.getItem('hd-left') === '1'; } catch (_) { return false; } }
  function away() {
    document.documentElement.hidden = true;
    var exit = 'about:blank';
    try { exit = sessionStorage.getItem('hd-exit') || exit; } catch (_) {}
    location.replace(exit);
  }
  var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (left()) {
    if (nav && nav.type === 'back_forward') away();
    else try { sessionStorage.removeItem('hd-left'); } catch (_) {}
  }
  addEventListener('pageshow', function (e) { if (e.persisted && left()) away(); });
})();
`;
