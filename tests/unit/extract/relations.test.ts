import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type RelationSet, scoreRelations, tuplesOfGold } from "../../../scripts/eval-relations.ts";
import { f1 } from "../../../scripts/eval-score.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { wholeWords } from "../../../src/extract/relations.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seed = (prefix: string) =>
  extractArticle(
    readFileSync(
      path.join(
        SEEDS,
        (
          {
            "000": "000_b85c5de12b388afb.txt",
            "001": "001_83f2f5ee3d553817.txt",
            "004": "004_fbd71147380da296.txt",
          } as Record<string, string>
        )[prefix] as string,
      ),
      "utf8",
    ),
  );

describe("relations on the seeds", () => {
  it("Rubio spoke at the ASEAN–US foreign ministers' meeting and took no part in the Mekong–Japan one", () => {
    const x = seed("001");
    const rubio = x.participants.filter((p) => p.person === "Marco Rubio");
    expect(rubio.map((p) => [p.meetingKey, p.action])).toEqual([["ASEAN_PLUS_ONE-US-FM-2025", "spoke"]]);
    expect(rubio[0]?.role).toBe("Secretary of State");
    expect(rubio[0]?.evidence.sentence).toContain("Tại Hội nghị ASEAN-Mỹ");
    expect(
      x.participants.some((p) => p.meetingKey === "MEKONG_JAPAN-FM-16" && p.person === "Marco Rubio"),
    ).toBe(false);
  });

  it("the Vietnamese minister led the delegation to the four ASEAN+1 meetings and ASEAN+3, and co-chaired Mekong–Japan", () => {
    const x = seed("001");
    const son = new Map(
      x.participants.filter((p) => p.person === "Bùi Thanh Sơn").map((p) => [p.meetingKey, p.action]),
    );
    for (const key of [
      "ASEAN_PLUS_ONE-JP-FM-2025",
      "ASEAN_PLUS_ONE-RU-FM-2025",
      "ASEAN_PLUS_ONE-KR-FM-2025",
      "ASEAN_PLUS_ONE-US-FM-2025",
      "ASEAN_PLUS_THREE-FM-2025",
    ])
      expect(son.get(key)).toBe("led_delegation");
    expect(son.get("MEKONG_JAPAN-FM-16")).toBe("co_chaired");
  });

  it("ACFTA 3.0 is to be signed at the ASEAN Summit of October 2025", () => {
    const x = seed("000");
    const signed = x.agreementActions.filter((a) => a.agreement === "ACFTA");
    expect(signed).toHaveLength(1);
    expect(signed[0]).toMatchObject({
      action: "signed",
      status: "planned",
      meetingKey: "ASEAN_SUMMIT-LEADERS-2025",
    });
    expect(signed[0]?.evidence.sentence).toContain("vào tháng 10/2025 tại Hội nghị cấp cao ASEAN");
  });

  it("the Japanese minister co-chaired the Mekong–Japan meeting (name written family name first)", () => {
    const x = seed("004");
    expect(x.participants.find((p) => p.person === "Takeshi Iwaya")).toMatchObject({
      meetingKey: "MEKONG_JAPAN-FM-16",
      action: "co_chaired",
    });
  });
});

const relationsOf = (text: string) => extractArticle(text);

