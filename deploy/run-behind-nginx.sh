#!/usr/bin/env bash
# Serve the dashboard behind nginx on loopback, in one command:
#
#   deploy/run-behind-nginx.sh                          # nginx on 127.0.0.1:8080, Streamlit on a free port
#   PORT=8080 APP_PORT=8501 deploy/run-behind-nginx.sh  # or: deploy/run-behind-nginx.sh --port 8080 --app-port 8501
#   deploy/run-behind-nginx.sh --print-site             # print the rendered nginx site (deploy/README.md) and exit
#
# Starts Streamlit on 127.0.0.1:APP_PORT and nginx (deploy/nginx.conf.template, rendered) on 127.0.0.1:PORT, both
# in the foreground of this script; Ctrl-C / SIGTERM / either one exiting stops the other. nginx runs from a private
# main config whose pid file, logs and temp folders live in RUNTIME_DIR (default: a fresh /tmp/alliance-nginx.*,
# removed on exit; a RUNTIME_DIR you give is kept, logs included), so it touches nothing under /etc/nginx or
# /var/lib/nginx. Only nginx (Debian: apt-get install nginx) and the project's venv are needed; root is not.
#
# Environment (the flags win):
#   PORT            nginx's port on 127.0.0.1 (default 8080)
#   APP_PORT        Streamlit's port on 127.0.0.1 (default: a free one)
#   LISTEN_ADDRESS  nginx's address (default 127.0.0.1)
#   MAX_UPLOAD_MB   Streamlit's server.maxUploadSize (default: what Streamlit's config says; the project sets 50 in
#                   .streamlit/config.toml, Streamlit's own default is 200); nginx gets the same limit + 1 MB
#   PYTHON          the interpreter with Streamlit (default: .venv/bin/python beside app.py, else python3)
#   NGINX_BIN       the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
#   RUNTIME_DIR     nginx's private folder (see above)
#   NGINX_USER      user for nginx's workers when started as root (default www-data, else nobody)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TEMPLATE="$ROOT/deploy/nginx.conf.template"
PRINT_SITE=0

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --port=*) PORT="${1#*=}"; shift ;;
    --app-port) APP_PORT="$2"; shift 2 ;;
    --app-port=*) APP_PORT="${1#*=}"; shift ;;
    --print-site) PRINT_SITE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run-behind-nginx: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON="python3"; fi
fi
if [ -z "${NGINX_BIN:-}" ]; then
  NGINX_BIN="$(command -v nginx || true)"
  [ -n "$NGINX_BIN" ] || { [ -x /usr/sbin/nginx ] && NGINX_BIN=/usr/sbin/nginx; } || true
fi
unset NGINX  # nginx reads $NGINX as sockets handed over by a binary upgrade

"$PYTHON" -c 'import streamlit' 2>/dev/null || {
  echo "run-behind-nginx: $PYTHON cannot import streamlit (set PYTHON= to the project's venv python)" >&2; exit 1; }

PORT="${PORT:-8080}"
LISTEN_ADDRESS="${LISTEN_ADDRESS:-127.0.0.1}"
if [ -z "${APP_PORT:-}" ]; then
  APP_PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
fi
if [ -z "${MAX_UPLOAD_MB:-}" ]; then
  # Streamlit's own reading of its config: .streamlit/config.toml here, ~/.streamlit, STREAMLIT_SERVER_* variables.
  MAX_UPLOAD_MB="$(cd "$ROOT" && "$PYTHON" -c \
    'from streamlit import config; print(int(config.get_option("server.maxUploadSize")))' 2>/dev/null || echo 200)"
fi
for value in "$PORT" "$APP_PORT" "$MAX_UPLOAD_MB"; do
  case "$value" in ''|*[!0-9]*) echo "run-behind-nginx: not a number: '$value'" >&2; exit 2 ;; esac
done
MAX_BODY="$((MAX_UPLOAD_MB + 1))m"

# The CSP allows no inline script but the one(s) in Streamlit's index.html and the meeting view's clicker keys
# (alliance/assets/clicker.js, run as an inline script by st.html), each by the hash of its exact text.
SCRIPT_HASHES="$(cd "$ROOT" && "$PYTHON" - <<'PY'
import base64, hashlib, re
from pathlib import Path

import streamlit

