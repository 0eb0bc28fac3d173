"""The client a rate limit counts: X-Forwarded-For is believed only from a configured proxy."""

import pytest
from pydantic import ValidationError

from assistant.settings import Settings
from assistant.web.clients import client_address


def scope(peer: str, forwarded: str | None = None) -> dict:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded is not None else []
    return {"type": "http", "client": (peer, 4000), "headers": headers}


def networks(value: str) -> tuple:
    return Settings(trusted_proxies=value).trusted_networks


def test_the_header_is_ignored_when_no_proxy_is_trusted() -> None:
    assert client_address(scope("127.0.0.1", "198.51.100.7"), ()) == "127.0.0.1"


def test_the_header_is_ignored_from_a_peer_that_is_not_a_trusted_proxy() -> None:
    assert client_address(scope("203.0.113.5", "198.51.100.7"), networks("10.0.0.0/8")) == "203.0.113.5"


def test_a_trusted_proxy_forwards_the_client() -> None:
    assert client_address(scope("10.0.0.2", "198.51.100.7"), networks("10.0.0.0/8")) == "198.51.100.7"


def test_addresses_the_client_wrote_itself_are_not_believed() -> None:
    # The client sent "1.2.3.4" itself; the proxy appended the address it saw.
    forwarded = "1.2.3.4, 198.51.100.7, 10.0.0.3"
    assert client_address(scope("10.0.0.2", forwarded), networks("10.0.0.0/8")) == "198.51.100.7"


def test_garbage_in_the_header_keeps_the_last_vouched_address() -> None:
    assert client_address(scope("::1", "not-an-ip"), networks("::1")) == "::1"


def test_a_mistyped_proxy_setting_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(trusted_proxies="10.0.0.0/8, proxy.local")
