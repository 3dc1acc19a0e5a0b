"""Article URLs in one canonical form, so one article is one key."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that say how a visitor arrived, never which article it is.
TRACKING_PARAM = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ref_src|ref_url|cmpid|ncid|ocid|spm)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f\"'<>\\^`{|}]")  # what may not stand in a URL (RFC 3986), Korean may


def canonical_url(url: str) -> str:
    """``url`` without tracking parameters, fragment, default port or upper-case host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAM.match(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def identity_key(url: str) -> str:
    """One key for URLs that name the same article: :func:`canonical_url`, less ``www.`` and a trailing slash."""
    parts = urlsplit(canonical_url(url))
    netloc = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, netloc, path, parts.query, ""))


def url_variants(url: str) -> list[str]:
    """``url`` and the forms that name the same article: with and without ``www.`` and a trailing slash."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    hosts = [parts.netloc, host if host != parts.netloc else f"www.{host}"]
    path = parts.path.rstrip("/") or "/"
    paths = [parts.path, path if path != parts.path else f"{path}/"] if path != "/" else ["/"]
    variants = [urlunsplit((parts.scheme, h, p, parts.query, "")) for h in hosts for p in paths]
    return list(dict.fromkeys([url, *variants]))


def web_address(value: str, base: str) -> str:
    """``value`` as an absolute http(s) URL (resolved against ``base``, unsafe characters percent-encoded);
    empty when it is no web address at all (``javascript:``, ``data:``, nothing, "http://[oops")."""
    value = value.strip()
    if not value:
        return ""
    try:
        url = _UNSAFE_IN_URL.sub(lambda m: quote(m.group()), urljoin(base, value))
        parts = urlsplit(url)
        return url if parts.scheme in _DEFAULT_PORTS and parts.hostname else ""
    except ValueError:  # a bracketed host that is no IPv6 address
        return ""
