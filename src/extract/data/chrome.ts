/**
 * Lexicons for telling article text from page furniture: menus, footers, photo captions, date
 * and source lines. Every entry is written folded (lower case, no diacritics, see foldText) so one
 * table covers `Hòa`/`Hoà`/`HOÀ` spellings; parse-lines.ts compiles them into regexes once.
 */

/** Words and phrases of navigation chrome; a line made only of these is never article text. */
export const CHROME_PHRASES = [
  "underline",
  "menu",
  "close",
  "open",
  "search",
  "home",
  "login",
  "log in",
  "logout",
  "sign in",
  "sign up",
  "subscribe",
  "share",
  "print",
  "email",
  "facebook",
  "twitter",
  "zalo",
  "linkedin",
  "youtube",
  "instagram",
  "tiktok",
  "telegram",
  "rss",
  "skip to content",
  "skip to main content",
  "back to top",
  "toggle navigation",
  "trang chu",
  "tim kiem",
  "dang nhap",
  "dang ky",
  "dang xuat",
  "chia se",
  "in bai",
  "in bai viet",
  "gui bai",
  "binh luan",
  "theo doi",
  "quay lai",
  "ve dau trang",
  "len dau trang",
  "english",
  "tieng viet",
  "en",
  "vi",
  "x",
] as const;

/**
 * Section names that appear alone above the headline (site navigation, breadcrumbs). Only
 * honoured before the first line of article text, where a real paragraph is never this short.
 */
export const SECTION_PHRASES = [
  "thoi su",
  "chinh tri",
  "kinh te",
  "the gioi",
  "quoc te",
  "xa hoi",
  "van hoa",
  "giao duc",
  "phap luat",
  "doi ngoai",
  "tin tuc",
  "tin moi",
  "tin noi bat",
  "hoat dong",
  "asean",
  "hoi nhap",
  "thi truong",
  "doanh nghiep",
  "dau tu",
  "tai chinh",
  "news",
  "world",
  "business",
  "politics",
  "economy",
  "opinion",
  "diplomacy",
  "latest",
] as const;

/**
 * Lines that start a page footer: everything from the first of them on is dropped. Matched at
 * the start of a short line (see FOOTER_MAX_LENGTH).
 */
export const FOOTER_MARKERS = [
  "tong so bai dang",
  "tieu de ngay",
  "tin lien quan",
  "bai lien quan",
  "bai viet lien quan",
  "tin cung chuyen muc",
  "tin cung chu de",
  "tin khac",
  "cac tin khac",
  "cac bai khac",
  "tin moi nhat",
  "tin moi cap nhat",
  "doc nhieu nhat",
  "xem nhieu nhat",
  "doc them",
  "xem them",
  "tu khoa",
  "tags",
  "y kien ban doc",
  "gui binh luan",
  "ban quyen thuoc",
  "related news",
  "related articles",
  "related stories",
  "read more",
  "more news",
  "other news",
  "most read",
  "copyright",
  "©",
] as const;

/**
 * Labels of a link to another article inside the text (`Also Read: …`, `Xem thêm: …`): such a
 * line, label and colon first, is page furniture wherever it stands. Folded.
 */
export const RELATED_LINK_LABELS = [
  "also read",
  "read also",
  "see also",
  "read more",
  "related",
  "xem them",
  "doc them",
  "tin lien quan",
  "bai lien quan",
] as const;

/** A footer marker only counts on a line at most this long (real paragraphs are longer). */
export const FOOTER_MAX_LENGTH = 100;

/**
 * Labels that introduce a photo credit (`Ảnh: TTXVN`, `(Photo: Reuters)`). `needsCredit`: the
 * label alone is not a caption (`Ảnh` must be followed by `:` and a credit), while `Ảnh minh họa`
 * is a caption marker by itself.
 */
