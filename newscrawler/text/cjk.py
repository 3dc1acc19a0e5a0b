"""Korean, Chinese and Japanese text as overlapping two-letter pairs, for the full-text index.

"무탄소에너지를 test" becomes "무탄 탄소 소에 에너 너지 지를 test": every run of CJK
letters is written as its overlapping pairs (a run of one letter as itself),
set apart by spaces from the text around it; other text is left as it is. This
runs over every post's body on every insert, so it works on whole arrays of
code points with NumPy rather than letter by letter in Python (ten times faster).
"""

from __future__ import annotations

import re

import numpy as np

# The letters of each script, as code point ranges; the one place they are written
HANGUL_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0xAC00, 0xD7AF),  # Hangul syllables
)
KANA_RANGES = ((0x3040, 0x30FF),)  # Hiragana, Katakana
HAN_RANGES = (
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
)
CJK_RANGES = tuple(sorted(HANGUL_RANGES + KANA_RANGES + HAN_RANGES))


def char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The inside of a regular expression's ``[...]`` matching any letter in ``ranges``."""
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges)


CJK_CLASS = char_class(CJK_RANGES)
# A Hangul syllable (가-힣), as Korean names, bylines and labels are written; not a lone Jamo.
HANGUL_SYLLABLE = re.compile(f"[{char_class(((0xAC00, 0xD7A3),))}]")

_IS_CJK = np.zeros(0x10000, dtype=bool)
for _low, _high in CJK_RANGES:
    _IS_CJK[_low : _high + 1] = True
_SPACE = ord(" ")
_SHORT = 48  # letters; shorter text is paired letter by letter


def cjk_pairs(text: str) -> str:
    """``text`` with every CJK run written as its overlapping two-letter pairs."""
    if not text or text.isascii():
        return text
    return _short_pairs(text) if len(text) < _SHORT else _array_pairs(text)


def _array_pairs(text: str) -> str:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    in_bmp = codes < 0x10000
    cjk = np.zeros(len(codes) + 1, dtype=bool)  # one more, False, so that "next letter" exists at the end
    cjk[:-1] = in_bmp & _IS_CJK[np.where(in_bmp, codes, 0)]
    here, after = cjk[:-1], cjk[1:]
    if not here.any():
        return text
    before = np.concatenate(([False], here[:-1]))
    starts_run = here & ~before
    pair = here & after
    single_or_pair = pair | starts_run  # a letter that begins a pair, or a run of one letter
    # Each letter becomes up to four code points: [space before a run] letter [next letter] [space].
    out = np.empty((len(codes), 4), dtype="<u4")
    out[:, 0] = _SPACE
    out[:, 1] = codes
    out[:-1, 2] = codes[1:]
    out[-1, 2] = _SPACE
    out[:, 3] = _SPACE
    keep = np.empty((len(codes), 4), dtype=bool)
    keep[:, 0] = starts_run
    keep[:, 1] = ~here | single_or_pair
    keep[:, 2] = pair
    keep[:, 3] = single_or_pair
    return out[keep].tobytes().decode("utf-32-le")


def _short_pairs(text: str) -> str:
    """:func:`cjk_pairs` letter by letter: for a query's words, where NumPy's fixed cost is most of the time."""
    cjk = [_is_cjk(letter) for letter in text] + [False]
    out = []
    previous = False
    for index, letter in enumerate(text):
        if not cjk[index]:
            out.append(letter)
            previous = False
            continue
        pair, starts_run = cjk[index + 1], not previous
        if starts_run:
            out.append(" ")
        if pair or starts_run:
            out.append(letter + text[index + 1] + " " if pair else letter + " ")
        previous = True
    return "".join(out)


def _is_cjk(letter: str) -> bool:
    code = ord(letter)
    return code < 0x10000 and bool(_IS_CJK[code])


def cjk_pairs_of(*texts: str) -> list[str]:
    """:func:`cjk_pairs` of each text, in one pass over them all (a post's title, excerpt and body: the fixed cost
    of a pass is a third of a title's)."""
    if any(_SEPARATOR in text for text in texts):
        return [cjk_pairs(text) for text in texts]
    return cjk_pairs(_SEPARATOR.join(texts)).split(_SEPARATOR)


_SEPARATOR = "\x00"  # not a CJK letter, so no run, and no pair, spans two texts
