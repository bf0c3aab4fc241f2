#!/usr/bin/env bash
# CareerCluster benchmark (issues 4, 7 and 8): content build against Hugo, start-up, page throughput
# against nginx serving the same bytes, memory, conditional requests, search at scale and a reload
# soak. Everything listens on 127.0.0.1 only, every run and wait is bounded, and every process this
# script starts is stopped by its pid on exit.
#
# Usage: bash bench/run.sh
# Knobs (environment): ROLES=10000 (synthetic roles), BUILD_RUNS=3 (median of), WRK_SECONDS=10, ROUNDS=3
# (alternating app/nginx throughput rounds, median of), STARTUP_ROUNDS=5 (ours fresh, ours up to date and a blank app, alternating),
# SOAK_SECONDS=30, RELOADS=10, SKIP_PUBLISH=1 (reuse bench/out/publish), ONLY=search (publish, generate, then only
# the search section, with its own short table).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/bench/out"
roles="${ROLES:-10000}"
build_runs="${BUILD_RUNS:-3}"
wrk_seconds="${WRK_SECONDS:-10}"
rounds="${ROUNDS:-3}"
startup_rounds="${STARTUP_ROUNDS:-5}"
soak_seconds="${SOAK_SECONDS:-30}"
reloads="${RELOADS:-10}"
only="${ONLY:-}"
[[ -z "$only" || "$only" == search ]] || { printf 'bench FAILED: ONLY=%s: the only section that runs alone is "search"\n' "$only" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pids=()
cleanup() {
  local rc=$? pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench FAILED: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
need=()
if [[ -z "$only" ]]; then
  command -v nginx >/dev/null || need+=(nginx)
  command -v hugo >/dev/null || need+=(hugo)
fi
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then
  log "installing ${need[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || true)"

mkdir -p "$out"
rm -rf "$out/run" && mkdir -p "$out/run"
run="$out/run"

# A free loopback port (probe with bash's /dev/tcp; bounded tries).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# timed DIR REPORT COMMAND...: runs COMMAND in DIR under /usr/bin/time -v; sets timed_wall (s) and timed_peak (KB).
timed() {
  local dir=$1 report=$2
  shift 2
  (cd "$dir" && exec /usr/bin/time -v -o "$report" "$@") >>"$run/timed.log" 2>&1 || die "$* failed (see $run/timed.log)"
  timed_wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$report")"
  timed_peak="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report")"
}

# ---------------------------------------------------------------- build the app and the content
pub="$out/publish"
if [[ "${SKIP_PUBLISH:-}" != 1 || ! -f "$pub/CareerCluster.Web.dll" ]]; then
  log "publishing the app (Release) to $pub"
  rm -rf "$pub"
  "$repo/scripts/publish.sh" "$pub" >"$out/publish.log" 2>&1 || { tail -n 30 "$out/publish.log" >&2; die "publish failed"; }
fi

content="$out/content"
log "generating $roles synthetic roles into $content"
dotnet run --project "$repo/tools/CareerCluster.ContentGenerator" -c Release -- --roles "$roles" --out "$content" --data "$repo/content/data/us" >&2

if [[ -z "$only" ]]; then # ------------------------------------- (ONLY=search skips to the search section)
# ---------------------------------------------------------------- content build: Hugo vs ours
log "content build: hugo and ours, $build_runs runs each, alternating"
hugo_walls=() hugo_peaks=() our_walls=() our_peaks=()
for i in $(seq 1 "$build_runs"); do
  rm -rf "$run/hugo-public"
  timed "$repo/bench/hugo" "$run/hugo-time-$i.txt" hugo --quiet --contentDir "$content" --destination "$run/hugo-public"
  hugo_walls+=("$timed_wall") hugo_peaks+=("$timed_peak")
  rm -rf "$run/build" && mkdir -p "$run/build"
  timed "$pub" "$run/our-time-$i.txt" dotnet "$pub/CareerCluster.Web.dll" build-content --content "$content" --database "$run/build/careers.db"
  our_walls+=("$timed_wall") our_peaks+=("$timed_peak")
  log "  run $i: hugo ${hugo_walls[-1]} s, ours ${our_walls[-1]} s"
done
hugo_pages="$(find "$run/hugo-public" -name index.html | wc -l)"
our_line="$(grep -E '^Built ' "$run/timed.log" | tail -n 1)"
our_line="${our_line//$repo\//}"
hugo_wall="$(printf '%s\n' "${hugo_walls[@]}" | median)"
hugo_peak="$(printf '%s\n' "${hugo_peaks[@]}" | sort -n | tail -n 1)"
our_wall="$(printf '%s\n' "${our_walls[@]}" | median)"
our_peak="$(printf '%s\n' "${our_peaks[@]}" | sort -n | tail -n 1)"
fi # ONLY

# ---------------------------------------------------------------- app helpers
app_pid=""
app_base=""
# start_app NAME CONTENT_DIR DATA_DIR WATCH [extra env...]; sets app_pid and app_base; no waiting.
start_app() {
  local name=$1 dir=$2 data=$3 watch=$4
  shift 4
  local port
  port="$(free_port)"
  app_base="http://127.0.0.1:$port"
  mkdir -p "$data"
  (cd "$pub" && exec env ASPNETCORE_URLS="$app_base" ASPNETCORE_ENVIRONMENT=Production Site__BaseUrl="$app_base" \
    Content__Path="$dir" Content__Watch="$watch" ConnectionStrings__Careers="Data Source=$data/careers.db" "$@" \
    dotnet "$pub/CareerCluster.Web.dll") >"$run/$name.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
}

# start_blank_app NAME: the start-up floor (below), published in $floor; sets app_pid and app_base like start_app.
start_blank_app() {
  app_base="http://127.0.0.1:$(free_port)"
  (cd "$floor/publish" && exec env ASPNETCORE_URLS="$app_base" ASPNETCORE_ENVIRONMENT=Production dotnet Floor.dll) >"$run/$1.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
}

stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Milliseconds from now until PATH answers 200 (polls every 10 ms, gives up after SECONDS).
wait_200_ms() {
  local path=$1 seconds=$2 start=$3 deadline status
  deadline=$(($(now_ms) + seconds * 1000))
  while :; do
    status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app_base$path" || true)"
    if [[ "$status" == 200 ]]; then
      echo $(($(now_ms) - start))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || die "the app exited (see $run)"
    (($(now_ms) < deadline)) || die "$path did not answer 200 within ${seconds}s"
    sleep 0.01
  done
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

if [[ -z "$only" ]]; then # ------------------------------------- (ONLY=search skips to the search section)
# ---------------------------------------------------------------- start-up
# The floor on this machine: a blank Razor Pages app from the SDK's template (no content, no database),
# published the same way (ReadyToRun, framework-dependent) and timed the same way, in the same rounds as ours.
# Built outside the repo so the repo's Directory.Build.props and central package versions do not apply to it.
floor="${TMPDIR:-/tmp}/careercluster-bench-floor-$(dotnet --version)" # rebuilt for each SDK
if [[ ! -f "$floor/publish/Floor.dll" ]]; then
  log "start-up floor: publishing a blank 'dotnet new webapp' app the same way"
  rm -rf "$floor" && mkdir -p "$floor"
  (cd "$floor" && dotnet new webapp -n Floor -o src --no-https && dotnet publish src/Floor.csproj -c Release -o publish \
    --use-current-runtime --self-contained false -p:PublishReadyToRun=true) >"$run/floor-publish.log" 2>&1 \
    || { tail -n 30 "$run/floor-publish.log" >&2; die "publishing the blank template failed"; }
fi

log "start-up with the real content: fresh database, up to date, and the blank app ($startup_rounds rounds)"
fresh_ms=() warm_ms=() floor_ms=() warm_ratios=()
for i in $(seq 1 "$startup_rounds"); do
  rm -rf "$run/startup-data"
  t0="$(now_ms)"
  start_app "startup-fresh-$i" "$repo/content" "$run/startup-data" false
  fresh_ms+=("$(wait_200_ms / 30 "$t0")")
  stop_app
  t0="$(now_ms)"
  start_app "startup-warm-$i" "$repo/content" "$run/startup-data" false
  warm_ms+=("$(wait_200_ms / 30 "$t0")")
  stop_app
  t0="$(now_ms)"
  start_blank_app "floor-$i"
  floor_ms+=("$(wait_200_ms / 30 "$t0")")
  stop_app
  warm_ratios+=("$(ratio "${warm_ms[-1]}" "${floor_ms[-1]}")")
  log "  round $i: fresh ${fresh_ms[-1]} ms, up to date ${warm_ms[-1]} ms, blank app ${floor_ms[-1]} ms"
done
fresh_start="$(printf '%s\n' "${fresh_ms[@]}" | median)"
warm_start="$(printf '%s\n' "${warm_ms[@]}" | median)"
floor_start="$(printf '%s\n' "${floor_ms[@]}" | median)"
warm_ratio="$(printf '%s\n' "${warm_ratios[@]}" | median)"

# ---------------------------------------------------------------- throughput: app vs nginx
wrk_run() { # wrk_run FILE CONNECTIONS URL [extra wrk args]
  local file=$1 conns=$2 url=$3
  shift 3
  timeout $((wrk_seconds + 30)) wrk -t2 -c"$conns" -d"${wrk_seconds}s" --timeout 5s --latency "$@" "$url" >"$file" 2>&1 || die "wrk failed: $(cat "$file")"
}
wrk_rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
# p99 in milliseconds from wrk's latency distribution.
wrk_p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$1"; }
wrk_bad() { awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }

log "throughput: app (Production, real content) and nginx on the same HTML bytes"
start_app throughput "$repo/content" "$run/throughput-data" false
wait_200_ms /readyz 60 "$(now_ms)" >/dev/null
nginx_root="$run/nginx-root"
mkdir -p "$nginx_root/roles"
curl -sf -o "$nginx_root/index.html" "$app_base/"
curl -sf -o "$nginx_root/roles/nurses" "$app_base/roles/nurses"
nginx_port="$(free_port)"
cat >"$run/nginx.conf" <<EOF
worker_processes auto;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log $run/nginx-access.log combined buffer=64k;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $run/nginx-tmp;
  proxy_temp_path $run/nginx-tmp;
  fastcgi_temp_path $run/nginx-tmp;
  uwsgi_temp_path $run/nginx-tmp;
  scgi_temp_path $run/nginx-tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $nginx_root;
    default_type text/html;
    location = / { try_files /index.html =404; }
  }
}
EOF
mkdir -p "$run/nginx-tmp"
"$nginx_bin" -c "$run/nginx.conf" -g 'daemon off;' >"$run/nginx.out" 2>&1 &
nginx_pid=$!
pids+=("$nginx_pid")
nginx_base="http://127.0.0.1:$nginx_port"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$nginx_base/" && break; sleep 0.05; done
cmp -s <(curl -s "$nginx_base/roles/nurses") "$nginx_root/roles/nurses" || die "nginx does not serve the saved bytes"

