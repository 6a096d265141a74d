"""pushy.shouting: words in capitals and repeated punctuation read as shouting (R16)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.pushy_words import (
    _SCAN_LIMIT,
)
from suivi_templates.checks.text import (
    STOPWORDS,
    fold,
)
from suivi_templates.models import InterviewContext

__all__ = ["shouting"]


# --- pushy.shouting ---------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
# A word of capitals not preceded by a letter. The first capital comes before the check on
# the character before it (a two-character lookbehind over that capital): a pattern that
# starts with a character set lets the engine skip in C to the next capital, where a
# leading lookbehind was tried at every position (1 MB of letters: 51 → 13 ms).
_CAPS = re.compile(
    rf"[{_UPPER}](?<![^\W_].)[{_UPPER}]{{1,39}}(?:['’\-][{_UPPER}]{{1,40}}){{0,4}}(?![^\W_])"
)
_PUNCT = re.compile(r"[!?](?:[\u00a0\u202f\u2009 ]?[!?]){1,50}")
_ACRONYMS = frozenset(
    """
    RH DRH CV PME TPE ETI TI TIC CPA CMA CGA CFA ACCA MBA HEC ESSEC ESCP ERP CRM SQL API PDF
    KPI IA RSE QVT CDI CDD BTS DUT BUT DEC AEC DEP DES DESS BAC SNCF EDF RATP UQAM ETS CEGEP
    OQLF UDEM IFRS GAAP PMP ITIL SVP PS RE TR FW OK USA UE ONU CSST CNESST RAMQ SAAQ HTML CSS
    AWS GCP SAS SPSS VBA BI PMO PMI ISO QA UX UI IT HR TVA TPS TVQ MSC BSC PHD LLB CNAM INSEE
    URSSAF PDG CEO CFO CTO DG DAF DSI DRH RGPD GDPR SIRH PAIE BNP AXA IBM SAP SAGE OCDE FMI ONG
    OBNL CA SA SAS SARL SRL QC FR MTL NB PJ CC CCI GPS SMS VPN LAN PC MAC IOS TVQ MRC CISSS
    CIUSSS CHU CLSC SSII ESN
    """.split()
)
_FRENCH_WORDS = STOPWORDS | frozenset(
    """
    urgent urgente urgence important importante attention vite tres non oui rien dois faut aide
    stop fin asap merci rappel relance reponse repondre reponses jamais toujours encore enfin
    svp maintenant immediatement rapidement absolument vraiment deja aujourd demain attends
    attendre attente patience delai delais retour nouvelles candidature poste entrevue
    entretien message messages courriel appel appels rappeler contact contacter besoin
    priorite prioritaire obligatoire imperatif derniere dernier final finale juste seulement
    simplement
    """.split()
)


# A diploma's acronym, then its name in capitals as on the certificate (« MC BOULANGERIE
# SPÉCIALISÉE », « CAP CUISINE »): the acronym, and the name up to the word read.
_DIPLOMAS = frozenset("CAP BEP BP MC BTS DUT BUT DEP AEC DEC ASP CQP BPJEPS DEUST TP DEAES".split())
_DIPLOMA_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(sorted(_DIPLOMAS))})"
    rf"(?:[ \u00a0]+[{_UPPER}][{_UPPER}'’\-]*){{0,4}}[ \u00a0]+$"
)


# What a shouted demand says, which no diploma's name does (« MC … RÉPONSE URGENTE »).
_ALARM_WORDS = _FRENCH_WORDS - STOPWORDS


def _in_caps_run(text: str, start: int, end: int) -> bool:
    """True when the word belongs to three or more words in capitals in a row (a shouted phrase)."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    word = rf"[{_UPPER}]{{2,}}"
    space = r"[ \u00a0]+"
    left = (
        2
        if re.search(rf"{word}{space}{word}{space}$", before)
        else (1 if re.search(rf"{word}{space}$", before) else 0)
    )
    right = (
        2
        if re.match(rf"{space}{word}{space}{word}(?![^\W_])", after)
        else (1 if re.match(rf"{space}{word}(?![^\W_])", after) else 0)
    )
    return left + right >= 2


_AFTER_DETERMINER = re.compile(
    r"(?<![^\W_])(?:mon|ma|mes|un|une|son|sa|ses|ton|votre|notre|leur|ce|cet|le|la|les|l['’])[ \u00a0]*$",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLC]+$")
_SHORT_WORD = 2
"""A word in capitals this short (« UN », « LA ») counts only inside a shouted phrase."""
_ACCENTED_ACRONYM = 5
"""Accented words in capitals up to this length may be acronyms (« CÉGEP »)."""


# Bounded, with a required separator: no nested repetition over a run of capitals.
_STANDARD_CODE = re.compile(r"[ \u00a0\-]?(?:[A-Z]{2,5}[ \u00a0\-]){0,3}\d")


