import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { extractPeople } from "../../../src/extract/people.ts";
import { createTextView } from "../../../src/extract/text-view.ts";

const triples = (text: string) => extractPeople(createTextView(text)).map((p) => [p.name, p.country, p.role]);
const names = (text: string) => extractPeople(createTextView(text)).map((p) => p.name);
/** `Name CC` per person the whole extraction reads, `-` for an unknown country. */
const peopleOf = (text: string) =>
  extractArticle(text).people.map((p) => [p.name, p.country ?? "-"].join(" "));

describe("titles real press uses", () => {
  it("reads the abbreviation `PM` after a demonym, in capitals only", () => {
    expect(triples("Talks were chaired by Laotian PM Somsak Inthavong on the second day.")).toEqual([
      ["Somsak Inthavong", "LA", "Prime Minister"],
    ]);
    expect(names("The session closed at 5 pm Tuesday Evening Reception.")).toEqual([]);
  });

  it("knows State Counsellor, the Speaker of the House and the White House press secretary", () => {
    expect(triples("Myanmar State Counsellor Daw Khin Mya attended.")).toEqual([
      ["Khin Mya", "MM", "State Counsellor"],
    ]);
    expect(triples("Chuyến đi của Chủ tịch Hạ viện Mỹ Mary Olsen gây tranh cãi.")).toEqual([
      ["Mary Olsen", "US", "Speaker of the House of Representatives"],
    ]);
    expect(triples("Thư ký báo chí Nhà Trắng Tom Reyes nói hội nghị rất quan trọng.")).toEqual([
      ["Tom Reyes", "US", "White House Press Secretary"],
    ]);
  });

  it("reads Vietnamese ministries written with dashes for `và` (`Bộ Lao động - Thương binh - Xã hội`)", () => {
    expect(
      triples(
        "Đoàn gồm Bộ trưởng Bộ Giáo dục - Đào tạo Trần Văn Bình và Thứ trưởng Bộ Lao động - Thương binh - Xã hội Lê Thị Hoa.",
      ),
    ).toEqual([
      ["Trần Văn Bình", "VN", "Minister of Education and Training"],
      ["Lê Thị Hoa", "VN", "Deputy Minister of Labour, Invalids and Social Affairs"],
    ]);
  });

  it("reads the offices of Viet Nam's government and party and the ASEAN deputy secretaries-general", () => {
    expect(
      triples(
        "Cùng đi có Phó Chủ nhiệm Văn phòng Chính phủ Đỗ Văn Hải, Phó Chánh văn phòng Trung ương Đảng Vũ Minh Tâm và Phó Tổng Thư ký ASEAN Ngô Thị Lan.",
      ),
    ).toEqual([
      ["Đỗ Văn Hải", "VN", "Vice Chairman of the Government Office"],
      ["Vũ Minh Tâm", "VN", "Deputy Chief of the Party Central Committee Office"],
      ["Ngô Thị Lan", "VN", "Deputy Secretary-General of ASEAN"],
    ]);
  });
});

describe("name boundaries", () => {
  it("ends a name at a full stop with no space after it", () => {
    expect(names("Bộ trưởng Quốc phòng Úc Peter Grant.Tại cuộc họp, hai bên nhất trí.")).toEqual([
      "Peter Grant",
    ]);
  });

  it("does not read a topic after a preposition as a name before a title", () => {
    expect(names("Về Biển Đông, Ngoại trưởng Mỹ cùng các đồng cấp nhấn mạnh tự do hàng hải.")).toEqual([]);
    expect(names("On Maritime Security, Foreign Minister of Japan spoke first.")).toEqual([]);
  });
});

describe("names as the press prints them", () => {
  it("gives Sino-Vietnamese readings their usual English form", () => {
    expect(triples("Ngoại trưởng Trung Quốc Tần Cương đã gặp người đồng cấp.")).toEqual([
      ["Qin Gang", "CN", "Minister of Foreign Affairs"],
    ]);
    expect(names("Thủ tướng Lý Khắc Cường và Chủ tịch Tập Cận Bình")).toEqual(["Li Keqiang", "Xi Jinping"]);
  });

  it("restores the diacritics of a known Vietnamese name written without them", () => {
    expect(triples("Deputy Foreign Minister Nguyen Quoc Dung led the delegation.")).toEqual([
      ["Nguyễn Quốc Dũng", "VN", "Deputy Minister of Foreign Affairs"],
    ]);
  });

  it("does not read lower-case words as a known name (`Tần cương quyết`)", () => {
    expect(names("Cô Tần cương quyết phản đối, còn ông Vương nghị luận mãi.")).toEqual([]);
  });

  it("puts a family name printed in capitals in canonical order (`ABE Shinzo` → `Shinzo Abe`)", () => {
    expect(
      triples("Japanese Foreign Minister KISHIMOTO Haruki met Korean Foreign Minister PARK Min-soo."),
    ).toEqual([
      ["Haruki Kishimoto", "JP", "Minister of Foreign Affairs"],
      ["Park Min-soo", "KR", "Minister of Foreign Affairs"],
    ]);
    expect(names("Thủ tướng Nhật Bản ABE Shinzo phát biểu.")).toEqual(["Shinzo Abe"]);
    // Elsewhere a word in capitals is an acronym, never a name.
    expect(names("Thai Prime Minister ASEAN Summit opened.")).toEqual([]);
  });

  it("keeps a full name after a word of address alone (`ông Kitti Prasirtsuk`, `Mr. John Doe`)", () => {
    expect(names("Theo ông Somchai Wongsa - Đại học Chulalongkorn, ASEAN cần đoàn kết.")).toEqual([
      "Somchai Wongsa",
    ]);
    expect(triples("Analyst Mr. Daniel Moss said the talks went well.")).toEqual([
      ["Daniel Moss", null, null],
    ]);
    // An office, a country or a place after the word of address is not a name.
    expect(names("Thank you, Mr. Prime Minister, ông Nhật Bản, và tỉnh Bà Rịa - Vũng Tàu.")).toEqual([]);
  });
});

