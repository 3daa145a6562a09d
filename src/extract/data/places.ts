/**
 * Cities where ASEAN and partner meetings are held: the canonical (English) name a meeting's
 * `location` takes, and the forms Vietnamese and English press print. Countries are not
 * locations here (`tại Hàn Quốc` says where, not in which city); Singapore is both.
 */
export interface CityEntry {
  name: string;
  aliases: readonly string[];
}

const city = (name: string, ...aliases: string[]): CityEntry => ({ name, aliases });

export const MEETING_CITIES: readonly CityEntry[] = [
  // ASEAN capitals and frequent venues.
  city("Kuala Lumpur"),
  city("Putrajaya"),
  city("Langkawi"),
  city("Port Dickson"),
  city("Desaru"),
  city("Johor Bahru"),
  city("Kota Kinabalu"),
  city("Kuching"),
  city("Pontianak"),
  city("Manado"),
  city("Batam"),
  city("Medan"),
  city("Chiang Rai"),
  city("Krabi"),
  city("Boracay"),
  city("Clark"),
  city("Davao"),
  // Melaka is the state's official English name since 2017; press still prints Malacca.
  city("Melaka", "Malacca"),
  city("Penang", "Pulau Pinang"),
  city("Jakarta", "Gia-các-ta"),
  city("Bali"),
  city("Nusa Dua"),
  city("Labuan Bajo"),
  city("Yogyakarta"),
  city("Semarang"),
  city("Surabaya"),
  city("Bogor"),
  city("Bangkok", "Băng Cốc"),
  city("Pattaya"),
  city("Chiang Mai"),
  city("Hua Hin"),
  city("Phuket"),
  city("Manila", "Ma-ni-la"),
  city("Cebu"),
  city("Singapore", "Xin-ga-po"),
  city("Vientiane", "Viêng Chăn"),
  city("Luang Prabang", "Luông Pha-bang"),
  city("Phnom Penh", "Phnôm Pênh", "Phnom Pênh", "Phnompenh", "Nông Pênh"),
  city("Siem Reap", "Xiêm Riệp", "Siam Reap"),
  city("Naypyidaw", "Nay Pyi Taw", "Naypyitaw", "Nây Pi Tô"),
  city("Bagan"),
  city("Yangon", "Rangoon", "Yan-gun"),
  city("Bandar Seri Begawan"),
  city("Dili"),
  city("Hanoi", "Hà Nội", "Ha Noi"),
  city("Ho Chi Minh City", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "TPHCM"),
  city("Da Nang", "Đà Nẵng", "Danang"),
  city("Ha Long", "Hạ Long"),
  city("Hue", "Huế"),
  city("Da Lat", "Đà Lạt", "Dalat"),
  city("Nha Trang"),
  city("Can Tho", "Cần Thơ"),
  city("Hai Phong", "Hải Phòng"),
  city("Quang Ninh", "Quảng Ninh"),
  // Partners' capitals and frequent venues.
  city("Tokyo", "Tô-ky-ô"),
  city("Osaka"),
  city("Seoul", "Xơ-un"),
  city("Busan"),
  city("Beijing", "Bắc Kinh"),
  city("Shanghai", "Thượng Hải"),
  city("Nanning", "Nam Ninh"),
  city("New Delhi", "Niu Đê-li"),
  city("Washington", "Washington D.C.", "Oa-sinh-tơn"),
  city("Moscow", "Mát-xcơ-va", "Matxcơva"),
  city("Vladivostok"),
  city("Canberra"),
  city("Sydney"),
  city("Melbourne"),
  city("Wellington"),
  city("Ottawa"),
  city("Brussels", "Brúc-xen", "Bruxelles"),
  city("London", "Luân Đôn"),
  city("Geneva", "Giơ-ne-vơ"),
  city("Paris"),
  city("Rome", "Roma"),
  city("Milan", "Milano"),
  city("Berlin"),
  city("Madrid"),
  city("New York", "Niu Oóc"),
  city("San Francisco"),
  city("Lima"),
  city("Hiroshima"),
  city("Nagoya"),
  city("Jeju", "Đảo Jeju"),
  city("Incheon"),
  city("Hangzhou", "Hàng Châu"),
  city("Xiamen", "Hạ Môn"),
  city("Kunming", "Côn Minh"),
  city("Chongqing", "Trùng Khánh"),
  city("Jinghong", "Cảnh Hồng"),
  city("Guangzhou", "Quảng Châu"),
  city("Astana"),
  city("Doha"),
  city("Dubai"),
  city("Riyadh"),
  city("Abu Dhabi"),
  city("Auckland"),
  city("Perth"),
  city("Ningbo", "Ninh Ba"),
  city("Tianjin", "Thiên Tân"),
  city("Qingdao", "Thanh Đảo"),
  city("Fukuoka"),
  city("Kyoto"),
  city("Gyeongju"),
  city("Tbilisi"),
  city("Glasgow"),
  city("Magelang"),
  city("Honolulu"),
  city("Sunnylands"),
];

/**
 * Words between a preposition and a city that leave the city as the place
 * (`tại Trung tâm Hội nghị Kuala Lumpur`, `in the Philippine capital Manila`). Folded.
 */
export const VENUE_PREFIXES = [
  "trung tam hoi nghi quoc gia",
  "trung tam hoi nghi quoc te",
  "trung tam hoi nghi",
  "thu do",
  "thanh pho",
  "tp.",
  "tp",
  "the",
] as const;

/** Prepositions that introduce where something happens (`đã tới Kuala Lumpur dự …`). Folded. */
export const PLACE_PREPOSITIONS = ["tai", "o", "in", "at", "toi"] as const;

/** Words for a city or province between a preposition and its name (`in the Thai capital Bangkok`). Folded. */
export const PLACE_KIND_WORDS = [
  "capital city",
  "capital",
  "port city",
  "city",
  "province",
  "resort island",
  "island",
  "thanh pho cang",
  "tinh",
  "dao",
] as const;
