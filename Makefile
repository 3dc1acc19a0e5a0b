# Shortcuts; the README's two commands work without make.
.PHONY: demo test lint bench docs

.venv/bin/newscrawler: pyproject.toml
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'

demo: .venv/bin/newscrawler
	.venv/bin/newscrawler demo

test: .venv/bin/newscrawler
	.venv/bin/pytest

lint: .venv/bin/newscrawler
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy newscrawler

# regenerate docs/cli.md from the commands' --help, then build the docs site into site/ as CI does
docs: .venv/bin/newscrawler
	.venv/bin/pip install -q -e '.[docs]' && .venv/bin/cog -r docs/cli.md && .venv/bin/mkdocs build --strict
