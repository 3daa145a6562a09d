/**
 * News outlets and the signatures they open leads with (`TTO - …`), used to recognise an
 * outlet's dateline and a bare `(Reuters)` closing an article. The source recorded is always
 * spelled as the text spells it.
 */
export interface Outlet {
  /** The outlet as Vietnamese readers name it. */
  name: string;
  /** Other names the outlet goes by in bylines and source lines. */
  aliases?: readonly string[];
  /** Signatures that open the outlet's leads without brackets (`TTO - Ngày …`). */
  datelines?: readonly string[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: "Tiền Phong" },
  { name: "SGGP", datelines: ["SGGPO", "SGGP"] },
  { name: "TTXVN", aliases: ["VNA", "Vietnam News Agency"] },
  { name: "Báo Tin tức" },
  { name: "VietnamPlus", datelines: ["Vietnam+"] },
  { name: "Báo Quốc tế", aliases: ["Baoquocte", "Báo Thế giới và Việt Nam"], datelines: ["TG&VN", "WVR"] },
  { name: "Bộ Ngoại giao" },
  { name: "Bộ Công Thương" },
  { name: "Báo Chính phủ", aliases: ["Báo Điện tử Chính phủ"], datelines: ["Chinhphu.vn", "VGP"] },
  { name: "TBTCO", datelines: ["TBTCO"] },
  { name: "Báo Công Thương" },
  { name: "Nhân Dân", datelines: ["NDO"] },
  { name: "Quân đội nhân dân", datelines: ["QĐND"] },
  { name: "Công an nhân dân" },
  { name: "VnExpress" },
  { name: "Tuổi Trẻ", datelines: ["TTO"] },
  { name: "Thanh Niên" },
  { name: "Dân trí" },
  { name: "VietNamNet" },
  { name: "Znews" },
  { name: "Người Lao Động", datelines: ["NLĐO"] },
  { name: "Lao Động" },
  { name: "VOV", datelines: ["VOV.VN", "VOV"] },
  { name: "VTV", datelines: ["VTV.vn", "VTV"] },
  { name: "VnEconomy" },
  { name: "Báo Đầu tư" },
  { name: "Vietnam Investment Review" },
  { name: "Hà Nội Mới" },
  { name: "Đại biểu Nhân dân", datelines: ["ĐBND"] },
  { name: "Kinh tế & Đô thị", datelines: ["Kinhtedothi", "KTĐT"] },
  { name: "Tạp chí Cộng sản" },
  { name: "Viet Nam News", aliases: ["VNS", "Vietnam News"] },
  { name: "ASEAN Secretariat" },
  { name: "Bernama" },
  { name: "The Star" },
  { name: "The Jakarta Post" },
  { name: "The Straits Times" },
  { name: "Reuters" },
  { name: "AFP", aliases: ["Agence France-Presse"] },
  { name: "AP", aliases: ["Associated Press"] },
  { name: "Xinhua" },
  { name: "Kyodo" },
  { name: "Pháp Luật TP.HCM", datelines: ["PLO"] },
  { name: "VTC News", datelines: ["VTC News"] },
  { name: "Nikkei Asia" },
];
