"""Write the table that puts back the accents a hurried note leaves out (« ete » → « été »).

Usage: ``python scripts/build_accents.py`` (needs the ``train`` extra, for wordfreq).

People type their notes on a phone: « Jai ete impressionnée par la facon… ». A draft that
keeps them as typed is not sent (read 60: 15 drafts of 63). The table maps a word written
without its accents to the accented word, when French text almost always writes it so:
the accented word is common (Zipf ≥ :data:`COMMON`), at least :data:`OVER_BARE` more
frequent than the bare spelling, and :data:`OVER_RIVAL` more than any other accented
spelling (« cree » may be « créé » or « crée »: left alone). A phone also drops the
apostrophe: « lunité », « fin detudes » are « l’unité », « d’études » when neither spelling
glued is a word of its own (« légale » is not « l’égale »). The library reads the table;
wordfreq is never needed to render.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from suivi_templates.formatting import elides

COMMON = 3.0
OVER_BARE = 1.0
OVER_RIVAL = 0.8
WORDS = 80_000
# Bare spellings that are words of their own in a note: never changed.
# « layons », the forest trails (read 312: « l'importance dès l'ayons »).
KEEP = frozenset("a ou la sur du des mur cote marche tache age peche cure layons".split())
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "suivi_templates" / "phrasing" / "accents.txt"
PARTICIPLES = OUT.with_name("participles.txt")


def bare(word: str) -> str:
    """The word without its accents: « été » → « ete »."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def spellings(words: int = WORDS) -> dict[str, tuple[float, str, float]]:
    """Each bare spelling of an accented word, with its commonest accented spelling.

    The value is that spelling's frequency, the spelling, and the frequency of its closest
    rival (0 when it has none).
    """
    found: dict[str, list[tuple[float, str]]] = {}
    for word in top_n_list("fr", words):
        if word.isalpha() and word != bare(word):
            found.setdefault(bare(word), []).append((zipf_frequency(word, "fr"), word))
    ranked = {plain: sorted(accented, reverse=True) for plain, accented in found.items()}
    return {
        plain: (accented[0][0], accented[0][1], accented[1][0] if len(accented) > 1 else 0.0)
        for plain, accented in ranked.items()
    }


RARE = 2.3
"""How common a word must be for the table when its bare spelling is absent from French."""
ABSENT = 0.0
"""The frequency of a bare spelling that French text never writes (wordfreq's floor)."""
TRADE_RARE = 1.5
"""How common a noun of a trade must be for the table (« écorçage » 1.5, « élagage » 2.6)."""
TRADE_ENDINGS = ("age", "ages", "erie", "eries", "eur", "eurs", "euse", "euses", "iste", "istes")
"""The endings of the nouns of a trade: a work done, a workshop, who does it."""
TRADE_WORDS = 250_000
"""How far down wordfreq's list the nouns of a trade are looked for."""
INFLECTED_COMMON = 1.5
"""How common the plural or feminine of a word of the table must be to join it."""


def table() -> dict[str, str]:
    """Each bare spelling that French nearly always writes with accents, and how."""
    found = {}
    every = spellings()
    for plain, (best, word, rival) in every.items():
        if plain in KEEP or best < COMMON:
            continue
        if best - zipf_frequency(plain, "fr") >= OVER_BARE and best - rival >= OVER_RIVAL:
            found[plain] = word
    # A rarer word whose bare spelling French text never writes (« epeautre », « eclipses »):
    # the accents are the only reading (read 89: « petit epeautre » copied).
    for plain, (best, word, rival) in every.items():
        if plain in found or plain in KEEP or not RARE <= best < COMMON:
            continue
        if zipf_frequency(plain, "fr") <= ABSENT and best - rival >= OVER_RIVAL:
            found[plain] = word
    # A noun of a trade, rarer in print (« detartrage », « ecorcage », « elagage »): read 335
    # found it copied bare. Its ending says it is no name (« Déziel », « Trézène »).
    for plain, (best, word, rival) in spellings(TRADE_WORDS).items():
        if plain in found or plain in KEEP or not plain.endswith(TRADE_ENDINGS):
            continue
        bare_frequency = zipf_frequency(plain, "fr")
        if best >= TRADE_RARE and best - bare_frequency >= OVER_BARE and best - rival >= OVER_RIVAL:
            found[plain] = word
    found = found | inflected(found, every) | glued(found)
    return found | opening_accents(found)


OPENING_RARE = 1.2
"""How common a word whose accents open it must be for the table (« ébréchées » 1.4)."""
OPENING = re.compile(r"(?:é|dé|ré|pré)")
"""The openings a phone drops the accent of: « ebrechees », « ecaillage », « desinscrire »."""


def opening_accents(found: dict[str, str]) -> dict[str, str]:
    """« ecaillage » → « écaillage »: a rare word whose accents open it, never written bare.

    Pair reads 361 and 362 found « l'ecaillage », « les bouteilles ebrechees » copied from
    notes: too rare for the passes above, but French never writes their bare spelling, and a
    word of seven letters or more that opens on « é », « dé », « ré », « pré » is no name.
    """
    extra = {}
    for plain, (best, word, rival) in spellings(TRADE_WORDS).items():
        if plain in found or plain in KEEP or len(word) < 7 or not OPENING.match(word):
            continue
        absent = zipf_frequency(plain, "fr") <= ABSENT
        if best >= OPENING_RARE and absent and best - rival >= OVER_RIVAL:
            extra[plain] = word
    return extra


