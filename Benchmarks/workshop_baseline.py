"""The workshop's Lambda function, written with boto3 as people deploy it today.

This is the peer the end-to-end benchmark measures HealthRemediation against (BRIEF section 1): take the
instance IDs from the `resources` ARNs, DescribeInstances, keep the instances whose tag `Stage` is not
`Prod`, StopInstances, and publish a message to the SNS topic named by SNS_TOPIC_ARN.

Run as a process, like the CLI: `python workshop_baseline.py EVENT_FILE`. Credentials, region and the
endpoint come from the standard AWS environment (AWS_ENDPOINT_URL is honoured by boto3 >= 1.28).
"""

import json
import os
import sys

import boto3


def lambda_handler(event, context):
    instance_ids = [arn.split("/")[-1] for arn in event.get("resources", [])]
    region = os.environ.get("AWS_REGION", "us-east-1")
    ec2 = boto3.client("ec2", region_name=region)
    sns = boto3.client("sns", region_name=region)

    described = ec2.describe_instances(InstanceIds=instance_ids)
    to_stop = []
    for reservation in described["Reservations"]:
        for instance in reservation["Instances"]:
            tags = {tag["Key"]: tag["Value"] for tag in instance.get("Tags", [])}
            if tags.get("Stage") != "Prod":
                to_stop.append(instance["InstanceId"])

    if to_stop:
        ec2.stop_instances(InstanceIds=to_stop)
    message = f"Stopped instances {', '.join(to_stop) or 'none'} because of AWS Health event {event['detail']['eventArn']}"
    sns.publish(TopicArn=os.environ["SNS_TOPIC_ARN"], Subject="AWS abuse event remediation", Message=message)
    return {"stopped": to_stop}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(json.dumps(lambda_handler(json.load(handle), None)))
