/**
 * Cue words of relations (relations.ts). Vietnamese cues are matched on the lower-cased
 * tone-canonical view, diacritics kept (`dự` apart from `du`, `ký` apart from `ky`); English ones
 * on the folded view (lower case).
 */
import type { AgreementAction, ParticipantAction } from "../types.ts";

/** Which view a cue is matched on. */
export type CueView = "vi" | "en";

export interface CueEntry<A> {
  on: CueView;
  /**
   * The cue's regex source with its word-end guard; the word-start guard is checked by
   * relations.ts itself, which joins a table's sources into one regex (faster scans).
   */
  body: string;
  action: A;
}

// Word-end guard: a letter of either view (Latin with Vietnamese diacritics) or a digit.
const E = "(?![\\p{L}\\p{N}])";
const cue =
  (on: CueView) =>
  <A>(source: string, action: A): CueEntry<A> => ({ on, body: `(?:${source})${E}`, action });
const vi = cue("vi");
const en = cue("en");

/** `dự` not as the first syllable of another word (`dự kiến`, `dự án`, `dự thảo` …). */
const VI_ATTEND = "dự(?! (?:kiến|án|thảo|báo|định|trữ|toán|phòng|luật|thầu|đoán|tính|bị|khuyết|chi|cảm))";

export const PARTICIPATION_CUES: ReadonlyArray<CueEntry<ParticipantAction>> = [
  vi("đồng chủ trì|đồng chủ tọa|đồng chủ toạ|cùng chủ trì", "co_chaired"),
  vi("chủ trì|chủ tọa|chủ toạ", "chaired"),
  vi("dẫn đầu (?:đoàn|phái đoàn)|trưởng đoàn|dẫn đoàn", "led_delegation"),
  vi("phát biểu(?: khai mạc| bế mạc| chào mừng)?(?: tại)?|có bài phát biểu(?: tại)?", "spoke"),
  vi(`tham dự|${VI_ATTEND}|tham gia|có mặt tại|góp mặt tại`, "attended"),
  // The meeting's vice-chair was there: `X … giữ vai trò Phó Chủ tịch hội nghị`.
  vi("(?:giữ vai trò|là|làm) phó chủ tịch(?= (?:hội nghị|cuộc họp))", "attended"),
  // `Thủ tướng Hun Sen khai mạc Hội nghị …`: opening it, not its ceremony or session named as a noun.
  vi(
    "(?<!(?:lễ|phiên|buổi|phát biểu|bài phát biểu|tuyên bố|dự|tham dự) )khai mạc(?! (?:lúc|vào|ngày|sáng|chiều|tối|hôm))",
    "attended",
  ),
  // `X and his counterpart Y co-chair a special meeting on Thursday`; the noun after `as`, `be`,
  // `the` (`would serve as co-chair the next time …`) is no verb.
  en(
    "co-chaired|co-chairs|co-chairing|co-chair(?:ed)? of|co-hosted|(?<!(?<![a-z])(?:as|be|the|a|named|elected) )co-chair(?= (?:a|an|the) )",
    "co_chaired",
  ),
  en(
    "chaired|chairs|chairing|presided over|presides over|preside over|presiding over|chair of|as chair of|hosted",
    "chaired",
  ),
  en(
    // `led the Malaysian delegation to`, `will head the association's delegation to`.
    "(?:led|leads|lead|leading|headed|heads|head|heading) (?:the |a |his |her |its |their )?(?:[a-z]+(?:'s|’s)? ){0,2}(?:delegation|team) (?:to|at)|head of (?:the )?(?:[a-z]+ )?delegation (?:to|at)",
    "led_delegation",
  ),
  en(
    "spoke at|speaking at|addressed|addressing|address(?:es)?(?= the)|address(?:ed)? to|in (?:his|her|a) (?:remarks|speech|address|statement) (?:at|to)|told|delivered (?:a |the |his |her )?(?:speech|remarks|statement|address) (?:at|to)",
    "spoke",
  ),
  en(
    // `opened the 55th AMM`, `represented China at the summit`, `met his counterparts at the meeting`.
    // Opening: only a meeting named right after (`opened the 55th ASEAN …`, not `opened the new
    // bridge on the eve of the summit`); representing: a country named first (`was represented at
    // the summit by X` is the passive, X the one there).
    "(?:(?:officially )?(?:opened|opens) |declared (?:open )?)the(?= (?:\\d{1,3}(?:st|nd|rd|th) |annual |special |first |second |third )?(?:asean|association|east asia|mekong|[a-z]+ ?- ?asean))|represented (?:[a-z]+(?:'s|’s)? ){1,2}at|met (?:with )?(?:his|her|their) (?:[a-z]+ ){0,2}counterparts (?:at|during)",
    "attended",
  ),
  en(
    "attended|attending|attends|attend|joined|joining|joins|join|(?:took|taking|takes|take) part(?: virtually| online| remotely| in person)? in|(?:participated|participating|participates|participate)(?: virtually| online| remotely| in person)? in|was present at|were present at|(?:his|her|their) participation in|(?:sit|sits|sat|sitting) in on|(?:arrives|arrived|arriving|arrive|lands|landed|leaves|leaving|departed|departs|departing|flew|flies|headed|heads|travels|travelled|traveled) (?:in|for|to) [^.;,]{1,30}(?:, [^.;,]{1,20})?,? for(?= the (?:\\d{1,3}(?:st|nd|rd|th) |annual |special |asean|association|east asia|mekong|[a-z]+ ?- ?asean))",
    "attended",
  ),
  // `X, Minister for Energy of Thailand, served as the Vice Chair.`, `… with X as vice-chair.`
  // (relations.ts takes the meeting: for `as vice-chair` only one its own sentence names).
  en("(?:served as|serving as|as) (?:the )?vice[- ]?chair(?:man|person)?", "attended"),
];

