#!/usr/bin/env bash
# Runs a local moto server (an AWS-compatible endpoint) with SigV4 verification on, for the integration tests.
#
#   scripts/moto.sh start   installs moto into .venv if needed, starts it on a free loopback port, creates
#                           an IAM user with an access key (and a role in a second account), switches
#                           signature verification on and writes the settings to .moto/env
#   scripts/moto.sh stop    stops the server started by `start`
#   scripts/moto.sh env     prints the settings as `export` lines: eval "$(scripts/moto.sh env)"
#
# MOTO_STATE_DIR (default .moto) and MOTO_VENV (default .venv) relocate the state and the virtualenv, so that
# two runs can each have their own server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${MOTO_STATE_DIR:-$ROOT/.moto}"
VENV="${MOTO_VENV:-$ROOT/.venv}"
PID_FILE="$STATE_DIR/server.pid"
ENV_FILE="$STATE_DIR/env"
LOG_FILE="$STATE_DIR/server.log"

# Exact versions, known to work together: moto's server needs flask and flask-cors, the bootstrap needs boto3.
PINS=(
  'moto[ec2,sns,sts,sqs,iam,dynamodb]==5.2.5'
  'flask==3.1.3'
  'flask-cors==6.0.5'
  'werkzeug==3.1.9'
  'boto3==1.44.8'
  'botocore==1.44.8'
)

log() { echo "moto.sh: $*" >&2; }

ensure_venv() {
  local marker="$VENV/.health-remediation-pins"
  if [[ -x "$VENV/bin/moto_server" && -f "$marker" && "$(cat "$marker")" == "${PINS[*]}" ]]; then
    return
  fi
  log "installing ${PINS[*]} into $VENV"
  [[ -x "$VENV/bin/python" ]] || python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}"
  printf '%s' "${PINS[*]}" >"$marker"
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

free_port() {
  "$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  if running_pid >/dev/null && [[ -f "$ENV_FILE" ]]; then
    log "already running (pid $(cat "$PID_FILE"))"
    return
  fi
  stop_server
  ensure_venv
  mkdir -p "$STATE_DIR"
  rm -f "$ENV_FILE"

  local port endpoint
  port="$(free_port)"
  endpoint="http://127.0.0.1:$port"
  # setsid puts the server in its own process group, so that `stop` can end it and anything it spawned.
  setsid "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"

  local attempt
  for attempt in $(seq 1 150); do
    if curl -sf -o /dev/null "$endpoint/moto-api/data.json"; then break; fi
    if ! running_pid >/dev/null; then
      log "moto_server exited; its log:"
      cat "$LOG_FILE" >&2
      exit 1
    fi
    if [[ "$attempt" == 150 ]]; then
      log "moto_server did not answer on $endpoint within 30 s"
      stop_server
      exit 1
    fi
    sleep 0.2
  done

  local settings
  if ! settings="$("$VENV/bin/python" "$ROOT/scripts/moto_bootstrap.py" "$endpoint")"; then
    log "bootstrap failed"
    stop_server
    exit 1
  fi
  # From the next request on, every request must carry a valid signature of a known key.
  if ! curl -sf -o /dev/null -X POST -H 'Content-Type: text/plain' --data-binary 0 \
    "$endpoint/moto-api/reset-auth"; then
    log "could not switch signature verification on"
    stop_server
    exit 1
  fi

  umask 077
  {
    echo "MOTO_ENDPOINT=$endpoint"
    echo "$settings"
  } >"$ENV_FILE"
  log "running on $endpoint (pid $(cat "$PID_FILE")), settings in $ENV_FILE"
}

stop_server() {
  local pid
  if pid="$(running_pid)"; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local attempt
    for attempt in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PID_FILE" "$ENV_FILE"
}

print_env() {
  if [[ ! -f "$ENV_FILE" ]]; then
    log "not running: run '$0 start' first"
    exit 1
  fi
  sed -e 's/^/export /' "$ENV_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop_server ;;
  env) print_env ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