html = (Path(streamlit.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
inline.append(Path("alliance/assets/clicker.js").read_text(encoding="utf-8"))
print(" ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline))
PY
)"

render_site() {
  # Comment lines keep their @NAMES@ (they document the placeholders).
  sed -e "/^[[:space:]]*#/!{s|@LISTEN@|$LISTEN_ADDRESS:$PORT|g; s|@APP_PORT@|$APP_PORT|g; s|@MAX_BODY@|$MAX_BODY|g;" \
      -e "s|@SCRIPT_HASHES@|$SCRIPT_HASHES|g;}" "$TEMPLATE"
}

if [ "$PRINT_SITE" = 1 ]; then
  render_site
  exit 0
fi

[ -n "$NGINX_BIN" ] || { echo "run-behind-nginx: nginx not found (Debian: apt-get install nginx)" >&2; exit 127; }

# From here on, any exit stops what was started and removes a runtime folder made here.
APP_PID=""
NGINX_PID=""
KEEP_RUNTIME=1
cleanup() {
  trap '' INT TERM
  trap - EXIT
  [ -n "$NGINX_PID" ] && kill -TERM "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null || true
  for pid in $NGINX_PID $APP_PID; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  [ "$KEEP_RUNTIME" = 1 ] || rm -rf "$RUNTIME_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -n "${RUNTIME_DIR:-}" ]; then
  mkdir -p "$RUNTIME_DIR"
else
  RUNTIME_DIR="$(mktemp -d /tmp/alliance-nginx.XXXXXX)"
  KEEP_RUNTIME=0
fi
RUNTIME_DIR="$(cd "$RUNTIME_DIR" && pwd)"

USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  # nginx's workers drop root; they must reach the temp folders nginx creates (and chowns to them) in here.
  worker="${NGINX_USER:-www-data}"
  id "$worker" >/dev/null 2>&1 || worker=nobody
  USER_LINE="user $worker;"
  chmod 711 "$RUNTIME_DIR"
  if command -v runuser >/dev/null 2>&1 && ! runuser -u "$worker" -- test -x "$RUNTIME_DIR"; then
    echo "run-behind-nginx: nginx's workers ($worker) cannot reach $RUNTIME_DIR (a private parent folder?);" \
         "uploads would fail. Choose another RUNTIME_DIR (e.g. leave it unset)." >&2
    exit 1
  fi
fi

render_site > "$RUNTIME_DIR/site.conf"
cat > "$RUNTIME_DIR/nginx.conf" <<EOF
# Generated by deploy/run-behind-nginx.sh: a private main config around deploy/nginx.conf.template.
$USER_LINE
worker_processes 1;
pid $RUNTIME_DIR/nginx.pid;
error_log $RUNTIME_DIR/error.log notice;
events { worker_connections 512; }
http {
    client_body_temp_path $RUNTIME_DIR/client_body;
    proxy_temp_path $RUNTIME_DIR/proxy;
    fastcgi_temp_path $RUNTIME_DIR/fastcgi;
    uwsgi_temp_path $RUNTIME_DIR/uwsgi;
    scgi_temp_path $RUNTIME_DIR/scgi;
    access_log $RUNTIME_DIR/access.log;
    server_tokens off;
    include $RUNTIME_DIR/site.conf;
}
EOF

NGINX_ARGS=(-p "$RUNTIME_DIR" -e "$RUNTIME_DIR/error.log" -c "$RUNTIME_DIR/nginx.conf")
"$NGINX_BIN" "${NGINX_ARGS[@]}" -t -q

cd "$ROOT"
"$PYTHON" -m streamlit run app.py \
  --server.address 127.0.0.1 --server.port "$APP_PORT" \
  --server.headless true --browser.gatherUsageStats false --server.enableXsrfProtection true \
  --server.maxUploadSize "$MAX_UPLOAD_MB" --server.fileWatcherType none &
APP_PID=$!
"$NGINX_BIN" "${NGINX_ARGS[@]}" -g 'daemon off;' &
NGINX_PID=$!

echo "run-behind-nginx: http://$LISTEN_ADDRESS:$PORT/ -> streamlit on 127.0.0.1:$APP_PORT" \
     "(upload limit ${MAX_UPLOAD_MB} MB, nginx ${MAX_BODY}; runtime $RUNTIME_DIR)" >&2

# Whichever stops first (or a signal) ends the run; the EXIT trap stops the other.
status=0
wait -n "$APP_PID" "$NGINX_PID" || status=$?
echo "run-behind-nginx: a process exited (status $status); stopping" >&2
exit "$status"
