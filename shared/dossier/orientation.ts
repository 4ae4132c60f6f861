/**
 * EXIF Orientation: how a camera says its stored pixels are to be turned for display.
 * 1 is as stored; 2–4 mirror or turn by 180°; 5–8 swap width and height. Phones store
 * most photos sideways with 6 or 8, and every viewer turns them, so a dossier must too.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function asOrientation(value: number): Orientation {
  return Number.isInteger(value) && value >= 1 && value <= 8 ? (value as Orientation) : 1;
}

/** Width and height once turned for display. */
export function displayedSize(
  stored: { readonly width: number; readonly height: number },
  orientation: Orientation,
): { width: number; height: number } {
  return orientation >= 5
    ? { width: stored.height, height: stored.width }
    : { width: stored.width, height: stored.height };
}

/** A PDF transformation matrix `[a b c d e f]`. */
export type Matrix = readonly [number, number, number, number, number, number];

/**
 * The matrix that draws an image (PDF's unit square, its first row at the top) into the
 * box `x, y, width, height` (the displayed size, bottom-left origin) turned as
 * `orientation` says. Each case follows the EXIF definition of where the stored first
 * row and first column go.
 */
export function orientedImageMatrix(
  orientation: Orientation,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): Matrix {
  const { x, y, width: w, height: h } = box;
  switch (orientation) {
    case 2: // first row at the top, first column on the right
      return [-w, 0, 0, h, x + w, y];
    case 3: // first row at the bottom, first column on the right
      return [-w, 0, 0, -h, x + w, y + h];
    case 4: // first row at the bottom, first column on the left
      return [w, 0, 0, -h, x, y + h];
    case 5: // first row on the left, first column at the top
      return [0, -h, -w, 0, x + w, y + h];
    case 6: // first row on the right, first column at the top
      return [0, -h, w, 0, x, y + h];
    case 7: // first row on the right, first column at the bottom
      return [0, h, w, 0, x, y];
    case 8: // first row on the left, first column at the bottom
      return [0, h, -w, 0, x + w, y];
    default:
      return [w, 0, 0, h, x, y];
  }
}