describe("relation patterns", () => {
  it("reads a meeting chaired by a person, and two co-chairs of one meeting", () => {
    const x = relationsOf(
      "The 31st ASEAN Summit was chaired by Philippine President Rodrigo Duterte in Manila on 13 November 2017.\n\nBộ trưởng Công Thương Trần Tuấn Anh và Đại diện Thương mại Hoa Kỳ Robert Lighthizer đồng chủ trì Hội nghị Tham vấn Bộ trưởng Kinh tế ASEAN - Hoa Kỳ.",
    );
    const by = new Map(x.participants.map((p) => [p.person, p]));
    expect(by.get("Rodrigo Duterte")).toMatchObject({ meetingKey: "ASEAN_SUMMIT-31", action: "chaired" });
    expect(by.get("Trần Tuấn Anh")?.action).toBe("co_chaired");
    expect(by.get("Robert Lighthizer")?.action).toBe("co_chaired");
  });

  it("reads `X said at the <meeting>` and speaking at its opening or closing as speaking there (batch r22)", () => {
    const spoke = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(
      spoke(
        "Indonesian Energy Minister Arifin Tasrif said at the 41st AMEM on Friday that ties were strong.",
      ),
    ).toEqual([["Arifin Tasrif", "OTHER-AMEM-41", "spoke"]]);
    expect(
      spoke(
        "Indonesian Energy Minister Arifin Tasrif said at the closing of the 41st AMEM that ties were strong.",
      ),
    ).toEqual([["Arifin Tasrif", "OTHER-AMEM-41", "spoke"]]);
    expect(
      spoke("Speaking at the opening of the 41st AMEM, Energy Minister Arifin Tasrif said ties were strong."),
    ).toEqual([["Arifin Tasrif", "OTHER-AMEM-41", "spoke"]]);
    expect(
      spoke(
        "Phát biểu tại phiên khai mạc Hội nghị Bộ trưởng Giao thông vận tải ASEAN lần thứ 27, Thủ tướng Campuchia Hun Sen khẳng định hợp tác là cần thiết.",
      ),
    ).toEqual([["Hun Sen", "OTHER-ATM-27", "spoke"]]);
    // Said at a press conference after it: not at the meeting.
    expect(
      spoke(
        "Energy Minister Arifin Tasrif said at a press conference after the 41st AMEM that ties were strong.",
      ),
    ).toEqual([]);
  });

  it("does not make the person met on the sidelines a participant", () => {
    const x = relationsOf(
      "Nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 tại Kuala Lumpur, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Bùi Thanh Sơn", "AMM-58", "attended"],
    ]);
  });

  it("gives a second verb joined to the first its people (`đồng chủ trì A, đồng thời tham dự B`)", () => {
    const x = relationsOf(
      "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã đồng chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc, đồng thời tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Hàn Quốc.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Phạm Bình Minh", "ASEAN_PLUS_ONE-CN-FM-UNDATED", "co_chaired"],
      ["Phạm Bình Minh", "ASEAN_PLUS_ONE-KR-FM-UNDATED", "attended"],
    ]);
  });

  it("reads the members of a delegation listed after it attends a meeting (`… dự Hội nghị gồm: …`)", () => {
    const x = relationsOf(
      "Hơn 14h00 ngày 9/5/2023, Thủ tướng Phạm Minh Chính tới Labuan Bajo dự Hội nghị cấp cao ASEAN 42. Đoàn đại biểu chính thức cùng Thủ tướng dự Hội nghị gồm: Phó Chủ tịch Quốc hội Nguyễn Đức Hải; Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Phạm Minh Chính", "ASEAN_SUMMIT-42", "attended"],
      ["Nguyễn Đức Hải", "ASEAN_SUMMIT-42", "attended"],
      ["Bùi Thanh Sơn", "ASEAN_SUMMIT-42", "attended"],
    ]);
  });

  it("reads a leader's retinue as attending the meeting the leader went to, not those on the same plane", () => {
    const got = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    // The official delegation went with the Prime Minister to the meeting (the press set's
    // convention since the second reading); a list apart by `;` is read to its end, and the
    // government's name (`Văn phòng Chính phủ`) inside it is no mention of Prime Minister Chính.
    expect(
      got(
        "Thủ tướng Phạm Minh Chính dự Hội nghị cấp cao ASEAN 42. Tháp tùng Thủ tướng trong đoàn đại biểu chính thức có: Bộ trưởng Ngoại giao Bùi Thanh Sơn; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn; Thứ trưởng Bộ Công an Lương Tam Quang.",
      ),
    ).toEqual([
      ["Phạm Minh Chính", "ASEAN_SUMMIT-42", "attended"],
      ["Bùi Thanh Sơn", "ASEAN_SUMMIT-42", "attended"],
      ["Trần Văn Sơn", "ASEAN_SUMMIT-42", "attended"],
      ["Lương Tam Quang", "ASEAN_SUMMIT-42", "attended"],
    ]);
    expect(
      got(
        "Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị Cấp cao ASEAN lần thứ 35 tại Thái Lan. Cùng đi với Thủ tướng Nguyễn Xuân Phúc và Phu nhân có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh; Bộ trưởng Bộ Công Thương Trần Tuấn Anh.",
      ).map((r) => r[0]),
    ).toEqual(["Nguyễn Xuân Phúc", "Phạm Bình Minh", "Trần Tuấn Anh"]);
    // Travelling on the same plane is no membership of the delegation.
    expect(
      got(
        "Thủ tướng Phạm Minh Chính lên đường dự Hội nghị Cấp cao ASEAN 47. Cùng đi trên chuyên cơ có Tổng Thư ký Liên Hợp Quốc António Guterres.",
      ).map((r) => r[0]),
    ).toEqual(["Phạm Minh Chính"]);
  });

  it("reads a Vietnamese name's syllable alone as the person only after a title, never as a word it heads", () => {
    const got = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    // `Trung Quốc` is China, not Minister Lê Hoài Trung; `Chính phủ` the government, not Prime
    // Minister Chính; `Bộ trưởng Trung` is the minister.
    expect(
      got(
        "Bộ trưởng Ngoại giao Lê Hoài Trung dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58. Trung Quốc phát biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN-Trung Quốc.",
      ),
    ).toEqual([["Lê Hoài Trung", "AMM-58", "attended"]]);
    expect(
      got(
        "Bộ trưởng Ngoại giao Lê Hoài Trung dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58. Bộ trưởng Trung phát biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN-Trung Quốc.",
      ).map((r) => r.join(" ")),
    ).toContain("Lê Hoài Trung ASEAN_PLUS_ONE-CN-FM-2025 spoke");
  });

  it("takes no verb from inside a meeting's name (`… các nước tham gia Cấp cao Đông Á (EAS), tham dự ARF`)", () => {
    const x = relationsOf(
      "Ngày 5-8-2022, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã làm trưởng đoàn Việt Nam tham dự Hội nghị Bộ trưởng Ngoại giao các nước tham gia Cấp cao Đông Á (EAS), tham dự Diễn đàn Khu vực ASEAN (ARF) lần thứ 29 và có các cuộc tiếp xúc.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Bùi Thanh Sơn", "EAS-FM-2022", "led_delegation"],
      ["Bùi Thanh Sơn", "ARF-29", "attended"],
    ]);
  });

  it("reads opening a meeting, representing a country at it, meeting counterparts there and saying something there", () => {
    const of = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(
      of("Cambodian Prime Minister Hun Sen opened the 55th ASEAN Foreign Ministers' Meeting on Wednesday."),
    ).toEqual([["Hun Sen", "AMM-55", "attended"]]);
    expect(
      of("Thủ tướng Campuchia Hun Sen khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55."),
    ).toEqual([["Hun Sen", "AMM-55", "attended"]]);
    expect(of("Chinese Premier Li Qiang represented China at the 26th ASEAN-China Summit.")).toEqual([
      ["Li Qiang", "ASEAN_PLUS_ONE-CN-LEADERS-26", "attended"],
    ]);
    expect(
      of(
        "US Secretary of State Antony Blinken met his ASEAN counterparts at the ASEAN-US Foreign Ministers' Meeting.",
      ),
    ).toEqual([["Antony Blinken", "ASEAN_PLUS_ONE-US-FM-UNDATED", "attended"]]);
    expect(
      of(
        "Bộ trưởng Bùi Thanh Sơn cho biết tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, các nước nhất trí.",
      ),
    ).toEqual([["Bùi Thanh Sơn", "AMM-57", "spoke"]]);
    // The opening ceremony as a noun is no verb.
    expect(of("Lễ khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 diễn ra sáng nay.")).toEqual([]);
  });

  it("takes no opening of something else near a meeting, no one represented at it by another, and ends a member list at a clause of its own", () => {
    const of = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(
      of(
        "Cambodian Prime Minister Hun Sen opened the new Mekong bridge on the eve of the 46th ASEAN Summit.",
      ),
    ).toEqual([]);
    expect(
      of(
        "Prime Minister Hun Sen, who was represented at the 46th ASEAN Summit by Deputy Prime Minister Prak Sokhonn, stayed in Phnom Penh.",
      ).filter(([person]) => person === "Hun Sen"),
    ).toEqual([]);
    expect(
      of(
        "Đoàn Việt Nam tham dự Hội nghị Cấp cao ASEAN lần thứ 46 gồm: Thủ tướng Phạm Minh Chính, Bộ trưởng Bùi Thanh Sơn; trong khi đó Tổng thống Philippines Ferdinand Marcos Jr. vắng mặt.",
      ).map(([person]) => person),
    ).toEqual(["Phạm Minh Chính", "Bùi Thanh Sơn"]);
  });

  it("reads a country represented by a person at the meeting named before", () => {
    const of = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(
      of(
        "The 17th ASEAN-Australia Summit was held online on 14 November 2020. Australia was represented by Minister for Trade, Tourism and Investment Simon Birmingham.",
      ),
    ).toEqual([["Simon Birmingham", "ASEAN_PLUS_ONE-AU-LEADERS-17", "attended"]]);
    expect(
      of(
        "Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra trực tuyến ngày 12/11/2020. Việt Nam được đại diện bởi Thủ tướng Nguyễn Xuân Phúc.",
      ),
    ).toEqual([["Nguyễn Xuân Phúc", "ASEAN_SUMMIT-37", "attended"]]);
    // The one represented instead was not there.
    expect(
      of(
        "The 37th ASEAN Summit was held online on 12 November 2020. Cambodia was represented by Deputy Prime Minister Prak Sokhonn instead of Prime Minister Hun Sen, who is in quarantine.",
      ),
    ).toEqual([["Prak Sokhonn", "ASEAN_SUMMIT-37", "attended"]]);
  });

  it("does not join two clauses' people into one list (`X chaired A, while Y attended B`)", () => {
    const x = relationsOf(
      "Foreign Minister Vivian Balakrishnan chaired the ASEAN-China Foreign Ministers' Meeting, while Wang Yi attended the ASEAN-Japan Foreign Ministers' Meeting.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Vivian Balakrishnan", "ASEAN_PLUS_ONE-CN-FM-UNDATED", "chaired"],
      ["Wang Yi", "ASEAN_PLUS_ONE-JP-FM-UNDATED", "attended"],
    ]);
  });

  it("takes no host who invited, no welcome at the airport and no press conference for attendance", () => {
    const x = relationsOf(
      "Theo lời mời của Thủ tướng Lào Sonexay Siphandone, Thủ tướng Chính phủ Phạm Minh Chính đã dẫn đầu đoàn đại biểu Việt Nam tham dự Hội nghị Cấp cao ASEAN lần thứ 44. Có mặt tại sân bay đón Thủ tướng có Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.\n\nThủ tướng Nguyễn Xuân Phúc đã chủ trì cuộc họp báo quốc tế công bố kết quả Hội nghị Cấp cao ASEAN lần thứ 36.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Phạm Minh Chính", "ASEAN_SUMMIT-44", "led_delegation"],
    ]);
    // Arriving at the airport to attend is attending; invited without a comma, the subjects stay.
    const arriving = relationsOf(
      "Chiều 25/5/2025, Thủ tướng Phạm Minh Chính có mặt tại sân bay quốc tế Kuala Lumpur, bắt đầu chuyến tham dự Hội nghị Cấp cao ASEAN lần thứ 46. Invited by the ASEAN Chair Malaysia Prime Minister Pham Minh Chinh and Deputy Prime Minister Bui Thanh Son attended the 46th ASEAN Summit.",
    );
    expect(arriving.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Phạm Minh Chính", "ASEAN_SUMMIT-46", "attended"],
      ["Bùi Thanh Sơn", "ASEAN_SUMMIT-46", "attended"],
    ]);
    // The co-chairs giving a news conference after the summit still co-chaired it.
    const cochairs = relationsOf(
      "Japanese Prime Minister Fumio Kishida and Indonesian President Joko Widodo, the co-chairs, are to give a joint news conference once the ASEAN-Japan Commemorative Summit ends.",
    );
    expect(cochairs.participants.map((p) => [p.person, p.action])).toEqual([
      ["Fumio Kishida", "co_chaired"],
      ["Joko Widodo", "co_chaired"],
    ]);
  });

  it("reads a family name alone as the person whose name ends in `Jr.`", () => {
    const x = relationsOf(
      "Undersecretary Benedicto Ernesto R. Bitonio, Jr. arrived in Kuala Lumpur. On Tuesday, Bitonio attended the 58th ASEAN Foreign Ministers' Meeting.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Benedicto Ernesto R. Bitonio Jr.", "AMM-58", "attended"],
    ]);
  });

  it("takes no photo with others, nor one person's photo, for attendance", () => {
    const x = relationsOf(
      "The 46th ASEAN Summit and the 2nd ASEAN-GCC Summit were held in Kuala Lumpur. On May 28, Ambassador Tran Van Hung and his wife posed for a group photo with Vietnamese students in Penang. Prime Minister Lawrence Wong posed for a group photo before leaving.",
    );
    expect(x.participants).toEqual([]);
  });

  it("reads people lined up for a group photo as attendees of the meeting named before", () => {
    const x = relationsOf(
      "The ASEAN-Japan Commemorative Summit opened in Tokyo on Saturday.\n\nPhilippine President Ferdinand Marcos Jr., Singapore's Prime Minister Lee Hsien Loong and Thailand Prime Minister Srettha Thavisin lined up for a group photo before their talks.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Ferdinand Marcos Jr.", "ASEAN_PLUS_ONE-JP-LEADERS-UNDATED", "attended"],
      ["Lee Hsien Loong", "ASEAN_PLUS_ONE-JP-LEADERS-UNDATED", "attended"],
      ["Srettha Thavisin", "ASEAN_PLUS_ONE-JP-LEADERS-UNDATED", "attended"],
    ]);
  });

  it("keeps a list of people whole where one of them is found twice over the same words (`Sultan Hassanal Bolkiah`)", () => {
    const x = relationsOf(
      "The ASEAN-Japan Commemorative Summit opened in Tokyo on Saturday.\n\nLaos's Prime Minister Sonexay Siphandone, Brunei's Sultan Hassanal Bolkiah and Malaysia's Prime Minister Anwar Ibrahim lined up for a group photo before their talks.",
    );
    expect(x.participants.map((p) => p.person)).toEqual([
      "Sonexay Siphandone",
      "Hassanal Bolkiah",
      "Anwar Ibrahim",
    ]);
  });

  it("reads a meeting's vice-chair as there (`served as the Vice Chair`, `with X as vice-chair`, `giữ vai trò Phó Chủ tịch hội nghị`)", () => {
    const x = relationsOf(
      "The 36th ASEAN Ministers on Energy Meeting (AMEM) took place in Singapore on 29 October 2018. H.E. Dr. Siri Jirapongphan, Minister for Energy of Thailand, served as the Vice Chair.\n\nThe 27th M-ATM was chaired by Lao PDR's H.E. Suanesavanh Vignaket, Minister of Information, Culture and Tourism, with H.E. Dato Sri Tiong King Sing, Minister of Tourism, Arts and Culture, Malaysia, as vice-chair.",
    );
    const got = x.participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(got).toContainEqual(["Siri Jirapongphan", "OTHER-AMEM-36", "attended"]);
    expect(got).toContainEqual(["Tiong King Sing", "OTHER-MATM-27", "attended"]);
    const vi = relationsOf(
      "Hội nghị Bộ trưởng Thông tin ASEAN lần thứ 17 (AMRI-17) diễn ra tại Bandar Seri Begawan. Ông Neth Pheaktra, Bộ trưởng Bộ Thông tin Campuchia, giữ vai trò Phó Chủ tịch hội nghị.",
    );
    expect(vi.participants.map((p) => [p.person, p.action])).toEqual([["Neth Pheaktra", "attended"]]);
  });

  it("reads a delegation headed in any tense, and a summit held with a partner's leader", () => {
    const x = relationsOf(
      "ASEAN Secretary-General Kao Kim Hourn will head the association's delegation to the 46th ASEAN Summit. ASEAN leaders also held their first summit with Japanese Prime Minister Yoshihide Suga.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Kao Kim Hourn", "ASEAN_SUMMIT-46", "led_delegation"],
      ["Yoshihide Suga", "ASEAN_PLUS_ONE-JP-LEADERS-2025", "attended"],
    ]);
    // A clause of its own between the partner and the person: no attendance.
    const other = relationsOf(
      "ASEAN leaders held a summit with China that former President Barack Obama had criticized.",
    );
    expect(other.participants).toEqual([]);
  });

  it("reads attendees listed after a list of countries, and at a summit's closing ceremony", () => {
    const x = relationsOf(
      "The ASEAN Leaders' Meeting opened in Jakarta on Saturday. Taking part in the meeting are leaders of nine ASEAN member states, namely Brunei, Cambodia, Laos, Malaysia, the Philippines, Singapore, Thailand, Vietnam and host Indonesia, along with Myanmar's Senior General Min Aung Hlaing.\n\nThủ tướng Anwar Ibrahim trao búa chủ tịch cho Tổng thống Philippines Ferdinand Marcos tại lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 47.",
    );
    expect(x.participants.map((p) => [p.person, p.action])).toEqual([
      ["Min Aung Hlaing", "attended"],
      ["Ferdinand Marcos Jr.", "attended"],
    ]);
  });

  it("reads a roster under a meeting's heading (`China: Premier Li Qiang.`)", () => {
    const x = relationsOf(
      "Who is attending the summits\n\nLeaders gather in Kuala Lumpur this week.\n\nEast Asia Summit participants\n- United States: President Donald Trump, accompanied by Secretary of State Marco Rubio.\n- China: Premier Li Qiang.\n\nAnalysts say Premier Li Qiang is cautious.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Donald Trump", "EAS-LEADERS-UNDATED", "attended"],
      ["Marco Rubio", "EAS-LEADERS-UNDATED", "attended"],
      ["Li Qiang", "EAS-LEADERS-UNDATED", "attended"],
    ]);
  });

  it("reads a delegation `do X dẫn đầu` after the meeting it went to", () => {
    const x = relationsOf(
      "Chiều 24/4, Hội nghị các nhà lãnh đạo ASEAN đã khai mạc tại Jakarta.\n\nĐoàn Việt Nam dự Hội nghị do Thủ tướng Phạm Minh Chính dẫn đầu.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Phạm Minh Chính", "ASEAN_SUMMIT-LEADERS-UNDATED", "led_delegation"],
    ]);
  });

  it("reads a passive verb right after the agreement before any verb ahead of it", () => {
    const x = relationsOf(
      "Việc đàm phán chỉ có thể được tiến hành sau khi Hiệp định RCEP được ký kết. Since the ASEAN Free Trade Agreement was signed in 1992, the ASEAN Free Trade Agreement with China was upgraded.",
    );
    expect(x.agreementActions.map((a) => [a.agreement, a.action])).toEqual([
      ["RCEP", "signed"],
      ["AFTA", "signed"],
      ["ACFTA", "upgraded"],
    ]);
    // The description's evidence holds the whole reading, the name it overrides included.
    const acfta = x.agreements.find((a) => a.code === "ACFTA")?.evidence[0];
    expect(acfta && x.text.slice(acfta.start, acfta.end)).toBe("ASEAN Free Trade Agreement with China");
  });

  it("places an action planned on the sidelines of an upcoming meeting at that meeting", () => {
    const x = relationsOf(
      "Luxembourg is due to sign the Instrument of Accession to the TAC on the sidelines of the upcoming 44th ASEAN Summit.",
    );
    expect(x.agreementActions.map((a) => [a.agreement, a.action, a.status, a.meetingKey])).toEqual([
      ["TAC", "signed", "planned", "ASEAN_SUMMIT-44"],
    ]);
  });

  it("tells planned from done, and the negotiation of an upgrade from the upgrade", () => {
    const x = relationsOf(
      "The ministers will sign the ASEAN-Australia-New Zealand Free Trade Agreement upgrade protocol next year. Các Bộ trưởng ghi nhận nỗ lực chuẩn bị cho đàm phán nâng cấp Hiệp định Thương mại tự do ASEAN - Hàn Quốc.",
    );
    const by = new Map(x.agreementActions.map((a) => [a.agreement, a]));
    expect(by.get("AANZFTA")).toMatchObject({ action: "signed", status: "planned" });
    expect(by.get("AKFTA")).toMatchObject({ action: "negotiated", status: "planned" });
  });

  it("keeps a review's counter-examples out: absent list members, escorts and planes, talks on other things", () => {
    const people = (text: string) => relationsOf(text).participants.map((p) => p.person);
    // Past `;` only a name alone joins the list.
    expect(
      people(
        "Hội nghị Cấp cao ASEAN lần thứ 47 khai mạc. Tham dự hội nghị có Bộ trưởng Ngoại giao Bùi Thanh Sơn; Bộ trưởng Công Thương Nguyễn Hồng Diên vắng mặt vì bận công tác trong nước.",
      ),
    ).toEqual(["Bùi Thanh Sơn"]);
    // Jets escorting the plane, then an airport welcome: no retinue; nor those on the same plane.
    expect(
      people(
        "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47. Chuyên cơ được hai máy bay chiến đấu tháp tùng khi vào không phận, đón Thủ tướng tại sân bay có Bộ trưởng Ngoại giao Malaysia Mohamad Hasan.",
      ),
    ).toEqual(["Phạm Minh Chính"]);
    expect(
      people(
        "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47. Cùng đi với Thủ tướng trên chuyên cơ có Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
      ),
    ).toEqual(["Phạm Minh Chính"]);
    // The bare form of the retinue.
    expect(
      people(
        "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47. Đoàn tháp tùng gồm: Bộ trưởng Ngoại giao Bùi Thanh Sơn; Thứ trưởng Bộ Công an Lương Tam Quang.",
      ),
    ).toEqual(["Phạm Minh Chính", "Bùi Thanh Sơn", "Lương Tam Quang"]);
    // A Vietnamese name's syllable in English copy needs no title; `Ngoại trưởng Trung Quốc` is China's.
    expect(
      people(
        "Vietnamese Prime Minister Pham Minh Chinh arrived in Kuala Lumpur on Saturday. On Sunday, Chinh attended the 47th ASEAN Summit.",
      ),
    ).toEqual(["Phạm Minh Chính"]);
    expect(
      relationsOf(
        "Bộ trưởng Ngoại giao Lê Hoài Trung dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58. Tại Hội nghị Bộ trưởng Ngoại giao ASEAN-Trung Quốc, Ngoại trưởng Trung Quốc Vương Nghị phát biểu.",
      )
        .participants.filter((p) => p.person === "Lê Hoài Trung")
        .map((p) => p.meetingKey),
    ).toEqual(["AMM-58"]);
    const actions = (text: string) => relationsOf(text).agreementActions.map((a) => [a.agreement, a.action]);
    expect(actions("The ministers held talks on trade and agreed to upgrade the ACFTA.")).toEqual([
      ["ACFTA", "upgraded"],
    ]);
    expect(
      actions("The two sides finished talks late on Friday, but failed to agree on the ACFTA upgrade."),
    ).toEqual([]);
  });

  it("reads talks on an upgrade as negotiating it, concluding them as concluded, and finishing negotiations", () => {
    const actions = (text: string) =>
      relationsOf(text).agreementActions.map((a) => [a.agreement, a.action, a.status]);
    expect(
      actions(
        "ASEAN economic ministers concluded talks on upgrading the ACFTA and ATIGA, Tengku Zafrul said.",
      ),
    ).toEqual([
      ["ACFTA", "concluded", "done"],
      ["ATIGA", "concluded", "done"],
    ]);
    expect(actions("The two sides held talks on upgrading the AKFTA.")).toEqual([
      ["AKFTA", "negotiated", "done"],
    ]);
    expect(
      actions(
        "Prayuth called on Asean nations to finish negotiations this year on the Regional Comprehensive Economic Partnership (RCEP) pact.",
      ),
    ).toEqual([["RCEP", "concluded", "planned"]]);
  });
});

