/**
 * The witness page's drawing box (`/assets/signature.js`, that page only): a signature
 * drawn on screen becomes the file of its form, which posts to storage as it does without
 * the script (print the page, sign by hand, send a photo or scan).
 */
export const SIGNATURE_SCRIPT = `
(function () {
  'use strict';
  var pad = document.querySelector('canvas[data-signature]');
  if (pad && pad.getContext) {
    var ink = pad.getContext('2d');
    var drawn = false;
    var last = null;
    // Set from here (CSSOM): the page's CSP allows no inline style.
    pad.style.cssText = 'width:100%;max-width:600px;height:auto;border:1px solid #555;touch-action:none;background:#fff';
    ink.lineWidth = 3; ink.lineCap = 'round'; ink.strokeStyle = '#111';
    var at = function (e) {
      var box = pad.getBoundingClientRect();
      return { x: (e.clientX - box.left) * pad.width / box.width, y: (e.clientY - box.top) * pad.height / box.height };
    };
    pad.addEventListener('pointerdown', function (e) { last = at(e); pad.setPointerCapture(e.pointerId); });
    pad.addEventListener('pointermove', function (e) {
      if (!last) return;
      var p = at(e);
      ink.beginPath(); ink.moveTo(last.x, last.y); ink.lineTo(p.x, p.y); ink.stroke();
      last = p; drawn = true;
    });
    pad.addEventListener('pointerup', function () { last = null; });
    var clear = document.querySelector('[data-signature-clear]');
    if (clear) clear.addEventListener('click', function () { ink.clearRect(0, 0, pad.width, pad.height); drawn = false; });
    var box = document.querySelector('[data-signature-pad]');
    if (box) box.hidden = false;
    var signForm = document.querySelector('form[data-signature-form]');
    if (signForm) signForm.addEventListener('submit', function (e) {
      var input = signForm.querySelector('input[type=file]');
      if (!drawn || !input || (input.files && input.files.length) || typeof DataTransfer !== 'function') return;
      e.preventDefault();
      // White behind the ink: the PNG prints as it shows.
      var flat = document.createElement('canvas');
      flat.width = pad.width; flat.height = pad.height;
      var fctx = flat.getContext('2d');
      fctx.fillStyle = '#fff'; fctx.fillRect(0, 0, flat.width, flat.height); fctx.drawImage(pad, 0, 0);
      flat.toBlob(function (blob) {
        var files = new DataTransfer();
        files.items.add(new File([blob], 'signature.png', { type: 'image/png' }));
        input.files = files.files;
        signForm.submit();
      }, 'image/png');
    }, true);
  }
})();
`;
