/**
 * Agreement catalog: trade agreements, financial and energy initiatives, treaties and political
 * frameworks an ASEAN-affairs text refers to, keyed by their established acronym (DESIGN.md §2).
 * The table seeds the database (names, aliases, kind, parties) and drives extraction:
 * `acronyms` are matched case-sensitively as whole tokens, `aliases` (and the names) on folded
 * text with any spacing or dash between the parties. Declarations, joint statements, plans of
 * action and vision documents are deliberately absent, except the ones the catalog lists (DOC,
 * AOIP) because the region treats them as its governing instruments.
 */
import type { AgreementKind } from "../types.ts";

export interface AgreementEntry {
  /** Catalog code: the established acronym, upper case, `_` for spaces. */
  code: string;
  nameVi: string;
  nameEn: string;
  /** Acronyms as printed; matched case-sensitively as whole tokens. */
  acronyms: readonly string[];
  /**
   * Every other name: the acronyms, then Vietnamese and English names and descriptive forms
   * (matched on folded text, any spacing or dash between words).
   */
  aliases: readonly string[];
  kind: AgreementKind;
  /** Country codes (`EU` included) or `ASEAN` for the bloc as a whole. */
  parties: readonly string[];
}

interface AgreementSpec extends Omit<AgreementEntry, "aliases"> {
  aliases: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

/** Flattens the Vietnamese and English aliases (after the acronyms), without duplicates. */
function entry(spec: AgreementSpec): AgreementEntry {
  const names = [...spec.acronyms, ...spec.aliases.vi, ...spec.aliases.en];
  const aliases = [...new Set(names)].filter((n) => n !== spec.nameVi && n !== spec.nameEn);
  return { ...spec, aliases };
}

// How the press opens the name of a free-trade agreement or area, before the parties.
const FTA_HEADS_VI = [
  "Hiệp định Thương mại tự do",
  "Hiệp định Thương mại tự do (FTA)",
  "Hiệp định Mậu dịch tự do",
  "Hiệp định FTA",
  "Khu vực Thương mại tự do",
  "Khu vực Mậu dịch tự do",
  "FTA",
] as const;
const FTA_TAILS_EN = ["Free Trade Agreement", "Free Trade Area", "FTA"] as const;

/** Party pairs in both orders and joined by `và` (`ASEAN và Trung Quốc`) as well as a dash. */
function pairs(a: string, bs: readonly string[]): string[] {
  return bs.flatMap((b) => [`${a}-${b}`, `${b}-${a}`, `${a} và ${b}`, `giữa ${a} và ${b}`]);
}

/** Vietnamese FTA names for every party spelling: `Hiệp định Thương mại tự do ASEAN-Trung Quốc`. */
function ftaVi(parties: readonly string[]): string[] {
  return parties.flatMap((p) => FTA_HEADS_VI.map((head) => `${head} ${p}`));
}

/** English FTA names for every party spelling: `ASEAN-China Free Trade Agreement`. */
function ftaEn(parties: readonly string[]): string[] {
  return parties.flatMap((p) => FTA_TAILS_EN.map((tail) => `${p} ${tail}`));
}

/** Prefixes every descriptive head with every party spelling (`Hiệp định Đối tác kinh tế …`). */
function named(heads: readonly string[], parties: readonly string[]): string[] {
  return heads.flatMap((h) => parties.map((p) => `${h} ${p}`));
}

const CN_VI = pairs("ASEAN", ["Trung Quốc"]);
const KR_VI = pairs("ASEAN", ["Hàn Quốc"]);
const JP_VI = pairs("ASEAN", ["Nhật Bản"]);
const IN_VI = pairs("ASEAN", ["Ấn Độ"]);
const ANZ_VI = ["ASEAN-Úc-New Zealand", "ASEAN-Australia-New Zealand", "ASEAN-Úc-Niu Di-lân"];
const HK_VI = ["ASEAN-Hồng Kông (Trung Quốc)", "ASEAN-Hồng Kông, Trung Quốc", "ASEAN-Hồng Kông"];
const CA_VI = pairs("ASEAN", ["Canada", "Ca-na-đa"]);
const EU_VN_VI = pairs("Việt Nam", ["EU", "Liên minh châu Âu"]);
const UK_VN_VI = pairs("Việt Nam", ["Vương quốc Anh", "Anh", "UK"]);
const KR_VN_VI = pairs("Việt Nam", ["Hàn Quốc"]);
const JP_VN_VI = pairs("Việt Nam", ["Nhật Bản"]);

const ASEAN_MEMBERS = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"] as const;

const SPECS: readonly AgreementSpec[] = [
  {
    code: "ACFTA",
    nameVi: "Hiệp định Thương mại tự do ASEAN - Trung Quốc",
    nameEn: "ASEAN-China Free Trade Agreement",
    acronyms: ["ACFTA"],
    aliases: {
      vi: [...ftaVi(CN_VI), ...named(["Hiệp định khung về Hợp tác kinh tế toàn diện"], CN_VI)],
      en: [
        ...ftaEn(["ASEAN-China", "China-ASEAN"]),
        "Framework Agreement on Comprehensive Economic Co-operation between ASEAN and China",
      ],
    },
    kind: "FTA",
    parties: ["ASEAN", "CN"],
  },
  {
    code: "AKFTA",
    nameVi: "Hiệp định Thương mại tự do ASEAN - Hàn Quốc",
    nameEn: "ASEAN-Korea Free Trade Agreement",
    acronyms: ["AKFTA"],
    aliases: { vi: ftaVi(KR_VI), en: ftaEn(["ASEAN-Korea", "ASEAN-Republic of Korea", "Korea-ASEAN"]) },
    kind: "FTA",
    parties: ["ASEAN", "KR"],
  },
  {
    code: "AJCEP",
    nameVi: "Hiệp định Đối tác kinh tế toàn diện ASEAN - Nhật Bản",
    nameEn: "ASEAN-Japan Comprehensive Economic Partnership Agreement",
    acronyms: ["AJCEP", "AJCEPA"],
    aliases: {
      vi: [
        ...named(["Hiệp định Đối tác kinh tế toàn diện", "Hiệp định Đối tác kinh tế"], JP_VI),
        ...ftaVi(JP_VI),
      ],
      en: [
        "ASEAN-Japan Comprehensive Economic Partnership Agreement",
        "ASEAN-Japan Comprehensive Economic Partnership",
        "Agreement on Comprehensive Economic Partnership among Japan and Member States of ASEAN",
      ],
    },
    kind: "FTA",
    parties: ["ASEAN", "JP"],
  },
  {
    code: "AITIGA",
    nameVi: "Hiệp định Thương mại hàng hóa ASEAN - Ấn Độ",
    nameEn: "ASEAN-India Trade in Goods Agreement",
    acronyms: ["AITIGA", "AIFTA"],
    aliases: {
      vi: [...named(["Hiệp định Thương mại hàng hóa"], IN_VI), ...ftaVi(IN_VI)],
      en: ["ASEAN-India Trade in Goods Agreement", ...ftaEn(["ASEAN-India", "India-ASEAN"])],
    },
    kind: "FTA",
    parties: ["ASEAN", "IN"],
  },
  {
    code: "AANZFTA",
    nameVi: "Hiệp định Thương mại tự do ASEAN - Úc - New Zealand",
    nameEn: "ASEAN-Australia-New Zealand Free Trade Area",
    acronyms: ["AANZFTA"],
    aliases: { vi: ftaVi(ANZ_VI), en: ftaEn(["ASEAN-Australia-New Zealand"]) },
    kind: "FTA",
    parties: ["ASEAN", "AU", "NZ"],
  },
  {
    code: "AHKFTA",
    nameVi: "Hiệp định Thương mại tự do ASEAN - Hồng Kông (Trung Quốc)",
    nameEn: "ASEAN-Hong Kong, China Free Trade Agreement",
    acronyms: ["AHKFTA"],
    aliases: { vi: ftaVi(HK_VI), en: ftaEn(["ASEAN-Hong Kong, China", "ASEAN-Hong Kong"]) },
    kind: "FTA",
    parties: ["ASEAN", "HK"],
  },
  {
    code: "ACAFTA",
    nameVi: "Hiệp định Thương mại tự do ASEAN - Canada",
    nameEn: "ASEAN-Canada Free Trade Agreement",
    acronyms: ["ACAFTA"],
    aliases: { vi: ftaVi(CA_VI), en: ftaEn(["ASEAN-Canada", "Canada-ASEAN"]) },
    kind: "FTA",
    parties: ["ASEAN", "CA"],
  },
  {
    code: "AFTA",
    nameVi: "Khu vực Mậu dịch tự do ASEAN",
    nameEn: "ASEAN Free Trade Area",
    acronyms: ["AFTA"],
    aliases: {
      vi: ["Khu vực Mậu dịch tự do ASEAN", "Khu vực Thương mại tự do ASEAN"],
      // Press often calls the area an agreement (`Since the ASEAN Free Trade Agreement was signed in 1992`).
      en: ["ASEAN Free Trade Area", "ASEAN Free Trade Agreement"],
    },
    kind: "FTA",
    parties: ["ASEAN"],
  },
  {
    code: "ATIGA",
    nameVi: "Hiệp định Thương mại hàng hóa ASEAN",
    nameEn: "ASEAN Trade in Goods Agreement",
    acronyms: ["ATIGA"],
    aliases: { vi: ["Hiệp định Thương mại hàng hóa ASEAN"], en: ["ASEAN Trade in Goods Agreement"] },
    kind: "FTA",
    parties: ["ASEAN"],
  },
  {
    code: "ATISA",
    nameVi: "Hiệp định Thương mại dịch vụ ASEAN",
    nameEn: "ASEAN Trade in Services Agreement",
    acronyms: ["ATISA"],
    aliases: { vi: ["Hiệp định Thương mại dịch vụ ASEAN"], en: ["ASEAN Trade in Services Agreement"] },
    kind: "FTA",
    parties: ["ASEAN"],
  },
  {
    code: "AFAS",
    nameVi: "Hiệp định khung ASEAN về dịch vụ",
    nameEn: "ASEAN Framework Agreement on Services",
    acronyms: ["AFAS"],
    aliases: { vi: ["Hiệp định khung ASEAN về dịch vụ"], en: ["ASEAN Framework Agreement on Services"] },
    kind: "framework",
    parties: ["ASEAN"],
  },
  {
    code: "ACIA",
    nameVi: "Hiệp định Đầu tư toàn diện ASEAN",
    nameEn: "ASEAN Comprehensive Investment Agreement",
    acronyms: ["ACIA"],
    aliases: { vi: ["Hiệp định Đầu tư toàn diện ASEAN"], en: ["ASEAN Comprehensive Investment Agreement"] },
    kind: "treaty",
    parties: ["ASEAN"],
  },
  {
    code: "RCEP",
    nameVi: "Hiệp định Đối tác kinh tế toàn diện khu vực",
    nameEn: "Regional Comprehensive Economic Partnership",
    acronyms: ["RCEP"],
    aliases: {
      vi: ["Hiệp định Đối tác kinh tế toàn diện khu vực"],
      en: [
        "Regional Comprehensive Economic Partnership Agreement",
        "Regional Comprehensive Economic Partnership",
      ],
    },
    kind: "FTA",
    parties: ["ASEAN", "CN", "JP", "KR", "AU", "NZ"],
  },
  {
    code: "CPTPP",
    nameVi: "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương",
    nameEn: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
    acronyms: ["CPTPP"],
    aliases: {
      vi: ["Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương"],
      en: ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"],
    },
    kind: "FTA",
    parties: ["AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "VN", "GB"],
  },
  {
    code: "TPP",
    nameVi: "Hiệp định Đối tác xuyên Thái Bình Dương",
    nameEn: "Trans-Pacific Partnership",
    acronyms: ["TPP"],
    aliases: {
      vi: ["Hiệp định Đối tác xuyên Thái Bình Dương"],
      en: ["Trans-Pacific Partnership Agreement", "Trans-Pacific Partnership"],
    },
    kind: "FTA",
    parties: ["AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "US", "VN"],
  },
  {
    code: "IPEF",
    nameVi: "Khuôn khổ kinh tế Ấn Độ Dương - Thái Bình Dương vì thịnh vượng",
    nameEn: "Indo-Pacific Economic Framework for Prosperity",
    acronyms: ["IPEF"],
    aliases: {
      vi: named(
        ["Khuôn khổ kinh tế"],
        [
          "Ấn Độ Dương-Thái Bình Dương vì thịnh vượng",
          "Ấn Độ-Thái Bình Dương vì thịnh vượng",
          "Ấn Độ Dương-Thái Bình Dương",
          "Ấn Độ-Thái Bình Dương",
        ],
      ),
      en: ["Indo-Pacific Economic Framework for Prosperity", "Indo-Pacific Economic Framework"],
    },
    kind: "framework",
    parties: ["US", "AU", "BN", "FJ", "IN", "ID", "JP", "KR", "MY", "NZ", "PH", "SG", "TH", "VN"],
  },
  {
    code: "TIFA",
    nameVi: "Hiệp định khung về thương mại và đầu tư",
    nameEn: "Trade and Investment Framework Arrangement",
    acronyms: ["TIFA"],
    aliases: {
      vi: [
        "Hiệp định khung về thương mại và đầu tư",
        "Thỏa thuận khung về thương mại và đầu tư",
        "Khung thương mại và đầu tư",
      ],
      en: ["Trade and Investment Framework Arrangement", "Trade and Investment Framework Agreement"],
    },
    kind: "framework",
    parties: ["ASEAN", "US"],
  },
  {
    code: "DEFA",
    nameVi: "Hiệp định khung về kinh tế số ASEAN",
    nameEn: "ASEAN Digital Economy Framework Agreement",
    acronyms: ["DEFA"],
    aliases: {
      vi: [
        "Hiệp định khung kinh tế số ASEAN",
        "Hiệp định khung về kinh tế số ASEAN",
        "Hiệp định khung kinh tế số",
        "Hiệp định khung về kinh tế số",
        "Hiệp định Kinh tế số ASEAN",
      ],
      // `Economic` for `Economy` is a common slip of the press.
      en: [
        "ASEAN Digital Economy Framework Agreement",
        "Digital Economy Framework Agreement",
        "ASEAN Digital Economic Framework Agreement",
        "Digital Economic Framework Agreement",
      ],
    },
    kind: "framework",
    parties: ["ASEAN"],
  },
  {
    code: "AFAIPC",
    nameVi: "Hiệp định khung ASEAN về hợp tác sở hữu trí tuệ",
    nameEn: "ASEAN Framework Agreement on Intellectual Property Cooperation",
    acronyms: ["AFAIPC"],
    aliases: {
      vi: [
        "Hiệp định khung ASEAN về hợp tác sở hữu trí tuệ",
        "Hiệp định khung về hợp tác sở hữu trí tuệ ASEAN",
        "Hiệp định khung ASEAN về hợp tác trong lĩnh vực sở hữu trí tuệ",
      ],
      en: [
        "ASEAN Framework Agreement on Intellectual Property Cooperation",
        "ASEAN Framework Agreement on Intellectual Property Rights Cooperation",
        "Framework Agreement on Intellectual Property Cooperation",
        "Framework Agreement on Intellectual Property Rights Cooperation",
      ],
    },
    kind: "framework",
    parties: ["ASEAN"],
  },
  {
    code: "EVFTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu",
    nameEn: "EU-Vietnam Free Trade Agreement",
    acronyms: ["EVFTA"],
    aliases: {
      vi: ftaVi(EU_VN_VI),
      en: ftaEn(["EU-Vietnam", "EU-Viet Nam", "European Union-Vietnam", "Vietnam-EU", "Viet Nam-EU"]),
    },
    kind: "FTA",
    parties: ["VN", "EU"],
  },
  {
    code: "EVIPA",
    nameVi: "Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu",
    nameEn: "EU-Vietnam Investment Protection Agreement",
    acronyms: ["EVIPA"],
    aliases: {
      vi: named(["Hiệp định Bảo hộ đầu tư"], EU_VN_VI),
      en: ["EU-Vietnam Investment Protection Agreement", "EU-Viet Nam Investment Protection Agreement"],
    },
    kind: "treaty",
    parties: ["VN", "EU"],
  },
  {
    code: "UKVFTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Vương quốc Anh",
    nameEn: "UK-Vietnam Free Trade Agreement",
    acronyms: ["UKVFTA"],
    aliases: { vi: ftaVi(UK_VN_VI), en: ftaEn(["UK-Vietnam", "UK-Viet Nam", "Vietnam-UK"]) },
    kind: "FTA",
    parties: ["VN", "GB"],
  },
  {
    code: "VKFTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Hàn Quốc",
    nameEn: "Vietnam-Korea Free Trade Agreement",
    acronyms: ["VKFTA"],
    aliases: { vi: ftaVi(KR_VN_VI), en: ftaEn(["Vietnam-Korea", "Viet Nam-Korea", "Korea-Vietnam"]) },
    kind: "FTA",
    parties: ["VN", "KR"],
  },
  {
    code: "VJEPA",
    nameVi: "Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản",
    nameEn: "Vietnam-Japan Economic Partnership Agreement",
    acronyms: ["VJEPA"],
    aliases: {
      vi: named(["Hiệp định Đối tác kinh tế"], JP_VN_VI),
      en: ["Vietnam-Japan Economic Partnership Agreement", "Japan-Vietnam Economic Partnership Agreement"],
    },
    kind: "FTA",
    parties: ["VN", "JP"],
  },
  {
    code: "VIFTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Israel",
    nameEn: "Vietnam-Israel Free Trade Agreement",
    acronyms: ["VIFTA"],
    aliases: {
      vi: ftaVi(pairs("Việt Nam", ["Israel", "Ixraen"])),
      en: ftaEn(["Vietnam-Israel", "Israel-Vietnam"]),
    },
    kind: "FTA",
    parties: ["VN", "IL"],
  },
  {
    code: "VCFTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Chile",
    nameEn: "Vietnam-Chile Free Trade Agreement",
    acronyms: ["VCFTA"],
    aliases: {
      vi: ftaVi(pairs("Việt Nam", ["Chile", "Chi-lê"])),
      en: ftaEn(["Vietnam-Chile", "Chile-Vietnam"]),
    },
    kind: "FTA",
    parties: ["VN", "CL"],
  },
  {
    code: "VN_EAEU_FTA",
    nameVi: "Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu",
    nameEn: "Vietnam-Eurasian Economic Union Free Trade Agreement",
    acronyms: ["VCUFTA"],
    aliases: {
      vi: [...ftaVi(pairs("Việt Nam", ["Liên minh Kinh tế Á-Âu", "EAEU"])), "VN-EAEU FTA"],
      en: [...ftaEn(["Vietnam-Eurasian Economic Union", "Vietnam-EAEU"]), "VN-EAEU FTA"],
    },
    kind: "FTA",
    parties: ["VN", "RU", "BY", "KZ", "AM", "KG"],
  },
  {
    code: "CMIM",
    nameVi: "Đa phương hóa Sáng kiến Chiang Mai",
    nameEn: "Chiang Mai Initiative Multilateralisation",
    acronyms: ["CMIM"],
    aliases: {
      vi: [
        "Đa phương hóa Sáng kiến Chiang Mai",
        "Sáng kiến Chiang Mai đa phương hóa",
        "Sáng kiến Chiang Mai",
      ],
      en: [
        "Chiang Mai Initiative Multilateralisation",
        "Chiang Mai Initiative Multilateralization",
        "Chiang Mai Initiative",
      ],
    },
    kind: "initiative",
    parties: ["ASEAN", "CN", "JP", "KR", "HK"],
  },
  {
    code: "ABMI",
    nameVi: "Sáng kiến thị trường trái phiếu châu Á",
    nameEn: "Asian Bond Markets Initiative",
    acronyms: ["ABMI"],
    aliases: {
      vi: ["Sáng kiến thị trường trái phiếu châu Á"],
      en: ["Asian Bond Markets Initiative", "Asian Bond Market Initiative"],
    },
    kind: "initiative",
    parties: ["ASEAN", "CN", "JP", "KR"],
  },
  {
    code: "APTERR",
    nameVi: "Dự trữ gạo khẩn cấp ASEAN+3",
    nameEn: "ASEAN Plus Three Emergency Rice Reserve",
    acronyms: ["APTERR"],
    aliases: {
      vi: [
        "Dự trữ gạo khẩn cấp ASEAN+3",
        "Dự trữ gạo khẩn cấp ASEAN cộng 3",
        "Kho dự trữ gạo khẩn cấp ASEAN+3",
        // `Thỏa thuận Quỹ dự trữ lúa gạo khẩn cấp ASEAN+3` (the APTERR agreement).
        "Quỹ dự trữ lúa gạo khẩn cấp ASEAN+3",
        "Dự trữ lúa gạo khẩn cấp ASEAN+3",
      ],
      en: ["ASEAN Plus Three Emergency Rice Reserve", "ASEAN+3 Emergency Rice Reserve"],
    },
    kind: "initiative",
    parties: ["ASEAN", "CN", "JP", "KR"],
  },
  {
    code: "APG",
    nameVi: "Mạng lưới điện ASEAN",
    nameEn: "ASEAN Power Grid",
    acronyms: ["APG"],
    aliases: {
      vi: ["Mạng lưới điện ASEAN", "Lưới điện ASEAN", "Hệ thống lưới điện ASEAN"],
      en: ["ASEAN Power Grid"],
    },
    kind: "initiative",
    parties: ["ASEAN"],
  },
  {
    code: "TAGP",
    nameVi: "Đường ống dẫn khí xuyên ASEAN",
    nameEn: "Trans-ASEAN Gas Pipeline",
    acronyms: ["TAGP"],
    aliases: {
      vi: ["Đường ống dẫn khí xuyên ASEAN", "Đường ống khí đốt xuyên ASEAN"],
      en: ["Trans-ASEAN Gas Pipeline"],
    },
    kind: "initiative",
    parties: ["ASEAN"],
  },
  {
    code: "AZEC",
    nameVi: "Cộng đồng châu Á phát thải ròng bằng 0",
    nameEn: "Asia Zero Emission Community",
    acronyms: ["AZEC"],
    aliases: {
      vi: [
        "Cộng đồng châu Á phát thải ròng bằng 0",
        "Cộng đồng châu Á phát thải ròng bằng không",
        "Cộng đồng Phát thải ròng bằng 0 châu Á",
        "Cộng đồng Phát thải ròng bằng không châu Á",
        "Cộng đồng châu Á không phát thải",
        "Cộng đồng Không phát thải châu Á",
      ],
      en: ["Asia Zero Emission Community", "Asia Zero Emissions Community"],
    },
    kind: "initiative",
    parties: ["JP", "AU", "BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN"],
  },
  {
    code: "ASEAN_CHARTER",
    nameVi: "Hiến chương ASEAN",
    nameEn: "ASEAN Charter",
    acronyms: [],
    aliases: {
      vi: ["Hiến chương ASEAN", "Hiến chương Hiệp hội các quốc gia Đông Nam Á"],
      en: ["ASEAN Charter", "Charter of the Association of Southeast Asian Nations"],
    },
    kind: "treaty",
    parties: ["ASEAN"],
  },
  {
    code: "TAC",
    nameVi: "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á",
    nameEn: "Treaty of Amity and Cooperation in Southeast Asia",
    acronyms: ["TAC"],
    aliases: {
      vi: [
        "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á",
        "Hiệp ước Thân thiện và Hợp tác tại Đông Nam Á",
        "Hiệp ước Thân thiện và Hợp tác",
      ],
      en: ["Treaty of Amity and Cooperation in Southeast Asia", "Treaty of Amity and Cooperation"],
    },
    kind: "treaty",
    parties: ["ASEAN"],
  },
  {
    code: "SEANWFZ",
    nameVi: "Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân",
    nameEn: "Treaty on the Southeast Asia Nuclear Weapon-Free Zone",
    acronyms: ["SEANWFZ"],
    aliases: {
      vi: [
        "Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân",
        "Hiệp ước Khu vực Đông Nam Á không vũ khí hạt nhân",
        "Hiệp ước về Khu vực Đông Nam Á không có vũ khí hạt nhân",
        "Hiệp ước về Khu vực Đông Nam Á không vũ khí hạt nhân",
      ],
      en: [
        "Treaty on the Southeast Asia Nuclear Weapon-Free Zone",
        "Southeast Asia Nuclear Weapon-Free Zone Treaty",
        "Southeast Asian Nuclear Weapon-Free Zone",
        "Southeast Asia Nuclear Weapon-Free Zone",
      ],
    },
    kind: "treaty",
    parties: ["ASEAN"],
  },
  {
    code: "UNCLOS",
    nameVi: "Công ước Liên hợp quốc về Luật Biển năm 1982",
    nameEn: "United Nations Convention on the Law of the Sea",
    acronyms: ["UNCLOS"],
    aliases: {
      vi: [
        "Công ước Liên hợp quốc về Luật Biển năm 1982",
        "Công ước Liên hợp quốc về Luật Biển 1982",
        "Công ước Liên hợp quốc về Luật Biển",
        "Công ước LHQ về Luật Biển",
        "Công ước Luật Biển năm 1982",
        "Công ước Luật Biển 1982",
        "Công ước về Luật Biển",
      ],
      en: ["United Nations Convention on the Law of the Sea", "UN Convention on the Law of the Sea"],
    },
    kind: "treaty",
    parties: [],
  },
  {
    code: "DOC",
    nameVi: "Tuyên bố về ứng xử của các bên ở Biển Đông",
    nameEn: "Declaration on the Conduct of Parties in the South China Sea",
    acronyms: ["DOC"],
    aliases: {
      vi: named(
        [
          "Tuyên bố về ứng xử của các bên",
          "Tuyên bố về cách ứng xử của các bên",
          "Tuyên bố ứng xử của các bên",
        ],
        ["ở Biển Đông", "tại Biển Đông", "trên Biển Đông"],
      ),
      en: ["Declaration on the Conduct of Parties in the South China Sea"],
    },
    kind: "framework",
    parties: ["ASEAN", "CN"],
  },
  {
    code: "COC",
    nameVi: "Bộ Quy tắc ứng xử ở Biển Đông",
    nameEn: "Code of Conduct in the South China Sea",
    acronyms: ["COC"],
    aliases: {
      vi: named(
        [
          "Bộ Quy tắc ứng xử",
          "Bộ Quy tắc ứng xử của các bên",
          "Bộ Quy tắc ứng xử giữa các bên",
          "Quy tắc ứng xử",
        ],
        ["ở Biển Đông", "tại Biển Đông", "trên Biển Đông"],
      ),
      // The Vietnamese `Bộ Quy tắc ứng xử` alone is the same code: so is `the code of conduct`.
      en: [
        "Code of Conduct in the South China Sea",
        "Code of Conduct on the South China Sea",
        "Code of Conduct",
      ],
    },
    kind: "framework",
    parties: ["ASEAN", "CN"],
  },
  {
    code: "AOIP",
    nameVi: "Quan điểm ASEAN về Ấn Độ Dương - Thái Bình Dương",
    nameEn: "ASEAN Outlook on the Indo-Pacific",
    acronyms: ["AOIP"],
    aliases: {
      vi: named(
        ["Quan điểm ASEAN về", "Tầm nhìn ASEAN về", "Quan điểm của ASEAN về", "Tầm nhìn của ASEAN về"],
        ["Ấn Độ Dương-Thái Bình Dương", "Ấn Độ-Thái Bình Dương"],
      ),
      en: [
        "ASEAN Outlook on the Indo-Pacific",
        "ASEAN Outlook on Indo-Pacific",
        "ASEAN's Outlook on the Indo-Pacific",
        "ASEAN's Outlook on Indo-Pacific",
        "Outlook on the Indo-Pacific",
      ],
    },
    kind: "framework",
    parties: ["ASEAN"],
  },
  {
    code: "AATHP",
    nameVi: "Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới",
    nameEn: "ASEAN Agreement on Transboundary Haze Pollution",
    acronyms: ["AATHP"],
    aliases: {
      vi: [
        "Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới",
        "Hiệp định ASEAN về ô nhiễm khói mù xuyên quốc gia",
      ],
      en: ["ASEAN Agreement on Transboundary Haze Pollution"],
    },
    kind: "treaty",
    parties: ["ASEAN"],
  },
  {
    code: "ACMECS",
    nameVi: "Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya - Mekong",
    nameEn: "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy",
    acronyms: ["ACMECS"],
    aliases: {
      vi: [
        "Chiến lược hợp tác kinh tế Ayeyawady-Chao Phraya-Mekong",
        "Chiến lược Hợp tác Kinh tế Ayeyawady-Chao Phraya-Mekong",
      ],
      en: ["Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy"],
    },
    kind: "framework",
    parties: ["KH", "LA", "MM", "TH", "VN"],
  },
];

/** The catalog, one entry per code. */
export const AGREEMENTS: readonly AgreementEntry[] = SPECS.map(entry);

/**
 * Words that, right before an agreement's name, say the text means its upgrade protocol
 * (`Nghị định thư nâng cấp ACFTA`) — matched on folded text.
 */
export const UPGRADE_BEFORE = [
  "nghi dinh thu nang cap",
  "nghi dinh thu sua doi",
  "protocol to upgrade the",
  "protocol to upgrade",
  "upgraded",
] as const;

/** Words that, right after an agreement's name, say the text means its upgrade (`AANZFTA nâng cấp`). */
export const UPGRADE_AFTER = ["nang cap", "upgrade protocol", "upgrade"] as const;

/** ASEAN member states, for expanding the `ASEAN` party when a caller needs country codes. */
export const ASEAN_MEMBER_CODES: readonly string[] = ASEAN_MEMBERS;
