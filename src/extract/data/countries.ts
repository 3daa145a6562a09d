/**
 * Country gazetteer: ISO 3166-1 alpha-2 (+ `EU`), names in Vietnamese and English, aliases and
 * demonyms. Matching is done on tone-canonical text (see normalize.ts), case-sensitive for
 * Vietnamese names (`Nga` is Russia, `nga` is not) — so names here are written as printed.
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
}

const c = (
  code: string,
  vi: string,
  en: string,
  aliases: readonly string[] = [],
  demonyms: readonly string[] = [],
  flags: { asean?: boolean; partner?: boolean } = {},
): CountryEntry => ({
  code,
  vi,
  en,
  aliases,
  demonyms,
  aseanMember: flags.asean ?? false,
  dialoguePartner: flags.partner ?? false,
});

const ASEAN = { asean: true } as const;
const PARTNER = { partner: true } as const;

export const COUNTRIES: readonly CountryEntry[] = [
  c("BN", "Brunei", "Brunei", ["Brunei Darussalam"], ["Bruneian"], ASEAN),
  c("KH", "Campuchia", "Cambodia", ["Cam-pu-chia", "Kingdom of Cambodia"], ["Cambodian"], ASEAN),
  c("ID", "Indonesia", "Indonesia", ["In-đô-nê-xi-a"], ["Indonesian"], ASEAN),
  c("LA", "Lào", "Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Lao", "Laotian"], ASEAN),
  c("MY", "Malaysia", "Malaysia", ["Ma-lai-xi-a"], ["Malaysian"], ASEAN),
  c("MM", "Myanmar", "Myanmar", ["Mi-an-ma", "Burma"], ["Myanmar's", "Burmese"], ASEAN),
  c(
    "PH",
    "Philippines",
    "Philippines",
    ["Phi-líp-pin", "Philippin", "Phillipines", "Philipines"],
    ["Philippine", "Filipino"],
    ASEAN,
  ),
  c("SG", "Singapore", "Singapore", ["Xin-ga-po", "Xinhgapo"], ["Singaporean"], ASEAN),
  c("TH", "Thái Lan", "Thailand", [], ["Thai"], ASEAN),
  c("VN", "Việt Nam", "Viet Nam", ["Vietnam", "Viet Nam", "VN"], ["Vietnamese"], ASEAN),
  c("TL", "Timor-Leste", "Timor-Leste", ["Đông Timor", "East Timor", "Timor Leste"], ["Timorese"], ASEAN),
  c("AU", "Australia", "Australia", ["Úc", "Ô-xtrây-li-a"], ["Australian"], PARTNER),
  c("CA", "Canada", "Canada", ["Ca-na-đa"], ["Canadian"], PARTNER),
  c("CN", "Trung Quốc", "China", ["People's Republic of China", "PRC"], ["Chinese"], PARTNER),
  c("EU", "Liên minh châu Âu", "European Union", ["Liên minh Châu Âu", "EU"], [], PARTNER),
  c("IN", "Ấn Độ", "India", [], ["Indian"], PARTNER),
  c("JP", "Nhật Bản", "Japan", ["Nhật"], ["Japanese"], PARTNER),
  c(
    "KR",
    "Hàn Quốc",
    "South Korea",
    ["Republic of Korea", "ROK", "Korea", "Đại Hàn Dân Quốc"],
    ["Korean", "South Korean"],
    PARTNER,
  ),
  c("NZ", "New Zealand", "New Zealand", ["Niu Di-lân"], ["New Zealand's"], PARTNER),
  c("RU", "Nga", "Russia", ["Liên bang Nga", "Russian Federation"], ["Russian"], PARTNER),
  c(
    "GB",
    "Anh",
    "United Kingdom",
    ["Vương quốc Anh", "UK", "U.K.", "Britain", "Great Britain"],
    ["British"],
    PARTNER,
  ),
  c(
    "US",
    "Mỹ",
    "United States",
    ["Hoa Kỳ", "Hoa Kì", "USA", "U.S.", "US", "United States of America", "America"],
    ["American"],
    PARTNER,
  ),
  c(
    "KP",
    "Triều Tiên",
    "North Korea",
    ["CHDCND Triều Tiên", "DPRK", "Democratic People's Republic of Korea"],
    ["North Korean"],
  ),
  c("TW", "Đài Loan", "Taiwan", [], ["Taiwanese"]),
  c("HK", "Hồng Kông", "Hong Kong", ["Hong Kong, China", "Hồng Kông (Trung Quốc)"], []),
  c("PK", "Pakistan", "Pakistan", [], ["Pakistani"]),
  c("BD", "Bangladesh", "Bangladesh", [], ["Bangladeshi"]),
  c("LK", "Sri Lanka", "Sri Lanka", [], ["Sri Lankan"]),
  c("MN", "Mông Cổ", "Mongolia", [], ["Mongolian"]),
  c("TR", "Thổ Nhĩ Kỳ", "Türkiye", ["Turkey"], ["Turkish"]),
  c("AE", "Các Tiểu vương quốc Ả Rập Thống nhất", "United Arab Emirates", ["UAE"], ["Emirati"]),
  c("SA", "Ả Rập Xê-út", "Saudi Arabia", ["Saudi Arabia", "Arab Saudi"], ["Saudi"]),
  c("QA", "Qatar", "Qatar", [], ["Qatari"]),
  c("BR", "Brazil", "Brazil", ["Bra-xin"], ["Brazilian"]),
  c("ZA", "Nam Phi", "South Africa", [], ["South African"]),
  c("DE", "Đức", "Germany", [], ["German"]),
  c("FR", "Pháp", "France", [], ["French"]),
  c("IT", "Italy", "Italy", ["I-ta-li-a"], ["Italian"]),
  c("NL", "Hà Lan", "Netherlands", [], ["Dutch"]),
  c("CH", "Thụy Sĩ", "Switzerland", [], ["Swiss"]),
  c("NO", "Na Uy", "Norway", [], ["Norwegian"]),
  c("CL", "Chile", "Chile", ["Chi-lê"], ["Chilean"]),
  c("PE", "Peru", "Peru", ["Pê-ru"], ["Peruvian"]),
  c("MX", "Mexico", "Mexico", ["Mê-hi-cô"], ["Mexican"]),
];

/** Surface forms that look like a country name but are not a country (regions, seas, bodies). */
export const NOT_COUNTRIES: readonly string[] = [
  "Ấn Độ Dương",
  "Ấn Độ - Thái Bình Dương",
  "Ấn Độ-Thái Bình Dương",
  "Indian Ocean",
  "Indo-Pacific",
  "Bán đảo Triều Tiên",
  "Korean Peninsula",
  "Liên minh Kinh tế Á - Âu",
  "Liên minh Kinh tế Á-Âu",
  "Eurasian Economic Union",
  "Biển Đông",
  "Biển Hoa Đông",
  "South China Sea",
  "East Sea",
  "Đông Nam Á",
  "Đông Á",
  "Nam Á",
  "Southeast Asia",
  "East Asia",
  "Trung Đông",
  "Middle East",
  "Mỹ Latinh",
  "Latin America",
  "Nam Mỹ",
  "Bắc Mỹ",
  "Thái Bình Dương",
  "Pacific",
];