# A single capital and a hyphen, starting a word: what follows is part of a name (fresh48).
_INITIAL_BEFORE = re.compile(rf"(?<![^\W_])[{_UPPER}]-$")

# Its capital first, then a look behind it: ``re`` skips in C from one capital to the next,
# where a leading lookbehind was tried at every character of the context's JSON (read once
# per new context: ~21 -> ~4 µs).
_CAPS_WORD = re.compile(rf"[{_UPPER}](?<![^\W_].)[{_UPPER}'’\-]+(?![^\W_])")


def _capitals_of(context: InterviewContext | None) -> frozenset[str]:
    """Words the context itself writes in capitals: the candidate's own acronyms."""
    return frozenset() if context is None else _capital_words(context.model_dump_json())


@lru_cache(maxsize=256)
def _capital_words(text: str) -> frozenset[str]:
    """The words in capitals of ``text``, and each part of a compound one.

    « certifs I-CAR » in the notes: the draft's « CAR » is read after the hyphen (fresh48).
    The apostrophe is the typed one: the draft's curly « ACTIV’RÉSEAUX » is the context's
    « ACTIV'RÉSEAUX » (fresh123: every draft naming the company refused).
    """
    words = _CAPS_WORD.findall(text.replace("’", "'"))
    return frozenset(words).union(*(re.split(r"['’\-]", word) for word in words))


def shouting(target: Target) -> Iterator[Hit]:
    """Shouting: words in capitals that are not acronyms (URGENT, TRÈS), « !!! », « ?? » (R16).

    Acronyms (SAP, RH, CV, PME…), short unknown capitals, a word of two letters alone (« UN
    seul message », emphasis in a note), a label quoted as written (« URGENT – modif. »), a
    negation stressed in one's own call notes (« NE PAS insister »), a call plan's line that
    is a note to oneself (in brackets, or after « NOTE : »), Roman numerals, the context's own
    words (the company's name in capitals) and a surname in capitals after a first name
    (« Camille ROY », a common signature) do not count. One « ! » or « ? » passes.
    """
    text = target.text
    for count, match in enumerate(_CAPS.finditer(text)):
        if count >= _SCAN_LIMIT:
            break
        start, end = match.span()
        word = match.group()
        plain = re.sub(r"['’\-]", "", word)
        if target.masked_at(start, end) or _ROMAN.match(plain) or plain in _ACRONYMS:
            continue
        if len(plain) <= _SHORT_WORD and not _in_caps_run(text, start, end):
            continue  # emphasis on one short word (« UN seul message »), not a shouted phrase
        if word.replace("’", "'") in _capitals_of(target.context):
            continue  # written so in the context: « mon DU de soins palliatifs », « (ÉTG) »
        if _INITIAL_BEFORE.search(text, max(0, start - 3), start):
            continue  # the second part of a name: « I-CAR », « E-COMMERCE »
        if fold(plain) in STOPWORDS and _AFTER_DETERMINER.search(text, max(0, start - 8), start):
            continue  # « mon DU de soins palliatifs »: no function word follows « mon »
        # An accented word in capitals is French (« TRÈS », « RÉPONSE »), unless it is as
        # short as an acronym (« ÉTS », « CÉGEP », « UQÀM »).
        accented = any(c in "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ" for c in plain) and len(plain) > _ACCENTED_ACRONYM
        if not accented and fold(plain) not in _FRENCH_WORDS and not _in_caps_run(text, start, end):
            continue  # an acronym or a product name: ISTQB, AFGSU, LISEZMOI, ÉTS
        if _is_name(text, start, end) or _STANDARD_CODE.match(text, end):
            continue  # a signature « Camille ROY », a standard « EN 9100 »
        if _in_brackets(text, start, end):
            continue  # a placeholder « [PROJET DISCUTÉ] »: generic.template_residue's business
        if target.kind == "phone_script" and _in_heading(text, start, end):
            continue  # a script's heading or stage direction: « APPEL DE SUIVI — M. Roy »
        if target.kind == "phone_script" and fold(plain) in _NEGATIONS:
            continue  # a note to oneself, never heard: « NE PAS insister »
        if target.kind == "phone_script" and _note_to_self(text, start):
            continue  # « (NE PAS PARLER DE SALAIRE) », « NOTE : NE PAS INSISTER… »: never heard
        if _in_quotes(text, start, end):
            continue  # a label quoted as written: « URGENT – modif. escale » dans l'objet
        in_diploma = plain in _DIPLOMAS or _DIPLOMA_BEFORE.search(text, max(0, start - 80), start)
        if in_diploma and fold(plain) not in _ALARM_WORDS:
            continue  # a diploma's name as printed on it: « la MC BOULANGERIE SPÉCIALISÉE »
        yield Hit(
            f"« {word} » en majuscules se lit comme un cri ; écrivez en minuscules (R16).",
            f"Écrivez « {word.capitalize() if start == 0 else word.lower()} » : le ton courtois "
            "suffit à faire passer le message.",
            (start, end),
        )
    for count, match in enumerate(_PUNCT.finditer(text)):
        if count >= _SCAN_LIMIT:
            break
        if _in_own_note(target, match.start()):
            continue
        yield Hit(
            f"« {match.group()} » : la ponctuation répétée marque l'impatience ou l'exaspération (R16).",
            "Un seul point d'exclamation ou d'interrogation suffit, et souvent un point.",
            match.span(),
        )