describe("relation scoring", () => {
  it("counts an (agreement, action) annotated at two meetings once", () => {
    const at = (number: number) => ({ series: "ASEAN_SUMMIT", partner: null, level: "leaders", number });
    const action = (n: number) => ({
      agreement: "TAC",
      action: "signed",
      status: "planned",
      meeting: at(n),
      evidence: "",
    });
    const tuples = tuplesOfGold({
      file: "x.txt",
      participants: [],
      agreementActions: [action(44), action(45)],
    } as never);
    expect(tuples["agreement actions"]).toEqual(['["TAC","signed"]']);
    expect(tuples["agreement actions+status+meeting"]).toHaveLength(2);
  });
});

// Floors for the annotated press articles (`npm run eval` prints the figures): a change that
// loses relations fails here. Test-part figures are measured, never tuned on.
const FLOORS: Record<RelationSet, { attendance: number; actions: number; cases: number }> = {
  seeds: { attendance: 0.97, actions: 0.9, cases: 5 },
  // attendance 0.70 until 1.8.32 (delegation members, verbs inside meeting names): 0.744 with it;
  // 0.73 until batch r24 (never tuned on) joined: 0.698 with it. Actions 0.65 until batches r25
  // and r26 joined: 0.583 with them (their actions read at 0.31 and 0.55 first). Attendance 0.71
  // until batches r27 and r28 joined: 0.708 with them. 0.70 and 0.58 until batch r30 (never tuned
  // on, rich in relations) joined: 0.699 and 0.544 with it. 0.73 since 1.8.48 (a leader's retinue
  // attends, lists apart by `;`): 0.735; 0.72 since batch r33 (0.583 on first reading) joined: 0.728.
  "press-dev": { attendance: 0.72, actions: 0.54, cases: 95 },
  // actions 0.51 until batch r22 (never tuned on) joined: 0.500 with it.
  // actions 0.55 until batches r27 and r28 joined: 0.549 with them; 0.54 until batch r30 joined: 0.531.
  // attendance 0.54 until the delegation convention (a leader's retinue attends) was applied to
  // every annotation: 41 more test attendances, 0.568 → 0.523 with the same extraction.
  "press-test": { attendance: 0.52, actions: 0.53, cases: 80 },
};

