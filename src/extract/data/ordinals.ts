/**
 * Ordinal words that give a meeting's edition number: `lần thứ tư` = 4, `lần đầu tiên` = 1,
 * `the first` = 1. Vietnamese forms are folded (see foldText), as edition numbers are read on
 * the folded view; English forms are lower case.
 */
export const VI_ORDINALS: Readonly<Record<string, number>> = {
  nhat: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  "muoi mot": 11,
  "muoi hai": 12,
  "muoi ba": 13,
  "muoi bon": 14,
  "muoi tu": 14,
  "muoi lam": 15,
  "muoi nam": 15,
  "muoi sau": 16,
  "muoi bay": 17,
  "muoi tam": 18,
  "muoi chin": 19,
  "hai muoi": 20,
  ...viCompoundOrdinals(),
};

/** `lần thứ năm mươi tám` = 58: tens 20–90, then a unit word (`mốt`, `tư` and `lăm` as spoken). */
function viCompoundOrdinals(): Record<string, number> {
  const tens: Record<string, number> = { hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
  const units: Record<string, number> = {
    mot: 1,
    hai: 2,
    ba: 3,
    bon: 4,
    tu: 4,
    lam: 5,
    nam: 5,
    sau: 6,
    bay: 7,
    tam: 8,
    chin: 9,
  };
  const out: Record<string, number> = {};
  for (const [ten, t] of Object.entries(tens)) {
    out[`${ten} muoi`] = t * 10;
    for (const [unit, u] of Object.entries(units)) out[`${ten} muoi ${unit}`] = t * 10 + u;
  }
  return out;
}

/** `lần đầu tiên`, `đầu tiên`: the first edition. Folded. */
export const VI_FIRST = ["lan dau tien", "dau tien"] as const;

export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  inaugural: 1,
  ...compoundOrdinals(),
};

/** `twenty-first`, `Twenty Ninth`, … `sixty-ninth`: with a hyphen or a space. */
function compoundOrdinals(): Record<string, number> {
  const tens = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
  const units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
  const out: Record<string, number> = {};
  for (const [ten, value] of Object.entries(tens)) {
    units.forEach((unit, i) => {
      out[`${ten}-${unit}`] = value + i + 1;
      out[`${ten} ${unit}`] = value + i + 1;
    });
  }
  return out;
}
