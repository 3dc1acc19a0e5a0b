"""The search query language: what a person types, parsed once, for the index, the ranking and the snippets.

    에너지 정책            both words (in any field)
    "청정 전력"            the words next to each other, in this order
    에너지 OR 수소         either (OR in capitals; lower-case "or" is a word)
    에너지 -원전           leave out posts with 원전 (also: 에너지 NOT 원전)
    semicon*              words that start with "semicon"
    title:에너지           the word in the title (also excerpt:, body:, author:)
    title:(에너지 OR 수소)  a field before a group applies to everything in it
    (에너지 OR 수소) 정책   parentheses group

Korean (and Chinese, Japanese) is indexed as overlapping letter pairs (see
:mod:`newscrawler.text.cjk`), so a Korean word is found inside longer words and
with its particles (에너지 finds 무탄소에너지를). A Korean word of four or more
letters is also looked for split into two words of two letters or more
(청정전력 finds "청정 전력"), and a quoted phrase of Korean words also joined
(\"청정 전력\" finds 청정전력): writers space compounds either way.

:func:`parse` turns a query into a :class:`Query`: its FTS5 ``MATCH`` expression
(never a syntax error: every phrase is quoted), and the terms a post should have
(not those after ``-`` or ``NOT``), each with a regular expression that finds it
in text for the ranking and the snippet: whole words in space-separated
scripts (``AI`` never marks "m[ai]n"), word parts in CJK. Anything that is not
a query raises :class:`SearchError` with one line saying what is wrong and how
to write it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

from newscrawler.errors import BadInputError
from newscrawler.text.cjk import CJK_CLASS, cjk_pairs

__all__ = ["FIELDS", "Query", "SearchError", "Term", "lenient_match", "parse"]

FIELDS = ("title", "excerpt", "body", "author")  # the index's columns, in order; also the query's field names
MAX_TERMS = 64  # words and phrases in one query
MAX_DEPTH = 16  # parentheses inside parentheses
_SPLIT_MIN = 2  # a Korean word is also looked for split where both parts have this many letters or more
_MAX_SPLITS = 6  # and at most this many ways (a word of up to 9 letters gets all of them)
EXAMPLES = '에너지 정책, "청정 전력", 에너지 OR 수소, 에너지 -원전, semicon*, title:에너지'

_CJK = re.compile(f"[{CJK_CLASS}]")
_WORD = re.compile(r"[^\W_]+")
_LETTER = f"[^\\W_{CJK_CLASS}]"  # a letter of a space-separated script: a word's edge is anything else (CJK too)
_BARE = re.compile(r'[^\s()"]+')
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_OPERATORS = ("OR", "AND", "NOT")


class SearchError(BadInputError):
    """A search query that cannot be run; the message says why and how to write it."""


@dataclass(frozen=True)
class Term:
    """A word or a "phrase" of a query, with its field (None: any field) and whether it is a prefix*."""

    text: str
    phrase: bool = False
    prefix: bool = False
    field: str | None = None

    @cached_property
    def match(self) -> str:
        """The FTS5 expression: the term's letter pairs as a quoted phrase (or several, OR-ed, for the ways a
        Korean compound is spaced), with its column filter."""
        return self._expression(self.variants)

    @cached_property
    def first_match(self) -> str:
        """:attr:`match` of the term as typed only (not its other spacings): cheaper, for ranking hints."""
        return self._expression(self.variants[:1])

    def _expression(self, variants: list[str]) -> str:
        phrases = []
        for variant in variants:
            tokens = _WORD.findall(cjk_pairs(variant))
            quoted = '"' + " ".join(tokens) + '"'
            last = tokens[-1]
            if (self.prefix and not _CJK.search(last)) or (len(last) == 1 and _CJK.match(last)):
                quoted += "*"  # a CJK word of one letter: the pairs that start with it
            phrases.append(quoted)
        expression = phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
        return f"{self.field} : {expression}" if self.field else expression

    @cached_property
    def variants(self) -> list[str]:
        """The term as typed, then as Korean writers might also space it."""
        variants = [self.text]
        if self.phrase:
            joined = re.sub(f"(?<=[{CJK_CLASS}])\\s+(?=[{CJK_CLASS}])", "", self.text)
            if joined != self.text:
                variants.append(joined)
        else:
            for run in re.finditer(f"[{CJK_CLASS}]{{{2 * _SPLIT_MIN},}}", self.text):
                for cut in range(run.start() + _SPLIT_MIN, run.end() - _SPLIT_MIN + 1):
                    if len(variants) > _MAX_SPLITS:
                        break
                    variants.append(self.text[:cut] + " " + self.text[cut:])
        return variants

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Finds the term in text: whole words where the script spaces words, word parts in CJK; Korean
        letters of a compound with or without a space between its parts (as the index finds them)."""
        return re.compile(self._source(self.text), re.IGNORECASE)

    @cached_property
    def lower_pattern(self) -> re.Pattern[str]:
        """:attr:`pattern` for lower-case text (``text.lower()``): no IGNORECASE, so the regular expression
        engine looks for the word's letters first (ten times faster over a post's body)."""
        return re.compile(self._source(self.text.lower()))

    def _source(self, text: str) -> str:
        words = _WORD.findall(text)
        parts = []
        for index, word in enumerate(words):
            if index:
                cjk_join = bool(_CJK.match(words[index - 1][-1]) and _CJK.match(word[0]))
                parts.append(r"[\W_]*" if cjk_join and self.phrase else r"[\W_]+")
            parts.append(_word_pattern(word, prefix=self.prefix and index == len(words) - 1))
        return "".join(parts)

    @cached_property
    def _literal(self) -> str | None:
        """The term itself where finding it is finding its letters (a Korean word of up to three letters)."""
        if len(self.text) < 2 * _SPLIT_MIN and all(_CJK.match(letter) for letter in self.text):
            return self.text
        return None

    @cached_property
    def caseless(self) -> bool:
        """Whether :meth:`count` takes text as it is, not lower-cased: a term without letters that have a case
        (Korean, digits), whose pattern finds the same in a text and in its lower case."""
        return self.text == self.text.lower() == self.text.upper()

    def count(self, lowered: str) -> int:
        """How many times the term is in ``lowered`` (a text's ``.lower()``; the text itself if :attr:`caseless`)."""
        literal = self._literal
        return lowered.count(literal) if literal else len(self.lower_pattern.findall(lowered))

    def __str__(self) -> str:
        shown = f'"{self.text}"' if self.phrase else self.text
        return f"{self.field + ':' if self.field else ''}{shown}{'*' if self.prefix else ''}"


