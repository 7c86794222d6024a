# The benchmark suite on tiny models (a few seconds), so that it cannot rot:
# the generator's models must validate with --werror, and every benchmark
# (risk on a model with ranges too) and the summary must run.
set -euo pipefail
out=$(tools/bench.sh --smoke 2>&1) || { printf '%s\n' "$out" >&2; echo "bench smoke: failed" >&2; exit 1; }
printf '%s\n' "$out" | grep -q "== targets" || { printf '%s\n' "$out" >&2; echo "bench smoke: no summary" >&2; exit 1; }
printf '%s\n' "$out" | grep -q "== risk targets" || { printf '%s\n' "$out" >&2; echo "bench smoke: no risk summary" >&2; exit 1; }
# The generator is deterministic: the same arguments give the same bytes.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tools/gen-model --out "$tmp/a" --municipalities 3 --components 50 --seed 7
python3 tools/gen-model --out "$tmp/b" --municipalities 3 --components 50 --seed 7
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "bench smoke: tools/gen-model is not deterministic" >&2; exit 1; }
build/tools/opgavesnit validate --werror "$tmp/a" >/dev/null
# Other shapes stay valid too.
python3 tools/gen-model --out "$tmp/c" --municipalities 4 --components 60 --levels 6 --scenarios 5 \
  --deps 8 --cross 0.3 --cycles 0.2 --pins 0.2 --spread 0 --seed 3
build/tools/opgavesnit validate --werror "$tmp/c" >/dev/null
# And the economy beyond one year (organisation, dated common costs, ownership).
python3 tools/gen-model --out "$tmp/d" --municipalities 3 --components 50 --economy --seed 5
build/tools/opgavesnit validate --werror "$tmp/d" >/dev/null
echo "bench smoke: ok" >&2
