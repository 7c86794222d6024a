#!/usr/bin/env bash
# The whole CTest suite (unit tests, the hostile corpus, the golden tests)
# built with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer
# into build-asan/: any report stops the run with its own exit status,
# which fails the test that saw it.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
# -O1 -g1: half the compile time of -O2 -g with the sanitizers (measured on
# tests/unit/plan_test.cc, before its split: 18 s against 41 s), and assertions stay on.
# Built with clang and OPGAVESNIT_FUZZ (ASan + UBSan, plus the fuzzer's
# coverage hooks, which do nothing outside a fuzz target), so that the next
# stage (30-fuzz.sh) builds its two targets here instead of compiling the
# engine a third time.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="-O1 -g1" -DOPGAVESNIT_FUZZ=ON >/dev/null
# Only what the tests run (the command, the unit tests, the rules-doc check,
# the man page and completion): not the benchmarks.
cmake --build build-asan -j "$jobs" --target opgavesnit opgavesnit_tests opgavesnit-rules-doc \
  opgavesnit_help_docs
# Exit statuses no command returns on its own (0, 1, 2), so that a report in
# a hostile case that expects exit 1 cannot pass unnoticed.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:exitcode=86:abort_on_error=0:detect_stack_use_after_return=1
export LSAN_OPTIONS=exitcode=87
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=88
# determinism only compares outputs (the main build runs it); the hostile
# corpus and the golden tests (cli) run here under LeakSanitizer too.
ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^determinism$'
