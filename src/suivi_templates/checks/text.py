"""Text normalisation shared by every check family, in one place.

The checks match French phrases whatever the case, accents, apostrophe (’ or ') or
no-break spaces of the draft. Instead of building a second text with its own offsets,
:func:`fold` is **length-preserving**: every character maps to exactly one character, so a
span found in the folded text is the same span in the original. Masking (of the context's
own words, of addresses) is length-preserving too: masked characters become ``#``.

>>> fold("J’ATTENDS  Votre RÉPONSE")
"j'attends  votre reponse"
>>> len(fold("Œuvre à l’été")) == len("Œuvre à l’été")
True
>>> stem("Dossiers"), stem("urgentes"), stem("système")
('dossier', 'urgent', 'system')
>>> key_words("la migration du système comptable vers SAP")
('migration', 'system', 'comptabl', 'sap')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from suivi_templates.checks.anchors import remember

__all__ = [
    "CIVILITIES",
    "GAP",
    "MASK",
    "STOPWORDS",
    "WORD",
    "compose",
    "fold",
    "key_words",
    "mask_spans",
    "phrases",
    "sentence_of",
    "stem",
    "tokens",
    "uncompose_span",
    "words_between",
]

MASK = "#"
"""What masked characters become in a folded text; never part of a word or a gap."""

WORD = r"[^\W_]"
"""One letter or digit (any script), in a regular expression."""

GAP = r"[\x20'\-]{1,40}"
"""What separates two words of one phrase in a folded text (never crosses . , ; ! ? or #).

Bounded, so that every phrase pattern has a bounded width and runs only near its anchors
(:mod:`suivi_templates.checks.anchors`); words 40 spaces apart are not one phrase."""


def phrases(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives written for a folded text, as whole words.

    Alternatives are regular expressions over folded text (no accents, ``'`` for every
    apostrophe); a space in them stands for :data:`GAP` (`` ?`` for an optional one), so
    « j'attends votre réponse »
    written ``"j'attends votre reponse"`` also matches ``"j’attends  votre réponse"``.

    >>> bool(phrases("au plus vite").search(fold("Répondez AU PLUS  VITE")))
    True
    >>> bool(phrases("au plus vite").search(fold("au plus vitement")))
    False
    >>> bool(phrases("au sein d'").search(fold("au sein d’Aéroforge")))
    True
    """
    bodies = [
        a.replace(" ?", "(?:_)?").replace(" ", GAP).replace("(?:_)?", f"(?:{GAP})?")
        for a in alternatives
    ]
    # A phrase that ends with an elided word (« au sein d' ») is followed by a letter.
    pattern = re.compile(rf"(?<![^\W_])(?:{'|'.join(bodies)})(?:(?<=')|(?![^\W_]))")
    return remember(pattern, alternatives, bodies)


def words_between(low: int, high: int) -> str:
    """A regex for ``low`` to ``high`` whole words between two words of a phrase.

    Each skipped word is bounded (1 to 25 letters) and must be preceded by a gap, so the
    pattern cannot backtrack catastrophically.

    >>> bool(re.fullmatch("a" + words_between(0, 2) + GAP + "b", "a x y b"))
    True
    """
    return rf"(?:{GAP}{WORD}{{1,25}}){{{low},{high}}}"


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        lower = char.lower()
        base = unicodedata.normalize("NFD", lower)[:1]
        if len(lower) == 1 and base and base != char:
            table[code] = base
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table[ord("Œ")] = "œ"
    table[ord("Æ")] = "æ"
    for apostrophe in "\u2019\u2018\u02bc\u2032\u00b4\u0060":
        table[ord(apostrophe)] = "'"
    for space in "\t\n\r\v\f\u00a0\u202f\u2009\u2007\u2002\u2003\u200a\u0085\u2028\u2029":
        table[ord(space)] = " "
    for hyphen in "\u2010\u2011":
        table[ord(hyphen)] = "-"
    return table


# A list indexed by code point, not a dict: str.translate looks every character of a
# non-ASCII text up, and indexing a list costs half a dict lookup (1 MB: ~65 → ~30 ms).
# Characters past its end raise IndexError, which translate reads as "leave unchanged".
_FOLD_TABLE = _build_fold_table()
_FOLD = [_FOLD_TABLE.get(code, chr(code)) for code in range(max(_FOLD_TABLE) + 1)]
_FOLDED = {chr(code): folded for code, folded in _FOLD_TABLE.items()}
"""The same table by character. No folded character is folded again: replacing the
characters one after the other gives what ``translate`` gives."""
_BY_CHARACTER = 200
"""Non-ASCII texts at least this long are folded one distinct character at a time."""


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and spaces; same length as ``text``."""
    if len(text) < _BY_CHARACTER or text.isascii():
        return text.translate(_FOLD)
    # ``translate`` looks every character of a non-ASCII text up in Python's table; a text
    # holds a few dozen distinct characters, each replaced in one pass in C (1 MB of
    # letters: ~38 → ~17 ms; past ~200 characters, a letter too).
    for character in _FOLDED.keys() & set(text):
        text = text.replace(character, _FOLDED[character])
    return text


# « Maître » (« Me ») is how one greets a notary or a lawyer, in France and in Québec;
# « Docteure » (« Dre ») a woman physician in Québec.
CIVILITIES = frozenset(
    {"madame", "monsieur", "mme", "m", "mlle", "me", "maitre", "dr", "dre", "docteur", "docteure"}
)
"""Folded words that greet a person: a title, never a name of its own."""

STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "c",
        "ce",
        "ces",
        "cet",
        "cette",
        "chez",
        "comme",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "elles",
        "en",
        "et",
        "etre",
        "eu",
        "il",
        "ils",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "mes",
        "moi",
        "mon",
        "n",
        "ne",
        "ni",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "plus",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "si",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tous",
        "tout",
        "toute",
        "toutes",
        "tres",
        "un",
        "une",
        "vers",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "ete",
        "avoir",
        "fait",
        "faire",
        "afin",
        "ainsi",
        "aussi",
        "bien",
        "car",
        "donc",
        "dont",
        "ici",
        "la",
        "lors",
        "meme",
        "peu",
        "puis",
        "quand",
        "quel",
        "quelle",
        "sans",
        "selon",
        "sous",
    ]
)
"""French function words, folded (no accents)."""


_TOKEN = re.compile(rf"{WORD}+")


def tokens(folded: str) -> Iterator[re.Match[str]]:
    """Every word of a folded text, as matches (``.group()`` and ``.span()``)."""
    return _TOKEN.finditer(folded)


@lru_cache(maxsize=16_384)
def stem(word: str) -> str:
    """A light French stem: folded, without plural ``s``/``x`` nor feminine ``e``.

    Enough to match « dossiers urgents » with « dossier urgent » or « Système » with
    « systèmes »; not a linguistic stemmer.
    """
    word = fold(word)
    if len(word) > 4 and word.endswith("aux"):
        word = word[:-3] + "al"
    elif len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


# Words too common in any follow-up to prove that the draft talks about *this* interview.
_GENERIC_KEYS = frozenset(
    stem(w)
    for w in [
        "poste",
        "postes",
        "entreprise",
        "societe",
        "organisation",
        "equipe",
        "equipes",
        "candidature",
        "candidatures",
        "entretien",
        "entrevue",
        "rencontre",
        "echange",
        "projet",
        "projets",
        "travail",
        "mission",
        "missions",
        "role",
        "transmettre",
        "envoyer",
        "faire",
        "parvenir",
        "partager",
        "communiquer",
        "fournir",
        "preparer",
        "rediger",
        "donner",
        "remettre",
        "adresser",
        "lui",
        "leur",
        "votre",
        "madame",
        "monsieur",
        "question",
        "questions",
        "sujet",
        # « rejoindre votre équipe » closes half the letters: it names no topic.
        "rejoindre",
        # A question's word names no topic: « Comment gérez-vous le pic du 14 juillet ? »
        # is said « la façon de gérer le pic du 14 juillet » (fresh18).
        "comment",
        "pourquoi",
        "combien",
    ]
)


@lru_cache(maxsize=4096)
def key_words(text: str) -> tuple[str, ...]:
    """The stems of the content words of ``text`` that can identify it (no duplicates).

    Function words, words of two letters or less (acronyms of three letters stay) and the
    vocabulary of every follow-up (« poste », « entreprise »…) are left out.

    >>> key_words("Comment gérez-vous le pic du 14 juillet ?")
    ('gerer', 'pic', 'juillet')
    """
    seen: dict[str, None] = {}
    for match in tokens(fold(text)):
        word = match.group()
        if word in STOPWORDS or len(word) < 3 or word.isdigit():
            continue
        # « gérez-vous » is said « gérer » once the question is a noun phrase.
        key = stem(word[:-2] + "er" if len(word) >= 5 and word.endswith("ez") else word)
        if key not in _GENERIC_KEYS:
            seen.setdefault(key, None)
    return tuple(seen)


_SENTENCE_END = re.compile(r"[.!?;\n]")


def sentence_of(text: str, start: int, end: int, *, reach: int = 300) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``, looking at most ``reach`` away.

    >>> s = "Merci. Je vous écris au plus vite. Bonne journée."
    >>> a, b = sentence_of(s, s.index("plus"), s.index("plus") + 4)
    >>> s[a:b]
    ' Je vous écris au plus vite'
    """
    low = max(0, start - reach)
    before = text.rfind(".", low, start)
    for mark in "!?;\n":
        before = max(before, text.rfind(mark, low, start))
    begin = before + 1 if before >= 0 else low
    match = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    finish = match.start() if match else min(len(text), end + reach)
    return begin, finish


_COMBINING = re.compile(r"[\u0300-\u036f]")


def compose(text: str) -> tuple[str, list[int] | None]:
    """Compose decomposed accents (``e`` + U+0301 → ``é``) and say where each char came from.

    Returns the composed text and, when it differs from ``text``, the list giving for each
    composed character the index of its first original character (plus a final entry equal
    to ``len(text)``), so that spans can be mapped back with :func:`uncompose_span`.

    >>> composed, origin = compose("re\u0301ponse")
    >>> composed, origin
    ('réponse', [0, 1, 3, 4, 5, 6, 7, 8])
    """
    if not _COMBINING.search(text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    start = 0
    length = len(text)
    while start < length:
        end = start + 1
        while end < length and _COMBINING.match(text, end):
            end += 1
        cluster = unicodedata.normalize("NFC", text[start:end])
        out.append(cluster)
        origin.extend([start] * len(cluster))
        start = end
    origin.append(length)
    return "".join(out), origin


def uncompose_span(span: tuple[int, int], origin: list[int] | None) -> tuple[int, int]:
    """Map a span of the composed text back to the original text."""
    if origin is None:
        return span
    start, end = span
    last = len(origin) - 1
    start = min(max(start, 0), last)
    end = min(max(end, start), last)
    if end == start:
        return origin[start], origin[start]
    # The end of a span is the end of the cluster of its last character.
    while end < last and origin[end] == origin[end - 1]:
        end += 1
    return origin[start], origin[end]


def mask_spans(folded: str, spans: Iterable[tuple[int, int]]) -> str:
    """Replace each span of ``folded`` by ``#`` characters (same length)."""
    ordered = sorted(spans)
    if not ordered:
        return folded
    parts: list[str] = []
    cursor = 0
    for start, end in ordered:
        start = max(start, cursor)
        if end <= start:
            continue
        parts.append(folded[cursor:start])
        parts.append(MASK * (end - start))
        cursor = end
    parts.append(folded[cursor:])
    return "".join(parts)
