"""Run Grammalecte, the French grammar checker, over drafts (Debian: grammalecte-cli)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

GRAMMALECTE = "grammalecte-cli"
# Plain-text email writes « 1er », as the OQLF and the Imprimerie nationale do without
# superscript; Grammalecte's typographic rule asks for « 1ᵉʳ ».
RULES_OFF = ["typo_ordinaux_chiffres_exposants"]


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Problem:
    kind: str
    rule: str
    message: str
    excerpt: str

    def __str__(self) -> str:
        return f"[{self.kind} {self.rule}] {self.message} … {self.excerpt!r}"


def require_grammalecte() -> str:
    """The path of grammalecte-cli; CI must have it, a developer's machine may not."""
    path = shutil.which(GRAMMALECTE)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("grammalecte-cli manque : .ci/run doit installer grammalecte-cli")
        pytest.skip("grammalecte-cli absent : sudo apt-get install grammalecte-cli")
    return path


def read(
    texts: list[str], *, locale: str, allowed_words: set[str], repetitions: bool = False
) -> list[Problem]:
    """Grammar and spelling problems in ``texts``; words in ``allowed_words`` are names.

    ``repetitions`` turns on Grammalecte's repetition rules (a word repeated in a sentence
    or in a paragraph).

    A problem whose underlined words are all names (« les Laboratoires Boréal ») is the
    checker misreading a proper name, not a mistake of the draft.
    """
    binary = require_grammalecte()
    options = []
    if locale == "fr_CA":
        # The OQLF sets no space before ; ! ? — Grammalecte's no-break rules are France's.
        options += ["-off", "nbsp"]
    if repetitions:
        options += ["-on", "redon1", "-on", "redon2"]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "drafts.txt")
        # An e-mail address is no prose: « Hélène Marchetti, helene.marchetti@… » read « lene »
        # as an adjective of « Hélène » (fresh82, once a role no longer stood between them).
        prose = [_ADDRESS.sub("adresse", text) for text in texts]
        source.write_text("\n\n".join(prose), encoding="utf-8")
        result = subprocess.run(
            [binary, "-f", str(source), "-j", "-ctx", *options],
            capture_output=True,
            text=True,
            check=True,
        )
    report = json.loads(result.stdout[result.stdout.index("{") :])
    folded = {w.casefold() for w in allowed_words}
    problems = []
    for paragraph in report["data"]:
        for error in paragraph["lGrammarErrors"]:
            if any(rule in error["sRuleId"] for rule in RULES_OFF):
                continue
            underlined = set(re.findall(r"[\w-]+", error.get("sUnderlined", "")))
            if underlined <= allowed_words:
                continue
            # « le poste … à La Poste » : a word repeated because a name says it.
            if "redon" in error["sRuleId"] and {w.casefold() for w in underlined} <= folded:
                continue
            excerpt = error.get("sBefore", "")[-30:] + "⟦" + error.get("sUnderlined", "") + "⟧"
            problems.append(Problem("grammaire", error["sRuleId"], error["sMessage"], excerpt))
        for error in paragraph["lSpellingErrors"]:
            if error["sValue"] not in allowed_words:
                problems.append(Problem("orthographe", "", "mot inconnu", error["sValue"]))
    return problems
