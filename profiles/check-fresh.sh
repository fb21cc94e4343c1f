#!/usr/bin/env bash
# Regenerates profiles/fsh-generated/ and profiles/examples/derived-profile/fsh-generated/ from the
# FSH sources (SUSHI via `mvn -Pfsh`) and fails if the result differs from what is committed -
# including new or deleted files, which `git diff` misses.
# Needs node 18+ / npm and the npm registry (npm ci); run from anywhere inside the repository.
set -euo pipefail

repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$repo"

mvn -B -q -Pfsh -pl profiles process-test-classes

changes="$(git status --porcelain -- profiles/fsh-generated profiles/examples/derived-profile/fsh-generated)"
if [[ -n "$changes" ]]; then
  echo "Generated FHIR JSON is stale: it does not match the FSH sources." >&2
  echo "$changes" >&2
  echo "Regenerate with 'mvn -Pfsh -pl profiles process-test-classes' and commit the result." >&2
  exit 1
fi
echo "profiles/fsh-generated and the derived-profile example are up to date."
