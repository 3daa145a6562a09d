/**
 * What a Vietnamese personal name looks like, for telling a name apart from a country written the
 * same way (`Nguyễn Tuấn Anh` is a person, `Anh` alone is the United Kingdom) and for giving a
 * Vietnamese-looking name with a ministry title the country VN.
 */

/** Family names, as printed (tone-canonical). The list covers the great majority of people. */
export const VIETNAMESE_SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Trương",
  "Đào",
  "Đoàn",
  "Lương",
  "Tô",
  "Trịnh",
  "Mai",
  "Lâm",
  "Hà",
  "Cao",
  "Tạ",
  "Vương",
  "Châu",
  "Thái",
  "Tăng",
  "Quách",
  "Lưu",
  "Kiều",
  "Nghiêm",
  "Khúc",
  "Tống",
  "Chu",
  "Triệu",
  "Văn",
  "Lại",
  "Mạc",
  "Thân",
  "Diệp",
  "Từ",
  "Hứa",
  "Khổng",
  "La",
  "Âu",
  "Giang",
  "Kim",
  "Nông",
  "Lò",
  // Surnames of Viet Nam's ethnic minorities, frequent among its officials.
  "Hầu",
  "Giàng",
  "Sùng",
  "Thào",
  "Vàng",
  "Lục",
  "Đàm",
  "Bế",
] as const;

/** Words of address written before a given name (`ông Anh`, `bà Nga`), lower case. */
export const HONORIFICS = ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "ngài", "cháu"] as const;

/** Letters only Vietnamese uses: a name with one of them is not a romanised foreign name. */
export const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/**
 * Compound nouns whose first syllable, capitalised, is also a Vietnamese surname or given name
 * (`Đoàn Đại biểu`, `Đại sứ`): a name run that would end on that syllable with the rest of the
 * noun after it in lower case stops before it.
 */
export const NAME_END_COMPOUNDS = [
  "Đại biểu",
  "Đại sứ",
  "Đại hội",
  "Đại học",
  "Công ty",
  "Ủy ban",
  "Hội đồng",
] as const;
