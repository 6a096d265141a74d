"""What a draft takes from this interview: the context's items that it mentions (R2, R3, R9).

A concrete element is matched on its key nouns, whatever the case, accents, elision or
plural, and in any order: « vos dossiers urgents » matches the topic « le traitement des
dossiers urgents »; a paraphrase that keeps two key nouns matches too. Words of the merge
fields (the role, the company, the person met) and words every letter uses prove nothing:
a draft whose only specifics are the merge fields is a model with the blanks filled in.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple, Protocol

from suivi_templates.checks.base import Target
from suivi_templates.checks.contextwords import Item
from suivi_templates.checks.generic_models import GENERIC_MODELS
from suivi_templates.checks.text import STOPWORDS, fold, key_words, stem, tokens
from suivi_templates.kinds import kind_of
from suivi_templates.models import InterviewContext

__all__ = ["concrete_items", "names_an_item"]


# Two words that share this many first letters are taken for one (« planification »,
# « planifier »); six was too few: « concernant » read as « concertation », « entreprise »
# as « entrepôt », « rejoindre » as « rejoint ».
_PREFIX = 7


def _token_forms(target: Target) -> tuple[frozenset[str], frozenset[str]]:
    # The words of the split the masking made (not a second pass over the text).
    words = frozenset(target.pieces[1::2])
    return words, frozenset(w[:_PREFIX] for w in words if len(w) >= _PREFIX)


def _key_found(key: str, words: frozenset[str], prefixes: frozenset[str]) -> bool:
    return _word_found(key, words) or (len(key) >= _PREFIX and key[:_PREFIX] in prefixes)


_ORDINAL = re.compile(r"(\d+)(?:e|er|re|eme|ieme)")
"""A number written as an ordinal (« 50e ») is the number said otherwise (« 50 ans »)."""


class _WordSet(Protocol):
    """Words a key is looked for in: a set, or the text's capitals (:class:`_Capitals`)."""

    def isdisjoint(self, forms: Iterable[str], /) -> bool: ...


def _word_found(key: str, words: _WordSet) -> bool:
    """The key itself, or with a plural or feminine ending; an ordinal, its number."""
    return not words.isdisjoint(_forms(key))


@lru_cache(maxsize=4096)
def _forms(key: str) -> tuple[str, ...]:
    """The words that are ``key``: itself, plural or feminine, an ordinal's number, « -aux »."""
    forms = [key, *(key + end for end in ("s", "e", "es", "x"))]
    if key[:1].isdigit() and (ordinal := _ORDINAL.fullmatch(key)) is not None:
        forms.append(ordinal.group(1))
    if key.endswith("al"):
        forms.append(key[:-2] + "aux")
    return tuple(forms)


# The endings that make an adjective of a place: « lyonnaise », « québécois », « parisien ».
_DEMONYM = re.compile(r"(?:n|l|s|t)?(?:ais|aise|ois|oise|ien|ienne|ain|aine)s?")


def _demonym_found(place: str, by_start: dict[str, list[str]]) -> bool:
    """True when a word is the adjective of ``place`` (its stem plus a demonym ending).

    ``by_start`` holds the text's words by their first four letters (one pass per text).
    """
    base = place.rstrip("e")
    candidates = by_start.get(base[:4], ())
    return any(w.startswith(base) and _DEMONYM.fullmatch(w[len(base) :]) for w in candidates)


