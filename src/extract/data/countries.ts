/**
 * Country gazetteer: ISO 3166-1 alpha-2 (+ `EU`), names in Vietnamese and English, aliases and
 * demonyms. Matching is done on tone-canonical text (see normalize.ts), case-sensitive for
 * Vietnamese names (`Nga` is Russia, `nga` is not) — so names here are written as printed.
 * The table keeps to states an ASEAN-affairs text plausibly names; names that are mostly
 * something else in English (`Georgia`, `Jordan`, `Chad`) are left out on purpose.
 */
export interface CountryEntry {
  code: string;
  vi: string;
  en: string;
  /** Other surface forms that name the country (Vietnamese and English). */
  aliases: readonly string[];
  /** Adjectival forms that imply the country (`Russian Foreign Minister`). */
  demonyms: readonly string[];
  aseanMember: boolean;
  dialoguePartner: boolean;
  /** A territory with an ISO code (Hong Kong, Taiwan, Macao): looked up, never extracted. */
  territory: boolean;
}

const c = (
  code: string,
  vi: string,
  en: string,
  aliases: readonly string[] = [],
  demonyms: readonly string[] = [],
  flags: { asean?: boolean; partner?: boolean; territory?: boolean } = {},
): CountryEntry => ({
  code,
  vi,
  en,
  aliases,
  demonyms,
  aseanMember: flags.asean ?? false,
  dialoguePartner: flags.partner ?? false,
  territory: flags.territory ?? false,
});

const ASEAN = { asean: true } as const;
const PARTNER = { partner: true } as const;
const TERRITORY = { territory: true } as const;