describe("more titles and references", () => {
  it("reads academic titles as words of address (`TS.`, `PGS.TS`, `Giáo sư`)", () => {
    expect(names("Theo TS. Lê Văn Minh và PGS.TS Trần Thị Hoa, còn Giáo sư Carl Brown thì khác.")).toEqual([
      "Lê Văn Minh",
      "Trần Thị Hoa",
      "Carl Brown",
    ]);
  });

  it("reads a department head with the ministry between title and name", () => {
    expect(triples("Vụ trưởng Vụ ASEAN, Bộ Ngoại giao Trần Văn An cho biết.")).toEqual([
      ["Trần Văn An", "VN", "Director-General of the ASEAN Department"],
    ]);
  });

  it("reads Chinese and Indonesian offices (Vice Premier, State Councilor, Coordinating Minister)", () => {
    expect(
      triples(
        "Chinese Vice Premier Zhou Ming met Indonesian Coordinating Minister for Economic Affairs Budi Karya.",
      ),
    ).toEqual([
      ["Zhou Ming", "CN", "Vice Premier"],
      ["Budi Karya", "ID", "Coordinating Minister of Economic Affairs"],
    ]);
  });

  it("does not read a delegation named after its country as a person (`…, Đoàn Việt Nam`)", () => {
    expect(
      names("Dưới sự dẫn dắt của Trưởng SOM ASEAN Việt Nam, Đoàn Việt Nam đã đóng góp nhiều ý kiến."),
    ).toEqual([]);
  });

  it("resolves a family name alone to a name written family name first (`ông Park` → `Park Min-ho`)", () => {
    const people = extractPeople(
      createTextView(
        "Ngoại trưởng Hàn Quốc Park Min-ho tới dự. Ngoại trưởng Hàn Quốc Park nhấn mạnh hợp tác.",
      ),
    );
    expect(people.map((p) => [p.name, p.aliases])).toEqual([["Park Min-ho", ["Park Min-ho", "Park"]]]);
  });
});

describe("honorifics and descriptive nouns", () => {
  it("leaves Malaysian and Myanmar honorifics out of the name (`Datuk Seri`, `Tan Sri`, `Daw`)", () => {
    expect(triples("Bộ trưởng Thương mại Malaysia, Datuk Seri Lim Kah Seng phát biểu.")).toEqual([
      ["Lim Kah Seng", "MY", "Minister of Trade"],
    ]);
    expect(names("Malaysian Finance Minister Tan Sri Ahmad Fauzi spoke.")).toEqual(["Ahmad Fauzi"]);
  });

  it("leaves a form of address opening a name out of it (`Her Excellency Josephine Teo, Minister …`)", () => {
    expect(
      names(
        "2. Her Excellency Josephine Teo, Minister for Communications and Information, Republic of Singapore, chaired the meeting.",
      ),
    ).toEqual(["Josephine Teo"]);
  });

  it("keeps the printed span of a name rewritten before its form of address is left out", () => {
    const [person] = extractArticle(
      "Brunei's Minister of Health Awang Dr Haji Mohd Isham Jaafar attended the ASEAN Health Ministers' Meeting.",
    ).people;
    // No span cut inside a word (`ng Dr Haji …`).
    for (const e of person?.evidence ?? []) expect(e.text).toMatch(/^(?:Awang|Dr|Haji|Mohd)\b/);
  });

  it("reads Brunei's transport minister in his full style", () => {
    expect(
      names(
        "Yang Berhormat Pengiran Dato Seri Setia Shamhary bin Pengiran Dato Paduka Haji Mustapha, Minister of Transport and Infocommunications, Brunei Darussalam, took part.",
      ),
    ).toEqual(["Shamhary Mustapha"]);
  });

  it("keeps a full name after a descriptive noun (`chuyên gia`, `nhà nghiên cứu`, `analyst`)", () => {
    expect(
      names("Theo chuyên gia Lê Văn An và nhà nghiên cứu Carl Thayer; analyst Jane Roe agreed."),
    ).toEqual(["Lê Văn An", "Carl Thayer", "Jane Roe"]);
  });

  it("does not read a region, a body or an office after such a noun as a name", () => {
    expect(
      names("Các chuyên gia Đông Nam Á, nhà nghiên cứu Biển Đông và chuyên gia Quỹ Tiền tệ Quốc tế đồng ý."),
    ).toEqual([]);
  });

  it("keeps a one-word country inside a Vietnamese name (`Nguyễn Tuấn Anh`)", () => {
    expect(names("Theo chuyên gia Nguyễn Tuấn Anh, thương mại tăng.")).toEqual(["Nguyễn Tuấn Anh"]);
  });
});

