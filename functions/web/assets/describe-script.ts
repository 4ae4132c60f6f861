/**
 * The part of the pages' script (spliced into `SCRIPT`) for an upload form's describe fields
 * (`describe-fields.tsx`): put in place from their `<template>` (without JavaScript, storage
 * must not receive fields it did not sign), read for each batch, their mistakes shown at
 * each field with what was typed kept.
 */
export const DESCRIBE_SCRIPT = `
  function describeFields() {
    var templates = document.querySelectorAll('form[data-kind] template[data-describe]');
    for (var i = 0; i < templates.length; i += 1) {
      // The page's own messages, in its language and at each field, as on its other forms.
      templates[i].closest('form').noValidate = true;
      templates[i].replaceWith(templates[i].content.cloneNode(true));
    }
  }
  function describeInputs(form) {
    return Array.prototype.slice.call(form.querySelectorAll('details[data-describe] [name]'));
  }
  // What the victim typed, sent with each file of the batch; null when she typed nothing.
  function describeOf(form) {
    var values = {};
    var any = false;
    describeInputs(form).forEach(function (el) {
      values[el.name] = el.value;
      if (el.value.trim()) any = true;
    });
    return any ? values : null;
  }
  function clearDescribeErrors(form) {
    form.querySelectorAll('details[data-describe] .field-error').forEach(function (p) { p.remove(); });
    form.querySelectorAll('.upload-lines li[data-state=unsent]').forEach(function (li) { li.remove(); });
    describeInputs(form).forEach(function (el) {
      if (!el.hasAttribute('aria-invalid')) return;
      el.removeAttribute('aria-invalid');
      var by = (el.getAttribute('aria-describedby') || '').split(' ')
        .filter(function (id) { return id && id !== el.id + '-error'; }).join(' ');
      if (by) el.setAttribute('aria-describedby', by); else el.removeAttribute('aria-describedby');
    });
  }
  function showDescribeErrors(form, fields) {
    var box = form.querySelector('details[data-describe]');
    if (box) box.open = true;
    var first = null;
    describeInputs(form).forEach(function (el) {
      var message = fields[el.name];
      if (!message) return;
      var p = document.createElement('p');
      p.className = 'field-error';
      p.id = el.id + '-error';
      p.textContent = message;
      el.parentNode.insertBefore(p, el);
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', (p.id + ' ' + (el.getAttribute('aria-describedby') || '')).trim());
      if (!first) first = el;
    });
    if (first) first.focus();
  }
  // Once a described batch is on its way, the fields are free for the next one.
  function resetDescribe(form) {
    describeInputs(form).forEach(function (el) { el.value = ''; });
    var box = form.querySelector('details[data-describe]');
    if (box) box.open = false;
  }
  // The list is drawn again after each check: a form the victim opened there stays open,
  // with what she typed and where she was typing.
  function swapKeepingTyped(here, fresh) {
    var open = Array.prototype.map.call(here.querySelectorAll('details[open][id]'), function (d) { return d.id; });
    var typed = Array.prototype.filter.call(here.querySelectorAll('input[id],textarea[id]'), function (el) {
      return el.value !== el.defaultValue;
    }).map(function (el) { return [el.id, el.value]; });
    var active = here.contains(document.activeElement) ? document.activeElement.id : '';
    here.replaceWith(fresh);
    open.forEach(function (id) { var d = document.getElementById(id); if (d) d.open = true; });
    typed.forEach(function (t) { var el = document.getElementById(t[0]); if (el) el.value = t[1]; });
    if (active && document.getElementById(active)) document.getElementById(active).focus({ preventScroll: true });
  }
`;
