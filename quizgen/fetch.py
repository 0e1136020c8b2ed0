"""Fetching a web page or feed by its link, within limits.

Every fetch has a connect and a read timeout, an overall deadline (a server
that sends a byte a second never holds a build up), a size limit checked
while reading, a bounded number of redirects and a User-Agent that says who
is asking. Anything that goes wrong raises ``FetchError`` with one line
naming the link.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3

from quizgen import __version__

USER_AGENT = f"quizgen/{__version__} (builds fact quizzes from news articles)"
MAX_PAGE_BYTES = 5 * 1024 * 1024
"""News pages with their markup are well under this; larger answers are not articles."""
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
DEADLINE = 30.0
"""Seconds for a whole fetch, however the server drips its bytes."""

_CHUNK = 64 * 1024


class FetchError(ValueError):
    """A link that could not be fetched; the message names the link and why."""


@dataclass(frozen=True)
class Page:
    """What a link gave: its final address after redirects, the body and its declared type."""

    url: str
    content: bytes
    content_type: str = ""


@dataclass(frozen=True)
class Limits:
    """The bounds of one fetch; tests make them small."""

    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    deadline: float = DEADLINE


DEFAULT_LIMITS = Limits()


def is_link(text: str) -> bool:
    """True for an http or https address (with no spaces or control characters in it)."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch(url: str, limits: Limits | None = None) -> Page:
    """Fetch ``url``; raise ``FetchError`` on a timeout, an error status, a redirect loop or too many bytes."""
    limits = limits or DEFAULT_LIMITS
    retries = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0,
                            redirect=limits.max_redirects, raise_on_redirect=True, raise_on_status=False)
    timeout = urllib3.Timeout(connect=limits.connect_timeout, read=limits.read_timeout)
    started = time.monotonic()
    try:
        with urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                                          "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"},
                                 retries=retries, timeout=timeout) as pool:
            response = pool.request("GET", url, preload_content=False, redirect=True)
            try:
                if response.status >= 400:
                    raise FetchError(f"{url}: the server answered {response.status} {response.reason or ''}".rstrip())
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FetchError(f"{url}: too large ({int(declared):,} bytes; the limit is {limits.max_bytes:,})")
                content = _read_within(response, url, limits, started)
                final = response.geturl() or url
                return Page(url=final, content=content, content_type=response.headers.get("Content-Type", ""))
            finally:
                response.release_conn()
    except urllib3.exceptions.MaxRetryError as exc:
        raise FetchError(f"{url}: {_reason(exc.reason, limits)}") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"{url}: {_reason(exc, limits)}") from None


def _read_within(response: urllib3.BaseHTTPResponse, url: str, limits: Limits, started: float) -> bytes:
    """The body, read in chunks so that the size limit and the deadline hold while it arrives."""
    chunks, size = [], 0
    for chunk in response.stream(_CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"{url}: too large (over {limits.max_bytes:,} bytes, the limit)")
        if time.monotonic() - started > limits.deadline:
            raise FetchError(f"{url}: too slow (no complete answer within {limits.deadline:g} seconds)")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(error: BaseException | None, limits: Limits) -> str:
    """A reader's words for why urllib3 gave up."""
    if isinstance(error, urllib3.exceptions.ResponseError) or "redirect" in str(error).lower():
        return f"too many redirects (more than {limits.max_redirects}), perhaps a redirect loop"
    if isinstance(error, (urllib3.exceptions.ReadTimeoutError, urllib3.exceptions.ConnectTimeoutError)):
        return "no answer in time (timed out)"
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return "unknown host"
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return "cannot connect"
    if isinstance(error, urllib3.exceptions.SSLError):
        return "secure connection failed"
    return f"cannot fetch ({type(error).__name__})"
