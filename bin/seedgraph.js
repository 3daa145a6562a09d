#!/usr/bin/env -S node --max-semi-space-size=64 --no-regexp-tier-up
// Runs the TypeScript command line through tsx's loader (the project ships no build step), with
// the young generation `npm start` gives the service (package.json; see the README's performance
// section: a quarter less CPU per nested query).
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
