"""Write the table that puts back the accents a hurried note leaves out (« ete » → « été »).

Usage: ``python scripts/build_accents.py`` (needs the ``train`` extra, for wordfreq).

People type their notes on a phone: « Jai ete impressionnée par la facon… ». A draft that
keeps them as typed is not sent (read 60: 15 drafts of 63). The table maps a word written
without its accents to the accented word, when French text almost always writes it so:
the accented word is common (Zipf ≥ :data:`COMMON`), at least :data:`OVER_BARE` more
frequent than the bare spelling, and :data:`OVER_RIVAL` more than any other accented
spelling (« cree » may be « créé » or « crée »: left alone). The library reads the table;
wordfreq is never needed to render.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

COMMON = 3.0
OVER_BARE = 1.0
OVER_RIVAL = 0.8
WORDS = 80_000
# Bare spellings that are words of their own in a note: never changed.
KEEP = frozenset("a ou la sur du des mur cote marche tache age peche cure".split())
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "suivi_templates" / "phrasing" / "accents.txt"


def bare(word: str) -> str:
    """The word without its accents: « été » → « ete »."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def table() -> dict[str, str]:
    """Each bare spelling that French nearly always writes with accents, and how."""
    spellings: dict[str, list[tuple[float, str]]] = {}
    for word in top_n_list("fr", WORDS):
        if word.isalpha() and word != bare(word):
            spellings.setdefault(bare(word), []).append((zipf_frequency(word, "fr"), word))
    found = {}
    for plain, accented in spellings.items():
        accented.sort(reverse=True)
        best, word = accented[0]
        rival = accented[1][0] if len(accented) > 1 else 0.0
        if plain in KEEP or best < COMMON:
            continue
        if best - zipf_frequency(plain, "fr") >= OVER_BARE and best - rival >= OVER_RIVAL:
            found[plain] = word
    return found


def main() -> int:
    """Write the table; 0."""
    found = table()
    header = "# Mot sans accents, mot accentué : écrit par scripts/build_accents.py (wordfreq).\n"
    OUT.write_text(header + "".join(f"{k} {v}\n" for k, v in sorted(found.items())), "utf-8")
    print(f"{len(found)} mots → {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
