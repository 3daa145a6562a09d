/**
 * Titles written in front of a person's name, Vietnamese and English, and the English role each
 * stands for. Ministerial titles are composed (rank × ministry, `Thứ trưởng` + `Bộ Công Thương`
 * → `Deputy Minister of Industry and Trade`); the rest are listed whole. Matching is
 * case-insensitive but keeps diacritics (`Thứ trưởng`, a deputy minister, is not `Thủ trưởng`,
 * a head of office).
 */
import { COUNTRIES } from "./countries.ts";

export interface TitleEntry {
  /** Surface forms, as printed. */
  forms: readonly string[];
  /** The English role. */
  role: string;
  /** Country the title itself implies (`Secretary of State` → US). */
  country?: string;
  /** Too generic alone (`Chủ tịch`): counts only when a country follows it. */
  needsCountry?: boolean;
  /** An office of an international body (ASEAN, UN, AMRO): the holder acts for no country. */
  international?: boolean;
  /** An English rank that takes a ministry after it (`Minister of Export Promotion, …`). */
  takesMinistry?: boolean;
  /** An abbreviation that is a title only in capitals (`PM`, never the `pm` of a time). */
  exactCase?: boolean;
}

interface Rank {
  vi: readonly string[];
  /** Vietnamese words written after the ministry instead (`Thứ trưởng Ngoại giao thứ nhất`). */
  viSuffix?: string;
  en: string;
}

const RANKS: readonly Rank[] = [
  { vi: ["Bộ trưởng"], en: "Minister" },
  { vi: ["Quyền Bộ trưởng"], en: "Acting Minister" },
  { vi: ["Thứ trưởng thứ nhất"], en: "First Vice Minister" },
  { vi: ["Thứ trưởng"], viSuffix: "thứ nhất", en: "First Vice Minister" },
  { vi: ["Thứ trưởng thứ hai"], en: "Second Vice Minister" },
  { vi: ["Thứ trưởng"], viSuffix: "thứ hai", en: "Second Vice Minister" },
  { vi: ["Thứ trưởng Thường trực"], en: "Permanent Deputy Minister" },
  { vi: ["Thứ trưởng"], en: "Deputy Minister" },
];

/** Ministries as Vietnamese names them after a rank (with or without `Bộ`), and in English. */
const MINISTRIES: readonly { vi: readonly string[]; en: string }[] = [
  { vi: ["Ngoại giao và Hợp tác quốc tế"], en: "Foreign Affairs and International Cooperation" },
  { vi: ["Ngoại giao"], en: "Foreign Affairs" },
  { vi: ["Công Thương"], en: "Industry and Trade" },
  { vi: ["Đầu tư, Thương mại và Công nghiệp"], en: "Investment, Trade and Industry" },
  { vi: ["Kinh tế, Thương mại và Công nghiệp"], en: "Economy, Trade and Industry" },
  { vi: ["Thương mại và Công nghiệp"], en: "Trade and Industry" },
  { vi: ["Công nghiệp và Thương mại"], en: "Industry and Trade" },
  { vi: ["Thương mại và Phát triển Xuất khẩu"], en: "Trade and Export Development" },
  { vi: ["Thương mại Quốc tế và Công nghiệp"], en: "International Trade and Industry" },
  { vi: ["Thương mại Quốc tế"], en: "International Trade" },
  { vi: ["Ngoại thương"], en: "Foreign Trade" },
  { vi: ["Thương mại"], en: "Trade" },
  { vi: ["Kinh tế"], en: "Economy" },
  { vi: ["Tài chính"], en: "Finance" },
  { vi: ["Quốc phòng"], en: "Defence" },
  { vi: ["Kế hoạch và Đầu tư", "KH-ĐT", "KH&ĐT"], en: "Planning and Investment" },
  { vi: ["Tài nguyên và Môi trường", "TN-MT", "TN&MT"], en: "Natural Resources and Environment" },
  { vi: ["Nông nghiệp và Môi trường"], en: "Agriculture and Environment" },
  {
    vi: ["Nông nghiệp và Phát triển nông thôn", "NN-PTNT", "NN&PTNT"],
    en: "Agriculture and Rural Development",
  },
  // Abbreviations press prints after `Bộ` (`Bộ trưởng Bộ KH-CN`).
  { vi: ["Khoa học và Công nghệ", "KH-CN", "KH&CN", "KHCN"], en: "Science and Technology" },
  { vi: ["Thông tin và Truyền thông", "TT-TT", "TT&TT"], en: "Information and Communications" },
  { vi: ["Giao thông vận tải", "GTVT"], en: "Transport" },
  { vi: ["Xây dựng"], en: "Construction" },
  { vi: ["Công an"], en: "Public Security" },
  { vi: ["Nội vụ"], en: "Home Affairs" },
  { vi: ["Tư pháp"], en: "Justice" },
  { vi: ["Y tế"], en: "Health" },
  { vi: ["Giáo dục và Đào tạo", "GD-ĐT", "GD&ĐT"], en: "Education and Training" },
  { vi: ["Văn hóa, Thể thao và Du lịch"], en: "Culture, Sports and Tourism" },
  {
    vi: ["Lao động, Thương binh và Xã hội", "LĐ-TBXH", "LĐTBXH", "LĐ-TB&XH", "LĐTB&XH"],
    en: "Labour, Invalids and Social Affairs",
  },
  { vi: ["Năng lượng và Mỏ"], en: "Energy and Mines" },
  { vi: ["Năng lượng"], en: "Energy" },
  { vi: ["Đầu tư và Kinh tế đối ngoại"], en: "Investment and Foreign Economic Relations" },
  { vi: ["Du lịch"], en: "Tourism" },
];

