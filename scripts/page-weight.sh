#!/usr/bin/env bash
# Page-weight budget for role pages (issue 6), checked against the *published* app:
#   - a role page's HTML under 30 KB uncompressed (every role page in the sitemap, not just one)
#   - all CSS under 20 KB uncompressed
#   - no render-blocking script (every <script src> has defer or async; inline scripts only JSON-LD data)
#   - no web fonts (@font-face absent, no font files requested)
#   - no third-party requests (every script, stylesheet, icon, image, media and CSS url() is same-origin)
# Prints the figures and exits non-zero when anything is over budget.
#
# Usage: scripts/page-weight.sh [already-published-dir]
#   With no argument it runs scripts/publish.sh into a temporary directory first.
#   PAGE_WEIGHT_HTML_BUDGET / PAGE_WEIGHT_CSS_BUDGET (bytes) override the budgets.
set -euo pipefail

# Budgets in bytes (uncompressed); overridable to try the check itself.
html_budget=${PAGE_WEIGHT_HTML_BUDGET:-$((30 * 1024))}
css_budget=${PAGE_WEIGHT_CSS_BUDGET:-$((20 * 1024))}
role_path=/roles/nurses

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/careercluster-weight.XXXXXX")"
# shellcheck source=lib/app-process.sh
source "$repo_root/scripts/lib/app-process.sh"

die() {
  echo "page-weight: $*" >&2
  if [[ -s "$work/app.log" ]]; then
    echo "---- last 30 lines of app output ----" >&2
    tail -n 30 "$work/app.log" >&2
  fi
  exit 2
}

command -v curl >/dev/null || die "curl is required"
command -v dotnet >/dev/null || die "dotnet is required"

if [[ $# -ge 1 ]]; then
  [[ -d "$1" ]] || die "published directory '$1' does not exist"
  pub="$(cd "$1" && pwd)"
else
  pub="$work/publish"
  echo "==> publishing to $pub"
  "$repo_root/scripts/publish.sh" "$pub" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "publish failed"; }
fi
[[ -f "$pub/CareerCluster.Web.dll" ]] || die "$pub/CareerCluster.Web.dll not found (is that a publish directory?)"

if command -v python3 >/dev/null; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
else
  port=18081
fi
base="http://127.0.0.1:$port"
mkdir -p "$work/data"

(cd "$pub" && exec env \
  ASPNETCORE_URLS="$base" \
  ASPNETCORE_ENVIRONMENT=Production \
  Site__BaseUrl="$base" \
  Content__Path="$repo_root/content" \
  Content__Watch=false \
  ConnectionStrings__Careers="Data Source=$work/data/careers.db" \
  dotnet "$pub/CareerCluster.Web.dll") >"$work/app.log" 2>&1 &
app_pid=$!

deadline=$((SECONDS + 60))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/readyz" || true)" == 200 ]]; do
  kill -0 "$app_pid" 2>/dev/null || die "the app exited before it was ready"
  ((SECONDS < deadline)) || die "the app was not ready within 60 s"
  sleep 0.5
done

