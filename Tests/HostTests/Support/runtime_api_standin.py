#!/usr/bin/env python3
"""A loopback stand-in for the AWS Lambda Runtime API, for end-to-end tests of a custom runtime.

It binds 127.0.0.1 on a free port and prints that port alone on the first line of stdout. It hands out the
events given as files, in order, through GET /2018-06-01/runtime/invocation/next, records what the runtime
posts to .../invocation/{id}/response, .../invocation/{id}/error and /runtime/init/error, and exits once
every event has been answered (or after an init error, or at the timeout). The record is written to the
--results file when it exits and can be read at any time through GET /_test/results.

Usage:
  runtime_api_standin.py [--results FILE] [--timeout SECONDS] [--deadline-ms MS]
                         [--function-arn ARN] [--next-delay SECONDS] EVENT_FILE...

Exit status: 0 when every event was answered, 3 after an init error, 2 at the timeout, 1 on bad usage.
Python standard library only.
"""

import argparse
import base64
import json
import os
import sys
import threading
import time
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime"
EXIT_COMPLETE = 0
EXIT_USAGE = 1
EXIT_TIMEOUT = 2
EXIT_INIT_ERROR = 3


class StandIn:
    """The queue of events and the record of answers, shared by the request threads."""

    def __init__(self, events, deadline_ms, function_arn, next_delay):
        self.lock = threading.Condition()
        self.next_delay = next_delay
        self.pending = list(events)  # (name, bytes)
        self.deadline_ms = deadline_ms
        self.function_arn = function_arn
        self.invocations = []  # records in hand-out order
        self.by_request_id = {}
        self.init_error = None
        self.protocol_errors = []
        self.finished = threading.Event()
        self.exit_status = None

    def next_event(self):
        """Blocks until an event is available; returns None once the stand-in is finishing."""
        if self.next_delay > 0:
            time.sleep(self.next_delay)  # an idle function: the long poll must not time out
        with self.lock:
            while not self.pending and not self.finished.is_set():
                self.lock.wait(timeout=0.5)
            if self.finished.is_set() and not self.pending:
                return None
            name, body = self.pending.pop(0)
            request_id = str(uuid.uuid4())
            deadline = int(time.time() * 1000) + self.deadline_ms
            record = {
                "index": len(self.invocations),
                "event": name,
                "requestId": request_id,
                "deadlineMs": deadline,
                "outcome": None,
            }
            self.invocations.append(record)
            self.by_request_id[request_id] = record
            return record, body

    def answer(self, request_id, outcome, headers, body):
        """Records a response or error; returns an (HTTP status, error type, message) problem or None."""
        with self.lock:
            record = self.by_request_id.get(request_id)
            if record is None:
                self.protocol_errors.append(f"{outcome} for unknown request id {request_id!r}")
                return (400, "InvalidRequestID", f"unknown request id {request_id!r}")
            if record["outcome"] is not None:
                self.protocol_errors.append(f"second {outcome} for request id {request_id!r}")
                return (400, "InvalidStateTransition", f"request {request_id!r} was already answered")
            record["outcome"] = outcome
            record.update(describe_body(body))
            if outcome == "error":
                record["errorTypeHeader"] = headers.get("Lambda-Runtime-Function-Error-Type")
                record["error"] = parse_json(body)
            record["contentType"] = headers.get("Content-Type")
            if not self.pending and all(r["outcome"] for r in self.invocations):
                self.finish(EXIT_COMPLETE)
            return None

    def record_init_error(self, headers, body):
        with self.lock:
            self.init_error = {
                "errorTypeHeader": headers.get("Lambda-Runtime-Function-Error-Type"),
                "error": parse_json(body),
                **describe_body(body),
            }
            self.finish(EXIT_INIT_ERROR)

    def finish(self, status):
        with self.lock:
            if self.exit_status is None:
                self.exit_status = status
            self.finished.set()
            self.lock.notify_all()

    def results(self, port):
        with self.lock:
            return {
                "port": port,
                "complete": self.exit_status == EXIT_COMPLETE,
                "timedOut": self.exit_status == EXIT_TIMEOUT,
                "pendingEvents": len(self.pending),
                "invocations": [dict(r) for r in self.invocations],
                "initError": self.init_error,
                "protocolErrors": list(self.protocol_errors),
            }