const COMMA = /,/g;
const SPACED_VA = / và /g;

/**
 * A ministry's name as the press also shortens it, with dashes for `,` and `và`
 * (`Bộ Giáo dục - Đào tạo`, `Bộ Lao động - Thương binh - Xã hội`) or for the commas alone
 * (`Bộ Lao động – Thương binh và Xã hội`); dashes and spaces are one separator to the matcher,
 * so a dashed form is the name without its commas, with or without `và`.
 */
function dashedForms(name: string): string[] {
  const noCommas = name.replace(COMMA, "");
  return [...new Set([name, noCommas, noCommas.replace(SPACED_VA, " ")])];
}

/** Vietnamese ministry names (`Ngoại giao`, `Giáo dục Đào tạo` …), for `Vụ trưởng … Bộ Ngoại giao`. */
export const VIETNAMESE_MINISTRY_NAMES: readonly string[] = MINISTRIES.flatMap((m) =>
  m.vi.flatMap(dashedForms),
);

/** `Bộ trưởng Ngoại giao`, `Bộ trưởng Bộ Ngoại giao`, `Thứ trưởng Ngoại giao thứ nhất` … */
function ministerialTitles(): TitleEntry[] {
  const titles: TitleEntry[] = [];
  for (const rank of RANKS) {
    for (const ministry of MINISTRIES) {
      const forms = rank.vi.flatMap((head) =>
        ministry.vi.flatMap(dashedForms).flatMap((m) => {
          const base = [`${head} ${m}`, `${head} Bộ ${m}`];
          return rank.viSuffix ? base.map((f) => `${f} ${rank.viSuffix}`) : base;
        }),
      );
      titles.push({ forms, role: `${rank.en} of ${ministry.en}` });
    }
    if (!rank.viSuffix) titles.push({ forms: rank.vi, role: rank.en });
  }
  return titles;
}

