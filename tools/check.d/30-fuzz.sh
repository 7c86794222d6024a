#!/usr/bin/env bash
# A short fuzz run of each libFuzzer target (tests/fuzz/), seeded from the
# repository's models and the hostile corpus: a crash, sanitizer report,
# leak or input slower than 10 s fails CI. FUZZ_SECONDS per target
# (default 30). Longer runs: tools/fuzz.sh 600.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The targets are built in the sanitizer stage's build-asan/ (clang, ASan,
# UBSan, -fsanitize=fuzzer-no-link), which 20-sanitizers.sh configured.
FUZZ_BUILD=build-asan tools/fuzz.sh "${FUZZ_SECONDS:-30}"