describe("relation scores", () => {
  for (const [set, floor] of Object.entries(FLOORS) as Array<[RelationSet, (typeof FLOORS)[RelationSet]]>) {
    it(`${set}: attendance and agreement-action F1 at or above their floors`, () => {
      const score = scoreRelations(set);
      expect(score.cases).toBeGreaterThanOrEqual(floor.cases);
      expect(f1(score.fields.attendance)).toBeGreaterThanOrEqual(floor.attendance);
      expect(f1(score.fields["agreement actions"])).toBeGreaterThanOrEqual(floor.actions);
    });
  }
});

describe("the meeting a figure was reported at", () => {
  it("takes the meeting a bullet opens on for the figures under it", () => {
    const x = seed("001");
    const byText = new Map(x.figures.map((f) => [f.text, f.meetingKey]));
    expect(byText.get("hơn 60%")).toBe("ASEAN_PLUS_ONE-JP-FM-2025");
    expect(byText.get("94,5%")).toBe("ASEAN_PLUS_ONE-KR-FM-2025");
  });

  it("takes the meeting noting the figure, and leaves one with no meeting in its sentence", () => {
    const x = relationsOf(
      "The 24th AEM-MOFCOM Consultations were held in Kuala Lumpur. The Ministers noted that two-way trade reached USD 772.4 billion in 2024.\n\nSeparately, China's exports grew 5% last year.",
    );
    expect(x.figures.map((f) => [f.text, f.meetingKey])).toEqual([
      ["USD 772.4 billion in 2024", "ASEAN_PLUS_ONE-CN-EM-24"],
      ["5%", null],
    ]);
  });
});