describe("leaders as Vietnamese and English press name them", () => {
  it("reads Lao, Cambodian and Russian leaders in Vietnamese transliteration", () => {
    expect(
      names("Tổng Bí thư Thoong-lun Xi-xu-lít, Thủ tướng Hun Xen và Thủ tướng Mi-khai-in Mi-su-xtin"),
    ).toEqual(["Thongloun Sisoulith", "Hun Sen", "Mikhail Mishustin"]);
  });

  it("reads a leader the press calls by family name alone (`Trump 2.0`), but not a lower-case word", () => {
    expect(triples("Markets braced for Trump 2.0 in the region.")).toEqual([["Donald Trump", "US", null]]);
    expect(names("He played his trump card.")).toEqual([]);
  });

  it("still needs an introduction for other family names (`Lavrov` alone is no one)", () => {
    expect(names("The Lavrov doctrine was discussed.")).toEqual([]);
  });
});

describe("spellings of known names", () => {
  it("matches a transliteration or romanisation with or without the hyphens inside its words", () => {
    expect(names("Ngoại trưởng Nga Xécgây La-vrốp gặp Tổng thống Moon Jaein.")).toEqual([
      "Sergey Lavrov",
      "Moon Jae-in",
    ]);
  });

  it("does not read a firm after a descriptive noun as a person", () => {
    expect(names("said analyst Capital Economics and economist Standard Chartered Bank")).toEqual([]);
  });
});

describe("a name before its title", () => {
  it("reads an apposition that opens with an article or the country (`…, the Minister`, `…, Laos' Minister`)", () => {
    expect(triples("Somsak Inthavong, the Foreign Minister of Laos, said.")).toEqual([
      ["Somsak Inthavong", "LA", "Minister of Foreign Affairs"],
    ]);
    expect(triples("Jane Holt, Australia's Trade Minister, said.")).toEqual([
      ["Jane Holt", "AU", "Minister of Trade"],
    ]);
  });

  it("does not take a single word before such an apposition for a name", () => {
    expect(names("Meanwhile, the Foreign Minister of Japan said talks would go on.")).toEqual([]);
  });
});

describe("titles real press prints before names", () => {
  it("reads offices of the Kremlin, the European Council and the IMF", () => {
    expect(peopleOf("Người phát ngôn Điện Kremlin Dmitry Peskov cho hay như vậy.")).toEqual([
      "Dmitry Peskov RU",
    ]);
    expect(peopleOf("Trợ lý Điện Kremlin Yuri Ushakov cho biết thêm.")).toEqual(["Yuri Ushakov RU"]);
    expect(
      peopleOf(
        "Khách mời có Chủ tịch Hội đồng châu Âu Antonio Costa và Giám đốc Quỹ tiền tệ quốc tế (IMF) Kristalina Georgieva.",
      ),
    ).toEqual(["Antonio Costa EU", "Kristalina Georgieva -"]);
  });

  it("reads Australian forms of address and a correspondent", () => {
    expect(
      peopleOf("Australia was represented by Senator the Hon Tim Ayres, Assistant Minister for Trade."),
    ).toEqual(["Tim Ayres AU"]);
    expect(peopleOf("Answering a question from correspondent Sidhant Sibal, he said no.")).toEqual([
      "Sidhant Sibal -",
    ]);
  });

  it("reads a permanent secretary of a foreign ministry", () => {
    expect(
      peopleOf("It was attended by Myanmar's Permanent Secretary of the Foreign Ministry Aung Kyaw Moe."),
    ).toEqual(["Aung Kyaw Moe MM"]);
  });
});

describe("more titles and appositions real press prints", () => {
  it("reads a known family name after `Secretary`, ranks of generals, and aides", () => {
    expect(peopleOf("On August 2, Secretary Blinken co-hosted the meeting.")).toEqual(["Antony Blinken US"]);
    expect(peopleOf("Đại tướng Phan Văn Giang phát biểu khai mạc.")).toEqual(["Phan Văn Giang VN"]);
    expect(peopleOf("He met Senior Gen. Min Aung Hlaing in Naypyidaw.")).toEqual(["Min Aung Hlaing MM"]);
    expect(
      peopleOf("Cùng đi có phu nhân Trần Nguyệt Thu và Trợ lý Thủ tướng Chính phủ Bùi Huy Hùng."),
    ).toEqual(["Trần Nguyệt Thu VN", "Bùi Huy Hùng VN"]);
  });

  it("reads a caption's `Country's Title, Name,` list, one-word names included", () => {
    expect(
      peopleOf(
        "From left: Philippines Secretary of Foreign Affairs, Alan Peter Cayetano, Indonesia's Coordinating Minister for Security, Wiranto, and others.",
      ),
    ).toEqual(["Alan Peter Cayetano PH", "Wiranto ID"]);
  });

  it("reads `Name, Title` after `and` or `by`, never a place", () => {
    expect(
      peopleOf(
        "It was co-chaired by Sidharto Reza Suryodipuro, Director-General for ASEAN Cooperation of the Indonesian Foreign Affairs Ministry, and Igor Morgulov, Deputy Minister of Foreign Affairs of the Russian Federation.",
      ),
    ).toEqual(["Sidharto Reza Suryodipuro ID", "Igor Morgulov RU"]);
    expect(peopleOf("It was hosted by Kuala Lumpur, Prime Minister Anwar said.")).toEqual([
      "Anwar Ibrahim MY",
    ]);
  });
});

