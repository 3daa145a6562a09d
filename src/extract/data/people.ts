/**
 * People an ASEAN-affairs text often names: leaders, foreign, economic and trade ministers of
 * ASEAN and its partners, and ASEAN Secretaries-General. Canonical names are given-name first
 * for foreign names, Vietnamese names with diacritics, Chinese leaders in their usual English
 * form; `aliases` hold the other spellings the press uses (family-name-first order, Vietnamese
 * transliterations, hyphenation variants). `shortForms` are distinctive family names that
 * refer to the person once the full name or a title has introduced them (`ông Lavrov`).
 * The extractor reads roles from the text; `roles` here only completes a bare rank
 * (`Bộ trưởng Nguyễn Hồng Diên` → `Minister of Industry and Trade`) and may go out of date.
 */
export interface PersonEntry {
  name: string;
  aliases: readonly string[];
  /**
   * ISO alpha-2 of the person's country (`EU` for EU officials); null for officials of an
   * international body (ASEAN, UN), who act for no country.
   */
  country: string | null;
  shortForms?: readonly string[];
  /**
   * The short forms name the person on their own, without an introduction: leaders the
   * press calls by family name alone (`Trump 2.0`, `chính quyền Biden`).
   */
  alone?: boolean;
  /** Offices held most recently, in English (see roles.ts), to complete a bare rank. */
  roles?: readonly string[];
}

const p = (
  name: string,
  country: string | null,
  aliases: readonly string[] = [],
  shortForms: readonly string[] = [],
  roles: readonly string[] = [],
): PersonEntry => ({ name, country, aliases, shortForms, roles });

