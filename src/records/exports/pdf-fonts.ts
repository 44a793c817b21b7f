// Every PDF's page: A4 with the TrueType fonts embedded (DejaVu, from npm: full Vietnamese coverage, no download, no
// system fonts), and its pages numbered once the text is laid out.
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

/**
 * "Trang 2/3" at the foot of every page, once the text has settled how many pages there are (the document keeps its
 * pages buffered for this).
 */
export function numberPages(doc: PDFKit.PDFDocument, label: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    // The footer sits in the bottom margin; without this pdfkit would take it for overflow and add a page.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(9)
      .text(label(index + 1, range.count), left, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
}