export const CAPTION_LABELS = [
  { label: "anh", needsCredit: true },
  { label: "nguon anh", needsCredit: true },
  { label: "do hoa", needsCredit: true },
  { label: "video", needsCredit: true },
  { label: "photo", needsCredit: true },
  { label: "photos", needsCredit: true },
  { label: "photo credit", needsCredit: true },
  { label: "image", needsCredit: true },
  { label: "picture", needsCredit: true },
  { label: "anh minh hoa", needsCredit: false },
  { label: "anh tu lieu", needsCredit: false },
  { label: "anh chup man hinh", needsCredit: false },
  { label: "file photo", needsCredit: false },
  { label: "illustrative photo", needsCredit: false },
  { label: "illustration photo", needsCredit: false },
] as const;

/**
 * Wire agencies whose photo credits end English captions as `AGENCY/Photographer`
 * (`… on July 10. REUTERS/Hasnoor Hussain`); written folded, matched in capitals only.
 */
export const PHOTO_AGENCIES = [
  "reuters",
  "afp",
  "ap",
  "epa",
  "epa-efe",
  "xinhua",
  "antara",
  "bernama",
  "kyodo",
  "yonhap",
  "getty images",
] as const;

/** A photo credit is a name or agency, never a sentence: cap its length. */
export const CAPTION_CREDIT_MAX = 80;

/**
 * Longest line treated as a caption as a whole. A longer paragraph ending with a credit keeps
 * its text and loses only the credit (crawlers glue captions to the lead).
 */
export const CAPTION_LINE_MAX = 320;

/** File extensions of images whose names crawlers leave on their own line. */
export const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "svg"] as const;

/** Labels before a date line (`Cập nhật: 10/07/2025 14:30`). */
export const DATE_LINE_LABELS = [
  "cap nhat luc",
  "cap nhat",
  "dang luc",
  "dang ngay",
  "ngay dang",
  "thoi gian dang",
  "xuat ban",
  "ngay",
  "published on",
  "published",
  "last updated",
  "updated",
  "posted on",
  "posted",
  "date",
] as const;

/** Weekday names that may open a date line (`Thứ Năm, 10/07/2025`). */
export const WEEKDAYS = [
  "thu hai",
  "thu ba",
  "thu tu",
  "thu nam",
  "thu sau",
  "thu bay",
  "thu 2",
  "thu 3",
  "thu 4",
  "thu 5",
  "thu 6",
  "thu 7",
  "chu nhat",
  "t2",
  "t3",
  "t4",
  "t5",
  "t6",
  "t7",
  "cn",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const;

/** English month names and abbreviations → month number. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Time-zone notes that follow a time on a date line. */
export const TIME_ZONES = ["gmt", "utc", "ict"] as const;

/** Labels of a source line (`Nguồn: …`, `Theo TTXVN`, `(Source: Viet Nam News)`). */
export const SOURCE_LABELS = [
  { label: "nguon tin", strict: false },
  { label: "nguon", strict: false },
  { label: "source", strict: false },
  { label: "sources", strict: false },
  // `Theo …` also opens ordinary sentences ("Theo tuyên bố chung, …"): accepted only when what
  // follows looks like an outlet name (short, capitalised, no comma).
  { label: "theo", strict: true },
  { label: "according to", strict: true },
] as const;

/** An outlet name is short; longer "sources" are sentences. */
export const SOURCE_MAX_WORDS = 10;

/** Lower-case words allowed at the start of an outlet after `Theo` (`Theo báo Nhân Dân`). */
export const OUTLET_PREFIXES = ["bao", "tap chi", "trang", "kenh", "hang", "dai", "cong thong tin"] as const;

/** Words that may precede an author's name on a byline (`Bài và ảnh: …`, `By …`). */
export const BYLINE_LABELS = ["bai va anh", "bai", "by", "written by", "tac gia", "pv"] as const;

/** Bylines naming a team rather than a person (`Nhóm PV VOV tại Lào`): the whole line is the byline. */
export const TEAM_BYLINES = ["nhom pv", "nhom phong vien", "nhom tac gia", "nhom bien tap"] as const;