# Warm both before measuring: the app's tiered JIT keeps recompiling hot code for several seconds.
for path in / /roles/nurses; do
  timeout 30 wrk -t2 -c32 -d10s "$app_base$path" >/dev/null 2>&1 || true
  timeout 30 wrk -t2 -c32 -d3s "$nginx_base$path" >/dev/null 2>&1 || true
done

# Rounds of alternating runs, each figure the median over the rounds: on a shared machine a busy
# ten seconds can land on either server, and one run per figure would make the ratio a coin toss.
declare -A rps p99 bad rps_runs p99_runs
for round in $(seq 1 "$rounds"); do
  for conns in 32 128; do
    for path in / /roles/nurses; do
      for server in app nginx; do
        base="$app_base"
        [[ "$server" == nginx ]] && base="$nginx_base"
        file="$run/wrk-$server-c$conns-$(echo "$path" | tr '/' '_')-r$round.txt"
        wrk_run "$file" "$conns" "$base$path"
        key="$server c$conns $path"
        rps_runs[$key]+="$(wrk_rps "$file") "
        p99_runs[$key]+="$(wrk_p99 "$file") "
        bad[$key]=$((${bad[$key]:-0} + $(wrk_bad "$file")))
        log "  round $round, $key: $(wrk_rps "$file") req/s, p99 $(wrk_p99 "$file") ms, errors $(wrk_bad "$file")"
      done
    done
  done
