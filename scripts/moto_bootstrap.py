"""Prepares a fresh moto server for the integration tests, before signature verification is on.

Creates, in the default account, an IAM user with an allow-all policy and an access key (the tests sign
with it), and in a second account a role with an allow-all policy (the tests assume it to act across
accounts). Prints the resulting settings as KEY=VALUE lines for scripts/moto.sh to store in .moto/env.

Usage: moto_bootstrap.py ENDPOINT
"""

import json
import sys

import boto3

ALLOW_ALL = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
)
HOME_ACCOUNT_ID = "123456789012"
CROSS_ACCOUNT_ID = "210987654321"
CROSS_ACCOUNT_ROLE = "HealthRemediationCrossAccount"
USER_NAME = "health-remediation-tests"


def iam_client(endpoint, account_id=None):
    # Verification is still off, so any key works; the account header picks the account to write to.
    client = boto3.client(
        "iam",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="bootstrap",
        aws_secret_access_key="bootstrap",
    )
    if account_id is not None:

        def add_account_header(request, **_):
            request.headers["x-moto-account-id"] = account_id

        client.meta.events.register("before-sign.iam.*", add_account_header)
    return client


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: moto_bootstrap.py ENDPOINT")
    endpoint = sys.argv[1]

    home = iam_client(endpoint)
    home.create_user(UserName=USER_NAME)
    home.put_user_policy(UserName=USER_NAME, PolicyName="allow-all", PolicyDocument=ALLOW_ALL)
    key = home.create_access_key(UserName=USER_NAME)["AccessKey"]

    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{HOME_ACCOUNT_ID}:root"},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    cross = iam_client(endpoint, CROSS_ACCOUNT_ID)
    cross.create_role(RoleName=CROSS_ACCOUNT_ROLE, AssumeRolePolicyDocument=trust)
    cross.put_role_policy(
        RoleName=CROSS_ACCOUNT_ROLE, PolicyName="allow-all", PolicyDocument=ALLOW_ALL
    )

    print(f"MOTO_ACCESS_KEY_ID={key['AccessKeyId']}")
    print(f"MOTO_SECRET_ACCESS_KEY={key['SecretAccessKey']}")
    print(f"MOTO_ACCOUNT_ID={HOME_ACCOUNT_ID}")
    print(f"MOTO_CROSS_ACCOUNT_ID={CROSS_ACCOUNT_ID}")
    print(f"MOTO_CROSS_ACCOUNT_ROLE={CROSS_ACCOUNT_ROLE}")


if __name__ == "__main__":
    main()