export const AGREEMENT_CUES: ReadonlyArray<CueEntry<AgreementAction>> = [
  vi(
    "(?:về cơ bản )?(?:kết thúc|hoàn tất|hoàn thành)(?: cơ bản| về cơ bản)? (?:việc )?(?:đàm phán|vòng đàm phán)",
    "concluded",
  ),
  vi("(?<!(?:đăng|thư|chữ|tự) )(?:ký kết|kí kết|ký|kí)(?! (?:hiệu|sinh|ức|giả|túc))|lễ ký", "signed"),
  vi("nâng cấp", "upgraded"),
  vi("đàm phán|vòng đàm phán", "negotiated"),
  vi("rà soát|tổng rà soát|đánh giá lại|đánh giá chung", "reviewed"),
  vi("thảo luận|trao đổi về|bàn về|bàn thảo", "discussed"),
  en(
    "conclu(?:de|ded|des|ding|sion of)(?: the)? negotiations?|(?:substantially |substantial )?conclu(?:de|ded|des|ding|sion of)|wrapped up|completed (?:the )?negotiations?|finish(?:es|ed|ing)?(?: the)? negotiations?",
    "concluded",
  ),
  en("sign|signed|signing|signs|inked|signature of", "signed"),
  en("upgrade|upgraded|upgrading|upgrades", "upgraded"),
  en("negotiate|negotiated|negotiating|negotiation|negotiations", "negotiated"),
  en("review|reviewed|reviewing|reviews", "reviewed"),
  en(
    "discuss|discussed|discussing|discussion on|discussions on|talks on|exchanged views on|took stock of",
    "discussed",
  ),
];

/** A meeting referred to without its name (`Hội nghị`, `the meeting`): the one named last. */
export const BARE_MEETING: ReadonlyArray<CueEntry<null>> = [
  vi(
    "(?:các |phiên |buổi |cuộc )?(?:hội nghị|cuộc họp|phiên họp|phiên thảo luận|đối thoại|lễ khai mạc|lễ bế mạc|phiên khai mạc|phiên bế mạc|phiên toàn thể|phiên họp toàn thể|phiên họp hẹp)(?! (?:cấp cao|bộ trưởng|quan chức|thượng đỉnh|lần|thường niên|đặc biệt|hẹp|asean))|(?:hoạt động|sự kiện) (?:này|trên)",
    null,
  ),
  en(
    "(?:the|this|that) (?:meeting|meetings|summit|conference|session|sessions|event|gathering|talks|dialogue|consultations|opening ceremony|closing ceremony|plenary session|plenary|retreat)",
    null,
  ),
];

/**
 * Passive and nominal participation: the people after the words took part in the meeting
 * before them (`… was chaired by X`, `có sự tham dự của X và Y`, `Attending the meeting were X`).
 */
