#!/usr/bin/env bash
# Publishes the web app. The Dockerfile and scripts/smoke-published.sh both call this,
# so the image ships exactly the build that the smoke test exercised.
#
# Usage: scripts/publish.sh [output-dir]   (default: artifacts/publish under the repo root)
# Content is not copied here: the Dockerfile bakes content/ in separately, and the
# smoke test points Content__Path at the repo's content/.
set -euo pipefail

out="${1:-artifacts/publish}"

# A relative directory given by the caller means relative to where they ran us from,
# not to the repo root we are about to cd into.
if [[ $# -ge 1 && "$out" != /* ]]; then
  out="$PWD/$out"
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# ReadyToRun (ahead-of-time native code for this machine's runtime identifier, with IL kept as a
# fallback) roughly halves start-up JIT work; bench/run.sh measures start-up against its target.
dotnet publish src/CareerCluster.Web/CareerCluster.Web.csproj -c Release -o "$out" \
  --use-current-runtime --self-contained false -p:PublishReadyToRun=true