const OTHER_TITLES: readonly TitleEntry[] = [
  { forms: ["Phó Thủ tướng Thường trực"], role: "Permanent Deputy Prime Minister" },
  {
    forms: ["Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Deputy Prime Minister"],
    role: "Deputy Prime Minister",
  },
  { forms: ["Thủ tướng", "Thủ tướng Chính phủ", "Prime Minister"], role: "Prime Minister" },
  { forms: ["PM"], role: "Prime Minister", exactCase: true },
  { forms: ["Deputy PM"], role: "Deputy Prime Minister", exactCase: true },
  { forms: ["Cố vấn Nhà nước", "State Counsellor", "State Counselor"], role: "State Counsellor" },
  { forms: ["Thủ tướng Quốc vụ viện", "Thủ tướng Quốc vụ viện Trung Quốc"], role: "Premier", country: "CN" },
  { forms: ["Premier"], role: "Premier" },
  { forms: ["Bộ trưởng Cao cấp", "Senior Minister"], role: "Senior Minister" },
  {
    forms: [
      "Ngoại trưởng",
      "Minister of Foreign Affairs",
      "Minister for Foreign Affairs",
      "Foreign Minister",
      "Foreign Affairs Minister",
    ],
    role: "Minister of Foreign Affairs",
  },
  {
    forms: ["Phó Ngoại trưởng", "Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"],
    role: "Deputy Minister of Foreign Affairs",
  },
  {
    forms: ["First Vice Foreign Minister", "First Vice Minister of Foreign Affairs"],
    role: "First Vice Minister of Foreign Affairs",
  },
  {
    forms: ["Vice Foreign Minister", "Vice Minister of Foreign Affairs"],
    role: "Vice Minister of Foreign Affairs",
  },
  {
    forms: ["External Affairs Minister", "Minister of External Affairs", "Minister for External Affairs"],
    role: "Minister of External Affairs",
    country: "IN",
  },
  { forms: ["Secretary of State"], role: "Secretary of State", country: "US" },
  {
    forms: ["Trợ lý Ngoại trưởng", "Assistant Secretary of State"],
    role: "Assistant Secretary of State",
    country: "US",
  },
  {
    forms: ["Quyền Trợ lý Ngoại trưởng", "Acting Assistant Secretary of State"],
    role: "Acting Assistant Secretary of State",
    country: "US",
  },
  { forms: ["Deputy Secretary of State"], role: "Deputy Secretary of State", country: "US" },
  { forms: ["Foreign Secretary"], role: "Foreign Secretary", country: "GB" },
  { forms: ["Secretary of Commerce", "Commerce Secretary"], role: "Secretary of Commerce", country: "US" },
  { forms: ["Secretary of Defense", "Defense Secretary"], role: "Secretary of Defense", country: "US" },
  {
    forms: ["Secretary of the Treasury", "Treasury Secretary"],
    role: "Secretary of the Treasury",
    country: "US",
  },
  { forms: ["Đại diện Thương mại", "Trade Representative"], role: "Trade Representative" },
  { forms: ["Trade Minister", "Minister of Trade", "Minister for Trade"], role: "Minister of Trade" },
  { forms: ["Commerce Minister", "Minister of Commerce"], role: "Minister of Commerce" },
  { forms: ["Economy Minister", "Minister of Economy"], role: "Minister of Economy" },
  { forms: ["Finance Minister", "Minister of Finance"], role: "Minister of Finance" },
  {
    forms: ["Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense"],
    role: "Minister of Defence",
  },
  {
    forms: ["Minister of Investment, Trade and Industry"],
    role: "Minister of Investment, Trade and Industry",
  },
  { forms: ["Minister of Economy, Trade and Industry"], role: "Minister of Economy, Trade and Industry" },
  {
    forms: [
      "Minister of Trade and Industry",
      "Minister for Trade and Industry",
      "Trade and Industry Minister",
    ],
    role: "Minister of Trade and Industry",
  },
  {
    forms: ["Minister of Industry and Trade", "Industry and Trade Minister"],
    role: "Minister of Industry and Trade",
  },
  { forms: ["Deputy Minister of Industry and Trade"], role: "Deputy Minister of Industry and Trade" },
  // A deputy of a listed office is named as such (`deputy defence minister Ivan Petrov`).
  {
    forms: [
      "Deputy Defence Minister",
      "Deputy Defense Minister",
      "Deputy Minister of Defence",
      "Deputy Minister of Defense",
    ],
    role: "Deputy Minister of Defence",
  },
  { forms: ["Deputy Trade Minister", "Deputy Minister of Trade"], role: "Deputy Minister of Trade" },
  { forms: ["Deputy Finance Minister", "Deputy Minister of Finance"], role: "Deputy Minister of Finance" },
  { forms: ["Minister"], role: "Minister", takesMinistry: true },
  { forms: ["Deputy Minister"], role: "Deputy Minister", takesMinistry: true },
  { forms: ["Vice Minister"], role: "Vice Minister", takesMinistry: true },
  { forms: ["Chủ tịch nước"], role: "President" },
  { forms: ["Phó Chủ tịch nước"], role: "Vice President" },
  { forms: ["Tổng thống", "President"], role: "President" },
  { forms: ["Phó Tổng thống", "Vice President"], role: "Vice President" },
  { forms: ["Chủ tịch"], role: "President", needsCountry: true },
  { forms: ["Tổng Bí thư", "General Secretary"], role: "General Secretary" },
  { forms: ["Chủ tịch Quốc hội"], role: "Chairman of the National Assembly" },
  { forms: ["Chủ tịch AIPA", "AIPA President", "President of AIPA"], role: "President of AIPA" },
  {
    forms: ["Chủ tịch Hạ viện", "Speaker of the House", "House Speaker"],
    role: "Speaker of the House of Representatives",
  },
  { forms: ["Chủ tịch Thượng viện"], role: "President of the Senate" },
  { forms: ["Phó Chủ tịch Quốc hội"], role: "Vice Chairman of the National Assembly" },
  {
    forms: ["Phó Chủ tịch thứ nhất Quốc hội", "First Vice President of the National Assembly"],
    role: "First Vice Chairman of the National Assembly",
  },
  { forms: ["Phó Thủ tướng thứ nhất", "First Deputy Prime Minister"], role: "First Deputy Prime Minister" },
  { forms: ["Phó Thủ tướng Quốc vụ viện", "Vice Premier"], role: "Vice Premier", country: "CN" },
  {
    forms: ["Ủy viên Quốc vụ", "State Councilor", "State Councillor"],
    role: "State Councilor",
    country: "CN",
  },
  {
    forms: ["Bộ trưởng Điều phối", "Coordinating Minister"],
    role: "Coordinating Minister",
    takesMinistry: true,
  },
  { forms: ["Minister of State"], role: "Minister of State" },
  { forms: ["Thái tử", "Crown Prince"], role: "Crown Prince" },
  { forms: ["Nhật hoàng", "Emperor"], role: "Emperor", country: "JP" },
  { forms: ["Nữ hoàng", "Queen"], role: "Queen" },
  { forms: ["Đặc phái viên", "Special Envoy"], role: "Special Envoy" },
  { forms: ["Trưởng đoàn", "Head of Delegation"], role: "Head of Delegation" },
  { forms: ["Trưởng SOM ASEAN", "ASEAN SOM Leader", "Head of ASEAN SOM"], role: "Head of ASEAN SOM" },
  { forms: ["Trưởng SOM", "SOM Leader"], role: "SOM Leader" },
  // Heads of a ministry's department (`Vụ trưởng Vụ ASEAN`, `Cục trưởng Cục Xúc tiến thương mại`).
  { forms: ["Vụ trưởng Vụ ASEAN"], role: "Director-General of the ASEAN Department" },
  { forms: ["Phó Vụ trưởng Vụ ASEAN"], role: "Deputy Director-General of the ASEAN Department" },
  {
    forms: ["Vụ trưởng Vụ Chính sách thương mại đa biên"],
    role: "Director-General of the Multilateral Trade Policy Department",
  },
  { forms: ["Cục trưởng Cục Xúc tiến thương mại"], role: "Director-General of the Trade Promotion Agency" },
  { forms: ["Director-General", "Director General", "Tổng Giám đốc"], role: "Director-General" },
  { forms: ["Executive Director"], role: "Executive Director" },
  { forms: ["Permanent Secretary"], role: "Permanent Secretary", takesMinistry: true },
  {
    forms: ["Đại diện thường trực", "Permanent Representative"],
    role: "Permanent Representative",
  },
  {
    forms: ["Thư ký báo chí Nhà Trắng", "White House Press Secretary", "White House press secretary"],
    role: "White House Press Secretary",
    country: "US",
  },
  {
    forms: ["Người phát ngôn", "Phát ngôn viên", "Spokesperson", "Spokesman", "Spokeswoman"],
    role: "Spokesperson",
  },
  {
    forms: [
      "Người phát ngôn Bộ Ngoại giao",
      "Foreign Ministry Spokesperson",
      "Foreign Ministry spokesperson",
    ],
    role: "Spokesperson of the Ministry of Foreign Affairs",
  },
  // Offices of Viet Nam's government and party that lead delegations.
  { forms: ["Chủ nhiệm Văn phòng Chính phủ"], role: "Chairman of the Government Office", country: "VN" },
  {
    forms: ["Phó Chủ nhiệm Văn phòng Chính phủ"],
    role: "Vice Chairman of the Government Office",
    country: "VN",
  },
  {
    forms: ["Chánh Văn phòng Trung ương Đảng"],
    role: "Chief of the Party Central Committee Office",
    country: "VN",
  },
  {
    forms: ["Phó Chánh Văn phòng Trung ương Đảng"],
    role: "Deputy Chief of the Party Central Committee Office",
    country: "VN",
  },
  { forms: ["Quốc vương", "Nhà vua", "King"], role: "King" },
  {
    forms: [
      "Tổng Thư ký ASEAN",
      "Tổng thư ký Hiệp hội các quốc gia Đông Nam Á",
      "Secretary-General of ASEAN",
      "ASEAN Secretary-General",
      "Secretary General of ASEAN",
      "ASEAN Secretary General",
    ],
    role: "Secretary-General of ASEAN",
    international: true,
  },
  {
    // A deputy is seconded by a member state and keeps that state (no `international`).
    forms: [
      "Phó Tổng Thư ký ASEAN",
      "Phó Tổng thư ký Hiệp hội các quốc gia Đông Nam Á",
      "Deputy Secretary-General of ASEAN",
      "ASEAN Deputy Secretary-General",
      "Deputy Secretary General of ASEAN",
      "ASEAN Deputy Secretary General",
    ],
    role: "Deputy Secretary-General of ASEAN",
  },
  {
    forms: [
      "Tổng Thư ký Liên hợp quốc",
      "Tổng Thư ký LHQ",
      "Secretary-General of the United Nations",
      "UN Secretary-General",
      "United Nations Secretary-General",
    ],
    role: "Secretary-General of the United Nations",
    international: true,
  },
  {
    forms: [
      "AMRO Director",
      "Director of AMRO",
      "Giám đốc AMRO",
      "Giám đốc Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3",
    ],
    role: "Director of AMRO",
    international: true,
  },
  { forms: ["Giám đốc Trung tâm WTO và Hội nhập"], role: "Director of the WTO and Integration Center" },
  { forms: ["Đại sứ", "Ambassador"], role: "Ambassador" },
  {
    forms: ["Đại sứ Đặc mệnh Toàn quyền", "Ambassador Extraordinary and Plenipotentiary"],
    role: "Ambassador Extraordinary and Plenipotentiary",
  },
  // `Đại sứ, Trưởng Phái đoàn Việt Nam tại ASEAN …`: the head of a permanent mission.
  { forms: ["Trưởng Phái đoàn", "Head of Mission", "Chief of Mission"], role: "Head of Mission" },
  {
    forms: [
      "Permanent Secretary of the Foreign Ministry",
      "Permanent Secretary of the Ministry of Foreign Affairs",
    ],
    role: "Permanent Secretary of the Ministry of Foreign Affairs",
  },
  { forms: ["Assistant Minister"], role: "Assistant Minister", takesMinistry: true },
  { forms: ["Union Minister"], role: "Union Minister", takesMinistry: true },
  { forms: ["Secretary"], role: "Secretary", takesMinistry: true },
  // `Yasir Naqvi, Canada's Parliamentary Secretary to the Minister of International Trade`.
  { forms: ["Parliamentary Secretary"], role: "Parliamentary Secretary" },
  {
    forms: ["Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"],
    role: "President of the Viet Nam Union of Friendship Organisations",
    country: "VN",
  },
  {
    forms: ["Trợ lý Thủ tướng", "Trợ lý Thủ tướng Chính phủ"],
    role: "Assistant to the Prime Minister",
    country: "VN",
  },
  { forms: ["Đại tướng", "General", "Gen."], role: "General" },
  { forms: ["Thượng tướng"], role: "Colonel General" },
  { forms: ["Trung tướng"], role: "Lieutenant General" },
  { forms: ["Thiếu tướng"], role: "Major General" },
  { forms: ["Đại tá"], role: "Colonel" },
  { forms: ["Senior General", "Senior Gen.", "Thống tướng"], role: "Senior General" },
  {
    forms: ["Secretary of Foreign Affairs", "Foreign Affairs Secretary"],
    role: "Secretary of Foreign Affairs",
  },
  { forms: ["Senator", "Thượng nghị sĩ"], role: "Senator" },
  // Officials below a minister (`Undersecretary Ana Cruz of the DSWD`, `DSWD Assistant Secretary …`).
  { forms: ["Undersecretary", "Under Secretary", "Under-Secretary"], role: "Undersecretary" },
  { forms: ["Assistant Secretary"], role: "Assistant Secretary" },
  { forms: ["Deputy Assistant Secretary"], role: "Deputy Assistant Secretary", takesMinistry: true },
  { forms: ["Director"], role: "Director" },
  // Indonesian companies' chief executive (`ANTARA's President Director …`).
  { forms: ["President Director"], role: "President Director" },
  {
    forms: ["Chargé d'Affaires", "Chargé d’Affaires", "Charge d'Affaires", "Charge d’Affaires"],
    role: "Chargé d'Affaires",
  },
  {
    forms: ["Minister of State for External Affairs"],
    role: "Minister of State for External Affairs",
    country: "IN",
  },
  {
    forms: [
      "Minister Attached to the Prime Minister's Office",
      "Minister Attached to the Prime Minister’s Office",
    ],
    role: "Minister Attached to the Prime Minister's Office",
  },
  { forms: ["Deputy Governor"], role: "Deputy Governor" },
  // A leader's entourage and lawmakers as the Korean press names them (`first lady Kim …`,
  // `Rep. Jung …`, `floor leader Kim …`, `presidential chief of staff Kang …`).
  { forms: ["first lady"], role: "First Lady" },
  { forms: ["Rep."], role: "Representative", exactCase: true },
  { forms: ["floor leader"], role: "Floor Leader" },
  { forms: ["chief of staff"], role: "Chief of Staff" },
  { forms: ["National Security Advisor", "National Security Adviser"], role: "National Security Advisor" },
  { forms: ["Colonel", "Col."], role: "Colonel" },
  // Heads of Viet Nam's state bodies that travel with its leaders.
  { forms: ["Thống đốc Ngân hàng Nhà nước"], role: "Governor of the State Bank", country: "VN" },
  {
    forms: ["Chủ nhiệm Ủy ban Dân tộc"],
    role: "Chairman of the Committee for Ethnic Minority Affairs",
    country: "VN",
  },
  {
    forms: ["Tổng Giám đốc Đài Tiếng nói Việt Nam"],
    role: "General Director of the Voice of Vietnam",
    country: "VN",
  },
  {
    forms: ["Tổng Giám đốc Thông tấn xã Việt Nam"],
    role: "General Director of the Vietnam News Agency",
    country: "VN",
  },
  {
    forms: ["Tổng Giám đốc Đài Truyền hình Việt Nam"],
    role: "General Director of Vietnam Television",
    country: "VN",
  },
  {
    forms: ["Người phát ngôn Điện Kremlin", "Kremlin spokesman", "Kremlin spokesperson", "Kremlin Spokesman"],
    role: "Kremlin Spokesperson",
    country: "RU",
  },
  { forms: ["Trợ lý Điện Kremlin", "Kremlin aide"], role: "Kremlin Aide", country: "RU" },
  {
    forms: [
      "High Representative for Foreign Affairs and Security Policy",
      "EU High Representative",
      "Đại diện cấp cao EU",
    ],
    role: "High Representative for Foreign Affairs and Security Policy",
    country: "EU",
  },
  {
    forms: ["Chủ tịch Hội đồng châu Âu", "President of the European Council", "European Council President"],
    role: "President of the European Council",
    country: "EU",
  },
  {
    forms: [
      "Chủ tịch Ủy ban châu Âu",
      "President of the European Commission",
      "European Commission President",
    ],
    role: "President of the European Commission",
    country: "EU",
  },
  {
    forms: [
      "Giám đốc Quỹ tiền tệ quốc tế (IMF)",
      "Giám đốc Quỹ Tiền tệ Quốc tế",
      "Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF)",
      "Tổng Giám đốc Quỹ Tiền tệ Quốc tế",
      "Giám đốc IMF",
      "Tổng Giám đốc IMF",
      "IMF Managing Director",
      "Managing Director of the IMF",
      "Managing Director of the International Monetary Fund",
    ],
    role: "Managing Director of the IMF",
    international: true,
  },
];

