"""Real Jekyll and Hugo builds of an exported archive: the demo crawl plus hostile posts.

The built pages are read as a visitor's browser would get them: every post has
its page with its exact title and its Korean text, the category pages list it,
the Jekyll banner shows feature_image and feature_text, and nothing executable
from a crawled page survives. Outside CI a missing jekyll or hugo skips these
tests with the reason; under CI (CI=true) it fails them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from conftest import SiteServer
from helpers import crawl, make_post, run_cli

from newscrawler.exporters.hugo import term
from newscrawler.exporters.jekyll import jekyll_category
from newscrawler.items import POST_FIELDS, Post
from newscrawler.store.archive import Archive

HOSTILE_PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>악성 기사 &lt;script&gt;alert(1)&lt;/script&gt; - 악성일보</title>
<meta name="description" content="요약 &lt;img src=x onerror=alert(1)&gt; {: onclick=&quot;alert(1)&quot;} {{&lt; x &gt;}}">
<meta property="article:published_time" content="2024-06-20T10:00:00+09:00">
<meta property="og:image" content="javascript:alert(1)">
<script>alert('head')</script></head><body>
<h1>악성 기사 &lt;script&gt;alert(1)&lt;/script&gt;</h1>
<div class="article-body">
<p>악성일보는 20일 보안 점검을 위해 이 기사를 작성했다고 밝혔다. 기사에는 실행되면 안 되는 코드가 여럿 들어 있다.<script>alert('body')</script></p>
<p onclick="alert(1)">클릭하면 안 되는 문단이다. <a href="javascript:alert(1)">자바스크립트 링크</a><iframe src="https://evil.example/"></iframe></p>
<p>템플릿 문법 {{ site.title }} 과 {% include evil.html %} 그리고 {{< shortcode >}} {{% md %}} 을 글자로 보여야 한다.</p>
<p>{: onmouseover="alert(3)"} 문단 속성 문법도 글자다. &lt;script&gt;alert(2)&lt;/script&gt; 역시 글자다.</p>
<p><img src="https://img.example/a.png" onerror="alert(4)" alt="사진"> <a href="https://x.example/a)b<c>">괄호가 든 링크</a></p>
<svg><script>alert(5)</script></svg><style>p { color: red }</style><object data="x.swf"></object>
</div></body></html>"""  # noqa: E501
HOSTILE_TEXT_POSTS = [
    make_post(
        "https://hostile.example/text/1",
        "<script>alert('title')</script> & 제목: \"따옴표\" --- {{ site.title }} {% raw %}",
        "<p>본문에 &lt;iframe src=javascript:alert(1)&gt; 글자와 {{&lt; x &gt;}} 가 있다.</p>",
        excerpt='<img src="x" onerror="alert(1)"> *강조* [링크](javascript:alert(1)) {: onclick="alert(1)"}',
        category="../../../escape",
        tags=["<b>태그</b>"],
        published="2024-06-21T09:00:00+09:00",
    ),
    make_post(
        "https://hostile.example/text/2",
        "Liquid {% include nope.html %} and shortcodes {{< nope >}} {{% nope %}}",
        "<p>{% include nope.html %} {{ page.secret }} {{&lt; nope &gt;}} {{% nope %}}</p>"
        "<pre><code>{{ code }}</code></pre>",
        category="문화",
        language="en",
        published="2024-06-21T10:00:00+09:00",
    ),
    make_post(
        "https://hostile.example/text/3",
        "Chips and science",
        "<p>A category with a slash in it, and one tag spelled two ways.</p>",
        category="IT/과학",
        tags=["Energy", "energy"],
        language="en",
        published="2024-06-21T11:00:00+09:00",
    ),
]
EXECUTABLE_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "math"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset"}


