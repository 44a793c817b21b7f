// The scan every bot-driving suite ends with: it must catch what a person should never read, and only that.
import { machineFormats } from '../support/machine-formats';

describe('machine formats in texts', () => {
  it.each([
    ['Đảng phí tháng 2026-11', 'ISO month'],
    ['từ 2026-09-01 đến 30/06/2027', 'ISO date'],
    ['lúc 2026-12-03T06:37:00Z', 'UTC instant'],
    ['(giờ Asia/Taipei)', 'IANA zone'],
  ])('finds %j', (text, kind) => {
    expect(machineFormats(text).map((found) => found.kind)).toContain(kind);
  });

  it.each([
    'Đảng phí tháng 11/2026',
    'từ 01/09/2026 đến 30/06/2027',
    'lúc 13:37 giờ Đài Bắc',
    'Mã số: CI-202611-4',
  ])('lets %j pass', (text) => expect(machineFormats(text)).toEqual([]));

  it('leaves alone what a person typed and the bot quotes back', () => {
    expect(machineFormats('Đồng chí đã ghi: "về ngày 2027-01-15"', ['về ngày 2027-01-15'])).toEqual([]);
  });
});
