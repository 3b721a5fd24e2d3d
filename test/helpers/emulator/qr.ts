import jsQR from 'jsqr';
import pngjs from 'pngjs';

/**
 * Reads the text of the QR code in a PNG with decoders of its own (pngjs, jsQR), independent of the library that
 * drew it; fails when the image holds no readable code.
 */
export function decodeQr(png: Buffer): string {
  const image = pngjs.PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (code === null) throw new Error(`no readable QR code in the ${image.width}×${image.height} image`);
  return code.data;
}