describe("delegation lists and forms of names", () => {
  it("reads heads of Viet Nam's state bodies in a delegation list", () => {
    expect(
      peopleOf(
        "Cùng đi có Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng; Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Tiến Sỹ.",
      ),
    ).toEqual(["Nguyễn Thị Hồng VN", "Đỗ Tiến Sỹ VN"]);
  });

  it("reads known people under a middle initial, a suffix, or a family name after a title", () => {
    expect(peopleOf("Secretary of Defense Lloyd J. Austin III wrapped up his visit.")).toEqual([
      "Lloyd Austin US",
    ]);
    expect(peopleOf("Chủ tịch ASEAN năm 2026, ông Marcos Jr. công bố Chủ đề Năm.")).toEqual([
      "Ferdinand Marcos Jr. PH",
    ]);
    expect(peopleOf("It was represented by Minister for Trade Senator Birmingham.")).toEqual([
      "Simon Birmingham AU",
    ]);
    expect(peopleOf("The match in Birmingham ended.")).toEqual([]);
  });
});

describe("portfolios, friendship bodies and legacy letters", () => {
  it("reads `Secretary of National Defense` and `Minister for Asia`", () => {
    expect(peopleOf("He met Philippines Secretary of National Defense Gilberto Teodoro in Jakarta.")).toEqual(
      ["Gilberto Teodoro PH"],
    );
    expect(peopleOf("UK Minister for Asia, Amanda Milling has been in Cambodia this week.")).toEqual([
      "Amanda Milling GB",
    ]);
  });

  it("reads the head of the Union of Friendship Organisations", () => {
    expect(peopleOf("Có Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Nguyễn Phương Nga.")).toEqual([
      "Nguyễn Phương Nga VN",
    ]);
  });
});

describe("ministry abbreviations and compound nouns after a name", () => {
  it("reads `Bộ trưởng Bộ KH-CN` and a known Vietnamese name printed without diacritics", () => {
    expect(
      peopleOf("Phát biểu khai mạc, Bộ trưởng Bộ KH-CN Nguyễn Mạnh Hùng nêu bật ý nghĩa chủ đề."),
    ).toEqual(["Nguyễn Mạnh Hùng VN"]);
    expect(peopleOf("Minister of Science and Technology of Vietnam Nguyen Manh Hung opened it.")).toEqual([
      "Nguyễn Mạnh Hùng VN",
    ]);
  });

  it("does not take `Đoàn Đại biểu` (a delegation) for a name", () => {
    expect(peopleOf("Bộ trưởng Công an làm trưởng đoàn Đoàn Đại biểu cấp cao Bộ Công an tham dự.")).toEqual(
      [],
    );
  });
});

describe("appositions with a demonym and Malay forms of address", () => {
  it("reads `Name, Indonesian ambassador to Thailand` and `Minister of Manpower`", () => {
    expect(
      peopleOf("With him were officials; Rahmat Budiman, Indonesian ambassador to Thailand; and others."),
    ).toEqual(["Rahmat Budiman ID"]);
    expect(peopleOf("It was chaired by Indonesia’s Minister of Manpower Ida Fauziyah in 2020.")).toEqual([
      "Ida Fauziyah ID",
    ]);
  });
});

describe("people listed after their country's possessive", () => {
  it("reads a list of `Country's Name` as people of those countries, ranks left out", () => {
    expect(
      peopleOf(
        "Among the ASEAN defence ministers were Malaysia's Khaled Nordin, Singapore's Chan Chun Sing, and Thailand's Gen Natthaphon Narkphanit.",
      ),
    ).toEqual(["Khaled Nordin MY", "Chan Chun Sing SG", "Natthaphon Narkphanit TH"]);
  });

  it("does not take one possessive alone, or offices, for people", () => {
    expect(peopleOf("Singapore's Tan Wei Ming spoke.")).toEqual([]);
    expect(peopleOf("Vietnam's Foreign Ministry said so, and Malaysia's Prime Minister agreed.")).toEqual([]);
  });
});

describe("ranks after a title, permanent secretaries, and `Name from Country` lists", () => {
  it("leaves a rank between title and name out of the name", () => {
    expect(
      peopleOf("Chinese State Councilor and Minister of National Defense General Wei Fenghe spoke."),
    ).toEqual(["Wei Fenghe CN"]);
    expect(peopleOf("With him is Permanent Secretary for Defence Chan Yeng Kit, as well as others.")).toEqual(
      ["Chan Yeng Kit -"],
    );
  });

  it("reads a list of `Name from Country`, never `imports from China`", () => {
    expect(peopleOf("They were Anifah Aman from Malaysia, Kyaw Tin from Myanmar and others.")).toEqual([
      "Anifah Aman MY",
      "Kyaw Tin MM",
    ]);
    expect(peopleOf("Imports from China rose. Exports from Vietnam fell.")).toEqual([]);
  });
});

describe("Malay forms of address inside names", () => {
  it("drops `Bin` and honorifics from a Malaysian or Bruneian name, not an Arabic `bin`", () => {
    expect(
      peopleOf("Chủ trì là Chủ tịch Hạ viện Malaysia Tan Sri Dato’ Johari Bin Abdul; các trưởng đoàn dự."),
    ).toEqual(["Johari Abdul MY"]);
    expect(peopleOf("Crown Prince Mohammed bin Salman met him.")).toEqual(["Mohammed bin Salman SA"]);
  });
});

