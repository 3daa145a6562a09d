/**
 * Meeting lexicon: the series vocabulary (seeded into the database), level abbreviations used
 * in canonical keys, and the words that name, qualify and frame meetings in Vietnamese and
 * English press.
 *
 * Name fragments are regular-expression sources over the FOLDED view (lower case, no
 * diacritics: `Hội nghị Bộ trưởng Ngoại giao` → `hoi nghi bo truong ngoai giao`). A space in
 * a fragment matches any run of whitespace, ` - ` any dash with any spacing, and `'` an
 * optional straight or curly apostrophe (see fold-pattern.ts).
 */
import type { MeetingLevel, MeetingSeries } from "../types.ts";

/** How a series numbers its editions, which decides the canonical key of a numbered meeting. */
export type Numbering = "series" | "level" | "partner-level";

export interface SeriesInfo {
  series: MeetingSeries;
  vi: string;
  en: string;
  acronym: string | null;
  /** Level when the name says none; null = read from the context. */
  defaultLevel: MeetingLevel | null;
  /** `series`: `AMM-58`; `level`: `MEKONG_JAPAN-FM-16`; `partner-level`: `ASEAN_PLUS_ONE-RU-SOM-1`. */
  numbering: Numbering;
  /** Annual series: edition n was held in `editionBase + n` (AMM 58 → 2025). */
  editionBase: number | null;
  /** The partner a series always has (Mekong–Japan → JP). */
  partner: string | null;
  /**
   * The level of its ministers when the name gives no portfolio (`the 11th Mekong-Japan
   * Ministerial Meeting`, `Hội nghị Bộ trưởng Mekong - Nhật Bản`: the foreign ministers).
   */
  ministersLevel?: MeetingLevel;
}

/**
 * The year of the ASEAN Summit's edition `n`: twice a year since the 14th and 15th (2009), so
 * the 36th and 37th were held in 2020 and the 46th and 47th in 2025; null before 2009, when the
 * count ran at irregular intervals.
 */
export function summitEditionYear(n: number): number | null {
  return n >= 14 ? 2009 + Math.floor((n - 14) / 2) : null;
}

export const SERIES_VOCABULARY: readonly SeriesInfo[] = [
  {
    series: "AMM",
    vi: "Hội nghị Bộ trưởng Ngoại giao ASEAN",
    en: "ASEAN Foreign Ministers' Meeting",
    acronym: "AMM",
    defaultLevel: "foreign_ministers",
    numbering: "series",
    editionBase: 1967,
    partner: null,
  },
  {
    series: "AEM",
    vi: "Hội nghị Bộ trưởng Kinh tế ASEAN",
    en: "ASEAN Economic Ministers' Meeting",
    acronym: "AEM",
    defaultLevel: "economic_ministers",
    numbering: "series",
    editionBase: 1968,
    partner: null,
  },
  {
    series: "ASEAN_SUMMIT",
    vi: "Hội nghị Cấp cao ASEAN",
    en: "ASEAN Summit",
    acronym: null,
    defaultLevel: "leaders",
    numbering: "series",
    // Held twice a year since 2009: see SUMMIT_EDITION_YEAR.
    editionBase: null,
    partner: null,
  },
  {
    series: "EAS",
    vi: "Hội nghị Cấp cao Đông Á",
    en: "East Asia Summit",
    acronym: "EAS",
    defaultLevel: "leaders",
    numbering: "level",
    editionBase: null,
    partner: null,
  },
  {
    series: "ARF",
    vi: "Diễn đàn Khu vực ASEAN",
    en: "ASEAN Regional Forum",
    acronym: "ARF",
    defaultLevel: "foreign_ministers",
    numbering: "series",
    editionBase: 1993,
    partner: null,
  },
  {
    series: "ASEAN_PLUS_THREE",
    vi: "Hội nghị ASEAN+3",
    en: "ASEAN Plus Three",
    acronym: "APT",
    defaultLevel: null,
    numbering: "level",
    editionBase: null,
    partner: null,
  },
  {
    series: "ASEAN_PLUS_ONE",
    vi: "Hội nghị ASEAN+1",
    en: "ASEAN Plus One",
    acronym: null,
    defaultLevel: null,
    numbering: "partner-level",
    editionBase: null,
    partner: null,
  },
  {
    series: "MEKONG_JAPAN",
    vi: "Hội nghị Hợp tác Mekong - Nhật Bản",
    en: "Mekong–Japan Meeting",
    acronym: null,
    defaultLevel: null,
    numbering: "level",
    editionBase: null,
    partner: "JP",
    ministersLevel: "foreign_ministers",
  },
  {
    series: "MEKONG_LANCANG",
    vi: "Hội nghị Hợp tác Mekong - Lan Thương",
    en: "Mekong–Lancang Cooperation Meeting",
    acronym: "MLC",
    defaultLevel: null,
    numbering: "level",
    editionBase: null,
    partner: "CN",
    ministersLevel: "foreign_ministers",
  },
  {
    series: "PMC",
    vi: "Hội nghị Sau Hội nghị Bộ trưởng Ngoại giao ASEAN",
    en: "ASEAN Post Ministerial Conference",
    acronym: "PMC",
    defaultLevel: "foreign_ministers",
    numbering: "partner-level",
    editionBase: null,
    partner: null,
  },
  {
    series: "SOM",
    vi: "Hội nghị Quan chức Cao cấp ASEAN",
    en: "ASEAN Senior Officials' Meeting",
    acronym: "SOM",
    defaultLevel: "senior_officials",
    numbering: "series",
    editionBase: null,
    partner: null,
  },
  {
    series: "OTHER",
    vi: "Hội nghị khác",
    en: "Other meeting",
    acronym: null,
    defaultLevel: "other",
    numbering: "series",
    editionBase: null,
    partner: null,
  },
];

export const LEVEL_VOCABULARY: readonly { level: MeetingLevel; abbr: string; vi: string; en: string }[] = [
  { level: "foreign_ministers", abbr: "FM", vi: "Bộ trưởng Ngoại giao", en: "Foreign Ministers" },
  { level: "economic_ministers", abbr: "EM", vi: "Bộ trưởng Kinh tế", en: "Economic Ministers" },
  { level: "leaders", abbr: "LEADERS", vi: "Cấp cao", en: "Leaders" },
  { level: "senior_officials", abbr: "SOM", vi: "Quan chức Cao cấp", en: "Senior Officials" },
  { level: "other", abbr: "OTHER", vi: "Khác", en: "Other" },
];

/**
 * Words in a meeting's name that give its level, tried in this order (a ministers' meeting of
 * the East Asia Summit is a ministers' meeting, not a summit).
 */
export const LEVEL_CUES: readonly { level: MeetingLevel; forms: readonly string[] }[] = [
  {
    level: "foreign_ministers",
    forms: [
      "bo truong ngoai giao",
      "ngoai truong",
      // `Hội nghị BTNG ASEAN - Hàn Quốc`: the Vietnamese press's abbreviation.
      "btng",
      "foreign ministers'",
      "foreign minister",
      "ministers of foreign affairs",
      // `the ASEAN FMs' Meeting`, `the ASEAN-China FMM`.
      "fms'",
      "fmm",
      // `the 55th ASEAN Foreign Ministerial Meeting`.
      "foreign ministerial",
    ],
  },
  {
    level: "economic_ministers",
    forms: [
      "bo truong kinh te",
      "bo truong thuong mai",
      "bo truong cong thuong",
      "economic ministers'",
      "economic minister",
      "economic ministerial",
      "trade ministers'",
      "trade minister",
    ],
  },
  {
    level: "senior_officials",
    forms: [
      "quan chuc kinh te cao cap",
      "quan chuc cao cap",
      "quan chuc cap cao",
      "senior officials'",
      "senior official",
      // `the East Asia Summit SOM`, `the ARF SOM`: the acronym as the level and the noun (only
      // after an English core: a folded Vietnamese `sớm`, "early", reads the same).
      "som",
    ],
  },
  // `HNCC ASEAN - Trung Quốc` (Hội nghị Cấp cao, abbreviated).
  { level: "leaders", forms: ["cap cao", "thuong dinh", "lanh dao", "summit", "leaders'", "hncc"] },
  // Working bodies named after a pair (`ASEAN-Korea Dialogue`, `… Joint Working Group Meeting`).
  {
    level: "other",
    forms: [
      "joint working group",
      "dialogue",
      "joint cooperation committee",
      "joint sectoral cooperation committee",
    ],
  },
];

/**
 * The `summit` inside a series' own name (`the East Asia Summit`, `Cấp cao Đông Á`): no level of
 * its own, since the forum also has ministers' meetings. Folded.
 */
export const SUMMIT_IN_SERIES_NAME = "(?:cap cao|thuong dinh) dong a|east asia summit";

/** A minister of no stated portfolio: the level comes from the context. */
export const GENERIC_MINISTER_CUES = ["bo truong", "ministers'", "ministerial"] as const;

/**
 * Sectoral ministerial meetings, kept as series OTHER (level `other`) under their own id so
 * that the defence ministers' meeting never merges with the foreign ministers'.
 */
