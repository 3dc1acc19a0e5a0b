"""`newscrawler export` against real sites: impossible folders, a site's remembered format, the post's language,
Alembic-style sites and the starter sites (issue 17, items 2 and 11 to 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import build_archive, make_post

from newscrawler.cli import main
from newscrawler.items import Post


def export(*args: str) -> Result:
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def archive_of(tmp_path: Path, *posts: Post) -> Path:
    return build_archive(tmp_path / "archive", list(posts))


def one_line_error(result: Result) -> str:
    """The one error line (a usage error also prints click's usage and help hint above it)."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip() and not line.startswith(("Usage:", "Try "))]
    assert len(lines) == 1 and lines[0].lower().startswith("error: "), result.output
    return lines[0]


# item 2: an impossible or unwritable destination


def test_export_into_a_path_under_a_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    (tmp_path / "afile").write_text("")
    for extra in ([], ["--init"]):
        result = export(str(tmp_path / "afile" / "sub"), "--archive", str(archive), *extra)
        assert result.exit_code == 1, result.output
        line = one_line_error(result)
        assert "afile" in line and "Not a directory" in line, line
    assert (tmp_path / "afile").read_text() == ""


def test_a_write_failing_midway_loses_nothing_and_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills (or the folder turns read-only) after the first post: the manifest cannot be saved
    either. One line, exit 1; the next export adopts the file already written instead of duplicating it."""
    from newscrawler.exporters import writer

    archive = archive_of(tmp_path, make_post("https://a/1", "첫 기사"), make_post("https://a/2", "둘째 기사"))
    site = tmp_path / "site"
    real = writer.write_atomically
    calls: list[Path] = []

    def fail_after_first(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) > 1:
            raise PermissionError(13, "Permission denied", str(path))
        real(path, text)

    monkeypatch.setattr(writer, "write_atomically", fail_after_first)
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 1
    assert "Permission denied" in one_line_error(result)
    assert len(list((site / "_posts").glob("*.md"))) == 1
    monkeypatch.setattr(writer, "write_atomically", real)
    again = export(str(site), "--archive", str(archive), "--json")
    assert again.exit_code == 0, again.output
    report = json.loads(again.output)
    assert report["unchanged"] == 1 and len(report["written"]) == 1
    assert len(list((site / "_posts").glob("*.md"))) == 2


def test_bad_destinations_and_settings_files_are_one_line(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00")
    cases = (
        (["--config", str(tmp_path / "binary.toml")], "not UTF-8"),
        (["--default-image", "javascript:alert(1)"], "default image"),
    )
    for options, message in cases:
        result = export(str(tmp_path / "site"), "--archive", str(archive), *options)
        assert result.exit_code == 2, (options, result.output)
        assert message in one_line_error(result), options
    empty = CliRunner().invoke(main, ["export", "", "--archive", str(archive)], catch_exceptions=False)
    assert empty.exit_code == 2 and "DEST is empty" in one_line_error(empty)
    assert not (tmp_path / "site").exists() and not Path("_posts").exists()


# item 11: a site remembers its format and options


def test_a_hugo_site_is_exported_as_hugo_again_and_a_format_mismatch_is_refused(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "site"
    first = export(str(site), "--archive", str(archive), "--format", "hugo", "--layout", "news", "--body", "markdown")
    assert first.exit_code == 0, first.output
    (hugo_file,) = (site / "content/posts").glob("*.md")
    before = hugo_file.read_bytes()
    again = export(str(site), "--archive", str(archive))
    assert again.exit_code == 0, again.output
    assert not (site / "_posts").exists()
    assert hugo_file.read_bytes() == before  # same format, same layout, same Markdown body: nothing rewritten
    assert "(hugo, markdown bodies)" in again.output
    refused = export(str(site), "--archive", str(archive), "--format", "jekyll")
    assert refused.exit_code == 2
    line = one_line_error(refused)
    assert "hugo" in line and "--format hugo" in line, line
    assert not (site / "_posts").exists()
    (site / "_newscrawler.toml").write_text('format = "jekyll"\n')
    assert export(str(site), "--archive", str(archive)).exit_code == 2
    assert not (site / "_posts").exists()


def test_a_site_without_a_manifest_is_known_by_its_files(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "hugo-site"
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "mine"\n')
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 0, result.output
    assert list((site / "content/posts").glob("*.md")) and not (site / "_posts").exists()
