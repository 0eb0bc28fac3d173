"""Who a request comes from, for rate limits: the connection's peer, or, when that peer is one of
the configured reverse proxies (``ASSISTANT_TRUSTED_PROXIES``), the address it forwarded."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from assistant.settings import Network
from assistant.web.asgi import Scope, header


def _trusted(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(scope: Scope, trusted: Sequence[Network]) -> str:
    """The client's address. X-Forwarded-For is anyone's to write, so it is read only from a trusted
    peer, right to left: the first address no trusted proxy added is the client (the ones further
    left were written by the client itself)."""
    peer = scope["client"][0] if scope.get("client") else "unknown"
    if not _trusted(peer, trusted):
        return peer
    forwarded = (header(scope, b"x-forwarded-for") or b"").decode("latin-1")
    client = peer
    for hop in reversed([part.strip() for part in forwarded.split(",") if part.strip()]):
        try:
            client = str(ipaddress.ip_address(hop))
        except ValueError:
            break  # garbage in the header: keep the last address a trusted proxy vouched for
        if not _trusted(client, trusted):
            break
    return client
