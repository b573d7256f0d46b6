"""End to end, process start to exit: the release `health-remediate` CLI against the boto3 workshop function.

The benchmarks issue's item 4. For every run it creates, on a running moto server, two fresh instances
(one tagged Stage=Prod, one Stage=Dev), writes an abuse event naming them, and runs one of the two
programs on it as a new process:

    ours:  health-remediate run EVENT --topic-arn TOPIC --output json
    peer:  python Benchmarks/workshop_baseline.py EVENT

The two alternate (ours, peer, ours, peer...), after one untimed warm-up of each. A run counts only when
the program exited 0, the Dev instance is stopping or stopped, the Prod instance still runs and the topic
delivered exactly one message (to an SQS queue subscribed to it); a failed run is reported, not timed.
Wall time is measured from just before the process is spawned to its exit; peak memory is the child's
own maximum resident set size (GNU time's `%M`, from `wait4` rusage `ru_maxrss`).

Run it with the moto virtualenv's python (it needs boto3 to set up) after `eval "$(scripts/moto.sh env)"`:

    python Benchmarks/end_to_end.py --cli .build/release/health-remediate --runs 5

Prints `RESULT<TAB>figure<TAB>value<TAB>unit<TAB>description` lines (medians) and one
`FAILED<TAB>program<TAB>reason` line per failed run; exits 1 only when it could not run at all.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

import boto3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGION = "us-east-1"
IMAGE_ID = "ami-12c6146b"
TIME = "/usr/bin/time"


def moto_settings():
    names = ["MOTO_ENDPOINT", "MOTO_ACCESS_KEY_ID", "MOTO_SECRET_ACCESS_KEY", "MOTO_ACCOUNT_ID"]
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        sys.exit(f"end_to_end.py: {', '.join(missing)} not set; run eval \"$(scripts/moto.sh env)\" first")
    return {name: os.environ[name] for name in names}


def client(service, moto):
    return boto3.client(
        service,
        endpoint_url=moto["MOTO_ENDPOINT"],
        region_name=REGION,
        aws_access_key_id=moto["MOTO_ACCESS_KEY_ID"],
        aws_secret_access_key=moto["MOTO_SECRET_ACCESS_KEY"],
    )


def launch(ec2, stage, label):
    answer = ec2.run_instances(
        ImageId=IMAGE_ID,
        MinCount=1,
        MaxCount=1,
        InstanceType="t3.micro",
        TagSpecifications=[
            {
                "ResourceType": "instance",
                "Tags": [{"Key": "Stage", "Value": stage}, {"Key": "Name", "Value": f"{label}-{stage}"}],
            }
        ],
    )
    return answer["Instances"][0]["InstanceId"]


def write_event(directory, label, account, instance_ids):
    with open(os.path.join(ROOT, "Examples", "Events", "abuse-dos-report.json"), encoding="utf-8") as handle:
        event = json.load(handle)
    arns = [f"arn:aws:ec2:{REGION}:{account}:instance/{instance_id}" for instance_id in instance_ids]
    event["account"] = account
    event["resources"] = arns
    event["detail"]["affectedEntities"] = [{"entityValue": arn} for arn in arns]
    event["detail"]["eventArn"] = f"arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_BENCH_{label}"
    path = os.path.join(directory, f"event-{label}.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(event, handle)
    return path


def subscribe_queue(moto, topic_arn):
    """An SQS queue subscribed to the topic, so that each run can count what the topic delivered."""
    sqs = client("sqs", moto)
    queue_url = sqs.create_queue(QueueName="health-remediation-bench")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    client("sns", moto).subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn)
    return sqs, queue_url


def drain(sqs, queue_url):
    """Receives and deletes every message waiting in the queue; returns how many there were."""
    count = 0
    while True:
        messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            return count
        count += len(messages)
        for message in messages:
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])


def spawn_and_wait(argv, environment, output_path):
    """Runs argv as a new process; returns (wall seconds, exit status, peak RSS in KiB).

    The process is started through GNU time, which reports its peak RSS: Linux carries the spawning
    process's own peak into a child's `ru_maxrss` across exec, so a child spawned straight from this
    (boto3-laden) Python would report at least Python's size. GNU time is small, and so is the error.
    """
    rss_path = output_path + ".rss"
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
        (os.POSIX_SPAWN_OPEN, 2, output_path + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    timed = [TIME, "-f", "%M", "-o", rss_path, "--"] + argv
    start = time.perf_counter()
    pid = os.posix_spawn(TIME, timed, environment, file_actions=actions)
    _, status, _ = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    with open(rss_path, encoding="utf-8") as handle:
        # GNU time writes "Command exited with non-zero status N" first when the command failed.
        rss = int(handle.read().split()[-1])
    return wall, os.waitstatus_to_exitcode(status), rss


def tail(path, limit=300):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read().strip()
    except OSError:
        return ""
    return " ".join(text[-limit:].split())


def state_of(ec2, instance_id):
    answer = ec2.describe_instances(InstanceIds=[instance_id])
    return answer["Reservations"][0]["Instances"][0]["State"]["Name"]


def run_once(program, argv_for, moto, ec2, queue, environment, directory, label):
    """One timed run on fresh instances; returns (wall, rss) or raises RuntimeError saying what failed."""
    prod = launch(ec2, "Prod", label)
    dev = launch(ec2, "Dev", label)
    event_path = write_event(directory, label, moto["MOTO_ACCOUNT_ID"], [prod, dev])
    drain(*queue)
    output_path = os.path.join(directory, f"output-{label}.txt")

    wall, status, rss = spawn_and_wait(argv_for(event_path), environment, output_path)

    if status != 0:
        raise RuntimeError(f"{program} exited {status}: {tail(output_path + '.err') or tail(output_path)}")
    dev_state, prod_state = state_of(ec2, dev), state_of(ec2, prod)
    if dev_state not in ("stopping", "stopped") or prod_state != "running":
        raise RuntimeError(f"{program}: Dev {dev} is {dev_state}, Prod {prod} is {prod_state}")
    delivered = drain(*queue)
    if delivered != 1:
        raise RuntimeError(f"{program}: the topic delivered {delivered} messages instead of one")
    if program == "ours":
        with open(output_path, encoding="utf-8") as handle:
            report = json.load(handle)
        if report.get("notification", {}).get("status") != "sent":
            raise RuntimeError(f"ours: the report says the notification was {report.get('notification')}")
    return wall, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the release health-remediate binary")
    parser.add_argument("--python", default=sys.executable, help="the python that runs the boto3 peer")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each program")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each program first")
    arguments = parser.parse_args()

    moto = moto_settings()
    if not os.access(TIME, os.X_OK):
        sys.exit(f"end_to_end.py: {TIME} (GNU time, apt package 'time') is needed to measure peak memory")
    cli = os.path.abspath(arguments.cli)
    if not os.access(cli, os.X_OK):
        sys.exit(f"end_to_end.py: {cli} is not an executable")
    baseline = os.path.join(ROOT, "Benchmarks", "workshop_baseline.py")

    ec2 = client("ec2", moto)
    topic_arn = client("sns", moto).create_topic(Name="health-remediation-bench")["TopicArn"]
    queue = subscribe_queue(moto, topic_arn)

    with tempfile.TemporaryDirectory(prefix="health-remediation-e2e-") as directory:
        home = os.path.join(directory, "home")
        os.mkdir(home)
        # The same small environment for both: no shared AWS files, no instance metadata lookups.
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "LANG": "C.UTF-8",
            "AWS_ACCESS_KEY_ID": moto["MOTO_ACCESS_KEY_ID"],
            "AWS_SECRET_ACCESS_KEY": moto["MOTO_SECRET_ACCESS_KEY"],
            "AWS_REGION": REGION,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_ENDPOINT_URL": moto["MOTO_ENDPOINT"],
            "AWS_EC2_METADATA_DISABLED": "true",
            "SNS_TOPIC_ARN": topic_arn,
        }
        programs = {
            "ours": lambda event: [cli, "run", event, "--topic-arn", topic_arn, "--output", "json"],
            "peer": lambda event: [arguments.python, baseline, event],
        }
        walls = {"ours": [], "peer": []}
        peaks = {"ours": [], "peer": []}
        failures = {"ours": 0, "peer": 0}
        for number in range(arguments.warmup + arguments.runs):
            timed = number >= arguments.warmup
            for program in ("ours", "peer"):
                label = f"{program}-{number}"
                try:
                    wall, rss = run_once(
                        program, programs[program], moto, ec2, queue, environment, directory, label
                    )
                except Exception as error:  # a failed run is reported, never timed
                    failures[program] += 1
                    print(f"FAILED\t{program}\t{' '.join(str(error).split())}", flush=True)
                    continue
                if timed:
                    walls[program].append(wall)
                    peaks[program].append(rss)
                    print(f"# {label}: {wall * 1000:.1f} ms, {rss / 1024:.1f} MiB", file=sys.stderr, flush=True)

    described = {"ours": "health-remediate run (release)", "peer": "boto3 workshop_baseline.py"}
    for program in ("ours", "peer"):
        count = len(walls[program])
        if count == 0:
            continue
        what = f"{described[program]}, median of {count} runs ({failures[program]} failed)"
        print(f"RESULT\te2e_{program}_wall_ms\t{statistics.median(walls[program]) * 1000:.3f}\tms\t{what}")
        print(f"RESULT\te2e_{program}_peak_rss_mib\t{statistics.median(peaks[program]) / 1024:.3f}\tMiB\t{what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