const CAPITALISED = /^\p{Lu}/u;

/**
 * `Head of Philippine Delegation William Dar`, `Head of the Vietnamese delegation X`: the head of
 * a country's delegation, the country from its demonym (the demonyms of ASEAN's members and
 * dialogue partners).
 */
function delegationHeads(): TitleEntry[] {
  return COUNTRIES.filter((c) => c.aseanMember || c.dialoguePartner).flatMap((c) =>
    c.demonyms
      .filter((d) => CAPITALISED.test(d))
      .map((d) => ({
        forms: [`Head of ${d} Delegation`, `Head of the ${d} Delegation`, `Head of the ${d} delegation`],
        role: "Head of Delegation",
        country: c.code,
      })),
  );
}

/** Every title the people extractor recognises. */
export const TITLES: readonly TitleEntry[] = [...ministerialTitles(), ...OTHER_TITLES, ...delegationHeads()];

/**
 * Official English forms of a generic role in one country: the United States has a Secretary
 * of State, not a Minister of Foreign Affairs; China's and Thailand's trade ministries are
 * ministries of commerce.
 */
export const ROLE_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: {
    "Minister of Foreign Affairs": "Secretary of State",
    "Deputy Minister of Foreign Affairs": "Deputy Secretary of State",
    "Minister of Trade": "Secretary of Commerce",
    "Minister of Commerce": "Secretary of Commerce",
    "Minister of Defence": "Secretary of Defense",
    "Minister of Finance": "Secretary of the Treasury",
  },
  GB: { "Minister of Foreign Affairs": "Foreign Secretary" },
  JP: { "Minister of Economy": "Minister of Economy, Trade and Industry" },
  CN: { "Prime Minister": "Premier", "Minister of Trade": "Minister of Commerce" },
  LA: {
    "Minister of Industry and Trade": "Minister of Industry and Commerce",
    "Deputy Minister of Industry and Trade": "Deputy Minister of Industry and Commerce",
  },
  TH: { "Minister of Trade": "Minister of Commerce" },
  KH: { "Minister of Trade": "Minister of Commerce" },
  MM: { "Minister of Trade": "Minister of Commerce" },
  IN: {
    "Minister of Foreign Affairs": "Minister of External Affairs",
    "Minister of Trade": "Minister of Commerce and Industry",
    "Minister of Industry and Trade": "Minister of Commerce and Industry",
  },
};

