// Files members send, through the emulator: kept by homecell when they arrive, so a new bot token loses no receipt;
// too big or not what they claim to be (a text file named .jpg) refused in the member's language, nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, hasButtons, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { bindMember, expectDraft, jpegBytes, keptBytes, type MemberChat } from '../../support/member-chat';
import type { EmulatedBotMessage } from '../../../src/sandbox/emulator-types';

const NOW = new Date('2026-11-20T03:00:00Z');
const TOKEN_B = '4343:a-new-bot-token-from-botfather';

/** The first bytes of an iPhone's HEIC photo (an ISO box `ftyp` with the brand heic), then anything. */
const heicBytes = (text: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftypheic\0\0\0\0mif1heic${text}`)]);

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((entry) => (entry.isFile() ? [path.join(entry.parentPath, entry.name)] : []));
}

describe('files members send', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    cell = await createCell(harness.database.db, 'Chi bộ thôn An Phú');
    const record = await createMember(harness.database.db, cell, {
      fullName: 'Nguyễn Văn Hùng',
      role: 'secretary',
    });
    secretary = await bindExisting(harness, record.id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const db = () => harness.database.db;

  /** A member owing October and November, brought to the fee's receipt question. */
  async function atReceiptQuestion(
    fullName: string,
    locale: 'vi' | 'en' = 'vi',
  ): Promise<{ member: MemberChat; question: EmulatedBotMessage }> {
    const member = await bindMember(harness, cell, { fullName, locale });
    await db().member.update({
      where: { id: member.memberId },
      data: { recordedSince: new Date('2026-10-01T00:00:00Z'), monthlyFeeVnd: 20000 },
    });
    const months = await member.say('/fee');
    const october = await member.tapInPlace(months, locale === 'vi' ? /10\/2026/ : /October 2026/);
    const amount = await member.tap(october, locale === 'vi' ? 'Xong' : 'Done');
    const method = await member.tap(amount, locale === 'vi' ? /20\.000\s₫/ : /₫20,000/);
    const question = await member.tap(method, locale === 'vi' ? 'Chuyển khoản' : 'Bank transfer');
    await expectDraft(db(), member.userId, { formId: 'fee', stepId: 'receipt' });
    return { member, question };
  }

  it('keeps a receipt through a change of bot token: the secretary still gets it, from homecell’s copy', async () => {
    const { member } = await atReceiptQuestion('Trần Thị Bích Ngọc');
    const { reply: summary, fileId, bytes } = await member.sendPhoto('receipt-of-ngoc');
    expect(summary.text).toContain('Biên lai: Đã nhận ảnh');
    await member.tap(summary, '✅ Xác nhận');
    const payment = await db().feePayment.findFirstOrThrow({ where: { memberId: member.memberId } });
    expect(payment).toMatchObject({ receiptStoredFileId: expect.any(Number), receiptFileId: null });
    const stored = await db().storedFile.findUniqueOrThrow({ where: { id: payment.receiptStoredFileId! } });
    expect(stored).toMatchObject({
      memberId: member.memberId,
      mimeType: 'image/jpeg',
      size: bytes.length,
      fileName: 'photo-2026-11-20.jpg',
      createdAt: NOW,
    });
    expect(await keptBytes(harness, stored.id)).toEqual(bytes);

    // The bot is restarted with another token (a new bot): Telegram's old file id means nothing to it now.
    await harness.restart({ token: TOKEN_B });
    await expect(harness.bot().api.getFile(fileId)).rejects.toThrow(/invalid file_id/);

    const list = await secretary.ask('/pending');
    const item = await secretary.openListed(list[0], /Trần Thị Bích Ngọc/, hasButtons);
    const photo = item.find((message) => message.photo !== undefined);
    expect(photo?.caption).toBe('Ảnh biên lai đồng chí Trần Thị Bích Ngọc gửi kèm');
    expect(harness.emulator.fileBytes(photo!.photo!.at(-1)!.file_id)).toEqual(bytes);
    expect(item.map((message) => message.text ?? '').join('\n')).not.toContain('Không gửi lại được tệp');
  });

  it('sends a receipt Telegram cannot show as a photo (HEIC) as a document with a readable name', async () => {
    const { member } = await atReceiptQuestion('Lê Thị Hồng Nhung');
    const { reply: summary, bytes } = await member.sendDocument(
      'IMG_0042.HEIC',
      heicBytes('receipt-of-nhung'),
      'image/heic',
    );
    await member.tap(summary, '✅ Xác nhận');
    const list = await secretary.ask('/pending');
    const item = await secretary.openListed(list[0], /Lê Thị Hồng Nhung/, hasButtons);
    const document = item.find((message) => message.document !== undefined)!;
    expect(document.document?.file_name).toBe('bien-lai-le-thi-hong-nhung-2026-10.heic');
    expect(secretary.bytesOf(document)).toEqual(bytes);
  });

  it('refuses a file over the policy’s size and asks again, writing nothing', async () => {
    const { member } = await atReceiptQuestion('Phan Văn Đức');
    const before = await db().storedFile.count();
    const filesBefore = filesUnder(harness.filesDir);
    const tooBig = Buffer.concat([jpegBytes('big'), Buffer.alloc(10 * 1024 * 1024)]);
    const { reply } = await member.sendDocument('bien-lai.jpg', tooBig);
    expect(reply.text).toContain('Tệp này quá lớn: chỉ nhận tệp đến 10 MB');
    expect(reply.text).toContain('biên lai');
    expect(await db().storedFile.count()).toBe(before);
    expect(filesUnder(harness.filesDir)).toEqual(filesBefore);
    await expectDraft(db(), member.userId, { formId: 'fee', stepId: 'receipt' });
    // A receipt of the right size is taken afterwards.
    const { reply: summary } = await member.sendPhoto('small-receipt');
    expect(summary.text).toContain('Biên lai: Đã nhận ảnh');
  });

  it('refuses a text file renamed .jpg (its first bytes are no image), in the member’s language', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { member } = await atReceiptQuestion(`Hoàng Minh Tuấn ${locale}`, locale);
      const before = await db().storedFile.count();
      const filesBefore = filesUnder(harness.filesDir);
      const { reply } = await member.sendDocument(
        'bien-lai.jpg',
        Buffer.from('Chuyển khoản 20.000 đồng ngày 5/11, nội dung: đảng phí tháng 10.\n'),
        'image/jpeg',
      );
      expect(reply.text).toContain(
        locale === 'vi'
          ? 'Tệp này không phải là ảnh đọc được. Đồng chí hãy gửi ảnh JPEG, PNG, WEBP hoặc HEIC.'
          : 'This file is not a photo that can be read. Please send a JPEG, PNG, WEBP or HEIC photo.',
      );
      // A PDF is a document, not a photo: the receipt question takes images only.
      const { reply: pdf } = await member.sendDocument('bien-lai.pdf', 'a scanned receipt');
      expect(pdf.text).toContain(locale === 'vi' ? 'không phải là ảnh' : 'not a photo');
      expect(await db().storedFile.count()).toBe(before);
      expect(filesUnder(harness.filesDir)).toEqual(filesBefore);
      await expectDraft(db(), member.userId, { formId: 'fee', stepId: 'receipt' });
    }
  });
});
