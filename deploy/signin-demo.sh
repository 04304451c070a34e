#!/usr/bin/env bash
# Try sign-in on this machine, in one command: a local OpenID provider with the test accounts and the dashboard
# signing in with it, both on loopback.
#
#   deploy/signin-demo.sh                               # app on 127.0.0.1:8501, provider on a free port, the
#                                                       # test accounts' roles (deploy/alliance.signin-demo.toml)
#   deploy/signin-demo.sh path/to/alliance.toml         # the same, with ALLIANCE_CONFIG=that file (roles)
#   APP_PORT=8600 PROVIDER_PORT=9400 deploy/signin-demo.sh   # or --app-port 8600 --provider-port 9400
#
# Starts the tests' OpenID provider (tests/js/oidc_provider.mjs: panva's oidc-provider under node, its development
# login and consent pages, the test accounts; `npm ci --prefix tests/js` installs it) on 127.0.0.1:PROVIDER_PORT and
# `streamlit run app.py` on 127.0.0.1:APP_PORT with a secrets file generated in a fresh /tmp/alliance-signin.*
# folder (fresh client secret and cookie secret each run; the folder is removed on exit): Streamlit reads it through
# --secrets.files, so the repository's .streamlit/ is neither read for secrets nor written. Prints the URL and the
# accounts. Open the app at 127.0.0.1, not localhost: the redirect URI names 127.0.0.1, and Streamlit's sign-in state
# lives in a cookie of the host it was started from. Ctrl-C / SIGTERM / either process exiting stops both. For a
# demo only: the provider keeps everything in memory and lets anyone with the shared password in.
#
# Environment (the flags win):
#   APP_PORT        Streamlit's port on 127.0.0.1 (default 8501)
#   PROVIDER_PORT   the provider's port on 127.0.0.1 (default: a free one)
#   ALLIANCE_CONFIG the app's alliance.toml (the optional argument sets it)
#   ALLIANCE_DATA_DIR, other ALLIANCE_* settings: passed on to the app as they are
#   OIDC_PASSWORD   the accounts' password (default alliance-test)
#   PYTHON          the interpreter with Streamlit, Authlib and httpx (default: .venv/bin/python, else python3)
#   NODE            node (default: node on PATH)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROVIDER_JS="$ROOT/tests/js/oidc_provider.mjs"
CONFIG_ARG=""

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --app-port) APP_PORT="$2"; shift 2 ;;
    --app-port=*) APP_PORT="${1#*=}"; shift ;;
    --provider-port) PROVIDER_PORT="$2"; shift 2 ;;
    --provider-port=*) PROVIDER_PORT="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "signin-demo: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    *) [ -z "$CONFIG_ARG" ] || { echo "signin-demo: one config file only (try --help)" >&2; exit 2; }
       CONFIG_ARG="$1"; shift ;;
  esac
done

if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON="python3"; fi
fi
NODE="${NODE:-$(command -v node || true)}"
OIDC_PASSWORD="${OIDC_PASSWORD:-alliance-test}"
APP_PORT="${APP_PORT:-8501}"
PROVIDER_PORT="${PROVIDER_PORT:-0}"
for value in "$APP_PORT" "$PROVIDER_PORT"; do
  case "$value" in ''|*[!0-9]*) echo "signin-demo: not a port number: '$value'" >&2; exit 2 ;; esac
done

[ -n "$NODE" ] || { echo "signin-demo: node not found (Debian: apt-get install nodejs npm)" >&2; exit 127; }
[ -d "$ROOT/tests/js/node_modules/oidc-provider" ] || {
  echo "signin-demo: oidc-provider is not installed: npm ci --prefix tests/js" >&2; exit 1; }
"$PYTHON" -c 'import streamlit, authlib, httpx' 2>/dev/null || {
  echo "signin-demo: $PYTHON cannot import streamlit, authlib and httpx (st.login needs Authlib and httpx:" \
       "pip install -r requirements.txt; or set PYTHON=)" >&2; exit 1; }
# With no file named and none in the environment: the roles of the test accounts (deploy/alliance.signin-demo.toml).
if [ -z "$CONFIG_ARG" ] && [ -z "${ALLIANCE_CONFIG:-}" ]; then
  CONFIG_ARG="$ROOT/deploy/alliance.signin-demo.toml"