/**
 * Words (folded) that, right before a title, show it names a meeting or a group rather than
 * one person (`Hội nghị Bộ trưởng Ngoại giao ASEAN`, `các Bộ trưởng`), or make it a different,
 * lesser office than the one listed (`Phó Chủ tịch Quốc hội`, `Trợ lý Ngoại trưởng`,
 * `Deputy Trade Representative`): no role would be right, so no person is read from it.
 */
export const NOT_A_PERSON_BEFORE_TITLE = [
  "hoi nghi",
  "cuoc hop",
  "dien dan",
  "tham van",
  "cac",
  "nhung",
  "cap",
  "chuc",
  "ghe",
  "meeting of",
  "pho",
  "tro ly",
  "assistant",
  "deputy",
  "vice",
] as const;

/**
 * Words (as printed, lower case) that, right before a title, say the person no longer holds it
 * (`cựu Thủ tướng`, `nguyên Bộ trưởng`, `former Prime Minister`): the person is still named,
 * without the role.
 */
export const FORMER_BEFORE_TITLE = ["cựu", "nguyên", "former", "late", "ex-"] as const;

/** Words between a title and a name that introduce the name (`…, ông Zafrul Abdul Aziz`). */
export const NAME_INTRODUCERS = [
  "ông",
  "bà",
  "ngài",
  "H.E.",
  "His Excellency",
  "Her Excellency",
  "Mr.",
  "Mr",
  "Ms.",
  "Ms",
  "Mrs.",
  "Mrs",
  "Dr.",
  "Dr",
  "Prof.",
  "Professor",
  "TS.",
  "TS",
  "ThS.",
  "PGS.TS",
  "PGS.TS.",
  "PGS",
  "GS.TS",
  "GS.TS.",
  "GS.",
  "GS",
  "Tiến sĩ",
  "Tiến sỹ",
  "Giáo sư",
  // Malaysian, Bruneian, Cambodian and Myanmar honorifics, not part of the name.
  "Tan Sri",
  "Datuk Seri",
  "Dato' Seri",
  "Dato' Sri",
  "Dato Sri",
  "Datuk",
  "Dato'",
  "Dato’",
  "Dato’ Seri",
  "Dato’ Sri",
  "Dato",
  "Hajah",
  "Haji",
  "Hj.",
  "Hj",
  "Datu Seri",
  "Dato Seri",
  // Bruneian ranks of the title `Dato` (`Dato Seri Paduka Haji …`, `Dato Paduka …`).
  "Dato Seri Paduka",
  "Dato Paduka",
  "Seri Paduka",
  "Paduka",
  "Pehin",
  "Honorable",
  "Honourable",
  "Hon'ble",
  // Military ranks before a name (`Adm Dong Jun`, `… Minister of National Defense General Wei Fenghe`).
  "Adm",
  "Adm.",
  "Gen",
  "General",
  "Admiral",
  "Tun",
  // Longer forms first: `Samdech Pichey Sena Tea Banh` is Tea Banh.
  "Samdech Akka Moha Sena Padei Techo",
  "Akka Moha Sena Padei Techo",
  "Samdech Pichey Sena",
  "Samdech",
  "Samdech Techo",
  // Cambodian honorary titles of senior ministers (`Kitte Sangahak Bandith Kun Kim`), as printed.
  "Kitti Sangaha Bandit",
  "Kitte Sangahak Bandith",
  "Kittisangahak Pandita",
  "Kittisangaha Pandita",
  "Kitti Settha Pandita",
  "Kittiprittbindit",
  "Lok Chumteav",
  "Daw",
  // Australian and New Zealand forms of address (`Senator the Hon Tim Ayres`).
  "Senator",
  // Indian and Gulf forms of address (`Shri Rajnath Singh`, `Sheikh Sabah Khaled Al Hamad Al Sabah`).
  "Shri",
  "Sheikh",
  "the Hon",
  "the Hon.",
  "Hon",
  "Hon.",
] as const;

