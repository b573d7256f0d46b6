#!/usr/bin/env bash
# Lints the CloudFormation template with a pinned cfn-lint, installed into .venv-cfn on first use.
#
#   scripts/lint-cfn.sh [TEMPLATE...]     (default: Examples/Deployment/template.yaml)
set -euo pipefail

cfn_lint_version="1.58.0"
cd "$(dirname "$0")/.."
venv=".venv-cfn"

if [[ ! -x "$venv/bin/cfn-lint" ]] || [[ "$("$venv/bin/cfn-lint" --version 2>/dev/null)" != *"$cfn_lint_version"* ]]; then
  echo "lint-cfn: installing cfn-lint $cfn_lint_version into $venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "cfn-lint==$cfn_lint_version"
fi

templates=("$@")
[[ ${#templates[@]} -gt 0 ]] || templates=(Examples/Deployment/template.yaml)
echo "lint-cfn: $("$venv/bin/cfn-lint" --version) on ${templates[*]}"
# Informational checks too (explicit deletion policies for stateful resources...): the template has none.
"$venv/bin/cfn-lint" --include-checks I -- "${templates[@]}"
echo "lint-cfn: no findings"