@dataclass
class Built:
    name: str
    source: Path
    output: Path
    pages: dict[str, lxml.html.HtmlElement] = field(default_factory=dict)  # built page path → document

    def post_pages(self) -> dict[str, tuple[str, lxml.html.HtmlElement]]:
        """Title shown in the post page's heading → (page path, document)."""
        found = {}
        for path, doc in self.pages.items():
            for heading in doc.cssselect("article.post h1.post-title"):
                found[heading.text_content()] = (path, doc)
        return found


def tool(name: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is not installed: CI must install it (apt-get install --no-install-recommends {name})")
    pytest.skip(f"{name} is not installed (apt-get install --no-install-recommends {name}); CI builds with it")


@pytest.fixture(scope="module")
def archive(site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo crawl, plus a hostile page as extraction reads it, plus posts with hostile text fields."""
    folder = tmp_path_factory.mktemp("build")
    result = crawl(folder, site.base_url)
    assert result.returncode == 0, result.stderr
    page = folder / "hostile.html"
    page.write_text(HOSTILE_PAGE, "utf-8")
    extracted = run_cli("extract", "--url", "https://hostile.example/page/1", "--timezone", "Asia/Seoul", str(page))
    assert extracted.returncode == 0, extracted.stderr
    row = json.loads(extracted.stdout)
    assert "invalid" not in row, row
    with Archive(folder / "archive" / "news.db") as db:
        db.save_post(Post(**{k: row[k] for k in POST_FIELDS if k in row}))
        for post in HOSTILE_TEXT_POSTS:
            db.save_post(post)
    return folder / "archive"


def build(archive: Path, fmt: str, body: str, folder: Path) -> Built:
    binary = tool(fmt)
    source = folder / f"{fmt}-{body}"
    result = run_cli(
        "export", str(source), "--format", fmt, "--body", body, "--init", "--archive", str(archive),
        "--feature-heading", "## rentn 실시간 뉴스 속보입니다.",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    output = source / ("_site" if fmt == "jekyll" else "public")
    command = (
        [binary, "build", "--source", str(source), "--destination", str(output), "--quiet"]
        if fmt == "jekyll"
        else [binary, "--source", str(source), "--destination", str(output), "--quiet"]
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JEKYLL_", "HUGO_"))}
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=source)
    assert done.returncode == 0, f"{fmt} build failed:\n{done.stdout}\n{done.stderr}"
    built = Built(fmt, source, output)
    for path in output.rglob("*.html"):
        built.pages[path.relative_to(output).as_posix()] = lxml.html.document_fromstring(path.read_bytes())
    return built


@pytest.fixture(scope="module")
def sites(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Built]:
    """Both sites of each installed tool; under CI a missing tool fails here (see :func:`tool`)."""
    folder = tmp_path_factory.mktemp("sites")
    built: dict[tuple[str, str], Built] = {}
    for fmt in ("jekyll", "hugo"):
        if shutil.which(fmt) is None and os.environ.get("CI") != "true":
            continue  # its tests skip with the reason; the other tool's still run
        for body in ("html", "markdown"):
            built[fmt, body] = build(archive, fmt, body, folder)
    return built


def built_site(sites: dict[tuple[str, str], Built], which: tuple[str, str]) -> Built:
    if which not in sites:
        tool(which[0])  # skips with the reason
    return sites[which]


def archived(archive: Path) -> list[dict]:
    with Archive(archive / "news.db") as db:
        return list(db.posts())


def words(text: str, limit: int = 0) -> str:
    """The text's words, punctuation and typography (smart quotes, dashes) aside."""
    found = re.findall(r"\w+", text)
    return " ".join(found[:limit] if limit else found)


def text_of(doc: lxml.html.HtmlElement, selector: str) -> str:
    return " ".join(" ".join(el.text_content().split()) for el in doc.cssselect(selector))


TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
SITES = [("jekyll", "html"), ("jekyll", "markdown"), ("hugo", "html"), ("hugo", "markdown")]


@pytest.mark.parametrize("which", SITES, ids=["-".join(s) for s in SITES])
def test_every_post_has_a_page_with_its_title_and_its_korean_text(
    sites: dict[tuple[str, str], Built], archive: Path, which: tuple[str, str]
) -> None:
    built = built_site(sites, which)
    pages = built.post_pages()
    posts = archived(archive)
    assert len(pages) == len(posts)
    korean = 0
    for post in posts:
        assert post["title"] in pages, post["title"]  # exactly the title, whatever characters it has
        _, doc = pages[post["title"]]
        body = words(text_of(doc, "div.post-body"))
        first_paragraph = words(post["body_text"].split("\n\n")[0], limit=15)
        assert first_paragraph and first_paragraph in body, post["url"]
        korean += bool(re.search("[가-힣]", first_paragraph))
    assert korean >= 25


@pytest.mark.parametrize("which", SITES, ids=["-".join(s) for s in SITES])
def test_category_pages_list_their_posts(
    sites: dict[tuple[str, str], Built], archive: Path, which: tuple[str, str]
) -> None:
    built = built_site(sites, which)
    pages = built.post_pages()
    for post in archived(archive):
        path, doc = pages[post["title"]]
        links = doc.cssselect("p.meta a.category")
        if not post["category"]:
            assert links == []
            continue
        (link,) = links
        assert link.text_content() == (jekyll_category if built.name == "jekyll" else term)(post["category"])
        href = urlsplit(link.get("href"))
        target = unquote(href.path).lstrip("/")
        category_page = built.pages[target + "index.html" if target.endswith("/") else target]
        fragment = unquote(href.fragment)
        listed = category_page.xpath("//*[@id=$id]", id=fragment) if fragment else [category_page]
        assert len(listed) == 1, (post["category"], link.get("href"))
        titles = [a.text_content() for a in listed[0].cssselect("li a")]
        assert post["title"] in titles, (post["category"], path)
    categories = {post["category"] for post in archived(archive)}
    assert len(categories) >= 10


@pytest.mark.parametrize("which", SITES, ids=["-".join(s) for s in SITES])
def test_a_category_with_a_slash_stays_one_url_segment(
    sites: dict[tuple[str, str], Built], which: tuple[str, str]
) -> None:
    built = built_site(sites, which)
    path, _ = built.post_pages()["Chips and science"]
    category_pages = [p for p in built.pages if "과학" in p and "/posts/" not in f"/{p}" and p != path]
    if built.name == "jekyll":
        assert path.split("/")[0] == "it\uff0f과학", path  # /:categories/ of the permalink: one segment
    else:
        (page,) = category_pages  # Hugo's URLs drop the full-width solidus: /categories/it과학/
        assert page.startswith("categories/it") and len(page.split("/")) == 3, page
    assert not any("/과학/" in f"/{p}" for p in built.pages), path


@pytest.mark.parametrize("body", ["html", "markdown"])
def test_the_jekyll_banner_shows_feature_image_and_feature_text(
    sites: dict[tuple[str, str], Built], archive: Path, body: str
) -> None:
    built = built_site(sites, ("jekyll", body))
    pages = built.post_pages()
    assert (built.output / "assets/img/newspaper.png").is_file()
    for post in archived(archive):
        _, doc = pages[post["title"]]
        (banner,) = doc.cssselect("article.post header.feature")
        (image,) = banner.cssselect("img.feature-image")
        expected = post["image"] if post["image"].startswith("http") else "/assets/img/newspaper.png"
        assert image.get("src") == expected, post["url"]
        (heading,) = banner.cssselect(".feature-text h2")
        assert heading.text_content() == "rentn 실시간 뉴스 속보입니다."
        assert words(post["excerpt"]) in words(text_of(banner, ".feature-text p")), post["url"]


@pytest.mark.parametrize("which", SITES, ids=["-".join(s) for s in SITES])
def test_nothing_executable_survives_into_the_built_site(
    sites: dict[tuple[str, str], Built], which: tuple[str, str]
) -> None:
    built = built_site(sites, which)
    problems = []
    for path, doc in built.pages.items():
        raw = (built.output / path).read_text("utf-8")
        if re.search(r"<\s*(script|iframe|object|embed|svg)\b", raw, re.IGNORECASE):
            problems.append((path, "tag in the source"))
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag.lower() in EXECUTABLE_TAGS:
                problems.append((path, element.tag))
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    problems.append((path, f"{element.tag} {name}"))
                cleaned = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if name.lower() in URL_ATTRIBUTES and cleaned.startswith(("javascript:", "vbscript:", "data:")):
                    problems.append((path, f"{element.tag} {name}={value}"))
                if name.lower() == "style" and ("javascript:" in cleaned or "expression(" in cleaned):
                    problems.append((path, f"{element.tag} style"))
    assert problems == []
    assert len(built.post_pages()) > 30


@pytest.mark.parametrize("which", SITES, ids=["-".join(s) for s in SITES])
def test_template_syntax_and_markup_in_posts_show_as_text(
    sites: dict[tuple[str, str], Built], archive: Path, which: tuple[str, str]
) -> None:
    pages = built_site(sites, which).post_pages()

    def body(doc: lxml.html.HtmlElement) -> str:  # kramdown and Goldmark set quotes in Markdown as “curly” ones
        text = text_of(doc, "div.post-body")
        return text if which[1] == "html" else text.translate(TYPOGRAPHY)

    (extracted,) = [p for p in archived(archive) if p["url"] == "https://hostile.example/page/1"]
    _, page = pages[extracted["title"]]
    text = body(page)
    assert "{{ site.title }}" in text and "{% include evil.html %}" in text
    assert "{{< shortcode >}}" in text and "{{% md %}}" in text
    assert "<script>alert(2)</script>" in text and '{: onmouseover="alert(3)"}' in text
    _, liquid = pages["Liquid {% include nope.html %} and shortcodes {{< nope >}} {{% nope %}}"]
    assert "{% include nope.html %} {{ page.secret }} {{< nope >}} {{% nope %}}" in body(liquid)
    _, title_page = pages["<script>alert('title')</script> & 제목: \"따옴표\" --- {{ site.title }} {% raw %}"]
    assert "본문에 <iframe src=javascript:alert(1)> 글자와" in body(title_page)


def test_the_built_sites_stay_in_their_folders(sites: dict[tuple[str, str], Built]) -> None:
    """Categories such as ../../../escape put pages nowhere but inside the site's own output."""
    if not sites:
        tool("jekyll")
        tool("hugo")
    folders = [built.source for built in sites.values()]
    parent = folders[0].parent
    assert [p for p in parent.rglob("*") if p.is_file() and not any(p.is_relative_to(f) for f in folders)] == []
    for built in sites.values():
        built_files = [p for p in built.source.rglob("*") if p.is_file()]
        assert [p for p in built_files if ".." in p.relative_to(built.source).parts] == []
        assert any(p.is_relative_to(built.output) and "escape" in p.parts for p in built_files)


PROBE = """<script>
addEventListener("load", () => {
  const box = (el) => el.getBoundingClientRect();
  const feature = document.querySelector("header.feature"), text = feature.querySelector(".feature-text");
  const paragraph = text.querySelector("p") || text;
  const found = {
    feature: [box(feature).top, box(feature).bottom, box(feature).width],
    text: [box(text).top, box(text).bottom, text.scrollHeight, text.clientHeight],
    lines: box(paragraph).height / parseFloat(getComputedStyle(paragraph).lineHeight),
    viewport: innerWidth,
  };
  parent.document.body.insertAdjacentHTML("beforeend", "<pre id=probe>" + JSON.stringify(found) + "</pre>");
});
</script>"""


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed: CI must install it (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


@pytest.mark.parametrize("fmt", ["jekyll", "hugo"])
@pytest.mark.parametrize("image", ["missing", "present"])
def test_the_banner_text_shows_whole_on_a_phone_with_or_without_its_image(
    sites: dict[tuple[str, str], Built], archive: Path, tmp_path: Path, fmt: str, image: str
) -> None:
    """A post page at 375 px, its banner image missing or there: the banner holds its whole text, several lines."""
    chromium = browser()
    built = built_site(sites, (fmt, "html"))
    korean = [p for p in archived(archive) if re.search("[가-힣]", p["excerpt"])]
    post = max(korean, key=lambda p: len(p["excerpt"]))
    path, _ = built.post_pages()[post["title"]]
    html = (built.output / path).read_text("utf-8")
    css = (built.output / "assets/css/site.css").read_text("utf-8")
    html = re.sub(r'<link rel="?stylesheet"?[^>]*>', lambda _: f"<style>{css}</style>", html)
    picture = (built.output / "assets/img/newspaper.png").as_uri() if image == "present" else "missing.png"
    html, found = re.subn(r'(<img class="?feature-image"? src=")[^"]*', lambda m: m.group(1) + picture, html)
    assert found == 1
    # a phone's 375 px as an iframe's: headless Chromium's window is never narrower than 500 px
    inner = html.replace("</body>", PROBE + "</body>")
    page = tmp_path / "page.html"
    page.write_text(f'<iframe width="375" height="800" srcdoc="{escape(inner, quote=True)}"></iframe>', "utf-8")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=600,900", "--dump-dom"]
    done = subprocess.run([*command, page.as_uri()], capture_output=True, text=True, timeout=120)
    probe = lxml.html.document_fromstring(done.stdout).get_element_by_id("probe")
    found_layout = json.loads(probe.text_content())
    feature_top, feature_bottom, feature_width = found_layout["feature"]
    text_top, text_bottom, scroll_height, client_height = found_layout["text"]
    assert found_layout["viewport"] == 375 and feature_width <= found_layout["viewport"]
    assert feature_top <= text_top and text_bottom <= feature_bottom + 0.5, found_layout  # inside the banner
    assert scroll_height <= client_height + 1, found_layout  # nothing cut off inside the text box
    assert found_layout["lines"] >= 3, found_layout  # the excerpt wraps on a phone, not one clipped line


def test_an_english_post_keeps_its_own_day_in_a_starter_sites_urls(tmp_path: Path) -> None:
    """A post of 23:30 in New York: the starter site's time zone comes from the posts, so Jekyll's URL says the
    21st, as the file name does (the old Asia/Seoul default moved it to the 22nd)."""
    jekyll = tool("jekyll")
    post = make_post(
        "https://blog.example/late", "A late post", "<p>Written late at night.</p>",
        source="blog", language="en", category="Notes", published="2024-06-21T23:30:00-04:00",
    )  # fmt: skip
    with Archive(tmp_path / "archive" / "news.db") as db:
        db.save_post(post)
    site = tmp_path / "site"
    result = run_cli("export", str(site), "--init", "--archive", str(tmp_path / "archive"))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (site / "_posts").iterdir()] == ["2024-06-21-a-late-post.md"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("JEKYLL_")} | {"TZ": "Asia/Seoul"}
    done = subprocess.run(
        [jekyll, "build", "--source", str(site), "--destination", str(site / "_site"), "--quiet"],
        capture_output=True, text=True, timeout=300, env=env, cwd=site,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = [p.relative_to(site / "_site").as_posix() for p in (site / "_site").rglob("a-late-post.html")]
    assert pages == ["notes/2024/06/21/a-late-post.html"]
    (page,) = (site / "_site").rglob("a-late-post.html")
    doc = lxml.html.document_fromstring(page.read_bytes())
    assert text_of(doc, ".feature-text h2") == "Latest news"
    assert doc.get("lang") == "en"