/**
 * Lower-case nouns that describe someone quoted by name (`chuyên gia Lê Văn A`, `analyst
 * John Doe`): the name is a person, with no role or country from the noun.
 */
export const NAME_DESCRIPTORS = [
  "chuyên gia",
  "nhà nghiên cứu",
  "nhà phân tích",
  "học giả",
  "nhà kinh tế",
  "analyst",
  "expert",
  "researcher",
  "scholar",
  "economist",
  "professor",
  "lecturer",
  "spokesman",
  "spokeswoman",
  "correspondent",
  "phu nhân",
] as const;

/**
 * Words an English ministry's name is made of, for `Minister of <ministry> <Name>` where only
 * the vocabulary tells where the ministry ends and the name begins.
 */
export const ENGLISH_MINISTRY_WORDS = [
  "Foreign",
  "Affairs",
  "External",
  "International",
  "Cooperation",
  "Trade",
  "Industry",
  "Commerce",
  "Economy",
  "Economic",
  "Development",
  "Export",
  "Promotion",
  "Investment",
  "Finance",
  "Planning",
  "National",
  "Energy",
  "Mines",
  "Mineral",
  "Resources",
  "Natural",
  "Environment",
  "Agriculture",
  "Forestry",
  "Fisheries",
  "Digital",
  "Information",
  "Communications",
  "Communication",
  "Informatics",
  "Technology",
  "Science",
  "Innovation",
  "Transport",
  "Transportation",
  "Infocommunications",
  "Telecommunications",
  "Tourism",
  "Defence",
  "Defense",
  "Home",
  "Interior",
  "Justice",
  "Health",
  "Education",
  "Labour",
  "Labor",
  "Enterprise",
  "Small",
  "Business",
  "Public",
  "Works",
  "Infrastructure",
  // Indonesia's Coordinating Minister for Political, Legal and Security Affairs.
  "Political",
  "Legal",
  "Security",
  "Maritime",
  "Human",
  "Social",
  // `UK Minister for Asia`, `Minister of State for the Indo-Pacific`.
  "Asia",
  "Pacific",
  "Indo-Pacific",
  "Europe",
  "Americas",
  "Manpower",
  // Portfolios of social and cultural ministries (`Minister of Tourism, Arts, and Culture, Mr. …`,
  // `Secretary of Health and Human Services`).
  "Arts",
  "Culture",
  "Services",
  "Sports",
  "Sport",
  "Youth",
  "Women",
  "Family",
  "Welfare",
  "Heritage",
  "Housing",
  "Rural",
  "Religious",
] as const;

