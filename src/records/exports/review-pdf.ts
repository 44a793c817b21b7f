// A member's year-end self-review laid out like form 2C (HD 43-HD/BTCTW 2025), with the cell's rating.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { REVIEW_SECTIONS, type ReviewSections } from '../../domain/review';
import { formatDate } from '../../presentation/formats';
import type { Rating, ReviewStatus } from '../../generated/prisma/client';
import { newDocument, numberPages } from './pdf-fonts';
import type { TableContext } from './types';

export interface ReviewForPdf {
  year: number;
  status: ReviewStatus;
  member: { fullName: string; cardNumber: string; birthYear: number | null };
  cellName: string;
  /** The committee above the cell (grassroots), as the form's top-left heading names it. */
  committeeName: string;
  sections: ReviewSections;
  selfRating: Rating | null;
  workplaceCommentText: string | null;
  hasWorkplaceFile: boolean;
  /** The workplace's signed comment as the member photographed it (JPEG or PNG), printed on a page of its own. */
  workplaceImage: Buffer | null;
  submittedOn: string | null;
  cellRating: Rating | null;
  cellComment: string | null;
  ratedBy: string | null;
  ratedOn: string | null;
  /** The reader's language: the form's dates are written in it. */
  locale: string;
}

/**
 * The place and date line of the paper form, "……, ngày 03 tháng 12 năm 2026": the place is left for the member to
 * write, the date is the day the review was submitted (dots when it was not).
 */
function datedLine(review: ReviewForPdf, t: TableContext['t']): string {
  const [year = '', month = '', day = ''] = review.submittedOn?.split('-') ?? [];
  return t('form2c-dated', { known: review.submittedOn ? 'yes' : 'no', day, month, year });
}

/** pdfkit's own reader of an image, which its type declarations leave out (it is what doc.image calls). */
interface ImageOpener {
  openImage(src: Buffer): unknown;
}

/** The photo when pdfkit can draw it; null when its bytes are no image it reads (it then goes beside the form). */
function drawable(doc: PDFKit.PDFDocument, bytes: Buffer | null): Buffer | null {
  if (!bytes) return null;
  try {
    (doc as unknown as ImageOpener).openImage(bytes);
    return bytes;
  } catch {
    return null;
  }
}

export async function writeReviewPdf(
  review: ReviewForPdf,
  t: TableContext['t'],
  output: Writable,
): Promise<void> {
  const doc = await newDocument({
    title: t('form2c-title-line', { name: review.member.fullName, year: String(review.year) }),
  });
  doc.pipe(output);
  const image = drawable(doc, review.workplaceImage);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const top = doc.y;

  // The heading: issuing committee and cell on the left, the Party's name and place-date on the right.
  doc
    .fontSize(11)
    .font('regular')
    .text(review.committeeName.toUpperCase(), left, top, { width: width / 2, align: 'center' });
  doc.font('bold').text(review.cellName.toUpperCase(), { width: width / 2, align: 'center' });
  doc.text('*', { width: width / 2, align: 'center' });
  doc
    .font('bold')
    .text(t('form2c-party'), left + width / 2, top, { width: width / 2, align: 'center', underline: true });
  doc.font('italic').text(datedLine(review, t), { width: width / 2, align: 'center' });

  doc.moveDown(2);
  doc.x = left;
  doc.font('bold').fontSize(15).text(t('form2c-title'), { width, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text(t('form2c-year', { year: String(review.year) }), { width, align: 'center' });
  doc.font('italic').fontSize(10).text(t('form2c-subtitle'), { width, align: 'center' });
  doc.moveDown();

  doc.font('regular').fontSize(12);
  doc.text(
    t('form2c-name', {
      name: review.member.fullName,
      birthYear: review.member.birthYear === null ? '' : String(review.member.birthYear),
    }),
    { width },
  );
  doc.text(t('form2c-card', { card: review.member.cardNumber }), { width });
  doc.text(t('form2c-cell', { cell: review.cellName }), { width });
  doc.moveDown(0.5);

  for (const section of REVIEW_SECTIONS) {
    doc.moveDown(0.5);
    doc.font('bold').text(t(`form2c-section-${section}`), { width });
    doc.font('regular').text(review.sections[section] || '…', { width, align: 'justify' });
  }
  doc.moveDown(0.5);
  doc.font('bold').text(
    t('form2c-self-rating', {
      rating: review.selfRating ? t('lbl-rating', { rating: review.selfRating }) : '…',
    }),
    { width },
  );

  doc.moveDown(0.5);
  doc.font('bold').text(t('form2c-workplace-comment'), { width });
  doc.font('regular').text(review.workplaceCommentText || '…', { width, align: 'justify' });
  if (review.hasWorkplaceFile) {
    doc.font('italic').text(t('form2c-workplace-file', { printed: image ? 'yes' : 'no' }), { width });
  }

  // Signatures: the member's on the right, the cell's rating on the left, as on the paper form.
  doc.moveDown(1.5);
  if (doc.y > doc.page.height - doc.page.margins.bottom - 160) doc.addPage();
  const signTop = doc.y;
  doc
    .font('bold')
    .fontSize(11)
    .text(t('form2c-cell-assessment'), left, signTop, { width: width / 2 - 10, align: 'center' });
  doc.font('regular').fontSize(11);
  const rated = review.status === 'rated' && review.cellRating;
  doc.text(
    rated
      ? t('form2c-cell-rating', { rating: t('lbl-rating', { rating: review.cellRating! }) })
      : t('lbl-review-status', { status: review.status }),
    { width: width / 2 - 10, align: 'center' },
  );
  if (review.cellComment)
    doc.font('italic').text(review.cellComment, { width: width / 2 - 10, align: 'center' });
  if (review.ratedBy)
    doc.font('regular').text(
      t('form2c-rated-by', {
        name: review.ratedBy,
        date: review.ratedOn ? formatDate(review.ratedOn, review.locale) : '…',
      }),
      {
        width: width / 2 - 10,
        align: 'center',
      },
    );
  const afterLeft = doc.y;
  doc.font('bold').text(t('form2c-signer'), left + width / 2, signTop, { width: width / 2, align: 'center' });
  doc.font('italic').text(t('form2c-sign-hint'), { width: width / 2, align: 'center' });
  doc.moveDown(3);
  doc.font('bold').text(review.member.fullName, { width: width / 2, align: 'center' });
  doc.y = Math.max(doc.y, afterLeft);

  // The signed comment itself, so the printed form is complete without a second document.
  if (image) {
    doc.addPage();
    doc.font('bold').fontSize(12).text(t('form2c-workplace-page'), left, doc.y, { width, align: 'center' });
    doc.moveDown();
    const room = doc.page.height - doc.y - doc.page.margins.bottom - 20;
    doc.image(image, left, doc.y, { fit: [width, room], align: 'center' });
  }

  numberPages(doc, (page, pages) => t('export-page', { page, pages }));
  doc.end();
  await finished(output);
}