fi
if [ -n "$CONFIG_ARG" ]; then
  [ -f "$CONFIG_ARG" ] || { echo "signin-demo: no such file: $CONFIG_ARG" >&2; exit 2; }
  ALLIANCE_CONFIG="$(cd "$(dirname "$CONFIG_ARG")" && pwd)/$(basename "$CONFIG_ARG")"
  export ALLIANCE_CONFIG
fi
if "$PYTHON" -c 'import socket, sys; s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$APP_PORT" \
    2>/dev/null; then :; else
  echo "signin-demo: port $APP_PORT on 127.0.0.1 is taken (choose another with --app-port)" >&2; exit 1
fi

# From here on, any exit stops what was started and removes the secrets folder.
PROVIDER_PID=""
APP_PID=""
WORK="$(mktemp -d /tmp/alliance-signin.XXXXXX)"
cleanup() {
  trap '' INT TERM
  trap - EXIT
  [ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null || true
  [ -n "$PROVIDER_PID" ] && kill -TERM "$PROVIDER_PID" 2>/dev/null || true
  for pid in $APP_PID $PROVIDER_PID; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 700 "$WORK"

APP_URL="http://127.0.0.1:$APP_PORT"
CLIENT_ID="alliance-dashboard"
CLIENT_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(32))')"
COOKIE_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')"

"$NODE" "$PROVIDER_JS" --port "$PROVIDER_PORT" --client-id "$CLIENT_ID" --client-secret="$CLIENT_SECRET" \
  --redirect-uri "$APP_URL/oauth2callback" --password "$OIDC_PASSWORD" > "$WORK/provider.out" &
PROVIDER_PID=$!
ISSUER=""
for _ in $(seq 150); do
  ISSUER="$(sed -n 's/^ready //p' "$WORK/provider.out")"
  [ -n "$ISSUER" ] && break
  kill -0 "$PROVIDER_PID" 2>/dev/null || { echo "signin-demo: the provider exited" >&2; exit 1; }
  sleep 0.2
done
[ -n "$ISSUER" ] || { echo "signin-demo: the provider did not start" >&2; exit 1; }

# Streamlit's [auth] section (st.login with the default provider). prompt = "login": Streamlit's default,
# select_account, is refused by oidc-provider.
cat > "$WORK/secrets.toml" <<EOF
[auth]
redirect_uri = "$APP_URL/oauth2callback"
cookie_secret = "$COOKIE_SECRET"
client_id = "$CLIENT_ID"
client_secret = "$CLIENT_SECRET"
server_metadata_url = "$ISSUER/.well-known/openid-configuration"
client_kwargs = { scope = "openid email profile groups", prompt = "login" }
EOF
chmod 600 "$WORK/secrets.toml"

cd "$ROOT"
"$PYTHON" -m streamlit run app.py \
  --server.address 127.0.0.1 --server.port "$APP_PORT" \
  --server.headless true --browser.gatherUsageStats false --server.enableXsrfProtection true \
  --server.fileWatcherType none --browser.serverAddress 127.0.0.1 --secrets.files "$WORK/secrets.toml" &
APP_PID=$!
up=0
for _ in $(seq 300); do
  if "$PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
      "$APP_URL/_stcore/health" 2>/dev/null; then up=1; break; fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.2
done
[ "$up" = 1 ] || { echo "signin-demo: the app did not start" >&2; exit 1; }

{
  echo
  echo "signin-demo: open $APP_URL/   (OpenID provider $ISSUER; Ctrl-C stops both)"
  [ -n "${ALLIANCE_CONFIG:-}" ] && echo "signin-demo: ALLIANCE_CONFIG=$ALLIANCE_CONFIG"
  echo "signin-demo: accounts (password: $OIDC_PASSWORD)"
  "$NODE" "$PROVIDER_JS" --accounts | "$PYTHON" -c '
import json, sys
for email, account in json.load(sys.stdin).items():
    groups, name = ", ".join(account["groups"]) or "(no group)", account["name"]
    print(f"  {email:36} {groups:12} {name}")'
  echo
} >&2

# Whichever stops first (or a signal) ends the run; the EXIT trap stops the other.
status=0
wait -n "$APP_PID" "$PROVIDER_PID" || status=$?
echo "signin-demo: a process exited (status $status); stopping" >&2
exit "$status"