def _word_pattern(word: str, *, prefix: bool) -> str:
    letters = []
    for index, letter in enumerate(word):
        if index and _CJK.match(letter) and _CJK.match(word[index - 1]):
            run_start = index
            while run_start and _CJK.match(word[run_start - 1]):
                run_start -= 1
            run_end = index
            while run_end < len(word) and _CJK.match(word[run_end]):
                run_end += 1
            if index - run_start >= _SPLIT_MIN and run_end - index >= _SPLIT_MIN:
                letters.append(r"\s?")  # where the index also finds the compound spaced
        letters.append(re.escape(letter))
    body = "".join(letters)
    if _CJK.match(word[0]):
        before = ""
    elif "\\s?" in body:
        before = f"(?<!{_LETTER})"
    else:  # the letters first, then what stands before them: lets the engine look for the letters
        body, before = body + f"(?<!{_LETTER}.{{{len(word)}}})", ""
    if prefix and not _CJK.match(word[-1]):
        after = f"{_LETTER}*"
    elif _CJK.match(word[-1]):
        after = ""
    else:
        after = f"(?!{_LETTER})"
    return before + body + after


# The parsed query: a tree of terms, "all of" (with the terms to leave out) and "any of".


@dataclass
class All:
    wanted: list[Node] = field(default_factory=list)
    unwanted: list[Node] = field(default_factory=list)


@dataclass
class Any:
    choices: list[Node] = field(default_factory=list)


Node = Term | All | Any


