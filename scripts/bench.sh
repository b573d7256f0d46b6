#!/usr/bin/env bash
# Measures HealthRemediation's speed figures against their peers and goals, in one run, and prints one
# table: figure | ours | peer | ratio | goal | met?
#
#   SHA-256 of 1 MiB           ours vs `openssl speed -bytes 1048576 sha256`        goal: ratio >= 0.2
#   SigV4 signing (EC2 POST)   ours vs botocore SigV4Auth.add_auth                  goal: ratio >= 20
#   event processing           the sample event, and per instance at 1,000          goal: <= 20 us
#   end to end (workshop)      release CLI vs boto3 workshop_baseline.py on moto    goal: >= 8x faster,
#                              process start to exit, median of 9 runs each               <= 1/3 peak RSS
#   scale (1,000 instances,    wall time vs the critical path x 50 ms per call      goal: <= 1.5x
#    4 regions, 50 ms/call)    API calls vs the minimum                             goal: = minimum
#
# Throughput figures are CPU time of the measuring thread (openssl speed's default), best of several
# repetitions; end-to-end and scale figures are wall time, medians. Documentation/Performance.md explains
# each figure and records a full run.
#
# Usage: scripts/bench.sh [--quick]
#   --quick   tiny iteration counts and one end-to-end run each: checks that everything runs (for CI);
#             the figures mean nothing.
#
# A figure that misses its goal, or a peer that cannot be measured, is reported in the table and never
# makes the script fail. It exits 1 when something of ours fails to build or run: the benchmark binary,
# a benchmark section whose remediation did the wrong thing, or a failed end-to-end run of the CLI.
#
# The binaries are built as they are shipped (scripts/package-lambda.sh): release, with the Swift
# runtime and Foundation linked statically (--static-swift-stdlib, which needs libcurl and libxml2
# development files); without those it falls back to a dynamically linked build and says so.
set -uo pipefail

QUICK=0
for argument in "$@"; do
  case "$argument" in
    --quick) QUICK=1 ;;
    -h | --help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown argument: $argument" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
VENV="${MOTO_VENV:-$ROOT/.venv}"
LOG="$(mktemp -t bench.XXXXXX)"
# The end-to-end figures get a moto server of their own, stopped and removed on any exit.
export MOTO_STATE_DIR
MOTO_STATE_DIR="$(mktemp -d -t bench-moto.XXXXXX)"
cleanup() {
  bash "$ROOT/scripts/moto.sh" stop >/dev/null 2>&1
  rm -rf "$MOTO_STATE_DIR" "$LOG"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $QUICK == 1 ]]; then
  SCALE=0.01 OPENSSL_SECONDS=1 OPENSSL_RUNS=1 BOTO_ITERATIONS=20 BOTO_REPETITIONS=1 E2E_RUNS=1 E2E_WARMUP=0
else
  SCALE=1 OPENSSL_SECONDS=2 OPENSSL_RUNS=3 BOTO_ITERATIONS=2000 BOTO_REPETITIONS=10 E2E_RUNS=9 E2E_WARMUP=1
fi
FAILURES=()

# --- build -------------------------------------------------------------------------------------------

build() {
  local flags=("$@")
  swift build -c release "${flags[@]}" --product health-remediation-bench >"$LOG" 2>&1 &&
    swift build -c release "${flags[@]}" --product health-remediate >>"$LOG" 2>&1
}
LINKING="static Swift runtime"
echo "== building the benchmark and the CLI (release, --static-swift-stdlib)" >&2
if build --static-swift-stdlib; then
  BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)"
else
  echo "   the static build failed (see below); building with the shared Swift runtime instead" >&2
  tail -5 "$LOG" >&2
  LINKING="shared Swift runtime"
  if ! build; then
    cat "$LOG" >&2
    echo "error: the benchmark does not build" >&2
    exit 1
  fi
  BIN="$(swift build -c release --show-bin-path)"
fi
BENCH="$BIN/health-remediation-bench"
CLI="$BIN/health-remediate"

# --- moto and its virtualenv (boto3 and botocore for the peers) ---------------------------------------

MOTO_UP=0
echo "== starting a moto server" >&2
if bash scripts/moto.sh start >"$LOG" 2>&1; then
  MOTO_UP=1
  eval "$(bash scripts/moto.sh env)"
else
  cat "$LOG" >&2
  echo "   moto could not be started: no end-to-end figures" >&2
fi

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
if [[ -x "$VENV/bin/python" ]]; then
  echo "== botocore SigV4Auth.add_auth" >&2
  BOTOCORE_RATE="$("$VENV/bin/python" Benchmarks/botocore_sigv4.py --iterations "$BOTO_ITERATIONS" \
    --repetitions "$BOTO_REPETITIONS" 2>"$LOG" | awk -F'\t' '$1 == "RESULT" { print $3 }')"
  [[ -n $BOTOCORE_RATE ]] || cat "$LOG" >&2
fi

# --- ours --------------------------------------------------------------------------------------------

echo "== health-remediation-bench --iterations-scale $SCALE" >&2
OURS="$("$BENCH" --iterations-scale "$SCALE" 2>"$LOG")"
status=$?
if [[ $status != 0 ]]; then
  cat "$LOG" >&2
  FAILURES+=("health-remediation-bench exited $status")
fi
while IFS=$'\t' read -r _ section reason; do
  FAILURES+=("benchmark section $section: $reason")
done < <(awk -F'\t' '$1 == "FAILED"' <<<"$OURS")

