import { SeededRandom } from '#common/random.js';
import type { ProfileContent } from '#persistence/repositories/municipality-profile.repository.js';
import { requireLanguage } from '#matching/vocabulary/index.js';
import type { StaffLocale } from '#matching/messages/locales.js';
import type { MunicipalityRecord } from './reference-data.js';

/** A self-profile's content as stored, without the demo flag. */
export type DemoProfile = Omit<ProfileContent, 'isDemo'>;


/** Occupations on Dutch shortage lists (UWV "kansrijke beroepen"), as ISCO-08 unit groups. */
const SHORTAGE_POOL: readonly (readonly [string, number])[] = [
  ['2221', 5], ['3221', 5], ['5321', 5], ['2341', 4], ['2330', 3], ['2512', 3], ['2511', 2], ['2514', 2],
  ['7411', 4], ['7126', 3], ['7115', 3], ['7112', 2], ['7233', 3], ['7212', 2], ['8332', 4], ['5311', 3],
  ['5120', 3], ['9412', 2], ['3115', 2], ['2144', 2], ['2142', 2], ['2211', 2], ['2262', 1], ['3311', 1],
  ['9329', 2], ['8160', 1], ['6121', 1], ['6111', 1], ['2161', 1], ['3112', 2],
];

const URBAN_SECTORS = ['ICT', 'healthcare', 'hospitality', 'logistics', 'finance', 'education', 'creative industry', 'construction'];
const RURAL_SECTORS = ['agriculture', 'horticulture', 'food processing', 'healthcare', 'construction', 'manufacturing', 'logistics', 'tourism'];
const COMMUNITY_LANGUAGES: readonly (readonly [string, string, number])[] = [
  ['ar', 'Middle East and North Africa', 5], ['ti', 'Horn of Africa', 3], ['fa', 'Iran and Afghanistan', 2],
  ['prs', 'Iran and Afghanistan', 2], ['tr', 'Turkey', 3], ['so', 'Horn of Africa', 1], ['uk', 'Eastern Europe', 3],
  ['ku', 'Middle East and North Africa', 1], ['ps', 'Iran and Afghanistan', 1],
];

/** Municipalities with a research university campus (VSNU members' main sites). */
const UNIVERSITY_TOWNS = new Set(['GM0363', 'GM0599', 'GM0344', 'GM0546', 'GM0014', 'GM0503', 'GM0268', 'GM0855', 'GM0935', 'GM0772', 'GM0153', 'GM0289', 'GM0518']);

/**
 * The demo "what you can expect" text, written in Dutch (the original, as every profile's free texts are) with
 * English, Arabic and Ukrainian translations (a newcomer reading another language reads the Dutch original, as the
 * profile's reader does for a language without a translation). Built from public attributes only; names of places stay as CBS writes
 * them. Per language: the municipality's urbanisation class (CBS 1 very strongly urban … 5 not urban) in words, the
 * sector names, and the sentence.
 */
const SETTING_WORDS: Readonly<Record<StaffLocale, readonly string[]>> = {
  nl: ['zeer sterk stedelijke', 'sterk stedelijke', 'matig stedelijke', 'weinig stedelijke', 'niet-stedelijke'],
  en: ['a very strongly urban', 'a strongly urban', 'a moderately urban', 'a little urban', 'a rural'],
  ar: ['حضرية جدًا', 'حضرية', 'متوسطة التحضر', 'قليلة التحضر', 'ريفية'],
  uk: ['дуже сильно урбанізований', 'сильно урбанізований', 'помірно урбанізований', 'слабко урбанізований', 'неурбанізований'],
};

/** Sector names (the demo's `labourMarket.sectors`, stored in English) in each language. */
const SECTOR_WORDS: Readonly<Record<string, Readonly<Record<Exclude<StaffLocale, 'en'>, string>>>> = {
  ICT: { nl: 'ICT', ar: 'تكنولوجيا المعلومات والاتصالات', uk: 'інформаційні технології' },
  healthcare: { nl: 'zorg', ar: 'الرعاية الصحية', uk: 'охорона здоровʼя' },
  hospitality: { nl: 'horeca', ar: 'الضيافة والمطاعم', uk: 'готельно-ресторанна справа' },
  logistics: { nl: 'logistiek', ar: 'النقل والخدمات اللوجستية', uk: 'логістика' },
  finance: { nl: 'financiële dienstverlening', ar: 'الخدمات المالية', uk: 'фінансові послуги' },
  education: { nl: 'onderwijs', ar: 'التعليم', uk: 'освіта' },
  'creative industry': { nl: 'creatieve sector', ar: 'الصناعات الإبداعية', uk: 'креативні індустрії' },
  construction: { nl: 'bouw', ar: 'البناء', uk: 'будівництво' },
  agriculture: { nl: 'landbouw', ar: 'الزراعة', uk: 'сільське господарство' },
  horticulture: { nl: 'tuinbouw', ar: 'البستنة', uk: 'садівництво' },
  'food processing': { nl: 'voedingsmiddelenindustrie', ar: 'تصنيع الأغذية', uk: 'харчова промисловість' },
  manufacturing: { nl: 'industrie', ar: 'الصناعة', uk: 'виробництво' },
  tourism: { nl: 'toerisme', ar: 'السياحة', uk: 'туризм' },
};

