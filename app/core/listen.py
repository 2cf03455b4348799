"""Opening a listening socket for a headless server, with a sentence at every edge: a port out
of range, a port already taken, a port chosen by the system (0), an address beyond this computer."""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket
import sys

from app.core.errors import Action, InputError, UserMessage
from app.core.http import ApiError
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, in_language

MAX_PORT = 65535
_WSAEADDRNOTAVAIL = 10049  # Windows' "the requested address is not valid in its context"

log = logging.getLogger("passerelle.listen")


class PortInUse(ApiError):
    """Another program (often another ``passerelle serve``) already listens on that port."""

    def __init__(self, said: Sentence, *, service: str = "") -> None:
        super().__init__(said, service=service)
        self.user_message = UserMessage(said.template, dict(said.args), Action.NONE)


def check_port(port: int, setting: str = "provet.webhook_port") -> int:
    """``port`` when it is one (0: any free port); an input error naming the setting otherwise."""
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= MAX_PORT:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The port must be a number from 0 to {max} (0: any free port), not {port}. Set {setting} or --port.",
                ),
                max=MAX_PORT,
                port=port,
                setting=setting,
            ),
            field="port",
        )
    return port


def is_loopback(host: str) -> bool:
    """Only this computer can reach ``host`` (127.0.0.1, ::1, localhost)."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def listen_socket(host: str, port: int, what: str, setting: str = "provet.webhook_port") -> socket.socket:
    """A bound TCP socket for uvicorn (``Server.serve(sockets=[...])``); says on the console where
    it listens (the real port when 0 was asked) and warns when other computers can reach it."""
    check_port(port, setting)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        log.info("listen address %s not resolved: %s", host, exc.strerror)  # the system's words: the log
        raise refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The listen address {host} is not known on this computer: give an IP address such as "
                "127.0.0.1, or a name this computer can find.",
            ),
            "host",
            host=host,
        ) from None
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":  # on Windows SO_REUSEADDR lets a second server steal the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise PortInUse(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Port {port} on {host} is already in use (is another 'passerelle serve' running?). "
                        "Stop it, or choose another port ({setting}, or --port).",
                    ),
                    port=port,
                    host=host,
                    setting=setting,
                ),
                service=what,
            ) from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise InputError(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This user may not listen on port {port} of {host}: choose a port above 1024 ({setting}).",
                    ),
                    port=port,
                    host=host,
                    setting=setting,
                ),
                field="port",
            ) from None
        log.info("cannot listen on %s:%s: %s", host, port, exc)  # the system's words: the log
        if exc.errno in (errno.EADDRNOTAVAIL, _WSAEADDRNOTAVAIL):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{host} is not an address of this computer, so Passerelle cannot listen on it: "
                    "keep 127.0.0.1, or give one of this computer's own addresses.",
                ),
                "host",
                host=host,
            ) from None
        raise refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The system does not let Passerelle listen on {host}:{port} (error {code}). "
                "Choose another port ({setting}, or --port).",
            ),
            "port",
            host=host,
            port=port,
            code=exc.errno if exc.errno is not None else "?",
            setting=setting,
        ) from None
    sock.setblocking(False)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    from app.cli_language import say, translate  # the headless commands' language

    said = in_language(what, translate)
    listening = QT_TRANSLATE_NOOP("cli", "{what} listening on {url}. Ctrl+C to stop.")
    sys.stderr.write(say(listening, what=said, url=f"http://{shown}:{bound}") + "\n")
    if not is_loopback(host):
        warning = QT_TRANSLATE_NOOP(
            "cli",
            "Warning: {what} listens on {host}: other computers on the network can reach it. "
            "Keep 127.0.0.1 unless a reverse proxy on another computer forwards to it.",
        )
        sys.stderr.write(say(warning, what=said, host=host) + "\n")
    sys.stderr.flush()
    return sock