/**
 * Countries whose officials' names the press may print with the family name in capitals
 * (`ABE Shinzo`, `KANG Kyung-wha`, `WANG Yi`), and where the family name goes in the canonical
 * form: last for Japanese names (given name first), first for Korean and Chinese ones.
 */
export const FAMILY_NAME_IN_CAPITALS: Readonly<Record<string, "first" | "last">> = {
  JP: "last",
  KR: "first",
  CN: "first",
};

/** Countries whose names are written family name first in the canonical form (`Park Jin`, `Wang Yi`, `Hun Manet`). */
export const FAMILY_NAME_FIRST_COUNTRIES = ["CN", "KR", "KP", "KH", "TW", "HK"] as const;

/** Lower-case particles allowed inside a foreign name (`Ursula von der Leyen`). */
export const NAME_PARTICLES = [
  "bin",
  "binti",
  "bint",
  "von",
  "van",
  "der",
  "de",
  "da",
  "del",
  "la",
  "al",
  "dos",
  "do",
] as const;

/**
 * Capitalised words that cannot open a person's name right after a title: clause openers, time
 * words and organisation heads (`Bộ trưởng Ngoại giao Tại …` never names anyone `Tại`).
 */
/**
 * Words of institutions and states, never part of a person's name: a capitalised run holding
 * one (`Democratic Republic`, `Fiscal Policy Office`) is an institution's name.
 */
