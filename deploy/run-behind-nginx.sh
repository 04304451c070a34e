#!/usr/bin/env bash
# Serve the dashboard behind nginx on loopback, in one command:
#
#   deploy/run-behind-nginx.sh                          # nginx on 127.0.0.1:8080, Streamlit on a free port
#   PORT=8080 APP_PORT=8501 deploy/run-behind-nginx.sh  # or: deploy/run-behind-nginx.sh --port 8080 --app-port 8501
#   deploy/run-behind-nginx.sh --print-site             # print the rendered nginx site (deploy/README.md) and exit
#   deploy/run-behind-nginx.sh --replicas 2             # two identical Streamlit processes behind nginx (below)
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
#
# Replicas (--replicas N, or REPLICAS=N; deploy/README.md "Replicas"): N identical Streamlit processes on
# 127.0.0.1:APP_PORT, APP_PORT+1, ... (default: free ports), one nginx in front. A browser keeps to one replica by a
# cookie (alliance_route); a replica that stops answering is skipped and its users reconnect to another, keeping
# their URL. All replicas get the same Streamlit cookie secret (COOKIE_SECRET, else server.cookieSecret from
# Streamlit's config if set there, else a random one for this run), the same settings and the same data folder;
# with ALLIANCE_MIRROR_DIR set, replica i mirrors into ALLIANCE_MIRROR_DIR/replica-i. The command checks each
# replica's /_stcore/health every HEALTH_INTERVAL seconds (default 5; each check waits HEALTH_TIMEOUT, default 5): a
# replica that exits, or fails HEALTH_FAILS checks in a row (default 3) after it was once healthy, is reported and
# started again after RESTART_DELAY seconds (default 2; --no-restart: only reported). $RUNTIME_DIR/replicas lists
# "name address pid" of each.
# --replica-header adds X-Alliance-Replica (the answering replica's name) to every response: for tests only.
# With one replica (the default) everything is as it was without this option.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TEMPLATE="$ROOT/deploy/nginx.conf.template"
PRINT_SITE=0
REPLICAS="${REPLICAS:-1}"
REPLICA_HEADER="${REPLICA_HEADER:-0}"
RESTART=1

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --port=*) PORT="${1#*=}"; shift ;;
    --app-port) APP_PORT="$2"; shift 2 ;;
    --app-port=*) APP_PORT="${1#*=}"; shift ;;
    --print-site) PRINT_SITE=1; shift ;;
    --replicas) REPLICAS="$2"; shift 2 ;;
    --replicas=*) REPLICAS="${1#*=}"; shift ;;
    --replica-header) REPLICA_HEADER=1; shift ;;
    --no-restart) RESTART=0; shift ;;
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
if [ -n "${APP_PORT:-}" ]; then APP_PORT_GIVEN=1; fi
if [ -z "${APP_PORT:-}" ]; then
  APP_PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
fi
if [ -z "${MAX_UPLOAD_MB:-}" ]; then
  # Streamlit's own reading of its config: .streamlit/config.toml here, ~/.streamlit, STREAMLIT_SERVER_* variables.
  MAX_UPLOAD_MB="$(cd "$ROOT" && "$PYTHON" -c \
    'from streamlit import config; print(int(config.get_option("server.maxUploadSize")))' 2>/dev/null || echo 200)"
fi
for value in "$PORT" "$APP_PORT" "$MAX_UPLOAD_MB" "$REPLICAS"; do
  case "$value" in ''|*[!0-9]*) echo "run-behind-nginx: not a number: '$value'" >&2; exit 2 ;; esac
done
[ "$REPLICAS" -ge 1 ] || { echo "run-behind-nginx: --replicas must be at least 1" >&2; exit 2; }
# Replica i (1..N) listens on REPLICA_PORTS[i-1]: APP_PORT, APP_PORT+1, ... when APP_PORT was given, else free ports.
REPLICA_PORTS=("$APP_PORT")
if [ "$REPLICAS" -gt 1 ]; then
  if [ -n "${APP_PORT_GIVEN:-}" ]; then
    REPLICA_PORTS=($(seq "$APP_PORT" "$((APP_PORT + REPLICAS - 1))"))
  else
    REPLICA_PORTS=($("$PYTHON" -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))' "$REPLICAS"))
    APP_PORT="${REPLICA_PORTS[0]}"
  fi
