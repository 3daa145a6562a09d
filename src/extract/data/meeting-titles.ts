/**
 * Words of canonical meeting names (meeting-title.ts): what a level is called, what each series
 * meets about, how partners and the OTHER sub-series are named. Printed forms, in both
 * languages; Vietnamese names put the level first (`Hội nghị Bộ trưởng Ngoại giao` + subject),
 * English ones last (subject + `Foreign Ministers' Meeting`).
 */
import type { MeetingLevel, MeetingSeries } from "../types.ts";

/** The head of a Vietnamese name and the tail of an English one, per level. */
export const LEVEL_TITLES: Readonly<Record<MeetingLevel, { vi: string; en: string }>> = {
  leaders: { vi: "Hội nghị Cấp cao", en: "Summit" },
  foreign_ministers: { vi: "Hội nghị Bộ trưởng Ngoại giao", en: "Foreign Ministers' Meeting" },
  economic_ministers: { vi: "Hội nghị Bộ trưởng Kinh tế", en: "Economic Ministers' Meeting" },
  senior_officials: { vi: "Hội nghị Quan chức Cao cấp", en: "Senior Officials' Meeting" },
  other: { vi: "Hội nghị", en: "Meeting" },
};

/**
 * What a series' meetings are of, between level head and tail (`ASEAN+3`, `Cấp cao Đông Á`).
 * `{partner}` stands for the partner's name. `en` tails may be replaced per level, as the
 * series' own documents name them (economic ministers meet partners in consultations).
 */
export interface SeriesSubject {
  vi: string;
  en: string;
  /** English tails that differ from LEVEL_TITLES for this series (empty: the subject alone). */
  enTails?: Partial<Record<MeetingLevel, string>>;
  /** Vietnamese heads that differ from LEVEL_TITLES for this series (empty: the subject alone). */
  viHeads?: Partial<Record<MeetingLevel, string>>;
}

export const SERIES_SUBJECTS: Readonly<Partial<Record<MeetingSeries, SeriesSubject>>> = {
  AMM: { vi: "ASEAN", en: "ASEAN" },
  AEM: { vi: "ASEAN", en: "ASEAN" },
  ASEAN_SUMMIT: { vi: "ASEAN", en: "ASEAN" },
  SOM: { vi: "ASEAN", en: "ASEAN" },
  // The ARF's ministerial meeting is the forum itself; its officials meet as the ARF SOM.
  ARF: {
    vi: "Diễn đàn Khu vực ASEAN",
    en: "ASEAN Regional Forum",
    enTails: { foreign_ministers: "" },
    viHeads: { foreign_ministers: "" },
  },
  EAS: {
    vi: "Cấp cao Đông Á",
    en: "East Asia Summit",
    enTails: { leaders: "" },
    viHeads: { leaders: "Hội nghị" },
  },
  ASEAN_PLUS_THREE: {
    vi: "ASEAN+3",
    en: "ASEAN Plus Three",
    enTails: { economic_ministers: "Economic Ministers' Consultation" },
  },
  ASEAN_PLUS_ONE: {
    vi: "ASEAN – {partner}",
    en: "ASEAN–{partner}",
    enTails: { economic_ministers: "Economic Ministers' Consultation" },
  },
  MEKONG_JAPAN: { vi: "Mekong – Nhật Bản", en: "Mekong–Japan" },
  MEKONG_LANCANG: {
    vi: "Hợp tác Mekong – Lan Thương",
    en: "Mekong–Lancang Cooperation",
    enTails: { leaders: "Leaders' Meeting" },
  },
};

/** A partner of ASEAN+1 with unknown country: the series' own plus-one form. */
export const UNKNOWN_PARTNER = { vi: "ASEAN+1", en: "ASEAN Plus One" } as const;

/** Partner names as ASEAN's own meeting names print them, where not the gazetteer's name. */
export const PARTNER_TITLES: Readonly<Record<string, { vi?: string; en?: string }>> = {
  KR: { en: "Republic of Korea" },
  US: { vi: "Hoa Kỳ" },
  EU: { vi: "EU", en: "EU" },
};

/** The Post Ministerial Conference, with `{partner}` when it is one partner's session. */
export const PMC_TITLES = {
  vi: "Hội nghị Sau Hội nghị Bộ trưởng Ngoại giao ASEAN",
  en: "ASEAN Post Ministerial Conference",
  withVi: " với {partner}",
  withEn: " with {partner}",
} as const;

/**
 * Sub-series of OTHER (ids of NAMED_OTHER_MEETINGS and SECTOR_MEETINGS in meetings.ts). `whole`:
 * the name is the meeting's own; otherwise it is a subject the level is put around (`ASEAN–GCC`
 * + level: `ASEAN–GCC Summit`, `Hội nghị Cấp cao ASEAN – GCC`).
 */
