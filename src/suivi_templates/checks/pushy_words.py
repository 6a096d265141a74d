"""What pushy drafts ask for, shared by the pushy.* checks: answers, demands, own promises.

An answer, a reply, a call back is what a pushy draft demands; the candidate's own work
(« répondre aux clients ») and own promises (« je vous enverrai mon analyse au plus vite »)
are not demands. Every pattern matches the masked folded text (see ``Target.masked``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates.checks.anchors import finditer_near
from suivi_templates.checks.base import Target
from suivi_templates.checks.text import (
    GAP,
    WORD,
    phrases,
    sentence_of,
    words_between,
)

_SCAN_LIMIT = 200
"""At most this many raw matches of one pattern are examined (linear time on any input)."""

_ = words_between
W = WORD
# An answer, a reply, a call back: what a pushy draft demands.
_NEWS = (
    r"nouvelles?(?! (?:question|idee|information|piste|element|donnee|competence|formation"
    r"|experience|offre|version|etape|proposition|annonce|fonction|responsabilit|mission"
    r"|ressource|methode|approche|norme|reglementation|technologie|perspective))"
)
_ANSWER_NOUN = (
    rf"(?:reponses?|retours?|{_NEWS}|decisions?|verdict|confirmation|suite|rappel"
    r"|appel|signe de vie|signe)"
)
_ANSWER = re.compile(
    rf"(?<![^\W_])(?:repon{W}{{0,6}}|retours?|{_NEWS}|decisions?|statuer|trancher"
    rf"|rappeler|rappeliez|rappelez|rappelle|recontact{W}{{0,5}}|contacter|revenir|reveniez"
    rf"|revenez|confirm{W}{{0,6}}|faire{GAP}signe|donner{GAP}suite|donnerez{GAP}suite"
    rf"|suite{GAP}(?:a{GAP}donner|du{GAP}processus)|verdict|informer|tenir{GAP}au{GAP}courant"
    rf"|me{GAP}dire|m'indiquer|me{GAP}faire{GAP}savoir|me{GAP}communiquer|positionner)(?![^\W_])"
)
# An answer asked *of the recruiter*: « me répondre », « votre réponse », « rappelez-moi ».
# Not « répondu » (a past fact) nor « répondre aux clients » (the candidate's work).
_DEMAND = re.compile(
    rf"(?<![^\W_])(?:me{GAP}(?:repondre|rappeler|recontacter|donner|faire|confirmer|communiquer|dire"
    rf"|indiquer|revenir|tenir|contacter)|m'(?:indiquer|informer|envoyer|accorder|apporter|appeler)"
    rf"|repondez|rappelez|revenez|confirmez|recontactez|reveniez|repondiez|rappeliez|decidiez"
    rf"|(?:votre|vos|leur){GAP}(?:reponse|retour|decision|nouvelles|confirmation|verdict|rappel)s?"
    rf"|(?:avoir|obtenir|recevoir|connaitre|savoir|attends|espere|apprecierais|souhaite|souhaiterais"
    rf"|aimerais|voudrais){GAP}(?:{WORD}{{1,12}}{GAP})?(?:une|un|la|le|vos|des){GAP}"
    rf"(?:reponse|retour|decision|nouvelles|confirmation|verdict)s?"
    rf"|(?:reponse|retour|decision|nouvelles)s?(?:{GAP}{WORD}{{1,12}}){{0,2}}{GAP}de{GAP}votre{GAP}part"
    rf"|statuer|trancher|vous{GAP}(?:decider|prononcer)|faire{GAP}signe)(?![^\W_])"
)
_OWN_WORK = re.compile(
    rf"(?<![^\W_])(?:je{GAP}m'engage|(?:aux?|des|nos|mes|les|vos){GAP}(?:clients?|patients?|usagers?"
    rf"|citoyens?|demandes|fournisseurs?|eleves?|besoins))(?![^\W_])"
)
# The candidate's own promise (« je vous enverrai mon analyse au plus vite ») is not pressure.
_OWN_PROMISE = re.compile(
    rf"(?<![^\W_])(?:je|j'|nous)(?:{GAP}(?:vous|lui|leur|le|la|les|l'|en|y|ne|n'|me|m'))*"
    rf"{GAP}?{W}{{1,20}}(?:rai|rons)(?![^\W_])"
)
_REQUEST = re.compile(r"(?<![^\W_])(?:merci|veuillez|pourriez|pouvez|pourrez)(?![^\W_])")
_TIMELINE_RECALL = phrases(
    "comme convenu",
    "comme prevu",
    "comme annonce",
    "comme vous me l'aviez (?:indique|dit|annonce|precise|mentionne|explique)",
    "vous m'aviez (?:indique|dit|annonce|precise|mentionne|explique)",
    "vous aviez (?:indique|annonce|precise|mentionne|evoque)",
    "selon le calendrier",
)


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The first matches of ``pattern``; none at all, without a pass, when its anchors lack."""
    for count, match in enumerate(finditer_near(pattern, text)):
        if count >= _SCAN_LIMIT:
            return
        yield match


def _sentence(target: Target, match: re.Match[str]) -> str:
    start, end = sentence_of(target.masked, match.start(), match.end())
    return target.masked[start:end]


def _quote(target: Target, match: re.Match[str]) -> str:
    return " ".join(target.text[match.start() : match.end()].split())
