#!/usr/bin/env bash
# Smoke-tests the *published* app the way the container runs it (Production environment,
# content from a directory, SQLite built at start-up into a throwaway writable data dir),
# so publish-only problems (missing files, trimmed assets, bad config defaults) show up
# without needing Docker.
#
# Usage: scripts/smoke-published.sh [already-published-dir]
#   With no argument it runs scripts/publish.sh into a temporary directory first.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/careercluster-smoke.XXXXXX")"
# shellcheck source=lib/app-process.sh
source "$repo_root/scripts/lib/app-process.sh"

fail() {
  echo "smoke test FAILED: $*" >&2
  if [[ -s "$work/app.log" ]]; then
    echo "---- last 50 lines of app output ----" >&2
    tail -n 50 "$work/app.log" >&2
    echo "-------------------------------------" >&2
  fi
  exit 1
}

command -v curl >/dev/null || fail "curl is required"
command -v dotnet >/dev/null || fail "dotnet is required"

if [[ $# -ge 1 ]]; then
  [[ -d "$1" ]] || fail "published directory '$1' does not exist"
  pub="$(cd "$1" && pwd)"
else
  pub="$work/publish"
  echo "==> publishing to $pub"
  "$repo_root/scripts/publish.sh" "$pub"
fi
[[ -f "$pub/CareerCluster.Web.dll" ]] || fail "$pub/CareerCluster.Web.dll not found (is that a publish directory?)"

# Let the kernel choose a free port so parallel runs and busy CI hosts don't collide.
if command -v python3 >/dev/null; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
else
  port=18080
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    fail "port $port is already in use and python3 is not available to pick another"
  fi
fi
base="http://127.0.0.1:$port"
mkdir -p "$work/data"

# The container's environment (see Dockerfile), with the port and paths made local.
app_env=(
  ASPNETCORE_URLS="$base"
  ASPNETCORE_ENVIRONMENT=Production
  Site__BaseUrl="$base"
  Content__Path="$repo_root/content"
  Content__Watch=false
  ConnectionStrings__Careers="Data Source=$work/data/careers.db"
)

# A hung health check must not hang the smoke test (or CI).
limit=()
if command -v timeout >/dev/null; then
  limit=(timeout 20)
fi

# Prints the HTTP status ("000" when nothing answers); the body goes to $2 if given.
http_status() {
  curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 5 "$base$1" || true
}

wait_for_200() {
  local path=$1 seconds=$2 status=""
  local deadline=$((SECONDS + seconds))
  while :; do
    status="$(http_status "$path")"
    [[ "$status" == 200 ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited while waiting for $path"
    ((SECONDS < deadline)) || fail "$path did not answer 200 within ${seconds}s (last status: $status)"
    sleep 0.5
  done
}

expect_200() {
  local path=$1 status
  status="$(http_status "$path" "$work/body")"
  [[ "$status" == 200 ]] || fail "GET $path returned $status, expected 200"
  echo "    GET $path -> 200"
}

echo "==> starting $pub/CareerCluster.Web.dll on $base"
# The working directory is the publish dir, as WORKDIR /app is in the image, because the
# content root (appsettings.json, wwwroot/) defaults to the current directory. exec makes
# $! the dotnet process itself, so the trap kills the app and not a wrapper shell.
(cd "$pub" && exec env "${app_env[@]}" dotnet "$pub/CareerCluster.Web.dll") >"$work/app.log" 2>&1 &
app_pid=$!

wait_for_200 /healthz 30
echo "    /healthz is up"
# Readiness flips once content is loaded into the database; give it its own bounded wait.
wait_for_200 /readyz 30

expect_200 /
expect_200 /roles/nurses
grep -q "Nurses" "$work/body" || fail "/roles/nurses did not contain \"Nurses\""
expect_200 /readyz
echo "    /readyz: $(head -c 300 "$work/body")"

echo "==> checking the container HEALTHCHECK command"
if ! (cd "$pub" && exec ${limit[@]+"${limit[@]}"} env "${app_env[@]}" dotnet "$pub/CareerCluster.Web.dll" healthcheck --url "$base/healthz") >"$work/healthcheck.log" 2>&1; then
  cat "$work/healthcheck.log" >&2
  fail "'CareerCluster.Web.dll healthcheck --url $base/healthz' did not exit 0"
fi
echo "    healthcheck against /healthz -> exit 0"
# A health check that cannot fail is worse than none: a non-200 URL must give a non-zero exit.
if (cd "$pub" && exec ${limit[@]+"${limit[@]}"} env "${app_env[@]}" dotnet "$pub/CareerCluster.Web.dll" healthcheck --url "$base/healthz-does-not-exist") >"$work/healthcheck-neg.log" 2>&1; then
  cat "$work/healthcheck-neg.log" >&2
  fail "'healthcheck' exited 0 for a URL that answers 404"
fi
echo "    healthcheck against a 404 URL -> non-zero exit"

kill -0 "$app_pid" 2>/dev/null || fail "the app died during the smoke test"
echo "smoke test passed"