describe("people referred to without their full name", () => {
  it("reads a family name alone, a pronoun and a bare title as the person named before", () => {
    const x = relationsOf(
      "China's Premier Li Keqiang praised the deal. Li made the remarks while attending the fourth RCEP Summit.\n\nPrime Minister Narendra Modi spoke about India. The Prime Minister attended the 17th ASEAN-India Summit.",
    );
    const got = x.participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(got).toContainEqual(["Li Keqiang", "OTHER-RCEP-4", "attended"]);
    expect(got).toContainEqual(["Narendra Modi", "ASEAN_PLUS_ONE-IN-LEADERS-17", "attended"]);
  });
});

describe("a pronoun in lower case after a comma", () => {
  it("reads `…, she will take part in` as the person named before", () => {
    const x = relationsOf(
      "Minister Mélanie Joly travels to Vientiane, Laos. From July 25 to 27, 2024, she will take part in the 57th ASEAN Foreign Ministers' Meeting and the 31st ASEAN Regional Forum.",
    );
    expect(x.participants.map((p) => [p.person, p.meetingKey, p.action])).toEqual([
      ["Mélanie Joly", "AMM-57", "attended"],
      ["Mélanie Joly", "ARF-31", "attended"],
    ]);
  });
});

describe("lists of people that a meeting verb breaks (batch r25 development files)", () => {
  it("does not take the people someone held bilateral meetings with for a list of attendees", () => {
    const en = relationsOf(
      "Pasaxon reported that on the sidelines of the 42nd ASEAN Summit, Prime Minister Sonexay Siphandone also held bilateral meetings with the President of Indonesia, Joko Widodo, the Prime Minister of Malaysia, Anwar Ibrahim, and the Prime Minister of Singapore, Lee Hsien Loong.",
    );
    expect(en.participants.map((p) => p.person)).toEqual(["Sonexay Siphandone"]);
    const vi = relationsOf(
      "Ngày 8-7, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 (AMM-58) đang diễn ra tại Kuala Lumpur, Tổng thư ký ASEAN Kao Kim Hourn đã có một số cuộc họp song phương với các nhà lãnh đạo ASEAN, mở đầu là với Bộ trưởng Ngoại giao Malaysia Mohamad Hasan.",
    );
    expect(vi.participants.map((p) => [p.person, p.meetingKey])).toEqual([["Kao Kim Hourn", "AMM-58"]]);
  });

  it("reads `will sit in on` as attending", () => {
    const x = relationsOf(
      "South Korean Foreign Minister Park Jin will sit in on the South Korea-ASEAN foreign ministers' meeting next Thursday.",
    );
    expect(x.participants.map((p) => [p.person, p.action])).toEqual([["Park Jin", "attended"]]);
  });
});

