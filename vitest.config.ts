import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default is one worker fewer than the CPUs: a single worker on a 2-CPU machine, which
    // left a CPU idle while python3, Chromium and CLI children run. Test files are independent.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ["test/support/global-setup.ts"],
  },
});
