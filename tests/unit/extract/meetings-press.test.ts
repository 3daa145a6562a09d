/**
 * Meeting names as real press writes them (issue #13, section 3): each rule class with short
 * sentences of our own.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { extractMeetings } from "../../../src/extract/meetings.ts";
import { createTextView } from "../../../src/extract/text-view.ts";
import type { PartialDate } from "../../../src/extract/types.ts";

const PUBLISHED: PartialDate = { year: 2024, month: 3, day: 5 };

/** `series partner level number` of each meeting, in text order. */
const meetingsOf = (text: string, published: PartialDate | null = PUBLISHED) =>
  extractMeetings(createTextView(text), { published }).map((m) =>
    [m.series, m.partner ?? "-", m.level, m.number ?? "-"].join(" "),
  );

describe("senior officials' meetings", () => {
  it("reads ASEAN's senior officials described as meeting", () => {
    expect(
      meetingsOf(
        "Trong hai ngày 16 đến 17-1, các quan chức cấp cao ASEAN (SOM ASEAN) đã họp tại Chiang Mai.",
      ),
    ).toEqual(["SOM - senior_officials -"]);
    expect(
      meetingsOf(
        "Senior officials of the Association of Southeast Asian Nations (ASEAN) are meeting in Bangkok.",
      ),
    ).toEqual(["SOM - senior_officials -"]);
  });

  it("reads the acronym between the level and ASEAN, and `các nước`", () => {
    expect(meetingsOf("Sáng nay, Hội nghị Quan chức cao cấp (SOM) các nước ASEAN đã khai mạc.")).toEqual([
      "SOM - senior_officials -",
    ]);
  });

  it("reads `quan chức cấp cao` and ASEAN's full Vietnamese name", () => {
    expect(meetingsOf("Hội nghị các quan chức cấp cao ASEAN (SOM) họp hai ngày.")).toEqual([
      "SOM - senior_officials -",
    ]);
    expect(
      meetingsOf(
        "Cuộc họp trù bị các Quan chức Cao cấp (SOM) Hiệp hội các quốc gia Đông Nam Á (ASEAN) đã diễn ra.",
      ),
    ).toEqual(["SOM - senior_officials -"]);
  });

  it("reads `SOM` after a framework's name as its senior officials' meeting, never Vietnamese `sớm`", () => {
    expect(
      meetingsOf("The meetings are the ASEAN SOM Plus Three, the East Asia Summit SOM and the ARF SOM."),
    ).toEqual([
      "ASEAN_PLUS_THREE - senior_officials -",
      "EAS - senior_officials -",
      "ARF - senior_officials -",
    ]);
    expect(
      meetingsOf("ASEAN SOM Leaders took part in the 17th ASEAN-Russia Senior Officials' Meeting."),
    ).toEqual(["ASEAN_PLUS_ONE RU senior_officials 17"]);
    expect(meetingsOf("Các nước ASEAN sớm hoàn tất đàm phán.")).toEqual([]);
  });

  it("does not read the summit in `East Asia Summit` as a leaders' cue for the meetings beside it", () => {
    expect(
      meetingsOf(
        "Foreign Minister Cho will travel to Laos. He will take part in the ASEAN Plus Three meetings and the East Asia Summit ministerial gathering.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - foreign_ministers -", "EAS - foreign_ministers -"]);
  });

  it("reads the senior officials of the ARF as an ARF meeting, not the ASEAN SOM", () => {
    expect(meetingsOf("The ASEAN Regional Forum Senior Officials' Meeting (ARF SOM) met by video.")).toEqual([
      "ARF - senior_officials -",
    ]);
    expect(meetingsOf("The officials prepared the 30th ARF Foreign Ministers' Meeting.")).toEqual([
      "ARF - foreign_ministers 30",
    ]);
  });

  it("does not take a delegation named after the meeting for the meeting", () => {
    expect(meetingsOf("She heads the country's ASEAN Senior Officials' Meeting (SOM) delegation.")).toEqual(
      [],
    );
  });
});

describe("the level of an East Asia Summit meeting comes from the body", () => {
  it("reads foreign ministers before the acronym EAS", () => {
    expect(meetingsOf("Các ngoại trưởng có mặt tại Hội nghị Bộ trưởng Ngoại giao EAS lần thứ 11.")).toEqual([
      "EAS - foreign_ministers 11",
    ]);
  });

  it("does not read the summit in the series' name as the level", () => {
    expect(
      meetingsOf(
        "Các Bộ trưởng Ngoại giao sẽ dự Hội nghị Bộ trưởng Cấp cao Đông Á (EAS) lần thứ 12 tại thủ đô.",
      ),
    ).toEqual(["EAS - foreign_ministers 12"]);
    expect(meetingsOf("Hội nghị Cấp cao Đông Á lần thứ 16 khai mạc.")).toEqual(["EAS - leaders 16"]);
  });
});

