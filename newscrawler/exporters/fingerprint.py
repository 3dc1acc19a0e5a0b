"""What a post file is rendered from, as a hash: the writer skips rendering a post whose hash is unchanged."""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path
from typing import Any

from newscrawler.exporters.base import SiteProfile


def rendering_fingerprint(post: dict[str, Any], format_name: str, profile: SiteProfile) -> str:
    """What a post file is made from: the post, the format, the site's profile and the rendering code itself."""
    digest = hashlib.sha256(f"{_code_fingerprint()}\0{format_name}\0{profile!r}".encode())
    for key in sorted(post):
        value = post[key]
        digest.update(f"\0{key}\0".encode())
        digest.update((value if isinstance(value, str) else repr(value)).encode())
    return digest.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the exporters' source and the libraries they render with: new code renders afresh."""
    libraries = " ".join(_version(name) for name in ("PyYAML", "python-frontmatter", "markdownify", "python-slugify"))
    digest = hashlib.sha256(libraries.encode())
    folder = Path(__file__).parent
    for module in ("base.py", "defaults.py", "document.py", "jekyll.py", "hugo.py", "markdown.py"):
        digest.update((folder / module).read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
