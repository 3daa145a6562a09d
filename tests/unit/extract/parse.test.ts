import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { parseArticle } from "../../../src/extract/parse.ts";
import type { PartialDate } from "../../../src/extract/types.ts";

const repoRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const seed = (prefix: string) => {
  const names: Record<string, string> = {
    "000": "000_b85c5de12b388afb.txt",
    "001": "001_83f2f5ee3d553817.txt",
    "002": "002_686e873e6aaa9cef.txt",
    "003": "003_8e497b4819558aaa.txt",
    "004": "004_fbd71147380da296.txt",
  };
  return parseArticle(normalizeText(readFileSync(path.join(repoRoot, "seeds", names[prefix]!), "utf8")));
};
const parse = (text: string) => parseArticle(normalizeText(text));
const paragraphs = (body: string) => body.split("\n\n");
const LEAD = "Ngày 10/7, các bộ trưởng ASEAN đã họp tại Kuala Lumpur để bàn về hợp tác kinh tế khu vực.";
const MORE = "Các bên nhất trí tăng cường hợp tác thương mại và đầu tư trong thời gian tới.";

describe("crawler headers", () => {
  it("reads the date and outlet of a `date YYYY-MM-DD (OUTLET) -` header and keeps its lead", () => {
    const a = parse(` date 2025-09-25 (TBTCO) - ${LEAD}\n\n${MORE}`);
    expect(a.published).toEqual({ year: 2025, month: 9, day: 25 });
    expect(a.datePrecision).toBe("day");
    expect(a.source).toBe("TBTCO");
    expect(a.title).toBeNull();
    expect(a.lead).toBe(LEAD);
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it("reads a month-precision header without an outlet", () => {
    const a = parse(` date 2025-07 ${LEAD}\n\n${MORE}`);
    expect(a.published).toEqual({ year: 2025, month: 7 });
    expect(a.datePrecision).toBe("month");
    expect(a.source).toBeNull();
    expect(a.body.startsWith(LEAD)).toBe(true);
  });

  it("never takes the title from the header, and derives the display title from the lead", () => {
    const a = parse(` date 2025-07 ${LEAD}\n\n${MORE}`);
    expect(a.title).toBeNull();
    expect(a.displayTitle).toBe(LEAD.slice(0, -1));
  });

  it("drops the header lead when the first paragraph repeats and extends it (seed 000)", () => {
    const a = seed("000");
    expect(a.lead).toMatch(/^Trong khuôn khổ .* và Mỹ, để xây dựng mối quan hệ kinh tế chặt chẽ hơn\./);
    expect(a.body.match(/Trong khuôn khổ Hội nghị/g)).toHaveLength(1);
    expect(a.body).not.toMatch(/date 2025|TBTCO/);
  });
});

describe("headline and lead", () => {
  it("takes an unpunctuated first line as the headline", () => {
    const a = parse(`ASEAN thúc đẩy hợp tác kinh tế số\n\n${LEAD}\n\n${MORE}`);
    expect(a.title).toBe("ASEAN thúc đẩy hợp tác kinh tế số");
    expect(a.displayTitle).toBe(a.title);
    expect(a.lead).toBe(LEAD);
    expect(a.body).not.toContain("ASEAN thúc đẩy hợp tác kinh tế số");
  });

  it("does not take a first line ending with a period as the headline", () => {
    const a = parse(`${LEAD}\n\n${MORE}`);
    expect(a.title).toBeNull();
    expect(a.lead).toBe(LEAD);
  });

  it("cuts a long derived display title at a word boundary", () => {
    const a = seed("001");
    expect(a.displayTitle.length).toBeLessThanOrEqual(121);
    expect(a.displayTitle.endsWith("…")).toBe(true);
    expect(a.lead?.startsWith(a.displayTitle.slice(0, -1))).toBe(true);
    expect(a.lead?.[a.displayTitle.length - 1]).toBe(" ");
  });

  it.each([
    ["(TTXVN) - ", "TTXVN"],
    ["HÀ NỘI (TTXVN) – ", "TTXVN"],
    ["Kuala Lumpur, July 10 (Reuters) - ", "Reuters"],
    ["(Chinhphu.vn) - ", "Chinhphu.vn"],
    ["TTO - ", "TTO"],
  ])("strips the outlet dateline `%s` opening the lead", (dateline, source) => {
    const a = parse(`Tiêu đề bài viết về ASEAN\n\n${dateline}${LEAD}\n\n${MORE}`);
    expect(a.source).toBe(source);
    expect(a.lead).toBe(LEAD);
  });

  it("keeps a lead that opens with a bracketed phrase that is not an outlet", () => {
    const lead = "ASEAN (Hiệp hội các quốc gia Đông Nam Á) - tổ chức khu vực gồm 11 thành viên - vừa họp.";
    const a = parse(`Tiêu đề bài viết về ASEAN\n\n${lead}\n\n${MORE}`);
    expect(a.source).toBeNull();
    expect(a.lead).toBe(lead);
  });
});

describe("date lines", () => {
  const cases: [string, PartialDate][] = [
    ["02:44 - 26/07/2025", { year: 2025, month: 7, day: 26 }],
    ["26/07/2025 02:44", { year: 2025, month: 7, day: 26 }],
    ["Thứ Năm, 10/07/2025 14:30 (GMT+7)", { year: 2025, month: 7, day: 10 }],
    ["Cập nhật: 10/07/2025 14:30", { year: 2025, month: 7, day: 10 }],
    ["July 10, 2025", { year: 2025, month: 7, day: 10 }],
    ["10 July 2025", { year: 2025, month: 7, day: 10 }],
    ["Thursday, July 10, 2025 10:15 AM", { year: 2025, month: 7, day: 10 }],
  ];
  it.each(cases)("reads `%s` as the publication date and drops the line", (dateLine, date) => {
    const a = parse(`Tiêu đề bài viết về ASEAN\n\n${dateLine}\n\n${LEAD}\n\n${MORE}`);
    expect(a.published).toEqual(date);
    expect(a.datePrecision).toBe("day");
    expect(a.title).toBe("Tiêu đề bài viết về ASEAN");
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it("leaves a line that merely starts with a date in the body", () => {
    const a = parse(`Tiêu đề bài viết về ASEAN\n\n${LEAD}\n\nNgày 10/7/2025, các bên ký kết thỏa thuận mới.`);
    expect(a.published).toBeNull();
    expect(a.datePrecision).toBe("unknown");
    expect(a.body).toContain("Ngày 10/7/2025, các bên");
  });
});

describe("photo captions and image names", () => {
  it("takes caption lines with a bracketed or plain credit out of the body, once each, without credits", () => {
    const text = [
      "Tiêu đề bài viết về ASEAN",
      LEAD,
      "Quang cảnh Hội nghị AEM-57. (Ảnh: TTXVN phát)",
      "Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte",
      "Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte",
      "The 16th Mekong–Japan Foreign Ministers’ Meeting in Kuala Lumpur. (Photo: Ministry of Foreign Affairs)",
      "Ministers pose for a photo in Kuala Lumpur on July 10, 2025. REUTERS/Hasnoor Hussain",
      MORE,
    ].join("\n\n");
    const a = parse(text);
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
    expect(a.captions).toEqual([
      "Quang cảnh Hội nghị AEM-57.",
      "Hội nghị Bộ trưởng ASEAN – Mỹ.",
      "The 16th Mekong–Japan Foreign Ministers’ Meeting in Kuala Lumpur.",
      "Ministers pose for a photo in Kuala Lumpur on July 10, 2025.",
    ]);
  });

  it("removes only the credit from a long lead with a caption glued on (seed 001)", () => {
    const a = seed("001");
    expect(a.lead).toMatch(/^Chiều 10\/7\/2025, .* Hội nghị Bộ trưởng ASEAN\+3\.$/);
    expect(a.body).not.toContain("Ảnh:");
    expect(a.captions).toEqual([]);
  });

  it("goes on past a related-links block or a credit in the middle of the article, not past readers' comments", () => {
    const long = (s: string) =>
      `${s} ${"Các bên nhất trí tăng cường hợp tác trong nhiều lĩnh vực. ".repeat(3)}`;
    const text = [
      "Tiêu đề bài viết về ASEAN",
      LEAD,
      "TIN LIÊN QUAN",
      "Tin tức ASEAN buổi sáng 9/9: ASEAN đẩy mạnh đoàn kết",
      long("Phó Thủ tướng Phạm Bình Minh dự lễ khai mạc Hội nghị."),
      "Ý kiến bạn đọc",
      long("Bạn đọc viết rằng hội nghị rất thành công."),
    ].join("\n\n");
    const a = parse(text);
    expect(a.body).toContain("Phạm Bình Minh");
    expect(a.body).not.toContain("Tin tức ASEAN buổi sáng");
    expect(a.body).not.toContain("Bạn đọc viết");
  });

  it("drops a headline stripped to bare lowercase words (a picture's alt text), keeping short lowercase lines", () => {
    const text = [
      "Thủ tướng sẽ dự Hội nghị cấp cao kỷ niệm ASEAN-Ấn Độ",
      LEAD,
      "thu tuong se tham du hoi nghi cap cao ky niem asean an do",
      MORE,
      "xem them",
    ].join("\n\n");
    const a = parse(text);
    expect(a.body).not.toContain("thu tuong se");
    expect(a.body).toContain(LEAD);
    expect(a.body).toContain(MORE);
  });

  it("drops an image file name and the unpunctuated caption after it, keeping sub-headings", () => {
    const a = seed("003");
    expect(a.body).not.toContain("asean_znga");
    expect(a.body).not.toContain("với các đối tác ngoại khối\n");
    expect(a.captions).toContain(
      "Các Bộ trưởng Kinh tế ASEAN tổ chức Hội nghị Tham vấn trực tuyến với các đối tác ngoại khối",
    );
    expect(paragraphs(a.body)).toContain("Ưu tiên phục hồi");
    expect(paragraphs(a.body)).toContain("Thúc đẩy hợp tác, tăng trưởng");
  });

  it("keeps a sentence that only mentions photos", () => {
    const line = "Triển lãm giới thiệu hơn 100 bức ảnh về quan hệ hai nước.";
    const a = parse(`${LEAD}\n\n${line}\n\n${MORE}`);
    expect(paragraphs(a.body)).toContain(line);
  });
});

describe("source, author and URL lines", () => {
  it("reads the byline, outlet and URL at the end (seed 002)", () => {
    const a = seed("002");
    expect(a.author).toBe("Bình Giang");
    expect(a.source).toBe("Tiền Phong");
    expect(a.url).toBe(
      "https://tienphong.vn/ngoai-truong-my-nhan-manh-cam-ket-lau-dai-voi-asean-post1759226.tpo",
    );
    expect(a.body).not.toMatch(/Bình Giang|Nguồn|https?:|Ảnh:/);
  });

  const sources: [string, string | null, string | null][] = [
    ["Nguồn SGGP", "SGGP", null],
    ["Nguồn: Vụ Chính sách Thương mại Đa biên", "Vụ Chính sách Thương mại Đa biên", null],
    ["Theo TTXVN", "TTXVN", null],
    ["Theo báo Nhân Dân", "báo Nhân Dân", null],
    ["(Source: Viet Nam News)", "Viet Nam News", null],
    ["Source: Reuters", "Reuters", null],
    ["https://tienphong.vn/bai-viet-post123.tpo", null, "https://tienphong.vn/bai-viet-post123.tpo"],
    ["Nguồn: https://vneconomy.vn/asean.htm", null, "https://vneconomy.vn/asean.htm"],
    ["TTXVN/Vietnam+", "TTXVN/Vietnam+", null],
  ];
  it.each(sources)("reads `%s` as a source line", (lineText, source, url) => {
    const a = parse(`${LEAD}\n\n${MORE}\n\n${lineText}`);
    expect(a.source).toBe(source);
    expect(a.url).toBe(url);
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it.each([
    ["(Theo TTXVN)", "TTXVN"],
    ["(TTXVN/Vietnam+)", "TTXVN/Vietnam+"],
    ["(Reuters)", "Reuters"],
  ])("splits `%s` off the end of the last paragraph", (tail, source) => {
    const a = parse(`${LEAD}\n\n${MORE} ${tail}`);
    expect(a.source).toBe(source);
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it("keeps a bracketed acronym that is not an outlet at the end of the text", () => {
    const last = "Các bên thảo luận về Hiệp định khung kinh tế số (DEFA)";
    const a = parse(`${LEAD}\n\n${last}`);
    expect(a.source).toBeNull();
    expect(a.body).toBe(`${LEAD}\n\n${last}`);
  });

  it.each([
    ["Hải Yến/VOV-Viêng Chăn", "Hải Yến"],
    ["Thu Trang", "Thu Trang"],
    ["Nhóm PV VOV tại Lào", "Nhóm PV VOV tại Lào"],
  ])("reads the closing byline `%s` without a source line", (byline, author) => {
    const a = parse(`${LEAD}\n\n${MORE}\n\n${byline}`);
    expect(a.author).toBe(author);
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it("reads a top byline with its label", () => {
    const a = parse(`ASEAN ministers meet in Kuala Lumpur\n\nBy Jane Doe\n\n${LEAD}\n\n${MORE}`);
    expect(a.author).toBe("Jane Doe");
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it.each([
    "Theo tuyên bố chung sau cuộc họp, các nước nhất trí duy trì chuỗi cung ứng.",
    "Nguồn lực tài chính cho chuyển đổi xanh còn hạn chế",
  ])("keeps the ordinary sentence `%s`", (sentence) => {
    const a = parse(`${LEAD}\n\n${sentence}\n\n${MORE}`);
    expect(a.source).toBeNull();
    expect(paragraphs(a.body)).toContain(sentence);
  });
});

describe("site chrome and footers", () => {
  it("drops menus before the headline and the footer after the source (seed 004)", () => {
    const a = seed("004");
    expect(a.title).toBe(
      "Các nước Mekong - Nhật Bản thúc đẩy hợp tác kinh tế số, hạ tầng và phát triển bền vững",
    );
    expect(a.published).toEqual({ year: 2025, month: 7, day: 26 });
    expect(a.source).toBe("Vụ Chính sách Thương mại Đa biên");
    expect(a.body).not.toMatch(
      /Underline|menu|Tổng số bài đăng|Tiêu đề Ngày|AANZFTA|AITIGA|Phillipines|\d\d-\d\d-\d{4}|Photo|02:44/,
    );
    expect(a.body.startsWith("Ngày 10/7/2025, tại Kuala Lumpur")).toBe(true);
    expect(a.body.endsWith("trong bối cảnh mới.")).toBe(true);
  });

  it("stops at a footer marker and at a list of dated headlines", () => {
    const footer = "Tin liên quan\nASEAN họp về thương mại 17-09-2025\nRCEP bước sang năm thứ ba 16-09-2025";
    const list = "ASEAN họp về thương mại 17-09-2025\nRCEP bước sang năm thứ ba 16-09-2025";
    expect(parse(`${LEAD}\n\n${MORE}\n\n${footer}`).body).toBe(`${LEAD}\n\n${MORE}`);
    expect(parse(`${LEAD}\n\n${MORE}\n\n${list}`).body).toBe(`${LEAD}\n\n${MORE}`);
  });

  it("drops share-button and breadcrumb lines", () => {
    const a = parse(
      `Trang chủ > Thời sự > Quốc tế\n\nTiêu đề bài viết về ASEAN\n\n${LEAD}\n\nChia sẻ Facebook Zalo\n\n${MORE}`,
    );
    expect(a.title).toBe("Tiêu đề bài viết về ASEAN");
    expect(a.body).toBe(`${LEAD}\n\n${MORE}`);
  });
});

describe("end marks, language and word count", () => {
  it("removes `./.` and ` /.` end marks but keeps the sentence's period", () => {
    expect(parse(`${LEAD}\n\nCác bên sẽ hợp tác./.`).body).toBe(`${LEAD}\n\nCác bên sẽ hợp tác.`);
    expect(parse(`${LEAD}\n\nCác bên sẽ hợp tác /.`).body).toBe(`${LEAD}\n\nCác bên sẽ hợp tác.`);
    expect(seed("000").body.endsWith("các sáng kiến nghiên cứu chung.")).toBe(true);
    expect(seed("001").body.endsWith("lần thứ 32.")).toBe(true);
  });

  it("tells Vietnamese from English", () => {
    expect(parse(`${LEAD}\n\n${MORE}`).lang).toBe("vi");
    const en = parse(
      "ASEAN ministers meet in Kuala Lumpur\n\nThe foreign ministers of ASEAN met on July 10 to discuss trade and the regional security outlook.\n\nThey agreed to deepen cooperation with their partners.",
    );
    expect(en.lang).toBe("en");
    expect(en.title).toBe("ASEAN ministers meet in Kuala Lumpur");
  });

  it("counts the words of the body", () => {
    expect(parse("Một hai ba – bốn.\n\nNăm sáu.").wordCount).toBe(6);
  });
});

describe("links to other articles inside the text", () => {
  it("drops an `Also Read:` or `Xem thêm:` line wherever it stands", () => {
    const text = [
      "ASEAN ministers met in Jakarta on Monday to review the economic agenda.",
      "Also Read: ASEAN Secretary General joins 55th AEM meeting",
      "The ministers agreed to speed up the talks.",
      "Xem thêm: Hội nghị AEM lần thứ 55 khai mạc",
    ].join("\n");
    const body = parseArticle(text).body;
    expect(body).not.toContain("Also Read");
    expect(body).not.toContain("Xem thêm");
    expect(body).toContain("The ministers agreed to speed up the talks.");
  });
});

describe("a ticker of other headlines", () => {
  it("drops a line of three or more ` | `-separated headlines above the article", () => {
    const a = parse(
      `Floods Hit the North | Stampede at a Festival | Minister of Health Delivers Lecture | Bank Deal Sealed |\n\nASEAN Chair Presides Over 10th ASEAN-US Summit\n\n${LEAD}\n\n${MORE}`,
    );
    expect(a.title).toBe("ASEAN Chair Presides Over 10th ASEAN-US Summit");
    expect(a.body).not.toContain("Delivers Lecture");
  });
});
