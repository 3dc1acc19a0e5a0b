"""Normalise: every field of the post in its canonical shape (DESIGN.md's table)."""

from __future__ import annotations

import re
from typing import Any

from scrapy.crawler import Crawler

from newscrawler.items import Post
from newscrawler.sources import Source
from newscrawler.store.archive import utc_now
from newscrawler.text.cjk import HAN_RANGES, HANGUL_RANGES, KANA_RANGES, char_class
from newscrawler.text.cleaning import (
    content_hash,
    cut_at_sentence,
    excerpt_from_text,
    letters_key,
    plain,
    sanitized_html_and_text,
)
from newscrawler.util.urls import canonical_url, web_address

EXCERPT_LIMIT = 300
_AFTER_HEADLINE_MAX = 10  # letters a description adds to the headline and still says nothing more ("…", 경제)
_HANGUL = re.compile(f"[{char_class(HANGUL_RANGES)}]")
_KANA = re.compile(f"[{char_class(KANA_RANGES)}]")
_HAN = re.compile(f"[{char_class(HAN_RANGES)}]")
_LETTER = re.compile(r"[^\W\d_]")
# A Korean sentence's end with the next sentence run on after it, no space between ("…했다.계획에 따르면"): a
# description a CMS wrote from the text's paragraphs with their markup taken out.
_RUN_ON_SENTENCE = re.compile(r"(?<=[가-힣][.!?])(?=[가-힣\d“‘\[(])")


def normalise_post(post: Post, source: Source) -> Post:
    post.url = canonical_url(post.url)
    post.title = plain(post.title)
    category = plain(post.category).strip("'\"‘’“”「」『』[]")
    post.category = source.map_category(category) if category else source.category
    post.tags = list(dict.fromkeys(t for t in (plain(tag) for tag in post.tags) if t))
    post.body_html, post.body_text = sanitized_html_and_text(post.body_html, post.url)
    description = _RUN_ON_SENTENCE.sub(" ", plain(post.excerpt))
    if _is_summary(description, post.title, post.body_text):
        post.excerpt = cut_at_sentence(description, EXCERPT_LIMIT)
    else:
        post.excerpt = excerpt_from_text(post.body_text, EXCERPT_LIMIT)
    post.author = plain(post.author)
    post.image = web_address(post.image, post.url)
    post.language = language_code(post.language, post.body_text or post.title, source.language)
    post.crawled_at = utc_now()
    post.content_hash = content_hash(post.body_text)
    return post


def language_code(declared: str, text: str, fallback: str = "") -> str:
    """The BCP 47 primary language: the page's declaration unless its letters plainly say otherwise."""
    code = (declared or fallback).replace("_", "-").split("-")[0].lower()
    sample = text[:2000]
    if _share(_HANGUL, sample) > 0.3:
        return "ko"
    if _share(_KANA, sample) > 0.1:
        return "ja"
    if not code and _share(_HAN, sample) > 0.3:
        return "zh"
    if code in ("ko", "ja") and sample and not (_HANGUL.search(sample) or _KANA.search(sample)):
        return fallback.split("-")[0].lower() if fallback and fallback != code else "und"
    return code or "und"


def _share(script: re.Pattern[str], sample: str) -> float:
    """The share of ``sample``'s letters that are in ``script`` (its letters counted only where it has any)."""
    found = len(script.findall(sample))
    return found / (len(_LETTER.findall(sample)) or 1) if found else 0.0


def _is_summary(description: str, title: str, body_text: str) -> bool:
    """A description worth using as the excerpt: a sentence or more, not the headline again (perhaps with a
    word or two after it: '"…", 경제'), and about this article (a site's generic blurb shares few words with it)."""
    key, headline = letters_key(description), letters_key(title)
    if not key or (headline and key.startswith(headline) and len(key) - len(headline) <= _AFTER_HEADLINE_MAX):
        return False
    cjk = bool(_HANGUL.search(description) or _HAN.search(description) or _KANA.search(description))
    if len(description) < (15 if cjk else 40):
        return False
    if not body_text:
        return True
    ours, theirs = _units(description, cjk), _units(f"{title} {body_text[:3000]}", cjk)
    return not ours or len(ours & theirs) / len(ours) >= 0.3


def _units(text: str, cjk: bool) -> set[str]:
    """Words of four letters or more; for CJK text, letter pairs (its words carry particles)."""
    if cjk:
        letters = re.sub(r"\W+", "", text.casefold())
        return {letters[i : i + 2] for i in range(len(letters) - 1)}
    return {w for w in re.findall(r"\w{4,}", text.casefold())}


class NormalisePipeline:
    def __init__(self, crawler: Any) -> None:  # Any: reads crawler.spider.sources, which only NewsSpider has
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalisePipeline:
        return cls(crawler)

    def process_item(self, item: Post) -> Post:
        return normalise_post(item, self.crawler.spider.sources[item.source])