export const OTHER_TITLES: Readonly<Record<string, { vi: string; en: string; whole: boolean }>> = {
  ACF: { vi: "Diễn đàn Kết nối ASEAN", en: "ASEAN Connectivity Forum", whole: true },
  EAMF: { vi: "Diễn đàn Biển ASEAN mở rộng", en: "Expanded ASEAN Maritime Forum", whole: true },
  ADB_ANNUAL: {
    vi: "Hội nghị Thường niên Ngân hàng Phát triển châu Á",
    en: "Annual Meeting of the Asian Development Bank",
    whole: true,
  },
  ASEAN_GCC_CN: { vi: "ASEAN – GCC – Trung Quốc", en: "ASEAN–GCC–China", whole: false },
  ASEAN_GCC: { vi: "ASEAN – GCC", en: "ASEAN–GCC", whole: false },
  MGC: { vi: "Hợp tác Mekong – sông Hằng", en: "Mekong–Ganga Cooperation", whole: false },
  RCEP: { vi: "RCEP", en: "RCEP", whole: false },
  ADMM: { vi: "Hội nghị Bộ trưởng Quốc phòng ASEAN", en: "ASEAN Defence Ministers' Meeting", whole: true },
  AFMGM: {
    vi: "Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN",
    en: "ASEAN Finance Ministers' and Central Bank Governors' Meeting",
    whole: true,
  },
  AMEM: { vi: "Hội nghị Bộ trưởng Năng lượng ASEAN", en: "ASEAN Ministers on Energy Meeting", whole: true },
  AMAF: {
    vi: "Hội nghị Bộ trưởng Nông Lâm nghiệp ASEAN",
    en: "ASEAN Ministers on Agriculture and Forestry Meeting",
    whole: true,
  },
  ATM: {
    vi: "Hội nghị Bộ trưởng Giao thông Vận tải ASEAN",
    en: "ASEAN Transport Ministers' Meeting",
    whole: true,
  },
  MATM: { vi: "Hội nghị Bộ trưởng Du lịch ASEAN", en: "Meeting of ASEAN Tourism Ministers", whole: true },
  ADGMIN: { vi: "Hội nghị Bộ trưởng Số ASEAN", en: "ASEAN Digital Ministers' Meeting", whole: true },
  ALMM: { vi: "Hội nghị Bộ trưởng Lao động ASEAN", en: "ASEAN Labour Ministers' Meeting", whole: true },
  AHMM: { vi: "Hội nghị Bộ trưởng Y tế ASEAN", en: "ASEAN Health Ministers' Meeting", whole: true },
  AMME: {
    vi: "Hội nghị Bộ trưởng Môi trường ASEAN",
    en: "ASEAN Ministerial Meeting on the Environment",
    whole: true,
  },
  ASED: { vi: "Hội nghị Bộ trưởng Giáo dục ASEAN", en: "ASEAN Education Ministers' Meeting", whole: true },
  // The sub-series most often met in the bench corpus that had no name here (each meeting was
  // named in one article's wording, in either language).
  ADMM_PLUS: {
    vi: "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng",
    en: "ASEAN Defence Ministers' Meeting-Plus",
    whole: true,
  },
  ADMM_RETREAT: {
    vi: "Hội nghị hẹp Bộ trưởng Quốc phòng ASEAN",
    en: "ASEAN Defence Ministers' Meeting Retreat",
    whole: true,
  },
  ASEAN_UN: { vi: "ASEAN – Liên Hợp Quốc", en: "ASEAN–United Nations", whole: false },
  MEKONG_KR: { vi: "Mê Công – Hàn Quốc", en: "Mekong–Republic of Korea", whole: false },
  MEKONG_US: { vi: "Quan hệ Đối tác Mê Công – Mỹ", en: "Mekong–U.S. Partnership", whole: false },
  ACC: { vi: "Hội đồng Điều phối ASEAN", en: "ASEAN Coordinating Council", whole: true },
  AECC: { vi: "Hội đồng Cộng đồng Kinh tế ASEAN", en: "ASEAN Economic Community Council", whole: true },
  IMT_GT: {
    vi: "Tam giác Tăng trưởng Indonesia – Malaysia – Thái Lan",
    en: "Indonesia–Malaysia–Thailand Growth Triangle",
    whole: false,
  },
  AMRI: {
    vi: "Hội nghị Bộ trưởng Thông tin ASEAN",
    en: "Conference of ASEAN Ministers Responsible for Information",
    whole: true,
  },
};
