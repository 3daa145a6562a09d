/** One known person (data/people.ts, data/people-officials.ts) and the helper both tables are written with. */
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

/** An entry: canonical name, country, then the other spellings, short forms and roles. */
export const p = (
  name: string,
  country: string | null,
  aliases: readonly string[] = [],
  shortForms: readonly string[] = [],
  roles: readonly string[] = [],
): PersonEntry => ({ name, country, aliases, shortForms, roles });
