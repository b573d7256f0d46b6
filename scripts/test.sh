#!/usr/bin/env bash
# The project's test command: starts a moto server with SigV4 verification on, runs the whole `swift test`
# against it (extra arguments are passed through), and stops the server on any exit, also when tests fail.
#
#   scripts/test.sh                       # every test, integration suites included
#   scripts/test.sh --filter EC2          # a subset
#
# HEALTH_REMEDIATION_REQUIRE_MOTO=1 makes the integration suites fail rather than skip if the server is
# missing, so a broken set-up cannot pass silently.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

# A state directory of its own, so that this run starts and stops its own server; removed afterwards only
# when this script chose it.
if [[ -z "${MOTO_STATE_DIR:-}" ]]; then
  export MOTO_STATE_DIR="$ROOT/.moto/test-$$"
  OWN_STATE_DIR=1
else
  export MOTO_STATE_DIR
  OWN_STATE_DIR=0
fi
cleanup() {
  bash "$ROOT/scripts/moto.sh" stop
  if [[ "$OWN_STATE_DIR" == 1 ]]; then rm -rf "$MOTO_STATE_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! bash "$ROOT/scripts/moto.sh" start; then
  echo "test.sh: could not start moto" >&2
  exit 1
fi
eval "$(bash "$ROOT/scripts/moto.sh" env)"
export HEALTH_REMEDIATION_REQUIRE_MOTO=1

swift test "$@"
status=$?
exit "$status"