export const SECTOR_MEETINGS: readonly { id: string; forms: readonly string[] }[] = [
  { id: "ADMM", forms: ["bo truong quoc phong", "defence ministers'", "defense ministers'"] },
  {
    id: "AFMGM",
    forms: [
      "bo truong tai chinh va thong doc ngan hang trung uong",
      "bo truong tai chinh",
      "finance ministers' and central bank governors'",
      "finance ministers'",
    ],
  },
  // `central bank governors'` alone: the governors' own meeting (ACGM).
  { id: "ACGM", forms: ["thong doc ngan hang trung uong", "central bank governors'"] },
  { id: "AMEM", forms: ["bo truong nang luong", "energy ministers'", "ministers on energy"] },
  {
    id: "AMAF",
    forms: [
      "bo truong nong lam nghiep",
      "bo truong nong, lam nghiep",
      "bo truong nong lam",
      "bo truong nong nghiep",
      "bo truong nn&ptnt",
      "bo truong nn va ptnt",
      "agriculture and forestry ministers'",
      "ministers on agriculture and forestry",
    ],
  },
  // Vietnamese press abbreviates a ministry's portfolio (`Bộ trưởng GTVT`, `TN&MT`, `NN&PTNT`).
  {
    id: "ATM",
    forms: ["bo truong giao thong van tai", "bo truong gtvt", "bo truong giao thong", "transport ministers'"],
  },
  { id: "MATM", forms: ["bo truong du lich", "tourism ministers'"] },
  { id: "ADGMIN", forms: ["bo truong so", "bo truong thong tin va truyen thong", "digital ministers'"] },
  { id: "ALMM", forms: ["bo truong lao dong", "labour ministers'", "labor ministers'"] },
  { id: "AHMM", forms: ["bo truong y te", "health ministers'"] },
  {
    id: "AMME",
    forms: [
      "bo truong tai nguyen va moi truong",
      "bo truong tn&mt",
      "bo truong tn va mt",
      "bo truong moi truong",
      "environment ministers'",
    ],
  },
  { id: "ASED", forms: ["bo truong giao duc", "bo truong gd&dt", "education ministers'"] },
  { id: "ALAWMM", forms: ["bo truong tu phap", "law ministers'"] },
  // Sectors press names less often; each id is the sector meeting's acronym, so that `AMMin 8` and
  // `Hội nghị Bộ trưởng ASEAN về khoáng sản lần thứ 8` are one meeting.
  { id: "AMMW", forms: ["bo truong phu nu", "women ministers'", "ministers on women"] },
  { id: "AMMin", forms: ["bo truong khoang san", "minerals ministers'", "ministers on minerals"] },
  {
    id: "AMMDM",
    forms: [
      "bo truong quan ly thien tai",
      "disaster management ministers'",
      "ministers on disaster management",
    ],
  },
  {
    id: "AMMSWD",
    forms: [
      "bo truong phuc loi xa hoi",
      "social welfare ministers'",
      "ministers for social welfare and development",
    ],
  },
  {
    id: "AMMST",
    forms: [
      "bo truong khoa hoc va cong nghe",
      "science and technology ministers'",
      "ministers on science and technology",
    ],
  },
  {
    id: "AMCA",
    forms: ["bo truong van hoa", "culture and arts ministers'", "ministers responsible for culture and arts"],
  },
  { id: "AMMY", forms: ["bo truong thanh nien", "youth ministers'", "ministers on youth"] },
  { id: "AMMS", forms: ["bo truong the thao", "sports ministers'", "ministers on sports"] },
];

/** A sector's Vietnamese ministers (`bo truong nong lam nghiep`): the sector in group 1. */
const VI_SECTOR_MINISTERS = /^bo truong (.+)$/;
/** A sector's English ministers (`energy ministers'`): the sector in group 1. */
const EN_SECTOR_MINISTERS = /^(.+) ministers'$/;

/**
 * The senior officials of a sector (`Hội nghị quan chức cao cấp Nông Lâm nghiệp ASEAN (SOM-AMAF)`,
 * `ASEAN Senior Labour Officials Meeting`): the sector's own officials' meeting, series OTHER at
 * level `senior_officials`, never the ASEAN SOM. Derived from {@link SECTOR_MEETINGS}' forms.
 */
export const SECTOR_OFFICIALS: readonly { id: string; forms: readonly string[] }[] = SECTOR_MEETINGS.map(
  (s) => ({
    id: `SOM_${s.id}`,
    forms: s.forms.flatMap((f) => {
      // `Quan chức cao cấp Nông Lâm nghiệp`, `Quan chức Quốc phòng cấp cao`, `Quan chức cao cấp về
      // Năng lượng`; `Senior Labour Officials`, `Defence Senior Officials'`.
      const vi = VI_SECTOR_MINISTERS.exec(f);
      if (vi)
        return [
          `quan chuc cao cap ${vi[1]}`,
          `quan chuc cao cap ve ${vi[1]}`,
          `quan chuc ${vi[1]} cap cao`,
          `quan chuc ${vi[1]} cao cap`,
        ];
      const en = EN_SECTOR_MINISTERS.exec(f);
      return en
        ? [
            `senior ${en[1]} officials'`,
            `senior ${en[1]} officials`,
            `${en[1]} senior officials'`,
            `${en[1]} senior officials`,
          ]
        : [];
    }),
  }),
).filter((s) => s.forms.length > 0);

/**
 * Named meetings outside the main series (series OTHER, key `OTHER-<id>-…`). `names` are whole
 * names; `cores` follow a Vietnamese head and level or precede an English level and noun
 * (`Hội nghị Cấp cao` + `ASEAN - GCC`, `RCEP` + `Ministers' Meeting`). `level` null: from the
 * name's level words, else the context. `partner`: the one country the mechanism is with.
 */
export interface NamedMeeting {
  id: string;
  names: readonly string[];
  cores: readonly string[];
  /** Cores only Vietnamese names use (after `Hội nghị …`): kept out of the English name starts. */
  viCores?: readonly string[];
  level: MeetingLevel | null;
  /** The level of its ministers when the name says only `Ministers'` (RCEP's are trade ministers). */
  ministersLevel?: MeetingLevel;
  partner: string | null;
}

