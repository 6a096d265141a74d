"""Write the list of common French words that ``generic.no_concrete_element`` discounts.

Usage: ``python scripts/build_common_words.py`` (needs the ``train`` extra, for wordfreq).

A draft names a point of the interview when it repeats the point's words; but one word
that every French text uses (« station », « personnel », « licence ») proves nothing
alone. The list holds the folded words whose Zipf frequency in French is at least
:data:`ZIPF` (at least once in 100,000 words of ordinary text), from wordfreq's
reference counts; the check reads it, wordfreq is never needed to check.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from suivi_templates.checks.text import fold

# 4.3 let « mon expérience en logistique » (3.9) stand for a fact about IFS Logistics
# (blind15); 4.0 changes nothing else on the labelled corpora.
ZIPF = 4.0
OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "suivi_templates"
    / "checks"
    / "rules"
    / "fr"
    / "common_words.txt"
)
HEADER = (
    "# Mots français courants (fréquence de Zipf ≥ {zipf}), sans accents, tirés de wordfreq\n"
    "# (Robyn Speer, données sous licence CC BY-SA 4.0).\n"
    "# un seul de ces mots ne suffit pas à reprendre un point de l'entrevue.\n"
    "# Écrit par scripts/build_common_words.py ; ne pas modifier à la main.\n"
)


def common_words() -> list[str]:
    """The folded common words, sorted."""
    words = top_n_list("fr", 20_000)
    return sorted({fold(w) for w in words if w.isalpha() and zipf_frequency(w, "fr") >= ZIPF})


def main() -> int:
    """Write the list."""
    words = common_words()
    OUT.write_text(HEADER.format(zipf=ZIPF) + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} mots écrits dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
