// The TrueType fonts embedded in every PDF (DejaVu, from npm): full Vietnamese coverage, no download, no system fonts.
/// <reference types="pdfkit" />
import path from 'node:path';

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
} as const;

/** An A4 document with the fonts registered as 'regular', 'bold' and 'italic' (pdfkit's own fonts lack Vietnamese). */
export async function newDocument(options: {
  title: string;
  layout?: 'portrait' | 'landscape';
}): Promise<PDFKit.PDFDocument> {
  // Loaded on first use, like exceljs: most processes never write a PDF.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: { top: 56, bottom: 56, left: 70, right: 56 },
    info: { Title: options.title, Author: 'homecell' },
    bufferPages: true,
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  doc.font('regular');
  return doc;
}