describe("institutions after a title, Bruneian forms of address", () => {
  it("takes no capitalised institution or state name for a person", () => {
    expect(
      names("The Minister of Commerce and Industry, Democratic Republic of Timor-Leste, attended."),
    ).toEqual([]);
    expect(names("The Director-General of the Fiscal Policy Office briefed reporters.")).toEqual([]);
  });

  it("leaves `Hj` and `Datu Seri` out of the name", () => {
    expect(names("Brunei's Second Minister of Foreign Affairs Hj Aris Tamin spoke first.")).toEqual([
      "Aris Tamin",
    ]);
    expect(names("Bộ trưởng Nội vụ Brunei Datu Seri Kamal Ahmad chủ trì.")).toEqual(["Kamal Ahmad"]);
  });
});

describe("officials English press prints without diacritics, and headline capitals", () => {
  it("gives a known Vietnamese official's name its diacritics", () => {
    expect(
      peopleOf("Vietnam's Defence Minister Ngo Xuan Lich attended the 12th ADMM in Singapore."),
    ).toContain("Ngô Xuân Lịch VN");
  });

  it("leaves `Honorable` out and takes no meeting's name for a person", () => {
    expect(names("The Honorable Marc Garneau Co-Chaired the Meeting.")).toEqual(["Marc Garneau"]);
    expect(names("Minister Joly attended the ASEAN Regional Forum Ministerial in Jakarta.")).not.toContain(
      "Regional Forum Ministerial",
    );
  });
});

describe("ambassadors' postings and the partner's SOM leader", () => {
  it("reads the name after an ambassador's posting to a country or to ASEAN", () => {
    expect(triples("US Ambassador to Malaysia Edgard D. Kagan spoke.")).toEqual([
      ["Edgard D. Kagan", "US", "Ambassador"],
    ]);
    expect(triples("Đại sứ Vương quốc Anh tại ASEAN Jon Lambe cùng chủ trì.")).toEqual([
      ["Jon Lambe", "GB", "Ambassador"],
    ]);
  });

  it("reads `Trưởng SOM của Nga` with the country after `của`", () => {
    expect(names("Thứ trưởng Ngoại giao kiêm Trưởng SOM của Nga Andrei Rudenko cùng chủ trì.")).toEqual([
      "Andrei Rudenko",
    ]);
  });
});

describe("a full name opening its sentence before a title", () => {
  it("reads `Name, Director-General of …` after another paragraph, never a city", () => {
    expect(
      names(
        "Officials met today.\n\nLavaron Sangsanit, Director-General of the Fiscal Policy Office, said so.",
      ),
    ).toEqual(["Lavaron Sangsanit"]);
    expect(names("Officials met.\n\nKuala Lumpur, Director-General of the Office said.")).toEqual([]);
  });
});

describe("leaders beyond ASEAN's partners, and `Trưởng` before a delegation", () => {
  it("knows Kim Jong Un and Lula, and takes no name from `Trưởng phái đoàn`", () => {
    expect(peopleOf("North Korean leader Kim Jong Un was not invited.")).toEqual(["Kim Jong Un KP"]);
    expect(names("Trưởng Phái đoàn Việt Nam phát biểu.")).toEqual([]);
  });
});

describe("Chinese officials by their Sino-Vietnamese readings", () => {
  it("reads `Bộ trưởng Tài chính Trung Quốc Lan Phô An` as Lan Fo'an", () => {
    expect(
      peopleOf("Bộ trưởng Tài chính Trung Quốc Lan Phô An và Thống đốc Phan Công Thắng dự hội nghị."),
    ).toEqual(["Lan Fo'an CN", "Pan Gongsheng CN"]);
  });
});

describe("a middle initial, a misspelt known name, a Cambodian honorific", () => {
  it("reads `Retno L. Marsudi`, `Jacinda Arden` and `Akka Moha Sena Padei Techo Hun Sen`", () => {
    expect(peopleOf("Foreign Minister Retno L. Marsudi and PM Jacinda Arden spoke.")).toEqual([
      "Retno Marsudi ID",
      "Jacinda Ardern NZ",
    ]);
    expect(names("Samdech Akka Moha Sena Padei Techo Hun Sen chaired the meeting.")).toEqual(["Hun Sen"]);
  });
});

describe("officials below a minister, and a leader's entourage", () => {
  it("reads `Undersecretary`, `Assistant Secretary`, `Director` and `Chargé d'Affaires`", () => {
    expect(
      names(
        "Undersecretary Rosa Lim led the team with Assistant Secretary Paolo Reyes and Director Ana Cruz-Santos of the bureau.",
      ),
    ).toEqual(["Rosa Lim", "Paolo Reyes", "Ana Cruz-Santos"]);
    expect(names("The embassy sent Charge D'Affaires Min Thu Aung.")).toEqual(["Min Thu Aung"]);
    expect(names("Thai Minister Attached to the Prime Minister’s Office Somsak Chai opened it.")).toEqual([
      "Somsak Chai",
    ]);
  });

  it("reads `President Director` whole, and no division after `Director,` as a name", () => {
    expect(names("According to the agency's President Director Rina Kartika, the plan works.")).toEqual([
      "Rina Kartika",
    ]);
    expect(names("Ms Lina Tan, Director, Trade Division, Ministry of Finance, spoke.")).not.toContain(
      "Trade Division",
    );
  });

  it("reads `first lady`, `Rep.`, `floor leader`, `chief of staff` and `Col.`", () => {
    expect(
      names(
        "Seen off by first lady Han Mi-ra, Rep. Oh Se-jin, floor leader Baek Jun-ho, presidential chief of staff Seo In-gu and Col. Ryu Ji-won.",
      ),
    ).toEqual(["Han Mi-ra", "Oh Se-jin", "Baek Jun-ho", "Seo In-gu", "Ryu Ji-won"]);
  });
});

