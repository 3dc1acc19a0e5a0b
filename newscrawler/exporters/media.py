"""The archived images of exported posts: copied into the site, and the posts pointed at the copies.

A post's stored images (``ARCHIVE/media/``, see ``pipelines/images.py``) are
copied to ``assets/media/`` (Jekyll) or ``static/media/`` (Hugo, served at
``/media/``) under their content-hash names, so a file already there is the
same file and is not copied again. The post's ``image`` (its lead image, or
its first figure where the page named none) and every ``<img src>`` of its
body that has a stored copy become root-relative paths in the site; an image
that was not stored keeps its original URL. The archive's own ``body_html``
is not changed: only what is written into the site.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path
from typing import Any

from newscrawler.store.parts import MEDIA_DIR

# format → (folder in the site, the URL path it is served at)
SITE_MEDIA = {"jekyll": ("assets/media", "/assets/media"), "hugo": ("static/media", "/media")}


class SiteMedia:
    def __init__(self, archive: Any, dest: Path, format_name: str, *, dry_run: bool = False) -> None:
        self.archive = archive if hasattr(archive, "post_media") else None
        self.source = Path(getattr(archive, "path", ".")).parent / MEDIA_DIR
        folder, self.url_path = SITE_MEDIA[format_name]
        self.folder = dest / folder
        self.dry_run = dry_run
        self.copied: list[str] = []
        self.missing: list[str] = []
        self._present: set[str] = set()

    def localise(self, post: dict[str, Any]) -> dict[str, Any]:
        """``post`` with its stored images pointed at their copies in the site (copied there first)."""
        stored = self.archive.post_media(post["url"]) if self.archive is not None else []
        if not stored:
            return post
        local: dict[str, str] = {}
        lead = ""
        for image in stored:
            path = self._copy(image["file"])
            if path:
                local[image["url"]] = path
                if image["role"] == "lead" and not lead:
                    lead = path
        if not local:
            return post
        post = dict(post)
        image = post.get("image") or ""
        post["image"] = local.get(image, image) if image else lead
        body = post.get("body_html") or ""
        for url, path in local.items():
            body = body.replace(f'src="{html.escape(url)}"', f'src="{path}"')
        post["body_html"] = body
        return post

    def _copy(self, file: str) -> str:
        """The site path of ``file`` once it is in the site; "" when the archive lacks it."""
        if not file or file.startswith((".", "/")) or ".." in file.split("/"):
            return ""
        if file not in self._present:
            source, target = self.source / file, self.folder / file
            if not source.is_file():
                self.missing.append(file)
                return ""
            if not (target.is_file() and target.stat().st_size == source.stat().st_size):
                if not self.dry_run:
                    _copy_atomically(source, target)
                self.copied.append(f"{self.folder.name}/{file}")
            self._present.add(file)
        return f"{self.url_path}/{file}"


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=".nc-", suffix=".tmp", delete=False)  # noqa: SIM115
    temp = Path(handle.name)
    try:
        with handle, source.open("rb") as data:
            shutil.copyfileobj(data, handle)
        temp.chmod(0o644)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
