"""Post images downloaded in the crawl into ARCHIVE/media/, once per content, failures counted with reasons."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from image_site import png, write_site
from test_warc import WARCIO, crawl_photos

from newscrawler.demo.server import SiteServer, serve_in_thread
from newscrawler.pipelines.images import image_type


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    root = tmp_path_factory.mktemp("photo-site")
    write_site(root)
    server = serve_in_thread(root)
    yield server, root
    server.shutdown()
    server.server_close()


def rows(archive: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(archive / "news.db")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_lead_and_body_images_are_stored_once_per_content_and_mapped_to_their_posts(
    photo_site: tuple[SiteServer, Path], tmp_path: Path
) -> None:
    server, root = photo_site
    archive = crawl_photos(tmp_path, server.base_url)
    base = server.base_url
    stored = dict(rows(archive, "SELECT url, file FROM media WHERE status = 'stored'"))
    for n in range(1, 7):
        post = f"{base}/news/{n}.html"
        links = dict(rows(archive, f"SELECT url, role FROM post_media WHERE post = '{post}'"))
        assert links[f"{base}/img/lead-{n}.png"] == "lead"
        assert links[f"{base}/img/body-{n}.png"] == "body"
        assert links[f"{base}/img/shared.png"] == "body"
        for url in (f"{base}/img/lead-{n}.png", f"{base}/img/body-{n}.png"):
            path = root / url.removeprefix(base + "/")
            assert (archive / "media" / stored[url]).read_bytes() == path.read_bytes()
    files = [p for p in (archive / "media").rglob("*") if p.is_file()]
    assert len(files) == 13, "6 leads, 6 body photos and the shared one, stored once"
    assert sum(1 for p in files if p.read_bytes() == png(1000)) == 1
    failed = dict(rows(archive, "SELECT url, reason FROM media WHERE status = 'failed'"))
    assert failed == {
        f"{base}/img/missing.png": "http 404",
        f"{base}/img/fake.png": "not an image",
        f"{base}/private/secret.png": "robots.txt",
    }
    body = rows(archive, f"SELECT body_html FROM posts WHERE url = '{base}/news/1.html'")[0][0]
    assert f'src="{base}/img/body-1.png"' in body, "body_html keeps the original URLs"
    index = []
    for path in (archive / "warc").glob("*.warc.gz"):
        fields = "warc-type,warc-target-uri"
        out = subprocess.run([WARCIO, "index", "-f", fields, str(path)], capture_output=True, text=True, check=True)
        index += [json.loads(line) for line in out.stdout.splitlines()]
    kept = {entry["warc-target-uri"] for entry in index if entry["warc-type"] == "response"}
    assert set(stored) <= kept, "the images are in the WARC files too"


def test_a_second_crawl_downloads_no_image_again(photo_site: tuple[SiteServer, Path], tmp_path: Path) -> None:
    server, _ = photo_site
    crawl_photos(tmp_path, server.base_url)
    before = server.hits["/img/lead-3.png"]
    archive = crawl_photos(tmp_path, server.base_url, "NEWSCRAWLER_INCREMENTAL=0")
    assert server.hits["/news/3.html"] >= 2
    assert server.hits["/img/lead-3.png"] == before
    kept = rows(archive, f"SELECT content_type, size FROM media WHERE url = '{server.base_url}/img/lead-3.png'")
    assert kept == [("image/png", len(png(3)))], "what the first crawl knew of the image is kept"
    links = rows(archive, f"SELECT count(*) FROM post_media WHERE post = '{server.base_url}/news/3.html'")
    assert links == [(3,)]


def test_images_over_the_size_limit_are_not_kept(photo_site: tuple[SiteServer, Path], tmp_path: Path) -> None:
    server, _ = photo_site
    archive = crawl_photos(tmp_path, server.base_url, "NEWSCRAWLER_IMAGE_MAX_SIZE=50")
    reasons = {reason for (reason,) in rows(archive, "SELECT reason FROM media WHERE url LIKE '%/img/lead-%'")}
    assert reasons == {"too large"}
    assert not list((archive / "media").rglob("*.png"))


def test_images_are_not_kept_when_turned_off(photo_site: tuple[SiteServer, Path], tmp_path: Path) -> None:
    server, _ = photo_site
    for name, archive in (
        ("global", crawl_photos(tmp_path / "global", server.base_url, env={"NEWSCRAWLER_IMAGES": "0"})),
        ("source", crawl_photos(tmp_path / "source", server.base_url, keep_images=False)),
    ):
        assert not (archive / "media").exists() or not any((archive / "media").rglob("*.png")), name
        assert rows(archive, "SELECT count(*) FROM media") == [(0,)], name
        assert rows(archive, "SELECT count(*) FROM posts") == [(6,)], name


def test_image_types_are_read_from_the_bytes() -> None:
    assert image_type(png(1)) == "image/png"
    assert image_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert image_type(b"GIF89a...") == "image/gif"
    assert image_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert image_type(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>") == ""
    assert image_type(b"<html>not found</html>") == ""