E2E=""
if [[ $MOTO_UP == 1 ]]; then
  echo "== end to end on moto: $E2E_RUNS runs of each, alternating (after $E2E_WARMUP warm-up)" >&2
  E2E="$("$VENV/bin/python" Benchmarks/end_to_end.py --cli "$CLI" --runs "$E2E_RUNS" --warmup "$E2E_WARMUP")"
  status=$?
  [[ $status == 0 ]] || FAILURES+=("Benchmarks/end_to_end.py exited $status")
  while IFS=$'\t' read -r _ program reason; do
    if [[ $program == ours ]]; then
      FAILURES+=("end-to-end run of the CLI: $reason")
    else
      echo "   the boto3 peer failed a run: $reason" >&2
    fi
  done < <(awk -F'\t' '$1 == "FAILED"' <<<"$E2E")
fi

# --- table -------------------------------------------------------------------------------------------

figure() { awk -F'\t' -v figure="$1" '$1 == "RESULT" && $2 == figure { print $3 }' <<<"$OURS"$'\n'"$E2E"; }
number() {
  [[ -z $1 ]] && return
  awk -v v="$1" 'BEGIN {
    if (v == int(v)) printf "%d", v; else if (v >= 1000) printf "%.0f", v; else if (v < 10) printf "%.2f", v
    else printf "%.1f", v }'
}

ROWS=()
# row LABEL OURS PEER_NAME PEER RATIO GOAL_OP GOAL
#   RATIO: ours/peer, peer/ours, or none (the goal then applies to OURS itself)
#   GOAL_OP: >=, <=, = or - (no goal)
row() {
  local label="$1" mine="$2" peer_name="$3" peer="$4" kind="$5" op="$6" goal="$7"
  local ratio="n/a" met="-" subject goal_text
  if [[ -n $mine && -n $peer ]]; then
    case "$kind" in
      ours/peer) ratio="$(awk -v a="$mine" -v b="$peer" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')" ;;
      peer/ours) ratio="$(awk -v a="$peer" -v b="$mine" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')" ;;
    esac
  fi
  if [[ $kind == none ]]; then subject="$mine" goal_text="$op $goal"; else subject="$ratio" goal_text="$op ${goal}x"; fi
  if [[ $op == "-" ]]; then
    goal_text="-"
  elif [[ -z $subject || $subject == "n/a" ]]; then
    met="unknown"
  else
    met="$(awk -v s="$subject" -v g="$goal" -v op="$op" 'BEGIN {
      ok = (op == ">=") ? s >= g : (op == "<=") ? s <= g : (s == g); print ok ? "yes" : "NO" }')"
  fi
  local shown_peer="-"
  [[ -n $peer_name ]] && shown_peer="$peer_name $(number "$peer")"
  [[ -n $peer_name && -z $peer ]] && shown_peer="$peer_name n/a"
  mine="$(number "$mine")"
  ROWS+=("$label|${mine:-n/a}|${shown_peer}|${ratio}|${goal_text}|${met}")
}

row "SHA-256 1 MiB (MB/s)" "$(figure sha256_1mib_mbps)" "openssl" "$OPENSSL_MBPS" ours/peer ">=" 0.2
row "SigV4 sign EC2 POST (signs/s)" "$(figure sigv4_ec2_signs_per_second)" "botocore" "$BOTOCORE_RATE" \
  ours/peer ">=" 20
row "  same, new signer each (signs/s)" "$(figure sigv4_ec2_fresh_signer_signs_per_second)" "botocore" \
  "$BOTOCORE_RATE" ours/peer - -
# Event processing rows appear once the benchmark binary has the `events` section.
if [[ -n "$(figure event_sample_us)" ]]; then
  row "Event: sample event (us)" "$(figure event_sample_us)" "" "" none "<=" 20
fi
if [[ -n "$(figure event_1000_instances_us_per_instance)" ]]; then
  row "Event: per instance at 1,000 (us)" "$(figure event_1000_instances_us_per_instance)" "" "" none "<=" 20
fi
row "E2E workshop: wall, start to exit (ms)" "$(figure e2e_ours_wall_ms)" "boto3" "$(figure e2e_peer_wall_ms)" \
  peer/ours ">=" 8
row "E2E workshop: peak RSS (MiB)" "$(figure e2e_ours_peak_rss_mib)" "boto3" "$(figure e2e_peer_peak_rss_mib)" \
  ours/peer "<=" 0.33
row "Scale 1,000 inst./4 regions: wall (ms)" "$(figure scale_wall_ms)" "bound" "$(figure scale_lower_bound_ms)" \
  ours/peer "<=" 1.5
row "  CPU time, all threads (ms)" "$(figure scale_cpu_ms)" "" "" none - -
row "Scale: API calls" "$(figure scale_api_calls)" "minimum" "$(figure scale_minimum_api_calls)" ours/peer "=" 1
row "  DescribeInstances" "$(figure scale_describe_calls)" "minimum" "$(figure scale_minimum_describe_calls)" \
  ours/peer "=" 1
row "  StopInstances" "$(figure scale_stop_calls)" "minimum" "$(figure scale_minimum_stop_calls)" ours/peer "=" 1
row "  Publish" "$(figure scale_publish_calls)" "minimum" "$(figure scale_minimum_publish_calls)" ours/peer "=" 1

echo
[[ $QUICK == 1 ]] && echo "(--quick: tiny counts, the figures below only show that everything runs)"
echo "($(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), binaries with the $LINKING)"
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

if [[ ${#FAILURES[@]} -gt 0 ]]; then
  echo
  echo "FAILED (something of ours did not run correctly; figures above exclude it):"
  printf '  - %s\n' "${FAILURES[@]}"
  exit 1
fi
exit 0