const sectorIn = (sector: string, locale: StaffLocale) => (locale === 'en' ? sector : SECTOR_WORDS[sector]?.[locale] ?? sector);

/** The demo "what you can expect" text of `m` in `locale` (sectors as stored, in English). */
export function demoWhatToExpect(m: MunicipalityRecord, sectors: readonly string[], locale: StaffLocale): string {
  const setting = SETTING_WORDS[locale][m.urbanisation - 1];
  const inhabitants = m.population.toLocaleString({ nl: 'nl-NL', en: 'en-GB', ar: 'ar', uk: 'uk-UA' }[locale]);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(sectors.map((x) => sectorIn(x, locale)));
  switch (locale) {
    case 'nl':
      return `Demoprofiel, gemaakt uit gegevens van het CBS, niet geschreven door ${m.name}. ${m.name} is een ${setting} ` +
        `gemeente met ${inhabitants} inwoners in ${m.province}, in de arbeidsmarktregio ${m.labourMarketRegion}. Belangrijkste sectoren: ${list}.`;
    case 'en':
      return `Demo profile generated from CBS data, not written by ${m.name}. ${m.name} is ${setting} ` +
        `municipality of ${inhabitants} inhabitants in ${m.province}, in the labour-market region ` +
        `${m.labourMarketRegion}. Main sectors: ${sectors.join(', ')}.`;
    case 'ar':
      return `ملف تجريبي أُنشئ من بيانات مكتب الإحصاء المركزي الهولندي، ولم تكتبه بلدية ${m.name}. ${m.name} بلدية ${setting} ` +
        `يبلغ عدد سكانها ${inhabitants} نسمة في مقاطعة ${m.province}، ضمن منطقة سوق العمل ${m.labourMarketRegion}. القطاعات الرئيسية: ${list}.`;
    case 'uk':
      return `Демонстраційний профіль, створений на основі даних Центрального бюро статистики Нідерландів; муніципалітет ${m.name} його не писав. ` +
        `${m.name} — ${setting} муніципалітет із населенням ${inhabitants} осіб у провінції ${m.province}, у регіоні ринку праці ` +
        `${m.labourMarketRegion}. Основні галузі: ${list}.`;
  }
}

/**
 * A plausible self-profile derived only from public attributes (population, urbanisation, region).
 * Marked as demo data: a real municipality replaces it by publishing its own version.
 */
export function demoProfile(m: MunicipalityRecord, seed: number): DemoProfile {
  const random = new SeededRandom(seed ^ Number(m.cbsCode.slice(2)) * 2654435761);
  const size = m.population;
  const urban = m.urbanisation <= 2;
  const shortageCount = Math.min(12, 3 + Math.floor(Math.log10(Math.max(size, 10)) * 1.5) + random.int(0, 2));
  const shortage = new Set<string>();
  while (shortage.size < shortageCount) shortage.add(random.weighted(SHORTAGE_POOL));
  const sectors = random.sample(urban ? URBAN_SECTORS : RURAL_SECTORS, 3 + random.int(0, 2));
  const employers = Array.from({ length: Math.min(25, Math.round(size / 15_000) + random.int(1, 3)) }, (_, i) => `Demo employer ${i + 1} (${sectors[i % sectors.length]})`);
  const communityCount = size > 150_000 ? 6 : size > 60_000 ? 4 : size > 25_000 ? 2 : random.chance(0.5) ? 1 : 0;
  const communities = random.sample(COMMUNITY_LANGUAGES, communityCount).map(([language, originRegion, weight]) => ({
    language: requireLanguage(language),
    originRegion,
    size: Math.max(20, Math.round((size / 1000) * weight * (0.5 + random.next()))),
  }));
  const services = {
    hospital: size > 70_000 || (size > 30_000 && random.chance(0.3)),
    mentalHealthCare: size > 40_000 || random.chance(0.25),
    primarySchools: true,
    secondarySchools: size > 12_000 || random.chance(0.4),
    mbo: size > 45_000 || random.chance(0.15),
    hbo: size > 110_000 || (size > 60_000 && random.chance(0.3)),
    university: UNIVERSITY_TOWNS.has(m.cbsCode),
    dutchLanguageCourses: size > 8_000 || random.chance(0.7),
    accessibleHomes: size > 30_000 || random.chance(0.5),
  };
  const wanted = random.sample([...shortage], random.int(1, 3));
  const selfOrganisations = communityCount > 0 ? Array.from({ length: Math.min(4, communityCount) }, (_, i) => `Demo self-organisation ${i + 1}`) : [];
  const buddySchemes = size > 20_000 || random.chance(0.5) ? ['VluchtelingenWerk buddy programme (demo)'] : [];
  return {
    labourMarket: { shortageOccupations: [...shortage].sort(), sectors, employersOpenToNewcomers: employers },
    networks: { communities, selfOrganisations, buddySchemes },
    services,
    whatToExpect: demoWhatToExpect(m, sectors, 'nl'),
    textLocale: 'nl',
    translations: { whatToExpect: { en: demoWhatToExpect(m, sectors, 'en'), ar: demoWhatToExpect(m, sectors, 'ar'), uk: demoWhatToExpect(m, sectors, 'uk') } },
    priorities: { wantedOccupations: wanted.sort(), statement: null },
  };
}
