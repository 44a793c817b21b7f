// The destinations members commonly work in, with the names they type in Vietnamese and English.

export interface CountryEntry {
  code: string;
  vi: string;
  en: string;
  /** Other spellings people use, compared without accents or case. */
  aliases: readonly string[];
}

export const COMMON_COUNTRIES: readonly CountryEntry[] = [
  { code: 'VN', vi: 'Việt Nam', en: 'Vietnam', aliases: ['viet nam', 'vietnam', 'trong nuoc'] },
  {
    code: 'KR',
    vi: 'Hàn Quốc',
    en: 'South Korea',
    aliases: ['han quoc', 'han', 'korea', 'south korea', 'nam han'],
  },
  { code: 'JP', vi: 'Nhật Bản', en: 'Japan', aliases: ['nhat ban', 'nhat', 'japan'] },
  { code: 'TW', vi: 'Đài Loan', en: 'Taiwan', aliases: ['dai loan', 'taiwan'] },
  { code: 'CN', vi: 'Trung Quốc', en: 'China', aliases: ['trung quoc', 'china'] },
  { code: 'MY', vi: 'Malaysia', en: 'Malaysia', aliases: ['malaysia', 'ma lai', 'ma-lai-xi-a'] },
  { code: 'SG', vi: 'Singapore', en: 'Singapore', aliases: ['singapore', 'xin-ga-po', 'xingapo'] },
  { code: 'TH', vi: 'Thái Lan', en: 'Thailand', aliases: ['thai lan', 'thailand', 'thai'] },
  { code: 'SA', vi: 'Ả Rập Xê Út', en: 'Saudi Arabia', aliases: ['a rap xe ut', 'a-rap xe-ut', 'saudi'] },
  {
    code: 'AE',
    vi: 'UAE',
    en: 'United Arab Emirates',
    aliases: ['uae', 'emirates', 'dubai', 'cac tieu vuong quoc a rap thong nhat'],
  },
  { code: 'QA', vi: 'Qatar', en: 'Qatar', aliases: ['qatar', 'ca-ta', 'cata'] },
  { code: 'KW', vi: 'Kuwait', en: 'Kuwait', aliases: ['kuwait', 'co oet'] },
  { code: 'DE', vi: 'Đức', en: 'Germany', aliases: ['duc', 'germany', 'cong hoa lien bang duc'] },
  { code: 'CZ', vi: 'Séc', en: 'Czechia', aliases: ['sec', 'czech', 'czechia', 'czech republic', 'tiep'] },
  { code: 'PL', vi: 'Ba Lan', en: 'Poland', aliases: ['ba lan', 'poland'] },
  { code: 'RO', vi: 'Romania', en: 'Romania', aliases: ['romania', 'ru-ma-ni', 'rumani'] },
  { code: 'RU', vi: 'Nga', en: 'Russia', aliases: ['nga', 'russia', 'lien bang nga'] },
  {
    code: 'US',
    vi: 'Hoa Kỳ',
    en: 'United States',
    aliases: ['hoa ky', 'my', 'usa', 'united states', 'america'],
  },
  { code: 'AU', vi: 'Úc', en: 'Australia', aliases: ['uc', 'australia', 'ox-tray-li-a', 'o-xtray-li-a'] },
  {
    code: 'GB',
    vi: 'Anh',
    en: 'United Kingdom',
    aliases: ['anh', 'uk', 'united kingdom', 'england', 'britain', 'vuong quoc anh'],
  },
  { code: 'FR', vi: 'Pháp', en: 'France', aliases: ['phap', 'france'] },
  { code: 'IT', vi: 'Ý', en: 'Italy', aliases: ['y', 'italia', 'italy'] },
];

/** Offered as buttons when a form does not choose its own: where most members away work. */
export const FREQUENT_DESTINATIONS: readonly string[] = ['KR', 'JP', 'TW', 'CN', 'MY', 'DE'];
