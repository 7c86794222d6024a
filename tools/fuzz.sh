#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) into build-fuzz/ with clang,
# ASan and UBSan, and runs each for SECONDS (default 60).
#   tools/fuzz.sh [SECONDS] [TARGET...]     TARGET: fuzz_loader, fuzz_plan, fuzz_csv_import, fuzz_fmt
# The seed corpus is made from examples/, a few files of models/ and the
# hostile corpus (tests/hostile/); what the fuzzer finds is kept in
# build-fuzz/corpus/TARGET/ between runs. A crash leaves its input in
# build-fuzz/artifacts/ and makes the script fail: turn it into a
# regression case (tests/hostile/ or a unit test) once fixed, and keep the
# input in tests/fuzz/regressions/TARGET/ (run first on every fuzz run).
# Environment: FUZZ_JOBS (parallel fuzzing processes per target, default 1);
# FUZZ_BUILD: an existing build folder configured with -DOPGAVESNIT_FUZZ=ON
# to build the targets in instead of build-fuzz/ (CI reuses the sanitizer
# stage's build-asan/ so that it compiles the engine once).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_loader fuzz_plan fuzz_csv_import fuzz_fmt)
jobs=$(nproc 2>/dev/null || echo 2)

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (tools/setup.sh --tests)" >&2; exit 2; }
dir=${FUZZ_BUILD:-build-fuzz}
if [ -z "${FUZZ_BUILD:-}" ]; then
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DOPGAVESNIT_FUZZ=ON -DOPGAVESNIT_BUILD_TESTS=OFF -DOPGAVESNIT_BUILD_TOOLS=OFF >/dev/null
elif ! grep -q "^OPGAVESNIT_FUZZ:BOOL=ON" "$dir/CMakeCache.txt" 2>/dev/null; then
  echo "fuzz: $dir is not a build configured with -DOPGAVESNIT_FUZZ=ON" >&2
  exit 2
fi
cmake --build "$dir" -j "$jobs" --target "${targets[@]}"

# Seed corpus: every input the repository already holds, each as a fuzz
# input (several files joined by the separator of tests/fuzz/fuzz_input.h).
seeds=$dir/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$dir/artifacts"
python3 - "$seeds" <<'PY'
import hashlib, pathlib, sys
out = pathlib.Path(sys.argv[1])
sep = b"\n#%%file\n"
def seed(data):
    if len(data) <= 200_000:
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
root = pathlib.Path(".")
for f in sorted(root.glob("examples/*/*.yaml")):
    seed(f.read_bytes())
mt = root / "models/midtjylland"
small = [mt / n for n in ("region.yaml", "opgaver.yaml", "komponenttyper.yaml",
                          "serviceniveauer.yaml", "scenarier.yaml")]
for f in small:
    seed(f.read_bytes())
seed(sep.join(f.read_bytes() for f in small + [mt / "kommuner/samsoe.yaml"]))
for d in sorted(root.glob("tests/hostile/*/")):
    files = sorted(p for p in d.rglob("*") if p.is_file() and p.name not in ("expect.json", "make.py"))
    if files:
        seed(sep.join(p.read_bytes() for p in files))
for f in sorted(root.glob("tests/golden/**/*.yaml")):
    seed(f.read_bytes())
PY

status=0
for t in "${targets[@]}"; do
  corpus=$dir/corpus/$t
  mkdir -p "$corpus"
  # Inputs that once failed this target (tests/fuzz/regressions/TARGET/):
  # the fuzzer runs them first, so a regression fails at once.
  regressions=()
  [ -d "tests/fuzz/regressions/$t" ] && regressions=("tests/fuzz/regressions/$t")
  echo "fuzz: $t for ${seconds}s" >&2
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
        -dict=tests/fuzz/yaml.dict -artifact_prefix="$dir/artifacts/$t-" -print_final_stats=1)
  if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
    args+=(-fork="${FUZZ_JOBS}" -ignore_crashes=0)
  fi
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$dir/tests/fuzz/$t" "${args[@]}" "$corpus" "$seeds" "${regressions[@]}" 2> "$dir/$t.log" || {
      status=1
      echo "fuzz: $t FAILED; the end of $dir/$t.log:" >&2
      tail -n 60 "$dir/$t.log" >&2
    }
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" "$dir/$t.log" >&2 || true
done
exit $status
