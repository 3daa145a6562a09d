/**
 * Advisory lock that serialises saves (story assignment) across instances and connections;
 * removals (`markRemoved`) take it too. This is its one definition: the save function in
 * save-article.sql names it as a placeholder that the migration runner fills in from
 * {@link SQL_CONSTANTS} before applying the file, so the function holds the number itself.
 * Read in hex, it spells "seed story".
 */
export const STORY_LOCK_KEY = 0x5eed_5707;

/**
 * The constants the SQL files of this folder may name, written `{{NAME}}` there: the migration
 * runner (src/db/migrate.ts, readRepeatables) puts each one's value in before the file is hashed
 * and applied, so a changed value re-applies the file. Integers only: a value is written into SQL
 * as it is.
 */
export const SQL_CONSTANTS: Readonly<Record<string, number>> = Object.freeze({ STORY_LOCK_KEY });