describe("Vietnamese titles, ministries and name shapes", () => {
  it("reads ministries with a dash for the comma only, their abbreviations, and Energy and Mines", () => {
    expect(
      triples(
        "Có Thứ trưởng Bộ Lao động – Thương binh và Xã hội Lê Văn Hải và Thứ trưởng Bộ LĐ-TBXH Trần Thị Mai.",
      ),
    ).toEqual([
      ["Lê Văn Hải", "VN", "Deputy Minister of Labour, Invalids and Social Affairs"],
      ["Trần Thị Mai", "VN", "Deputy Minister of Labour, Invalids and Social Affairs"],
    ]);
    expect(names("Bộ trưởng Đầu tư và Kinh tế đối ngoại Myanmar Kyaw Min dự.")).toEqual(["Kyaw Min"]);
  });

  it("takes a country the finder joined to the name after a ministry out of the name", () => {
    expect(names("Lễ khai mạc do Bộ trưởng Năng lượng và Mỏ Lào Khamla Vongsa chủ trì.")).toEqual([
      "Khamla Vongsa",
    ]);
    expect(names("Thứ trưởng Thái Văn Long phát biểu.")).toEqual(["Thái Văn Long"]);
  });

  it("reads a one-letter syllable inside a Vietnamese name (`Hầu A Lềnh`)", () => {
    expect(names("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Giàng A Pao dự lễ.")).toEqual(["Giàng A Pao"]);
  });

  it("reads military ranks, the head of a mission, the AIPA president and the US assistant secretary", () => {
    expect(
      triples(
        "Đoàn có Trung tướng Lê Văn Hùng; Đại sứ Đặc mệnh Toàn quyền Việt Nam tại Lào Phạm Văn Nam; Đại sứ, Trưởng Phái đoàn Việt Nam tại ASEAN Đỗ Thị Lan.",
      ),
    ).toEqual([
      ["Lê Văn Hùng", "VN", "Lieutenant General"],
      ["Phạm Văn Nam", "VN", "Ambassador Extraordinary and Plenipotentiary"],
      ["Đỗ Thị Lan", "VN", "Ambassador, Head of Mission"],
    ]);
    expect(triples("Chủ tịch Quốc hội Lào, Chủ tịch AIPA Somphan Keo phát biểu.")).toEqual([
      ["Somphan Keo", "LA", "President of AIPA"],
    ]);
    expect(triples("Quyền Trợ lý Ngoại trưởng Mỹ John Carter tham dự.")).toEqual([
      ["John Carter", "US", "Acting Assistant Secretary of State"],
    ]);
    expect(names("Theo Tiến sỹ Mark Hollis, đây là dịp tốt.")).toEqual(["Mark Hollis"]);
  });
});

describe("names listed after a plural title", () => {
  it("reads every name after `Foreign Ministers`, each with its country from a list after `of`", () => {
    expect(
      triples(
        "Present were Foreign Ministers Anna Berg, Tom Lindqvist and Ole Hansen of Sweden, Finland, and Norway, respectively.",
      ),
    ).toEqual([
      ["Anna Berg", "SE", "Minister of Foreign Affairs"],
      ["Tom Lindqvist", "FI", "Minister of Foreign Affairs"],
      ["Ole Hansen", "NO", "Minister of Foreign Affairs"],
    ]);
  });

  it("resolves family names alone in the list through the known people, and drops unknown ones", () => {
    expect(peopleOf("Foreign Ministers Wang Yi, Kono, Bishop, Smith and Freeland met.")).toEqual([
      "Wang Yi CN",
      "Taro Kono JP",
      "Julie Bishop AU",
      "Chrystia Freeland CA",
    ]);
    expect(names("The Foreign Ministers Meeting opened.")).toEqual([]);
  });

  it("reads the EU's High Representative and known officials by family name after a title", () => {
    expect(
      peopleOf(
        "Deputy Foreign Minister Morgulov of Russia and High Representative for Foreign Affairs and Security Policy Mogherini of the EU came.",
      ),
    ).toEqual(["Igor Morgulov RU", "Federica Mogherini EU"]);
  });
});

describe("known people's canonical names", () => {
  it("gives Japanese names printed family name first and Malaysian full names in canonical form", () => {
    expect(names("Finance Minister Suzuki Shunichi and Deputy Governor Himino Ryozo met.")).toEqual([
      "Shunichi Suzuki",
      "Ryozo Himino",
    ]);
    expect(names("Minister of Economic Affairs Datuk Seri Azmin Ali and Datuk Darell Leiking came.")).toEqual(
      ["Mohamed Azmin Ali", "Ignatius Darell Leiking"],
    );
  });
});

describe("Bruneian ranks of `Dato`, and a second office after a comma", () => {
  it("reads `Dato Seri Paduka Haji` as one form of address, also after a ministry's bracket", () => {
    expect(
      names(
        "Deputy Minister of Finance and Economy (Economy) Dato Seri Paduka Haji Rosli bin Haji Abdul Karim attended.",
      ),
    ).toEqual(["Rosli Abdul Karim"]);
  });

  it("reads no `Chairman` after `Prime Minister of X,` as a name", () => {
    expect(names("Lee Hsien Loong, Prime Minister of Singapore, Chairman of the Summit, spoke.")).toEqual([
      "Lee Hsien Loong",
    ]);
  });
});

