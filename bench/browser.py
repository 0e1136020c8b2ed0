"""A minimal browser for the benchmarks: one connection, a cookie jar, and the forms of a page."""

from __future__ import annotations

import dataclasses
import http.client
import urllib.parse
from html.parser import HTMLParser

HOST = "127.0.0.1"


@dataclasses.dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    text: str

    @property
    def location(self) -> str:
        """The path a redirect points to."""
        return urllib.parse.urlsplit(self.headers.get("Location", "")).path


class Client:
    """One browser: a keep-alive connection (reopened when the server closes it) and its cookies.

    A request that gets no response raises ``OSError`` (or ``http.client.HTTPException``),
    except on a kept-alive connection the server had already closed, which is retried once on a new one.
    """

    def __init__(self, port: int, timeout: float = 30):
        self.port = port
        self.timeout = timeout
        self.connection: http.client.HTTPConnection | None = None
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Response:
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        while True:
            reused = self.connection is not None
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.HTTPException, OSError):
                self.close()
                if not reused:
                    raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return Response(response.status, dict(response.getheaders()), text)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


@dataclasses.dataclass
class Form:
    """A form of a page: where it posts, its hidden fields, and the choices a user can make in it."""

    id: str
    action: str
    hidden: dict[str, str] = dataclasses.field(default_factory=dict)
    radios: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    texts: list[str] = dataclasses.field(default_factory=list)
    buttons: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (name, value) of named submit buttons


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[Form] = []
        self.current: Form | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.current = Form(attrs.get("id", ""), attrs.get("action", ""))
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input":
            kind, name = attrs.get("type", "text"), attrs.get("name", "")
            if kind == "hidden":
                self.current.hidden[name] = attrs.get("value", "")
            elif kind == "radio":
                self.current.radios.setdefault(name, []).append(attrs.get("value", ""))
            elif kind in ("text", "number") and name:
                self.current.texts.append(name)
        elif tag == "button" and attrs.get("name"):
            self.current.buttons.append((attrs["name"], attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def page_forms(html: str) -> dict[str, Form]:
    """The forms of a page, by their id attribute."""
    parser = _FormParser()
    parser.feed(html)
    return {form.id: form for form in parser.forms}