describe("attendance phrased by batch r28's development files", () => {
  it("reads `speaks at a … meeting` and the people a summit `gathered`", () => {
    const x = relationsOf(
      "President Yoon Suk-yeol speaks at a ASEAN Plus Three meeting held Saturday in Phnom Penh.\n\nYoon made the comment at the ASEAN Plus Three summit, which gathered the leaders of nine ASEAN countries, Chinese Premier Li Keqiang and Japanese Prime Minister Fumio Kishida.",
    );
    const got = x.participants.map((p) => [p.person, p.action]);
    expect(got).toContainEqual(["Yoon Suk Yeol", "spoke"]);
    expect(got).toContainEqual(["Li Keqiang", "attended"]);
    expect(got).toContainEqual(["Fumio Kishida", "attended"]);
    const vi = relationsOf(
      "Hội nghị Cấp cao ASEAN+3 lần thứ 28 quy tụ lãnh đạo các nước ASEAN, Thủ tướng Trung Quốc Lý Cường và Thủ tướng Nhật Bản Takaichi Sanae.",
    );
    expect(vi.participants.map((p) => p.person)).toEqual(["Li Qiang", "Sanae Takaichi"]);
    // Gathering to do something is no gathering of someone.
    expect(
      relationsOf(
        "The 47th ASEAN Summit opened in Kuala Lumpur. Outside, crowds gathered to greet President Donald Trump.",
      ).participants,
    ).toEqual([]);
  });
});