def inflected(found: dict[str, str], every: dict[str, tuple[float, str, float]]) -> dict[str, str]:
    """« preposes » → « préposés »: the plural and feminine of a word of the table.

    A note writes « les preposes » as often as « le prepose », but the plural is rarer in
    print and may fall under :data:`COMMON` (fresh12); the word's own spelling vouches for
    it when the inflected form is the usual one and has no rival.
    """
    extra = {}
    for plain, word in found.items():
        for ending in ("s", "e", "es"):
            form = plain + ending
            if form in found or form in KEEP or form not in every:
                continue
            best, accented, rival = every[form]
            if accented != word + ending or best < INFLECTED_COMMON:
                continue
            if best - zipf_frequency(form, "fr") >= OVER_BARE and best - rival >= OVER_RIVAL:
                extra[form] = accented
    return extra


GLUED_COMMON = 3.0
"""How common a word must be for its elided article, glued to it, to be read as a slip."""
NO_ARTICLE = frozenset(
    "assez ainsi alors aussi autant avec aucun aucune encore ensuite environ envers elle "
    "elles entre ici aujourd".split()
)
"""Words « l' » never comes before (« lassez » is not « l’assez »)."""
NOT_A_WORD = 2.5
"""A glued spelling this common is a word of its own (« lavoir » 3.0, « lune » 4.6)."""
BELOW_WORD = 2.5
"""How much rarer both glued spellings must be than the word: « lécole » (2.4) is a slip for
« école » (5.3); « lépine » (3.0, a name) or « laines » (2.8) are words of their own."""


def glued(found: dict[str, str]) -> dict[str, str]:
    """« lunite » → « l’unité », « danglais » → « d’anglais »: the apostrophe left out.

    For the accented words of the table and the common words that open on a vowel or an
    h, when neither glued spelling is a word of its own: rare in wordfreq (« lune », « dune »,
    « lavoir » are words), and far rarer than the word itself.
    """
    common = {
        word: word
        for word in top_n_list("fr", WORDS)
        if word.isalpha()
        and len(word) >= 4
        and word[0] in "aeiouh"
        and zipf_frequency(word, "fr") >= GLUED_COMMON
    }
    slips = {}
    for plain, word in {**common, **found}.items():
        # Not before an aspirated h: « lhausse » is no « l’hausse » (read 340).
        if not elides(word) or zipf_frequency(word, "fr") < GLUED_COMMON:
            continue
        most = min(NOT_A_WORD, zipf_frequency(word, "fr") - BELOW_WORD)
        # « l' » comes before a singular: « letres » is « lettres » mistyped, not « l’êtres ».
        plural = word[-1] in "sx" and (word[:-1] in found.values() or word[:-1] in common)
        articles = ("d",) if plural or word in NO_ARTICLE else ("l", "d")
        for article in articles:
            spellings = (article + plain, article + word)
            rare = all(zipf_frequency(s, "fr") < most for s in spellings)
            if rare and article + plain not in KEEP:
                slips[article + plain] = f"{article}’{word}"
    return slips


KEEP_AFTER_AVOIR = frozenset("mise prise remise reprise entre".split())
"""Words that follow « j'ai » as they are: « la procédure que j'ai mise en forme » (« mettre »,
not « miser »), « j'ai entre 5 et 10 ans »."""


def participles() -> dict[str, str]:
    """« oublie » → « oublié »: the past participles of -er verbs typed without their accent.

    Either spelling is a word, so the library changes one only after « j'ai », « avons »…
    A participle marked ``*`` is also more common than the bare spelling, so that it may
    follow « été » (« j'ai été impressionne »), where « calme » stays an adjective.
    """
    found = {}
    for word in top_n_list("fr", WORDS):
        stem = word[:-1]
        if not (word.isalpha() and word.endswith("é") and len(word) >= 4):
            continue
        if zipf_frequency(word, "fr") < COMMON or zipf_frequency(stem + "er", "fr") < 2.5:
            continue
        typed = bare(stem) + "e"
        if typed in KEEP_AFTER_AVOIR:
            continue
        after_ete = zipf_frequency(word, "fr") > zipf_frequency(stem + "e", "fr")
        found[typed] = word + ("*" if after_ete else "")
    return found


CAPITALS = OUT.with_name("capitals.txt")
CAPITALS_COMMON = 2.5
"""How common a word must be for its bare spelling, in a title typed in capitals, to take its
accents."""


def capitals(found: dict[str, str]) -> dict[str, str]:
    """« ELECTRICIEN » → « électricien »: the accents capitals drop, for a title's words.

    Capitals carry no accents, so a bare spelling in a title typed in capitals is read as
    the accented word when that word is the more common spelling and has no close rival
    (« électricien », « éducation »), even where notes type the bare form often enough for
    ``table`` to leave it. Participles are the participle table's; ``found`` is ``table``.
    """
    extra = {}
    for plain, (best, word, rival) in spellings().items():
        if plain in found or plain in KEEP or best < CAPITALS_COMMON:
            continue
        if word.endswith(("é", "ée", "és", "ées")):
            continue
        if best > zipf_frequency(plain, "fr") and best - rival >= OVER_RIVAL:
            extra[plain] = word
    return extra


def main() -> int:
    """Write the tables; 0."""
    source = " : écrit par scripts/build_accents.py (wordfreq).\n"
    accents = table()
    for path, found, header in (
        (OUT, accents, "# Mot sans accents, mot accentué"),
        (PARTICIPLES, participles(), "# Participe sans accent, participe (* : après « été »)"),
        (CAPITALS, capitals(accents), "# Mot d'un intitulé en capitales, mot accentué"),
    ):
        lines = "".join(f"{k} {v}\n" for k, v in sorted(found.items()))
        path.write_text(header + source + lines, "utf-8")
        print(f"{len(found)} mots → {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
