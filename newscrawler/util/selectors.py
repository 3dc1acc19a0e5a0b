"""Per-source selectors: CSS, or XPath when the expression starts with ``/`` or ``(``, compiled once."""

from __future__ import annotations

from functools import lru_cache

from cssselect import SelectorError
from lxml import etree
from lxml.cssselect import CSSSelector


@lru_cache(maxsize=256)
def compiled(expression: str) -> etree.XPath:
    """The selector as lxml runs it; ``ValueError`` saying what is wrong when it is not one."""
    if expression.startswith(("/", "(")):
        try:
            return etree.XPath(expression)
        except etree.XPathSyntaxError as exc:
            raise ValueError(f"{expression!r} is not a valid XPath expression: {exc}") from None
    try:
        return CSSSelector(expression, translator="html")
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise ValueError(f"{expression!r} is not a valid CSS selector: {exc}") from None
