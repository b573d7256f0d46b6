"""Peer figure for the SigV4 benchmark: botocore's SigV4Auth.add_auth on the request that
Benchmarks/Swift/SigV4Benchmark.swift signs (EC2 DescribeInstances form POST, session token).

Prints one line: RESULT<TAB>botocore_sigv4_ec2_signs_per_second<TAB>value<TAB>signs/s<TAB>description.
Time is the thread's CPU time, as the Swift benchmark and `openssl speed` measure it, and the figure is
the best of several repetitions, as the Swift benchmark reports it.
"""

import argparse
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

SESSION_TOKEN = (
    "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7"
    "mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+x"
    "o0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="
)
BODY = "Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-0123456789abcdef0"


def make_request() -> AWSRequest:
    return AWSRequest(
        method="POST",
        url="https://ec2.us-east-1.amazonaws.com/",
        data=BODY,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=2000, help="signs per repetition")
    parser.add_argument("--repetitions", type=int, default=10)
    args = parser.parse_args()
    iterations = max(1, args.iterations)
    repetitions = max(1, args.repetitions)

    credentials = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", SESSION_TOKEN)
    auth = SigV4Auth(credentials, "ec2", "us-east-1")

    # add_auth mutates the request (and would sign its own Authorization header a second time), so every
    # iteration signs a fresh request; they are built before timing so only signing is measured.
    for request in [make_request() for _ in range(min(iterations, 1000))]:
        auth.add_auth(request)
    best = 0.0
    for _ in range(repetitions):
        requests = [make_request() for _ in range(iterations)]
        start = time.thread_time()
        for request in requests:
            auth.add_auth(request)
        seconds = time.thread_time() - start
        if seconds > 0:
            best = max(best, iterations / seconds)

    print(
        f"RESULT\tbotocore_sigv4_ec2_signs_per_second\t{best:.3f}\tsigns/s\t"
        f"botocore SigV4Auth.add_auth, best of {repetitions} runs of {iterations}"
    )


if __name__ == "__main__":
    main()
