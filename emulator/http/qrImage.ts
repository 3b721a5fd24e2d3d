/**
 * A QR code for a URL as a PNG, made by the `qrcode` package (error correction M, 8 px per module, the
 * standard quiet zone of 4 modules). Loaded on first use, so starting the emulator does not pay for it.
 */
export async function qrPng(text: string): Promise<Buffer> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