export const INSTITUTION_WORDS = [
  "Republic",
  "Democratic",
  "Kingdom",
  "Office",
  "Ministry",
  "Department",
  "Division",
  "Bureau",
  "Council",
  "Committee",
  "Commission",
  "Agency",
  "Bank",
  "University",
  "Institute",
  "Secretariat",
  "Federation",
  "Organisation",
  "Organization",
  "Association",
  "Government",
  "Parliament",
  "Policy",
  "Forum",
  "Summit",
  "Meeting",
  "Conference",
  "Ministerial",
  "Assembly",
  "Congress",
  "Senate",
  "Authority",
  "Centre",
  "Center",
  "Corporation",
  "Foundation",
] as const;

export const NOT_NAME_WORDS = [
  "Tại",
  "Về",
  "Ở",
  "Trong",
  "Theo",
  "Sau",
  "Với",
  "Các",
  "Những",
  "Đây",
  "Đó",
  "Hội",
  "Ủy",
  "Bộ",
  "Ban",
  "Chính",
  "Nhà",
  "Tổng",
  "Phó",
  "Thủ",
  // `Trưởng phái đoàn`: the head of a delegation, not a family name.
  "Trưởng",
  "Chủ",
  // `Prime Minister of Singapore, Chairman of …`: a second office after a comma, not a name.
  "Chairman",
  "Chairwoman",
  "Ngày",
  "Chiều",
  "Sáng",
  "Tối",
  "Hôm",
  "Năm",
  "Tháng",
  "Mekong",
  "The",
  "On",
  "In",
  "At",
  "And",
  "Of",
  "For",
  "With",
  "About",
  "Regarding",
  "From",
  "This",
  "That",
  "He",
  "She",
] as const;

/**
 * Verbs a Title Case headline puts right after a name (`Secretary Manalo Advances PH Priorities`,
 * `Minister Retno Calls for Unity`): never a later word of a name.
 */
export const HEADLINE_VERBS = [
  "Addresses",
  "Advances",
  "Affirms",
  "Arrives",
  "Attends",
  "Backs",
  "Calls",
  "Chairs",
  "Departs",
  "Discusses",
  "Emphasises",
  "Emphasizes",
  "Expresses",
  "Hails",
  "Highlights",
  "Holds",
  "Joins",
  "Launches",
  "Leads",
  "Leaves",
  "Meets",
  "Opens",
  "Proposes",
  "Pushes",
  "Reaffirms",
  "Receives",
  "Says",
  "Seeks",
  "Signs",
  "Stresses",
  "Supports",
  "Tells",
  "Underlines",
  "Urges",
  "Visits",
  "Vows",
  "Warns",
  "Welcomes",
] as const;

/**
 * Capitalised words that do not belong to a person's name after a country's possessive
 * (`Vietnam's Foreign Ministry`, `Malaysia's Prime Minister`): a run containing one is no name.
 */
export const NOT_PERSON_AFTER_POSSESSIVE = [
  "Minister",
  "Ministry",
  "Ministers",
  "Foreign",
  "Prime",
  "President",
  "Deputy",
  "Vice",
  "Secretary",
  "Government",
  "National",
  "Defence",
  "Defense",
  "Armed",
  "Forces",
  "Army",
  "Navy",
  "Air",
  "Embassy",
  "Ambassador",
  "Department",
  "Office",
  "Council",
  "Parliament",
  "Senate",
  "House",
  "Party",
  "Central",
  "Bank",
  "State",
  "Royal",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Sultan",
  "General",
  "Admiral",
  "Lieutenant",
  "Colonel",
  "Commander",
  "Chief",
  "Director",
  "Head",
  "Trade",
  "Economic",
  "Economy",
  "Finance",
  "Agency",
  "News",
  "Times",
  "Post",
  "Daily",
  "Group",
  "Company",
  "Corporation",
  "University",
  "Institute",
  "Association",
  "Union",
  "Community",
  "Summit",
  "Meeting",
  "Forum",
  "ASEAN",
  "Asean",
  "Republic",
  "People",
  "Democratic",
  "Federation",
  "Kingdom",
] as const;
