"""Advice on the debrief's own sentences: written to the employer, not notes to oneself.

The thank-you and the reminder quote ``debrief.struck_by``, ``.to_add`` and ``.since`` as
they are (R6, R10, R14). People write them the way they jot notes after an interview:
« j'ai mal répondu sur Excel, ça m'a coûté », « on a parlé des quarts », « j'ai oublié de
dire que j'ai mon permis ». These checkers point that out and propose a rewrite, and ask
what a fact since the interview changes for the employer; the person may always keep
their own words (Entrée), so an answer is never refused for its register alone.

>>> print(*advice("j'ai mal répondu sur les quarts de nuit, je peux en faire trois par nuit"))
« J'ai mal répondu » est une note pour vous : dites plutôt ce que vous auriez voulu répondre. \
J'ai repensé à votre question sur les quarts de nuit : je peux en faire trois par nuit.
>>> advice("On a parlé de la relève, ça m'a plu")[1]
"Nous avons parlé de la relève, ce qui m'a plu."
>>> advice("J'ai repensé à votre question sur Excel : j'ai automatisé nos rapports.") is None
True
"""

from __future__ import annotations

import re

from suivi_templates import phrasing
from suivi_templates.debrief import answers as a

__all__ = ["advice", "fact_since", "sentence_to_employer"]

_KEEP = "Appuyez sur Entrée pour garder votre formulation, ou écrivez-en une autre."

_BAD_ANSWER = re.compile(
    r"^j'ai mal répondu\s+(?:à\s+(?:la|votre|sa|leur)\s+question\s+)?"
    r"(?:sur|concernant|(?:à propos|au sujet) (?:de|(?P<of>du|des)))\s+"
    r"(?P<about>[^,:;]+?)\s*[,:;]\s*"
    r"(?:mais\s+)?(?P<answer>.+)$",
    re.IGNORECASE,
)
_NOT_SAID_ENOUGH_AFTER = re.compile(
    r"^(?P<point>.+?)\s*[,;:]\s*(?:et\s+|mais\s+)?je ne l'ai pas assez (?:dit|souligné)\s*[.!]?$",
    re.IGNORECASE,
)
_NOT_SAID_ENOUGH_BEFORE = re.compile(
    r"^je ne l'ai pas assez (?:dit|souligné)\s*[,;:]?\s*(?:mais\s+)?(?P<point>.+)$", re.IGNORECASE
)
# « …, ça m'a plu »; not « Ce qui m'a frappé, c'est… », which is written French.
_COMMA_SPLICE = re.compile(r",\s*(?:ça|ca|cela)\s+(?=\w)", re.IGNORECASE)
_CA = re.compile(r"\b[Çç]a\b")

# A sentence addressed to the person met (« vous », « votre »); what a fact changes for the
# employer is phrasing.FOR_THE_EMPLOYER, which the plan uses too.
_TO_THE_EMPLOYER = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)


def _plain(text: str) -> str:
    return text.replace("’", "'")


def _sentence(text: str) -> str:
    text = text.strip().rstrip(" .")
    return text[:1].upper() + text[1:] + "."


def advice(text: str) -> tuple[str, str | None] | None:
    """What reads as a note in ``text``, and a rewrite when one can be made; or None."""
    original = text
    text = _plain(text.strip())
    said: list[str] = []
    rewrite = text
    if bad := _BAD_ANSWER.match(rewrite):
        said.append(
            "« J'ai mal répondu » est une note pour vous : dites plutôt ce que vous auriez "
            "voulu répondre."
        )
        article = {"du": "le ", "des": "les "}.get((bad["of"] or "").lower(), "")
        rewrite = f"J'ai repensé à votre question sur {article}{bad['about']} : {bad['answer']}"
    elif re.match(r"j'ai mal répondu\b", rewrite, re.IGNORECASE):
        said.append(
            "« J'ai mal répondu » est une note pour vous : écrivez ce que vous auriez voulu "
            "répondre, p. ex. « J'ai repensé à votre question sur les délais : … »."
        )
    elif after := _NOT_SAID_ENOUGH_AFTER.match(rewrite) or _NOT_SAID_ENOUGH_BEFORE.match(rewrite):
        said.append("« Je ne l'ai pas assez dit » parle de l'entrevue : dites-le, tout simplement.")
        point = after["point"].rstrip(" .")
        rewrite = f"Je tiens à le souligner : {point[:1].lower() + point[1:]}"
    else:
        reframed = phrasing.reframe(rewrite)
        if reframed != rewrite:
            said.append(
                "Un regret sur l'entrevue (« j'ai oublié de dire », « j'aurais dû », « je n'ai "
                "pas assez insisté ») est une note pour vous : écrivez directement ce que vous "
                "ajoutez."
            )
            rewrite = reframed
    if _COMMA_SPLICE.search(rewrite):
        said.append("Deux phrases collées par une virgule : « …, ce qui… » les relie.")
        rewrite = _COMMA_SPLICE.sub(", ce qui ", rewrite)
    if phrasing.speaks_with_on(rewrite):
        said.append("Dans un message, « nous » plutôt que « on ».")
        rewrite = phrasing.with_nous(rewrite)
    if _CA.search(rewrite):
        said.append("À l'écrit, « cela » plutôt que « ça ».")
        rewrite = _CA.sub(lambda m: "Cela" if m[0][0] == "Ç" else "cela", rewrite)
    if not said:
        return None
    # The person's own apostrophes, throughout.
    rewrite = rewrite.replace("'", "’") if "’" in original else _plain(rewrite)
    proposed = _sentence(rewrite) if rewrite != text else None
    return " ".join(said), proposed


def _advise(text: str, missing: re.Pattern[str], extra: str) -> None:
    """Raise a :class:`Hint` that keeps ``text`` on Entrée, or nothing when all is well.

    ``extra`` is said when neither ``text`` nor its rewrite matches ``missing``.
    """
    found = advice(text)
    messages = [found[0]] if found else []
    if found and found[1]:
        messages.append(f"Proposition : « {found[1]} »")
    if not missing.search(found[1] if found and found[1] else text):
        messages.append(extra)
    if messages:
        raise a.Hint(" ".join([*messages, _KEEP]), proposal=text)


def sentence_to_employer(text: str, session: a.Session) -> str:
    """What struck you or what you would add: one sentence of yours, written to the employer.

    A sentence not addressed to the person (no « vous », « votre ») gets a word on tying
    the point to what the employer needs; a note gets a rewrite. Entrée keeps it as it is.
    """
    value = a.first_person_sentence(text, session)
    _advise(
        text,
        _TO_THE_EMPLOYER,
        "Reliez ce point à ce dont l'employeur a besoin, en vous adressant à la personne : "
        "« J'ai repensé à votre question sur les quarts de nuit : … ».",
    )
    return value


def fact_since(text: str, session: a.Session) -> str:
    """A fact since the interview, with what it changes for the employer (R14)."""
    value = a.first_person_sentence(text, session)
    _advise(
        text,
        phrasing.FOR_THE_EMPLOYER,
        "Ajoutez ce que ce fait change pour l'employeur : « J'ai obtenu mon attestation en "
        "secourisme : je pourrai donc assurer seule les quarts de nuit. »",
    )
    return value
