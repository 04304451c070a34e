"""`python tests/audit_server.py LOG app.py [streamlit options]`: `streamlit run` in this very process, with a Python
audit hook (sys.addaudithook) that writes every socket connect, datagram send, bind and name lookup the server makes
to LOG, one JSON line each. tests/test_offline.py reads the log.

The hook sees what goes through Python's socket module (Tornado/uvicorn, urllib, requests, asyncio); a C library
opening its own sockets (say a DuckDB extension downloading itself) would not show here.
"""
from __future__ import annotations

import json
import sys
import threading

# event -> index of the address among the event's arguments
EVENTS = {"socket.connect": 1, "socket.sendto": 1, "socket.sendmsg": 1, "socket.bind": 1, "socket.getaddrinfo": 0,
          "socket.gethostbyname": 0, "socket.gethostbyaddr": 0, "socket.getnameinfo": 0}


def _plain(value):
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return value if isinstance(value, str | int | float | type(None)) else repr(value)


def install(log_path: str) -> None:
    log = open(log_path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - open for the life of the process
    lock = threading.Lock()

    def hook(event: str, args: tuple) -> None:
        where = EVENTS.get(event)
        if where is None:
            return
        line = json.dumps({"event": event, "address": _plain(args[where]) if len(args) > where else None})
        with lock:
            log.write(line + "\n")

    sys.addaudithook(hook)


if __name__ == "__main__":
    install(sys.argv[1])
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", *sys.argv[2:]]
    sys.exit(cli.main())
