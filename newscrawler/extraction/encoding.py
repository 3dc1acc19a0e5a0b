"""Page bytes to text, when the server and the page disagree about the encoding.

Browsers let the HTTP header win; old Korean sites often send a server-wide
default (UTF-8 or ISO-8859-1) over pages written in EUC-KR/CP949 and say so
only in their <meta>. So: a BOM decides; a header charset is kept only when
the bytes really are in it and the page does not declare something else over
a single-byte server default; then the <meta> charset; then detection.
EUC-KR is read as CP949, its superset, as browsers do.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

# Characters XML (and so lxml's trees and the extractor) cannot hold, raw or as character references;
# one of them anywhere used to cost the page its whole body. Form feed and vertical tab become spaces.
# Raw ones are taken out of the UTF-8 bytes by bytes.translate (a UTF-8 byte below 0x80 is always the
# character itself): a regular expression's character class is scanned letter by letter (~1.3 ms a page).
# References are looked for by patterns with a literal start ("&#"), which are scanned fast.
_RAW_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_RAW_SPACES = bytes.maketrans(b"\x0b\x0c", b"  ")
_REF_CONTROL = re.compile(rb"&#(?:0*(?:[0-8]|1[4-9]|2\d|3[01]|127)|[xX]0*(?:[0-8]|1[0-9a-fA-F]|[eEfF]|7[fF]));")
_REF_SPACE = re.compile(rb"&#(?:0*(?:11|12)|[xX]0*[bBcC]);")
# Either of the two, searched first: most pages have neither.
_REF_ANY = re.compile(rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF]));")
# Charsets servers send by default, whatever the page is written in.
_SERVER_DEFAULTS = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii", "us-ascii"})


def decode_page(body: bytes, content_type: str = "") -> tuple[str, str, bool]:
    """The page's text, the encoding it was read with, and whether that text is all of the page's bytes as
    they are (no byte order mark taken off, nothing undecodable replaced)."""
    bom, _ = read_bom(body)
    if bom:
        encoding = resolve_encoding(bom) or "utf-8"
        return body.decode(encoding, "replace").lstrip("\ufeff"), encoding, False
    header = _resolve(http_content_type_encoding(content_type))
    declared = _resolve(html_body_declared_encoding(body))
    candidates: list[str] = []
    if header and not (declared and declared != header and header in _SERVER_DEFAULTS):
        candidates.append(header)
    if declared:
        candidates.append(declared)
    if not candidates:
        candidates.append("utf-8")
    for encoding in candidates:
        try:
            return body.decode(encoding), encoding, True
        except (UnicodeDecodeError, LookupError):
            continue
    guess = from_bytes(body[:200_000]).best()
    guessed = _resolve(guess.encoding) if guess is not None else None
    encoding = guessed or candidates[0]
    return body.decode(encoding, "replace"), encoding, False


def utf8_page(body: bytes, content_type: str = "") -> bytes:
    """The page in UTF-8 (as decode_page reads it: its own bytes where they are UTF-8 already), without the
    control characters (and references to them) no XML tree can hold."""
    text, encoding, whole = decode_page(body, content_type)
    data = body if whole and encoding == "utf-8" else text.encode("utf-8", "replace")
    data = data.translate(_RAW_SPACES, _RAW_CONTROLS)
    if _REF_ANY.search(data):
        data = _REF_SPACE.sub(b" ", _REF_CONTROL.sub(b"", data))
    return data


def _resolve(name: str | None) -> str | None:
    if not name:
        return None
    resolved = resolve_encoding(name)
    return resolved.lower() if resolved else None