done
for key in "${!rps_runs[@]}"; do
  rps[$key]="$(printf '%s\n' ${rps_runs[$key]} | median)"
  p99[$key]="$(printf '%s\n' ${p99_runs[$key]} | median)"
done
app_rss_kb="$(rss_kb "$app_pid")"

# Browsers ask for Brotli: the same role page as they get it (context; nginx above serves it uncompressed).
br_file="$run/wrk-app-c32-br.txt"
wrk_run "$br_file" 32 "$app_base/roles/nurses" -H "Accept-Encoding: br"
br_rps="$(wrk_rps "$br_file")"
br_bytes="$(curl -s -H 'Accept-Encoding: br' "$app_base/roles/nurses" | wc -c)"
plain_bytes="$(curl -s "$app_base/roles/nurses" | wc -c)"

# ---------------------------------------------------------------- conditional request
etag="$(curl -s -D - -o /dev/null "$app_base/roles/nurses" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')"
read -r cond cond_bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -H "If-None-Match: $etag" "$app_base/roles/nurses")
kill "$nginx_pid" 2>/dev/null || true
wait "$nginx_pid" 2>/dev/null || true
stop_app
fi # ONLY

# ---------------------------------------------------------------- search at scale
log "search on the $roles-role content"
start_app search "$content" "$run/search-data" false RateLimiting__SearchPermitsPerMinute=100000000
wait_200_ms /readyz 300 "$(now_ms)" >/dev/null
search_status="$(curl -s -o /dev/null -w '%{http_code}' "$app_base/search?q=ultrasound")"
search_p95="n/a" search_p50="n/a" search_p99="n/a" search_wrk_p95="n/a" search_cached_p95="n/a" search_requests=0
if [[ "$search_status" == 200 ]]; then
  # Every request is a new URL (a counter parameter the page ignores), so no cache in front (the app
  # has none for search, a CDN might) could answer: each runs a real FTS5 query; p95 is read from the
  # app's own one-line-per-request log.
  cat >"$run/search.lua" <<'EOF'