export const PEOPLE: readonly PersonEntry[] = [
  // Viet Nam
  p("Bùi Thanh Sơn", "VN", [], [], ["Deputy Prime Minister", "Minister of Foreign Affairs"]),
  p("Nguyễn Mạnh Hùng", "VN", ["Nguyen Manh Hung"]),
  p("Phan Văn Giang", "VN", ["Phan Van Giang"]),
  p("Lê Hoài Trung", "VN", [], [], ["Minister of Foreign Affairs"]),
  p("Phạm Minh Chính", "VN"),
  p("Tô Lâm", "VN"),
  p("Lương Cường", "VN"),
  p("Trần Thanh Mẫn", "VN"),
  p("Trần Hồng Hà", "VN"),
  p("Nguyễn Hồng Diên", "VN", [], [], ["Minister of Industry and Trade"]),
  p("Nguyễn Sinh Nhật Tân", "VN", [], [], ["Deputy Minister of Industry and Trade"]),
  p("Phan Thị Thắng", "VN", [], [], ["Deputy Minister of Industry and Trade"]),
  p("Đỗ Hùng Việt", "VN", [], [], ["Deputy Minister of Foreign Affairs"]),
  p("Nguyễn Minh Vũ", "VN", [], [], ["Deputy Minister of Foreign Affairs"]),
  p("Đặng Hoàng Giang", "VN", [], [], ["Deputy Minister of Foreign Affairs"]),
  p("Nguyễn Minh Hằng", "VN", [], [], ["Deputy Minister of Foreign Affairs"]),
  p("Lê Thị Thu Hằng", "VN"),
  p("Nguyễn Chí Dũng", "VN"),
  p("Phạm Bình Minh", "VN"),
  p("Trần Tuấn Anh", "VN"),
  p("Võ Văn Thưởng", "VN"),
  p("Nguyễn Xuân Phúc", "VN"),
  p("Nguyễn Phú Trọng", "VN"),
  p("Vương Đình Huệ", "VN"),
  p("Võ Thị Ánh Xuân", "VN"),
  p("Phạm Thu Hằng", "VN"),
  p("Nguyễn Quốc Dũng", "VN", [], [], ["Deputy Minister of Foreign Affairs"]),
  p("Vũ Hồ", "VN"),
  // Malaysia
  p("Anwar Ibrahim", "MY", [], ["Anwar"]),
  p("Mohamad Hasan", "MY", ["Mohamad Haji Hasan", "Mohamad bin Haji Hasan"]),
  p(
    "Zafrul Abdul Aziz",
    "MY",
    [
      "Tengku Zafrul Abdul Aziz",
      "Tengku Datuk Seri Zafrul Abdul Aziz",
      "Tengku Datuk Seri Utama Zafrul Abdul Aziz",
      "Tengku Zafrul Aziz",
      "Zafrul Aziz",
      "Tengku Zafrul",
    ],
    ["Zafrul"],
  ),
  p("Saifuddin Abdullah", "MY"),
  p("Mahathir Mohamad", "MY", ["Mahathir bin Mohamad", "Ma-ha-thia Mô-ha-mát"], ["Mahathir"]),
  p("Muhyiddin Yassin", "MY", [], ["Muhyiddin"]),
  p("Ismail Sabri Yaakob", "MY", [], ["Ismail Sabri"]),
  p("Hishammuddin Hussein", "MY", [], ["Hishammuddin"]),
  // Indonesia
  p("Prabowo Subianto", "ID", [], ["Prabowo"]),
  p("Sugiono", "ID"),
  p("Retno Marsudi", "ID", ["Retno L.P. Marsudi", "Retno Lestari Priansari Marsudi"], ["Retno"]),
  p("Joko Widodo", "ID", ["Jokowi", "Giô-cô Uy-đô-đô", "Giô-cô Ui-đô-đô"]),
  p("Airlangga Hartarto", "ID", [], ["Airlangga"]),
  p("Budi Santoso", "ID"),
  p("Zulkifli Hasan", "ID"),
  // Singapore
  p("Lawrence Wong", "SG"),
  p("Vivian Balakrishnan", "SG", [], ["Balakrishnan"]),
  p("Ng Eng Hen", "SG", ["Ng Eng Heng"]),
  p("Gan Kim Yong", "SG"),
  p("Lee Hsien Loong", "SG", ["Lý Hiển Long"]),
  p("Halimah Yacob", "SG"),
  p("Tharman Shanmugaratnam", "SG", [], ["Tharman"]),
  // Thailand
  p("Paetongtarn Shinawatra", "TH", [], ["Paetongtarn"]),
  p("Anutin Charnvirakul", "TH", [], ["Anutin"]),
  p("Srettha Thavisin", "TH", [], ["Srettha"]),
  p("Maris Sangiampongsa", "TH", [], ["Sangiampongsa"]),
  p("Sihasak Phuangketkeow", "TH", [], ["Sihasak"]),
  p("Parnpree Bahiddha-Nukara", "TH", [], ["Parnpree"]),
  p("Pichai Naripthaphan", "TH"),
  p(
    "Prayut Chan-o-cha",
    "TH",
    ["Prayuth Chan-o-cha", "Prayut Chan-ocha", "Prayuth Chan-ocha", "Pra-yút Chan-ô-cha"],
    ["Prayut", "Prayuth"],
  ),
  p("Don Pramudwinai", "TH", [], ["Pramudwinai"]),
  // Philippines
  p("Ferdinand Marcos Jr.", "PH", [
    "Ferdinand Marcos Jr",
    "Ferdinand R. Marcos Jr.",
    "Ferdinand Romualdez Marcos Jr.",
    "Ferdinand Marcos",
    "Bongbong Marcos",
    "Marcos Jr.",
    "Marcos Jr",
  ]),
  p("Enrique Manalo", "PH", [], ["Manalo"]),
  p(
    "Rodrigo Duterte",
    "PH",
    ["Rodrigo Roa Duterte", "Rô-đri-gô Đu-tẻc-tê", "Rô-đri-gô Đu-téc-tê"],
    ["Duterte"],
  ),
  p("Teodoro Locsin Jr.", "PH", ["Teodoro Locsin", "Teodoro Locsin Jr"], ["Locsin"]),
  p("Theresa Lazaro", "PH", ["Ma. Theresa Lazaro", "Maria Theresa Lazaro", "Ma Theresa Lazaro"]),
  p("Cristina Roque", "PH", ["Ma. Cristina Roque", "Maria Cristina Roque"]),
  // Cambodia
  // Vietnamese press often writes Lao and Cambodian names in Vietnamese transliteration.
  p("Hun Manet", "KH", ["Hun Ma-nét", "Hun Ma-net"]),
  p("Hun Sen", "KH", ["Hun Xen", "Xam-đéc Hun Xen"]),
  p("Prak Sokhonn", "KH", ["Pra Xô-khon", "Prắc Xô-khon"], ["Sokhonn"]),
  p("Sok Chenda Sophea", "KH"),
  p("Cham Nimul", "KH"),
  // Laos
  p("Sonexay Siphandone", "LA", ["Xỏn-xay Xi-phăn-đon", "Xỏn-xay Xi-phăn-đôn"]),
  p("Saleumxay Kommasith", "LA", ["Xa-lơm-xay Côm-ma-xít", "Xa-lơm-xay Com-ma-xít"]),
  p("Thongsavanh Phomvihane", "LA"),
  p("Malaythong Kommasith", "LA", ["Malaithong Kommasith"], [], ["Minister of Industry and Commerce"]),
  p(
    "Thongloun Sisoulith",
    "LA",
    ["Thoong-lun Xi-xu-lít", "Thong-lun Xi-xu-lít", "Thoonglun Sisoulith"],
    ["Thongloun"],
  ),
  p("Phankham Viphavanh", "LA", ["Phăn-khăm Vi-pha-vẳn", "Phan-khăm Vi-pha-vẳn"], ["Phankham"]),
  p("Bounnhang Vorachith", "LA", ["Bun-nhăng Vo-la-chít"], ["Bounnhang"]),
  // Myanmar
  p("Than Swe", "MM"),
  p("Min Aung Hlaing", "MM"),
  p("Aung San Suu Kyi", "MM", [], ["Suu Kyi"]),
  p("Win Myint", "MM"),
  // Brunei
  p("Hassanal Bolkiah", "BN", ["Sultan Hassanal Bolkiah"]),
  p("Erywan Yusof", "BN", ["Erywan Pehin Yusof", "Dato Erywan Pehin Yusof"]),
  // Timor-Leste
  p("Xanana Gusmão", "TL", ["Xanana Gusmao", "Kay Rala Xanana Gusmão"]),
  p("José Ramos-Horta", "TL", ["Jose Ramos-Horta", "Ramos-Horta"]),
  p("Bendito Freitas", "TL", ["Bendito dos Santos Freitas"]),
  // ASEAN Secretariat
  p("Kao Kim Hourn", null),
  p("Lim Jock Hoi", null),
  p("Lê Lương Minh", null),
  // China
  p("Wang Yi", "CN", ["Vương Nghị"]),
  p("Xi Jinping", "CN", ["Tập Cận Bình"]),
  p("Li Qiang", "CN", ["Lý Cường"]),
  p("Wang Wentao", "CN", ["Vương Văn Đào"]),
  p("Li Chenggang", "CN", ["Lý Thành Cương"]),
  // Sino-Vietnamese readings are how Vietnamese press writes Chinese names.
  p("Qin Gang", "CN", ["Tần Cương"]),
  p("Li Keqiang", "CN", ["Lý Khắc Cường", "Lí Khắc Cường"]),
  p("Hu Jintao", "CN", ["Hồ Cẩm Đào"]),
  p("Wen Jiabao", "CN", ["Ôn Gia Bảo"]),
  p("Zhao Leji", "CN", ["Triệu Lạc Tế"]),
  p("Wang Huning", "CN", ["Vương Hộ Ninh"]),
  p("Ding Xuexiang", "CN", ["Đinh Tiết Tường"]),
  p("Hua Chunying", "CN", ["Hoa Xuân Oánh"]),
  p("Wang Wenbin", "CN", ["Uông Văn Bân"]),
  p("Zhao Lijian", "CN", ["Triệu Lập Kiên"]),
  p("Deng Xijun", "CN", ["Đặng Tích Quân"]),
  // Japan
  p("Takeshi Iwaya", "JP", ["Iwaya Takeshi"], ["Iwaya"]),
  p("Yoko Kamikawa", "JP", ["Kamikawa Yoko"], ["Kamikawa"]),
  p("Yoshimasa Hayashi", "JP", ["Hayashi Yoshimasa"]),
  p("Toshimitsu Motegi", "JP", ["Motegi Toshimitsu"], ["Motegi"]),
  p("Shigeru Ishiba", "JP", ["Ishiba Shigeru"], ["Ishiba"]),
  p("Fumio Kishida", "JP", ["Kishida Fumio"], ["Kishida"]),
  p("Sanae Takaichi", "JP", ["Takaichi Sanae"], ["Takaichi"]),
  p("Yoji Muto", "JP", ["Muto Yoji"]),
  p("Ken Saito", "JP", ["Saito Ken"]),
  p("Shinzo Abe", "JP", ["Abe Shinzo", "Shinzō Abe"]),
  p("Yoshihide Suga", "JP", ["Suga Yoshihide"], ["Suga"]),
  p("Taro Kono", "JP", ["Kono Taro", "Taro Kōno"], ["Kono"]),
  p("Hiroshi Kajiyama", "JP", ["Kajiyama Hiroshi"], ["Kajiyama"]),
  p("Yasutoshi Nishimura", "JP", ["Nishimura Yasutoshi"], ["Nishimura"]),
  // Republic of Korea
  p("Park Yoon Joo", "KR", ["Park Yoon-joo", "Park Yoon-Joo", "Park Yoonjoo"]),
  p("Cho Tae-yul", "KR", ["Cho Tae Yul", "Cho Tae-Yul", "Cho Taeyul"]),
  p("Cho Hyun", "KR"),
  p("Park Jin", "KR"),
  p("Lee Jae-myung", "KR", ["Lee Jae Myung", "Lee Jae-Myung"]),
  p("Yoon Suk Yeol", "KR", ["Yoon Suk-yeol", "Yoon Suk-Yeol"]),
  p("Ahn Duk-geun", "KR", ["Ahn Duk Geun", "Ahn Dukgeun"]),
  p("Yeo Han-koo", "KR", ["Yeo Han Koo"]),
  p("Moon Jae-in", "KR", ["Moon Jae In", "Moon Jae-In", "Mun Chê In"]),
  p("Kang Kyung-wha", "KR", ["Kang Kyung Wha", "Kang Kyung-Wha"]),
  p("Chung Eui-yong", "KR", ["Chung Eui Yong", "Chung Eui-Yong"]),
  p("Yoo Myung-hee", "KR", ["Yoo Myung Hee", "Yoo Myung-Hee"]),
  // United States
  p("Marco Rubio", "US", [], ["Rubio"]),
  p("Antony Blinken", "US", ["Anthony Blinken", "An-tô-ni Blin-ken"], ["Blinken"]),
  { ...p("Donald Trump", "US", ["Đô-nan Trăm", "Đô-nan Trâm"], ["Trump"]), alone: true },
  { ...p("Joe Biden", "US", ["Joseph Biden", "Giô Bai-đơn"], ["Biden"]), alone: true },
  p("Kamala Harris", "US"),
  p("Jamieson Greer", "US", [], ["Greer"]),
  p("Katherine Tai", "US"),
  p("Simon Birmingham", "AU", [], ["Birmingham"]),
  p("Howard Lutnick", "US", [], ["Lutnick"]),
  p("Gina Raimondo", "US", [], ["Raimondo"]),
  p("Pete Hegseth", "US", [], ["Hegseth"]),
  p("Lloyd Austin", "US", ["Lloyd J. Austin III", "Lloyd J. Austin", "Lloyd Austin III"]),
  { ...p("Barack Obama", "US", ["Ba-rắc Ô-ba-ma"], ["Obama"]), alone: true },
  p("Mike Pence", "US", [], ["Pence"]),
  p("Mike Pompeo", "US", ["Michael Pompeo"], ["Pompeo"]),
  p("Rex Tillerson", "US", [], ["Tillerson"]),
  p("Robert Lighthizer", "US", [], ["Lighthizer"]),
  p("Wilbur Ross", "US"),
  p("Nancy Pelosi", "US", [], ["Pelosi"]),
  p("Jen Psaki", "US", [], ["Psaki"]),
  p("Kurt Campbell", "US"),
  // Russia
  p(
    "Sergey Lavrov",
    "RU",
    ["Sergei Lavrov", "Xéc-gây La-vrốp", "Xécgây Lavrốp", "Xergây Lavrốp", "S. Lavrov"],
    ["Lavrov", "La-vrốp", "Lavrốp"],
  ),
  {
    ...p("Vladimir Putin", "RU", ["Vla-đi-mia Pu-tin", "Vladimir Pu-tin", "V. Putin"], ["Putin", "Pu-tin"]),
    alone: true,
  },
  p("Mikhail Mishustin", "RU", ["Mi-khai-in Mi-su-xtin"], ["Mishustin", "Mi-su-xtin"]),
  p("Dmitry Medvedev", "RU", ["Dmitri Medvedev", "Đmi-tri Mét-vê-đép"], ["Medvedev", "Mét-vê-đép"]),
  // India
  p("Subrahmanyam Jaishankar", "IN", ["S. Jaishankar", "S Jaishankar", "Jaishankar"]),
  p("Narendra Modi", "IN", ["Na-ren-đra Mô-đi", "Narenda Modi"], ["Modi", "Mô-đi"]),
  p("Piyush Goyal", "IN", [], ["Goyal"], ["Minister of Commerce and Industry"]),
  // Australia and New Zealand
  p("Penny Wong", "AU"),
  p("Anthony Albanese", "AU", [], ["Albanese"]),
  p("Don Farrell", "AU"),
  p("Scott Morrison", "AU"),
  p("Marise Payne", "AU"),
  p("Simon Birmingham", "AU", [], ["Birmingham"]),
  p("Winston Peters", "NZ"),
  p("Christopher Luxon", "NZ", [], ["Luxon"]),
  p("Todd McClay", "NZ", [], ["McClay"]),
  p("Jacinda Ardern", "NZ", [], ["Ardern"]),
  p("Nanaia Mahuta", "NZ", [], ["Mahuta"]),
  // United Kingdom, EU, Canada, United Nations
  p("David Lammy", "GB", [], ["Lammy"]),
  p("Yvette Cooper", "GB"),
  p("Catherine West", "GB"),
  p("Keir Starmer", "GB", [], ["Starmer"]),
  p("Kaja Kallas", "EU", [], ["Kallas"]),
  p("Ursula von der Leyen", "EU", ["Ursula Von der Leyen"]),
  p("Josep Borrell", "EU", [], ["Borrell"]),
  p("Charles Michel", "EU"),
  p("Mélanie Joly", "CA", ["Melanie Joly"]),
  p("Anita Anand", "CA"),
  p("Mark Carney", "CA", [], ["Carney"]),
  p("Justin Trudeau", "CA", [], ["Trudeau"]),
  p("Mary Ng", "CA"),
  p("António Guterres", null, ["Antonio Guterres"], ["Guterres"]),
];
