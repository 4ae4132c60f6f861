/**
 * The part of the pages' script (spliced into `SCRIPT`) behind the "copy" buttons of the
 * DSA notices (`case/platforms/view.tsx`). Without it the buttons stay hidden and the text
 * is selected by hand in its read-only field.
 */
export const COPY_SCRIPT = `
  // A notice's copy button: the text of the field it names goes to the clipboard, and its
  // status line says so (politely, the focus left on the button).
  function copyButtons() {
    var buttons = document.querySelectorAll('button[data-copy]');
    for (var i = 0; i < buttons.length; i += 1) {
      var button = buttons[i];
      button.hidden = false;
      button.addEventListener('click', function (e) {
        var b = e.currentTarget;
        var field = document.getElementById(b.getAttribute('data-copy'));
        var status = document.getElementById(b.getAttribute('aria-describedby') || '');
        if (!field) return;
        var done = function () { if (status) status.textContent = b.getAttribute('data-copied'); };
        var byHand = function () {
          field.focus();
          field.select();
          try { if (document.execCommand('copy')) done(); } catch (_) {}
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(field.value).then(done, byHand);
        } else byHand();
      });
    }
  }
  copyButtons();
`;