describe("ASEAN+1 meetings described by their partners", () => {
  it("splits an ASEAN summit named with a list of partners into one summit per partner", () => {
    expect(
      meetingsOf("Thủ tướng sẽ dự các hội nghị cấp cao ASEAN với đối tác Nhật Bản, Ấn Độ và Canada."),
    ).toEqual(["ASEAN_PLUS_ONE JP leaders -", "ASEAN_PLUS_ONE IN leaders -", "ASEAN_PLUS_ONE CA leaders -"]);
  });

  it("keeps an ASEAN summit with no partner after it", () => {
    expect(meetingsOf("Hội nghị Cấp cao ASEAN với chủ đề về kinh tế số đã bế mạc.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });

  it("reads a meeting `giữa` the ASEAN ministers and one partner", () => {
    expect(
      meetingsOf("Tại Hội nghị lần thứ 21 giữa các Bộ trưởng Kinh tế ASEAN và Nhật Bản, hai bên nhất trí."),
    ).toEqual(["ASEAN_PLUS_ONE JP economic_ministers 21"]);
  });

  it("reads consultations `cấp Bộ trưởng … giữa ASEAN với` a list of partners", () => {
    expect(
      meetingsOf(
        "Các hội nghị tham vấn cấp Bộ trưởng Kinh tế giữa ASEAN với các đối tác Canada, Nga đã diễn ra.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CA economic_ministers -", "ASEAN_PLUS_ONE RU economic_ministers -"]);
  });

  it("reads special and commemorative summits as ASEAN+1 leaders' meetings", () => {
    expect(meetingsOf("Leaders gathered for the ASEAN-Japan Commemorative Summit in Tokyo.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
    expect(meetingsOf("The ASEAN-Australia Special Summit opened on Sunday.")).toEqual([
      "ASEAN_PLUS_ONE AU leaders -",
    ]);
  });
});

describe("editions and Mekong mechanisms", () => {
  it("reads a range of editions joined by a dash as two meetings", () => {
    expect(meetingsOf("Tuyên bố được đưa ra tại Hội nghị cấp cao ASEAN lần thứ 38-39 ở thủ đô.")).toEqual([
      "ASEAN_SUMMIT - leaders 38",
      "ASEAN_SUMMIT - leaders 39",
    ]);
  });

  it("reads editions printed bare after the name, never a count, a year or the next line", () => {
    expect(meetingsOf("Trong chuỗi Hội nghị cấp cao ASEAN 38 và 39, Thủ tướng dẫn đầu đoàn.")).toEqual([
      "ASEAN_SUMMIT - leaders 38",
      "ASEAN_SUMMIT - leaders 39",
    ]);
    expect(meetingsOf("Thủ tướng sẽ dự Hội nghị cấp cao ASEAN 32.")).toEqual(["ASEAN_SUMMIT - leaders 32"]);
    expect(meetingsOf("Hội nghị Cấp cao ASEAN 10 nước đã họp.")).toEqual(["ASEAN_SUMMIT - leaders -"]);
    expect(meetingsOf("Hội nghị Cấp cao ASEAN 2023 đã kết thúc.")).toEqual(["ASEAN_SUMMIT - leaders -"]);
    expect(meetingsOf("Outcomes of the Post Ministerial Conference\n\n26 July, Vientiane")).toEqual([
      "PMC - foreign_ministers -",
    ]);
  });

  it("does not read `đầu tiên của năm` (the first of the year) as the first edition", () => {
    expect(
      meetingsOf(
        "Hội nghị cấp cao ASEAN lần thứ 32 diễn ra tại Singapore. Đây là hội nghị cấp cao ASEAN đầu tiên của năm 2018.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 32"]);
  });

  it("reads `the 38th and the 39th ASEAN Summits` as two meetings", () => {
    expect(meetingsOf("It follows up the decisions of the 38th and the 39th ASEAN Summits.")).toEqual([
      "ASEAN_SUMMIT - leaders 38",
      "ASEAN_SUMMIT - leaders 39",
    ]);
  });

  it("does not read a distant number after a dash as an edition", () => {
    expect(meetingsOf("Hội nghị Cấp cao ASEAN lần thứ 38 - 2021 đã kết thúc.")).toEqual([
      "ASEAN_SUMMIT - leaders 38",
    ]);
  });

  it("keeps the Mekong–Korea and Mekong–US mechanisms apart from ASEAN's", () => {
    expect(meetingsOf("The second Mekong-Republic of Korea Summit will follow.")).toEqual([
      "OTHER KR leaders 2",
    ]);
    expect(
      meetingsOf("Hội nghị Bộ trưởng Ngoại giao Quan hệ đối tác Mê Kông - Mỹ lần thứ hai đã họp."),
    ).toEqual(["OTHER US foreign_ministers 2"]);
  });
});

describe("frameworks named together under one head", () => {
  it("gives each framework after the name its own meeting at the name's level", () => {
    expect(
      meetingsOf(
        "Hôm qua, Hội nghị Quan chức cao cấp (SOM) ASEAN, ASEAN+3 (APT) và Cấp cao Đông Á (EAS) đã họp.",
      ),
    ).toEqual([
      "SOM - senior_officials -",
      "ASEAN_PLUS_THREE - senior_officials -",
      "EAS - senior_officials -",
    ]);
    expect(
      meetingsOf("Sau Hội nghị cấp cao đặc biệt ASEAN và ASEAN+3 (với ba nước Đông Bắc Á), các nước họp."),
    ).toEqual(["ASEAN_SUMMIT - leaders -", "ASEAN_PLUS_THREE - leaders -"]);
  });

  it("does not spread a numbered edition to what follows", () => {
    expect(meetingsOf("Hội nghị Cấp cao ASEAN lần thứ 40, ASEAN+3 hoan nghênh điều đó.")).toEqual([
      "ASEAN_SUMMIT - leaders 40",
    ]);
  });
});

describe("ASEAN summits named with their partners or as a series", () => {
  it("does not read `Hội nghị Cấp cao ASEAN với các đối tác` as the ASEAN Summit", () => {
    expect(
      meetingsOf("Trong chuỗi Hội nghị Cấp cao ASEAN với các đối tác, các nhà lãnh đạo đã họp."),
    ).toEqual([]);
  });

  it("reads `hội nghị cấp cao thường kỳ của ASEAN`", () => {
    expect(meetingsOf("Đây là hội nghị cấp cao thường kỳ của ASEAN lần này.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });

  it("joins an unnumbered mention to two editions named together", () => {
    expect(
      meetingsOf(
        "Brunei sẽ tổ chức Hội nghị Cấp cao ASEAN lần thứ 38 và 39. Hội nghị Cấp cao ASEAN sẽ bàn về y tế.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 38", "ASEAN_SUMMIT - leaders 39"]);
  });
});

describe("a meeting between ASEAN and one partner after `giữa`", () => {
  it("reads the partner after `giữa ASEAN và`, a territory as OTHER at its frame's level", () => {
    expect(meetingsOf("Hội nghị thượng đỉnh đặc biệt giữa ASEAN và Mỹ được đề xuất từ trước.")).toEqual([
      "ASEAN_PLUS_ONE US leaders -",
    ]);
    expect(
      meetingsOf(
        "Các bên nhất trí tại Hội nghị tham vấn trực tuyến giữa ASEAN và Hong Kong, Trung Quốc, diễn ra trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52.",
      ),
    ).toEqual(["OTHER - economic_ministers -", "AEM - economic_ministers 52"]);
  });
});

describe("frameworks listed after an ASEAN+1 head with no partner", () => {
  it("reads each framework and pair after `Các hội nghị cấp cao ASEAN+1`", () => {
    expect(
      meetingsOf(
        "Các hội nghị cấp cao ASEAN+1, ASEAN+3, Cấp cao Đông Á, ASEAN – Liên Hợp Quốc và ASEAN – New Zealand cũng ghi nhận nhiều sáng kiến.",
      ),
    ).toEqual([
      "ASEAN_PLUS_THREE - leaders -",
      "EAS - leaders -",
      "OTHER - leaders -",
      "ASEAN_PLUS_ONE NZ leaders -",
    ]);
  });
});

describe("a partner after ASEAN's full name or an acronym's expansion", () => {
  it("reads `Hiệp hội Các quốc gia Đông Nam Á (ASEAN) - Mỹ` and `AEM (Asean Economic Ministers)-India`", () => {
    expect(
      meetingsOf(
        "Khai mạc Hội nghị Cấp cao Hiệp hội Các quốc gia Đông Nam Á (ASEAN) - Mỹ được tổ chức ở Singapore.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US leaders -"]);
    expect(
      meetingsOf(
        "It was raised at the twentieth AEM (Asean Economic Ministers)-India Consultation meeting in Semarang.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE IN economic_ministers 20"]);
  });
});

describe("an ASEAN Summit described with its edition", () => {
  it("reads `the 35th summit of the Association …` and `the grouping's 34th Summit`", () => {
    expect(
      meetingsOf(
        "Bangkok was host of the 35th summit of the Association of Southeast Asian Nations (ASEAN).",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 35"]);
    expect(meetingsOf("ASEAN leaders gathered in Bangkok for the grouping's 34th Summit.")).toEqual([
      "ASEAN_SUMMIT - leaders 34",
    ]);
  });
  it("reads two editions, `related meetings`, `its … summits` and `the Nth meeting of ASEAN`", () => {
    expect(
      meetingsOf(
        "ASEAN on Tuesday launched its 38th and 39th summits under the chairmanship of Brunei by video.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 38", "ASEAN_SUMMIT - leaders 39"]);
    expect(
      meetingsOf(
        "The 32nd summit and related meetings of the Association of Southeast Asian Nations are under way in Singapore.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 32"]);
    expect(
      meetingsOf(
        "Dignitaries are gathering in Kuala Lumpur for the 47th meeting of the Association of Southeast Asian Nations (ASEAN).",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 47"]);
  });

  it("leaves the numbered meeting of ASEAN's ministers to their series", () => {
    expect(meetingsOf("The 56th meeting of ASEAN foreign ministers opened in Jakarta.")).not.toContain(
      "ASEAN_SUMMIT - leaders 56",
    );
  });
});

describe("related summits with the partners listed", () => {
  it("reads one ASEAN+1 summit per partner after `các hội nghị cấp cao liên quan với lãnh đạo …`", () => {
    expect(
      meetingsOf(
        "Thủ tướng sẽ tham gia các hội nghị cấp cao liên quan với lãnh đạo các đối tác đối thoại của ASEAN là Trung Quốc, Nhật Bản, Hàn Quốc và Ấn Độ.",
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE CN leaders -",
      "ASEAN_PLUS_ONE JP leaders -",
      "ASEAN_PLUS_ONE KR leaders -",
      "ASEAN_PLUS_ONE IN leaders -",
    ]);
  });

  it("reads `Thượng đỉnh` standing alone as the head of a partner-first name", () => {
    expect(
      meetingsOf(
        "Thủ tướng sẽ dẫn đầu đoàn Việt Nam dự Thượng đỉnh Mỹ-ASEAN tại Washington vào giữa tháng 5.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US leaders -"]);
  });
});

describe("senior officials of a sector", () => {
  it("reads them as the sector's own officials' meeting, not the ASEAN SOM", () => {
    expect(
      meetingsOf("Hội nghị quan chức cao cấp Nông Lâm nghiệp ASEAN (SOM-AMAF) diễn ra tại Hà Nội."),
    ).toEqual(["OTHER - senior_officials -"]);
    expect(meetingsOf("The 14th ASEAN Senior Labour Officials Meeting convened in Kuala Lumpur.")).toEqual([
      "OTHER - senior_officials 14",
    ]);
    expect(meetingsOf("Hội nghị Quan chức cao cấp ASEAN (SOM) diễn ra tại Viêng Chăn.")).toEqual([
      "SOM - senior_officials -",
    ]);
  });
});

describe("ASEAN leaders' interfaces with other bodies", () => {
  it("reads one leaders' meeting per body, in English and Vietnamese", () => {
    expect(
      meetingsOf(
        "Also lined up are the Asean Leaders' Interface with Representatives of Asean Inter Parliamentary Assembly (AIPA) and the Asean Leaders' Interface with Representatives of Asean Youth.",
      ),
    ).toEqual(["OTHER - leaders -", "OTHER - leaders -"]);
    expect(
      meetingsOf(
        "Nhân dịp này còn có các phiên đối thoại giữa Lãnh đạo các nước ASEAN với đại diện Đại Hội đồng liên Nghị viện ASEAN (AIPA), Thanh niên, Hội đồng Tư vấn Kinh doanh ASEAN (ABAC) và Nhóm Đặc trách Cao cấp (HLTF).",
      ),
    ).toEqual(["OTHER - leaders -", "OTHER - leaders -", "OTHER - leaders -", "OTHER - leaders -"]);
  });
});

describe("the series in general, and a count of one person's meetings", () => {
  it("takes no meeting from a series said to recur or to give an opportunity", () => {
    expect(meetingsOf("The ASEAN-India Summit gives India and ASEAN the opportunity to engage.")).toEqual([]);
    expect(meetingsOf("ASEAN-India Summits take place every year.")).toEqual([]);
    expect(
      meetingsOf(
        "India and ASEAN have several dialogue mechanisms that meet regularly, among them a Summit and Senior Officials' meetings.",
      ),
    ).toEqual([]);
  });

  it("takes no edition from the count of summits a leader has attended", () => {
    expect(
      meetingsOf("The 17th ASEAN-India Summit will be the eighth ASEAN-India Summit he has attended."),
    ).toEqual(["ASEAN_PLUS_ONE IN leaders 17"]);
  });
});

describe("dialogues held by officials, forums in a list or as a membership", () => {
  it("reads a partner's dialogue that officials hold as their senior officials' meeting", () => {
    expect(
      meetingsOf("Officials met at the 25th ASEAN-New Zealand dialogue held in Jakarta on Wednesday."),
    ).toEqual(["ASEAN_PLUS_ONE NZ senior_officials 25"]);
    expect(meetingsOf("The 27th ASEAN-Korea Dialogue will be held in May.")).toEqual([
      "ASEAN_PLUS_ONE KR other 27",
    ]);
  });

  it("takes no meeting from forums a sentence says the mechanisms are made up of", () => {
    expect(
      meetingsOf(
        "He said the Asean-led mechanisms were made up of Asean Plus Three, the East Asia Summit, and the Asean Regional Forum.",
      ),
    ).toEqual([]);
  });

  it("takes no meeting from forums listed after a comma or named as a membership", () => {
    expect(
      meetingsOf(
        "He backed ASEAN-centred frameworks, such as the East Asia Summit and the ASEAN Regional Forum.",
      ),
    ).toEqual([]);
    expect(meetingsOf("Canada seeks membership in the East Asia Summit.")).toEqual([]);
    expect(meetingsOf("He will join the ASEAN-Canada Commemorative Summit.")).toEqual([
      "ASEAN_PLUS_ONE CA leaders -",
    ]);
  });
});

describe("ministerials that are no summit, the ARF and the PMC in Vietnamese", () => {
  it("never reads a ministerial of no stated portfolio as the leaders a summit nearby suggests", () => {
    expect(
      meetingsOf(
        "The outlook was ratified at the 34th Asean Summit in June. He spoke on Thursday at the Asean-US Ministerial in Bangkok.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 34", "ASEAN_PLUS_ONE US foreign_ministers -"]);
  });

  it("reads the forum with `An ninh` in its name and the partners' foreign ministers' meeting", () => {
    expect(
      meetingsOf(
        "Các cuộc họp gồm Hội nghị Ngoại trưởng ASEAN, Hội nghị Ngoại trưởng các nước đối tác ASEAN và Diễn đàn An ninh khu vực ASEAN (ARF).",
      ),
    ).toEqual(["AMM - foreign_ministers -", "PMC - foreign_ministers -", "ARF - foreign_ministers -"]);
  });
});

describe("Mekong ministers, agriculture with a comma, an edition after a topic", () => {
  it("reads the Mekong frameworks' ministers of no stated portfolio as foreign ministers", () => {
    expect(meetingsOf("Mr. Kono chaired the 11th Mekong-Japan Ministerial Meeting in Singapore.")).toEqual([
      "MEKONG_JAPAN JP foreign_ministers 11",
    ]);
    expect(meetingsOf("Hội nghị Bộ trưởng Mekong - Nhật Bản lần thứ 13 đã được tổ chức trực tuyến.")).toEqual(
      ["MEKONG_JAPAN JP foreign_ministers 13"],
    );
  });

  it("reads `nông, lâm nghiệp` and an edition after the meeting's topic", () => {
    expect(
      meetingsOf(
        "Việt Nam tổ chức Hội nghị Bộ trưởng nông, lâm nghiệp ASEAN (AMAF) lần thứ 40 và Hội nghị bộ trưởng ASEAN - Trung Quốc về hợp tác an toàn thực phẩm (SPS) lần thứ 6.",
      ),
    ).toEqual(["OTHER - other 40", "ASEAN_PLUS_ONE CN other 6"]);
  });
});

describe("partners as press writes them", () => {
  it("reads the partner named first", () => {
    expect(meetingsOf("Hội nghị thượng đỉnh Nhật Bản - ASEAN đã diễn ra.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
    expect(meetingsOf("He attended the 12th China-ASEAN Summit.")).toEqual(["ASEAN_PLUS_ONE CN leaders 12"]);
  });

  it("reads a pair with no dash and a partner's acronym in brackets", () => {
    expect(meetingsOf("The ASEAN Korea Summit opened.")).toEqual(["ASEAN_PLUS_ONE KR leaders -"]);
    expect(meetingsOf("They met at the ASEAN-Republic of Korea (RoK) Commemorative Summit.")).toEqual([
      "ASEAN_PLUS_ONE KR leaders -",
    ]);
  });

  it("reads a one-syllable partner in a dashed pair", () => {
    expect(meetingsOf("Ông dự Hội nghị Ngoại trưởng Nhật-ASEAN tại thủ đô.")).toEqual([
      "ASEAN_PLUS_ONE JP foreign_ministers -",
    ]);
  });

  it("reads RoK as printed", () => {
    expect(meetingsOf("The ASEAN-RoK Foreign Ministers' Meeting was held.")).toEqual([
      "ASEAN_PLUS_ONE KR foreign_ministers -",
    ]);
  });

  it("keeps an ASEAN meeting whose next word is no partner", () => {
    expect(meetingsOf("The ASEAN Economic Ministers' Meeting was held.")).toEqual([
      "AEM - economic_ministers -",
    ]);
  });
});

describe("meetings described, not named", () => {
  it("reads the ministers of ASEAN and a partner in a sentence about their meeting", () => {
    expect(
      meetingsOf(
        "At their consultation, economic ministers of ASEAN member states and Canada reviewed trade.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CA economic_ministers -"]);
  });

  it("needs a meeting word in the sentence", () => {
    expect(meetingsOf("Economic ministers of ASEAN and Canada signed a memorandum.")).toEqual([]);
  });

  it("reads ASEAN ministers who met the three East Asian partners as ASEAN+3", () => {
    expect(meetingsOf("ASEAN economic ministers met virtually with Japan, China and Korea.")).toEqual([
      "ASEAN_PLUS_THREE - economic_ministers -",
    ]);
  });

  it("reads ASEAN's foreign ministers who are to meet, but not when they meet a partner", () => {
    expect(meetingsOf("The Asean Foreign Ministers are to talk over Asean cooperation in Jakarta.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(meetingsOf("ASEAN foreign ministers will meet with their Chinese counterpart.")).toEqual([
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
  });

  it("reads ASEAN's foreign ministers who gathered, and summits with each partner listed", () => {
    expect(
      meetingsOf(
        "Foreign ministers of ASEAN (Association of Southeast Asian Nations) gathered in Kuala Lumpur on Sunday.",
      ),
    ).toEqual(["AMM - foreign_ministers -"]);
    expect(
      meetingsOf(
        "ASEAN leaders are also due to hold summits with its partners, China, Japan, and South Korea among them.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE JP leaders -", "ASEAN_PLUS_ONE KR leaders -"]);
  });

  it("reads `summits with a range of countries … including` a list of partners", () => {
    expect(
      meetingsOf(
        "Also on the agenda are ASEAN's one-on-one summits with a range of countries including China and Canada.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE CA leaders -"]);
  });

  it("reads `Summits with` a list of partners as one ASEAN+1 summit each", () => {
    expect(
      meetingsOf(
        "PM Lee held a Working Dinner with ASEAN leaders and also Summits with China, Japan and Russia.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE JP leaders -", "ASEAN_PLUS_ONE RU leaders -"]);
  });

  it("reads ASEAN's leaders who are to meet a partner's leader", () => {
    expect(
      meetingsOf(
        "Leaders of the Association of Southeast Asian Nations (ASEAN) are to meet United States President Joe Biden at a White House summit on Thursday.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US leaders -"]);
  });

  it("reads a meeting with a partner only where the sentence names ASEAN", () => {
    expect(meetingsOf("The foreign ministers met with India on Tuesday.")).toEqual([]);
  });

  it("reads sectoral ministers and leaders of ASEAN with the partners, either side first", () => {
    expect(
      meetingsOf(
        "Finance ministers and central bank governors of Japan, China, South Korea and the Association of Southeast Asian Nations met online.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - other -"]);
    expect(meetingsOf("Leaders of ASEAN and India met in Jakarta on Monday.")).toEqual([
      "ASEAN_PLUS_ONE IN leaders -",
    ]);
    expect(
      meetingsOf("Bộ trưởng Tài chính Trung Quốc, Nhật Bản, Hàn Quốc và ASEAN đã họp trực tuyến."),
    ).toEqual(["ASEAN_PLUS_THREE - other -"]);
  });

  it("reads a commemorative summit in Vietnamese and a pair attending a meeting", () => {
    expect(meetingsOf("Thủ tướng sẽ tham dự Hội nghị Cấp cao Kỷ niệm ASEAN-Ấn Độ tại New Delhi.")).toEqual([
      "ASEAN_PLUS_ONE IN leaders -",
    ]);
    expect(meetingsOf("Lãnh đạo các nước ASEAN và Ấn Độ dự Hội nghị theo hình thức trực tuyến.")).toEqual([
      "ASEAN_PLUS_ONE IN leaders -",
    ]);
  });

  it("reads a Vietnamese pair only when the pair itself meets", () => {
    expect(meetingsOf("Các bộ trưởng kinh tế ASEAN và Ấn Độ đã họp trực tuyến.")).toEqual([
      "ASEAN_PLUS_ONE IN economic_ministers -",
    ]);
    expect(
      meetingsOf("Bên lề hội nghị, các Bộ trưởng Kinh tế ASEAN và Trung Quốc đã ký Nghị định thư nâng cấp."),
    ).toEqual([]);
  });

  it("reads consultations with a counterpart and the hyphenated plus-three gathering", () => {
    expect(
      meetingsOf("ASEAN economic ministers held consultations with their counterpart from Canada."),
    ).toEqual(["ASEAN_PLUS_ONE CA economic_ministers -"]);
    expect(meetingsOf("Foreign ministers attended the ASEAN-plus-three gathering.")).toEqual([
      "ASEAN_PLUS_THREE - foreign_ministers -",
    ]);
  });
});

describe("named meetings outside the main series", () => {
  it("keeps the ASEAN–UN summit as OTHER, with no partner", () => {
    expect(meetingsOf("Thủ tướng dự Hội nghị Cấp cao ASEAN - Liên hợp quốc lần thứ 14.")).toEqual([
      "OTHER - leaders 14",
    ]);
  });

  it("reads the growth-area summits and the ASEAN councils", () => {
    expect(
      meetingsOf(
        "Hội nghị thượng đỉnh Tam giác tăng trưởng Indonesia-Malaysia-Thái Lan (IMT-GT) lần thứ 12.",
      ),
    ).toEqual(["OTHER - leaders 12"]);
    expect(meetingsOf("Ông dự Hội nghị Hội đồng Điều phối ASEAN (ACC) lần thứ 30.")).toEqual([
      "OTHER - other 30",
    ]);
  });

  it("reads past an organisation in a list of partners, its meeting with ASEAN an OTHER one", () => {
    expect(
      meetingsOf("Các hội nghị cấp cao ASEAN+1 với Trung Quốc, Liên Hợp Quốc, Canada đã diễn ra."),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "OTHER - leaders -", "ASEAN_PLUS_ONE CA leaders -"]);
  });
});

describe("year and place", () => {
  const facts = (text: string, published: PartialDate | null) =>
    extractMeetings(createTextView(text), { published }).map((m) => [m.series, m.year, m.location].join(" "));

  it("reads cities press often hosts meetings in, and their variant spellings", () => {
    expect(
      facts("Meeting in Siam Reap, Cambodia, the 54th ASEAN Economic Ministers' Meeting opened.", null),
    ).toEqual(["AEM 2022 Siem Reap"]);
    expect(
      facts("Hội nghị Quan chức cao cấp (SOM) ASEAN đã diễn ra tại Port Dickson, Malaysia.", null),
    ).toEqual(["SOM  Port Dickson"]);
  });

  it("reads `this September` and `in November last year` against the article's year", () => {
    expect(facts("The results go to the 45th ASEAN Summit in Jakarta this September.", PUBLISHED)).toEqual([
      "ASEAN_SUMMIT 2024 Jakarta",
    ]);
    expect(
      facts("He attended the 15th ASEAN-India Summit in Manila in November last year.", PUBLISHED),
    ).toEqual(["ASEAN_PLUS_ONE 2023 Manila"]);
  });

  it("does not give a retreat the year of the series' edition", () => {
    expect(facts("The 29th ASEAN Economic Ministers (AEM) Retreat opened in Hanoi.", PUBLISHED)).toEqual([
      "AEM 2024 Hanoi",
    ]);
  });

  it("places a meeting announced without a date of its own in the year of the report", () => {
    expect(facts("The ASEAN-Canada Foreign Ministers' Meeting will be held tomorrow.", PUBLISHED)).toEqual([
      "ASEAN_PLUS_ONE 2024 ",
    ]);
    expect(facts("The ASEAN-Canada Foreign Ministers' Meeting will be held.", PUBLISHED)).toEqual([
      "ASEAN_PLUS_ONE 2024 ",
    ]);
    expect(facts("The ASEAN-Canada Foreign Ministers' Meeting will be held next year.", PUBLISHED)).toEqual([
      "ASEAN_PLUS_ONE 2025 ",
    ]);
  });

  it("takes the year of the meeting a meeting is held within", () => {
    expect(
      facts(
        "Trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, Hội nghị ASEAN - Canada đã diễn ra.",
        null,
      ),
    ).toEqual(["AMM 2024 ", "ASEAN_PLUS_ONE 2024 "]);
  });

  it("reads a year written against a meeting's name as its year, not a period or a date", () => {
    const keys = (text: string) =>
      extractMeetings(createTextView(text), { published: null }).map((m) => m.key);
    expect(keys("The 2022 ASEAN Foreign Ministers' Meeting opened.")).toEqual(["AMM-FM-2022"]);
    expect(keys("Hội nghị Cấp cao ASEAN 2025 khai mạc.")).toEqual(["ASEAN_SUMMIT-LEADERS-2025"]);
    expect(keys("The ASEAN-Japan Summit 2023 was held.")).toEqual(["ASEAN_PLUS_ONE-JP-LEADERS-2023"]);
    expect(keys("The ASEAN Summit 2021-2025 plan was read.")).toEqual(["ASEAN_SUMMIT-LEADERS-UNDATED"]);
  });

  it("places an article's one meeting where a bare noun for it is placed (`the gathering in Tokyo`)", () => {
    expect(
      facts(
        "Japan and ASEAN held a commemorative summit on Sunday. Following the gathering in Tokyo, leaders issued a vision statement.",
        null,
      ),
    ).toEqual(["ASEAN_PLUS_ONE  Tokyo"]);
    // Two meetings: which one `the meeting` is cannot be told.
    expect(
      facts(
        "The ASEAN-Japan Summit and the ASEAN-China Summit were held. Following the meeting in Tokyo, leaders left.",
        null,
      ),
    ).toEqual(["ASEAN_PLUS_ONE  ", "ASEAN_PLUS_ONE  "]);
  });

  it("tells apart meetings of one kind named with two years, and reads no year after a preposition", () => {
    const keys = (text: string, published: PartialDate | null = null) =>
      extractMeetings(createTextView(text), { published }).map((m) => m.key);
    expect(
      keys(
        "Leaders recalled the 2023 ASEAN-Japan Summit in Tokyo and looked ahead to the 2024 ASEAN-Japan Summit in Vientiane.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE-JP-LEADERS-2023", "ASEAN_PLUS_ONE-JP-LEADERS-2024"]);
    expect(
      keys("Ministers met at last year's ADMM in Jakarta and will meet at this year's ADMM in Vientiane.", {
        year: 2024,
      }),
    ).toEqual(["OTHER-ADMM-2023", "OTHER-ADMM-2024"]);
    // The meeting the text reports, named with no year before `last year's` one: two meetings,
    // the reported one keeping the text's year.
    expect(
      keys(
        "Top diplomats joined Indonesia's ASEAN Regional Forum (ARF) on Friday. U.S.-China sparring marred last year's ARF after the Taiwan visit.",
        { year: 2023, month: 7, day: 14 },
      ),
    ).toEqual(["ARF-FM-2023", "ARF-FM-2022"]);
    expect(
      keys(
        "The ASEAN Foreign Ministers' Meeting opened in Jakarta on Tuesday. Last year's AMM in Phnom Penh was dominated by Myanmar.",
        { year: 2023, month: 7, day: 14 },
      ),
    ).toEqual(["AMM-FM-2023", "AMM-FM-2022"]);
    expect(keys("By 2030 ASEAN leaders will gather in Manila.")).toEqual(["ASEAN_SUMMIT-LEADERS-UNDATED"]);
    // `redesigned` is no `signed`: the year stays the text's.
    expect(keys("The ASEAN-Japan Summit discussed the road map, which was redesigned in 2025.")).toEqual([
      "ASEAN_PLUS_ONE-JP-LEADERS-2025",
    ]);
  });

  it("places nothing through a bare noun of another level or another time", () => {
    expect(facts("The 56th AEM will review the plan. Ministers recalled the summit in Tokyo.", null)).toEqual(
      ["AEM 2024 "],
    );
    expect(
      facts(
        "The ASEAN-Japan Summit will be held soon. Leaders recalled the summit in Tokyo last year.",
        null,
      ),
    ).toEqual(["ASEAN_PLUS_ONE  "]);
    expect(
      meetingsOf("ASEAN defence ministers held a meeting with Chinese Defence Minister Dong Jun in Beijing."),
    ).toEqual(["ASEAN_PLUS_ONE CN other -"]);
  });

  it("does not take the year something was founded in for the year of the meeting", () => {
    const text = (founding: string) =>
      `The 51st ASEAN Foreign Ministers' Meeting opens in Singapore, the grouping's 51st ${founding} 1967.`;
    expect(facts(text("since it was formed in Bangkok in"), null)).toEqual(["AMM 2018 Singapore"]);
    expect(facts("Hội nghị AMM lần thứ 51 khai mạc. ASEAN được thành lập năm 1967.", null)).toEqual([
      "AMM 2018 ",
    ]);
  });

  it("is keyed with the year it takes from the meeting it is held within", () => {
    const view = createTextView(
      "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 50 đã diễn ra. Trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, Hội nghị ASEAN - Canada đã diễn ra.",
    );
    // Two editions of two years: the text's own year is open; AMM-57's is the held meeting's.
    expect(extractMeetings(view, { published: null }).map((m) => `${m.key} ${m.year}`)).toEqual([
      "AEM-50 2018",
      "AMM-57 2024",
      "ASEAN_PLUS_ONE-CA-FM-2024 2024",
    ]);
  });
});

describe("more series as press names them", () => {
  it("reads Japan named before the Mekong, and acronyms in brackets after a core", () => {
    expect(meetingsOf("The 11th Japan-Mekong Summit Meeting was held.")).toEqual([
      "MEKONG_JAPAN JP leaders 11",
    ]);
    expect(meetingsOf("The East Asia Summit (EAS) Foreign Ministers' Meeting opened.")).toEqual([
      "EAS - foreign_ministers -",
    ]);
  });

  it("reads an acronym placed in time as a meeting (`this year's ADMM`), not a bare acronym", () => {
    expect(meetingsOf("This year's ADMM will be held in November.")).toEqual(["OTHER - other -"]);
    expect(meetingsOf("Last year’s ARF was held in Vientiane.")).toEqual(["ARF - foreign_ministers -"]);
    expect(meetingsOf("The upcoming AMM will discuss the sea.")).toEqual(["AMM - foreign_ministers -"]);
    expect(meetingsOf("The ADMM is a platform for defence cooperation.")).toEqual([]);
  });

  it("reads a sector's ministers opening their annual meeting as that sector's meeting", () => {
    expect(meetingsOf("Asean defence ministers began their annual meeting in Bangkok.")).toEqual([
      "OTHER - other -",
    ]);
    expect(
      meetingsOf("ASEAN finance ministers and central bank governors opened their two-day meeting in Bali."),
    ).toEqual(["OTHER - other -"]);
  });

  it("reads the sector acronyms AMCA, AMMY, AMMS and M-ATM, and the UN as `Liên Hiệp Quốc` / `LHQ`", () => {
    expect(meetingsOf("The 11th AMCA opened in Melaka.")).toEqual(["OTHER - other 11"]);
    expect(meetingsOf("The 27th M-ATM was held in Vientiane.")).toEqual(["OTHER - other 27"]);
    expect(meetingsOf("ATM machines were out of order.")).toEqual([]);
    expect(meetingsOf("Hội nghị Cấp cao ASEAN - Liên Hiệp Quốc lần thứ 11 diễn ra trực tuyến.")).toEqual([
      "OTHER - leaders 11",
    ]);
    expect(meetingsOf("Tại Hội nghị Cấp cao ASEAN - LHQ lần thứ 11, ông phát biểu.")).toEqual([
      "OTHER - leaders 11",
    ]);
  });

  it("reads the sub-regional summits of the Mekong countries as OTHER", () => {
    expect(meetingsOf("Hội nghị Cấp cao CLMV lần thứ 11 diễn ra trực tuyến.")).toEqual([
      "OTHER - leaders 11",
    ]);
  });

  it("reads the ministers' meeting with the dialogue partners as the PMC", () => {
    expect(meetingsOf("Ông đồng chủ tọa Hội nghị Bộ trưởng với các Đối tác Đối thoại hôm qua.")).toEqual([
      "PMC - foreign_ministers -",
    ]);
  });
});

describe("consultations with a territory that is no dialogue partner", () => {
  it("keeps ASEAN's consultation with Hong Kong out of ASEAN+1", () => {
    expect(
      meetingsOf(
        "Các hội nghị tham vấn cấp Bộ trưởng Kinh tế giữa ASEAN với các đối tác Canada, Hong Kong (Trung Quốc) đã diễn ra.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CA economic_ministers -", "OTHER - economic_ministers -"]);
  });
});

describe("English pairs sharing one name", () => {
  it("gives the pairs listed before a name its level", () => {
    expect(meetingsOf("She joined the ASEAN-Canada, ASEAN+3 Foreign Ministers' Meetings on Friday.")).toEqual(
      ["ASEAN_PLUS_ONE CA foreign_ministers -", "ASEAN_PLUS_THREE - foreign_ministers -"],
    );
    expect(meetingsOf("Leaders attended the ASEAN-India and ASEAN-Russia Summits.")).toEqual([
      "ASEAN_PLUS_ONE IN leaders -",
      "ASEAN_PLUS_ONE RU leaders -",
    ]);
  });
});

describe("a partner's side meeting ASEAN's, described", () => {
  it("takes the partners named before the ASEAN side, with the level it gives", () => {
    expect(
      meetingsOf(
        "The US Secretary of State and the Russian Foreign Minister flew in on Monday to hold meetings with the ASEAN foreign ministers.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US foreign_ministers -", "ASEAN_PLUS_ONE RU foreign_ministers -"]);
  });

  it("takes the first partner after the ASEAN side when none comes before", () => {
    expect(
      meetingsOf(
        "Phát biểu tại cuộc họp trực tuyến với ngoại trưởng các nước ASEAN, ông khẳng định Washington sẽ hỗ trợ.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US foreign_ministers -"]);
  });

  it("reads the level of `his ASEAN counterparts` from the partner's title", () => {
    expect(
      meetingsOf("The Japanese Foreign Minister will meet with his ASEAN counterparts in Jakarta."),
    ).toEqual(["ASEAN_PLUS_ONE JP foreign_ministers -"]);
  });

  it("reads `their Australian and New Zealand counterparts` as two meetings", () => {
    expect(
      meetingsOf("The ASEAN foreign ministers also met with their Australian and New Zealand counterparts."),
    ).toEqual(["ASEAN_PLUS_ONE AU foreign_ministers -", "ASEAN_PLUS_ONE NZ foreign_ministers -"]);
  });

  it("does not take a bilateral meeting of one minister for ASEAN's", () => {
    expect(meetingsOf("The Vietnamese minister met with his Japanese counterpart in Hanoi.")).toEqual([]);
  });

  it("reads a pair that holds a summit as the ASEAN+1 summit", () => {
    expect(
      meetingsOf("Japan and the Association of Southeast Asian Nations (ASEAN) met in a summit on Sunday."),
    ).toEqual(["ASEAN_PLUS_ONE JP leaders -"]);
    expect(meetingsOf("Japan and ASEAN leaders attended the East Asia Summit.")).toEqual(["EAS - leaders -"]);
  });

  it("reads the ASEAN ministers and the ministers from a partner holding a consultation", () => {
    expect(
      meetingsOf(
        "The ASEAN Economic Ministers (AEM) and the Ministers from Australia held their consultation in Jakarta.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE AU economic_ministers -"]);
  });
});

describe("names real English press prints", () => {
  it("reads the Post-Ministerial Conference with one partner as ASEAN+1", () => {
    expect(meetingsOf("At the ASEAN Post-Ministerial Conference with China, the ministers spoke.")).toEqual([
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
    expect(meetingsOf("The post-ministerial conference will continue through Friday.")).toEqual([
      "PMC - foreign_ministers -",
    ]);
  });

  it("reads ASEAN Plus Three with its partners spelled out", () => {
    expect(
      meetingsOf("He attended the 22nd ASEAN-China, Japan and Republic of Korea leaders' meeting."),
    ).toEqual(["ASEAN_PLUS_THREE - leaders 22"]);
    expect(
      meetingsOf("The decision was taken by the ASEAN Plus Three (China, Japan, Republic of Korea) Summit."),
    ).toEqual(["ASEAN_PLUS_THREE - leaders -"]);
  });

  it("reads the partner's trade ministry after AEM", () => {
    expect(meetingsOf("The Fourteenth AEM-METI Consultations was held in Makati City.")).toEqual([
      "ASEAN_PLUS_ONE JP economic_ministers 14",
    ]);
    expect(meetingsOf("The 19th AEM-MOFCOM Consultations met online.")).toEqual([
      "ASEAN_PLUS_ONE CN economic_ministers 19",
    ]);
  });

  it("gives RCEP ministers the economic ministers' level", () => {
    expect(meetingsOf("The 4th RCEP Ministers' Meeting was held in Jakarta.")).toEqual([
      "OTHER - economic_ministers 4",
    ]);
  });
});

describe("other frameworks real press names", () => {
  it("reads summits beyond ASEAN as OTHER leaders' meetings", () => {
    expect(meetingsOf("He will attend the G20 Summit in Bali.")).toEqual(["OTHER - leaders -"]);
    expect(
      meetingsOf("Then the Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting in Bangkok."),
    ).toEqual(["OTHER - leaders -"]);
    expect(meetingsOf("Finally the Eighteenth Summit of La Francophonie in Djerba.")).toEqual([
      "OTHER - leaders 18",
    ]);
  });

  it("reads AEM-CER as one meeting with two partners, and compound ordinals", () => {
    expect(meetingsOf("The Twenty Ninth AEM-CER Consultation took place in Vientiane.")).toEqual([
      "OTHER - economic_ministers 29",
    ]);
  });

  it("gives Mekong partnerships' ministerial meetings the foreign ministers' level", () => {
    expect(meetingsOf("The 2nd Mekong-U.S. Partnership Ministerial Meeting was held online.")).toEqual([
      "OTHER US foreign_ministers 2",
    ]);
  });

  it("reads Lancang first and `Mê-công` with a hyphen", () => {
    expect(meetingsOf("Hội nghị Cấp cao Lan Thương-Mê-công lần thứ 3 diễn ra trực tuyến.")).toEqual([
      "MEKONG_LANCANG CN leaders 3",
    ]);
  });

  it("does not take a series defined for the reader for a meeting", () => {
    expect(
      meetingsOf(
        "Hội nghị cấp cao ASEAN lần thứ 42 diễn ra tại Labuan Bajo. Hội nghị cấp cao ASEAN là cuộc họp giữa các nhà lãnh đạo của các quốc gia thành viên.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 42"]);
  });

  it("reads an ordinal before `ASEAN` and the acronym (`the 16th Asean SLOM Plus Three`)", () => {
    expect(meetingsOf("Then came the 16th Asean SLOM Plus Three on November 26.")).toEqual([
      "ASEAN_PLUS_THREE - senior_officials 16",
    ]);
  });

  it("reads sectoral acronyms with an edition after their bracket or an ordinal before the name", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng ASEAN về khoáng sản (AMMin) lần thứ 8 diễn ra tại Hà Nội."),
    ).toEqual(["OTHER - other 8"]);
    expect(meetingsOf("Myanmar chaired the 19th ASEAN Senior Legal Officers Meeting (ASLOM).")).toEqual([
      "OTHER - senior_officials 19",
    ]);
    expect(
      meetingsOf("Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 39 (ASEANAPOL 39) khai mạc."),
    ).toEqual(["OTHER - other 39"]);
  });

  it("reads `Hội nghị Bộ trưởng/Quan chức cấp cao ASEAN về …` as a sectoral meeting", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng ASEAN về Quản lý thiên tai lần thứ 11 do Việt Nam chủ trì."),
    ).toEqual(["OTHER - other 11"]);
    expect(
      meetingsOf(
        "Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia lần thứ 16 - AMMTC 16 đã khai mạc.",
      ),
    ).toEqual(["OTHER - other 16"]);
    expect(meetingsOf("Hội nghị Quan chức cao cấp ASEAN về Khoáng sản đã họp.")).toEqual([
      "OTHER - senior_officials -",
    ]);
    expect(
      meetingsOf("Hội nghị Bộ trưởng ASEAN về khoáng sản được tổ chức lần đầu tiên tại Jakarta."),
    ).toEqual(["OTHER - other 1"]);
  });

  it("reads a sectoral meeting spelled out and by acronym as one meeting", () => {
    expect(
      meetingsOf(
        "The 11th ASEAN Ministerial Meeting on Disaster Management (AMMDM) is due in Ha Long. Delegates will attend the 11th AMMDM.",
      ),
    ).toEqual(["OTHER - other 11"]);
    expect(
      meetingsOf(
        "Cambodia hosts 20th ASEAN Ministerial Meeting on Science, Technology and Innovation. He said AMMSTI-20 is an important platform.",
      ),
    ).toEqual(["OTHER - other 20"]);
  });

  it("reads the AFTA and AIA Councils without a noun after them, and the ASEAN-BAC consultation", () => {
    expect(
      meetingsOf(
        "Ministers met for the 39th ASEAN Free Trade Area Council and the 28th ASEAN Investment Area Council meetings, then the 23rd ASEAN Business Advisory Council Consultation.",
      ),
    ).toEqual([
      "OTHER - economic_ministers 39",
      "OTHER - economic_ministers 28",
      "OTHER - economic_ministers 23",
    ]);
  });

  it("reads the AFTA Council as the trade ministers' council", () => {
    expect(
      meetingsOf("The 38th ASEAN Free Trade Area (AFTA) Council Meeting took place in Vientiane."),
    ).toEqual(["OTHER - economic_ministers 38"]);
    expect(meetingsOf("Hội nghị Hội đồng AFTA lần thứ 33 đã diễn ra.")).toEqual([
      "OTHER - economic_ministers 33",
    ]);
  });

  it("reads a community council named alone in Vietnamese", () => {
    expect(meetingsOf("Hội đồng Cộng đồng Chính trị-An ninh họp ngày 9/5/2023 tại Labuan Bajo.")).toEqual([
      "OTHER - other -",
    ]);
  });

  it("does not take a forum described or addressed as an actor for a meeting", () => {
    expect(
      meetingsOf(
        "Wang Yi attended the 13th East Asia Summit Foreign Ministers' Meeting. He said the East Asia Summit is a cooperation mechanism of wide representativeness, and the East Asia Summit should safeguard peace.",
      ),
    ).toEqual(["EAS - foreign_ministers 13"]);
    expect(meetingsOf("ARF là diễn đàn an ninh quan trọng của khu vực.")).toEqual([]);
    // A summit that should do something is still a meeting.
    expect(meetingsOf("The 46th ASEAN Summit should adopt the vision.")).toEqual([
      "ASEAN_SUMMIT - leaders 46",
    ]);
  });

  it("does not take mechanisms listed as examples for meetings", () => {
    expect(
      meetingsOf(
        "ASEAN valued Russia's support for ASEAN-led mechanisms such as the ASEAN Regional Forum, the ASEAN Defense Ministers' Meeting Plus and the East Asia Summit.",
      ),
    ).toEqual([]);
  });
});

describe("formats and frameworks in English names", () => {
  it("reads the format in numbers after a core (`(10+1)`, `(10+3)`)", () => {
    expect(meetingsOf("The 20th China-ASEAN (10+1) Trade Ministers’ Meeting was held virtually.")).toEqual([
      "ASEAN_PLUS_ONE CN economic_ministers 20",
    ]);
    expect(meetingsOf("The 24th ASEAN Plus Three (10+3) Trade Ministers’ Meeting followed.")).toEqual([
      "ASEAN_PLUS_THREE - economic_ministers 24",
    ]);
  });

  it("reads the summit of the Asia Zero Emission Community", () => {
    expect(meetingsOf("There will also be the second summit of the Asia Zero Emission Community.")).toEqual([
      "OTHER - leaders 2",
    ]);
  });
});

describe("the level and noun before the framework", () => {
  it("reads `Foreign Ministers' Meeting of the East Asia Summit` as the EAS at ministers' level", () => {
    expect(meetingsOf("The 14th Foreign Ministers’ Meeting of the East Asia Summit (EAS) was held.")).toEqual(
      ["EAS - foreign_ministers 14"],
    );
    expect(meetingsOf("The Economic Ministers' Meeting of ASEAN was held in Jakarta.")).toEqual([
      "AEM - economic_ministers -",
    ]);
  });

  it("reads the Mekong-U.S. foreign ministers without `Partnership`", () => {
    expect(meetingsOf("The 3rd Mekong – U.S. Foreign Ministers’ Meeting was chaired.")).toEqual([
      "OTHER US foreign_ministers 3",
    ]);
  });
});

describe("special summits and ASEAN Plus Three's acronym", () => {
  it("keeps a special summit apart from the numbered edition named in the same article", () => {
    expect(
      meetingsOf(
        "Sau Hội nghị cấp cao đặc biệt ASEAN về COVID-19 (ngày 14/4/2020), Việt Nam chuẩn bị Hội nghị cấp cao ASEAN lần thứ 36 và các Hội nghị liên quan.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders -", "ASEAN_SUMMIT - leaders 36"]);
  });

  it("reads APT before a meeting noun, never the English word alone", () => {
    expect(meetingsOf("The 23rd APT Summit was held online.")).toEqual(["ASEAN_PLUS_THREE - leaders 23"]);
    expect(meetingsOf("They are apt to meet often.")).toEqual([]);
  });
});

describe("English names of the AMM and its partners' meetings", () => {
  it("reads `ASEAN Ministerial Meeting` as the AMM, its sectoral namesakes as sectoral meetings", () => {
    expect(meetingsOf("The 52nd ASEAN Ministerial Meeting opened in Bangkok.")).toEqual([
      "AMM - foreign_ministers 52",
    ]);
    expect(meetingsOf("The ASEAN Ministerial Meeting on Transnational Crime met.")).toEqual([
      "OTHER - other -",
    ]);
    expect(meetingsOf("He attended the ASEAN Ministerial Meeting with Dialogue Partners.")).toEqual([
      "PMC - foreign_ministers -",
    ]);
  });

  it("reads `ministerial` as a noun after a framework", () => {
    expect(meetingsOf("Secretary Blinken co-hosted the second Mekong-U.S. Partnership ministerial.")).toEqual(
      ["OTHER US foreign_ministers 2"],
    );
  });
});

describe("summits described by their two sides or their anniversary", () => {
  it("reads `a summit between South Korea and the Association of Southeast Asian Nations`", () => {
    expect(
      meetingsOf(
        "Yoon spoke during a summit between South Korea and the Association of Southeast Asian Nations.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE KR leaders -"]);
  });

  it("reads a summit for an anniversary of ASEAN's relations with one partner", () => {
    expect(
      meetingsOf(
        "Xi will chair the special summit to commemorate the 30th anniversary of ASEAN-China dialogue relations on Monday.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -"]);
    expect(meetingsOf("Leaders met at a special summit marking 50 years of Japan-ASEAN friendship.")).toEqual(
      ["ASEAN_PLUS_ONE JP leaders -"],
    );
  });

  it("reads the councils of the ASEAN Community", () => {
    expect(meetingsOf("The 17th ASEAN Political-Security Community Council Meeting was held.")).toEqual([
      "OTHER - other 17",
    ]);
  });
});

describe("ASEAN's own meetings described", () => {
  it("reads meetings of ASEAN foreign ministers and leaders described, not named", () => {
    expect(meetingsOf("Myanmar dominated a two-day meeting of Southeast Asian foreign ministers.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(
      meetingsOf("Foreign ministerial meetings of ASEAN and related countries have begun in Laos."),
    ).toEqual(["AMM - foreign_ministers -"]);
    expect(meetingsOf("The consensus came during a meeting of ASEAN leaders in April.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });
});

describe("ASEAN Plus Three named bare", () => {
  it("takes the first bare ASEAN+3 of a meeting report for its meeting", () => {
    expect(
      meetingsOf(
        "Bộ trưởng Ngoại giao ASEAN và các đối tác dự hơn 20 hoạt động tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55, trong khuôn khổ ASEAN+1, ASEAN+3 và ARF.",
      ),
    ).toContain("ASEAN_PLUS_THREE - foreign_ministers -");
    expect(meetingsOf("The 25th ASEAN plus three (+3) was one of ten meetings at the 57th AMM.")).toContain(
      "ASEAN_PLUS_THREE - foreign_ministers 25",
    );
  });

  it("does not take ASEAN+3's research office or economies for a meeting", () => {
    expect(meetingsOf("The 57th AMM noted that ASEAN+3 economies stayed resilient.")).toEqual([
      "AMM - foreign_ministers 57",
    ]);
  });

  it("reads an edition after a long bracket of partners", () => {
    expect(
      meetingsOf(
        "Ông đồng chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN+3 (Hàn Quốc, Trung Quốc và Nhật Bản) lần thứ 21.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - foreign_ministers 21"]);
  });
});

describe("defence ministers, Gulf and Mekong partners, the UN's summits", () => {
  it("keeps the ADMM-Plus apart from the ADMM, and reads a modifier after the level", () => {
    expect(
      meetingsOf(
        "Singh addressed the ASEAN Defence Ministers' Meeting Plus (ADMM-Plus). The 15th ASEAN Defence Ministers' Meeting (ADMM) was held the day before.",
      ),
    ).toEqual(["OTHER - other -", "OTHER - other 15"]);
    expect(meetingsOf("The ASEAN-China Defence Ministers' Informal Meeting took place.")).toEqual([
      "ASEAN_PLUS_ONE CN other -",
    ]);
  });

  it("reads ASEAN written out before the Gulf Cooperation Council, and Korea before the Mekong", () => {
    expect(
      meetingsOf(
        "Leaders flew in for the first Association of Southeast Asian Nations-Gulf Cooperation Council Summit.",
      ),
    ).toEqual(["OTHER - leaders 1"]);
    expect(meetingsOf("Busan đã diễn ra Hội nghị thượng đỉnh Hàn Quốc-Mekong lần thứ nhất.")).toEqual([
      "OTHER KR leaders 1",
    ]);
  });

  it("reads the UN's Summit of the Future and the ministers' retreat", () => {
    expect(meetingsOf("Họ đánh giá cao Hội nghị thượng đỉnh Tương lai của LHQ.")).toEqual([
      "OTHER - leaders -",
    ]);
    expect(meetingsOf("Asean foreign ministers open their two-day Retreat in Cambodia on Thursday.")).toEqual(
      ["AMM - foreign_ministers -"],
    );
  });
});

describe("the East Asia Summit named bare", () => {
  it("is held at the level of the meetings it is listed among", () => {
    expect(
      meetingsOf(
        "He took part in the ASEAN+3 Foreign Ministers’ Meetings, East Asia Summit (EAS) and ASEAN Regional Forum (ARF), held within the framework of the 57th ASEAN Foreign Ministers’ Meeting (AMM-57).",
      ),
    ).toContain("EAS - foreign_ministers -");
    expect(meetingsOf("Premier Li will attend the East Asia Summit in Vientiane.")).toEqual([
      "EAS - leaders -",
    ]);
  });

  it("is the one meeting of the series the text states, or what the ministers attending make it", () => {
    expect(
      meetingsOf(
        "Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 10 đã được tổ chức tại Hà Nội. Hội nghị EAS: thúc đẩy hợp tác ứng phó dịch bệnh.",
      ),
    ).toEqual(["EAS - foreign_ministers 10"]);
    expect(
      meetingsOf(
        "Ngoại trưởng Mỹ có mặt tại Malaysia để tham dự Hội nghị Cấp cao Đông Á và Diễn đàn Khu vực ASEAN.",
      ),
    ).toEqual(["EAS - foreign_ministers -", "ARF - foreign_ministers -"]);
    // Said to be held later, with a head of state: the leaders' summit.
    expect(
      meetingsOf(
        "Sau AMM-51, Tổng thống Nga sẽ có mặt tại Hội nghị Cấp cao Đông Á (EAS), dự kiến được tổ chức vào tháng 11 tới.",
      ),
    ).toContain("EAS - leaders -");
  });
});

describe("the United States Trade Representative and a partner's minister meeting ASEAN's", () => {
  it("reads ASEAN-USTR and a meeting between ASEAN member states and a partner", () => {
    expect(meetingsOf("The ASEAN-USTR Consultation was held in Siem Reap.")).toEqual([
      "ASEAN_PLUS_ONE US economic_ministers -",
    ]);
    expect(
      meetingsOf(
        "The Siem Reap meeting between ASEAN Member States and the United States Trade Representative offered a chance.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US economic_ministers -"]);
  });

  it("reads `meet his ASEAN counterpart` without `with`", () => {
    expect(
      meetingsOf("Japanese Foreign Minister Yoshimasa Hayashi will meet his ASEAN counterpart in Jakarta."),
    ).toEqual(["ASEAN_PLUS_ONE JP foreign_ministers -"]);
  });
});

describe("the United Nations among an ASEAN meeting's partners", () => {
  it("reads an ASEAN–UN summit from a list of partners, as OTHER", () => {
    expect(
      meetingsOf(
        "Thủ tướng cũng sẽ dự các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc, Liên Hợp Quốc.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE US leaders -", "ASEAN_PLUS_ONE CN leaders -", "OTHER - leaders -"]);
  });
});

describe("ASEAN+3 economic ministers and the AEM Retreat", () => {
  it("reads AEM Plus Three and the ministers of the three partners as ASEAN+3", () => {
    expect(meetingsOf("Ministers met virtually for the 23rd AEM Plus Three Consultations.")).toEqual([
      "ASEAN_PLUS_THREE - economic_ministers 23",
    ]);
    expect(
      meetingsOf(
        "The Twenty-Eighth ASEAN Economic Ministers (AEM) Plus Three Consultation was held in Kuala Lumpur.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - economic_ministers 28"]);
    expect(
      meetingsOf(
        "The ASEAN Economic Ministers and Ministers from the People’s Republic of China, Japan and the Republic of Korea held their consultations in Makati City.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - economic_ministers -"]);
  });

  it("does not date the AEM Retreat by the AEM's editions", () => {
    const years = extractMeetings(
      createTextView("The ASEAN Economic Ministers met in Magelang for the 29th AEM Retreat."),
      {
        published: null,
      },
    ).map((m) => [m.series, m.number, m.year].join(" "));
    expect(years).toEqual(["AEM 29 "]);
  });
});

describe("acronyms in brackets and annual editions", () => {
  it("reads `ASEAN Economic Minister (AEM)-METI` with the edition before the spelled name", () => {
    expect(meetingsOf("The 25th ASEAN Economic Minister (AEM)-METI Consultation will be held.")).toEqual([
      "ASEAN_PLUS_ONE JP economic_ministers 25",
    ]);
  });

  it("reads an edition before `annual`", () => {
    expect(
      meetingsOf("He took part in the 10th annual ASEAN Defense Ministers' Meeting (ADMM)-Plus."),
    ).toEqual(["OTHER - other 10"]);
  });
});

describe("quoted names, online summits and `của`", () => {
  it("reads an edition after a closing quote and `trực tuyến` after the level", () => {
    expect(
      meetingsOf('Ông tham gia "Hội nghị thượng đỉnh Hàn Quốc-ASEAN" lần thứ 21, bàn các phương án.'),
    ).toEqual(["ASEAN_PLUS_ONE KR leaders 21"]);
    expect(meetingsOf("Ông tiếp tục dự Hội nghị thượng đỉnh trực tuyến Hàn Quốc-Mekong lần thứ 2.")).toEqual([
      "OTHER KR leaders 2",
    ]);
  });

  it("reads `Cuộc họp của Bộ trưởng Kinh tế ASEAN - Ấn Độ` and the ASEAN-United States Summit", () => {
    expect(
      meetingsOf("Cuộc họp của Bộ trưởng Kinh tế ASEAN - Ấn Độ lần thứ 20 đã diễn ra tại Semarang."),
    ).toEqual(["ASEAN_PLUS_ONE IN economic_ministers 20"]);
    expect(meetingsOf("It was unveiled during the 10th ASEAN-United States Summit.")).toEqual([
      "ASEAN_PLUS_ONE US leaders 10",
    ]);
  });

  it("reads the Friends of the Mekong and the ASEAN-GCC-China summit with the GCC's acronym", () => {
    expect(
      meetingsOf("Blinken chaired the tenth anniversary meeting of the Friends of the Mekong ministerial."),
    ).toEqual(["OTHER - foreign_ministers -"]);
    expect(
      meetingsOf("Họ tham dự Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) - Trung Quốc."),
    ).toEqual(["OTHER - leaders -"]);
  });
});

describe("a partner's Post-Ministerial Conference", () => {
  it("reads `the ASEAN-UK Post-Ministerial Conference` as ASEAN+1 foreign ministers", () => {
    expect(meetingsOf("Milling co-chaired the first ASEAN-UK Post-Ministerial Conference today.")).toEqual([
      "ASEAN_PLUS_ONE GB foreign_ministers 1",
    ]);
    expect(meetingsOf("The Post-Ministerial Conference opened.")).toEqual(["PMC - foreign_ministers -"]);
  });
});

describe("the ADMM-Plus in Vietnamese, informal meetings, meetings dated apart", () => {
  it("reads `mở rộng (ADMM+)` and `các cuộc gặp không chính thức … ASEAN-Hoa Kỳ`", () => {
    expect(
      meetingsOf(
        "Ông dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 10 cùng các cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ.",
      ),
    ).toEqual(["OTHER - other 10", "ASEAN_PLUS_ONE US other -"]);
  });

  it("keeps an unnumbered meeting dated to another month apart from numbered editions", () => {
    expect(
      meetingsOf(
        "Leaders prepared the 38th and 39th ASEAN Summit, to be held on 26-28 October 2021. The consensus was adopted by the ASEAN Leaders' Meeting held on 24 April 2021.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 38", "ASEAN_SUMMIT - leaders 39", "ASEAN_SUMMIT - leaders -"]);
  });
});

describe("pairs after an ASEAN+1 name", () => {
  it("gives each further `và ASEAN-X` the name's head and level", () => {
    expect(
      meetingsOf("Ông dự các cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ và ASEAN-Nhật Bản."),
    ).toEqual(["ASEAN_PLUS_ONE US other -", "ASEAN_PLUS_ONE JP other -"]);
  });
});

describe("sectoral ministers as ASEAN names them", () => {
  it("reads `ASEAN Ministers on Energy Meeting` and the central bank governors' meeting", () => {
    expect(meetingsOf("The 42nd ASEAN Ministers on Energy Meeting (AMEM) opened in Vientiane.")).toEqual([
      "OTHER - other 42",
    ]);
    expect(
      meetingsOf("It prepared the 9th Asean Central Bank Governors’ Meeting (ACGM) on Wednesday."),
    ).toEqual(["OTHER - other 9"]);
  });
});

describe("sectoral meetings by acronym and by topic", () => {
  it("reads sectoral acronyms with an edition, a partner, or +3", () => {
    expect(
      meetingsOf("The joint communique issued at the close of the 26th ALMM dealt with workers."),
    ).toEqual(["OTHER - other 26"]);
    expect(meetingsOf("The 33rd SEOM–USTR Consultations took up developments.")).toEqual([
      "ASEAN_PLUS_ONE US senior_officials 33",
    ]);
    expect(meetingsOf("Đây là hoạt động trong khuôn khổ Đại hội đồng AIPA-46.")).toEqual([
      "OTHER - other 46",
    ]);
  });

  it("reads an AMM or SOM `on <topic>` as a sectoral meeting of its own", () => {
    expect(
      meetingsOf(
        "Cambodia is to host the 16th ASEAN Ministerial Meeting on Transnational Crime (AMMTC) virtually.",
      ),
    ).toEqual(["OTHER - other 16"]);
    expect(
      meetingsOf(
        "It hosted the 22nd ASEAN Senior Officials Meeting on Transnational Crime (SOMTC) by video.",
      ),
    ).toEqual(["OTHER - senior_officials 22"]);
    expect(meetingsOf("The ASEAN Senior Officials' Meeting opened.")).toEqual(["SOM - senior_officials -"]);
  });

  it("reads the community councils by their acronyms", () => {
    expect(meetingsOf("The 30th ASCC Council Meeting was held in Jakarta.")).toEqual(["OTHER - other 30"]);
  });
});

describe("growth areas and councils spelled out with their acronyms", () => {
  it("reads the IMT-GT's English name and a council with its acronym inside", () => {
    expect(
      meetingsOf(
        "Thailand hosted the 31st Indonesia-Malaysia-Thailand Growth Triangle (IMT-GT) Ministerial Meeting.",
      ),
    ).toEqual(["OTHER - other 31"]);
    expect(meetingsOf("The 30th ASEAN Socio-Cultural Community (ASCC) Council Meeting endorsed it.")).toEqual(
      ["OTHER - other 30"],
    );
    expect(meetingsOf("The APSC Blueprint was reviewed.")).toEqual([]);
  });
});

describe("ASEAN written out in a partner-first name, and the AEM's retreat in Vietnamese", () => {
  it("reads `the 22nd China-Association of Southeast Asian Nations (ASEAN) Summit`", () => {
    expect(
      meetingsOf(
        "Li took part in the 22nd China-Association of Southeast Asian Nations (ASEAN) Summit in Bangkok.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders 22"]);
    expect(meetingsOf("The Association of Southeast Asian Nations said so.")).toEqual([]);
  });

  it("reads `ASEAN hẹp lần thứ 26` with its edition", () => {
    expect(
      meetingsOf(
        "Tại Đà Nẵng, Hội nghị Bộ trưởng Kinh tế ASEAN hẹp lần thứ 26 (AEM hẹp 26) đã được tổ chức.",
      ),
    ).toEqual(["AEM - economic_ministers 26"]);
  });
});

describe("intersessional meetings, agriculture and forestry, forums listed as examples", () => {
  it("reads RCEP's intersessional ministerial meeting and the AMAF in Vietnamese", () => {
    expect(
      meetingsOf("It followed the 7th RCEP Intercessional Ministerial Meeting held in Siem Reap."),
    ).toEqual(["OTHER - economic_ministers 7"]);
    expect(
      meetingsOf("Việt Nam chủ trì Hội nghị Bộ trưởng nông lâm nghiệp ASEAN (AMAF) lần thứ 40."),
    ).toEqual(["OTHER - other 40"]);
  });

  it("does not take forums listed as examples for meetings", () => {
    expect(
      meetingsOf("ASEAN-oriented forums such as the East Asia Summit and the ASEAN Regional Forum matter."),
    ).toEqual([]);
  });
});

describe("tourism ministers, dialogues and joint working groups", () => {
  it("reads `the 27th Meeting of ASEAN Tourism Ministers (M-ATM)`", () => {
    expect(meetingsOf("The Lao PDR hosted the 27th Meeting of ASEAN Tourism Ministers (M-ATM).")).toEqual([
      "OTHER - other 27",
    ]);
  });

  it("reads a pair's dialogue and joint working group at level other, never `dialogue relations`", () => {
    expect(
      meetingsOf(
        "Ha Long hosted the 27th ASEAN-Korea Dialogue and the 39th ASEAN-China Joint Working Group Meeting.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE KR other 27", "ASEAN_PLUS_ONE CN other 39"]);
    expect(meetingsOf("They marked the 30th anniversary of ASEAN-China dialogue relations.")).toEqual([]);
  });
});

describe("the first of its kind", () => {
  it("gives edition one to a meeting called the first of its kind or the first since", () => {
    expect(
      meetingsOf(
        "It was the ASEAN-Japan conference on agriculture and forestry, the first of its kind for the ministers.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE JP other 1"]);
    expect(
      meetingsOf(
        "Milling co-chaired the ASEAN-UK Post-Ministerial Conference today, the first since the UK became a partner.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE GB foreign_ministers 1"]);
  });
});

describe("the haze ministers", () => {
  it("reads the sub-regional ministerial steering committee on transboundary haze pollution", () => {
    expect(
      meetingsOf(
        "Ministers attended the sub-regional ministerial steering committee on transboundary haze pollution.",
      ),
    ).toEqual(["OTHER - other -"]);
  });
});

describe("summits with leaders from several partners, and SOM Plus Three", () => {
  it("reads `separate summits with leaders from China, South Korea and India` beside an ASEAN meeting", () => {
    expect(
      meetingsOf(
        "At the ASEAN Summit, the leaders held separate summits with leaders from China, South Korea and India.",
      ),
    ).toEqual([
      "ASEAN_SUMMIT - leaders -",
      "ASEAN_PLUS_ONE CN leaders -",
      "ASEAN_PLUS_ONE KR leaders -",
      "ASEAN_PLUS_ONE IN leaders -",
    ]);
  });

  it("reads `held their first summit with Japanese Prime Minister …` and `met their … counterparts`", () => {
    expect(
      meetingsOf("ASEAN leaders also held their first summit with Japanese Prime Minister Yoshihide Suga."),
    ).toEqual(["ASEAN_PLUS_ONE JP leaders -"]);
    expect(
      meetingsOf("ASEAN's top diplomats also met their Australian and New Zealand counterparts."),
    ).toEqual(["ASEAN_PLUS_ONE AU foreign_ministers -", "ASEAN_PLUS_ONE NZ foreign_ministers -"]);
  });

  it("reads the ASEAN SOM Plus Three", () => {
    expect(meetingsOf("Bangkok hosted the ASEAN SOM Plus Three.")).toEqual([
      "ASEAN_PLUS_THREE - senior_officials -",
    ]);
  });
});

describe("a sector's retreat and the ADMM-Plus by acronym", () => {
  it("reads `the ADMM Retreat` and `the ADMM-Plus` as two meetings apart from the ADMM", () => {
    expect(meetingsOf("Ng is in Thailand for the ADMM Retreat and the ADMM-Plus.")).toEqual([
      "OTHER - other -",
      "OTHER - other -",
    ]);
    expect(meetingsOf("The 19th ADMM and the 12th ADMM-Plus were held in Kuala Lumpur.")).toEqual([
      "OTHER - other 19",
      "OTHER - other 12",
    ]);
  });

  it("takes the spelled-out retreat and its acronym for one meeting", () => {
    expect(
      meetingsOf(
        "Sáng 19/2, Hội nghị Hẹp Bộ trưởng Quốc phòng các nước ASEAN khai mạc tại Hà Nội. Hội nghị ADMM hẹp thông qua tuyên bố chung.",
      ),
    ).toEqual(["OTHER - other -"]);
  });

  it("leaves a working group of the ADMM-Plus and a bare `ADMM+` mechanism alone", () => {
    expect(
      meetingsOf("India and Malaysia co-chair the ADMM Plus Expert Working Group on Counter-Terrorism."),
    ).toEqual([]);
    expect(
      meetingsOf("Từ khi ra đời, ADMM và ADMM+ đã giữ vai trò quan trọng trong hợp tác quốc phòng."),
    ).toEqual([]);
  });
});

describe("leaders' meetings with other bodies, described", () => {
  it("reads `a meeting with representatives of …` at a summit, one per body", () => {
    expect(
      meetingsOf(
        "The meetings the President will chair at the summit are a plenary session and a meeting with representatives of the Inter-Parliamentary Assembly of (AIPA), ASEAN Youth and the ASEAN Business Advisory Council (ABAC).",
      ).filter((m) => m.startsWith("OTHER")),
    ).toEqual(["OTHER - leaders -", "OTHER - leaders -", "OTHER - leaders -"]);
  });

  it("reads `Đối thoại giữa lãnh đạo các nước ASEAN với …, với đại diện … và với …`", () => {
    expect(
      meetingsOf(
        "Các phiên sẽ có Đối thoại giữa lãnh đạo các nước ASEAN với Đại hội đồng Liên nghị viện ASEAN (AIPA), với đại diện Thanh niên ASEAN và với Hội đồng Tư vấn kinh doanh ASEAN (ASEAN-BAC).",
      ),
    ).toEqual(["OTHER - leaders -", "OTHER - leaders -", "OTHER - leaders -"]);
  });
});

describe("names as press varies them", () => {
  it("reads `Foreign Ministerial Meeting` and `Economic Ministerial Meeting`", () => {
    expect(
      meetingsOf(
        "The ASEAN Foreign Ministerial Meeting is under way in Phnom Penh. The 22nd ASEAN Economic Ministerial Meeting opened.",
      ),
    ).toEqual(["AMM - foreign_ministers -", "AEM - economic_ministers 22"]);
  });

  it("reads the edition before a growth area's members spelled out", () => {
    expect(
      meetingsOf(
        "One more meeting, the 15th Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA) Summit, is to be chaired by Malaysia.",
      ),
    ).toEqual(["OTHER - leaders 15"]);
  });
});

describe("the grouping by another name, and an earlier meeting of the same kind", () => {
  it("reads summits with the partners listed in a sentence that calls ASEAN `the bloc`", () => {
    expect(
      meetingsOf(
        "ASEAN foreign ministers met in Vientiane.\n\nThe bloc's leaders are also due to hold summits with its partners, China, Japan, and South Korea among them.",
      ).filter((m) => m.startsWith("ASEAN_PLUS_ONE")),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE JP leaders -", "ASEAN_PLUS_ONE KR leaders -"]);
  });

  it("keeps an unnumbered summit dated to an earlier year apart from the numbered edition", () => {
    expect(
      meetingsOf(
        "Modi is to take part in the 21st ASEAN-India Summit in Vientiane.\n\nIn 2023, Modi attended the ASEAN-India Summit in Jakarta.",
        { year: 2024, month: 10 },
      ),
    ).toEqual(["ASEAN_PLUS_ONE IN leaders 21", "ASEAN_PLUS_ONE IN leaders -"]);
  });
});

describe("a bare name among editions, and documents named after a forum", () => {
  it("gives a bare name after two editions to the latest one before it", () => {
    expect(
      meetingsOf(
        "The 19th East Asia Summit (EAS) met on October 11, 2024 in Vientiane.\n\nThe EAS was an important moment for dialogue.\n\nThe 20th EAS would be held in Malaysia in 2025.",
      ),
    ).toEqual(["EAS - leaders 19", "EAS - leaders 20"]);
  });

  it("reads no meeting in a declaration named after the East Asia Summit", () => {
    expect(
      meetingsOf(
        "Quan hệ dựa trên Tuyên bố Hội nghị Cấp cao Đông Á (EAS) về các nguyên tắc Quan hệ cùng có lợi (Nguyên tắc Bali).",
      ),
    ).toEqual([]);
  });
});

describe("the foreign ministers' meeting as press varies it", () => {
  it("reads ministers described as gathering or meeting, in English and Vietnamese", () => {
    expect(
      meetingsOf("ASEAN foreign ministers gathered in Vientiane on Thursday for their annual meeting."),
    ).toEqual(["AMM - foreign_ministers -"]);
    expect(meetingsOf("Southeast Asian foreign ministers met in Kuala Lumpur on Tuesday.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(meetingsOf("Ngoại trưởng các nước ASEAN đã họp tại Hà Nội hôm nay.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(meetingsOf("Các Bộ trưởng Kinh tế ASEAN đã nhóm họp tại Hà Nội.")).toEqual([
      "AEM - economic_ministers -",
    ]);
  });

  it("reads `FMs'`, and the acronym with its related meetings or its retreat", () => {
    expect(meetingsOf("The ASEAN FMs' meeting opened in Jakarta.")).toEqual(["AMM - foreign_ministers -"]);
    expect(meetingsOf("The AMM and related meetings will be held in Vientiane in July.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(meetingsOf("The AMM Retreat was held in Langkawi in January.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
  });

  it("leaves the bare acronym with nothing around it alone", () => {
    expect(meetingsOf("The AMM is where ASEAN's foreign policy is set.")).toEqual([]);
  });
});

describe("ASEAN's meetings with one partner as press varies them", () => {
  it("reads `Hội nghị Cấp cao ASEAN và Nhật Bản` as the ASEAN–Japan summit", () => {
    expect(meetingsOf("Thủ tướng dự Hội nghị Cấp cao ASEAN và Nhật Bản.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
    expect(meetingsOf("Hội nghị Cấp cao ASEAN và các hội nghị liên quan diễn ra tại Viêng Chăn.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });

  it("reads ASEAN's ministers meeting a partner's minister named by title and country", () => {
    expect(
      meetingsOf(
        "Bộ trưởng Ngoại giao các nước ASEAN đã họp với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN foreign_ministers -"]);
    expect(
      meetingsOf("Các nhà lãnh đạo ASEAN đã có cuộc gặp với Tổng thống Mỹ Joe Biden tại Nhà Trắng."),
    ).toEqual(["ASEAN_PLUS_ONE US leaders -"]);
  });

  it("reads a partner hosting ASEAN leaders at a summit, not at a dinner", () => {
    expect(meetingsOf("US President Joe Biden hosted ASEAN leaders at a summit in Washington.")).toEqual([
      "ASEAN_PLUS_ONE US leaders -",
    ]);
    expect(meetingsOf("The US ambassador hosted ASEAN leaders at a dinner in Jakarta.")).toEqual([]);
  });

  it("reads `Hội nghị SOM ASEAN+3` as ASEAN+3's senior officials", () => {
    expect(meetingsOf("Hội nghị SOM ASEAN+3 diễn ra tại Viêng Chăn.")).toEqual([
      "ASEAN_PLUS_THREE - senior_officials -",
    ]);
  });
});

describe("meetings outside the main series as press names them", () => {
  it("reads ASEAN's forums and conferences by name", () => {
    for (const text of [
      "The ASEAN Tourism Forum 2025 opened in Johor Bahru.",
      "Diễn đàn Du lịch ASEAN (ATF) 2019 diễn ra tại Hạ Long.",
      "The ASEAN Business and Investment Summit opened in Jakarta.",
      "The ASEAN Future Forum 2025 was held in Hanoi.",
      "The Shangri-La Dialogue was held in Singapore.",
      "The ASEAN Chiefs of Police Conference was held in Hanoi.",
      "The ASEAN Ministers Responsible for Information (AMRI) met online.",
      "The ASEAN Law Ministers' Meeting was held in Vientiane.",
    ])
      expect(meetingsOf(text), text).toEqual(["OTHER - other -"]);
    expect(meetingsOf("The ASEAN Women Leaders' Summit was held in Jakarta.")).toEqual(["OTHER - other -"]);
  });

  it("reads a community council meeting, not the council as the body results go to", () => {
    expect(meetingsOf("The ASEAN Political-Security Community Council met in Jakarta.")).toEqual([
      "OTHER - other -",
    ]);
    expect(meetingsOf("Its outcomes will go to the ASEAN Economic Community Council next month.")).toEqual(
      [],
    );
  });

  it("reads a sector's ministers described as meeting", () => {
    expect(
      meetingsOf("ASEAN finance ministers and central bank governors met in Kuala Lumpur on Friday."),
    ).toEqual(["OTHER - other -"]);
    expect(meetingsOf("Bộ trưởng Quốc phòng các nước ASEAN đã họp tại Kuala Lumpur.")).toEqual([
      "OTHER - other -",
    ]);
  });

  it("reads joint cooperation committees, with a sectoral partner under OTHER", () => {
    expect(meetingsOf("The ASEAN-Russia Joint Cooperation Committee met in Jakarta.")).toEqual([
      "ASEAN_PLUS_ONE RU other -",
    ]);
    expect(meetingsOf("The 7th ASEAN-Pakistan Joint Sectoral Cooperation Committee met in Jakarta.")).toEqual(
      ["OTHER - other 7"],
    );
  });
});

describe("the ASEAN Summit described", () => {
  it("reads ASEAN's leaders described as gathering or meeting", () => {
    expect(meetingsOf("ASEAN leaders gathered in Kuala Lumpur for their summit on Monday.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
    expect(meetingsOf("Lãnh đạo các nước ASEAN đã họp tại Kuala Lumpur.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });

  it("reads no summit in leaders meeting on the sidelines or with a partner", () => {
    expect(meetingsOf("ASEAN leaders met on the sidelines of the UN General Assembly.")).toEqual([]);
    expect(meetingsOf("ASEAN leaders met with US President Joe Biden at the White House.")).toEqual([
      "ASEAN_PLUS_ONE US leaders -",
    ]);
  });
});

describe("Vietnamese editions in words and meetings with two partners", () => {
  it("reads `lần thứ năm mươi tám` as 58, not 5", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ năm mươi tám diễn ra tại Kuala Lumpur."),
    ).toEqual(["AMM - foreign_ministers 58"]);
  });

  it("reads ASEAN with two partners named after it as no ASEAN+1", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng Kinh tế ASEAN - Úc - New Zealand (AEM-CER) lần thứ 29 diễn ra."),
    ).toEqual(["OTHER - economic_ministers 29"]);
  });
});

describe("a pair holding a summit, and the foreign ministers' meeting by acronym", () => {
  it("reads `Japan and ASEAN held a summit` and `their 22nd summit` as ASEAN+1 summits", () => {
    expect(meetingsOf("Japan and ASEAN held a summit in Tokyo to mark 50 years of friendship.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
    expect(meetingsOf("ASEAN and India held their 22nd summit online.")).toEqual([
      "ASEAN_PLUS_ONE IN leaders 22",
    ]);
  });

  it("reads `FMM` after a framework", () => {
    expect(meetingsOf("The APT FMM was held in Vientiane.")).toEqual([
      "ASEAN_PLUS_THREE - foreign_ministers -",
    ]);
    expect(meetingsOf("The ASEAN-China FMM was held in Vientiane.")).toEqual([
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
  });
});

describe("the PMC with partners by its acronym", () => {
  it("reads one ASEAN+1 foreign ministers' session per partner after `the PMC with` and `PMC+1 sessions with`", () => {
    expect(meetingsOf("ASEAN foreign ministers held the PMC with Japan, China and Korea.")).toEqual([
      "ASEAN_PLUS_ONE JP foreign_ministers -",
      "ASEAN_PLUS_ONE CN foreign_ministers -",
      "ASEAN_PLUS_ONE KR foreign_ministers -",
    ]);
    expect(meetingsOf("The PMC+1 sessions with the US and Russia were held on Friday.")).toEqual([
      "ASEAN_PLUS_ONE US foreign_ministers -",
      "ASEAN_PLUS_ONE RU foreign_ministers -",
    ]);
  });

  it("reads `PMC 10+1` as a format, not the tenth edition", () => {
    expect(meetingsOf("The PMC 10+1 with China took place on Friday.")).toEqual([
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
  });
});

describe("editions written around the name", () => {
  it("reads `the 58th edition of the …` and `… thường niên lần thứ 58`", () => {
    expect(
      meetingsOf("The 58th edition of the ASEAN Foreign Ministers' Meeting opened in Kuala Lumpur."),
    ).toEqual(["AMM - foreign_ministers 58"]);
    expect(meetingsOf("Hội nghị Bộ trưởng Ngoại giao ASEAN thường niên lần thứ 58 diễn ra.")).toEqual([
      "AMM - foreign_ministers 58",
    ]);
  });
});

describe("working groups and the senior economic officials", () => {
  it("reads a joint working group with a partner and the SEOM by its name", () => {
    expect(
      meetingsOf("The ASEAN-China Joint Working Group on the Implementation of the DOC met in Jakarta."),
    ).toEqual(["ASEAN_PLUS_ONE CN other -"]);
    expect(meetingsOf("The Senior Economic Officials' Meeting (SEOM) was held in Bangkok.")).toEqual([
      "OTHER - senior_officials -",
    ]);
  });
});

describe("meetings with the dialogue partners listed after their number", () => {
  it("reads one meeting per partner after `meetings with ASEAN's seven Dialogue Partners, which include …`", () => {
    expect(
      meetingsOf(
        "At the summits Anwar will also take part in meetings with ASEAN's seven Dialogue Partners, which include Australia, China and Japan.",
      ).filter((m) => m.startsWith("ASEAN_PLUS_ONE")),
    ).toEqual(["ASEAN_PLUS_ONE AU other -", "ASEAN_PLUS_ONE CN other -", "ASEAN_PLUS_ONE JP other -"]);
  });

  it("reads the PMC with `11 dialogue partners, namely …` as its session with each", () => {
    expect(
      meetingsOf(
        "The minister took part in the ASEAN Post Ministerial Conference (PMC) with 11 dialogue partners, namely Australia, Canada and China.",
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE AU foreign_ministers -",
      "ASEAN_PLUS_ONE CA foreign_ministers -",
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
  });
});

describe("the AEM's consultations with partners listed", () => {
  it("reads one ASEAN+1 economic ministers' consultation per partner listed after the name", () => {
    expect(
      meetingsOf(
        "He posted after the week-long Asean Economic Ministers' Consultations with the grouping's key partners, including China and the United States, ended on Wednesday.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN economic_ministers -", "ASEAN_PLUS_ONE US economic_ministers -"]);
  });
});

describe("AIPA's assembly by its long name and an edition after a dash", () => {
  it("reads `the 45th General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA)`", () => {
    expect(
      meetingsOf(
        "The 45th General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA) came to a close in Vientiane.",
      ),
    ).toEqual(["OTHER - other 45"]);
  });

  it("reads `Hội nghị cấp cao ASEAN-47` as the 47th summit", () => {
    expect(
      meetingsOf("Những phiên họp này đặt nền cho Hội nghị cấp cao ASEAN-47 và các hội nghị liên quan."),
    ).toEqual(["ASEAN_SUMMIT - leaders 47"]);
  });
});

describe("dialogue relations, not a dialogue meeting", () => {
  it("reads no meeting in `the 50th anniversary of ASEAN-New Zealand dialogue`, but one in `the 27th ASEAN-Korea Dialogue`", () => {
    expect(
      meetingsOf(
        "Leaders adopted a statement marking the 50th anniversary of ASEAN-New Zealand dialogue, agreeing to upgrade ties.",
      ),
    ).toEqual([]);
    expect(meetingsOf("The 27th ASEAN-Korea Dialogue was held in Ha Long.")).toEqual([
      "ASEAN_PLUS_ONE KR other 27",
    ]);
  });
});

describe("formats in numbers and a partner's official by name", () => {
  it("reads `the 10+3 Summit`, `Hội nghị Cấp cao 10+3` and `the 10+1 summit with China`", () => {
    expect(meetingsOf("The 10+3 Summit was held in Jakarta.")).toEqual(["ASEAN_PLUS_THREE - leaders -"]);
    expect(meetingsOf("Hội nghị Cấp cao 10+3 diễn ra tại Jakarta.")).toEqual([
      "ASEAN_PLUS_THREE - leaders -",
    ]);
    expect(meetingsOf("The 10+1 summit with China was held on Tuesday.")).toEqual([
      "ASEAN_PLUS_ONE CN leaders -",
    ]);
  });

  it("reads a known partner official meeting ASEAN's ministers as that partner's meeting", () => {
    expect(meetingsOf("Lavrov met ASEAN foreign ministers in Jakarta.")).toEqual([
      "ASEAN_PLUS_ONE RU foreign_ministers -",
    ]);
  });
});

describe("Vietnamese names of ASEAN+1 summits as press varies them", () => {
  it("reads ASEAN's full name before the partner and the anniversary of dialogue relations", () => {
    expect(
      meetingsOf("Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á - Nhật Bản diễn ra tại Tokyo."),
    ).toEqual(["ASEAN_PLUS_ONE JP leaders -"]);
    expect(
      meetingsOf(
        "Hội nghị Cấp cao đặc biệt kỷ niệm 30 năm quan hệ đối thoại ASEAN - Trung Quốc diễn ra trực tuyến.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -"]);
  });
});

describe("a pair named before who meets", () => {
  it("reads `ASEAN and EU trade ministers met` and `ASEAN and Japanese leaders met`, not a pair that signs", () => {
    expect(meetingsOf("ASEAN and EU trade ministers met online.")).toEqual([
      "ASEAN_PLUS_ONE EU economic_ministers -",
    ]);
    expect(meetingsOf("ASEAN and Japanese leaders met in Tokyo.")).toEqual(["ASEAN_PLUS_ONE JP leaders -"]);
    expect(meetingsOf("ASEAN and Japan signed an agreement.")).toEqual([]);
  });
});

describe("meetings held with each partner of a list", () => {
  it("reads plural meetings with listed partners as one ASEAN+1 each, at the ASEAN side's level", () => {
    expect(
      meetingsOf(
        "The ASEAN defence ministers also held informal meetings with China, Japan and the United States.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN other -", "ASEAN_PLUS_ONE JP other -", "ASEAN_PLUS_ONE US other -"]);
    expect(
      meetingsOf(
        "ASEAN economic ministers held engagement sessions with counterparts from China, Japan, South Korea and the US.",
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE CN economic_ministers -",
      "ASEAN_PLUS_ONE JP economic_ministers -",
      "ASEAN_PLUS_ONE KR economic_ministers -",
      "ASEAN_PLUS_ONE US economic_ministers -",
    ]);
    expect(
      meetingsOf(
        "Các Bộ trưởng Quốc phòng ASEAN đã có các cuộc gặp không chính thức với Trung Quốc và Nhật Bản.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN other -", "ASEAN_PLUS_ONE JP other -"]);
    expect(
      meetingsOf("Lãnh đạo ASEAN cũng dự hội nghị thượng đỉnh không chính thức với Australia và Ấn Độ."),
    ).toEqual(["ASEAN_PLUS_ONE AU leaders -", "ASEAN_PLUS_ONE IN leaders -"]);
  });

  it("keeps one meeting with the three together, and a member's own meetings out", () => {
    expect(meetingsOf("ASEAN foreign ministers met with China, Japan and South Korea on Friday.")).toEqual([
      "ASEAN_PLUS_THREE - foreign_ministers -",
    ]);
    expect(
      meetingsOf("Vietnam held meetings with China and Japan on the sidelines of the ASEAN summit."),
    ).toEqual(["ASEAN_SUMMIT - leaders -"]);
  });
});

describe("sectors and frameworks press names less often", () => {
  it("reads the women's, minerals', disaster management and culture ministers' meetings", () => {
    expect(meetingsOf("Hội nghị Bộ trưởng Phụ nữ ASEAN lần thứ 3 diễn ra tại Hà Nội.")).toEqual([
      "OTHER - other 3",
    ]);
    expect(meetingsOf("Hội nghị Bộ trưởng Khoáng sản ASEAN lần thứ 8 khai mạc sáng nay.")).toEqual([
      "OTHER - other 8",
    ]);
    expect(
      meetingsOf("The 12th ASEAN Ministers on Disaster Management meeting was held in Ha Long."),
    ).toEqual(["OTHER - other 12"]);
    expect(meetingsOf("The ASEAN Culture and Arts Ministers' Meeting opened in Hue.")).toEqual([
      "OTHER - other -",
    ]);
  });

  it("never reads `lao động ASEAN` as the East Asia Summit (`Đông Á`)", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng Lao động ASEAN lần thứ 25 (ALMM 25) diễn ra tại Kuala Lumpur."),
    ).toEqual(["OTHER - other 25"]);
  });

  it("reads the Mekong Ganga Cooperation without a hyphen and the Lower Mekong Initiative", () => {
    expect(
      meetingsOf("The 12th Mekong Ganga Cooperation ministerial meeting was co-chaired by India."),
    ).toEqual(["OTHER IN foreign_ministers 12"]);
    expect(meetingsOf("The Lower Mekong Initiative Ministerial took place on August 1.")).toEqual([
      "OTHER US foreign_ministers -",
    ]);
  });

  it("reads `ASEAN leaders and India held a commemorative summit` as their summit", () => {
    expect(
      meetingsOf("ASEAN leaders and India held a commemorative summit in New Delhi on Thursday."),
    ).toEqual(["ASEAN_PLUS_ONE IN leaders -"]);
  });
});

describe("ASEAN as the bloc, and a partner's minister with the ten members' counterparts", () => {
  it("reads the bloc's or grouping's ministers and leaders meeting, and its annual summit", () => {
    const aseanFirst = "ASEAN is a regional body. ";
    expect(
      meetingsOf(`${aseanFirst}The regional bloc's foreign ministers met in Jakarta on Tuesday.`),
    ).toEqual(["AMM - foreign_ministers -"]);
    expect(
      meetingsOf(`${aseanFirst}The 10-member bloc's leaders will meet in Vientiane next month.`),
    ).toEqual(["ASEAN_SUMMIT - leaders -"]);
    expect(meetingsOf(`${aseanFirst}The bloc's annual summit opened in Kuala Lumpur on Sunday.`)).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
    expect(meetingsOf(`${aseanFirst}The grouping's annual summit with China opened.`)).toEqual([]);
  });

  it("reads `gặp các người đồng cấp của 10 nước ASEAN` as the partner's meeting with ASEAN", () => {
    expect(meetingsOf("Ngoại trưởng Nga Lavrov đã gặp các người đồng cấp của 10 nước ASEAN.")).toEqual([
      "ASEAN_PLUS_ONE RU foreign_ministers -",
    ]);
  });
});

describe("the foreign ministers' retreat by its acronym, RCEP by its Vietnamese name, the bloc's two-day summit", () => {
  it("reads `Hội nghị hẹp Bộ trưởng Ngoại giao (AMMR)` and `Hội nghị AMMR` as the AMM's retreat", () => {
    expect(
      meetingsOf(
        "Họ chuẩn bị cho Hội nghị hẹp Bộ trưởng Ngoại giao (AMMR) tại Phnom Penh. Hội nghị AMMR rất quan trọng.",
      ),
    ).toEqual(["AMM - foreign_ministers -"]);
  });

  it("reads RCEP's meetings by the agreement's Vietnamese name", () => {
    expect(
      meetingsOf(
        "Hội nghị Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) lần thứ 8 được tổ chức tại Hà Nội.",
      ),
    ).toEqual(["OTHER - other 8"]);
    expect(
      meetingsOf(
        "Hội nghị Bộ trưởng Kinh tế các nước tham gia Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) diễn ra trực tuyến.",
      ),
    ).toEqual(["OTHER - economic_ministers -"]);
  });

  it("reads the regional bloc's two-day summit", () => {
    expect(
      meetingsOf("ASEAN chairs this year. Malaysia hosted it after the regional bloc’s two-day summit."),
    ).toEqual(["ASEAN_SUMMIT - leaders -"]);
  });
});

describe("editions alone, a partner hosting, and more Vietnamese spellings", () => {
  it("reads `dự ASEAN 33`, `chaired ASEAN 46`, `HNCC ASEAN 36`, never other numbers after ASEAN", () => {
    expect(meetingsOf("Thủ tướng lên đường dự ASEAN 33 tại Singapore.")).toEqual([
      "ASEAN_SUMMIT - leaders 33",
    ]);
    expect(meetingsOf("Prime Minister Anwar Ibrahim chaired ASEAN 46 in Kuala Lumpur.")).toEqual([
      "ASEAN_SUMMIT - leaders 46",
    ]);
    expect(meetingsOf("HNCC ASEAN 36 lần đầu tiên được tổ chức trực tuyến.")).toEqual([
      "ASEAN_SUMMIT - leaders 36",
    ]);
    expect(meetingsOf("The top ASEAN 50 companies were listed.")).toEqual([]);
    expect(meetingsOf("ASEAN leaders wrapped up their 42nd summit in Labuan Bajo.")).toEqual([
      "ASEAN_SUMMIT - leaders 42",
    ]);
  });

  it("reads a special ASEAN summit a dialogue partner hosts as that partner's summit", () => {
    expect(
      meetingsOf("Leaders will attend the ASEAN special summit in Sydney, hosted by Australia."),
    ).toEqual(["ASEAN_PLUS_ONE AU leaders -"]);
    expect(
      meetingsOf(
        "Australia is set to stage a large gathering when the ASEAN special summit takes place in Sydney.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE AU leaders -"]);
    expect(meetingsOf("Indonesia will host a special ASEAN summit in Jakarta.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
    expect(meetingsOf("Japan and ASEAN plan a commemorative summit this December.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
  });

  it("reads `ASEAN cộng 3`, `Mê Công - Lan Thương`, CLMV spelled out and `các nhà Lãnh đạo`", () => {
    expect(meetingsOf("Thủ tướng dự Hội nghị Cấp cao ASEAN cộng 3 lần thứ 22 tại Bangkok.")).toEqual([
      "ASEAN_PLUS_THREE - leaders 22",
    ]);
    expect(
      meetingsOf("Hội nghị Lãnh đạo Hợp tác Mê Công - Lan Thương lần thứ tư được tổ chức trực tuyến."),
    ).toEqual(["MEKONG_LANCANG CN leaders 4"]);
    expect(
      meetingsOf(
        "Hội nghị Cấp cao Hợp tác Campuchia - Lào - Myanmar - Việt Nam (CLMV) lần thứ 11 diễn ra trực tuyến.",
      ),
    ).toEqual(["OTHER - leaders 11"]);
    expect(meetingsOf("Hội nghị các nhà Lãnh đạo ASEAN diễn ra tại Jakarta.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
  });

  it("reads Mekong spelled `Mê Công` or `Mê Kông` with Japan, Lancang, Korea and the United States", () => {
    expect(
      meetingsOf("Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 16 diễn ra tại Viêng Chăn."),
    ).toEqual(["MEKONG_JAPAN JP foreign_ministers 16"]);
    expect(
      meetingsOf("Hội nghị Cấp cao Hợp tác Mê Kông – Nhật Bản lần thứ 12 được tổ chức trực tuyến."),
    ).toEqual(["MEKONG_JAPAN JP leaders 12"]);
    expect(
      meetingsOf("Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Kông - Lan Thương lần thứ 10 khai mạc."),
    ).toEqual(["MEKONG_LANCANG CN foreign_ministers 10"]);
    expect(
      meetingsOf(
        "Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 diễn ra trực tuyến.",
      ),
    ).toEqual(["OTHER KR foreign_ministers 10"]);
    expect(
      meetingsOf("Hội nghị Bộ trưởng Quan hệ đối tác Mê Công - Mỹ lần thứ 3 diễn ra tại Hà Nội."),
    ).toEqual(["OTHER US foreign_ministers 3"]);
  });

  it("reads the leaders of ASEAN and partners gathering, never a forum's mechanism or membership", () => {
    expect(meetingsOf("The leaders of ASEAN and Australia gathered in Melbourne.")).toEqual([
      "ASEAN_PLUS_ONE AU leaders -",
    ]);
    expect(meetingsOf("The leaders of ASEAN, China, Japan and South Korea met in Kuala Lumpur.")).toEqual([
      "ASEAN_PLUS_THREE - leaders -",
    ]);
    expect(meetingsOf("The East Asia Summit mechanism brings together eighteen countries.")).toEqual([]);
    expect(meetingsOf("North Korea has been a member of the ASEAN Regional Forum since 2000.")).toEqual([]);
  });
});

describe("sector officials, editions told after the name, Vietnamese abbreviations, a partner after an acronym", () => {
  it("reads a sector's senior officials in either word order, never the ASEAN SOM", () => {
    expect(meetingsOf("The ASEAN Digital Senior Officials' Meeting (ADGSOM) was held in Singapore.")).toEqual(
      ["OTHER - senior_officials -"],
    );
    expect(meetingsOf("Hội nghị Quan chức Quốc phòng cấp cao ASEAN (ADSOM) diễn ra tại Viêng Chăn.")).toEqual(
      ["OTHER - senior_officials -"],
    );
  });

  it("reads `met for the 37th time`, `was held for the 12th time` and `held its 38th meeting` as editions", () => {
    expect(meetingsOf("The ASEAN-UK Joint Cooperation Committee met for the third time in Jakarta.")).toEqual(
      ["ASEAN_PLUS_ONE GB other 3"],
    );
    expect(
      meetingsOf(
        "The ASEAN Ministerial Meeting on Rural Development and Poverty Eradication (AMRDPE) was held for the 12th time in Hanoi.",
      ),
    ).toEqual(["OTHER - other 12"]);
  });

  it("reads HNCC and BTNG as the summit and the foreign ministers' meeting", () => {
    expect(meetingsOf("HNCC ASEAN - Trung Quốc lần thứ 28 diễn ra tại Kuala Lumpur.")).toEqual([
      "ASEAN_PLUS_ONE CN leaders 28",
    ]);
    expect(
      meetingsOf("Ngoại trưởng Hàn Quốc đồng chủ trì Hội nghị BTNG ASEAN - Hàn Quốc tại Viêng Chăn."),
    ).toEqual(["ASEAN_PLUS_ONE KR foreign_ministers -"]);
  });

  it("reads a partner after an acronym: `SOM ASEAN - Nga`, `AMMTC+China`, `SOMTC+Japan`", () => {
    expect(meetingsOf("Hội nghị SOM ASEAN - Nga lần thứ 19 diễn ra.")).toEqual([
      "ASEAN_PLUS_ONE RU senior_officials 19",
    ]);
    expect(meetingsOf("The 10th AMMTC+China Consultation was held.")).toEqual(["ASEAN_PLUS_ONE CN other 10"]);
    expect(meetingsOf("The 20th SOMTC+Japan Consultation was held in Vientiane.")).toEqual([
      "ASEAN_PLUS_ONE JP senior_officials 20",
    ]);
    expect(meetingsOf("The 12th AMMTC+3 Consultation was held.")).toEqual(["ASEAN_PLUS_THREE - other 12"]);
  });
});

describe("numbered meetings of ASEAN bodies no lexicon lists", () => {
  it("reads the body's edition, its acronym, and officials as senior officials", () => {
    expect(
      meetingsOf("The 22nd ASEAN Chiefs of Defence Forces Meeting (ACDFM-22) was held in Bali."),
    ).toEqual(["OTHER - other 22"]);
    expect(
      meetingsOf(
        "The 34th meeting of the ASEAN Senior Officials on the Environment (ASOEN) took place in Hanoi.",
      ),
    ).toEqual(["OTHER - senior_officials 34"]);
    expect(meetingsOf("The 21st ASEAN Conference on Civil Service Matters opened in Siem Reap.")).toEqual([
      "OTHER - other 21",
    ]);
    expect(
      meetingsOf("Hội nghị Tư lệnh Quốc phòng các nước ASEAN lần thứ 21 diễn ra tại Phnom Penh."),
    ).toEqual(["OTHER - other 21"]);
  });

  it("leaves the main series to their own rules and meets a known acronym's mentions", () => {
    expect(meetingsOf("The 56th ASEAN Foreign Ministers' Meeting opened.")).toEqual([
      "AMM - foreign_ministers 56",
    ]);
    expect(
      meetingsOf(
        "The 40th meeting of the ASEAN Ministers on Agriculture and Forestry (AMAF) opened. AMAF 40 agreed.",
      ),
    ).toEqual(["OTHER - other 40"]);
  });
});

describe("a partner's minister joining, consulting or sitting down with ASEAN's ministers", () => {
  it("reads `joined`, `consulted`, `sat down with` and defence ministers met informally", () => {
    expect(
      meetingsOf("Chinese Commerce Minister Wang Wentao joined ASEAN economic ministers in Vientiane."),
    ).toEqual(["ASEAN_PLUS_ONE CN economic_ministers -"]);
    expect(
      meetingsOf("The US Trade Representative consulted ASEAN economic ministers by video link."),
    ).toEqual(["ASEAN_PLUS_ONE US economic_ministers -"]);
    expect(
      meetingsOf(
        "Bộ trưởng Quốc phòng Nga đã có cuộc gặp không chính thức với các Bộ trưởng Quốc phòng ASEAN tại Bangkok.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE RU other -"]);
  });

  it("never takes a partner named after `joined` (a member's minister joining with partners beside)", () => {
    expect(
      meetingsOf(
        "Minister Bùi Thanh Sơn joined the other foreign ministers of ASEAN countries, along with Chinese Foreign Minister Wang Yi.",
      ),
    ).toEqual([]);
  });
});

describe("the partner named first, then ASEAN and who meets", () => {
  it("reads `Japan-ASEAN foreign ministers met` and `Chinese and ASEAN foreign ministers held a meeting` as the pair's", () => {
    expect(meetingsOf("Japan-ASEAN foreign ministers met in Kuala Lumpur on Thursday.")).toEqual([
      "ASEAN_PLUS_ONE JP foreign_ministers -",
    ]);
    expect(meetingsOf("China-ASEAN defence ministers met informally in Kuala Lumpur.")).toEqual([
      "ASEAN_PLUS_ONE CN other -",
    ]);
    expect(meetingsOf("Chinese and ASEAN foreign ministers held a special meeting in Chongqing.")).toEqual([
      "ASEAN_PLUS_ONE CN foreign_ministers -",
    ]);
  });
});

describe("one partner's summits dated apart", () => {
  const keysOf = (text: string, published: PartialDate | null = PUBLISHED) =>
    extractMeetings(createTextView(text), { published }).map((m) => `${m.key} month ${m.date?.month}`);

  it("reads a summit dated to another month and year as another meeting than the one reported", () => {
    expect(
      keysOf(
        "Leaders of ASEAN will travel to Washington on 12 May 2022 for the US-ASEAN Special Summit. " +
          "It builds on the October 2021 US-ASEAN Summit, held online, where new initiatives were announced.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE-US-LEADERS-2022 month 5", "ASEAN_PLUS_ONE-US-LEADERS-2021 month 10"]);
    expect(
      keysOf(
        "Ngày 12/5/2022, lãnh đạo ASEAN dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ tại Washington. " +
          "Tại Hội nghị Cấp cao ASEAN - Hoa Kỳ tháng 10/2021, hai bên đã nâng cấp quan hệ.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE-US-LEADERS-2022 month 5", "ASEAN_PLUS_ONE-US-LEADERS-2021 month 10"]);
  });

  it("keeps one meeting when the dates are of one month, or end in one year", () => {
    expect(
      keysOf(
        "The ASEAN-Japan Summit opened on 10 October 2024. On 11 October, the ASEAN-Japan Summit adopted a statement.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE-JP-LEADERS-2024 month 10"]);
    // Told apart by month, then given the same year (no year for the second): one meeting.
    expect(
      keysOf(
        "In October 2021 the ASEAN-Japan Summit met online. The ASEAN-Japan Summit in May was postponed.",
        null,
      ),
    ).toHaveLength(1);
  });
});

describe("`Cấp cao` standing for `Hội nghị Cấp cao`", () => {
  it("reads a capitalised `Cấp cao` before a summit's name as the summit", () => {
    expect(meetingsOf("Thủ tướng dự lễ khai mạc Cấp cao ASEAN lần thứ 35 tại Bangkok.")).toEqual([
      "ASEAN_SUMMIT - leaders 35",
    ]);
    expect(meetingsOf("Thủ tướng đến Bangkok, trong đó có Cấp cao ASEAN 35.")).toEqual([
      "ASEAN_SUMMIT - leaders 35",
    ]);
    expect(meetingsOf("Lãnh đạo dự Cấp cao ASEAN-Hoa Kỳ tại Washington.")).toEqual([
      "ASEAN_PLUS_ONE US leaders -",
    ]);
    expect(meetingsOf("Thủ tướng tham gia Cấp cao Đông Á tại Bangkok.")).toEqual(["EAS - leaders -"]);
    expect(meetingsOf("Ăn tối làm việc Cấp cao Mê Công-Nhật Bản lần thứ 11.")).toEqual([
      "MEKONG_JAPAN JP leaders 11",
    ]);
  });

  it("leaves `cấp cao` qualifying officials, delegations and dialogues alone", () => {
    expect(meetingsOf("Đây là Đối thoại Cấp cao ASEAN về hợp tác biển.")).toEqual([]);
    expect(meetingsOf("Đoàn cấp cao ASEAN đến Washington hôm qua.")).toEqual([]);
    expect(meetingsOf("Quan chức Cấp cao ASEAN họp tại Bangkok.")).toEqual(["SOM - senior_officials -"]);
    expect(meetingsOf("Ông nhấn mạnh vai trò của cấp cao ASEAN trong khu vực.")).toEqual([]);
  });
});

describe("ASEAN Plus Three with its parties listed (batch r22)", () => {
  it("reads `ASEAN, China, Japan and South Korea` before a level as ASEAN+3, with an `(ASEAN+3)` tag", () => {
    expect(
      meetingsOf(
        "He attended the 24th ASEAN, China, Japan and South Korea Tourism Ministers (ASEAN+3) Meeting.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - other 24"]);
    expect(meetingsOf("The ASEAN, China, Japan and Korea Summit was held in Manila.")).toEqual([
      "ASEAN_PLUS_THREE - leaders -",
    ]);
    expect(
      meetingsOf(
        "Hội nghị Bộ trưởng Du lịch ASEAN, Trung Quốc, Nhật Bản và Hàn Quốc lần thứ 24 diễn ra tại Johor Bahru.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - other 24"]);
    // Joined by `với`, the partners are each a summit's (`các Hội nghị Cấp cao ASEAN với …`).
    expect(
      meetingsOf(
        "Thủ tướng dự các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc trong ngày 12/11.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE JP leaders -", "ASEAN_PLUS_ONE KR leaders -"]);
    expect(meetingsOf("Among them the 23rd ASEAN-China, Japan and South Korea leaders' meeting.")).toEqual([
      "ASEAN_PLUS_THREE - leaders 23",
    ]);
  });

  it("leaves a longer list of partners to one summit each", () => {
    expect(
      meetingsOf(
        "Hội nghị thượng đỉnh ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc, Nga và Mỹ cũng đã được lên lịch.",
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE CN leaders -",
      "ASEAN_PLUS_ONE JP leaders -",
      "ASEAN_PLUS_ONE KR leaders -",
      "ASEAN_PLUS_ONE RU leaders -",
      "ASEAN_PLUS_ONE US leaders -",
    ]);
  });

  it("does not read `the Nth Meeting of ASEAN, China, …` as the ASEAN Summit", () => {
    expect(
      meetingsOf("At the 24th Meeting of ASEAN, China, Japan and South Korea Tourism Ministers, they met."),
    ).toEqual([]);
    // One country after a comma is the clause's subject: the summit stays.
    expect(meetingsOf("At the 37th Summit of ASEAN, Viet Nam called for unity.")).toEqual([
      "ASEAN_SUMMIT - leaders 37",
    ]);
    expect(meetingsOf("The 47th meeting of ASEAN, Malaysia said, was a success.")).toEqual([
      "ASEAN_SUMMIT - leaders 47",
    ]);
    expect(meetingsOf("The 47th meeting of ASEAN, which opened today in Kuala Lumpur, ended.")).toEqual([
      "ASEAN_SUMMIT - leaders 47",
    ]);
  });
});

describe("Vietnamese sector meetings as the press abbreviates and pairs them (batch r22)", () => {
  it("reads a portfolio's abbreviation (`GTVT`, `TN&MT`, `NN&PTNT`, `GD&ĐT`) and MONRE's full name", () => {
    expect(
      meetingsOf(
        "Hội nghị Bộ trưởng GTVT ASEAN lần thứ 27 và Hội nghị Bộ trưởng TN&MT ASEAN lần thứ 16 diễn ra. Sau đó là Hội nghị Bộ trưởng NN&PTNT ASEAN lần thứ 44.",
      ),
    ).toEqual(["OTHER - other 27", "OTHER - other 16", "OTHER - other 44"]);
    const [monre] = extractMeetings(
      createTextView("Hội nghị Bộ trưởng Tài nguyên và Môi trường ASEAN lần thứ 16 diễn ra."),
      { published: PUBLISHED },
    );
    expect(monre?.key).toBe("OTHER-AMME-16");
  });

  it("reads `ASEAN và <partner> lần thứ N` after a sector as the pair's meeting", () => {
    expect(
      meetingsOf(
        "Bên cạnh đó có Hội nghị Bộ trưởng GTVT ASEAN và Trung Quốc lần thứ 20; Hội nghị Bộ trưởng GTVT ASEAN và Nhật Bản lần thứ 19.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN other 20", "ASEAN_PLUS_ONE JP other 19"]);
    // Without the edition right after, `và` joins two things, not a pair's name; nor is a group
    // of partners one partner.
    expect(meetingsOf("Hội nghị Bộ trưởng GTVT ASEAN và Trung Quốc đánh giá cao hợp tác.")).toEqual([
      "OTHER - other -",
    ]);
    expect(meetingsOf("Hội nghị Bộ trưởng Ngoại giao ASEAN và các đối tác lần thứ 54 diễn ra.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
  });
});

describe("summits with a list of partners holding the United Nations (batch r22)", () => {
  it("reads a listed partner that is no dialogue partner as ASEAN's own meeting with it, as named ones are", () => {
    const [, pakistan] = extractMeetings(
      createTextView("ASEAN leaders held summits with China and Pakistan in Jakarta."),
      { published: PUBLISHED },
    );
    expect([pakistan?.series, pakistan?.key]).toEqual(["OTHER", "OTHER-ASEAN_PK-2024"]);
  });

  it("reads `the United Nations` in the list as the ASEAN–UN summit and goes on past it", () => {
    expect(
      meetingsOf(
        "At the 19th East Asia Summit and summits with Australia, Canada, China, the United Nations and the United States, ASEAN leaders will discuss trade.",
      ),
    ).toEqual([
      "EAS - leaders 19",
      "ASEAN_PLUS_ONE AU leaders -",
      "ASEAN_PLUS_ONE CA leaders -",
      "ASEAN_PLUS_ONE CN leaders -",
      "OTHER - leaders -",
      "ASEAN_PLUS_ONE US leaders -",
    ]);
  });
});

describe("place from a parent meeting and from the dateline", () => {
  const facts = (text: string, published: PartialDate | null) =>
    extractMeetings(createTextView(text), { published }).map((m) => [m.series, m.year, m.location].join(" "));
  const MAY_26: PartialDate = { year: 2025, month: 5, day: 26 };

  it("places the related meetings of a placed meeting that the text neither places nor dates", () => {
    expect(
      facts(
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 và các hội nghị liên quan diễn ra tại Bangkok. Trong khuôn khổ AMM-52, các Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN+3 và Diễn đàn Khu vực ASEAN.",
        null,
      ),
    ).toEqual(["AMM 2019 Bangkok", "ASEAN_PLUS_THREE 2019 Bangkok", "ARF 2019 Bangkok"]);
  });

  it("does not place a related meeting of its own day, nor the next year's edition, with the parent", () => {
    expect(
      facts(
        "Chiều 10/7, tại Kuala Lumpur, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 khai mạc. Ngày 11/7, các Bộ trưởng sẽ dự Diễn đàn Khu vực ASEAN (ARF).",
        { year: 2025, month: 7, day: 10 },
      ),
    ).toEqual(["AMM 2025 Kuala Lumpur", "ARF 2025 "]);
    expect(
      facts(
        "The 21st AEM-India Consultations were held in Vientiane on the sidelines of the 56th ASEAN Economic Ministers' Meeting (AEM). The 22nd AEM-India Consultations will take place in 2025.",
        null,
      ),
    ).toEqual(["ASEAN_PLUS_ONE 2024 Vientiane", "AEM 2024 Vientiane", "ASEAN_PLUS_ONE 2025 "]);
  });

  it("places the meetings of the report's days where its dateline was filed", () => {
    expect(
      facts(
        "KUALA LUMPUR, May 26 — Leaders from Southeast Asia gather today for the 46th ASEAN Summit and the second ASEAN-GCC Summit.",
        MAY_26,
      ),
    ).toEqual(["ASEAN_SUMMIT 2025 Kuala Lumpur", "OTHER 2025 Kuala Lumpur"]);
    expect(facts("VIENTIANE: The 44th and 45th ASEAN Summits got under way this morning.", null)).toEqual([
      "ASEAN_SUMMIT 2024 Vientiane",
      "ASEAN_SUMMIT 2024 Vientiane",
    ]);
    expect(
      facts("Phnom Penh (VNA) – ASEAN senior officials met to prepare the 55th AMM.", {
        year: 2022,
        month: 8,
        day: 1,
      }),
    ).toEqual(["SOM 2022 Phnom Penh", "AMM 2022 Phnom Penh"]);
  });

  it("does not take the dateline for a meeting the text places elsewhere, one held online, or one of another time", () => {
    expect(
      facts(
        "New Delhi, Oct 9 (PTI) Prime Minister Modi will attend the 21st ASEAN-India Summit in Vientiane.",
        {
          year: 2024,
          month: 10,
          day: 9,
        },
      ),
    ).toEqual(["ASEAN_PLUS_ONE 2024 Vientiane"]);
    expect(
      facts("HANOI, Nov 12 — The 37th ASEAN Summit opened by video conference.", {
        year: 2020,
        month: 11,
        day: 12,
      }),
    ).toEqual(["ASEAN_SUMMIT 2020 "]);
    expect(
      facts("JAKARTA – The ministers recalled the 40th ASEAN Summit held on 11 November 2022.", MAY_26),
    ).toEqual(["ASEAN_SUMMIT 2022 "]);
    // A city in the headline's words, not a dateline.
    expect(facts("Kuala Lumpur hosts the 47th ASEAN Summit in October", MAY_26)).toEqual([
      "ASEAN_SUMMIT 2025 Kuala Lumpur",
    ]);
  });

  it("reads `TP.Nha Trang`, a special region before its name and `will also host`", () => {
    expect(
      facts("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN được tổ chức tại TP.Nha Trang (Khánh Hòa).", null),
    ).toEqual(["AMM  Nha Trang"]);
    expect(
      facts(
        "Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 26 đã khai mạc tại Đặc khu hành chính Yogyakarta.",
        null,
      ),
    ).toEqual(["OTHER  Yogyakarta"]);
    expect(facts("Busan will also host the first Mekong-Korea Summit.", null)).toEqual(["OTHER  Busan"]);
  });
});

describe("a sector after `on`, never a day", () => {
  it("reads `Meeting on Wednesday` as the meeting, `Meeting on Transnational Crime` as a sectoral one", () => {
    expect(
      meetingsOf("The 55th ASEAN Foreign Ministers' Meeting on Wednesday adopted a joint communique."),
    ).toEqual(["AMM - foreign_ministers 55"]);
    expect(meetingsOf("The ASEAN Foreign Ministers' Meeting on 8 July adopted a joint communique.")).toEqual([
      "AMM - foreign_ministers -",
    ]);
    expect(meetingsOf("The ASEAN Ministerial Meeting on the Environment opened.")).toEqual([
      "OTHER - other -",
    ]);
  });
});

describe("the level a council's members give", () => {
  it("reads a foreign ministers' council its sentence says the foreign ministers meet in at their level", () => {
    expect(
      meetingsOf(
        "Các Bộ trưởng Ngoại giao ASEAN đã dự Hội nghị Hội đồng Điều phối ASEAN lần thứ 26 theo hình thức trực tuyến.",
      ),
    ).toEqual(["OTHER - foreign_ministers 26"]);
    expect(
      meetingsOf(
        "Sáng 24.6 đã diễn ra Hội nghị Hội đồng Điều phối ASEAN lần thứ 26, với sự tham dự của Bộ trưởng Ngoại giao các nước ASEAN, Tổng thư ký ASEAN cùng các quan chức cao cấp ASEAN.",
      ),
    ).toEqual(["OTHER - foreign_ministers 26"]);
    // No one said to meet in it: the council's own level.
    expect(meetingsOf("The 36th ASEAN Coordinating Council meeting was held in Kuala Lumpur.")).toEqual([
      "OTHER - other 36",
    ]);
  });
});

describe("an edition told after the name, in more words", () => {
  it("reads `will convene for the 58th time`, `, now in its 47th edition` and the council met for the Nth time", () => {
    expect(
      meetingsOf(
        "The ASEAN Economic Ministers' Meeting will convene for the 58th time in Manila in September 2026.",
      ),
    ).toEqual(["AEM - economic_ministers 58"]);
    expect(meetingsOf("The ASEAN Summit, now in its 47th edition, opened in Kuala Lumpur.")).toEqual([
      "ASEAN_SUMMIT - leaders 47",
    ]);
    expect(meetingsOf("The ASEAN Coordinating Council met for the 37th time on Sunday morning.")).toEqual([
      "OTHER - other 37",
    ]);
  });
});

describe("partners listed in brackets or one by one", () => {
  it("reads `Cấp cao ASEAN+1 với các đối tác (Trung Quốc, …)` and `với từng đối tác …` as one ASEAN+1 summit per partner", () => {
    expect(
      meetingsOf(
        "Trong 4 ngày sẽ diễn ra Cấp cao ASEAN+1 với các đối tác (Trung Quốc, Ấn Độ, Nhật Bản, Hoa Kỳ).",
      ),
    ).toEqual([
      "ASEAN_PLUS_ONE CN leaders -",
      "ASEAN_PLUS_ONE IN leaders -",
      "ASEAN_PLUS_ONE JP leaders -",
      "ASEAN_PLUS_ONE US leaders -",
    ]);
    expect(
      meetingsOf("Thủ tướng dự các Hội nghị Cấp cao ASEAN với từng đối tác Trung Quốc, Nhật Bản."),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders -", "ASEAN_PLUS_ONE JP leaders -"]);
  });
});

describe("a pair's ministers or leaders described meeting", () => {
  it("reads top diplomats of ASEAN written out and a partner meeting, ministers from ASEAN and a partner holding talks, and `gặp nhau`", () => {
    expect(
      meetingsOf(
        "The top diplomats of the Association of Southeast Asian Nations (ASEAN) and the European Union (EU) voiced concern as they met in Belgium for talks.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE EU foreign_ministers -"]);
    expect(meetingsOf("Economic ministers from ASEAN and India held talks online.")).toEqual([
      "ASEAN_PLUS_ONE IN economic_ministers -",
    ]);
    expect(meetingsOf("Lãnh đạo ASEAN và Nhật Bản đã gặp nhau tại Tokyo.")).toEqual([
      "ASEAN_PLUS_ONE JP leaders -",
    ]);
    // How they met, between `met` and `with`; partners listed after `the region's partner countries, among them`.
    expect(
      meetingsOf(
        "ASEAN Economic Ministers met by video conference on Friday with the region's partner countries, among them China, Japan and South Korea (ASEAN+3).",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - economic_ministers -"]);
    expect(meetingsOf("ASEAN leaders met on Friday with Japan.")).toEqual(["ASEAN_PLUS_ONE JP leaders -"]);
    // A list of attendees after `from ASEAN Member States,` is no pair.
    expect(
      meetingsOf(
        "Attending the summit were leaders from ASEAN Member States, South Korean President Lee Jae-myung and Chinese Premier Li Qiang.",
      ).filter((m) => m.startsWith("ASEAN_PLUS_ONE")),
    ).toEqual([]);
  });
});

describe("meetings from batches r25 and r26 (development files)", () => {
  it("reads `the 43 ASEAN Summit`, `the first Mekong-South Korea Summit` and partners after `trong đó có`", () => {
    expect(
      meetingsOf(
        "Even so, this should not undermine the hard work at the 43 ASEAN Summit that opens tomorrow.",
      ),
    ).toEqual(["ASEAN_SUMMIT - leaders 43"]);
    expect(meetingsOf("He will attend the first Mekong-South Korea Summit.")).toEqual(["OTHER KR leaders 1"]);
    expect(
      meetingsOf(
        "Sáng 29/8, các Bộ trưởng Kinh tế ASEAN đã tham vấn trực tuyến với các đối tác ngoài khối, trong đó có Canada.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CA economic_ministers -"]);
  });

  it("takes no ASEAN+1 meeting from partners' ministers attending, nor from one country's bilateral meetings", () => {
    expect(
      meetingsOf(
        "The 57th AMM was held in Vientiane. Also attending the meeting were the foreign ministers of Asean Dialogue Partners, including Russian Foreign Minister Sergey Lavrov.",
      ),
    ).toEqual(["AMM - foreign_ministers 57"]);
    expect(
      meetingsOf(
        "Besides the Asean Conference with interested countries, he said Malaysia also held bilateral meetings with leaders from Australia, China and Canada.",
      ).filter((m) => m.startsWith("ASEAN_PLUS_ONE")),
    ).toEqual([]);
  });
});

describe("sector meetings of batches r27 and r28 (development files)", () => {
  it("reads the culture ministers' meeting by its full name, and an edition before `meeting on` or a spelled name with small words", () => {
    expect(meetingsOf("the 8th ASEAN Ministers Responsible for Culture and Arts Meeting opened.")).toEqual([
      "OTHER - other 8",
    ]);
    expect(
      meetingsOf(
        "The Eighth meeting on ASEAN Ministers Responsible for Culture and Arts (AMCA) will encourage exchanges of artists.",
      ),
    ).toEqual(["OTHER - other 8"]);
    expect(
      meetingsOf("Vietnam will host the event, the 34th ASEAN Ministers on Agriculture and Forestry (AMAF)."),
    ).toEqual(["OTHER - other 34"]);
    // A retreat counts apart: it joins no numbered edition of the meeting itself.
    expect(
      meetingsOf(
        "Tomorrow the Retreat (the ASEAN Foreign Ministers' Retreat) will be held, after the 56th AMM.",
      ),
    ).toEqual(["AMM - foreign_ministers -", "AMM - foreign_ministers 56"]);
    // Not across `the`: `The 14th Foreign Ministers' Meeting of the East Asia Summit (EAS)` is one meeting.
    expect(meetingsOf("The 14th Foreign Ministers' Meeting of the East Asia Summit (EAS) was held.")).toEqual(
      ["EAS - foreign_ministers 14"],
    );
  });
});

describe("counts and sessions are no editions, as a review found them", () => {
  it("reads no edition from a session, a count of summits or a count of participants, nor AMCA in AMCA+3, nor business leaders' meeting", () => {
    expect(meetingsOf("The first session of the ASEAN Summit focused on the economy.")).toEqual([
      "ASEAN_SUMMIT - leaders -",
    ]);
    expect(
      meetingsOf("Over the 40 ASEAN Summits since 1976, the bloc has grown.").some((m) => m.endsWith(" 40")),
    ).toBe(false);
    expect(
      meetingsOf("Officials from the 27 ASEAN Regional Forum participants met in Vientiane.").some((m) =>
        m.endsWith(" 27"),
      ),
    ).toBe(false);
    expect(
      meetingsOf(
        "The 10th ASEAN Ministers Responsible for Culture and Arts Plus Three (AMCA+3) Meeting was held in Da Nang.",
      ).filter((m) => m.startsWith("OTHER")),
    ).toEqual([]);
    expect(
      meetingsOf("Business leaders from ASEAN and Japan gathered in Tokyo for an investment forum."),
    ).toEqual([]);
  });
});

describe("a body's meetings with partners, in Vietnamese (batch r29's development files)", () => {
  it("reads `Hội nghị <body> ASEAN+3 lần thứ N` and `… ASEAN+Ấn Độ lần thứ N`", () => {
    expect(
      meetingsOf(
        "ATF 2023 gồm: Hội nghị Cơ quan Du lịch Quốc gia ASEAN+3 lần thứ 42; Hội nghị Cơ quan Du lịch Quốc gia ASEAN+Ấn Độ lần thứ 29.",
      ),
    ).toEqual(["ASEAN_PLUS_THREE - other 42", "ASEAN_PLUS_ONE IN other 29"]);
  });
});

describe("ASEAN+3 written as ASEAN and its three partners, tagged (batch r31's development files)", () => {
  it("reads `Hội nghị cấp cao ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc (10+3) lần thứ 23` in a list of summits", () => {
    expect(
      meetingsOf(
        "Thủ tướng Trung Quốc Lý Khắc Cường sẽ dự Hội nghị cấp cao Trung Quốc-ASEAN (10+1) lần thứ 23, Hội nghị cấp cao ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc (10+3) lần thứ 23, Hội nghị cấp cao Đông Á lần thứ 15.",
      ),
    ).toEqual(["ASEAN_PLUS_ONE CN leaders 23", "ASEAN_PLUS_THREE - leaders 23", "EAS - leaders 15"]);
  });
});

describe("numbered meetings of ASEAN bodies in other word orders", () => {
  const keys = (text: string) => extractArticle(text).meetings.map((m) => m.key);
  it("reads `the Nth Meeting of the <body>`, a body named before ASEAN, and a council numbered alone", () => {
    // The councils the lexicons know keep their own keys, so both ways of naming them meet.
    expect(keys("The 32nd ASEAN Coordinating Council was held on 3 February.")).toEqual(
      keys("The 32nd ASEAN Coordinating Council Meeting was held on 3 February."),
    );
    expect(
      keys("The 25th Meeting of the ASEAN Socio-Cultural Community Council took place in Bangkok."),
    ).toEqual(["OTHER-ASCC_COUNCIL-25"]);
    expect(keys("The 28th Meeting of the ASEAN Economic Community Council was held.")).toEqual([
      "OTHER-AECC-28",
    ]);
    // A sector the lexicons know by its ministers' words, capitalised and without `the`.
    expect(
      keys(
        "Cambodian Delegation Attends 40th Meeting of ASEAN Ministers on Agriculture and Forestry in Hanoi",
      ),
    ).toEqual(["OTHER-AMAF-40"]);
    // A body named before ASEAN, in English and in Vietnamese (edition first).
    expect(
      keys(
        "Laos hosted the 45th meeting of the High-Level Task Force on ASEAN Economic Integration (HLTF-EI) in Vientiane.",
      ),
    ).toEqual(["OTHER-BODY_HLTF-45"]);
    expect(
      keys("Việt Nam dự Hội nghị lần thứ 45 Nhóm Đặc trách cấp cao về hội nhập kinh tế ASEAN (HLTF-EI)."),
    ).toEqual(["OTHER-BODY_HLTF-45"]);
  });

  it("leaves the main series and pairs to their own rules", () => {
    expect(
      keys(
        "At the 24th Meeting of ASEAN, China, Japan and South Korea Tourism Ministers (ASEAN+3), they met.",
      ),
    ).not.toContain("OTHER-BODY_-24");
    expect(
      keys("The 6th meeting of the ASEAN-India Trade in Goods Agreement (AITIGA) Joint Committee ended."),
    ).toEqual([]);
    expect(keys("The 56th ASEAN Foreign Ministers' Meeting opened in Jakarta.")).toEqual(["AMM-56"]);
    expect(keys("Hội nghị lần thứ 19 Bộ trưởng Ngoại giao ASEAN khai mạc.")).toEqual(["AMM-19"]);
  });
});