export const COUNTRIES: readonly CountryEntry[] = [
  c("BN", "Brunei", "Brunei", ["Brunei Darussalam", "Bru-nây"], ["Bruneian"], ASEAN),
  c("KH", "Campuchia", "Cambodia", ["Cam-pu-chia", "Kingdom of Cambodia"], ["Cambodian"], ASEAN),
  c("ID", "Indonesia", "Indonesia", ["In-đô-nê-xi-a", "Inđônêxia"], ["Indonesian"], ASEAN),
  c("LA", "Lào", "Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Lao", "Laotian"], ASEAN),
  c("MY", "Malaysia", "Malaysia", ["Ma-lai-xi-a", "Malaixia"], ["Malaysian"], ASEAN),
  c("MM", "Myanmar", "Myanmar", ["Mi-an-ma", "Burma"], ["Burmese"], ASEAN),
  c(
    "PH",
    "Philippines",
    "Philippines",
    ["Phi-líp-pin", "Phi-lip-pin", "Philippin", "Phillipines", "Philipines"],
    ["Philippine", "Filipino"],
    ASEAN,
  ),
  c("SG", "Singapore", "Singapore", ["Xin-ga-po", "Xinhgapo", "Xinh-ga-po"], ["Singaporean"], ASEAN),
  c("TH", "Thái Lan", "Thailand", [], ["Thai"], ASEAN),
  c("VN", "Việt Nam", "Viet Nam", ["Vietnam", "VN"], ["Vietnamese"], ASEAN),
  c("TL", "Timor-Leste", "Timor-Leste", ["Đông Timor", "East Timor", "Timor Leste"], ["Timorese"], ASEAN),
  c(
    "AU",
    "Australia",
    "Australia",
    ["Úc", "Ô-xtrây-li-a", "Ốt-xtrây-li-a", "Oxtrâylia"],
    ["Australian"],
    PARTNER,
  ),
  c("CA", "Canada", "Canada", ["Ca-na-đa"], ["Canadian"], PARTNER),
  c("CN", "Trung Quốc", "China", ["Trung Hoa", "People's Republic of China", "PRC"], ["Chinese"], PARTNER),
  c("EU", "Liên minh châu Âu", "European Union", ["Liên minh Âu châu", "EU"], [], PARTNER),
  c("IN", "Ấn Độ", "India", [], ["Indian"], PARTNER),
  c("JP", "Nhật Bản", "Japan", ["Nhật"], ["Japanese"], PARTNER),
  c(
    "KR",
    "Hàn Quốc",
    "South Korea",
    ["Republic of Korea", "ROK", "RoK", "Korea", "Đại Hàn Dân Quốc", "Đại Hàn", "Nam Triều Tiên"],
    ["Korean", "South Korean"],
    PARTNER,
  ),
  c("NZ", "New Zealand", "New Zealand", ["Niu Di-lân", "Niu Dilân"], [], PARTNER),
  c("RU", "Nga", "Russia", ["Liên bang Nga", "Russian Federation"], ["Russian"], PARTNER),
  c(
    "GB",
    "Anh",
    "United Kingdom",
    ["Vương quốc Anh", "Liên hiệp Anh", "UK", "U.K.", "Britain", "Great Britain"],
    ["British"],
    PARTNER,
  ),
  c(
    "US",
    "Mỹ",
    "United States",
    ["Hoa Kỳ", "Hoa Kì", "USA", "U.S.A.", "U.S.", "US", "United States of America", "America"],
    ["American"],
    PARTNER,
  ),
  c(
    "KP",
    "Triều Tiên",
    "North Korea",
    ["CHDCND Triều Tiên", "Bắc Triều Tiên", "DPRK", "Democratic People's Republic of Korea"],
    ["North Korean"],
  ),
  c("TW", "Đài Loan", "Taiwan", ["Chinese Taipei"], ["Taiwanese"], TERRITORY),
  c("HK", "Hồng Kông", "Hong Kong", ["Hongkong"], [], TERRITORY),
  c("MO", "Ma Cao", "Macao", ["Macau", "Ma Cau"], [], TERRITORY),
  c("PK", "Pakistan", "Pakistan", [], ["Pakistani"]),
  c("BD", "Bangladesh", "Bangladesh", ["Băng-la-đét"], ["Bangladeshi"]),
  c("LK", "Sri Lanka", "Sri Lanka", ["Xri Lan-ca"], ["Sri Lankan"]),
  c("NP", "Nepal", "Nepal", ["Nê-pan"], ["Nepalese", "Nepali"]),
  c("BT", "Bhutan", "Bhutan", ["Bu-tan"], ["Bhutanese"]),
  c("MV", "Maldives", "Maldives", ["Man-đi-vơ"], ["Maldivian"]),
  c("MN", "Mông Cổ", "Mongolia", [], ["Mongolian"]),
  c("KZ", "Kazakhstan", "Kazakhstan", ["Ca-dắc-xtan"], ["Kazakh", "Kazakhstani"]),
  c("UZ", "Uzbekistan", "Uzbekistan", ["U-dơ-bê-ki-xtan"], ["Uzbek"]),
  c("PG", "Papua New Guinea", "Papua New Guinea", ["Pa-pua Niu Ghi-nê"], []),
  c("FJ", "Fiji", "Fiji", ["Phi-gi"], ["Fijian"]),
  c("TR", "Thổ Nhĩ Kỳ", "Türkiye", ["Turkey"], ["Turkish"]),
  c("AE", "Các Tiểu vương quốc Ả Rập Thống nhất", "United Arab Emirates", ["UAE"], ["Emirati"]),
  c("SA", "Ả Rập Xê-út", "Saudi Arabia", ["Arab Saudi", "Saudi"], ["Saudi Arabian"]),
  c("QA", "Qatar", "Qatar", ["Ca-ta"], ["Qatari"]),
  c("KW", "Kuwait", "Kuwait", ["Cô-oét"], ["Kuwaiti"]),
  c("BH", "Bahrain", "Bahrain", ["Ba-ranh"], ["Bahraini"]),
  c("OM", "Oman", "Oman", ["Ô-man"], ["Omani"]),
  c("IR", "Iran", "Iran", ["I-ran"], ["Iranian"]),
  c("IQ", "Iraq", "Iraq", ["I-rắc"], ["Iraqi"]),
  c("IL", "Israel", "Israel", ["I-xra-en", "Ixraen"], ["Israeli"]),
  c("PS", "Palestine", "Palestine", ["Pa-le-xtin"], ["Palestinian"]),
  c("SY", "Syria", "Syria", ["Xy-ri"], ["Syrian"]),
  c("EG", "Ai Cập", "Egypt", [], ["Egyptian"]),
  c("ZA", "Nam Phi", "South Africa", [], ["South African"]),
  c("NG", "Nigeria", "Nigeria", ["Ni-giê-ri-a"], ["Nigerian"]),
  c("KE", "Kenya", "Kenya", ["Kê-ni-a"], ["Kenyan"]),
  c("MA", "Ma-rốc", "Morocco", ["Maroc", "Morocco"], ["Moroccan"]),
  c("DE", "Đức", "Germany", [], ["German"]),
  c("FR", "Pháp", "France", [], ["French"]),
  c("IT", "Italy", "Italy", ["Ý", "Italia", "I-ta-li-a"], ["Italian"]),
  c("ES", "Tây Ban Nha", "Spain", [], ["Spanish"]),
  c("PT", "Bồ Đào Nha", "Portugal", [], ["Portuguese"]),
  c("NL", "Hà Lan", "Netherlands", ["Holland"], ["Dutch"]),
  c("BE", "Bỉ", "Belgium", [], ["Belgian"]),
  c("CH", "Thụy Sĩ", "Switzerland", [], ["Swiss"]),
  c("AT", "Cộng hòa Áo", "Austria", [], ["Austrian"]),
  c("IE", "Ireland", "Ireland", ["Ai-len", "Ai Len"], ["Irish"]),
  c("NO", "Na Uy", "Norway", [], ["Norwegian"]),
  c("SE", "Thụy Điển", "Sweden", [], ["Swedish"]),
  c("DK", "Đan Mạch", "Denmark", [], ["Danish"]),
  c("FI", "Phần Lan", "Finland", [], ["Finnish"]),
  c("PL", "Ba Lan", "Poland", [], ["Polish"]),
  c("CZ", "Séc", "Czechia", ["Cộng hòa Séc", "Czech Republic"], ["Czech"]),
  c("HU", "Hungary", "Hungary", ["Hung-ga-ri"], ["Hungarian"]),
  c("RO", "Romania", "Romania", ["Ru-ma-ni"], ["Romanian"]),
  c("GR", "Hy Lạp", "Greece", [], ["Greek"]),
  c("UA", "Ukraine", "Ukraine", ["U-crai-na", "Ucraina"], ["Ukrainian"]),
  c("BY", "Belarus", "Belarus", ["Bê-la-rút"], ["Belarusian"]),
  c("CU", "Cuba", "Cuba", ["Cu-ba"], ["Cuban"]),
  c("BR", "Brazil", "Brazil", ["Bra-xin", "Braxin"], ["Brazilian"]),
  c("AR", "Argentina", "Argentina", ["Ác-hen-ti-na", "Achentina"], ["Argentine", "Argentinian"]),
  c("CL", "Chile", "Chile", ["Chi-lê"], ["Chilean"]),
  c("PE", "Peru", "Peru", ["Pê-ru"], ["Peruvian"]),
  c("CO", "Colombia", "Colombia", ["Cô-lôm-bi-a"], ["Colombian"]),
  c("VE", "Venezuela", "Venezuela", ["Vê-nê-xu-ê-la"], ["Venezuelan"]),
  c("MX", "Mexico", "Mexico", ["Mê-hi-cô", "Mêhicô"], ["Mexican"]),
];

