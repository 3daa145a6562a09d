/** Raw SQL access below Prisma, used by the migration runner and by searches Prisma cannot say. */
export interface SqlExecutor {
  /** One parameterised statement. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A script of several statements, no parameters. */
  exec(script: string): Promise<void>;
}

export interface SqlRunner extends SqlExecutor {
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}