fi
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
  # One replica: the "#@replicas" lines go and the site is what it always was. More: they are uncommented, the
  # upstream lists every replica, each replica gets a group of its own (the others its backups), and the locations
  # pass to the group the route cookie names.
  local rules=(-e '/^#@replicas /d' -e '/^#@replica-header /d')
  if [ "$REPLICAS" -gt 1 ]; then
    local servers="" groups="" routes="" served="" i j
    for i in "${!REPLICA_PORTS[@]}"; do
      servers+="    server 127.0.0.1:${REPLICA_PORTS[$i]} max_fails=1 fail_timeout=10s;\n"
      groups+="upstream alliance_r$((i + 1)) {\n"
      for j in "${!REPLICA_PORTS[@]}"; do
        groups+="    server 127.0.0.1:${REPLICA_PORTS[$j]} max_fails=1 fail_timeout=10s$([ "$j" = "$i" ] || echo ' backup');\n"
      done
      groups+="    keepalive 8;\n}\n"
      routes+="    r$((i + 1)) alliance_r$((i + 1));\n"
      served+="    \"~:${REPLICA_PORTS[$i]}\$\" r$((i + 1));\n"
    done
    rules=(-e 's|^#@replicas ||')
    if [ "$REPLICA_HEADER" = 1 ]; then rules+=(-e 's|^#@replica-header ||'); else rules+=(-e '/^#@replica-header /d'); fi
    rules+=(-e "s|^    server 127.0.0.1:@APP_PORT@;\$|${servers%\\n}|"
            -e "s|^@REPLICA_UPSTREAMS@\$|${groups%\\n}|"
            -e "s|^@ROUTE_UPSTREAMS@\$|${routes%\\n}|"
            -e "s|^@SERVED_ROUTES@\$|${served%\\n}|"
            -e 's|proxy_pass http://alliance_app;|proxy_pass http://$alliance_upstream;|')
  fi
  # Comment lines keep their @NAMES@ (they document the placeholders).
  sed "${rules[@]}" -e "/^[[:space:]]*#/!{s|@LISTEN@|$LISTEN_ADDRESS:$PORT|g; s|@APP_PORT@|$APP_PORT|g; s|@MAX_BODY@|$MAX_BODY|g;" \
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
  for pid in $APP_PID; do kill -TERM "$pid" 2>/dev/null || true; done  # one pid, or one per replica
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

if [ "$REPLICAS" -gt 1 ]; then  # the access log names the replica that answered and the route cookie sent
  sed -i "s|^    access_log .*|    log_format alliance_replicas '\$remote_addr [\$time_local] \"\$request\" \$status \$body_bytes_sent upstream=\$upstream_addr route=\$cookie_alliance_route rt=\$request_time';\n    access_log $RUNTIME_DIR/access.log alliance_replicas;|" "$RUNTIME_DIR/nginx.conf"
fi

NGINX_ARGS=(-p "$RUNTIME_DIR" -e "$RUNTIME_DIR/error.log" -c "$RUNTIME_DIR/nginx.conf")
"$NGINX_BIN" "${NGINX_ARGS[@]}" -t -q

