"""A post file: YAML front matter between ``---`` lines, a blank line, the body.

Written and read with python-frontmatter, through :class:`PostYAMLHandler`: its
YAML handler with our dumper, for the example post's key order, list indentation
and block styles (``excerpt: >``, ``image: '...'``), which PyYAML's defaults do
not give. Every file is read back before it is written (see :func:`render_document`).
"""

from __future__ import annotations

import re
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Folded(str):
    """Written as a folded block scalar (``key: >``), as the example post writes excerpts."""


class Quoted(str):
    """Written in single quotes, as the example post writes image paths."""


class DoubleQuoted(str):
    """Written in double quotes, where YAML escapes line and paragraph separators (NEL, U+2028) and the like."""


class Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # lists indented under their key ("categories:\n  - 환경"), as in the example post
        return super().increase_indent(flow, False)


class FastDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """libyaml's emitter, in C: the same YAML as :class:`Dumper` but for lists, which it writes unindented."""


for _dumper in (Dumper, FastDumper):
    _dumper.add_representer(Folded, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))
    _dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="'"))
    _dumper.add_representer(DoubleQuoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))
_UNINDENTED_ITEM = re.compile(r"^- ", re.MULTILINE)


class PostYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, writing with our dumper: keys in the order given, lists indented
    under their key, the example post's block styles; a blank line between the front matter and the body."""

    def __init__(self, dumper: type = Dumper) -> None:
        super().__init__()
        self.dumper = dumper

    def load(self, fm: str, **kwargs: object) -> Any:
        return super().load(fm, Loader=_LOADER)  # libyaml, as Jekyll's Psych reads it

    def export(self, metadata: dict[str, object], **kwargs: object) -> str:
        text = yaml.dump(metadata, Dumper=self.dumper, sort_keys=False, allow_unicode=True, width=1_000_000).strip()
        if self.dumper is FastDumper:
            text = _UNINDENTED_ITEM.sub("  - ", text)  # top-level lists only: "categories:\n  - 환경"
        return text

    def format(self, post: frontmatter.Post, **kwargs: object) -> str:
        return f"---\n{self.export(post.metadata)}\n---\n\n{post.content}".strip() + "\n"


def render_document(matter: dict[str, Any], body: str) -> str:
    """Front matter between ``---`` lines, a blank line, the body, a final newline.

    The file is read back with python-frontmatter (libyaml, as Jekyll's Psych reads
    YAML) and must give every value and the body unchanged. It is written by libyaml's
    emitter (fast) with lists indented under their key; where that does not read back
    the same, by PyYAML's own emitter; where a block style would not, that key falls
    back to the style PyYAML picks; and if even that failed the post is refused, not written.
    """
    plain = {key: str(value) if isinstance(value, (Folded, Quoted)) else value for key, value in matter.items()}
    for attempt in (
        lambda: _document(matter, body, FastDumper if _flat(matter) else Dumper),
        lambda: _document(matter, body, Dumper),
        lambda: _document(round_trip_safe(matter), body, Dumper),
        # every character escaped that a reader could take for layout
        lambda: _document(_double_quoted(matter), body, Dumper),
    ):
        text = attempt()
        back = read_document(text)
        if back.metadata == plain and back.content == body.strip():
            return text
    raise ValueError(f"front matter that YAML cannot hold unchanged: {plain.get('title')!r}")


def read_document(text: str) -> frontmatter.Post:
    """A post file read back: ``.metadata`` (the front matter) and ``.content`` (the body)."""
    return frontmatter.loads(text, handler=PostYAMLHandler())


def _double_quoted(value: Any) -> Any:
    if isinstance(value, str):
        return DoubleQuoted(value)
    if isinstance(value, dict):
        return {key: _double_quoted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_double_quoted(item) for item in value]
    return value


def _flat(matter: dict[str, Any]) -> bool:
    """Only scalars and lists of scalars, so that libyaml's lists can be indented line by line."""
    return not any(
        isinstance(value, dict) or (isinstance(value, list) and any(isinstance(i, (dict, list)) for i in value))
        for value in matter.values()
    )


def _document(matter: dict[str, Any], body: str, dumper: type) -> str:
    post = frontmatter.Post(body)
    post.metadata = dict(matter)  # not Post(**matter): a front matter key may be called "content" or "handler"
    return frontmatter.dumps(post, handler=PostYAMLHandler(dumper))


def round_trip_safe(matter: dict[str, Any]) -> dict[str, Any]:
    """Drop a block style wherever PyYAML's emitter would not read back the same text."""
    safe = dict(matter)
    for key, value in matter.items():
        if isinstance(value, (Folded, Quoted)):
            text = yaml.dump({key: value}, Dumper=Dumper, allow_unicode=True, width=1_000_000)
            if yaml.load(text, Loader=_LOADER) != {key: str(value)}:  # noqa: S506 - a safe loader
                safe[key] = str(value)
    return safe