export const PASSIVE_CUES: ReadonlyArray<CueEntry<ParticipantAction>> = [
  vi("dưới sự đồng chủ trì của|do(?= [^.;]{0,200}?(?:đồng|cùng) chủ trì)", "co_chaired"),
  vi("dưới sự chủ trì của|dưới sự chủ tọa của|do(?= [^.;]{0,160}?chủ trì)", "chaired"),
  vi("do(?= [^.;]{0,120}?dẫn đầu)", "led_delegation"),
  // A leader's retinue (`Tháp tùng Thủ tướng … có X; Y …`, `Cùng đi với Thủ tướng … có X`,
  // `Đoàn tháp tùng gồm: …`): the official delegation went with the leader to the meeting, its
  // members attended it. Not across a comma (`… tháp tùng khi vào không phận, đón Thủ tướng tại
  // sân bay có …`), and travelling on the same plane (`Cùng đi trên chuyên cơ có …`, `cùng đi với
  // Thủ tướng trên chuyên cơ có …`) is no membership.
  vi("(?:tháp tùng|cùng đi với)(?: (?:(?!chuyên cơ)[^.;:,]){1,160}?)? (?:có|gồm)(?: có)?:?", "attended"),
  vi(
    "(?:nơi |đã |sẽ )?quy tụ|được đại diện bởi|cùng (?:tham )?dự (?:còn )?có|tham dự (?:hội nghị )?còn có|(?:có|với) sự (?:tham dự|tham gia|góp mặt|hiện diện) của|tham dự (?:các )?(?:hội nghị|cuộc họp|sự kiện|phiên họp)(?: này)? (?:có|gồm)(?: có)?",
    "attended",
  ),
  en("co-chaired by|co-hosted by", "co_chaired"),
  en("chaired by|presided over by|under the chairmanship of|hosted by", "chaired"),
  en("led by", "led_delegation"),
  en(
    // `… the ASEAN Plus Three, which gathered the leaders of nine ASEAN countries, Chinese Premier Li Qiang …`
    // (gathering someone: `supporters gathered to protest against X` is no attendance).
    "(?:which |that )?(?:gathered|gathers|brought together|brings together)(?= (?:the |leaders|heads|ministers|representatives|delegates|delegations|more than|over|some|\\d))|with (?:him|her|them) (?:were|was)|accompanying (?:him|her|them) (?:were|was)|also (?:attending|present|in attendance) (?:were|was|are|is)|attended by|joined by|opened by|represented by|with the participation of|(?:attending|present at|taking part in|participating in) (?:the|this) (?:meeting|summit|session|event|conference) (?:were|was|are|is|included)|(?:attending|present) (?:were|was|are|is)",
    "attended",
  ),
];

/** Before a person whose verb comes after: the meeting before them is its object (folded view). */
export const RELATIVE_LEAD = /(?:^|[^a-z])(?:do|which|that|where|ma|noi)\s+(?:[^,.;]{0,50})$/;

/**
 * Between a person (or the last of a list) and a meeting: they were there (folded view). Group 1
 * is set when they spoke. `(C)` and an appositive title may stand after the name.
 */
export const PRESENT_AT =
  /^(?:\s*\([^)]{0,24}\))?(?:,[^,.;]{0,80},)?\s*(?:(?:(speaks|spoke|speaking|said|says|addresses|addressed|delivers (?:a |his |her )?(?:speech|remarks)|phat bieu|cho biet|khang dinh|nhan manh)|(?:pose[sd]?|posing) for (?:a )?(?:group |family )?(?:photo|picture)|(?:is|are|was|were) (?:seen|pictured)|chup anh(?: chung| luu niem)?)\s+)?(?:at|tai|during)\s+(?:the\s+|cac\s+|an?\s+)?(?:(?:le|phien)\s+(?:khai|be)\s+mac\s+|(?:opening|closing)(?:\s+(?:ceremony|session|plenary))?\s+of\s+(?:the\s+)?)?$/;

/**
 * Words placing a clause at a meeting, right before its name (folded view): `Tại Hội nghị X, Bộ
 * trưởng Y khẳng định`, `Speaking at the X, Y said`, `Nhân dịp dự X, …` make Y a participant.
 */
export const PLACED_AT =
  /(?:^|[^a-z])(?:phat bieu(?: khai mac| be mac)? tai|trong (?:bai )?phat bieu tai|tai|ben le|trong khuon kho|(?:nhan dip|trong thoi gian|khi|trong dip|de) (?:tham )?du|nhan dip|speaking at|addressing|in (?:his|her) (?:remarks|speech|address) (?:at|to)|at|during|on the sidelines of|(?:while|when|after|before)? ?attending)\s+(?:cac\s+|phien\s+|the\s+)?(?:(?:phien|le)\s+(?:khai|be)\s+mac\s+|(?:opening|closing)(?:\s+(?:ceremony|session|plenary))?\s+of\s+(?:the\s+)?)?$/;

/** A verb of speech right after a person's name (then the person spoke, not only attended). */
export const SPEECH_VERB =
  /^[^.;]{0,40}?(?:khang dinh|nhan manh|cho biet|de nghi|de xuat|keu goi|bay to|phat bieu|chia se|said|says|stressed|emphasi[sz]ed|called|urged|noted|told|highlighted|proposed|underlined|reaffirmed|affirmed|expressed|pointed out|spoke)/;

/** Words before an action's verb that make it planned, not done (folded view). */
export const PLANNED_MARKER =
  /(?:^|[^a-z])(?:se|du kien|huong toi|muc tieu|ke hoach|chuan bi|mong muon|tien toi|huong den|kha nang|phan dau|de som|som|will|would|to be|expected to|expects to|aim|aims|aimed|aiming|plan|plans|planned|set to|hope|hopes|towards?|targets?|targeting|intend|intends|seek|seeks|seeking|agreed to|looks? forward to|can|could|should|must)(?:[^a-z]|$)/;
