import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { startService } from "../main.ts";

/** `seedgraph serve`: runs until SIGINT/SIGTERM, then shuts down in order. */
export async function runServe(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { format: config.logFormat });
  const service = await startService(config, logger);
  process.stdout.write(`seedgraph: GraphiQL at ${service.url}\n`);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      logger.info(`${signal}: shutting down`);
      resolve();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
  await service.stop();
  return 0;
}