cd "$ROOT"
if [ "$REPLICAS" -gt 1 ]; then
  # Identical replicas: one cookie secret (Streamlit signs its XSRF cookie, st.login its auth cookie, with it: a user
  # moved to another replica keeps working), the same settings and data (the environment), the same flags.
  if [ -n "${COOKIE_SECRET:-}" ]; then
    export STREAMLIT_SERVER_COOKIE_SECRET="$COOKIE_SECRET"
  elif [ -z "${STREAMLIT_SERVER_COOKIE_SECRET:-}" ] && ! "$PYTHON" -c \
      'import sys; from streamlit import config; config.get_config_options(); sys.exit(0 if config.is_manually_set("server.cookieSecret") else 1)' \
      2>/dev/null; then
    export STREAMLIT_SERVER_COOKIE_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')"
  fi
  declare -a PIDS HEALTHY FAILS
  start_replica() {  # $1: index 0..N-1
    local i="$1" port="${REPLICA_PORTS[$1]}"
    if [ -n "${ALLIANCE_MIRROR_DIR:-}" ]; then
      ALLIANCE_MIRROR_DIR="$ALLIANCE_MIRROR_DIR/replica-$((i + 1))" "$PYTHON" -m streamlit run app.py \
        --server.address 127.0.0.1 --server.port "$port" \
        --server.headless true --browser.gatherUsageStats false --server.enableXsrfProtection true \
        --server.maxUploadSize "$MAX_UPLOAD_MB" --server.fileWatcherType none &
    else
      "$PYTHON" -m streamlit run app.py \
        --server.address 127.0.0.1 --server.port "$port" \
        --server.headless true --browser.gatherUsageStats false --server.enableXsrfProtection true \
        --server.maxUploadSize "$MAX_UPLOAD_MB" --server.fileWatcherType none &
    fi
    PIDS[$i]=$!
    HEALTHY[$i]=0
    FAILS[$i]=0
    APP_PID="${PIDS[*]}"
    for j in "${!PIDS[@]}"; do echo "r$((j + 1)) 127.0.0.1:${REPLICA_PORTS[$j]} ${PIDS[$j]}"; done \
      > "$RUNTIME_DIR/replicas.tmp" && mv "$RUNTIME_DIR/replicas.tmp" "$RUNTIME_DIR/replicas"
  }
  for i in "${!REPLICA_PORTS[@]}"; do start_replica "$i"; done
  "$NGINX_BIN" "${NGINX_ARGS[@]}" -g 'daemon off;' &
  NGINX_PID=$!
  echo "run-behind-nginx: http://$LISTEN_ADDRESS:$PORT/ -> $REPLICAS replicas of streamlit on 127.0.0.1:" \
       "${REPLICA_PORTS[*]} (upload limit ${MAX_UPLOAD_MB} MB, nginx ${MAX_BODY}; runtime $RUNTIME_DIR)" >&2

  # Watch: nginx gone ends the run; a replica gone, or failing its health check HEALTH_FAILS times in a row after
  # it was once healthy, is reported and (unless --no-restart) started again. nginx meanwhile sends its users to
  # the others (passive checks: max_fails, fail_timeout).
  HEALTH_INTERVAL="${HEALTH_INTERVAL:-5}"
  HEALTH_FAILS="${HEALTH_FAILS:-3}"
  HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-5}"
  replica_healthy() {  # $1: port; curl if there is one, else the venv's Python
    if command -v curl >/dev/null 2>&1; then
      curl -fsS -o /dev/null -m "$HEALTH_TIMEOUT" "http://127.0.0.1:$1/_stcore/health" 2>/dev/null
    else
      "$PYTHON" -c 'import sys, urllib.request
sys.exit(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/_stcore/health", timeout=float(sys.argv[2])).status != 200)' \
        "$1" "$HEALTH_TIMEOUT" 2>/dev/null
    fi
  }
  RESTART_DELAY="${RESTART_DELAY:-2}"
  declare -a DOWN_SINCE
  last_check=0
  while true; do
    sleep 1 & wait $! || true
    kill -0 "$NGINX_PID" 2>/dev/null || { status=0; wait "$NGINX_PID" || status=$?;
      echo "run-behind-nginx: nginx exited (status $status); stopping" >&2; exit "$status"; }
    now=$SECONDS
    check=0
    if [ $((now - last_check)) -ge "$HEALTH_INTERVAL" ]; then check=1; last_check=$now; fi
    alive=0
    for i in "${!PIDS[@]}"; do
      pid="${PIDS[$i]}"
      if [ -z "$pid" ]; then  # down: restart when its delay is over
        if [ "$RESTART" = 1 ] && [ $((now - DOWN_SINCE[i])) -ge "$RESTART_DELAY" ]; then
          echo "run-behind-nginx: starting replica r$((i + 1)) again on 127.0.0.1:${REPLICA_PORTS[$i]}" >&2
          start_replica "$i"
          alive=$((alive + 1))
        fi
        continue
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        status=0; wait "$pid" || status=$?
        echo "run-behind-nginx: replica r$((i + 1)) (127.0.0.1:${REPLICA_PORTS[$i]}, pid $pid) exited" \
             "(status $status); nginx sends its users to the other replicas" >&2
        PIDS[$i]=""; DOWN_SINCE[$i]=$now; APP_PID="${PIDS[*]}"
        continue
      fi
      alive=$((alive + 1))
      [ "$check" = 1 ] || continue
      if replica_healthy "${REPLICA_PORTS[$i]}"; then
        [ "${HEALTHY[$i]}" = 1 ] || echo "run-behind-nginx: replica r$((i + 1)) healthy" >&2
        HEALTHY[$i]=1; FAILS[$i]=0
      elif [ "${HEALTHY[$i]}" = 1 ]; then
        FAILS[$i]=$((FAILS[i] + 1))
        echo "run-behind-nginx: replica r$((i + 1)) failed its health check (${FAILS[$i]} of $HEALTH_FAILS)" >&2
        if [ "${FAILS[$i]}" -ge "$HEALTH_FAILS" ]; then
          echo "run-behind-nginx: replica r$((i + 1)) unhealthy; killing it" >&2
          kill -KILL "$pid" 2>/dev/null || true  # reported and restarted as exited on the next round
        fi
      fi
    done
    if [ "$alive" = 0 ] && [ "$RESTART" = 0 ]; then
      echo "run-behind-nginx: no replica left; stopping" >&2
      exit 1
    fi
  done
fi
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