describe("a vice-chair and a verb ending its clause, as a review found them", () => {
  it("takes no vice-chair of another body, no vice-chair named without a meeting, and no meeting from a clause before the subject", () => {
    const none = (text: string) => relationsOf(text).participants.map((p) => [p.person, p.meetingKey]);
    expect(
      none(
        "Ông Vương Đình Huệ giữ vai trò Phó Chủ tịch Quốc hội khi Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra.",
      ),
    ).toEqual([]);
    expect(
      none(
        "The 43rd ASEAN Summit opened in Jakarta on Tuesday. Separately, Vietnam's Deputy Prime Minister Tran Luu Quang was named as vice chairman.",
      ),
    ).toEqual([]);
    expect(
      none(
        "The 11th ASEAN-US Summit opens in Jakarta on Thursday. Unlike at the 2022 East Asia Summit in Phnom Penh, US President Joe Biden will attend.",
      ),
    ).toEqual([["Joe Biden", "ASEAN_PLUS_ONE-US-LEADERS-11"]]);
  });
});

describe("attendance phrased by batch r29's development files", () => {
  it("reads `as he chaired`, `arrives in <city> for the …` and a delegation's members after the Prime Minister it went with", () => {
    const got = (text: string) =>
      relationsOf(text).participants.map((p) => [p.person, p.meetingKey, p.action]);
    expect(
      got(
        "Sultan Haji Hassanal Bolkiah said in a titah as he chaired the 38th and 39th ASEAN Summits, held virtually.",
      ),
    ).toEqual([
      ["Hassanal Bolkiah", "ASEAN_SUMMIT-38", "chaired"],
      ["Hassanal Bolkiah", "ASEAN_SUMMIT-39", "chaired"],
    ]);
    expect(
      got(
        "President Ferdinand Marcos Jr. arrives in Phnom Penh, Cambodia, for the 40th and 41st ASEAN Summits from November 10-13, 2022.",
      ).map((r) => r[1]),
    ).toEqual(["ASEAN_SUMMIT-40", "ASEAN_SUMMIT-41"]);
    expect(
      got(
        "Hội nghị Cấp cao ASEAN lần thứ 42 diễn ra tại Labuan Bajo. Đoàn đại biểu chính thức cùng Thủ tướng Chính phủ Phạm Minh Chính dự Hội nghị gồm: Phó Chủ tịch Quốc hội Nguyễn Đức Hải; Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn.",
      ).map((r) => r[0]),
    ).toEqual(["Phạm Minh Chính", "Nguyễn Đức Hải", "Bùi Thanh Sơn"]);
  });
});