@dataclass(frozen=True)
class Query:
    """A parsed query: ``match`` for FTS5, ``terms`` a post should have (for ranking and snippets)."""

    text: str
    match: str
    terms: tuple[Term, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Any of the wanted terms, longest first (for snippets)."""
        ordered = sorted(self.terms, key=lambda t: len(t.text), reverse=True)
        return re.compile("|".join(f"(?:{t.pattern.pattern})" for t in ordered), re.IGNORECASE)


def parse(text: str) -> Query:
    """``text`` as a :class:`Query`, or a :class:`SearchError` saying what is wrong and how to write it."""
    tokens = _lex(text)
    parser = _Parser(text, tokens)
    node = parser.parse()
    if node is None:
        raise SearchError(f"nothing to search for in {text!r}: write words, e.g. {EXAMPLES}")
    terms: list[Term] = []
    _wanted_terms(node, terms)
    return Query(text=text, match=_compile(node), terms=tuple(dict.fromkeys(terms)))


def lenient_match(text: str) -> str:
    """The FTS5 expression of ``text`` for a search box that cannot show a message: one that matches nothing
    where :func:`parse` refuses the query (so a search box and ``newscrawler search`` find the same posts)."""
    try:
        return parse(text).match
    except SearchError:
        return '""'


def query_error(text: str) -> str | None:
    """What is wrong with ``text`` as a query, or None."""
    try:
        parse(text)
    except SearchError as exc:
        return str(exc)
    return None


# lexing

_Token = tuple[str, str]  # (kind, value): "(" ")" OR AND NOT NEG FIELD WORD PHRASE PREFIX_PHRASE


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char.isspace():
            position += 1
        elif char in "()":
            tokens.append((char, char))
            position += 1
        elif char == '"':
            end = text.find('"', position + 1)
            if end < 0:
                raise SearchError(f'unbalanced quote in {text!r}: close the phrase with a second " (e.g. "청정 전력")')
            kind, value = "PHRASE", text[position + 1 : end]
            position = end + 1
            if text.startswith("*", position):
                kind = "PREFIX_PHRASE"
                position = len(text) - len(text[position:].lstrip("*"))
            tokens.append((kind, value))
        else:
            match = _BARE.match(text, position)
            assert match is not None
            position = match.end()
            chunk = match.group()
            if not chunk.strip("-") and text[position : position + 1] in ('"', "("):
                tokens.append(("NEG", "-"))  # -"a phrase", -(a group)
            elif chunk.endswith(":") and chunk[:-1].lower() in FIELDS and text[position : position + 1] in ('"', "("):
                tokens.append(("FIELD", chunk[:-1].lower()))  # title:"a phrase", title:(a group)
            else:
                tokens.extend(_bare_tokens(text, chunk))
    return tokens


def _bare_tokens(text: str, chunk: str) -> list[_Token]:
    if chunk in _OPERATORS:
        return [(chunk, chunk)]
    tokens: list[_Token] = []
    if chunk.startswith("-") and chunk.strip("-"):
        tokens.append(("NEG", "-"))
        chunk = chunk.lstrip("-")
    field_match = _FIELD.fullmatch(chunk)
    if field_match:
        name, rest = field_match.group(1), field_match.group(2)
        if name.lower() in FIELDS:
            tokens.append(("FIELD", name.lower()))
            if rest:
                tokens.extend(_bare_tokens(text, rest) if not rest.startswith("-") else [("WORD", rest)])
            return tokens
        close = difflib.get_close_matches(name.lower(), FIELDS, n=1, cutoff=0.75)
        if close:
            raise SearchError(
                f"no field {name + ':'!r} in {text!r}: did you mean {close[0]}:? "
                f"(fields: {', '.join(f + ':' for f in FIELDS)})"
            )
    tokens.append(("WORD", chunk))
    return tokens


# parsing


class _Parser:
    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.position = 0
        self.terms = 0

    def peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def fail(self, what: str, example: str) -> SearchError:
        return SearchError(f"{what} in {self.text!r}: write e.g. {example}")

    def parse(self) -> Node | None:
        node = self.any_of(depth=0)
        if self.peek() == ")":
            raise self.fail("a ) without its (", "(에너지 OR 수소) 정책")
        return node

    def any_of(self, depth: int) -> Node | None:
        choices = [self.all_of(depth)]
        while self.peek() == "OR":
            self.take()
            choices.append(self.all_of(depth))
        if len(choices) > 1 and any(choice is None for choice in choices):
            raise self.fail("OR needs something to find on both sides", "에너지 OR 수소")
        for choice in choices:
            if isinstance(choice, All) and not choice.wanted and len(choices) > 1:
                raise self.fail("a left-out word cannot be one side of OR", "(에너지 OR 수소) -원전")
        found = [choice for choice in choices if choice is not None]
        if not found:
            return None
        return found[0] if len(found) == 1 else Any(found)

    def all_of(self, depth: int) -> Node | None:
        group = All()
        seen_any = False
        while self.peek() not in (None, "OR", ")"):
            kind = self.peek()
            if kind == "AND":
                self.take()
                if not seen_any or self.peek() in (None, "OR", ")", "AND"):
                    raise self.fail(
                        "AND needs something to find on both sides", "에너지 AND 수소 (or just 에너지 수소)"
                    )
                continue
            seen_any = True
            negated = False
            if kind in ("NOT", "NEG"):
                operator = self.take()[1]
                negated = True
                if self.peek() in (None, "OR", ")", "AND", "NOT", "NEG"):
                    raise self.fail(f"{operator} needs a word after it", "에너지 -원전 or 에너지 NOT 원전")
            node = self.unary(depth, field_name=None)
            if node is None:
                continue
            (group.unwanted if negated else group.wanted).append(node)
        if group.unwanted and not group.wanted:
            raise self.fail("there is nothing to find, only words to leave out", "정책 -에너지 or 정책 NOT 에너지")
        if not group.wanted:
            return None
        if len(group.wanted) == 1 and not group.unwanted:
            return group.wanted[0]
        return group

    def unary(self, depth: int, field_name: str | None) -> Node | None:
        kind, value = self.take()
        if kind == "FIELD":
            if field_name and field_name != value:
                raise self.fail(f"{value}: inside {field_name}:", f"{field_name}:에너지 {value}:수소")
            if self.peek() not in ("WORD", "PHRASE", "PREFIX_PHRASE", "("):
                raise self.fail(f'{value}: needs a word, "phrase" or (group) right after it', f"{value}:에너지")
            return self.unary(depth, field_name=value)
        if kind == "(":
            if depth >= MAX_DEPTH:
                raise self.fail(f"more than {MAX_DEPTH} parentheses inside each other", "(에너지 OR 수소) 정책")
            node = self.any_of(depth + 1)
            if self.peek() != ")":
                raise self.fail("a ( without its )", "(에너지 OR 수소) 정책")
            self.take()
            return _with_field(node, field_name) if field_name else node
        if kind in ("WORD", "PHRASE", "PREFIX_PHRASE"):
            return self.term(kind, value, field_name)
        if kind in ("NOT", "NEG"):
            raise self.fail(f"{value} twice", "에너지 -원전")
        raise self.fail(f"{value} in the wrong place", EXAMPLES)  # pragma: no cover - all_of stops before them

    def term(self, kind: str, value: str, field_name: str | None) -> Term | None:
        prefix = kind == "PREFIX_PHRASE" or (kind == "WORD" and value.endswith("*"))
        text = " ".join(_WORD.findall(value))
        if not text:
            return None
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise SearchError(f"more than {MAX_TERMS} words and phrases in the query: search for fewer")
        phrase = kind != "WORD"
        return Term(text=text, phrase=phrase, prefix=prefix, field=field_name)


def _with_field(node: Node | None, field_name: str) -> Node | None:
    if node is None:
        return None
    if isinstance(node, Term):
        if node.field and node.field != field_name:
            raise SearchError(f"{node.field}: inside {field_name}:(...): give each word one field")
        return Term(node.text, node.phrase, node.prefix, field_name)
    if isinstance(node, All):
        return All(
            [n for n in (_with_field(w, field_name) for w in node.wanted) if n is not None],
            [n for n in (_with_field(u, field_name) for u in node.unwanted) if n is not None],
        )
    return Any([n for n in (_with_field(c, field_name) for c in node.choices) if n is not None])


def _compile(node: Node) -> str:
    if isinstance(node, Term):
        return node.match
    if isinstance(node, Any):
        return "(" + " OR ".join(_compile(choice) for choice in node.choices) + ")"
    wanted = " AND ".join(_grouped(n) for n in node.wanted)
    expression = f"({wanted})" if len(node.wanted) > 1 and node.unwanted else wanted
    for unwanted in node.unwanted:
        expression += f" NOT {_grouped(unwanted)}"
    return expression if not node.unwanted else f"({expression})"


def _grouped(node: Node) -> str:
    compiled = _compile(node)
    return compiled if isinstance(node, Term) or compiled.startswith("(") else f"({compiled})"


def _wanted_terms(node: Node, terms: list[Term]) -> None:
    if isinstance(node, Term):
        terms.append(node)
    elif isinstance(node, Any):
        for choice in node.choices:
            _wanted_terms(choice, terms)
    else:
        for wanted in node.wanted:
            _wanted_terms(wanted, terms)
