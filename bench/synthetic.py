"""Synthetic news posts for the archive benchmarks: Korean (70 %) and English (30 %), realistic sizes.

Words follow a Zipf-Mandelbrot law over a vocabulary of real words (the most
frequent ranks) and made-up ones (the long tail), as in real news, so a query
word matches a realistic share of the archive: a frequent word many posts, a
rarer one few. Korean bodies run 1,500-3,000 letters in 6-12 paragraphs, with
particles on most nouns and compound nouns (무탄소에너지) a quarter of the time;
English bodies 400-800 words. Posts come from 20 sources and 10 categories over
two years, and the same seed gives the same posts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import numpy as np

from newscrawler.items import Post
from newscrawler.text.cleaning import content_hash

KO_NOUNS = [
    "정부",
    "국회",
    "대통령",
    "장관",
    "위원회",
    "에너지",
    "무탄소",
    "전력",
    "반도체",
    "수출",
    "수입",
    "경제",
    "금리",
    "물가",
    "환율",
    "주택",
    "아파트",
    "전세",
    "환경",
    "기후",
    "탄소",
    "배출",
    "미세먼지",
    "폭염",
    "태풍",
    "장마",
    "교육",
    "학교",
    "학생",
    "교사",
    "교과서",
    "병원",
    "의료",
    "의사",
    "환자",
    "보험",
    "연금",
    "청년",
    "일자리",
    "고용",
    "임금",
    "기업",
    "투자",
    "주식",
    "시장",
    "은행",
    "예산",
    "세금",
    "지방",
    "자치",
    "선거",
    "투표",
    "정책",
    "법안",
    "개정",
    "규제",
    "산업",
    "기술",
    "인공지능",
    "데이터",
    "통신",
    "위성",
    "우주",
    "자동차",
    "배터리",
    "수소",
    "원전",
    "재생",
    "태양광",
    "풍력",
    "농업",
    "사과",
    "가격",
    "관광",
    "문화",
    "영화",
    "공연",
    "도서",
    "전시",
    "스포츠",
    "축구",
    "야구",
    "올림픽",
    "외교",
    "협력",
    "회담",
    "동맹",
    "안보",
    "국방",
    "북한",
    "중국",
    "미국",
    "일본",
    "유럽",
    "서울",
    "부산",
    "대구",
    "인천",
    "광주",
    "대전",
    "경기",
    "강원",
    "충북",
    "전남",
    "경북",
    "제주",
    "시민",
    "주민",
    "소비자",
    "노동자",
    "단체",
    "전문가",
    "연구원",
]
KO_SYLLABLES = list(
    "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치"
    "키티피히강남당랑망방상앙장창캉탕팡항경녕령명병성영정청형공농동롱몽봉송옹종총콩통퐁홍건선연전천현민빈신인진"
)
KO_PARTICLES = ("은", "는", "이", "가", "을", "를", "에", "에서", "의", "와", "과", "로", "도", "만")
KO_ENDINGS = ("했다.", "밝혔다.", "전했다.", "것으로 나타났다.", "계획이다.", "예정이다.", "설명했다.", "강조했다.")
EN_WORDS = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "from",
    "and",
    "as",
    "at",
    "said",
    "would",
    "could",
    "will",
    "government",
    "minister",
    "parliament",
    "president",
    "energy",
    "power",
    "grid",
    "semiconductor",
    "chip",
    "exports",
    "imports",
    "economy",
    "interest",
    "rates",
    "inflation",
    "currency",
    "housing",
    "prices",
    "rent",
    "climate",
    "carbon",
    "emissions",
    "heatwave",
    "typhoon",
    "school",
    "students",
    "teachers",
    "hospital",
    "doctors",
    "patients",
    "pension",
    "youth",
    "jobs",
    "wages",
    "companies",
    "investment",
    "market",
    "bank",
    "budget",
    "tax",
    "local",
    "election",
    "voters",
    "policy",
    "bill",
    "regulation",
    "industry",
    "technology",
    "artificial",
    "intelligence",
    "data",
    "network",
    "satellite",
    "space",
    "car",
    "battery",
    "hydrogen",
    "nuclear",
    "solar",
    "wind",
    "farm",
    "apple",
    "tourism",
    "culture",
    "film",
    "festival",
    "books",
    "exhibition",
    "football",
    "baseball",
    "diplomacy",
    "talks",
    "alliance",
    "security",
    "defence",
    "seoul",
    "busan",
    "citizens",
    "experts",
    "announced",
    "reported",
    "expected",
    "plans",
]
CATEGORIES = ("정치", "경제", "사회", "환경", "IT/과학", "문화", "국제", "생활", "World", "Business")
VOCABULARY = 40_000


def _vocabulary(head: list[str], make: Callable[[random.Random], str], rng: random.Random) -> list[str]:
    words, seen = list(head), set(head)
    while len(words) < VOCABULARY:
        word = make(rng)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _zipf(size: int) -> np.ndarray:
    weights = 1.0 / (np.arange(size) + 2.7) ** 1.07
    return np.cumsum(weights / weights.sum())


class PostMaker:
    def __init__(self, seed: int = 1) -> None:
        rng = random.Random(seed)
        self.ko = _vocabulary(KO_NOUNS, lambda r: "".join(r.choices(KO_SYLLABLES, k=r.choice((2, 2, 2, 3, 3, 4)))), rng)
        self.en = _vocabulary(
            EN_WORDS,
            lambda r: "".join(r.choices("bcdfghklmnprstvw", k=4)).replace("", "aeiou"[r.randrange(5)])[1:-1],
            rng,
        )
        self.cdf = _zipf(VOCABULARY)
        self.seed = seed

    def post(self, index: int) -> Post:
        rng = np.random.default_rng((self.seed, index))
        korean = rng.random() < 0.7
        paragraphs = [
            self._paragraph(rng, korean, int(rng.integers(3, 6)))
            for _ in range(int(rng.integers(6, 13) if korean else rng.integers(8, 15)))
        ]
        title = self._sentence(rng, korean).rstrip(".")[: int(rng.integers(25, 61))].strip()
        day = 1 + (index * 7919) % 730
        published = (
            f"{2023 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}"
            f"T{int(rng.integers(0, 24)):02d}:15:00+09:00"
        )
        body_text = "\n\n".join(paragraphs)
        source = index % 20
        return Post(
            url=f"https://news{source}.example/{'ko' if korean else 'en'}/{index}",
            source=f"source{source}",
            title=title,
            category=CATEGORIES[int(rng.integers(0, 8))] if korean else CATEGORIES[int(rng.integers(6, 10))],
            tags=[],
            excerpt=paragraphs[0][:200],
            body_html="\n".join(f"<p>{p}</p>" for p in paragraphs),
            body_text=body_text,
            author="",
            published=published,
            modified="",
            image=f"https://news{source}.example/img/{index}.jpg" if rng.random() < 0.6 else "",
            language="ko" if korean else "en",
            crawled_at="2025-01-01T00:00:00+00:00",
            content_hash=content_hash(body_text),
        )

    def _words(self, rng: np.random.Generator, count: int) -> np.ndarray:
        return np.searchsorted(self.cdf, rng.random(count))

    def _sentence(self, rng: np.random.Generator, korean: bool) -> str:
        return self._paragraph(rng, korean, 1)

    def _paragraph(self, rng: np.random.Generator, korean: bool, sentences: int) -> str:
        out = []
        for _ in range(sentences):
            if korean:
                count = int(rng.integers(6, 12))
                nouns, compounds = self._words(rng, count), self._words(rng, count)
                compound, particle = rng.random(count) < 0.25, rng.integers(-5, len(KO_PARTICLES), count)
                words = [
                    self.ko[n] + (self.ko[c] if m else "") + (KO_PARTICLES[p] if p >= 0 else "")
                    for n, c, m, p in zip(
                        nouns.tolist(), compounds.tolist(), compound.tolist(), particle.tolist(), strict=True
                    )
                ]
                out.append(" ".join(words) + " " + KO_ENDINGS[int(rng.integers(0, len(KO_ENDINGS)))])
            else:
                words = [self.en[i] for i in self._words(rng, int(rng.integers(10, 21))).tolist()]
                out.append(" ".join(words).capitalize() + ".")
        return " ".join(out)


def posts(start: int, stop: int, seed: int = 1) -> Iterator[Post]:
    maker = PostMaker(seed)
    for index in range(start, stop):
        yield maker.post(index)
