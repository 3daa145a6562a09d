import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

const run = promisify(execFile);

describe("the example client", () => {
  const served = useTestService();

  it("runs every example query against a server and prints the results", async () => {
    const client = path.join(REPO_ROOT, "examples/client.ts");
    const { stdout } = await run(process.execPath, ["--import", "tsx", client, served.url], {
      cwd: REPO_ROOT,
    });
    expect(stdout).toContain("== meeting AMM-58");
    expect(stdout).toContain("3 articles");
    expect(stdout).toMatch(/ASEAN_PLUS_ONE-JP-FM-2025 \(foreign_ministers, 2025-07-10\)/);
    expect(stdout).toContain("cited by 3 articles");
    expect(stdout).toContain("Sergey Lavrov (RU)");
    expect(stdout).toMatch(/most cited agreements: AJCEP \(3\), AKFTA \(3\), DEFA \(2\)/);
    expect(stdout).toMatch(/most cited initiatives: APG \(2\), ABMI \(1\), AZEC \(1\)/);
    expect(stdout).toContain("trade_value ASEAN-US: more_than 450000000000 USD, 2 source(s)");
    expect(stdout).toMatch(
      /« 20 triệu USD » in 001_83f2f5ee3d553817\.txt, reported at ASEAN_PLUS_ONE-KR-FM-2025/,
    );
    expect(stdout).toMatch(/Marco Rubio \(spoke, Secretary of State\), 2 report\(s\)/);
    expect(stdout).toMatch(
      /2025-10 {2}signed \(planned\) at ASEAN_SUMMIT-LEADERS-2025: « .*ký kết Nghị định thư/,
    );
    expect(stdout).toMatch(/Sergey Lavrov \(RU\).*took part in: ASEAN_PLUS_ONE-RU-FM-2025 \(spoke\)/);
    // The sentences naming a person, in each article's spelling, and those citing an agreement.
    expect(stdout).toMatch(/« Sergei Lavrov » in « .*Bộ trưởng Ngoại giao Nga Sergei Lavrov/);
    expect(stdout).toMatch(/« Đáng chú ý, cuộc họp với đối tác Hàn Quốc .* » \(000_b85c5de12b388afb\.txt\)/);
  });

  it("fails with a message when the server is not there", async () => {
    const client = path.join(REPO_ROOT, "examples/client.ts");
    const failed = await run(process.execPath, ["--import", "tsx", client, "http://127.0.0.1:9/graphql"], {
      cwd: REPO_ROOT,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^example client: /);
  });
});
