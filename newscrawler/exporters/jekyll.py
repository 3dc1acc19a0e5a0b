"""Posts as Jekyll files: ``_posts/YYYY-MM-DD-slug.md`` with the front matter of DESIGN.md.

Shared by the crawl's markdown pipeline and (later) ``newscrawler export``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from slugify import slugify

DEFAULT_FEATURE_HEADING = "## 실시간 뉴스 속보입니다."
DEFAULT_IMAGE = "/assets/img/newspaper.png"
SLUG_MAX_LENGTH = 80


@dataclass(frozen=True)
class JekyllProfile:
    """What a site wants in its front matter beyond the post itself."""

    feature_heading: str = DEFAULT_FEATURE_HEADING
    default_image: str = DEFAULT_IMAGE


class _Folded(str):
    """Written as a folded block scalar (``key: >``), as the example post writes excerpts."""


class _Quoted(str):
    """Written in single quotes, as the example post writes image paths."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # lists indented under their key ("categories:\n  - 환경"), as in the example post
        return super().increase_indent(flow, False)


_Dumper.add_representer(_Folded, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))
_Dumper.add_representer(_Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="'"))


def front_matter(post: dict[str, Any], profile: JekyllProfile = JekyllProfile()) -> dict[str, Any]:
    """The front matter keys in the example post's order, then the keys sites need beside them."""
    excerpt = post.get("excerpt") or ""
    image = post.get("image") or profile.default_image
    matter: dict[str, Any] = {
        "title": post.get("title") or "",
        "categories": [post["category"]] if post.get("category") else [],
        "excerpt": _Folded(excerpt + "\n") if excerpt else "",
        "feature_text": _Folded(f"{profile.feature_heading}\n{excerpt}\n") if excerpt else profile.feature_heading,
        "image": _Quoted(image),
        "date": jekyll_date(post.get("published") or post.get("crawled_at") or ""),
        "source_url": post.get("url") or "",
        "feature_image": _Quoted(image),
    }
    if post.get("tags"):
        matter["tags"] = list(post["tags"])
    if post.get("author"):
        matter["author"] = post["author"]
    return matter


def render(post: dict[str, Any], profile: JekyllProfile = JekyllProfile()) -> str:
    """The whole file: front matter, a blank line, the sanitised HTML body."""
    matter = _round_trip_safe(front_matter(post, profile))
    document = frontmatter.Post(post.get("body_html") or "", **matter)
    return frontmatter.dumps(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000) + "\n"


def jekyll_date(iso_date: str) -> str:
    """``2024-05-09T15:20:00+09:00`` → ``2024-05-09 15:20:00 +0900``."""
    if not iso_date:
        return ""
    moment = datetime.fromisoformat(iso_date)
    return moment.strftime("%Y-%m-%d %H:%M:%S %z").strip()


def file_name(post: dict[str, Any], taken: bool = False) -> str:
    """``YYYY-MM-DD-slug.md``; the slug keeps Korean letters. ``taken`` adds a short hash of the URL."""
    day = (post.get("published") or post.get("crawled_at") or "1970-01-01")[:10]
    slug = slugify(post.get("title") or "", allow_unicode=True, max_length=SLUG_MAX_LENGTH, word_boundary=True)
    digest = hashlib.sha256((post.get("url") or "").encode()).hexdigest()[:8]
    if not slug:
        slug = digest
    elif taken:
        slug = f"{slug}-{digest}"
    return f"{day}-{slug}.md"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader (or a crash) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _round_trip_safe(matter: dict[str, Any]) -> dict[str, Any]:
    """Drop a block style wherever PyYAML's emitter would not read back the same text."""
    safe = dict(matter)
    for key, value in matter.items():
        if isinstance(value, (_Folded, _Quoted)):
            text = yaml.dump({key: value}, Dumper=_Dumper, allow_unicode=True, width=1_000_000)
            if yaml.safe_load(text) != {key: str(value)}:
                safe[key] = str(value)
    return safe
