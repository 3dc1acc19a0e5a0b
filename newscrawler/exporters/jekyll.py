"""Posts as Jekyll files: ``_posts/YYYY-MM-DD-slug.md`` with the front matter of DESIGN.md.

One implementation for the crawl's markdown pipeline and ``newscrawler export``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newscrawler.exporters.base import (
    DEFAULT_PROFILE,
    SLUG_MAX_LENGTH,
    SiteProfile,
    banner_heading,
    html_text,
    lead_image,
    markdown_text,
    needs_raw_liquid,
    one_segment,
    post_day,
    profile_body,
    slug,
    unique_terms,
    with_suffixes,
    write_atomically,
)
from newscrawler.exporters.document import Folded, Quoted, render_document

__all__ = [
    "SLUG_MAX_LENGTH",
    "JekyllFormat",
    "JekyllProfile",
    "file_name",
    "front_matter",
    "jekyll_date",
    "render",
    "write_atomically",
]

JekyllProfile = SiteProfile


class JekyllFormat:
    """``_posts/YYYY-MM-DD-slug.md``: the example post's keys, then ``date``, ``source_url``, ``feature_image``."""

    name = "jekyll"
    posts_dir = "_posts"
    static_dir = ""
    reserved_keys = frozenset(
        {"title", "categories", "excerpt", "feature_text", "image", "date", "source_url", "feature_image"}
        | {"tags", "author", "layout", "render_with_liquid"}
    )

    def candidates(self, post: dict[str, Any]) -> list[str]:
        return with_suffixes(f"{post_day(post)}-{slug(post.get('title') or '', post.get('url') or '')}", post["url"])

    def render(self, post: dict[str, Any], profile: SiteProfile) -> str:
        return render(post, profile)


def front_matter(
    post: dict[str, Any], profile: SiteProfile = DEFAULT_PROFILE, body: str | None = None
) -> dict[str, Any]:
    """The front matter keys in the example post's order, then the keys sites need beside them.

    ``excerpt`` is plain text made HTML-safe (themes print it unescaped); ``feature_text``
    is Markdown (Alembic runs it through ``markdownify``), so the excerpt in it is escaped.
    """
    excerpt = post.get("excerpt") or ""
    image = lead_image(post, profile)
    category = jekyll_category(post.get("category") or "")
    heading = banner_heading(post, profile)
    matter: dict[str, Any] = {
        "title": post.get("title") or "",
        "categories": [category] if category else [],
        "excerpt": Folded(html_text(excerpt) + "\n") if excerpt else "",
        "feature_text": (Folded(f"{heading}\n{markdown_text(excerpt)}\n") if excerpt else heading),
        "image": Quoted(image),
        "date": jekyll_date(post.get("published") or post.get("crawled_at") or ""),
        "source_url": post.get("url") or "",
    }
    if profile.feature_image:
        matter["feature_image"] = Quoted(image)
    tags = unique_terms([str(tag) for tag in post.get("tags") or []])
    if tags:
        matter["tags"] = tags
    if post.get("author"):
        matter["author"] = post["author"]
    if profile.layout:
        matter["layout"] = profile.layout
    if body is not None and needs_raw_liquid(body):
        matter["render_with_liquid"] = False  # an article about templates must not run as one
    matter.update(profile.front_matter)
    return matter


def render(post: dict[str, Any], profile: SiteProfile = DEFAULT_PROFILE) -> str:
    """The whole file: front matter, a blank line, the body (sanitised HTML, or Markdown made from it)."""
    body = profile_body(post, profile)
    return render_document(front_matter(post, profile, body), body)


def jekyll_category(label: str) -> str:
    """The category as Jekyll can take it: one URL segment (see :func:`one_segment`), and ``:`` becomes ``：``
    (full width), since Jekyll builds post URLs from categories and a colon there ("정치:경제") makes the URL
    look like one with a scheme, which stops the build."""
    return one_segment(label).replace(":", "\uff1a")


def jekyll_date(iso_date: str) -> str:
    """``2024-05-09T15:20:00+09:00`` → ``2024-05-09 15:20:00 +0900`` ("" for what is no date)."""
    try:
        moment = datetime.fromisoformat(iso_date)
    except (TypeError, ValueError):
        return ""
    return moment.strftime("%Y-%m-%d %H:%M:%S %z").strip()


def file_name(post: dict[str, Any], taken: bool = False) -> str:
    """``YYYY-MM-DD-slug.md``; the slug keeps Korean letters. ``taken`` adds a short hash of the URL."""
    return JekyllFormat().candidates(post)[1 if taken else 0]
