// Time zones as people name them, and the one accent folding every comparison uses.
import { resolveTimeZone } from '../../../src/domain/time-zone';
import { createI18n, translator } from '../../../src/i18n';
import { foldAccents, FOLD_TABLE } from '../../../src/presentation/fold';
import { zoneName, zonePlace } from '../../../src/presentation/zones';

const translate = translator(createI18n('vi'), 'vi');

describe('foldAccents', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐÀI BẮC', 'dai bac'],
    ['  Thủ   Dầu Một ', 'thu dau mot'],
    ['Không có.', 'khong co.'],
  ])('%s -> %s', (text, folded) => expect(foldAccents(text)).toBe(folded));

  it('gives SQL the same folding, đ included, character for character', () => {
    expect(FOLD_TABLE.from).toHaveLength(FOLD_TABLE.to.length);
    expect(FOLD_TABLE.from).toContain('đ');
    expect(FOLD_TABLE.from).toContain('Ễ');
    for (const [index, char] of [...FOLD_TABLE.from].entries())
      expect(foldAccents(char)).toBe(FOLD_TABLE.to[index]);
  });
});

describe('zone names', () => {
  it.each([
    ['Asia/Ho_Chi_Minh', 'vi', 'Việt Nam', 'giờ Việt Nam'],
    ['Asia/Saigon', 'en', 'Vietnam', 'Vietnam time'],
    ['Asia/Seoul', 'vi', 'Seoul', 'giờ Seoul'],
    ['Asia/Taipei', 'vi', 'Đài Bắc', 'giờ Đài Bắc'],
    ['Asia/Taipei', 'en', 'Taipei', 'Taipei time'],
    ['Europe/Prague', 'vi', 'Praha', 'giờ Praha'],
    ['America/Los_Angeles', 'en', 'Los Angeles', 'Los Angeles time'],
  ])('%s in %s: %s, %s', (zone, locale, place, name) => {
    expect(zonePlace(zone, locale, translate)).toBe(place);
    expect(zoneName(zone, locale, translate)).toBe(name);
  });

  it.each([
    ['Praha', 'Europe/Prague'],
    ['praha', 'Europe/Prague'],
    ['Đài Bắc', 'Asia/Taipei'],
    ['dai bac', 'Asia/Taipei'],
    ['Đài Trung', 'Asia/Taipei'],
    ['Hàn Quốc', 'Asia/Seoul'],
    ['Séc', 'Europe/Prague'],
    ['Taichung', 'Asia/Taipei'],
    ['South Korea', 'Asia/Seoul'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['ho chi minh', 'Asia/Ho_Chi_Minh'],
    ['los angeles', 'America/Los_Angeles'],
  ])('understands "%s" as %s', (typed, zone) => expect(resolveTimeZone(typed)).toBe(zone));

  it.each(['Atlantis', 'xx', ''])('finds no zone for "%s"', (typed) =>
    expect(resolveTimeZone(typed)).toBeUndefined(),
  );
});