/**
 * Surface forms that contain a country name but are not a country: regions, seas, bodies, places
 * in Viet Nam, and words or names that happen to begin with a country name. They are matched
 * case-insensitively and win over any shorter name they contain.
 */
export const NOT_COUNTRIES: readonly string[] = [
  // Regions and seas.
  "Ấn Độ Dương",
  "Ấn Độ - Thái Bình Dương",
  "Indian Ocean",
  "Indo-Pacific",
  "Indo-China",
  "Bán đảo Triều Tiên",
  "Korean Peninsula",
  "Biển Đông",
  "Biển Hoa Đông",
  "Biển Nhật Bản",
  "South China Sea",
  "East China Sea",
  "Sea of Japan",
  "Philippine Sea",
  "Đông Nam Á",
  "Đông Á",
  "Nam Á",
  "Trung Á",
  "Southeast Asia",
  "East Asia",
  "Trung Đông",
  "Middle East",
  "châu Mỹ",
  "Mỹ Latinh",
  "Mỹ La-tinh",
  "Latin America",
  "South America",
  "North America",
  "Central America",
  "Nam Mỹ",
  "Bắc Mỹ",
  "Trung Mỹ",
  "Thái Bình Dương",
  "Pacific",
  // Organisations.
  "Liên minh Kinh tế Á - Âu",
  "Eurasian Economic Union",
  // Currency and index symbols.
  "US$",
  "VN-Index",
  // Places in Viet Nam whose name begins with a country name.
  "Lào Cai",
  "Lao Cai",
  "Lao Bảo",
  "Mỹ Tho",
  "Mỹ Đình",
  "Mỹ Sơn",
  "Mỹ Khê",
  "Mỹ Lai",
  "Mỹ Thuận",
  "Nga Sơn",
  "Anh Sơn",
  "Kỳ Anh",
  "Đức Phổ",
  "Đức Trọng",
  "Đức Hòa",
  "Đức Linh",
  "Đức Cơ",
  "Đức Thọ",
  "Nhật Tân",
  "Nhật Lệ",
  // Vietnamese words that begin with a one-syllable country name.
  "tiếng Anh",
  "Anh ngữ",
  "Anh ấy",
  "Lao động",
  "Chủ nhật",
  "Nhật ký",
  "Pháp luật",
  "Pháp lý",
  "Pháp quyền",
  "Pháp chế",
  "Pháp nhân",
  "Pháp lệnh",
  "Pháp điển",
  "Đức tin",
  "Đức Phật",
  "Đức Giáo hoàng",
  "Đức Thánh Cha",
  "Ý kiến",
  "Ý tưởng",
  "Ý nghĩa",
  "Ý thức",
  "Ý chí",
  "Ý định",
  "Ý đồ",
  "Ý muốn",
  "Ý nguyện",
  "Washington Post",
  "Washington Times",
  "Washington DC",
  "Washington D.C.",
  "Đại học Bắc Kinh",
  "Beijing University",
  "Moscow State University",
];