# A line of a call script's notes: « - Remercier, rester courte!! » (blind34).
_NOTE_LINE = re.compile(r"[ \t]*(?:[-•*→]|\d+[.)])\s")


def _in_own_note(target: Target, start: int) -> bool:
    """The mark stands in a call script's note to oneself, which no one hears or reads."""
    if target.kind != "phone_script":
        return False
    line_start = target.text.rfind("\n", 0, start) + 1
    return _NOTE_LINE.match(target.text, line_start) is not None


def _in_quotes(text: str, start: int, end: int) -> bool:
    """The word stands between « and » (or “ and ”) on its line: a label quoted as written."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for opening, closing in (("«", "»"), ("“", "”")):
        opened = text.rfind(opening, line_start, start)
        if (
            opened >= 0
            and closing not in text[opened:start]
            and text.find(closing, end, line_end) >= 0
        ):
            return True
    return False


# A negation stressed in one's own call notes: « NE PAS insister », « JAMAIS le salaire ».
_NEGATIONS = frozenset("ne pas jamais surtout rien plus aucun aucune".split())


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds ``text[start:end]`` starts and ends."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _in_brackets(text: str, start: int, end: int) -> bool:
    """The word stands between [ and ] on its line."""
    line_start, line_end = _line(text, start, end)
    opened = text.rfind("[", line_start, start)
    closed = text.find("]", end, line_end)
    return (
        opened >= 0
        and "]" not in text[opened:start]
        and closed >= 0
        and "[" not in text[end:closed]
    )


def _caps_run(most: int) -> str:
    """Up to ``most`` words in capitals, a space between each: one way to read a run.

    « (?:[A-Z]+ *){1,4} » could split a run of capitals in any of its places, and tried
    them all before failing: a 16 KB run of capitals in a phone script never returned.
    """
    word = rf"[{_UPPER}'’\-]+"
    return rf"{word}(?:[ \u00a0]+{word}){{0,{most - 1}}}"


# A call plan's label before its note: « NOTE : », « RÉFÉRENCE : », « À DIRE : ».
_LABEL = re.compile(rf"({_caps_run(3)})[ \u00a0]*:")
# Words that are shouted even in a heading: « URGENT — rappeler ».
_ALARM = frozenset("urgent urgente urgence important importante attention asap vite svp".split())
_HEADING_WORDS = 4
"""A heading in capitals has at most this many words (« APPEL DE SUIVI »)."""
_HEADING = re.compile(rf"[ \t]*({_caps_run(_HEADING_WORDS)})[ \u00a0]*(?:$|[–—:(\-])")


def _note_to_self(text: str, start: int) -> bool:
    """The word's line is a call plan's note: wholly in brackets, or after a label and a colon.

    « (NE PAS OUBLIER : CACES 3 À JOUR) », « NOTE : NE PAS INSISTER SI ELLE EST EN RÉUNION »,
    « RÉFÉRENCE : M. ROY — LA DONNER SI … ». An alarm label (« URGENT : … ») is no note.
    """
    line_start, line_end = _line(text, start, start)
    line = text[line_start:line_end].strip()
    if line[:1] + line[-1:] in ("()", "[]"):
        return True
    label = _LABEL.match(line)
    return label is not None and not any(fold(w) in _ALARM for w in label.group(1).split())


def _in_heading(text: str, start: int, end: int) -> bool:
    """The word belongs to a short run of capitals that opens its line as a heading.

    The run is the whole line, or is followed by a dash, a colon or an opening bracket
    (« APPEL – M. Le Bihan – 01 99 00 41 27 », « NOTES : … »). An alarm word (« URGENT »)
    is never a heading.
    """
    line_start, line_end = _line(text, start, end)
    heading = _HEADING.match(text[line_start:line_end])
    if heading is None or line_start + heading.end(1) < end:
        return False
    return not any(fold(w) in _ALARM for w in heading.group(1).split())


def _is_name(text: str, start: int, end: int) -> bool:
    """A surname in capitals after a capitalised first name or a civility: « Camille ROY »."""
    before = text[max(0, start - 30) : start]
    previous = re.search(
        r"(?:^|[\s,;:])((?:[A-ZÀ-Þ][a-zà-ÿ'’\-]{1,25})|M\.|Mme|Me)[ \u00a0]$", before
    )
    if not previous:
        return False
    following = text[end : end + 2]
    return following == "" or following[0] in "\n\r,.;)" or following.startswith((" \n", " -"))