describe("list items, deputies of listed offices and name shapes", () => {
  it("reads `Name, title` after a semicolon as an item of a list", () => {
    expect(
      names(
        "With him were Ana Reyes, the trade envoy; Budi Hartono, ASEAN deputy secretary-general; and others.",
      ),
    ).toContain("Budi Hartono");
  });

  it("reads deputies of listed offices and ministries of Communication and Informatics", () => {
    expect(
      triples(
        "Also there were Russia's deputy defence minister Ivan Petrov and Philippine Deputy Assistant Secretary of Foreign Affairs Luis Santos.",
      ),
    ).toEqual([
      ["Ivan Petrov", "RU", "Deputy Minister of Defence"],
      ["Luis Santos", "PH", "Deputy Assistant Secretary of Foreign Affairs"],
    ]);
    expect(names("Indonesia’s Minister of Communication and Informatics Rudi Hartanto spoke.")).toEqual([
      "Rudi Hartanto",
    ]);
  });

  it("keeps `do` inside a Portuguese name and `Ma.` opening a Filipino one", () => {
    expect(names("Among them was H.E. Mario do Rosario da Costa of Timor-Leste.")).toEqual([
      "Mario do Rosario da Costa",
    ]);
    expect(names("Director-General Ma. Luisa Reyes, for her part, said so.")).toEqual(["Ma. Luisa Reyes"]);
  });

  it("resolves a Lao minister's given name after a title", () => {
    expect(peopleOf("I thank Foreign Minister Saleumxay for the arrangements.")).toEqual([
      "Saleumxay Kommasith LA",
    ]);
  });
});

describe("an ambassador's posting with the form of state", () => {
  it("reads the name after `tại Vương quốc Campuchia`, and after `tại Vương quốc Anh` as before", () => {
    expect(
      names(
        "Có Đại sứ Việt Nam tại Vương quốc Campuchia Lê Văn Tâm và Đại sứ Việt Nam tại Vương quốc Anh Đỗ Minh Hải.",
      ),
    ).toEqual(["Lê Văn Tâm", "Đỗ Minh Hải"]);
  });
});

describe("appositions opened by a title, and the head of a mission", () => {
  it("reads one person for `Ambassador Name, Permanent Representative of …`", () => {
    expect(
      names("Ambassador Tran Van Khoa, Permanent Representative of Vietnam to ASEAN, attended the meeting."),
    ).toEqual(["Tran Van Khoa"]);
  });

  it("gives a known Vietnamese official printed without diacritics the name with them", () => {
    expect(
      names(
        "Ambassador Nguyen Hai Bang, Permanent Representative of Vietnam to ASEAN, attended the meeting.",
      ),
    ).toEqual(["Nguyễn Hải Bằng"]);
    expect(names("Health Minister Nguyen Thi Kim Tien attended the meeting.")).toEqual([
      "Nguyễn Thị Kim Tiến",
    ]);
  });

  it("reads `Name, chief of mission for …`", () => {
    expect(triples("Kristin Parco, chief of mission for the Philippines, said the talks went well.")).toEqual(
      [["Kristin Parco", "PH", "Head of Mission"]],
    );
  });
});

describe("officials of members and partners, and forms of address", () => {
  it("knows officials from the officials' table, with their country, even untitled", () => {
    expect(triples("Ram Nath Kovind arrived in Manila on Sunday.")).toEqual([
      ["Ram Nath Kovind", "IN", null],
    ]);
    expect(peopleOf("Arif Alvi spoke at the forum.")).toEqual(["Arif Alvi PK"]);
  });

  it("drops `Shri` and `Sheikh` in front of a name", () => {
    expect(names("Defence Minister Shri Rajnath Kumar attended the meeting.")).toEqual(["Rajnath Kumar"]);
    expect(names("Prime Minister Sheikh Ahmad Nawaf Al Sabah attended the summit.")).toEqual([
      "Ahmad Nawaf Al Sabah",
    ]);
  });

  it("reads a titled name cut off where the page ends as the known person it opens", () => {
    expect(names("Bộ trưởng Bộ Công Thương Trần Tuấn Anh chủ trì hội nghị.\n\nBộ trưởng Trần Tuấn")).toEqual([
      "Trần Tuấn Anh",
    ]);
  });
});

describe("Vietnamese title chains with the state's form, ASEAN's full name and a ministry spelled out", () => {
  it("reads the country after `Cộng hòa` and a posting to ASEAN by its full name", () => {
    expect(triples("Chủ tịch Thượng viện Cộng hòa Philippines Juan Miguel Zubiri dự lễ.")).toEqual([
      ["Juan Miguel Zubiri", "PH", "President of the Senate"],
    ]);
    expect(
      triples("Đại sứ Indonesia tại Hiệp hội các quốc gia Đông Nam Á (ASEAN) Ade Padmo Sarwono cho biết."),
    ).toEqual([["Ade Padmo Sarwono", "ID", "Ambassador"]]);
  });

  it("reads `Phó Chủ tịch thứ nhất Quốc hội` as a title", () => {
    expect(triples("Phó Chủ tịch thứ nhất Quốc hội Campuchia Cheam Yeap dự lễ.")).toEqual([
      ["Cheam Yeap", "KH", "First Vice Chairman of the National Assembly"],
    ]);
  });

  it("reads a Vietnamese ministry's name between the rank and the country, never English words", () => {
    expect(
      triples(
        "Bộ trưởng Điều phối Các vấn đề Hàng hải và Đầu tư Indonesia Luhut Binsar Panjaitan đồng chủ trì.",
      ),
    ).toEqual([["Luhut Binsar Panjaitan", "ID", "Coordinating Minister"]]);
    expect(
      names("Defence Minister Nirmala Sitharaman with United States Secretary of Defense James Mattis."),
    ).toEqual(["Nirmala Sitharaman", "James Mattis"]);
  });
});

