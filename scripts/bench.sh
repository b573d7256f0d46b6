#!/usr/bin/env bash
# Measures HealthRemediation's speed figures against their peers, in one run, and prints one table:
#   figure | ours | peer | ratio | goal | met?
#
#   SHA-256 of 1 MiB          ours vs `openssl speed -bytes 1048576 sha256`   goal: ratio >= 0.2
#   SigV4 signing (EC2 POST)  ours vs botocore SigV4Auth.add_auth             goal: ratio >= 20
#
# All figures are CPU time of the measuring thread (openssl speed's default) and the best of several
# repetitions, so that a busy machine disturbs them as little as possible.
#
# Usage: scripts/bench.sh [--quick]
#   --quick   tiny iteration counts: checks that everything runs (for CI); the figures mean nothing.
#
# A figure that misses its goal, or a peer that cannot be measured, is reported in the table and never
# makes the script fail; only a failure to build the benchmark does.
set -uo pipefail

QUICK=0
for argument in "$@"; do
  case "$argument" in
    --quick) QUICK=1 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $argument" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
BOTOCORE_VERSION="1.44.8"
VENV="$ROOT/.venv-bench"
LOG="$(mktemp -t bench.XXXXXX)"
trap 'rm -f "$LOG"' EXIT

if [[ $QUICK == 1 ]]; then
  SCALE=0.01 OPENSSL_SECONDS=1 OPENSSL_RUNS=1 BOTO_ITERATIONS=20 BOTO_REPETITIONS=1
else
  SCALE=1 OPENSSL_SECONDS=2 OPENSSL_RUNS=3 BOTO_ITERATIONS=2000 BOTO_REPETITIONS=10
fi

echo "== building the benchmark (release)" >&2
if ! swift build -c release --product health-remediation-bench >"$LOG" 2>&1; then
  cat "$LOG" >&2
  echo "error: the benchmark does not build" >&2
  exit 1
fi
BENCH="$(swift build -c release --show-bin-path)/health-remediation-bench"

# --- peers -------------------------------------------------------------------------------------------

# openssl speed prints "sha256  <k>k" with k = thousands of bytes per second; best of OPENSSL_RUNS.
OPENSSL_MBPS=""
if command -v openssl >/dev/null 2>&1; then
  echo "== openssl speed sha256 (${OPENSSL_RUNS} x ${OPENSSL_SECONDS}s)" >&2
  for _ in $(seq "$OPENSSL_RUNS"); do
    value="$(openssl speed -bytes 1048576 -seconds "$OPENSSL_SECONDS" sha256 2>/dev/null |
      awk '$1 == "sha256" { sub(/k$/, "", $2); printf "%.3f", $2 / 1000 }')"
    if [[ -n $value ]] && awk -v v="$value" -v b="${OPENSSL_MBPS:-0}" 'BEGIN { exit !(v > b) }'; then
      OPENSSL_MBPS="$value"
    fi
  done
fi

BOTOCORE_RATE=""
echo "== botocore ${BOTOCORE_VERSION} SigV4Auth.add_auth" >&2
if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV" >"$LOG" 2>&1 || cat "$LOG" >&2
fi
if [[ -x "$VENV/bin/python" ]]; then
  if ! "$VENV/bin/python" -c "import botocore, sys; sys.exit(botocore.__version__ != '$BOTOCORE_VERSION')" 2>/dev/null; then
    "$VENV/bin/pip" install --quiet "botocore==$BOTOCORE_VERSION" >"$LOG" 2>&1 || cat "$LOG" >&2
  fi
  BOTOCORE_RATE="$("$VENV/bin/python" Benchmarks/botocore_sigv4.py --iterations "$BOTO_ITERATIONS" \
    --repetitions "$BOTO_REPETITIONS" 2>"$LOG" | awk -F'\t' '$1 == "RESULT" { print $3 }')"
  [[ -n $BOTOCORE_RATE ]] || cat "$LOG" >&2
fi

# --- ours --------------------------------------------------------------------------------------------

echo "== health-remediation-bench --iterations-scale $SCALE" >&2
OURS="$("$BENCH" --iterations-scale "$SCALE" 2>"$LOG")" || cat "$LOG" >&2
ours() { awk -F'\t' -v figure="$1" '$1 == "RESULT" && $2 == figure { print $3 }' <<<"$OURS"; }

# --- table -------------------------------------------------------------------------------------------

ROWS=()
# row FIGURE OURS PEER_NAME PEER_VALUE GOAL_RATIO (GOAL_RATIO "-" for figures without a goal)
row() {
  local figure="$1" mine="$2" peer_name="$3" peer="$4" goal="$5" ratio="n/a" met="-"
  if [[ -n $mine && -n $peer ]]; then
    ratio="$(awk -v a="$mine" -v b="$peer" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
  fi
  if [[ $goal != "-" ]]; then
    if [[ $ratio == "n/a" ]]; then
      met="unknown"
    else
      met="$(awk -v r="$ratio" -v g="$goal" 'BEGIN { print (r >= g) ? "yes" : "NO" }')"
    fi
    goal=">= ${goal}x"
  fi
  [[ -n $mine ]] && mine="$(awk -v v="$mine" 'BEGIN { printf "%.1f", v }')"
  [[ -n $peer ]] && peer="$(awk -v v="$peer" 'BEGIN { printf "%.1f", v }')"
  ROWS+=("$figure|${mine:-n/a}|${peer_name} ${peer:-n/a}|${ratio}|${goal}|${met}")
}

row "SHA-256 1 MiB (MB/s)" "$(ours sha256_1mib_mbps)" "openssl" "$OPENSSL_MBPS" 0.2
row "SigV4 sign EC2 POST (signs/s)" "$(ours sigv4_ec2_signs_per_second)" "botocore" "$BOTOCORE_RATE" 20
row "  same, new signer each (signs/s)" "$(ours sigv4_ec2_fresh_signer_signs_per_second)" "botocore" "$BOTOCORE_RATE" "-"

echo
[[ $QUICK == 1 ]] && echo "(--quick: tiny counts, the figures below only show that everything runs)"
{
  echo "figure|ours|peer|ratio|goal|met?"
  printf '%s\n' "${ROWS[@]}"
} | awk -F'|' '
  { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } rows = NR; cols = NF }
  END {
    for (r = 1; r <= rows; r++) {
      line = ""
      for (i = 1; i <= cols; i++) {
        value = cell[r, i]
        line = line sprintf("%-" width[i] "s", value) (i < cols ? "  " : "")
      }
      print line
      if (r == 1) { sep = ""; for (i = 1; i <= cols; i++) { s = sprintf("%" width[i] "s", ""); gsub(/ /, "-", s); sep = sep s (i < cols ? "  " : "") } print sep }
    }
  }'
exit 0
