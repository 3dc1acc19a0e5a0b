"""The command line as people use it: help, clear errors, exit codes, output formats, the README."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT, run_cli

from newscrawler.cli import main

PAGE = """<!doctype html><html lang="ko"><head><meta charset="euc-kr">
<title>정부, 에너지 정책 발표 - 한결일보</title><meta property="og:site_name" content="한결일보">
<meta property="article:published_time" content="2024-05-09 15:20"></head><body>
<h1>정부, 에너지 정책 발표</h1><div class="article-body">
<p>정부는 9일 새로운 에너지 정책을 발표했다. 산업통상자원부는 이날 세종청사에서 브리핑을 열었다.</p>
<p>계획에 따르면 2030년까지 청정 전력 비중을 두 배로 늘린다. 환경 단체는 환영의 뜻을 밝혔다.</p>
<p>전문가들은 실행 계획이 중요하다고 지적했다. 정부는 다음 달 세부 계획을 내놓는다.</p></div></body></html>"""


def commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert f"`newscrawler {command}" in (ROOT / "README.md").read_text("utf-8")


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
    first = [line for line in blocks[0].splitlines() if line and not line.startswith("#")]
    assert len(first) == 2
    demo, tests = first
    assert ".venv" in demo and demo.endswith("newscrawler demo")
    assert ".venv" in tests and tests.endswith("pytest")
    assert tests in (ROOT / ".ci" / "run").read_text("utf-8")


def test_extract_reads_euc_kr_files_gzip_and_stdin_in_input_order(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("euc-kr"))
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(PAGE.encode("utf-8").replace(b"euc-kr", b"utf-8")))
    result = run_cli(
        "extract", "--url", "https://news.example/a/1.html?utm_source=x", "--timezone", "Asia/Seoul",
        str(page), str(tmp_path / "missing.html"), str(gz), "-",
        stdin="<html><body><p>짧다</p></body></html>",
    )  # fmt: skip
    assert result.returncode == 1  # one input could not be read
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4
    first, missing, zipped, stdin = lines
    for post in (first, zipped):
        assert post["title"] == "정부, 에너지 정책 발표"
        assert post["url"] == "https://news.example/a/1.html"
        assert post["published"] == "2024-05-09T15:20:00+09:00"
        assert post["excerpt"].startswith("정부는 9일 새로운 에너지 정책을 발표했다.")
        assert post["language"] == "ko"
        assert "invalid" not in post
    assert first["body_text"] == zipped["body_text"]
    assert "No such file" in missing["error"] and missing["input"].endswith("missing.html")
    assert stdin["invalid"] in ("no title", "no body")


def test_extract_gives_each_file_of_a_batch_its_own_url(tmp_path: Path) -> None:
    one, two = tmp_path / "one.html", tmp_path / "two=x.html"
    for page in (one, two):
        page.write_bytes(PAGE.encode("euc-kr"))
    listing = tmp_path / "urls.tsv"
    listing.write_text(f"# file\turl\n{two}\thttps://news.example/b/2?utm_medium=rss\n\n", "utf-8")
    result = run_cli(
        "extract", "--timezone", "Asia/Seoul", f"{one}=https://news.example/a/1", str(two), "--urls-from", str(listing),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    # FILE=URL pairs and plain files in the order given, then the listing's rows; a file given alone
    # keeps its file: URL, "=" in a file name without a URL after it is part of the name
    assert urls == ["https://news.example/a/1", two.resolve().as_uri(), "https://news.example/b/2"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("only-a-file.html\n", "utf-8")
    refused = run_cli("extract", "--urls-from", str(bad))
    assert refused.returncode == 2 and "FILE<TAB>URL" in refused.stderr
    help_text = run_cli("extract", "--help").stdout
    assert "FILE=URL" in help_text and "--urls-from" in help_text


def test_query_is_read_only_and_formats(tmp_path: Path) -> None:
    from newscrawler.store.archive import Archive

    Archive(tmp_path / "news.db").close()
    ok = run_cli("query", "SELECT 1 AS one, 'x' AS two", "--archive", str(tmp_path), "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout) == [{"one": 1, "two": "x"}]
    as_csv = run_cli("query", "SELECT 1 AS one", "--archive", str(tmp_path), "--csv")
    assert as_csv.stdout.splitlines() == ["one", "1"]
    refused = run_cli("query", "DELETE FROM posts", "--archive", str(tmp_path))
    assert refused.returncode == 1
    assert "readonly" in refused.stderr and "Traceback" not in refused.stderr


def test_tables_print_text_as_written_not_as_rich_markup(tmp_path: Path) -> None:
    from newscrawler.store.archive import Archive

    Archive(tmp_path / "news.db").close()
    shown = run_cli("query", "SELECT '[bold]AI[/bold] :fire: 2024' AS title", "--archive", str(tmp_path))
    assert shown.returncode == 0 and "[bold]AI[/bold] :fire: 2024" in shown.stdout
    searched = run_cli("search", "[red]에너지", "--archive", str(tmp_path))
    assert "[red]에너지" in searched.stderr


def test_a_bad_sources_file_stops_the_crawl_before_any_request(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "x"\nfeeds = ["https://example.invalid/rss"]\ntimezone = "Asia/Soul"\n')
    result = run_cli("crawl", "--sources", str(sources), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 2
    assert "source 'x' (#1): key 'timezone': unknown time zone 'Asia/Soul'" in result.stderr
    assert not (tmp_path / "archive").exists()
    unknown = run_cli("crawl", "nope", "--sources", str(sources.with_name("absent.toml")))
    assert unknown.returncode == 2 and "no such sources file" in unknown.stderr


def test_commands_on_a_missing_archive_say_so(tmp_path: Path) -> None:
    for args in (["search", "x"], ["query", "SELECT 1"], ["runs"]):
        result = run_cli(*args, "--archive", str(tmp_path / "nothing"))
        assert result.returncode == 1, args
        assert "no archive here yet" in result.stderr and "Traceback" not in result.stderr