def _by_start(words: frozenset[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for word in words:
        index.setdefault(word[:4], []).append(word)
    return index


def _model_vocabulary() -> frozenset[str]:
    words = {
        m.group() for model in GENERIC_MODELS.values() for text in model for m in tokens(fold(text))
    }
    return frozenset(stem(w) for w in words)


# Words that every follow-up about any job may use: one of them alone proves nothing.
_LETTER_WORDS = """
    accueil service services clientele equipe equipes travail gestion organisation
    experience experiences competence competences structure entreprise cabinet clinique
    poste candidature entretien entrevue rencontre echange professionnel professionnalisme
    engagement qualite securite client clients patient patients developpement relation
    relations communication responsabilite responsabilites formation projet projets dossier
    dossiers reunion semaine semaines annee annees mois journee temps valeurs rigueur
    motivation interet metier secteur domaine besoins activite activites magasin magasins
    boutique enseigne produit produits bureau bureaux agence usine commerce
    disponible disponibles disponibilite disponibilites
""".split()
_GENERIC_VOCABULARY = _model_vocabulary() | {stem(w) for w in _LETTER_WORDS}


def _rule_lines(name: str) -> list[str]:
    """The lines of a word list in ``rules/fr``, without its comments."""
    text = (Path(__file__).resolve().parent / "rules" / "fr" / name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


COMMON_STEMS = frozenset(stem(line) for line in _rule_lines("common_words.txt"))
"""Stems of words every French text uses (« station », « personnel »): built by
``scripts/build_common_words.py`` from wordfreq's counts. One of them alone names nothing."""
ORGANISATION_KINDS = dict(line.split(" ", 1) for line in _rule_lines("organisation_kinds.txt"))
"""What an organisation's acronym means (« EHPAD »): its words are the company's."""
_ORDINARY = frozenset(stem(w) for w in "comment pourquoi quand combien faire avoir etre".split())
"""Stems of the generic model letters and of every letter's vocabulary: proof of nothing."""


# A topic noted with a relative clause (« l'équipe de nuit qui se sent oubliée ») is named
# by its head in a letter, which drafts cut there.
_RELATIVE = re.compile(r"\s(?:qui|que|qu'|dont)\s")


@lru_cache(maxsize=1024)
def _topic_head(topic: str) -> str | None:
    """The folded words of a topic before its relative clause, when three or more."""
    folded = fold(topic)
    cut = _RELATIVE.search(folded)
    if cut is None:
        return None
    head = folded[: cut.start()].strip()
    return head if len(head.split()) >= 3 and len(head) >= 12 else None


def _head_named(item: Item, folded: str) -> bool:
    """The topic's words before its relative clause are in the text."""
    head = _topic_head(item.text) if item.kind == "topic" else None
    return head is not None and head in folded


def _figure_named(item: Item, folded: str) -> bool:
    """A fact's figure and the noun it counts are in the text (« 40 supérettes »).

    The noun alone may be a word of the trade, which proves nothing; with its figure, it is
    this organisation's news (fresh169: the library refused its own reminder that said
    « vous avez ouvert 40 supérettes cette année »).
    """
    if item.kind != "fact":
        return False
    return any(
        re.search(rf"(?<![\w,.]){re.escape(figure)}\s+{re.escape(noun)}", folded) is not None
        for figure, noun in _FIGURE.findall(fold(item.text))
    )


_FIGURE = re.compile(r"(?<![\w,.])(\d+(?:[ ,.]\d+)?)\s+([^\W\d_]{4,})")

_QUOTED_ANSWER = 15
"""Characters an answer quoted whole must have to name the interview on its own."""


def _quoted_whole(item: Item, target: Target) -> bool:
    """The topic is in the text word for word, and it is not what the role says.

    « travail de nuit » quoted whole names the topic, though « nuit » is a word of the role
    « aide-soignante - nuit », which alone proves nothing.
    """
    context = target.context
    # An answer promised (``details``), given word for word: « je peux faire le 24 mais pas
    # le 31 » names nothing a key word finds, and no other letter holds it (fresh21: the
    # library refused its own reminder).
    if item.kind == "commitment" and context is not None:
        answer = _quotable(item.text)
        if not answer or len(answer) < _QUOTED_ANSWER or answer not in target.folded:
            return False
        return re.search(rf"(?<![^\W_]){re.escape(answer)}(?![^\W_])", target.folded) is not None
    if item.kind != "topic" or context is None:
        return False
    # « jeu de rôle : vendre une lampe de sel » is written « le jeu de rôle » by the drafts,
    # which cut a long topic at its colon (fresh10: the library's reminder was refused).
    head = item.text.split(":", 1)[0] if ":" in item.text else None
    quoted = next(
        (
            q
            for q in (
                _quotable(item.text) or _rare_topic(item.text),
                head and (_quotable(head) or _rare_word(head)),
            )
            if q and q in target.folded
        ),
        None,
    )
    if quoted is None:
        return False
    # The role as a draft says it: « membrane élastomère » in « couvreur (bardeau, membrane
    # élastomère) » is the advert's detail, which no draft repeats (fresh6, v08).
    role = fold(_ROLE_DETAIL.sub("", context.role.title))
    if quoted in role or quoted in fold(context.company.name):
        return False
    return re.search(rf"(?<![^\W_]){re.escape(quoted)}(?![^\W_])", target.folded) is not None


_ROLE_DETAIL = re.compile(r"\s*\([^()]*\)|\s+[—–-]\s+.*$")
# Only the brackets: what follows a dash (« archiviste – numérisation des greffes ») is
# said by letters that name the role, and proves nothing (blind30).
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_RARE_HEAD = 8
"""Letters of the one word before a colon that names the topic alone."""


def _rare_word(head: str) -> str | None:
    """A head of one word, long and unknown to ordinary letters, folded, or None.

    « successions : pic d'activité ? » is written « les successions » by the drafts (read
    121: the library refused its own reminder); « formation : durée ? » names nothing.
    """
    word = _lone_word(head)
    return word if len(word) >= _RARE_HEAD and stem(word) not in _GENERIC_VOCABULARY else None


_RARE_TOPIC = 7
"""Letters of a topic of one word that names the interview alone."""


def _rare_topic(topic: str) -> str | None:
    """A topic of one uncommon word (« meulage »), folded, or None.

    The library's own thank-you to a deburrer said « notre discussion sur le meulage » and
    was refused (fresh68); « salaire » or « horaires » name nothing.
    """
    word = _lone_word(topic)
    common = stem(word) in _GENERIC_VOCABULARY or stem(word) in COMMON_STEMS
    return word if len(word) >= _RARE_TOPIC and not common else None


def _lone_word(text: str) -> str:
    """The one word of ``text`` after its article, folded, or "" when it has more."""
    words = fold(text).strip(" ?!.;:").split()
    while words and words[0] in ("le", "la", "les", "l'"):
        words = words[1:]
    return words[0] if len(words) == 1 else ""


@lru_cache(maxsize=1024)
def _quotable(topic: str) -> str | None:
    """The folded topic without its article and end stop, when it has two words or more."""
    words = fold(topic).strip(" ?!.;:").split()
    while words and words[0] in ("le", "la", "les", "l'", "un", "une", "des"):
        words = words[1:]
    if words and words[0].startswith("l'"):
        words[0] = words[0][2:]
    quoted = " ".join(words)
    # « SSIAP 2 » next to the role's « SSIAP 1 »: a short topic with its number is quoted too
    # (fresh9: the library's own thank-you was refused).
    numbered = any(w.isdigit() for w in words) and len(quoted) >= 5
    return quoted if len(words) >= 2 and (len(quoted) >= 10 or numbered) else None


class _Places:
    """Where each word of the text is (its rank among the words), indexed on first use."""

    def __init__(self, ordered: list[str]) -> None:
        self._ordered = ordered

    @cached_property
    def _at(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        # Built on first use: most items are named by one word, or by none.
        at: dict[str, list[int]] = {}
        at_prefix: dict[str, list[int]] = {}
        for rank, word in enumerate(self._ordered):
            at.setdefault(word, []).append(rank)
            if len(word) >= _PREFIX:
                at_prefix.setdefault(word[:_PREFIX], []).append(rank)
        return at, at_prefix

    def of(self, key: str) -> list[int]:
        """The ranks of the words that :func:`_key_found` takes for ``key``."""
        at, at_prefix = self._at
        ranks = [r for w in _forms(key) for r in at.get(w, ())]
        if len(key) >= _PREFIX:
            ranks += at_prefix.get(key[:_PREFIX], ())
        return ranks

    def close(self, keys: list[str]) -> bool:
        """Two of ``keys`` are within :data:`_NEAR` words of each other."""
        ranked = sorted((r, k) for k in set(keys) for r in self.of(k))
        return any(b[0] - a[0] <= _NEAR and a[1] != b[1] for a, b in itertools.pairwise(ranked))


_NEAR = 16
"""Words between two key words of one item, at most, for them to name it together: « le
travail du verre […] l'œuvre d'origine », twenty words apart, does not name « les verres
d'origine » (blind30: a letter of stock trade words passed as concrete)."""


def _mentioned(
    item: Item,
    words: frozenset[str],
    prefixes: frozenset[str],
    merged: _MergeFields,
    by_start: dict[str, list[str]],
    capitalised: _WordSet,
    folded: str,
    generic: frozenset[str] = _GENERIC_VOCABULARY,
    strict: bool = False,
    places: _Places | None = None,
) -> bool:
    # A topic said as it was noted is cited, even when a word of it is the role's: « notre
    # échange sur la démonstration de taille » for a « tailleuse de silex » (fresh159: the
    # library refused its own reminder).
    if item.kind == "topic" and _said_as_noted(item.text, folded):
        return True
    keys = [k for k in item.keys if len(k) >= 4 or k in item.proper]
    keys += sorted(item.proper - set(keys))
    all_keys = len(keys)
    # A word of the role, the company or the person met (the merge fields) proves nothing:
    # « gestionnaire-comptable » in the opening is not « six ans de comptabilité ».
    keys = [k for k in keys if not _merged(k, merged)]
    if not keys:
        return False
    # A name is itself, not a word that starts like it: « mon expérience en logistique »
    # does not name the certification « IFS Logistics ».
    found = [
        k
        for k in keys
        if (_word_found(k, words) if k in item.proper else _key_found(k, words, prefixes))
    ]
    # A name proves the item, unless the word found is a common one, written in lowercase,
    # and the name has rarer words: « le transport scolaire » does not name « Transport
    # Richelieu-Sud », but « la visite des caves » names « Caves ouvertes ».
    rare_names = any(k not in COMMON_STEMS and k.isalpha() for k in item.proper)
    # One word of a longer name, in lowercase, is the word, not the name: « le lean
    # manufacturing » does not name « la certification Green Belt Lean Six Sigma ».
    name_words = {k for k in item.proper if k.isalpha()}
    whole_name = len(name_words) <= 1 or name_words <= set(found)
    # Nor does it count towards the item's other words: « d'autres érablières… la saison »
    # is the trade, not « mes saisons à l'Érablière Poulin et fils » (blind35).
    if not whole_name:
        found = [k for k in found if k not in name_words or _word_found(k, capitalised)]
    named = [k for k in found if k in name_words and _word_found(k, capitalised)]
    if any(
        k in item.proper
        and (
            # A common word of a longer name, capitalised, is still not the name: « le
            # milieu culturel de Québec » for « au Grand Théâtre de Québec » (blind36); two
            # are (« à Rive-Sud » for « l'Hôpital vétérinaire Rive-Sud »).
            (
                _word_found(k, capitalised)
                and (whole_name or k not in COMMON_STEMS or len(named) >= 2)
            )
            or (whole_name and (k not in COMMON_STEMS or not rare_names))
        )
        for k in found
    ):
        return True
    if any(_demonym_found(k, by_start) for k in item.proper if len(k) >= 4):
        return True  # « l'équipe lyonnaise » for « l'équipe de développement à Lyon »
    # The candidate's own lines (assets, news, what struck them) are not cited by one word
    # of the trade: « les normes d'hygiène » does not cite « la formation du MAPAQ en
    # hygiène », nor « mes compétences en géomatique » « mon DEC en technologie de la
    # géomatique » (blind32: letters of trade words passed as concrete).
    # A key the role took counts as missing: « l'exigence de votre atelier » for an
    # « harmoniste » does not cite « six ans d'harmonisation en atelier » (blind34).
    if item.kind == "highlight" and len(found) < min(2, all_keys):
        return False
    # Two key words prove the item, unless both are words every letter uses (« l'accueil des
    # patients » for « l'accueil des patients anxieux »); all of an item's words always do.
    specific = [k for k in found if k not in generic]
    # Aloud, a sentence of the context is not cited by two words that any French text uses
    # (« votre atelier », « la conservation du patrimoine » for « un atelier de l'Institut
    # canadien de conservation sur la consolidation des grisailles », blind28).
    # Three such words are the sentence itself (« le tableau de suivi des plaintes »).
    if strict and len(keys) > 3 and len(found) < 3 and all(k in COMMON_STEMS for k in specific):
        specific = []
    # Nor, written, is a sentence of the candidate's or of the company's (« ça fait deux
    # semaines » for « la rotation… que vous faites chaque semaine », blind35), unless the
    # two stand side by side as in the item (« le coin lecture »).
    if (
        item.kind in _SENTENCES
        and len(found) < 3
        and all(k in COMMON_STEMS for k in specific)
        and not any(_pair_named(item, k, folded) for k in found)
        and not _shares_a_number(item.text, folded)
    ):
        specific = []
    # Two words found must stand near each other to name the item together; three or more
    # are a paraphrase of it, wherever they stand (« agricoles… polices… renouvellement »).
    together = len(found) != 2 or places is None or places.close(found)
    if len(found) >= min(2, len(keys)) and (specific or set(found) == set(keys)) and together:
        return True
    # Every uncommon word of the item is there (« les équipes mobiles » for « comment
    # travailler avec l'équipe mobile ? », « soins palliatifs » being the role's words).
    # One such word that any French text uses needs its neighbour in the item (« les équipes
    # mobiles » names « l'équipe mobile » ; « le montage » alone does not name « le montage
    # des structures de 20 × 40 m »).
    rare = [k for k in keys if k not in generic and k not in _ORDINARY]
    if (
        rare
        and set(rare) <= set(found)
        and max(map(len, rare)) >= 5
        and (
            (len(found) >= 2 and together)
            or rare[0] not in COMMON_STEMS
            or _pair_named(item, rare[0], folded)
        )
    ):
        return True
    # One long, specific key noun is enough (« les astreintes »), unless generic letters
    # use it too (« compétences », « expérience ») or any French text does (« une belle
    # station » for « La station a obtenu le renouvellement de sa licence »). A sentence of
    # the company's news or of the candidate's debrief is not cited by one of its words: « le
    # travail artisanal » does not cite « un programme d'aide aux fromageries artisanales ».
    return (item.kind not in _SENTENCES or len(keys) <= _SHORT_ITEM) and any(
        len(k) >= 7 and k not in generic and k not in COMMON_STEMS and _rare_witness(k, words)
        for k in found
    )


@lru_cache(maxsize=4096)
def _noted_phrase(topic: str) -> str | None:
    """The topic's words, folded, without its bracket; None for fewer than two key words."""
    phrase = fold(_BRACKETED.sub("", topic)).strip(" ?.!:;")
    return phrase if len(key_words(phrase)) >= 2 and len(phrase) >= _NOTED_LENGTH else None


_NOTED_LENGTH = 12
"""Characters of a noted topic, at least, for it to be cited by being said whole."""


def _said_as_noted(topic: str, folded: str) -> bool:
    phrase = _noted_phrase(topic)
    return (
        phrase is not None
        and re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", folded) is not None
    )


def _rare_witness(key: str, words: frozenset[str]) -> bool:
    """Whether the text has ``key`` itself, or a word that starts like it and is no common word.

    A shared start is one word said otherwise (« planifier » for « la planification »), but
    a common word that happens to start alike names nothing: « centrée sur l'utilisateur »
    does not cite « les tests d'utilisabilité » (blind40).
    """
    if _word_found(key, words):
        return True
    start = key[:_PREFIX]
    return any(w.startswith(start) and stem(w) not in COMMON_STEMS for w in words)


_SENTENCES = frozenset({"fact", "highlight"})
"""Items written as sentences (company facts; highlights, news and the candidate's own lines)."""
_SHORT_ITEM = 3
"""Key words of an item short enough for one of them to name it, whatever its kind."""


def _shares_a_number(item_text: str, folded: str) -> bool:
    """A number of the item is in the text: « le passage au 7 j/7 » for « … passe au 7j/7 »."""
    numbers = set(re.findall(r"\d+", item_text))
    return bool(numbers) and any(n in numbers for n in re.findall(r"\d+", folded))


def _pair_named(item: Item, key: str, folded: str) -> bool:
    """``key`` and a word next to it in the item are next to each other in the text."""
    return any(re.search(pattern, folded) for pattern in _pairs_of(item.text, key))


@lru_cache(maxsize=1024)
def _pairs_of(text: str, key: str) -> tuple[str, ...]:
    """Patterns for ``key`` with each content word beside it in ``text``, in their order."""
    words = [m.group() for m in tokens(fold(text))]
    return tuple(
        rf"(?<![^\W_]){re.escape(stem(a))}\w*\s+{re.escape(stem(b))}\w*"
        for a, b in itertools.pairwise(words)
        if key in (stem(a), stem(b)) and not {a, b} & STOPWORDS and min(len(a), len(b)) >= 3
    )


def concrete_items(target: Target) -> list[Item]:
    """The context's topics, commitments, highlights and facts that the text mentions.

    Only words that are not merge fields count: a draft whose only specifics are the role,
    the company and the person met is a model with the blanks filled in (R9).
    """
    return list(_mentioned_items(target))


def names_an_item(target: Target) -> bool:
    """True when the text mentions one item of the context (:func:`concrete_items`).

    Stops at the first one: a draft that passes names a topic early, and the other items
    need not be read.
    """
    return next(_mentioned_items(target), None) is not None


def _mentioned_items(target: Target) -> Iterator[Item]:
    if target.words is None or target.context is None:
        return
    words, prefixes = _token_forms(target)
    merged = _merge_fields(target.context)
    by_start = _by_start(words)
    capitalised = _Capitals(target, words) if len(target.text) >= _LONG else _capitalised(target)
    generic = _with_trade(target.words.trade)
    spoken = kind_of(target.kind).spoken
    places = _Places(target.pieces[1::2])
    for item in target.words.items:
        if (
            _mentioned(
                item,
                words,
                prefixes,
                merged,
                by_start,
                capitalised,
                target.folded,
                generic,
                spoken,
                places,
            )
            or _head_named(item, target.folded)
            or _figure_named(item, target.folded)
            or _quoted_whole(item, target)
        ):
            yield item


@lru_cache(maxsize=256)
def _with_trade(trade: frozenset[str]) -> frozenset[str]:
    """The generic letter vocabulary and a context's trade words, built once per context.

    Not for every item of every check: the vocabulary holds about 300 stems.
    """
    return _GENERIC_VOCABULARY | trade


def _capitalised(target: Target) -> frozenset[str]:
    """The text's words written with a capital, folded: how a name is told from a word."""
    # The words where the masking split them (the fold keeps offsets).
    words = target.split.words
    starts = target.split.starts()
    if not starts:
        return frozenset()
    # Each word's first character, read in C: a loop per word costs twice as much on a long
    # text. A word that would end the text reads the space added after it (not a capital).
    firsts = operator.itemgetter(*starts)(target.text + " ")
    if len(starts) == 1:
        firsts = (firsts,)
    return frozenset(itertools.compress(words, map(str.isupper, firsts)))


_LONG = 32_768
"""Texts at least this long have their capitals looked up one key at a time (:class:`_Capitals`)."""


class _Capitals:
    """:func:`_capitalised` for a long text, asked one word at a time.

    Only the keys of a few items' names are asked for: each word is looked for where it
    lies in the folded text (a search in C), rather than the first letter of each of the
    text's words read (a MB of letters: ~15 ms a check).
    """

    def __init__(self, target: Target, words: frozenset[str]) -> None:
        self._text = target.text
        self._folded = target.folded
        self._words = words
        self._found: dict[str, bool] = {}

    def isdisjoint(self, forms: Iterable[str], /) -> bool:
        """True when none of ``forms`` is a word of the text written with a capital."""
        return not any(map(self._written_with_a_capital, forms))

    def _written_with_a_capital(self, word: str) -> bool:
        found = self._found.get(word)
        if found is None:
            # A word of the text lies where its folded form does (the fold keeps offsets).
            places = _whole(word).finditer(self._folded) if word in self._words else ()
            found = self._found[word] = any(self._text[m.start()].isupper() for m in places)
        return found


@lru_cache(maxsize=1024)
def _whole(word: str) -> re.Pattern[str]:
    """A word of letters and digits as a whole word, its letters first (searched in C)."""
    escaped = re.escape(word)
    return re.compile(f"{escaped}(?<![^\\W_]{escaped})(?![^\\W_])")


class _MergeFields(NamedTuple):
    """The words of the role, the company and the person met, as :func:`_merged` reads them."""

    keys: frozenset[str]
    """Their key words, and the first seven letters of the longer ones."""
    starts: frozenset[str]
    """Every start of five letters or more of their key words."""


def _merged(key: str, merged: _MergeFields) -> bool:
    # A shorter word the role's starts with is the role said otherwise: « la cuisine » for a
    # « cuisinier » (blind45: « passionné par la cuisine » cited « l'essai en cuisine »).
    keys = merged.keys
    return key in keys or key[:_PREFIX] in keys or key in merged.starts


def _merge_fields(context: InterviewContext) -> _MergeFields:
    """The key words, their prefixes and starts, of the role, the company and the person met.

    The company's kind said by its acronym counts in words too: « les personnes âgées » in
    a letter to an EHPAD name nothing of the interview (blind36).
    """
    expanded = [
        ORGANISATION_KINDS[word]
        for word in re.findall(r"[A-ZÉ]{2,}", context.company.name)
        if word in ORGANISATION_KINDS
    ]
    # The advert's detail in brackets is no merge field: the drafts never say it, and a topic
    # may name it (« meulage » for « Ébavureur (meulage de pièces de fonte) », fresh68).
    role = _BRACKETED.sub("", context.role.title)
    fields = (role, context.company.name, context.interviewer.name, *expanded)
    # Each field is read once per process (roles, companies and people recur from one
    # context to the next): a new context only joins what its fields' words are, in C.
    return _MergeFields(
        frozenset().union(*map(_field_keys, fields)),
        frozenset().union(*map(_field_starts, fields)),
    )


@lru_cache(maxsize=4096)
def _field_keys(field: str) -> frozenset[str]:
    """The key words of one merge field, and the first seven letters of the longer ones."""
    keys = key_words(field)
    return frozenset(keys).union(key[:_PREFIX] for key in keys if len(key) >= _PREFIX)


@lru_cache(maxsize=4096)
def _field_starts(field: str) -> frozenset[str]:
    """Every start of five letters or more of one merge field's key words."""
    return frozenset().union(*map(_word_starts, key_words(field)))


_MERGED_START = 5


def _word_starts(word: str) -> frozenset[str]:
    return frozenset(word[:end] for end in range(_MERGED_START, len(word) + 1))