/**
 * Capitals the press uses for their governments (`Washington cam kết …`, `Beijing's claims`).
 * They name the country only when they are not the place of something: never after a word
 * of place or movement (see PLACE_WORDS_BEFORE_CAPITAL).
 */
export const CAPITALS_FOR_GOVERNMENTS: readonly { code: string; forms: readonly string[] }[] = [
  { code: "US", forms: ["Washington"] },
  { code: "CN", forms: ["Bắc Kinh", "Beijing"] },
  { code: "RU", forms: ["Mát-xcơ-va", "Matxcơva", "Moscow"] },
];

/** Words (lower case) after which a capital is a place, not a government. */
export const PLACE_WORDS_BEFORE_CAPITAL: readonly string[] = [
  "tại",
  "ở",
  "đến",
  "tới",
  "thăm",
  "từ",
  "sang",
  "đô",
  "in",
  "at",
  "to",
  "from",
  "near",
  "visit",
  "visited",
  "visiting",
  "capital",
  "of",
];

/**
 * The one-syllable forms Vietnamese press uses for a country inside a dashed compound of
 * countries (`quan hệ Mỹ-Trung`, `Ngoại trưởng Hàn-Trung-Nhật`, `hợp tác Việt-Lào`); alone
 * they are ordinary words or names.
 */
export const COMPOUND_SHORT_FORMS: Readonly<Record<string, string>> = {
  Trung: "CN",
  Hàn: "KR",
  Việt: "VN",
  Ấn: "IN",
  Thái: "TH",
  Triều: "KP",
};

/** Words before a compound that make it a pair of languages (`từ điển Việt-Anh`), not countries. */
export const LANGUAGE_WORDS: readonly string[] = ["tiếng", "từ điển", "dịch", "song ngữ", "phụ đề"];

/**
 * One-syllable Vietnamese country names that are also given names (`Nguyễn Tuấn Anh`,
 * `Nguyễn Sinh Nhật Tân`, `ông Nga`): preceded by a name they are read as part of it.
 */
export const NAME_LIKE_COUNTRY_WORDS: readonly string[] = [
  "Anh",
  "Nga",
  "Mỹ",
  "Nhật",
  "Lào",
  "Úc",
  "Đức",
  "Pháp",
  "Ý",
  "Bỉ",
  "Séc",
];

/**
 * Capitalised words that may stand right before a country name inside a title or an
 * organisation's name (`Bộ Ngoại Giao Nga`, `Quốc Hội Anh`): not a person's name.
 */
export const COUNTRY_PRECEDERS: readonly string[] = [
  "Giao",
  "Thương",
  "Hội",
  "Phủ",
  "Quốc",
  "Vụ",
  "Bộ",
  "Sứ",
  "Quán",
  "Viện",
  "Ban",
  "Tế",
  "Mại",
  "Trưởng",
  "Tướng",
  "Thống",
  "Tịch",
  "Đoàn",
  "Đạo",
  "Phòng",
  "Chính",
  "Gia",
  "Quân",
  "Đội",
  "Nghị",
  "Đồng",
  "Nước",
  "Phía",
  "Tại",
  "Với",
  "Và",
  "Của",
  "Từ",
  "Cùng",
  "Giữa",
  "Sang",
  "Đến",
  "Như",
  "Cả",
];
