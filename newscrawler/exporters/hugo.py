"""Posts as Hugo content files: ``content/posts/<slug>.md``.

Front matter: ``title``, ``date``, ``lastmod``, ``categories``, ``tags``,
``summary``, ``images``, ``isCJKLanguage`` (Korean, Chinese, Japanese text),
then ``source_url`` and ``author``. An HTML body is marked ``markup: html`` so
that Hugo writes it as it is: Goldmark would otherwise drop raw HTML
("<!-- raw HTML omitted -->") unless a site turns on ``unsafe``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newscrawler.exporters.base import (
    DEFAULT_PROFILE,
    SiteProfile,
    break_hugo_shortcodes,
    has_cjk,
    lead_image,
    markdown_text,
    one_segment,
    profile_body,
    slug,
    unique_terms,
    with_suffixes,
)
from newscrawler.exporters.document import render_document

CJK_LANGUAGES = ("ko", "zh", "ja")


class HugoFormat:
    name = "hugo"
    posts_dir = "content/posts"
    static_dir = "static"
    reserved_keys = frozenset(
        {"title", "date", "lastmod", "categories", "tags", "summary", "images", "isCJKLanguage", "markup"}
        | {"source_url", "author", "layout"}
    )

    def candidates(self, post: dict[str, Any]) -> list[str]:
        return with_suffixes(slug(post.get("title") or "", post.get("url") or ""), post.get("url") or "")

    def render(self, post: dict[str, Any], profile: SiteProfile) -> str:
        return render(post, profile)


def front_matter(post: dict[str, Any], profile: SiteProfile = DEFAULT_PROFILE) -> dict[str, Any]:
    matter: dict[str, Any] = {"title": post.get("title") or ""}
    date = hugo_date(post.get("published") or post.get("crawled_at") or "")
    if date:
        matter["date"] = date
    lastmod = hugo_date(post.get("modified") or "")
    if lastmod and lastmod != date:
        matter["lastmod"] = lastmod
    category = term(post.get("category") or "")
    matter["categories"] = [category] if category else []
    tags = unique_terms([term(str(tag)) for tag in post.get("tags") or []])
    if tags:
        matter["tags"] = tags
    if post.get("excerpt"):
        matter["summary"] = markdown_text(post["excerpt"])  # Hugo renders a front-matter summary as Markdown
    image = lead_image(post, profile)
    if image:
        matter["images"] = [image]
    language = (post.get("language") or "").split("-")[0].lower()
    if language in CJK_LANGUAGES or (not language and has_cjk(post.get("title") or "", post.get("body_text") or "")):
        matter["isCJKLanguage"] = True
    if profile.body == "html":
        matter["markup"] = "html"
    matter["source_url"] = post.get("url") or ""
    if post.get("author"):
        matter["author"] = post["author"]
    if profile.layout:
        matter["layout"] = profile.layout
    matter.update(profile.front_matter)
    return matter


def render(post: dict[str, Any], profile: SiteProfile = DEFAULT_PROFILE) -> str:
    """The whole file; ``{{`` in the body is written so that Hugo runs no shortcode from a crawled page."""
    return render_document(front_matter(post, profile), break_hugo_shortcodes(profile_body(post, profile)))


def term(label: str) -> str:
    """A category or tag as Hugo can file it: its term page lives at a path made of the label, so the label
    stays one segment, and ``.`` and ``..`` (which would put it outside ``/categories/``) are dropped."""
    return one_segment(label)


def hugo_date(iso_date: str) -> str:
    """RFC 3339, as Hugo reads it ("" for what is no date)."""
    try:
        return datetime.fromisoformat(iso_date).isoformat()
    except (TypeError, ValueError):
        return ""