def describe_body(body):
    return {
        "body": body.decode("utf-8", errors="replace"),
        "bodyBase64": base64.b64encode(body).decode("ascii"),
    }


def parse_json(body):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def make_handler(stand_in):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # keep stdout for the port line only
            sys.stderr.write("standin: " + (format % args) + "\n")

        def send_json(self, status, payload, extra_headers=None):
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (extra_headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def read_body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length > 0 else b""

        def do_GET(self):
            path = urllib.parse.urlsplit(self.path).path
            if path == "/_test/results":
                self.send_json(200, stand_in.results(self.server.server_address[1]))
            elif path == PREFIX + "/invocation/next":
                handed_out = stand_in.next_event()
                if handed_out is None:
                    self.send_json(500, {"errorType": "StandInFinished", "errorMessage": "no more events"})
                    return
                record, body = handed_out
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Lambda-Runtime-Aws-Request-Id", record["requestId"])
                self.send_header("Lambda-Runtime-Deadline-Ms", str(record["deadlineMs"]))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", stand_in.function_arn)
                self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_json(404, {"errorType": "NotFound", "errorMessage": path})

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            body = self.read_body()
            if path == PREFIX + "/init/error":
                stand_in.record_init_error(self.headers, body)
                self.send_json(202, {"status": "OK"})
                return
            parts = path[len(PREFIX):].split("/") if path.startswith(PREFIX + "/invocation/") else []
            # ["", "invocation", "{id}", "response" | "error"]
            if len(parts) == 4 and parts[3] in ("response", "error"):
                request_id = urllib.parse.unquote(parts[2])
                problem = stand_in.answer(request_id, parts[3], self.headers, body)
                if problem is None:
                    self.send_json(202, {"status": "OK"})
                else:
                    status, error_type, message = problem
                    self.send_json(status, {"errorType": error_type, "errorMessage": message})
                return
            self.send_json(404, {"errorType": "NotFound", "errorMessage": path})

    return Handler


def write_results(path, results):
    if not path:
        return
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    os.replace(temporary, path)  # readers never see a half-written file


def main(argv):
    parser = argparse.ArgumentParser(description="Loopback stand-in for the Lambda Runtime API.")
    parser.add_argument("events", nargs="*", help="files whose contents are served as events, in order")
    parser.add_argument("--results", help="write the record of answers to this JSON file on exit")
    parser.add_argument("--timeout", type=float, default=60.0, help="give up after this many seconds")
    parser.add_argument("--deadline-ms", type=int, default=25000, help="invocation deadline from hand-out")
    parser.add_argument(
        "--next-delay", type=float, default=0.0, help="hold each /next this many seconds before answering"
    )
    parser.add_argument(
        "--function-arn",
        default="arn:aws:lambda:us-east-1:123456789012:function:health-remediation",
        help="value of Lambda-Runtime-Invoked-Function-Arn",
    )
    try:
        arguments = parser.parse_args(argv)
    except SystemExit:
        return EXIT_USAGE
    events = []
    for name in arguments.events:
        try:
            with open(name, "rb") as handle:
                events.append((os.path.basename(name), handle.read()))
        except OSError as error:
            sys.stderr.write(f"standin: cannot read event file {name}: {error}\n")
            return EXIT_USAGE

    stand_in = StandIn(events, arguments.deadline_ms, arguments.function_arn, arguments.next_delay)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(stand_in))
    server.daemon_threads = True
    port = server.server_address[1]
    print(port, flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    # With no events the stand-in waits for an init error or the timeout.
    if not stand_in.finished.wait(timeout=arguments.timeout):
        stand_in.finish(EXIT_TIMEOUT)
    time.sleep(0.2)  # let the reply to the last answer reach the runtime
    write_results(arguments.results, stand_in.results(port))
    server.shutdown()
    return stand_in.exit_status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