describe("people named only as the one who speaks or leads", () => {
  it("reads a name before `said`/`told` and after `according to`/`led by`", () => {
    expect(names('"The draft is ready," Budi Harsono told reporters.')).toEqual(["Budi Harsono"]);
    expect(names("Budi Harsono said the draft was ready.")).toEqual(["Budi Harsono"]);
    expect(names("The delegation was led by Maria Santos.")).toEqual(["Maria Santos"]);
    expect(names("According to Maria Santos, the draft is ready.")).toEqual(["Maria Santos"]);
  });

  it("never reads an institution, a document, a region or a sentence opener as a person", () => {
    expect(names("The Foreign Ministry said the draft was ready.")).toEqual([]);
    expect(names("The Joint Statement said the parties agreed.")).toEqual([]);
    expect(names("Southeast Asia said farewell to the old order.")).toEqual([]);
    expect(names("On Monday Officials said the draft was ready.")).toEqual([]);
    expect(names("Viet Nam said the draft was ready.")).toEqual([]);
  });
});

describe("names and offices of batch r22", () => {
  it("reads a known person written with a middle initial as that person (`Mark T. Esper`)", () => {
    expect(triples("US Secretary of Defense Mark T. Esper arrived in Bangkok.")).toEqual([
      ["Mark Esper", "US", "Secretary of Defense"],
    ]);
    expect(names("Philippine President Ferdinand R. Marcos Jr. spoke first.")).toEqual([
      "Ferdinand Marcos Jr.",
    ]);
    // The form written stays an alias, whichever way the name was found.
    const [esper] = extractPeople(createTextView('"The talks were useful," Mark T. Esper said.'));
    expect([esper?.name, esper?.aliases]).toEqual(["Mark Esper", ["Mark Esper", "Mark T. Esper"]]);
    // Not known without the initial: the name stays as written.
    expect(names("Ambassador Ahmed M. Saeed spoke.")).toEqual(["Ahmed M. Saeed"]);
  });

  it("reads `Parliamentary Secretary`, also after the name, and `Minister of Transportation`", () => {
    expect(
      triples("Yasir Naqvi, Canada's Parliamentary Secretary to the Minister of International Trade, left."),
    ).toEqual([["Yasir Naqvi", "CA", "Parliamentary Secretary"]]);
    expect(triples("Indonesia’s Minister of Transportation Budi Karya Sumadi spoke.")).toEqual([
      ["Budi Karya Sumadi", "ID", "Minister of Transportation"],
    ]);
    expect(triples("Minister of Transport and Infocommunications Joe Smithers spoke.")).toEqual([
      ["Joe Smithers", null, "Minister of Transport and Infocommunications"],
    ]);
  });
});

describe("people of batches r25 and r26 (development files)", () => {
  it("takes no ministry's name before `said` for a speaker, and knows Pence, Ramaphosa and Pan Gongsheng in other forms", () => {
    expect(
      names(
        "A press release of the Ministry of Foreign Affairs and International Cooperation said the ministers and Secretary of State Antony Blinken will talk.",
      ),
    ).toEqual(["Antony Blinken"]);
    expect(names("Phó Tổng thống Michael Pence dự hội nghị.")).toEqual(["Mike Pence"]);
    expect(names("Tổng thống Nam Phi Matamela Cyril Ramaphosa cũng có mặt.")).toEqual(["Cyril Ramaphosa"]);
    expect(
      names("Thống đốc Ngân hàng Nhân dân Trung Quốc, ông Phan Cung Thăng, cũng có mặt tại hội nghị."),
    ).toEqual(["Pan Gongsheng"]);
  });
});

describe("people of batches r27 and r28 (development files)", () => {
  it("ends a name at a Title Case headline's verb, and leaves out a Cambodian honorary title", () => {
    expect(
      names(
        "Secretary Manalo Advances PH Strategic Priorities in ASEAN FM Meetings\nJAKARTA 15 July 2023 — Secretary for Foreign Affairs Enrique A. Manalo put forward priorities.",
      ),
    ).toEqual(["Enrique Manalo"]);
    expect(names("Minister Retno Calls for Unity\nForeign Minister Retno Marsudi said.")).toEqual([
      "Retno Marsudi",
    ]);
    expect(
      names(
        "Chairing the ministerial meetings was Kitte Sangahak Bandith Kun Kim, Senior Minister in charge of Special Missions.",
      ),
    ).toEqual(["Kun Kim"]);
    expect(
      triples(
        "Agriculture Secretary and Head of Philippine Delegation William Dar reaffirmed its commitment.",
      ),
    ).toEqual([["William Dar", "PH", "Secretary, Head of Delegation"]]);
  });
});