# GET without Accept-Encoding: the uncompressed size is the budget. $2 receives the body.
fetch() {
  local status
  status="$(curl -s -o "$2" -w '%{http_code}' --max-time 10 "$base$1")" || die "GET $1 failed"
  [[ "$status" == 200 ]] || die "GET $1 returned $status"
}
bytes() { wc -c <"$1" | tr -d ' '; }
gzip_bytes() { gzip -9c "$1" | wc -c | tr -d ' '; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

failures=0
fail() {
  echo "  OVER BUDGET: $*"
  failures=$((failures + 1))
}

# Resource-loading tags only (canonical and Open Graph links name the page, they load nothing).
resource_urls() {
  grep -oiE '<(script|link|img|source|iframe|video|audio|embed|object)\b[^>]*>' "$1" | while read -r tag; do
    if [[ "$tag" =~ ^\<link ]] && ! grep -qiE 'rel="(stylesheet|icon|shortcut icon|apple-touch-icon|preload|modulepreload|prefetch|manifest|mask-icon)"' <<<"$tag"; then
      continue
    fi
    grep -oiE '\b(src|href|srcset|data|poster)="[^"]*"' <<<"$tag" | sed -E 's/^[^=]+="([^"]*)"$/\1/' || true
  done
}

same_origin() {
  case "$1" in
    "$base"/* | "$base") return 0 ;;
    //*) return 1 ;;
    *://*) return 1 ;;
    data:*) return 0 ;;
    *) return 0 ;;
  esac
}

echo "==> page weight of $base$role_path (published app, Production)"
fetch "$role_path" "$work/role.html"
html=$(bytes "$work/role.html")
echo "  HTML $role_path: $html bytes ($(kb "$html")), $(gzip_bytes "$work/role.html") bytes gzipped; budget $(kb $html_budget)"
((html < html_budget)) || fail "$role_path HTML is $html bytes"

# Every role page, so a long role cannot slip past the budget unnoticed.
fetch /sitemap.xml "$work/sitemap.xml"
largest=0
largest_path=""
count=0
while read -r path; do
  fetch "$path" "$work/page.html"
  size=$(bytes "$work/page.html")
  count=$((count + 1))
  if ((size > largest)); then
    largest=$size
    largest_path=$path
  fi
  ((size < html_budget)) || fail "$path HTML is $size bytes"
done < <(grep -oE '<loc>[^<]+</loc>' "$work/sitemap.xml" | sed -E 's#</?loc>##g; s#^[a-z]+://[^/]+##' | grep -E '^/roles/[^/?]+$')
echo "  HTML, all $count role pages: largest $largest_path at $largest bytes ($(kb "$largest"))"
((count > 0)) || fail "no role pages found in /sitemap.xml"

css_total=0
css_list=""
while read -r href; do
  [[ -n "$href" ]] || continue
  fetch "$href" "$work/style.css"
  size=$(bytes "$work/style.css")
  css_total=$((css_total + size))
  css_list+=" ${href%%\?*}=$size"
  if grep -qi '@font-face' "$work/style.css"; then
    fail "$href declares @font-face (web fonts)"
  fi
  if grep -qiE '@import' "$work/style.css"; then
    fail "$href uses @import (an extra blocking request)"
  fi
  while read -r url; do
    [[ -n "$url" ]] || continue
    same_origin "$url" || fail "$href loads a third-party url($url)"
    if grep -qiE '\.(woff2?|ttf|otf|eot)([?#]|$)' <<<"$url"; then
      fail "$href loads a font file $url"
    fi
  done < <(grep -oiE 'url\([^)]*\)' "$work/style.css" | sed -E "s/^url\(['\"]?//; s/['\"]?\)$//" || true)
done < <(grep -oiE '<link\b[^>]*rel="stylesheet"[^>]*>' "$work/role.html" | grep -oiE 'href="[^"]*"' | sed -E 's/^href="([^"]*)"$/\1/')
echo "  CSS: $css_total bytes ($(kb "$css_total")) in total:$css_list; budget $(kb $css_budget)"
((css_total < css_budget)) || fail "all CSS is $css_total bytes"

scripts=0
while read -r tag; do
  [[ -n "$tag" ]] || continue
  if grep -qiE '\bsrc=' <<<"$tag"; then
    scripts=$((scripts + 1))
    grep -qiE '\b(defer|async)\b|type="module"' <<<"$tag" || fail "render-blocking script: $tag"
  # Razor may write the + of ld+json as &#x2B; in the attribute; browsers read both the same.
  elif ! grep -qiE 'type="application/(ld(\+|&#x2B;|&#43;))?json"' <<<"$tag"; then
    fail "inline script: $tag"
  fi
done < <(grep -oiE '<script\b[^>]*>' "$work/role.html")
echo "  scripts: $scripts external, all deferred unless reported above; inline scripts are JSON-LD data only"

if grep -qi '@font-face' "$work/role.html"; then
  fail "the HTML declares @font-face"
fi
echo "  web fonts: none unless reported above"

third=0
resources=0
while read -r url; do
  [[ -n "$url" ]] || continue
  resources=$((resources + 1))
  for candidate in ${url//,/ }; do
    [[ "$candidate" =~ ^[0-9.]+[wx]$ ]] && continue
    if ! same_origin "$candidate"; then
      third=$((third + 1))
      fail "third-party request: $candidate"
    fi
  done
done < <(resource_urls "$work/role.html")
echo "  resources referenced by the page: $resources, third-party: $third"

if ((failures > 0)); then
  echo "page weight: $failures problem(s)"
  exit 1
fi
echo "page weight: within budget"
