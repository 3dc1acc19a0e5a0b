"""`newscrawler browse`: Datasette on 127.0.0.1 whose search box finds what `newscrawler search` finds."""

from __future__ import annotations

import json
import selectors
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import lxml.html
import pytest
from helpers import NEWSCRAWLER, ROOT, build_archive, make_post

from newscrawler.store.archive import Archive

POSTS = [
    make_post(
        "https://kr.example/1", "한미, 에너지 협력 합의", "<p>양국은 무탄소에너지를 활용한 청정 전력을 논의했다.</p>"
    ),
    make_post("https://kr.example/2", "환경 정책 발표", "<p>정부는 새 환경 정책을 발표했다. 에너지 전환도 담겼다.</p>"),
    make_post("https://kr.example/3", "반도체 수출 증가", "<p>반도체 수출이 일곱 달째 늘었다.</p>", category="경제"),
    make_post("https://en.example/4", "Chip exports surge", "<p>Semiconductor exports rose in May.</p>", language="en"),
]


@pytest.fixture(scope="module")
def browse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`newscrawler browse --port 0` in a subprocess; it prints its URL once it is listening."""
    archive = build_archive(tmp_path_factory.mktemp("browse") / "archive", POSTS)
    process = subprocess.Popen(
        [*NEWSCRAWLER, "browse", "--archive", str(archive), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 300  # waits for the URL line; the cap only bounds a failure
        while not selector.select(timeout=max(0.0, deadline - time.monotonic())):
            if time.monotonic() > deadline or process.poll() is not None:
                break
    url = process.stdout.readline().strip() if process.poll() is None else ""
    if not url.startswith("http://127.0.0.1:"):
        process.kill()
        pytest.fail(f"browse did not start: {url!r} {process.communicate(timeout=10)[1]}")
    yield url, archive
    process.terminate()
    process.wait(timeout=30)


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode("utf-8")


def searched(archive: Path, query: str) -> list[str]:
    with Archive(archive / "news.db") as db:
        return [hit.url for hit in db.search(query, limit=100)]


def test_the_posts_search_box_finds_korean_words_inside_longer_words(browse: tuple[str, Path]) -> None:
    url, archive = browse
    assert url.endswith("/news/posts")
    status, page = get(f"{url}?{urlencode({'_search': '에너지'})}")
    assert status == 200
    doc = lxml.html.document_fromstring(page)
    assert doc.cssselect("form input[name=_search]")  # the search box is there
    titles = {td.text_content().strip() for td in doc.cssselect("td.col-title")}
    assert titles == {"한미, 에너지 협력 합의", "환경 정책 발표"}  # 무탄소에너지를 too
    for query in (
        "환경",
        "무탄소",
        '"청정 전력"',
        "청정전력",
        "semicon*",
        "수출 OR chip*",
        "에너지 -환경",
        "title:에너지",
    ):
        status, body = get(f"{url}.json?{urlencode({'_search': query, '_shape': 'array'})}")
        assert status == 200, query
        assert sorted(row["url"] for row in json.loads(body)) == sorted(searched(archive, query)), query
    for refused in ('"에너지', "NOT 에너지", "에너지 AND"):  # newscrawler search refuses them: the box finds nothing
        status, body = get(f"{url}.json?{urlencode({'_search': refused, '_shape': 'array'})}")
        assert status == 200 and json.loads(body) == [], refused


def test_the_search_query_ranks_like_newscrawler_search(browse: tuple[str, Path]) -> None:
    url, archive = browse
    base = url.removesuffix("/posts")
    status, page = get(f"{base}/search?q={quote('에너지')}")
    assert status == 200 and "한미, 에너지 협력 합의" in page and "반도체 수출 증가" not in page
    status, body = get(f"{base}/search.json?{urlencode({'q': '에너지', '_shape': 'array'})}")
    rows = json.loads(body)
    assert [row["url"] for row in rows] == searched(archive, "에너지")
    assert "[에너지]" in rows[0]["snippet"]
    status, body = get(f"{base}/search.json?{urlencode({'q': '에너지 -환경', '_shape': 'array'})}")
    assert [row["url"] for row in json.loads(body)] == searched(archive, "에너지 -환경") == ["https://kr.example/1"]
    status, body = get(f"{base}/search.json?{urlencode({'q': '(에너지', '_shape': 'array'})}")
    (row,) = json.loads(body)  # the one line newscrawler search says
    assert row["title"] == "a ( without its ) in '(에너지': write e.g. (에너지 OR 수소) 정책" and row["url"] is None
    status, home = get(url.split("/news/")[0] + "/")
    assert status == 200 and "newscrawler archive" in home