export const NAMED_OTHER_MEETINGS: readonly NamedMeeting[] = [
  // ASEAN's own forums and conferences outside the ministers' series.
  {
    id: "ATF",
    names: ["asean tourism forum(?: \\(atf\\))?", "dien dan du lich asean(?: \\(atf\\))?"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "ABIS",
    names: [
      "asean business (?:and|&) investment summit(?: \\(abis\\))?",
      "hoi nghi thuong dinh kinh doanh (?:va|&) dau tu asean(?: \\(abis\\))?",
    ],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "AFF",
    names: ["asean future forum", "dien dan tuong lai asean"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "AWLS",
    names: ["asean women leaders' summit"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "ASEANAPOL",
    names: ["asean chiefs of police conference", "hoi nghi tu lenh canh sat (?:cac nuoc )?asean"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "AMRI",
    names: ["asean ministers responsible for information(?: \\(amri\\))?"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    // `the 8th ASEAN Ministers Responsible for Culture and Arts (AMCA) Meeting`.
    id: "AMCA",
    // Not its meeting with China, Japan and Korea (`… Culture and Arts Plus Three (AMCA+3)`).
    names: ["asean ministers responsible for culture and arts(?: \\(amca\\))?(?! plus| ?\\+)"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    // `the 45th General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA)`: one meeting
    // with `AIPA-45`.
    id: "AIPA",
    names: ["general assembly of (?:the )?asean inter - parliamentary assembly(?: \\(aipa\\))?"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "SEOM",
    names: [
      "asean senior economic officials' meeting(?: \\(seom\\))?",
      "senior economic officials' meeting(?: \\(seom\\))?",
    ],
    cores: [],
    level: "senior_officials",
    partner: null,
  },
  {
    id: "SLD",
    names: ["shangri - la dialogue", "doi thoai shangri - la"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "ACF",
    names: ["dien dan ket noi asean", "asean connectivity forum"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "EAMF",
    names: ["dien dan bien asean mo rong", "expanded asean maritime forum"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "ADB_ANNUAL",
    names: [
      "annual meeting of the asian development bank",
      "annual meeting of the adb",
      "hoi nghi thuong nien ngan hang phat trien chau a",
    ],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    // Organisations are no partner code: the ASEAN–GCC summits stay OTHER.
    id: "ASEAN_GCC_CN",
    names: [],
    cores: [
      "asean - gcc - trung quoc",
      "asean - hoi dong hop tac vung vinh(?: \\(gcc\\))? - trung quoc",
      "asean - gcc - china",
    ],
    level: null,
    partner: null,
  },
  {
    id: "ASEAN_GCC",
    names: [],
    cores: [
      "asean - gcc",
      "asean - hoi dong hop tac vung vinh",
      "asean - gulf cooperation council",
      "association of southeast asian nations - gulf cooperation council",
    ],
    level: null,
    partner: null,
  },
  {
    id: "MGC",
    names: [],
    cores: [
      "hop tac mekong - song hang",
      "mekong - song hang",
      "me cong - song hang",
      "me kong - song hang",
      "mekong - ganga cooperation",
      "mekong ganga cooperation",
      "mekong - ganga",
    ],
    level: null,
    ministersLevel: "foreign_ministers",
    partner: "IN",
  },
  {
    // The United Nations is an organisation, no partner code: the ASEAN–UN summits stay OTHER.
    id: "ASEAN_UN",
    names: [],
    // `ASEAN-UN` but not `ASEAN-United States`; `Liên Hiệp Quốc` and `LHQ` as southern papers write it.
    cores: [
      "asean - lien hop quoc",
      "asean - lien hiep quoc",
      "asean - lhq(?![a-z])",
      "asean - united nations",
      "asean - un(?![a-z])",
    ],
    level: null,
    partner: null,
  },
  {
    id: "IMT_GT",
    names: [],
    cores: ["indonesia - malaysia - thailand growth triangle(?: \\(imt - gt\\))?", "imt - gt"],
    viCores: ["tam giac tang truong indonesia - malaysia - thai lan(?: \\(imt - gt\\))?"],
    level: null,
    partner: null,
  },
  {
    id: "BIMP_EAGA",
    names: [],
    cores: ["bimp - eaga"],
    viCores: [
      "(?:hop tac )?khu vuc tang truong dong asean(?: brunei(?: darussalam)? - indonesia - malaysia - philippines)?(?: \\(bimp - eaga\\))?",
    ],
    level: null,
    partner: null,
  },
  {
    id: "ACC",
    // `The ASEAN Coordinating Council met for the 37th time`: the council named alone.
    names: [
      "asean coordinating council(?: \\(acc\\))?(?= (?:met|meets|convened|is meeting|will meet|opened))",
    ],
    cores: ["asean coordinating council"],
    viCores: ["hoi dong dieu phoi asean"],
    level: "other",
    partner: null,
  },
  {
    // The trade ministers' council of the free trade area (`the 38th ASEAN Free Trade Area (AFTA)
    // Council Meeting`, `Hội đồng Khu vực Thương mại tự do ASEAN (AFTA)`).
    id: "AFTA_COUNCIL",
    names: [
      "hoi dong (?:khu vuc (?:thuong mai|mau dich) tu do asean|afta)(?: \\(afta\\))?",
      "asean free trade area(?: \\(afta\\))? council",
      "afta council",
    ],
    cores: [],
    level: "economic_ministers",
    partner: null,
  },
  {
    // The investment ministers' council (`the 28th ASEAN Investment Area Council`).
    id: "AIA_COUNCIL",
    names: [
      "asean investment area(?: \\(aia\\))? council",
      "aia council",
      "hoi dong khu vuc dau tu asean(?: \\(aia\\))?",
    ],
    cores: [],
    level: "economic_ministers",
    partner: null,
  },
  {
    // The economic ministers' consultation with ASEAN's business council (`the 23rd ASEAN Business
    // Advisory Council Consultation`).
    id: "ASEAN_BAC_CONSULTATION",
    names: ["asean business advisory council(?: \\(asean - ?bac\\))? consultations?"],
    cores: [],
    level: "economic_ministers",
    partner: null,
  },
  {
    id: "AECC",
    // `Hội đồng Cộng đồng Kinh Te họp ngày …`: the council named alone.
    names: [
      "hoi dong cong dong kinh te(?: asean)?",
      "asean economic community(?: \\(aec\\))? council(?= (?:met|meets|convened|is meeting|will meet|opened))",
    ],
    cores: ["asean economic community(?: \\(aec\\))? council", "aec council"],
    viCores: ["hoi dong cong dong kinh te asean"],
    level: "economic_ministers",
    partner: null,
  },
  {
    // The ministers of the haze-affected ASEAN states (`the sub-regional ministerial steering
    // committee on transboundary haze pollution`).
    id: "HAZE_MSC",
    names: [
      "sub - regional ministerial steering committee(?: \\(msc\\))? on transboundary haze pollution",
      "ministerial steering committee(?: \\(msc\\))? on transboundary haze pollution",
    ],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    // `the 27th Meeting of ASEAN Tourism Ministers (M-ATM)`, `the 59th Meeting of ASEAN National
    // Tourism Organisations`.
    id: "MATM",
    names: ["meeting of (?:the )?asean tourism ministers"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "ASEAN_NTO",
    names: ["meeting of (?:the )?asean national tourism organi[sz]ations"],
    cores: [],
    level: "other",
    partner: null,
  },
  {
    id: "FRIENDS_OF_MEKONG",
    names: [],
    cores: ["friends of the mekong"],
    level: null,
    ministersLevel: "foreign_ministers",
    partner: null,
  },
  {
    // The United Nations' Summit of the Future (`Hội nghị thượng đỉnh Tương lai của LHQ`).
    id: "UN_SOTF",
    names: ["hoi nghi thuong dinh tuong lai", "summit of the future"],
    cores: [],
    level: "leaders",
    partner: null,
  },
  {
    id: "APSC_COUNCIL",
    // `Hội đồng Cộng đồng Chinh Tri-An Ninh họp ngày …`: the council named alone.
    names: [
      "hoi dong cong dong chinh tri - an ninh(?: asean)?",
      "asean political - security community(?: \\(apsc\\))? council(?= (?:met|meets|convened|is meeting|will meet|opened))",
    ],
    cores: ["asean political - security community(?: \\(apsc\\))? council", "apsc council", "apsc"],
    viCores: ["hoi dong cong dong chinh tri - an ninh asean"],
    level: "other",
    partner: null,
  },
  {
    id: "ASCC_COUNCIL",
    // `Hội đồng Cộng đồng Van Hoa-Xa Hoi họp ngày …`: the council named alone.
    names: [
      "hoi dong cong dong van hoa - xa hoi(?: asean)?",
      "asean socio - cultural community(?: \\(ascc\\))? council(?= (?:met|meets|convened|is meeting|will meet|opened))",
    ],
    cores: ["asean socio - cultural community(?: \\(ascc\\))? council", "ascc council", "ascc"],
    viCores: ["hoi dong cong dong van hoa - xa hoi asean"],
    level: "other",
    partner: null,
  },
  {
    id: "AZEC",
    names: ["summit of the asia zero emission community", "azec summit"],
    cores: ["azec", "asia zero emission community(?: \\(azec\\))?"],
    viCores: ["cong dong chau a phat thai rong bang 0", "cong dong phat thai rong bang 0 chau a"],
    level: null,
    partner: null,
  },
  {
    // Mekong cooperation with Korea and with the United States: their own series, not ASEAN's.
    id: "MEKONG_KR",
    names: [],
    cores: [
      "mekong - rok",
      "mekong - republic of korea",
      "mekong - south korea",
      "mekong - korea",
      "south korea - mekong",
      "korea - mekong",
      "rok - mekong",
      "republic of korea - mekong",
    ],
    viCores: [
      "hop tac mekong - han quoc",
      "mekong - han quoc",
      "me kong - han quoc",
      "me cong - han quoc",
      "han quoc - mekong",
      "han quoc - me kong",
      "han quoc - me cong",
    ],
    level: null,
    ministersLevel: "foreign_ministers",
    partner: "KR",
  },
  {
    id: "MEKONG_US",
    names: [],
    cores: [
      "mekong - u\\.?s\\.? partnership",
      "mekong - united states partnership",
      "mekong - u\\.s\\.",
      "mekong - united states",
      // Its forerunner (2009–2020), the same ministers' meeting with the US.
      "lower mekong initiative(?: \\(lmi\\))?",
    ],
    viCores: [
      "quan he doi tac mekong - my",
      "quan he doi tac me kong - my",
      "quan he doi tac me cong - my",
      "mekong - my",
      "me kong - my",
      "me cong - my",
    ],
    level: null,
    ministersLevel: "foreign_ministers",
    partner: "US",
  },
  {
    // Sub-regional summits of the Mekong countries.
    id: "ACMECS",
    names: [],
    cores: ["acmecs"],
    viCores: ["chien luoc hop tac kinh te ayeyawady - chao phraya - mekong"],
    level: null,
    partner: null,
  },
  {
    id: "CLMV",
    names: [],
    cores: ["clmv", "cambodia - laos - myanmar - viet ?nam(?: \\(clmv\\))?"],
    viCores: ["(?:hop tac )?campuchia - lao - myanmar - viet nam(?: \\(clmv\\))?"],
    level: null,
    partner: null,
  },
  { id: "CLV", names: [], cores: ["clv"], level: null, partner: null },
  {
    // ASEAN's economic ministers with those of Australia and New Zealand together: two partners.
    id: "AEM_CER",
    names: ["asean economic ministers - closer economic relations"],
    cores: ["aem - cer"],
    level: "economic_ministers",
    partner: null,
  },
  // Summits beyond ASEAN that the same leaders attend (`the G20 Summit in Bali`).
  { id: "G20", names: [], cores: ["g20", "g - 20"], viCores: ["nhom g20"], level: null, partner: null },
  { id: "G7", names: [], cores: ["g7", "g - 7"], viCores: ["nhom g7"], level: null, partner: null },
  {
    id: "APEC",
    names: [
      "apec economic leaders' meeting",
      "asia - pacific economic cooperation(?: \\(apec\\))? economic leaders' meeting",
      "tuan le cap cao apec",
    ],
    cores: ["apec", "asia - pacific economic cooperation(?: \\(apec\\))?"],
    viCores: ["dien dan hop tac kinh te chau a - thai binh duong(?: \\(apec\\))?"],
    level: null,
    partner: null,
  },
  { id: "BRICS", names: [], cores: ["brics"], level: null, partner: null },
  {
    id: "FRANCOPHONIE",
    names: ["summit of (?:la )?francophonie", "sommet de la francophonie"],
    cores: [],
    level: "leaders",
    partner: null,
  },
  {
    id: "RCEP",
    names: [],
    cores: ["regional comprehensive economic partnership(?: \\(rcep\\))?", "rcep"],
    // `Hội nghị (Bộ trưởng Kinh tế các nước tham gia) Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP)`.
    viCores: [
      "(?:cac nuoc tham gia )?hiep dinh doi tac kinh te toan dien khu vuc(?: \\(rcep\\))?",
      "(?:cac nuoc tham gia )?rcep",
    ],
    level: null,
    ministersLevel: "economic_ministers",
    partner: null,
  },
];

/**
 * Acronyms that name a meeting when they come with an edition (`AEM-57`, `ARF lần thứ 32`),
 * an ordinal (`the 32nd ARF`) or a head word (`Hội nghị AMM`, `the EAS`). Printed case.
 */
export const MEETING_ACRONYMS: readonly {
  acronym: string;
  series: MeetingSeries;
  level: MeetingLevel | null;
  otherId?: string;
}[] = [
  { acronym: "EAS FMM", series: "EAS", level: "foreign_ministers" },
  { acronym: "AMM", series: "AMM", level: "foreign_ministers" },
  // The ASEAN Foreign Ministers' Retreat (`Hội nghị hẹp Bộ trưởng Ngoại giao (AMMR)`).
  { acronym: "AMMR", series: "AMM", level: "foreign_ministers" },
  { acronym: "AEM", series: "AEM", level: "economic_ministers" },
  { acronym: "ARF", series: "ARF", level: "foreign_ministers" },
  { acronym: "EAS", series: "EAS", level: "leaders" },
  { acronym: "PMC", series: "PMC", level: "foreign_ministers" },
  { acronym: "SOM", series: "SOM", level: "senior_officials" },
  { acronym: "ADMM", series: "OTHER", level: "other", otherId: "ADMM" },
  // Sectoral ministers' and officials' meetings, by the acronyms ASEAN gives them.
  ...[
    "AFMGM",
    "AFMM",
    "ACGM",
    "AMEM",
    "AMAF",
    "ALMM",
    "AHMM",
    "AMME",
    "ADGMIN",
    "AMMTC",
    "ALAWMM",
    "ASED",
    // Transport, information, disaster management, minerals, women, social welfare, science
    // ministers; the police chiefs; the disaster management and science committees.
    "ATM",
    "AMRI",
    "AMMDM",
    "AMMin",
    "AMMW",
    "AMMSWD",
    "AMMST",
    "AMMSTI",
    "ASEANAPOL",
    "ACDM",
    "COSTI",
    // Culture and arts, youth and sports ministers.
    "AMCA",
    "AMMY",
    "AMMS",
  ].map((acronym) => ({ acronym, series: "OTHER" as const, level: "other" as const, otherId: acronym })),
  // The tourism ministers, printed with a hyphen (`the 27th M-ATM`).
  { acronym: "M-ATM", series: "OTHER", level: "other", otherId: "MATM" },
  // Senior officials of the sectors (labour, law, socio-cultural community, digital, minerals).
  ...["SOMTC", "SEOM", "ADSOM", "SLOM", "ASLOM", "SOCA", "ADGSOM", "ASOMM"].map((acronym) => ({
    acronym,
    series: "OTHER" as const,
    level: "senior_officials" as const,
    otherId: acronym,
  })),
  { acronym: "AECC", series: "OTHER", level: "economic_ministers", otherId: "AECC" },
  { acronym: "AIPA", series: "OTHER", level: "other", otherId: "AIPA" },
];

/** Head words that make a following acronym a meeting (`Hội nghị AMM`, `the ARF`). Printed. */
// English `the EAS` is as often the grouping (`the EAS as a leaders-led forum`) as a meeting:
// English acronyms need an ordinal or an edition instead, or a word placing them in time (`this
// year's ADMM`, `the upcoming ARF`), which only an event takes.
const IN_TIME = ["this year", "last year", "next year"].flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]);
export const ACRONYM_HEADS = [
  "Hội nghị",
  "hội nghị",
  "Diễn đàn",
  "diễn đàn",
  ...IN_TIME.flatMap((w) => [`${w}'s`, `${w}’s`]),
  "the upcoming",
  "The upcoming",
] as const;

// ---- name grammar (folded) ---------------------------------------------------------------

/** Nouns that open a Vietnamese meeting name. */
export const VI_HEADS = [
  "cac hoi nghi",
  "hoi nghi",
  "cuoc hop",
  // `các cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ`: only with a name's core.
  "cac cuoc gap",
  "cuoc gap",
  "cac cuoc tham van",
  "cuoc tham van",
  "phien hop",
  "phien tham van",
  // `dự Thượng đỉnh Mỹ-ASEAN tại Washington`: the summit word standing as the head.
  "thuong dinh",
  // `HNCC ASEAN - Nhật Bản lần thứ 27`: the abbreviation of `Hội nghị Cấp cao`, head and level.
  "hncc",
  // `dự Cấp cao ASEAN-Hoa Kỳ`, `trong đó có Cấp cao ASEAN 35, Cấp cao ASEAN+3`: `Cấp cao` standing
  // for `Hội nghị Cấp cao`, head and level; only capitalised and not after a noun it qualifies
  // (`quan chức cấp cao ASEAN` are senior officials: see BARE_SUMMIT_HEAD in meeting-mentions.ts).
  "cap cao",
] as const;

/** Words that may follow the head before the level (`Hội nghị trực tuyến Bộ trưởng …`). */
export const VI_HEAD_MODIFIERS = [
  "truc tuyen",
  "tham van",
  "hep",
  "dac biet",
  "khong chinh thuc",
  "thuong nien",
  "bat thuong",
  "tru bi",
  "thuong ky",
] as const;

/** An English level cue (`ministers'`, `summit`, `senior officials`, `som`). */
const EN_LEVEL_CUE = /[a-z]'|summit|minister|official|^som$/;

/** Level words of a Vietnamese name (`Bộ trưởng Ngoại giao`, `Cấp cao`, `Quan chức cao cấp số`). */
export const VI_LEVEL_WORDS = [
  ...LEVEL_CUES.flatMap((c) => c.forms.filter((f) => !EN_LEVEL_CUE.test(f))),
  ...SECTOR_MEETINGS.flatMap((s) => s.forms.filter((f) => f.startsWith("bo truong"))),
  ...SECTOR_OFFICIALS.flatMap((s) => s.forms.filter((f) => f.startsWith("quan chuc"))),
  "bo truong",
] as const;

/** Words that may follow a level word (`Quan chức cao cấp số` = senior digital officials). */
export const VI_LEVEL_SUFFIXES = [
  "so",
  "truc tuyen",
  "kinh te",
  "cac nuoc tham gia",
  "dac biet",
  "thuong ky",
  "ky niem \\d+ nam quan he(?: doi thoai| doi tac| huu nghi(?: va hop tac)?)?",
  // `Hội nghị Cấp cao Kỷ niệm ASEAN-Ấn Độ`: a commemorative summit.
  "ky niem",
] as const;

/** Cores of Vietnamese names, after head and level; `asean` takes the partner suffix. */
/** `Đông Á` (East Asia) as a whole word, folded: never the end of `lao động` before `ASEAN`. */
const DONG_A = "(?<![a-z])dong a(?![a-z])";

// `Hội nghị Bộ trưởng Du lịch ASEAN, Trung Quốc, Nhật Bản và Hàn Quốc`: ASEAN+3 with its parties listed
// after a comma (`ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc` are the summits with each).
// The list ends there: `ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc, Nga và Mỹ` are summits with each.
// `ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc (10+3)`: the pair's list tagged as ASEAN+3.
const APT_LISTED_VI =
  "asean, trung quoc, nhat ban(?:,| va) han quoc(?!\\s*(?:,|va |cung ))|asean va trung quoc, nhat ban(?:,| va) han quoc \\(10\\s*\\+\\s*3\\)";

export const VI_CORES = [
  // `Hội nghị Cấp cao 10+3`: ASEAN+3 in numbers.
  "10\\s*\\+\\s*3(?![0-9])",
  "hop tac mekong - nhat ban",
  "mekong - nhat ban",
  "nhat ban - mekong",
  // `Mê Công - Nhật Bản`, `Mê Kông - Nhật Bản`: the Vietnamese spellings in two words.
  "hop tac me cong - nhat ban",
  "me cong - nhat ban",
  "nhat ban - me cong",
  "hop tac me kong - nhat ban",
  "me kong - nhat ban",
  "nhat ban - me kong",
  "hop tac mekong - lan thuong",
  "hop tac lan thuong - mekong",
  "lan thuong - mekong",
  "hop tac song lan thuong - me - cong",
  "song lan thuong - me - cong",
  "lan thuong - me - cong",
  "hop tac me - cong - lan thuong",
  "me - cong - lan thuong",
  "mekong - lan thuong",
  // `Mê Công - Lan Thương`: the Vietnamese spelling in two words.
  "hop tac me cong - lan thuong",
  "me cong - lan thuong",
  "lan thuong - me cong",
  "hop tac me kong - lan thuong",
  "me kong - lan thuong",
  "lan thuong - me kong",
  // `Hội nghị Cấp cao ASEAN cộng 3`: the plus sign in words.
  "asean cong 3(?![0-9])",
  APT_LISTED_VI,
  "cac nuoc tham gia cap cao dong a",
  "cap cao dong a",
  "thuong dinh dong a",
  DONG_A,
  "eas(?![a-z])",
  "dien dan(?: an ninh)? khu vuc asean",
  "arf(?![a-z])",
  ...NAMED_OTHER_MEETINGS.flatMap((m) => [...m.cores, ...(m.viCores ?? [])]),
] as const;

/** A named meeting's English name (`asean …`, `expanded …`, `annual …`). */
const EN_NAMED_MEETING = /^(?:asean|expanded|annual) /;

/** Vietnamese names that are not `head + level + core`. */
export const VI_FIXED_NAMES = [
  // `Diễn đàn An ninh khu vực ASEAN (ARF)`: the forum's name with "security" in it.
  "dien dan(?: an ninh)? khu vuc asean",
  "hoi nghi sau hoi nghi bo truong ngoai giao asean",
  // The PMC described: the foreign ministers of ASEAN's partners (`Hội nghị Ngoại trưởng các
  // nước đối tác ASEAN`).
  "hoi nghi (?:bo truong ngoai giao|ngoai truong) (?:cac )?(?:nuoc )?doi tac(?: doi thoai)? (?:cua )?asean",
  "hoi nghi sau hoi nghi bo truong",
  // The PMC described: the ministers' meeting with the dialogue partners, together.
  "hoi nghi bo truong(?: ngoai giao)?(?: asean)? voi cac doi tac doi thoai",
  ...NAMED_OTHER_MEETINGS.flatMap((m) => m.names.filter((f) => !EN_NAMED_MEETING.test(f))),
] as const;

// China, Japan and Korea after ASEAN: the three partners of ASEAN Plus Three, in the order press lists them.
const CHINA_JAPAN_KOREA = "china, japan(?:,| and) (?:the )?(?:republic of korea|rok|south korea|korea)";
const APT_SPELLED_OUT = `asean - ${CHINA_JAPAN_KOREA}`;
// `the 24th ASEAN, China, Japan and South Korea Tourism Ministers (ASEAN+3) Meeting`: the parties listed.
const APT_LISTED = `asean, ${CHINA_JAPAN_KOREA}(?!\\s*(?:,|and ))`;

/** English cores, before the level and the noun (`ASEAN-India` + `Foreign Ministers'` + `Meeting`). */
export const EN_CORES = [
  // `the 10+3 Summit`, `the 10+1 summit with China`: the formats in numbers.
  "10\\s*\\+\\s*3(?![0-9])",
  "10\\s*\\+\\s*1(?![0-9])",
  "mekong - japan cooperation",
  "mekong - japan",
  "japan - mekong",
  "mekong - lancang cooperation",
  "mekong - lancang",
  "lancang - mekong cooperation",
  "lancang - mekong",
  "east asia summit",
  "eas",
  "asean regional forum",
  "arf",
  // `the 22nd ASEAN-China, Japan and Republic of Korea leaders' meeting`: ASEAN+3 spelled out.
  APT_SPELLED_OUT,
  APT_LISTED,
  // `an APT meeting`, `the APT Summit`: ASEAN Plus Three's acronym, only before a noun.
  "apt",
  ...NAMED_OTHER_MEETINGS.flatMap((m) => m.cores),
] as const;

/** An English level word: a possessive (`foreign ministers'`) or `… ministerial`. */
const EN_LEVEL_WORD = /[a-z]'$|[a-z] ministerial$/;
/** A sector's English level (`energy ministers'`, `ministers on energy`). */
const EN_SECTOR_LEVEL = /'$|^ministers on /;

export const EN_LEVEL_WORDS = [
  ...LEVEL_CUES.flatMap((c) => c.forms.filter((f) => EN_LEVEL_WORD.test(f))),
  // `Energy Ministers'`, and the ASEAN way round: `Ministers on Energy`.
  ...SECTOR_MEETINGS.flatMap((s) => s.forms.filter((f) => EN_SECTOR_LEVEL.test(f))),
  ...SECTOR_OFFICIALS.flatMap((s) => s.forms.filter((f) => f.startsWith("senior"))),
  "ministers'",
  "ministerial",
] as const;

/** Words between an English core and its level or noun (`ASEAN-RoK Commemorative Summit`). */
export const EN_NAME_MODIFIERS = [
  // `the 39th ASEAN-China Joint Working Group Meeting on the DOC`.
  "joint working group",
  // `the 7th RCEP Intersessional Ministerial Meeting` (also misspelt `Intercessional`).
  "intersessional",
  "intercessional",
  "commemorative",
  "special",
  "informal",
  "extraordinary",
  "virtual",
] as const;

export const EN_NOUNS = [
  "meetings",
  "meeting",
  "summits",
  "summit",
  "conference",
  "consultations",
  "consultation",
  "retreat",
  "gathering",
  // `the 27th ASEAN-Korea Dialogue`, never `ASEAN-China dialogue relations`.
  "dialogue(?!\\s+(?:relations|partners?|partnership))",
  // `the ASEAN-China Joint Working Group on the Implementation of the DOC`.
  "joint working group(?: meeting)?",
  // `the APT FMM`, `the ASEAN-China FMM`: the foreign ministers' meeting by its acronym.
  "fmm(?![a-z])",
  // `the 7th ASEAN-Pakistan Joint Sectoral Cooperation Committee`, `the ASEAN-Japan JCC meeting`.
  "joint (?:sectoral )?cooperation committee(?: \\(j?s?cc\\))?(?: meeting)?",
  // `the second Mekong-U.S. Partnership ministerial`: the adjective as a noun, after a core only.
  "ministerial",
  // `the East Asia Summit SOM`: the senior officials' meeting by its acronym, after a core only.
  "som(?![a-z])(?!\\s+(?:plus|\\+|leaders?))",
] as const;

/** English names that are not `core + level + noun`. */
export const EN_FIXED_NAMES = [
  "east asia summit",
  "asean regional forum",
  "asean post ministerial conferences",
  "asean post ministerial conference",
  "asean post - ministerial conferences",
  "asean post - ministerial conference",
  "post ministerial conferences",
  "post ministerial conference",
  "post - ministerial conferences",
  "post - ministerial conference",
  "senior officials' meeting",
  // The economic ministers of ASEAN+3 (`the Twenty-Eighth ASEAN Economic Ministers (AEM) Plus
  // Three Consultation`).
  "asean economic ministers(?: \\(aem\\))? plus three consultations?",
  // The AMM's older English name; `… Meeting on Transnational Crime` is a sectoral meeting.
  "asean ministerial meeting(?!\\s+on\\s)",
  ...NAMED_OTHER_MEETINGS.flatMap((m) => m.names.filter((f) => EN_NAMED_MEETING.test(f))),
] as const;

/**
 * Which series a matched name belongs to, tried in order on the folded name; names left over
 * are ASEAN-centred and resolved by partner and level.
 */
export const SERIES_SIGNATURES: readonly { series: MeetingSeries; pattern: string }[] = [
  {
    series: "MEKONG_JAPAN",
    pattern:
      "(?:mekong|me cong|me kong) - (?:nhat ban|japan)|(?:nhat ban|japan) - (?:mekong|me cong|me kong)",
  },
  {
    series: "MEKONG_LANCANG",
    pattern:
      "(?:mekong|me - cong|me cong|me kong) - (?:lan thuong|lancang)|(?:lancang|lan thuong) - (?:mekong|me - cong|me cong|me kong)",
  },
  { series: "ARF", pattern: "khu vuc asean|regional forum|(?<![a-z])arf(?![a-z])" },
  {
    series: "PMC",
    pattern:
      "sau hoi nghi bo truong|post ministerial|post - ministerial|voi cac doi tac(?: doi thoai)?$|doi tac(?: doi thoai)? (?:cua )?asean$",
  },
  { series: "EAS", pattern: `${DONG_A}|east asia summit|(?<![a-z])eas(?![a-z])` },
  {
    series: "ASEAN_PLUS_THREE",
    pattern: `asean\\s*(?:\\+|cong)\\s*3(?![0-9])|(?<![0-9])10\\s*\\+\\s*3(?![0-9])|asean[\\s-]+plus[\\s-]+three|${APT_SPELLED_OUT}|${APT_LISTED}|${APT_LISTED_VI}|^apt(?![a-z])|ministers(?: \\(aem\\))? plus three`,
  },
  { series: "SOM", pattern: "^senior officials' meeting" },
  { series: "AMM", pattern: "^asean ministerial meeting" },
];

/**
 * Other frameworks named after a meeting's name and sharing its head and level (`Hội nghị Quan
 * chức cao cấp ASEAN, ASEAN+3 và Cấp cao Đông Á` = three senior officials' meetings). Folded.
 */
export const COORDINATED_CORES: readonly { series: MeetingSeries; pattern: string }[] = [
  { series: "ASEAN_PLUS_THREE", pattern: "asean\\s*\\+\\s*3(?![0-9])|asean plus three" },
  {
    series: "EAS",
    pattern: `(?:cap cao|thuong dinh) dong a|${DONG_A}|eas(?![a-z])|east asia summit`,
  },
];

/** ASEAN+1 with a list of partners (`ASEAN+1 với Nhật Bản, Nga …`). Folded. */
// `the 10+1 summit with China`: the format in numbers.
export const PLUS_ONE_PATTERN =
  "asean\\s*\\+\\s*1(?![0-9])|asean[\\s-]+plus[\\s-]+one|^(?:asean\\s+)?10\\s*\\+\\s*1(?![0-9])";

/** An ASEAN-centred name with no partner takes its series from its level. */
export const SERIES_BY_LEVEL: Readonly<Partial<Record<MeetingLevel, MeetingSeries>>> = {
  foreign_ministers: "AMM",
  economic_ministers: "AEM",
  leaders: "ASEAN_SUMMIT",
  senior_officials: "SOM",
};

// ---- partner consultations (folded) --------------------------------------------------------

/** Openers of a consultation with a list of partners (`tham vấn với …`). */
export const CONSULTATION_OPENERS = [
  "cac hoi nghi tham van",
  "hoi nghi tham van",
  "cac cuoc tham van",
  "cuoc tham van",
  "phien tham van",
  "tham van",
  "consultations",
  "consultation",
  // `the AEM engagement sessions with Dialogue Partners from China, Japan …`.
  "engagement sessions",
  "engagement session",
] as const;

/** Openers of a meeting with a named partner (`cuộc họp với đối tác Hàn Quốc`). */
export const PARTNER_MEETING_OPENERS = [
  "cac cuoc hop",
  "cuoc hop",
  "meeting",
  "meetings",
  // `separate summits with leaders from China, South Korea and India`.
  "summits",
] as const;

/** Words naming the other side before a partner's name (`với đại diện thương mại Mỹ`). */
export const PARTNER_NOUNS = [
  // A partner's minister or leader by title, the country after it (`với Ngoại trưởng Mỹ Antony Blinken`).
  "bo truong ngoai giao",
  "bo truong thuong mai",
  "ngoai truong",
  "tong thong",
  "thu tuong",
  "chu tich",
  "cac doi tac doi thoai",
  "cac doi tac",
  // `các Hội nghị Cấp cao ASEAN với từng đối tác Trung Quốc, Nhật Bản`.
  "tung doi tac",
  "doi tac doi thoai",
  "doi tac",
  "dai dien thuong mai",
  "dai dien",
  "phia",
  "dialogue partners from",
  "dialogue partners",
  "partners from",
  "partners",
  "their counterparts from",
  "their counterparts of",
  "their counterpart from",
  "their counterpart of",
  "counterparts from",
  "counterparts of",
  "counterpart from",
  "counterpart of",
  "leaders from",
  "leaders of",
  "the",
] as const;

/**
 * Partners' acronyms in the mixed case press prints them in, which the country gazetteer (exact
 * upper case for acronyms) does not take: `ASEAN-RoK Summit`. Printed case.
 */
export const PARTNER_PRINTED_ACRONYMS: Readonly<Record<string, string>> = {
  RoK: "KR",
  PRC: "CN",
  // The partner's trade ministry in a consultation's name (`AEM-METI`, `AEM-MOFCOM`, `AEM-USTR`).
  METI: "JP",
  MOFCOM: "CN",
  USTR: "US",
  AUSTR: "US",
};

/**
 * One-syllable Sino-Vietnamese forms of partners, used in dashed pairs (`Hội nghị Ngoại trưởng
 * Hàn-ASEAN`, `Trung-ASEAN`). Printed case; only read right before `-ASEAN`.
 */
export const PARTNER_SHORT_FORMS: Readonly<Record<string, string>> = {
  Hàn: "KR",
  Trung: "CN",
  Nhật: "JP",
  Ấn: "IN",
};

/** Count words before a collective partner noun (`3 đối tác`, `ba đối tác`). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};

/**
 * Meetings described, not named: the ministers of ASEAN and of a partner, in a sentence that
 * speaks of a meeting (`economic ministers of ASEAN countries and the RoK discussed … at their
 * consultation`), or ASEAN's ministers who met partners (`the ministers met online with …`).
 * Folded.
 */
export const DESCRIBED_MINISTERS: readonly { level: MeetingLevel; forms: readonly string[] }[] = [
  {
    level: "economic_ministers",
    forms: ["economic ministers", "trade ministers", "bo truong (?:kinh te|thuong mai|cong thuong)"],
  },
  {
    level: "foreign_ministers",
    forms: ["foreign ministers", "top diplomats", "bo truong ngoai giao", "ngoai truong"],
  },
  { level: "leaders", forms: ["leaders", "(?:nha )?lanh dao"] },
  // Sectoral ministers (`Finance ministers and central bank governors of Japan, China, South
  // Korea and ASEAN met`): their meeting with the partners is at level `other`.
  {
    level: "other",
    forms: [
      "finance ministers(?: and central bank governors)?",
      "(?:defen[cs]e|agriculture|energy|labou?r|health|transport|tourism|environment|digital|education) ministers",
      "bo truong (?:tai chinh|quoc phong|nong nghiep|nong lam nghiep|nang luong|lao dong|y te|giao thong|du lich|moi truong|giao duc)",
    ],
  },
];
/** ASEAN by its acronym or its full name, the acronym after it or not (folded). */
const ASEAN_FULL = "(?:asean|association of southeast asian nations(?: \\(\\s*asean\\s*\\))?)";
/**
 * What stands between the ministers and the partner (`of ASEAN countries and the`, `ASEAN và`,
 * `from the Association of Southeast Asian Nations (ASEAN) and the`).
 */
export const DESCRIBED_ASEAN_SIDE = `(?:of (?:the )?(?:(?:10|ten|11|eleven) )?${ASEAN_FULL}(?: member states| member countries| countries| nations| states)?(?: and|,) |from (?:the )?${ASEAN_FULL} and |(?:(?:cac )?nuoc )?asean va )`;
/** The ministers of the partners listed first (`finance ministers … of Japan, China, South Korea and ASEAN`). */
export const DESCRIBED_PARTNERS_FIRST = "(?: of| from| (?:cac )?nuoc)? (?:the )?";
/** After the partners listed first: ASEAN closes the list. */
export const DESCRIBED_ASEAN_LAST = ",? (?:and|va) (?:the )?(?:cac nuoc )?";
/**
 * Right after a Vietnamese pair (`các Bộ trưởng Kinh tế ASEAN và Ấn Độ đã họp`): the pair itself
 * meets. A meeting word elsewhere in the sentence is not enough in Vietnamese (`các Bộ trưởng
 * Kinh tế ASEAN và Trung Quốc đã ký … bên lề Hội nghị Cấp cao …` is a signing). Folded.
 */
export const VI_PAIR_MEETS =
  "^,? (?:(?:da|se|vua|cung|tiep tuc|tien hanh|to chuc|co) )*(?:hop|tham van|hoi dam|gap|nhom hop|(?:tham )?du (?:hoi nghi|cuoc hop|phien hop))(?![a-z])";
/** A meeting word the sentence of a described meeting must hold. */
export const DESCRIBED_MEETING_WORDS = [
  "meeting",
  "consultation",
  "consultations",
  "met",
  "gathered",
  "convened",
  "held talks",
  "summit",
  "hoi nghi",
  "gap nhau",
  "tham van",
  "hoi dam",
  "gap go",
  "cuoc gap",
  "cuoc hop",
  "(?:da|se|vua|cung|cung da) hop",
  "hop (?:truc tuyen|bao)",
] as const;
/** `the ASEAN Economic Ministers (AEM) and the Ministers from Australia and New Zealand`. Folded. */
export const DESCRIBED_PARTNER_SIDE = " and (?:the )?(?:ministers?|counterparts?|leaders?) (?:from|of) ";
/** ASEAN written out in a pair (`Japan and the Association of Southeast Asian Nations (ASEAN)`). Folded. */
export const ASEAN_WRITTEN = `${ASEAN_FULL}(?: member states| member countries| countries)?`;
/** After a pair `Japan and ASEAN`: the two sides hold a summit (`met in a summit`, `began a special summit`). Folded. */
export const PAIR_SUMMIT_AFTER =
  "[^.;\\n]{0,80}?(?<![a-z])(?:a|an|their|its) (?:(?:special|commemorative|virtual|online|landmark|historic|annual|first|\\d{1,3}(?:st|nd|rd|th)) )*summit(?![a-z])";
/**
 * ASEAN's own meetings described, not named (`a two-day meeting of Southeast Asian foreign
 * ministers`, `the ASEAN foreign ministers wrapped up their meeting`, `a meeting of ASEAN
 * leaders`): group 1 holds the level word (`foreign`, `economic`, `trade`, `leaders`). Folded.
 */
/**
 * How a meeting was held, between `met` and `with` (`met by video conference on Friday with`):
 * then the meeting is with whoever follows. Folded.
 */
const MET_MANNER =
  "(?: (?:by|via|through|on|online|virtually|video|conference|videoconference|teleconference|monday|tuesday|wednesday|thursday|friday|saturday|sunday)){0,6}";
/** ASEAN as `the bloc's`, `the regional grouping's`, `the 10-member bloc's`. Folded. */
const BLOC_OWN =
  "(?:regional |10 - member |ten - member |11 - member |southeast asian )?(?:bloc|grouping)'s ";
export const DESCRIBED_ASEAN_MEETINGS = [
  "(?:meeting|meetings|gathering) of (?:the )?(?:asean|southeast asian) (foreign|economic|trade) ministers",
  "(?:meeting|meetings|gathering) of (?:the )?(?:asean|southeast asian) (leaders)",
  "(?:meeting|meetings|gathering) of (?:the )?(foreign|economic|trade) ministers (?:from|of) (?:the )?(?:asean|association of southeast asian nations)",
  "(?:meeting|meetings|gathering|summit) of (?:the )?(leaders) (?:from|of) (?:the )?(?:asean|association of southeast asian nations)",
  "(foreign|economic) ministerial meetings? of (?:the )?asean",
  "(?:asean|southeast asian) (foreign|economic|trade) ministers (?:[a-z]+ ){1,3}?(?:their|an?) (?:annual |two - day |three - day |[a-z]+ )?(?:meeting|retreat)",
  // `các quan chức cấp cao ASEAN (SOM ASEAN) đã họp`, `Senior officials of ASEAN are meeting in Bangkok`.
  "(?:cac )?(quan chuc) (?:cap cao|cao cap)(?: \\([a-z ]{2,12}\\))? asean(?: \\([a-z ]{2,12}\\))? (?:da |se |vua )?(?:hop|nhom hop)(?![a-z])",
  `(senior officials) (?:of|from) (?:the )?(?:asean|association of southeast asian nations)(?: \\([^()]{2,48}\\))? (?:met|are meeting|gathered|convened|will meet)(?!${MET_MANNER} with)`,
  `asean (senior officials) (?:met|are meeting|gathered|convened|will meet)(?!${MET_MANNER} with)`,
  // `The Asean Foreign Ministers are to talk over Asean cooperation …`.
  "(?:asean|southeast asian) (foreign|economic|trade) ministers (?:are to|will|are due to|are set to) (?:meet|gather|convene|talk|discuss)(?![a-z])(?![^.;]{0,60}(?<![a-z])with(?![a-z]))",
  // `ASEAN foreign ministers gathered in Vientiane on Thursday for their annual meeting`.
  `(?:asean|southeast asian) (foreign|economic|trade) ministers (?:met|gathered|convened|are meeting|have gathered|have met|will gather)(?!${MET_MANNER} with)(?![a-z])`,
  // `ASEAN energy ministers met in Vientiane`, `ASEAN finance ministers and central bank governors
  // gathered …`: a sector's ministers (SECTOR_OF_DESCRIBED gives the sub-series).
  `(?:asean|southeast asian) (finance|energy|defen[cs]e|agriculture|health|labou?r|transport|tourism|digital|environment|education|law) ministers(?: and central bank governors)? (?:met|gathered|convened|are meeting|have gathered|have met|will gather|will meet)(?!${MET_MANNER} with)(?![a-z])`,
  "(?:asean|southeast asian) (finance|energy|defen[cs]e|agriculture|health|labou?r|transport|tourism|digital|environment|education|law) ministers(?: and central bank governors)? (?:[a-z]+ ){1,3}?(?:their|an?) (?:annual |two - day |three - day |[a-z]+ )?(?:meeting|retreat)(?! with)(?![a-z])",
  "(?:cac )?bo truong (quoc phong|tai chinh|nang luong|nong nghiep|y te|lao dong|giao thong van tai|du lich|moi truong|giao duc|tu phap) (?:cac nuoc )?asean (?:da |se |vua |dang )?(?:hop|nhom hop)(?! (?:truc tuyen )?voi)(?![a-z])",
  // `ASEAN leaders gathered in Kuala Lumpur for their summit`, `Southeast Asian leaders met …`.
  `(?:asean|southeast asian) (leaders) (?:met|gathered|convened|are meeting|have gathered|have met|will gather)(?!${MET_MANNER} with)(?! (?:on|at|in) (?:the )?sidelines)(?![a-z])`,
  // `Ngoại trưởng các nước ASEAN đã họp`, `Các Bộ trưởng Kinh tế ASEAN đã nhóm họp`, `Lãnh đạo các
  // nước ASEAN đã họp`.
  "(?:cac )?(?:bo truong (ngoai giao|kinh te)|(ngoai truong)|(?:nha )?(lanh dao)) (?:cac nuoc )?asean (?:da |se |vua |dang )?(?:hop|nhom hop)(?! (?:truc tuyen )?voi)(?![a-z])",
  // `Foreign ministers of ASEAN (Association of Southeast Asian Nations) gathered in Kuala Lumpur`.
  `(foreign|economic|trade) ministers (?:of|from) (?:the )?(?:asean|association of southeast asian nations)(?: \\([^()]{2,48}\\))? (?:met|gathered|convened)(?!${MET_MANNER} with)`,
  // `Hoạt động này có sự tham dự của Bộ trưởng Ngoại giao các nước ASEAN`: an event ASEAN's ministers
  // attend (`Hội nghị X, với sự tham dự của …` is X's attendance, not a meeting of its own; with a
  // partner's ministers, `… các nước ASEAN và Trung Quốc`, a meeting with that partner).
  "co su tham du cua (?:cac )?bo truong (ngoai giao|kinh te) (?:cac nuoc )?asean(?=\\s*(?:[,.;]|$|va (?:tong thu ky|tttk)))",
] as const;

/**
 * ASEAN by another name: `the regional bloc's foreign ministers met`, `the 10-member bloc's
 * leaders will meet`, `the grouping's annual summit` (never its summit with a partner). Scanned
 * apart from {@link DESCRIBED_ASEAN_MEETINGS}, only in a text that says `bloc` or `grouping`. Folded.
 */
export const DESCRIBED_BLOC_MEETINGS = [
  `${BLOC_OWN}(foreign|economic|trade) ministers (?:met|gathered|convened|are meeting|have gathered|have met|will gather|will meet)(?!${MET_MANNER} with)(?![a-z])`,
  `${BLOC_OWN}(foreign|economic|trade) ministers' (?:annual |yearly |regular )?(?:meeting|retreat)(?![a-z])`,
  `${BLOC_OWN}(leaders) (?:met|gathered|convened|are meeting|have gathered|have met|will gather|will meet)(?!${MET_MANNER} with)(?! (?:on|at|in) (?:the )?sidelines)(?![a-z])`,
  `${BLOC_OWN}(?:annual |yearly |regular |twice - yearly |upcoming |latest |(?:two|three|2|3) - day )(summit)(?! (?:meeting )?with)(?![a-z])`,
] as const;

/** The sub-series of a sector's ministers described meeting (DESCRIBED_ASEAN_MEETINGS). */
export const SECTOR_OF_DESCRIBED: Readonly<Record<string, string>> = {
  finance: "AFMGM",
  "tai chinh": "AFMGM",
  energy: "AMEM",
  "nang luong": "AMEM",
  defence: "ADMM",
  defense: "ADMM",
  "quoc phong": "ADMM",
  agriculture: "AMAF",
  "nong nghiep": "AMAF",
  health: "AHMM",
  "y te": "AHMM",
  labour: "ALMM",
  labor: "ALMM",
  "lao dong": "ALMM",
  transport: "ATM",
  "giao thong van tai": "ATM",
  tourism: "MATM",
  "du lich": "MATM",
  digital: "ADGMIN",
  environment: "AMME",
  "moi truong": "AMME",
  education: "ASED",
  "giao duc": "ASED",
  law: "ALAWMM",
  "tu phap": "ALAWMM",
};

/** Before a pair (`a summit between South Korea and ASEAN`): the pair holds that meeting. Folded. */
export const PAIR_MEETING_BEFORE = "(?:(summit)|meeting|talks) between (?:the )?";
/**
 * A summit for an anniversary of ASEAN's relations with one partner (`the special summit to
 * commemorate the 30th anniversary of ASEAN-China dialogue relations`), up to the pair. Folded.
 */
export const ANNIVERSARY_SUMMIT =
  "summit(?: meeting)? (?:to (?:commemorate|mark|celebrate)|marking|commemorating|celebrating|for) [^.;\\n]{0,60}?(?:anniversary|years|year) of (?:the )?";
/**
 * `met with` after ministers or leaders (`met by video conference on Friday with`): a meeting with
 * the partners listed.
 */
export const MET_WITH =
  // `Các Bộ trưởng Ngoại giao ASEAN đã có cuộc gặp với Ngoại trưởng Mỹ …`.
  `(?:bo truong ngoai giao|ngoai truong|bo truong kinh te|lanh dao) (?:(?:cac )?nuoc )?asean (?:da |se |cung da |cung )?(?:co cuoc gap|co cuoc hop|hop|gap|gap go|hoi dam|tham van)(?: truc tuyen)? voi |(?:ministers|leaders)(?: of (?:the )?${ASEAN_FULL})? (?:also )?(?:met|held (?:their |a )?(?:first )?(?:summit|meeting|talks))${MET_MANNER} with |(?:ministers|leaders)(?: of (?:the )?${ASEAN_FULL})? (?:are to|will|are due to|are set to) meet (?:with )?`;

/**
 * The ASEAN side a partner's minister or leader meets (`Wang Yi met ASEAN foreign ministers`,
 * `Ngoại trưởng Mỹ họp với ngoại trưởng các nước ASEAN`), with the level it gives; null: the
 * partner's title in the sentence says (`his ASEAN counterparts`). Folded.
 */
export const ASEAN_SIDE_MET: readonly { level: MeetingLevel | null; forms: readonly string[] }[] = [
  {
    level: "foreign_ministers",
    forms: [
      "(?:the )?(?:asean|southeast asian) (?:foreign ministers|top diplomats)",
      "(?:the )?(?:foreign ministers|top diplomats) (?:of|from) (?:the )?(?:asean|association of southeast asian nations)",
      "(?:cac )?(?:bo truong ngoai giao|ngoai truong) (?:(?:cac )?nuoc )?asean",
    ],
  },
  {
    level: "economic_ministers",
    forms: [
      "(?:the )?asean (?:economic|trade) ministers",
      "(?:the )?(?:economic|trade) ministers (?:of|from) (?:the )?asean",
      "(?:cac )?bo truong kinh te (?:(?:cac )?nuoc )?asean",
    ],
  },
  {
    level: "leaders",
    forms: [
      "(?:the )?(?:asean|southeast asian) leaders",
      "(?:the )?leaders (?:of|from) (?:the )?asean",
      "(?:cac )?(?:nha )?lanh dao (?:(?:cac )?nuoc )?asean",
    ],
  },
  {
    level: "other",
    forms: ["(?:the )?asean defen[cs]e ministers", "(?:cac )?bo truong quoc phong (?:(?:cac )?nuoc )?asean"],
  },
  {
    level: null,
    forms: [
      "(?:his|her|their) asean counterparts?",
      // `các người đồng cấp của 10 nước ASEAN` (`counterparts from ASEAN nations` in English press
      // is as often a string of bilateral meetings, so it is left out).
      "(?:cac )?(?:nha|nguoi) dong cap (?:cua |tu )?(?:(?:10|muoi|11|cac) )?(?:nuoc )?asean",
    ],
  },
];
/** Meeting words before `with` / `với` whose subject is the partner's side. Folded. */
export const PARTNER_SIDE_VERBS = [
  "met",
  "meet",
  "meets",
  "meeting",
  "meetings",
  "talks",
  "summit",
  "hop",
  "gap",
  "gap go",
  "hoi dam",
  // `Wang Wentao joined ASEAN economic ministers …`, `… sat down with ASEAN economic ministers`,
  // `The US Trade Representative consulted ASEAN economic ministers`.
  "joined",
  "sat down with",
  "consulted",
  // `US President Joe Biden hosted ASEAN leaders at a summit in Washington` (a summit in the sentence).
  "hosted",
  "hosts",
  "will host",
  "to host",
] as const;
/**
 * Several meetings, each with one of the partners listed after it (`informal meetings with China,
 * Japan and the United States`, `consultations with their dialogue partners China, Japan and South
 * Korea`, `các cuộc gặp không chính thức với Trung Quốc và Nhật Bản`): one ASEAN+1 per partner,
 * never one ASEAN+3, since each partner is met apart. Folded.
 */
export const MEETINGS_WITH_EACH =
  "(?:(?:informal|separate|back-to-back)\\s+)?(?:meetings|consultations|engagement\\s+sessions|summits)\\s+with\\s+(?:(?:their|its|the)\\s+)?(?:counterparts\\s+(?:from|of)\\s+)?|met\\s+(?:with\\s+)?their\\s+counterparts\\s+(?:from|of)\\s+|cac\\s+(?:cuoc\\s+gap|cuoc\\s+hop|hoi\\s+nghi|cuoc\\s+tham\\s+van|phien\\s+tham\\s+van)(?:\\s+(?:khong\\s+chinh\\s+thuc|thuong\\s+dinh|cap\\s+cao|rieng))*\\s+voi\\s+|hoi\\s+nghi\\s+thuong\\s+dinh\\s+khong\\s+chinh\\s+thuc\\s+voi\\s+";
/** A Post Ministerial Conference's partners are one meeting's (the PMC), not one meeting each. */
export const PMC_BEFORE = /(?<![a-z])(?:pmc|post[\s-]+ministerial|sau\s+hoi\s+nghi\s+bo\s+truong)(?![a-z])/u;

/** `met with their Australian and New Zealand counterparts`: the partners as the object. Folded. */
export const COUNTERPARTS_OPENER =
  "(?:met|meet|meeting|meetings|talks|consultations?) (?:(?:online|virtually|separately) )?(?:with )?their ";
export const COUNTERPARTS_AFTER = " counterparts?";

/** ASEAN+3 partners: a consultation with exactly these, named as a group, is ASEAN+3. */
export const PLUS_THREE_PARTNERS = ["CN", "JP", "KR"] as const;

/** Words that name the three together (`3 đối tác … khu vực Đông Á`). */
export const PLUS_THREE_GROUP_CUES = [DONG_A, "east asia", "asean+3", "asean plus three"] as const;

// ---- context (folded) ----------------------------------------------------------------------

/** Just before a meeting: it is the frame other meetings are held in (`Trong khuôn khổ …`). */
export const FRAME_CUES = [
  "trong khuon kho",
  "khuon kho",
  "ben le",
  "nhan dip",
  "within the framework of",
  "in the framework of",
  "on the sidelines of",
  "on the sideline of",
  "on the margins of",
  "as part of",
] as const;

/** Just before a meeting: it names a series of events (`chuỗi hoạt động Hội nghị …`). */
export const UMBRELLA_BEFORE = [
  "chuoi hoat dong",
  "chuoi su kien",
  "chuoi hoi nghi",
  "series of meetings",
] as const;

/** Just after a meeting: it names a series of events (`… và các Hội nghị liên quan`). */
export const UMBRELLA_AFTER = [
  "va cac hoi nghi lien quan",
  "va cac hoi nghi cap cao lien quan",
  "va cac hoi nghi bo truong lien quan",
  "va cac hoat dong lien quan",
  "va cac su kien lien quan",
  "va cac cuoc hop lien quan",
  "and related meetings",
  "and related events",
  "and related summits",
] as const;

/**
 * Just after a name: the name stands for the grouping or a body, not a meeting (`the 18 East
 * Asia Summit (EAS) participating countries`, `Viet Nam's ASEAN SOM delegation`).
 */
export const GROUPING_AFTER = [
  "participating countries",
  "participating",
  "member states",
  "member countries",
  "members",
  "delegation",
  // `The East Asia Summit mechanism brings together …`: the forum as a body.
  "mechanism",
  "process",
] as const;

/**
 * Earlier in the sentence: the names after it are mechanisms listed, not meetings held
 * (`ASEAN-led mechanisms such as the ASEAN Regional Forum, … and the East Asia Summit`). Folded.
 */
export const MECHANISM_LIST_CUES = [
  "(?:mechanisms|forums|fora|formats|institutions|frameworks|platforms|architecture)(?: [a-z]+){0,3},? (?:such as|like|including|among them|namely|(?:were|are|is) made up of|consists? of|consisted of|comprise|include)",
  "co che nhu",
  "cac co che do asean dan dat nhu",
  "co che do asean dan dat nhu",
] as const;

/**
 * Right after a name with no edition: the forum itself described (`the East Asia Summit is a
 * cooperation mechanism of wide representativeness`, `ARF là diễn đàn …`), not a meeting. The
 * verb, up to 40 characters of qualifiers, then the kind of body. Folded.
 */
export const MECHANISM_DESCRIBED_AFTER =
  "(?:\\s*\\([a-z+ ]{2,12}\\))?\\s+(?:is|remains|has become|serves as|la|van la|da tro thanh|tiep tuc la)\\s+(?:(?:a|an|the|one of the|mot|mot trong nhung)\\s)?[^.;:!?]{0,40}?(?:mechanism|forum|platform|framework|body|co che|dien dan|co quan|cuoc hop giua|meeting (?:of|between))";

/** Just before a name: a proposal to create a mechanism, not a meeting. */
export const PROPOSAL_CUES = [
  "thiet lap co che",
  "thanh lap co che",
  "de xuat thiet lap",
  "de xuat thanh lap",
  "thiet lap",
  "thanh lap",
  "establish",
  "establishing",
  // `membership in the East Asia Summit`: the forum, not a meeting (`join the … Summit` is
  // attending one).
  "membership (?:of|in)",
  // `North Korea has been a member of the ASEAN Regional Forum since 2000`.
  "(?:a |full )?members? of",
  "thanh vien (?:chinh thuc )?cua",
  "establishment of",
  "set up",
  "setting up",
] as const;

/** In the sentence before a meeting: it is yet to happen. */
export const PLANNED_CUES = [
  "se",
  "du kien",
  "noi lai",
  "sap toi",
  "chuan bi cho",
  "will",
  "to be held",
  "upcoming",
  "plans to",
  "scheduled for",
  "looked forward to",
] as const;

/** In a meeting's name: held online. */
export const ONLINE_NAME_CUES = ["truc tuyen", "virtual", "online"] as const;

/** Anywhere in a meeting's sentence: held online. */
export const ONLINE_SENTENCE_CUES = [
  "hinh thuc truc tuyen",
  "qua cau truyen hinh",
  "video conference",
  "videoconference",
  "held virtually",
  "held online",
  "via video",
] as const;

/**
 * Words in a sentence that tell which ministers meet when the meeting's own name does not
 * (`Hội nghị ASEAN-Nhật Bản` after `Bộ trưởng Ngoại giao …`).
 */
export const CONTEXT_LEVEL_CUES: readonly { level: MeetingLevel; forms: readonly string[] }[] = [
  {
    level: "foreign_ministers",
    forms: [
      "bo truong ngoai giao",
      "ngoai truong",
      "foreign minister",
      "foreign ministers",
      "secretary of state",
      "top diplomat",
      "top diplomats",
    ],
  },
  {
    level: "economic_ministers",
    forms: [
      "bo truong kinh te",
      "bo truong thuong mai",
      "bo truong cong thuong",
      "economic minister",
      "economic ministers",
      "trade minister",
      "trade ministers",
      "trade representative",
    ],
  },
  { level: "leaders", forms: ["hoi nghi cap cao", "thuong dinh", "cac nha lanh dao", "summit", "leaders"] },
];

/**
 * Related meetings of an AMM (`… và các Hội nghị liên quan`), an AEM (partner consultations)
 * and an ASEAN Summit (`… và các Hội nghị cấp cao liên quan`): with no explicit frame they are
 * held within the one such meeting of the text.
 */
export const RELATED_MEETINGS: readonly {
  parent: MeetingSeries;
  level: MeetingLevel;
  children: readonly MeetingSeries[];
}[] = [
  {
    parent: "AMM",
    level: "foreign_ministers",
    children: ["ASEAN_PLUS_ONE", "ASEAN_PLUS_THREE", "EAS", "ARF", "PMC"],
  },
  { parent: "AEM", level: "economic_ministers", children: ["ASEAN_PLUS_ONE", "ASEAN_PLUS_THREE", "EAS"] },
  { parent: "ASEAN_SUMMIT", level: "leaders", children: ["ASEAN_PLUS_ONE", "ASEAN_PLUS_THREE", "EAS"] },
];

/**
 * How far (years) an edition-derived year may sit from the year the text itself states most
 * before the edition is distrusted (an online or special meeting with its own count).
 */
export const EDITION_TOLERANCE_YEARS = 5;

/**
 * Characters after a meeting within which a following date still belongs to it, when no clause
 * break (`,` `;` `:` brackets) stands between (`ARF lần thứ 32 sẽ được tổ chức tại Kuala Lumpur
 * vào năm tới`); a date closer than {@link ADJACENT_DATE_REACH} belongs to it regardless
 * (`Trong khuôn khổ AEM-57, ngày 24/9, …`).
 */
export const FOLLOWING_DATE_REACH = 60;
export const ADJACENT_DATE_REACH = 12;

/**
 * Verbs that open a clause still about the meeting before them, so a comma before them does not
 * cut a following date off it (`Hội nghị Cấp cao ASEAN lần thứ 46, dự kiến diễn ra vào tháng
 * 5/2025`, `…, which will be held in October`). Folded.
 */
export const EVENT_VERBS = [
  "du kien se dien ra",
  "du kien dien ra",
  "du kien to chuc",
  "du kien se duoc to chuc",
  "se dien ra",
  "dien ra",
  "se duoc to chuc",
  "duoc to chuc",
  "khai mac",
  "which will be held",
  "which was held",
  "to be held",
  "held",
  "scheduled",
  "taking place",
  "took place",
] as const;

// ---- sessions of agreement bodies and negotiating rounds (folded) --------------------------

/**
 * Bodies of officials that negotiate or run an agreement (`Ủy ban hỗn hợp AITIGA`, `AANZFTA
 * Joint Committee`). Named alone they are bodies, not meetings; a session of one (`Phiên họp
 * lần thứ 10 của Ủy ban hỗn hợp …`, `the 10th AITIGA Joint Committee meeting`) is a senior
 * officials' meeting of ASEAN with the partner of the agreement it serves.
 */
export const AGREEMENT_BODIES = [
  "uy ban hon hop",
  "uy ban dam phan thuong mai",
  "joint committee",
  "trade negotiating committee",
] as const;

/** Nouns of a session before a Vietnamese body (`Phiên họp lần thứ 10 của Ủy ban hỗn hợp`). */
export const SESSION_HEADS_VI = ["phien hop", "cuoc hop", "hoi nghi"] as const;

/** Nouns of a session around an English body (`Joint Committee meeting`, `meeting of the …`). */
export const SESSION_NOUNS_EN = ["meeting", "session"] as const;

/** Body acronyms printed between an agreement's acronym and the session number (`AITIGA JC 10`). Printed case. */
export const BODY_ACRONYMS = ["JC", "TNC"] as const;

/**
 * A round of negotiations (`vòng đàm phán thứ 5`, `the next round of negotiations`): a meeting of
 * the negotiators (senior officials) of ASEAN and the partner of the agreement negotiated.
 */
export const NEGOTIATION_ROUNDS = [
  "vong dam phan",
  "phien dam phan",
  "round of negotiations",
  "negotiating round",
  "negotiation round",
  "round of talks",
] as const;

/**
 * A numbered session named without its body (`Các bên nhất trí tổ chức Phiên họp lần thứ 11`,
 * `the 11th round`): the next session of the body whose session the text named before.
 */
export const BARE_SESSIONS_VI = ["phien hop", "vong dam phan", "phien dam phan"] as const;
export const BARE_SESSIONS_EN = ["session", "round", "meeting"] as const;
