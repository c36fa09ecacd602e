#!/usr/bin/env node
// The build's last step (after tsc): compile what the generator compiles from its own
// TypeScript (runtime, node host, page script, module templates) into dist/generator-assets.json,
// so that generate, sync and eval never load the TypeScript compiler. See src/emit/generator-assets.ts.
import { writeGeneratorAssets } from "../dist/src/emit/generator-assets.js";

process.stdout.write(`vllm-envs: wrote ${writeGeneratorAssets()}\n`);