describe("attendance phrased by batch r30's development files", () => {
  it("reads `Also joining the summit will be …`, `co-chair a …` in the present and a co-chair joined by `with`", () => {
    const got = (text: string) => relationsOf(text).participants.map((p) => [p.person, p.action]);
    expect(
      got(
        "The second Mekong-Lancang Cooperation Leaders' Meeting opens in Phnom Penh. Also joining the summit will be Prime Minister Thongloun Sisoulith of Lao, Vice President Myint Swe of Myanmar and Prime Minister Nguyen Xuan Phuc of Vietnam.",
      ),
    ).toEqual([
      ["Thongloun Sisoulith", "attended"],
      ["Myint Swe", "attended"],
      ["Nguyễn Xuân Phúc", "attended"],
    ]);
    expect(
      got(
        "Saurabh Kumar, secretary (East) in the external affairs ministry, co-chaired the 24th ASEAN-India Senior Officials' Meeting with Singapore's permanent secretary Albert Chua in New Delhi.",
      ),
    ).toEqual([
      ["Saurabh Kumar", "co_chaired"],
      ["Albert Chua", "co_chaired"],
    ]);
    expect(
      got(
        "Indonesia's Retno Marsudi and Japan's Yoko Kamikawa co-chair the ASEAN-Japan Foreign Ministers' Meeting today.",
      ),
    ).toEqual([
      ["Retno Marsudi", "co_chaired"],
      ["Yoko Kamikawa", "co_chaired"],
    ]);
  });
});

describe("attendance cues of 1.8.43-1.8.46, as a review found them", () => {
  it("takes no travel without a meeting after `for the`, no noun `co-chair`, no `will be` without a meeting, no co-chair after `with` a clause, no press-conference roster and no session or call listed after `gồm:`", () => {
    const none = (text: string) => relationsOf(text).participants.map((p) => [p.person, p.meetingKey]);
    expect(
      none("Myanmar junta chief Min Aung Hlaing was left in the cold for the 40th ASEAN Summit."),
    ).toEqual([]);
    expect(
      none(
        "Prime Minister Anwar Ibrahim arrived in Jakarta for the first time since taking office, a week after the 42nd ASEAN Summit.",
      ),
    ).toEqual([]);
    expect(
      none(
        "The ASEAN-Australia Special Summit closed. Philippine President Ferdinand Marcos Jr. said Manila would serve as co-chair the next time the ASEAN-Australia Special Summit is held.",
      ),
    ).toEqual([]);
    expect(
      none(
        "The 43rd ASEAN Summit opened in Jakarta on Tuesday. Also joining ASEAN will be Timor-Leste, Indonesian Foreign Minister Retno Marsudi said.",
      ),
    ).toEqual([]);
    expect(
      none(
        "Saurabh Kumar co-chaired the 24th ASEAN-India Senior Officials' Meeting with a warning to Myanmar junta chief Min Aung Hlaing.",
      ),
    ).toEqual([["Saurabh Kumar", "ASEAN_PLUS_ONE-IN-SOM-24"]]);
    expect(
      none(
        "Chiều 7/9, Thủ tướng Phạm Minh Chính chủ trì họp báo về kết quả Hội nghị Cấp cao ASEAN lần thứ 43 gồm: Bộ trưởng Ngoại giao Bùi Thanh Sơn và Người phát ngôn Phạm Thu Hằng.",
      ),
    ).toEqual([]);
    expect(
      none(
        "Chiều 5/9, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 43 gồm: phiên toàn thể, sau đó Tổng thống Mỹ Joe Biden điện đàm với Thủ tướng.",
      ),
    ).toEqual([["Phạm Minh Chính", "ASEAN_SUMMIT-43"]]);
  });
});

describe("name parts as whole words", () => {
  /** What wholeWords promises, read position by position. */
  function reference(text: string, words: string[]) {
    const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
    const out: Array<[number, string]> = [];
    let reach = 0;
    for (let p = 0; p < text.length; p++) {
      if (p < reach || !isWord(text[p]) || isWord(text[p - 1])) continue;
      const w = words.find((w) => isWord(w[0]) && text.startsWith(w, p) && !isWord(text[p + w.length]));
      if (w === undefined) continue;
      out.push([p, w]);
      reach = p + w.length;
    }
    return out;
  }

  it("takes the first listed word at a start, and nothing inside a word it took", () => {
    const at = (text: string, words: string[]) => wholeWords(text, words).map((m) => [m.start, m.word]);
    expect(at("a-b x", ["a-b", "b"])).toEqual([[0, "a-b"]]);
    expect(at("tae-yul yul", ["tae", "tae-yul", "yul"])).toEqual([
      [0, "tae"],
      [4, "yul"],
      [8, "yul"],
    ]);
    expect(at("tae-yul yul", ["tae-yul", "tae", "yul"])).toEqual([
      [0, "tae-yul"],
      [8, "yul"],
    ]);
    expect(at("xanh anh", ["anh"])).toEqual([[5, "anh"]]);
    expect(at("anything", [])).toEqual([]);
  });

  it("finds what reading position by position finds, on random texts of nested and hyphenated words", () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor(seed / 2 ** 16) % n;
    };
    const word = () => Array.from({ length: 1 + rand(4) }, () => "abn-"[rand(4)]).join("");
    for (let round = 0; round < 500; round++) {
      const words = [...new Set(Array.from({ length: 1 + rand(6) }, word))];
      const text = Array.from({ length: 20 + rand(40) }, () => `${word()}${" .é"[rand(3)]}`).join("");
      expect(wholeWords(text, words).map((m) => [m.start, m.word])).toEqual(reference(text, words));
    }
  });
});
