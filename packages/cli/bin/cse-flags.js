#!/usr/bin/env node
// The `cse-flags` command; its code is built into dist/. This file is committed, not built,
// so it exists when a workspace is installed before its first build and pnpm can link it.
import "../dist/bin.js";
