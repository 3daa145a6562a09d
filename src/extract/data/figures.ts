/**
 * Figure lexicon: number words, currencies, qualifiers and the words that tell what an amount
 * measures. Forms are FOLDED (lower case, no diacritics: `tỷ` → `ty`, `đồng` → `dong`) because
 * figures are matched on the folded view; see fold-pattern.ts for the spacing rules.
 */
import type { FigureFact, FigureKind } from "../types.ts";

/** Number words after a figure and what they multiply by (`3,2 nghìn tỷ` = 3.2 × 10¹²). */
export const SCALES: readonly { forms: readonly string[]; factor: number }[] = [
  { forms: ["trieu ty", "trieu ti"], factor: 1e15 },
  { forms: ["nghin ty", "ngan ty", "nghin ti", "ngan ti", "trillion", "tn"], factor: 1e12 },
  { forms: ["ty", "ti", "billion", "bn"], factor: 1e9 },
  { forms: ["trieu", "million", "mn"], factor: 1e6 },
  { forms: ["nghin", "ngan", "thousand"], factor: 1e3 },
];

/**
 * Currencies: forms written before the amount (`US$ 42 billion`, `USD 1.5 trillion`) and after
 * it (`42 tỷ USD`, `10 triệu đô la Mỹ`). `exact`: folded forms that are also ordinary words and
 * must be printed with these diacritics (`đồng` the currency, not `Đông` east).
 */
export const CURRENCIES: readonly {
  code: string;
  before: readonly string[];
  after: readonly string[];
  exact?: readonly string[];
}[] = [
  {
    code: "USD",
    before: ["us$", "usd", "us $", "$"],
    after: [
      "usd",
      "us$",
      "do la my",
      "do-la my",
      "dola my",
      "do la",
      "do-la",
      "us dollars",
      "u.s. dollars",
      "u.s. dollar",
      "us dollar",
      "dollars",
      "dollar",
    ],
  },
  { code: "VND", before: ["vnd"], after: ["dong", "vnd"], exact: ["đồng"] },
  { code: "EUR", before: ["€", "eur"], after: ["euro", "euros", "eur"] },
  { code: "JPY", before: ["¥", "jpy"], after: ["yen", "jpy"] },
  { code: "CNY", before: ["cny", "rmb"], after: ["nhan dan te", "yuan", "cny", "rmb"] },
  { code: "SGD", before: ["s$", "sgd"], after: ["sgd", "do la singapore"] },
  { code: "KRW", before: ["krw"], after: ["won", "krw"] },
  { code: "AUD", before: ["a$", "aud"], after: ["aud", "do la uc", "do la australia", "australian dollars"] },
  { code: "NZD", before: ["nz$", "nzd"], after: ["nzd", "do la new zealand", "new zealand dollars"] },
  { code: "CAD", before: ["can$", "ca$", "c$", "cad"], after: ["cad", "do la canada", "canadian dollars"] },
  { code: "GBP", before: ["£", "gbp"], after: ["bang anh", "pounds", "gbp"] },
  { code: "INR", before: ["inr", "rs"], after: ["rupee", "rupees", "inr"] },
  { code: "MYR", before: ["rm", "myr"], after: ["ringgit", "myr"] },
  { code: "THB", before: ["thb"], after: ["baht", "bat", "thb"] },
];

/** Words for a percentage after the number (`%` itself is always one). */
export const PERCENT_WORDS = ["phan tram", "percent", "per cent"] as const;

/**
 * Words right before an amount that qualify it. `gần` / `nearly` / `almost` count as `about`:
 * they give an estimate just below the figure, and the schema keeps no separate "nearly".
 */
export const QUALIFIERS: readonly {
  qualifier: NonNullable<FigureFact["qualifier"]>;
  forms: readonly string[];
}[] = [
  {
    qualifier: "more_than",
    forms: ["hon", "tren", "vuot", "vuot muc", "more than", "over", "above", "exceeding", "in excess of"],
  },
  {
    qualifier: "less_than",
    forms: ["duoi", "chua den", "chua toi", "it hon", "less than", "under", "below", "fewer than"],
  },
  {
    qualifier: "about",
    forms: [
      "khoang",
      "gan",
      "xap xi",
      "uoc tinh",
      "uoc dat",
      "about",
      "around",
      "approximately",
      "nearly",
      "almost",
      "roughly",
      "some",
      "an estimated",
      "close to",
    ],
  },
  { qualifier: "up_to", forms: ["len toi", "len den", "toi", "up to", "as much as", "as high as"] },
];

/** Words right after an amount that give its year (`42 tỷ USD năm 2024`, `US$ 42 billion in 2024`). */
export const YEAR_LINKS = ["nam", "in", "trong nam", "trong"] as const;

/** Words of a figure shared by two sides: it is the partnership the article is about. */
export const BOTH_SIDES_WORDS = [
  "bilateral",
  "two-way",
  "each other",
  "song phuong",
  "hai chieu",
  "hai ben",
  "giua hai ben",
] as const;

/** Words before a year that make it the period of the sentence's amounts (`In 2023, …`). */
export const PERIOD_YEAR_LINKS = ["nam", "trong nam", "in", "during", "for", "of"] as const;

/**
 * Words that tell what an amount of money measures; the nearest before the amount in its
 * sentence wins (`kim ngạch thương mại … đạt hơn 450 tỷ USD và đầu tư … đạt 42 tỷ USD`).
 */