-- What students type (issues 4 and 13) and the generator's own vocabulary; not "synthetic", which every page
-- contains. About half are broad words that match thousands of the 10,000 roles ("patient", "care", "data"),
-- one or two at a time, as students type them most; the rest are narrower.
local terms = { "ultrasound", "lab", "genetics", "therapist", "nurse", "sono", "imaging", "blood", "data",
  "heart", "hearing", "research", "patient care", "clinical trials", "equipment safety", "nursing",
  "rehabilitation", "microbiology", "radiography", "records", "bioinformatics", "what can i do without a degree",
  "physio", "cell cultures", "dna sequencing", "scheduling", "wound care", "pipelines", "screening", "audit",
  "patient", "care", "therapy", "nurse surgery", "health", "clinical", "hospital", "patient imaging", "data analysis",
  "lab tests", "medical", "support", "technician", "health records", "care plans", "research data", "surgery",
  "patients", "safety", "equipment" }
-- A salt per wrk run: the warm-up run and the measured run never ask for the same URLs.
math.randomseed(os.time() + os.clock() * 1000000)
local salt = math.random(1, 1000000000)
local n = 0
request = function()
  n = n + 1
  local q = string.gsub(terms[(n % #terms) + 1], " ", "+")
  return wrk.format("GET", "/search?q=" .. q .. "&bench=" .. salt .. "-" .. n)
end
done = function(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
EOF
  # One request at a time, so the figure is the time one search takes, not time spent queueing for the 2 cores.
  timeout 30 wrk -t1 -c1 -d3s --timeout 5s -s "$run/search.lua" "$app_base" >/dev/null 2>&1 || true
  before_lines="$(wc -l <"$run/search.log")"
  timeout $((wrk_seconds + 30)) wrk -t1 -c1 -d"${wrk_seconds}s" --timeout 5s -s "$run/search.lua" "$app_base" >"$run/wrk-search.txt" 2>&1 || die "wrk search failed"
  search_wrk_p95="$(awk '/^p95_us/ { printf "%.2f", $2 / 1000 }' "$run/wrk-search.txt")"
  tail -n +"$((before_lines + 1))" "$run/search.log" | awk '/ GET \/search 200 / { for (i = 1; i <= NF; i++) if ($i == "ms") print $(i-1) }' >"$run/search-ms.txt"
  search_requests="$(wc -l <"$run/search-ms.txt")"
  search_p95="$(sort -n "$run/search-ms.txt" | awk '{ a[NR] = $1 } END { if (NR) { i = int(NR * 0.95); if (i < 1) i = 1; print a[i] } else print "nan" }')"
  search_p50="$(sort -n "$run/search-ms.txt" | awk '{ a[NR] = $1 } END { if (NR) { i = int(NR * 0.5); if (i < 1) i = 1; print a[i] } else print "nan" }')"
  search_p99="$(sort -n "$run/search-ms.txt" | awk '{ a[NR] = $1 } END { if (NR) { i = int(NR * 0.99); if (i < 1) i = 1; print a[i] } else print "nan" }')"
  # The same queries as students repeat them (search pages are not cached: each runs FTS5 again).
  sed 's/ .. "&bench=" .. salt .. "-" .. n//' "$run/search.lua" >"$run/search-cached.lua"
  timeout $((wrk_seconds + 30)) wrk -t1 -c1 -d"${wrk_seconds}s" --timeout 5s -s "$run/search-cached.lua" "$app_base" >"$run/wrk-search-cached.txt" 2>&1 || die "wrk cached search failed"
  search_cached_p95="$(awk '/^p95_us/ { printf "%.2f", $2 / 1000 }' "$run/wrk-search-cached.txt")"
fi

# Memory with the page cache full: every page of the large content, plain, Brotli and gzip (one curl per
# encoding, keep-alive), so the cache reaches its budget (Caching:PageCacheMegabytes) and evicts.
full_rss_before="$(rss_kb "$app_pid")"
curl -s "$app_base/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's/<loc>//' >"$run/all-pages.txt"
full_pages="$(wc -l <"$run/all-pages.txt")"
for enc in identity br gzip; do
  awk -v enc="$enc" '{ print "url = \"" $0 "\"\noutput = \"/dev/null\"\nheader = \"Accept-Encoding: " enc "\"" }' "$run/all-pages.txt" >"$run/fill-$enc.cfg"
  timeout 900 curl -s -K "$run/fill-$enc.cfg" || die "filling the page cache ($enc) failed"
done
full_rss_after="$(rss_kb "$app_pid")"
stop_app
search_rows() {
  if [[ "$search_status" == 200 ]]; then
    echo "| search on $roles roles: p95 server time, every query run (app log, $search_requests queries one at a time, p50 ${search_p50} ms, p99 ${search_p99} ms) | ${search_p95} ms | wrk p95 ${search_wrk_p95} ms | | < 10 ms | $(pass "$search_p95" '<' 10) |"
    echo "| search on $roles roles: p95 latency, the same 50 queries repeated (no page cache for search: each runs FTS5) | ${search_cached_p95} ms | | | (context) | |"
  else
    echo "| search on $roles roles | /search answered $search_status | | | < 10 ms | not run |"
  fi
}
pass() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<=" ? a <= b : op == "<" ? a < b : op == ">=" ? a >= b : op == "==" ? a == b : 0); print (ok ? "pass" : "FAIL") }'; }
if [[ "$only" == search ]]; then
  {
    echo "| measurement | CareerCluster | comparison | ratio | target | result |"
    echo "| --- | ---: | ---: | ---: | --- | --- |"
    search_rows
    echo
    echo "ONLY=search: the other sections did not run. Content: $(grep -oE 'Built .*' "$run/search.log" | tail -n 1 || true)"
    echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  } | tee "$out/results-search.md"
  exit 0
fi

# ---------------------------------------------------------------- reliability: load while reloading
log "reliability: ${soak_seconds}s at c=128 while the content reloads $reloads times"
soak_content="$run/soak-content"
rm -rf "$soak_content" && cp -r "$repo/content" "$soak_content"
start_app soak "$soak_content" "$run/soak-data" true
wait_200_ms /readyz 60 "$(now_ms)" >/dev/null
cat >"$run/soak.lua" <<'EOF'
local paths = { "/", "/roles/nurses", "/pathways/diagnostic-services", "/clusters/healthcare-science", "/faq",
  "/roles/genomics-healthcare-scientist", "/roles/sonographers", "/sitemap.xml", "/roles/audiologist", "/readyz" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
EOF
for _ in $(seq 1 20); do curl -s -o /dev/null "$app_base/"; done
soak_rss_before="$(rss_kb "$app_pid")"
timeout $((soak_seconds + 30)) wrk -t2 -c128 -d"${soak_seconds}s" --timeout 5s --latency -s "$run/soak.lua" "$app_base" >"$run/wrk-soak.txt" 2>&1 &
wrk_pid=$!
pids+=("$wrk_pid")
interval="$(awk -v s="$soak_seconds" -v r="$reloads" 'BEGIN { printf "%.2f", (s - 4) / r }')"
sleep 2
# Each edit's time to show on the page under this load (issue 3: within 2 seconds); 10 s means never.
reload_ms=()
for i in $(seq 1 "$reloads"); do
  t0="$(now_ms)"
  printf '\nReload %s during the benchmark.\n' "$i" >>"$soak_content/clusters/health-science/therapeutic-services/nurses.md"
  visible=10000
  while (($(now_ms) - t0 < 10000)); do
    body="$(curl -s --max-time 2 "$app_base/roles/nurses" || true)"
    if [[ "$body" == *"Reload $i during the benchmark."* ]]; then
      visible=$(($(now_ms) - t0))
      break
    fi
    sleep 0.02
  done
  reload_ms+=("$visible")
  rest="$(awk -v i="$interval" -v t="$(($(now_ms) - t0))" 'BEGIN { r = i - t / 1000; printf "%.2f", (r > 0 ? r : 0) }')"
  sleep "$rest"
done
reload_median="$(printf '%s\n' "${reload_ms[@]}" | median)"
reload_max="$(printf '%s\n' "${reload_ms[@]}" | sort -n | tail -n 1)"
wait "$wrk_pid" || die "wrk soak failed: $(cat "$run/wrk-soak.txt")"
soak_rss_after="$(rss_kb "$app_pid")"
soak_reloads="$(grep -c 'Content reload: Built' "$run/soak.log" || true)"
soak_bad="$(wrk_bad "$run/wrk-soak.txt")"
soak_rps="$(wrk_rps "$run/wrk-soak.txt")"
soak_p99="$(wrk_p99 "$run/wrk-soak.txt")"
soak_5xx="$(grep -cE ' (5[0-9][0-9]) [0-9.]+ ms' "$run/soak.log" || true)"
stop_app

# ---------------------------------------------------------------- report
build_ratio="$(ratio "$our_wall" "$hugo_wall")"
{
  echo "| measurement | CareerCluster | comparison | ratio | target | result |"
  echo "| --- | ---: | ---: | ---: | --- | --- |"
  echo "| content build, $roles roles: wall time (median of $build_runs) | ${our_wall} s | Hugo ${hugo_wall} s | ${build_ratio} | ratio <= 1.0 | $(pass "$build_ratio" '<=' 1.0) |"
  echo "| content build: peak RSS | $(mb "$our_peak") MB | Hugo $(mb "$hugo_peak") MB | $(ratio "$our_peak" "$hugo_peak") | ours < 500 MB | $(pass "$(mb "$our_peak")" '<' 500) |"
  echo "| start-up to first 200 on /, up-to-date database (median of $startup_rounds) | ${warm_start} ms | blank app ${floor_start} ms | | <= 1000 ms | $(pass "$warm_start" '<=' 1000) |"
  echo "| start-up, up-to-date database, against a blank \`dotnet new webapp\` app published the same way (median of the rounds' ratios: ${warm_ratios[*]}) | ${warm_start} ms | blank app ${floor_start} ms | ${warm_ratio} | ratio <= 1.5 | $(pass "$warm_ratio" '<=' 1.5) |"
  echo "| start-up to first 200 on /, fresh database (median of $startup_rounds) | ${fresh_start} ms | | | <= 3000 ms | $(pass "$fresh_start" '<=' 3000) |"
  for conns in 32 128; do
    for path in / /roles/nurses; do
      a="app c$conns $path" n="nginx c$conns $path" r="$(ratio "${rps[app c$conns $path]}" "${rps[nginx c$conns $path]}")"
      echo "| throughput \`$path\` c=$conns (wrk ${wrk_seconds} s, median of $rounds alternating rounds) | ${rps[$a]} req/s | nginx ${rps[$n]} req/s | $r | >= 0.75 | $(pass "$r" '>=' 0.75) |"
    done
  done
  for path in / /roles/nurses; do
    echo "| p99 latency \`$path\` c=32 | ${p99[app c32 $path]} ms | nginx ${p99[nginx c32 $path]} ms | | < 10 ms | $(pass "${p99[app c32 $path]}" '<' 10) |"
  done
  for path in / /roles/nurses; do
    echo "| p99 latency \`$path\` c=128 | ${p99[app c128 $path]} ms | nginx ${p99[nginx c128 $path]} ms | | (no target) | |"
  done
  echo "| \`/roles/nurses\` c=32 as browsers ask for it (Accept-Encoding: br, wrk ${wrk_seconds} s) | ${br_rps} req/s, ${br_bytes} bytes (${plain_bytes} uncompressed) | | | (context) | |"
  errors=$(wrk_bad "$br_file")
  for key in "${!bad[@]}"; do errors=$((errors + bad[$key])); done
  echo "| non-2xx/3xx + socket errors in the throughput runs | $errors | | | 0 | $(pass "$errors" '==' 0) |"
  echo "| app RSS after the throughput runs | $(mb "$app_rss_kb") MB | | | < 200 MB | $(pass "$(mb "$app_rss_kb")" '<' 200) |"
  echo "| conditional GET with the ETag | $cond, $cond_bytes bytes | | | 304, 0 bytes | $( [[ "$cond" == 304 && "$cond_bytes" == 0 ]] && echo pass || echo FAIL) |"
  search_rows
  echo "| app RSS, $roles-role content: after start-up (its own build) -> page cache full ($full_pages pages, plain, br and gzip) | $(mb "$full_rss_before") -> $(mb "$full_rss_after") MB | | | fits the pod limit (deploy/k8s) | |"
  echo "| reload soak: ${soak_seconds} s c=128, content rebuilt $soak_reloads times | ${soak_rps} req/s, p99 ${soak_p99} ms | | | | |"
  echo "| reload soak: non-2xx/3xx + socket errors (wrk), 5xx (app log) | ${soak_bad}, ${soak_5xx} | | | 0, 0 | $( [[ "$soak_bad" == 0 && "$soak_5xx" == 0 && "$soak_reloads" -ge "$reloads" ]] && echo pass || echo FAIL) |"
  echo "| reload soak: an edit visible on its page, under that load (median, max of $reloads) | ${reload_median} ms, ${reload_max} ms | | | <= 2000 ms | $(pass "$reload_max" '<=' 2000) |"
  echo "| reload soak: RSS before -> after | $(mb "$soak_rss_before") -> $(mb "$soak_rss_after") MB | | | stable | |"
  echo
  printf 'Throughput ratio in each round:'
  for conns in 32 128; do
    for path in / /roles/nurses; do
      read -ra app_runs <<<"${rps_runs[app c$conns $path]}"
      read -ra nginx_runs <<<"${rps_runs[nginx c$conns $path]}"
      printf ' `%s` c=%s' "$path" "$conns"
      for i in "${!app_runs[@]}"; do printf ' %s' "$(ratio "${app_runs[$i]}" "${nginx_runs[$i]}")"; done
      printf ';'
    done
  done
  echo
  echo
  echo "Hugo rendered $hugo_pages pages (including alias redirects); ours: ${our_line#Built }."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Tools: $(hugo version | cut -d' ' -f1-2), nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///'), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), .NET $(dotnet --version)."
} | tee "$out/results.md"
