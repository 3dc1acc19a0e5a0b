"""Scoring extracted article text against the truth: the article-extraction-benchmark's metric.

Tokens are ``\\w+`` (Unicode), lower-cased; a text is its multiset of 4-token
shingles (one shingle if shorter). Per page TP/FP/FN are normalised so every
page weighs the same; precision is averaged over pages that predicted
something, recall over pages with true text, F1 from the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Summary:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = [t.lower() for t in _TOKEN.findall(text or "")]
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score_page(predicted: str, truth: str) -> PageScore:
    ours, true = shingles(predicted), shingles(truth)
    tp = sum((ours & true).values())
    fp = sum((ours - true).values())
    fn = sum((true - ours).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def summarise(pages: Iterable[tuple[str, str, PageScore]]) -> Summary:
    """``pages``: (predicted, truth, score) triples."""
    precisions, recalls = [], []
    for predicted, truth, score in pages:
        if shingles(predicted):
            precisions.append(score.precision)
        if shingles(truth):
            recalls.append(score.recall)
    mean = lambda values: sum(values) / len(values) if values else 0.0  # noqa: E731
    return Summary(mean(precisions), mean(recalls))