export const MONEY_KIND_CUES: readonly { kind: FigureKind; forms: readonly string[] }[] = [
  {
    kind: "trade_value",
    forms: [
      "kim ngach",
      "thuong mai",
      "xuat khau",
      "nhap khau",
      "trade",
      "exports",
      "imports",
      "two-way trade",
    ],
  },
  {
    kind: "investment_value",
    forms: ["dau tu", "fdi", "von dau tu", "investment", "investments", "invested", "investor", "investors"],
  },
  {
    kind: "project_value",
    forms: [
      "du an",
      "project",
      "projects",
      "quy",
      "vien tro",
      "tai tro",
      "goi ho tro",
      "fund",
      "funds",
      "funding",
      "grant",
      "grants",
      "assistance",
      "aid",
      "pledge",
      "pledged",
      "pledges",
      "package",
      // `$150 million in programs for ASEAN`, `$1.7 billion in spending`, `$375 million of ODA`.
      "program",
      "programs",
      "programme",
      "programmes",
      "initiatives",
      "spending",
      "oda",
    ],
  },
];

/** A figure's sentence naming one of these groupings is about it (`EAS countries account for …`). */
export const SUBJECT_GROUPINGS: readonly { code: string; forms: readonly string[] }[] = [
  { code: "EAS", forms: ["eas", "east asia summit", "cap cao dong a", "thuong dinh dong a"] },
  { code: "IMT-GT", forms: ["imt-gt", "imt - gt", "indonesia-malaysia-thailand growth triangle"] },
  { code: "BIMP-EAGA", forms: ["bimp-eaga", "bimp - eaga"] },
  {
    code: "LMC",
    forms: [
      "lmc",
      "mekong-lancang",
      "mekong - lancang",
      "lancang-mekong",
      "mekong - lan thuong",
      "lan thuong - mekong",
      "lan thuong - me cong",
      "me cong - lan thuong",
    ],
  },
];

/** Words of giving money: with one country named, the figure is that country's (a pledge). */
export const PLEDGE_WORDS = [
  // `the United States government has given $4.3 billion in foreign assistance`.
  "given",
  "gives",
  "give",
  "spent",
  "assistance",
  "aid",
  "unveiled",
  "announced",
  "spending",
  "allocated",
  "cong bo",
  "pledge",
  "pledged",
  "pledges",
  "committed",
  "commits",
  "provide",
  "provided",
  "provides",
  "contribute",
  "contributed",
  "donate",
  "donated",
  "grant",
  "vien tro",
  "tai tro",
  "cam ket",
  "dong gop",
  "ho tro",
] as const;

/**
 * Words that give the value of the noun before them (`Dự án … trị giá 10 triệu USD`, `a fund
 * worth …`): that noun's cue decides the kind (`Quỹ … đầu tư … trị giá` is an investment); with
 * none, the amount is taken as a project's value.
 */
export const VALUE_POINTERS = ["tri gia", "tong tri gia", "worth", "valued at"] as const;

/** A following cue still counts within this many characters (`US$ 42 billion in trade`). */
export const FOLLOWING_CUE_REACH = 30;

/**
 * A percentage is a plan's completion when its sentence names both a plan (or its action
 * lines) and progress on it (`hơn 60% dòng hành động trong Kế hoạch hành động được triển khai`).
 */
export const PLAN_NOUNS = [
  "ke hoach hanh dong",
  "ke hoach cong tac",
  "ke hoach",
  "dong hanh dong",
  "bien phap",
  "plan of action",
  "action plan",
  "work plan",
  "action lines",
  "measures",
] as const;

export const PLAN_PROGRESS = [
  "hoan thanh",
  "trien khai",
  "thuc hien",
  "ty le",
  "completed",
  "completion",
  "implemented",
  "implementation",
] as const;

/**
 * Words that make a sentence about ASEAN besides the name itself: the region it stands for
 * (`Quỹ đầu tư Đông Nam Á … doanh nghiệp Úc` is about ASEAN and Australia).
 */
export const ASEAN_CUES = ["asean", "dong nam a", "southeast asia", "south - east asia"] as const;

/**
 * Groupings that can stand after `ASEAN -` like a partner country (`Thương mại ASEAN - GCC`,
 * `ASEAN - GCC - Trung Quốc`): the code used in a figure's subject and its folded names.
 */
export const PAIR_GROUPINGS: readonly { code: string; forms: readonly string[] }[] = [
  { code: "GCC", forms: ["gcc", "hoi dong hop tac vung vinh", "gulf cooperation council"] },
  { code: "EAEU", forms: ["eaeu", "lien minh kinh te a - au", "eurasian economic union"] },
  { code: "MERCOSUR", forms: ["mercosur", "khoi thi truong chung nam my"] },
  {
    code: "SCO",
    forms: [
      "to chuc hop tac thuong hai",
      "shanghai cooperation organisation",
      "shanghai cooperation organization",
    ],
  },
];

/**
 * Words that refer back to the sides of a partnership by their number (`ba bên` = the three
 * sides): a figure there belongs to the latest partnership named with that many parties.
 */
export const PARTY_COUNT_REFERENCES: readonly { parties: number; forms: readonly string[] }[] = [
  { parties: 2, forms: ["hai ben", "both sides", "the two sides", "both parties", "the two parties"] },
  { parties: 3, forms: ["ba ben", "the three sides", "the three parties", "all three sides"] },
];

/**
 * Words that refer back to the agreement named last (`the agreement, which covers about 30 per
 * cent of global GDP`): a figure there is about that agreement.
 */
export const AGREEMENT_REFERENCES = [
  "the agreement",
  "this agreement",
  "the pact",
  "the deal",
  "hiep dinh nay",
  "hiep dinh tren",
] as const;
