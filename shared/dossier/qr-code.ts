import { type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/** A QR code of `text`, black on a white square of `size` points whose top-left is (x, top). */
export function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const unit = size / (count + quiet * 2);
  let path = '';
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.modules.get(row, col)) col++;
      path += `M${start + quiet} ${row + quiet}h${col - start}v1h${start - col}z`;
    }
  }
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  page.drawSvgPath(path, { x, y: top, scale: unit, color: rgb(0, 0, 0), borderWidth: 0 });
}
