"""pushy.* checks of insistence: leverage, counting reminders, impatience, repeated calls (R15–R17, R21).

They match the masked folded text, like every pushy check (see :mod:`suivi_templates.checks.pushy`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates.checks.anchors import finditer_near
from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.pushy_words import (
    _quote,
    _scan,
    _sentence,
)
from suivi_templates.checks.ruledata import data_hit, data_matches
from suivi_templates.checks.text import GAP, fold, phrases, sentence_of

__all__ = ["counting_reminders", "impatience", "leverage", "repeated_calls"]


# --- pushy.leverage -------------------------------------------------------------------

_LEVER_OTHER = phrases(
    r"(?:une|un|d'|deux|plusieurs|l'|mes) ?(?:autres?) (?:entreprise|employeur"
    r"|societe|organisation|compagnie|firme|cabinet|structure|recruteur|processus|entretien|entrevue"
    r"|opportunite|candidature|piste)s?",
    r"(?:vos|un de vos|une de vos|votre|la|chez la|chez un) (?:concurrents?|concurrence)",
)
_LEVER_CONTEXT = re.compile(
    r"(?<![^\W_])(?:offres?|propositions?|propose|attend\w{0,4}|ma reponse|decision|decider"
    r"|positionner|engager|accepter|choisir|trancher|delai|avance\w{0,3}|finale?s?|finalistes?"
    r"|recrut\w{0,5}|interess\w{0,5}|sollicit\w{0,5}|contacte\w{0,2}|ferme|ailleurs|avant)(?![^\W_])"
)
# Another interview with this recruiter, offered: « je reste disponible pour un autre
# entretien » (blind40) is a next round, not one elsewhere.
_ANOTHER_ROUND = re.compile(
    r"(?<![^\W_])(?:disponibles?|pretes?|prets?|heureux|heureuses?|ravie?s?|volontiers)"
    r"(?: [^\W\d_]+){0,2} (?:pour|a) (?:un|une) autre (?:entretien|entrevue|rencontre)(?![^\W_])"
    r"(?! (?:dans|chez|ailleurs|avec (?:un|une|d'autres)))"
)
_PAST = re.compile(
    r"(?<![^\W_])(?:ai travaille|ai collabore|ai occupe|ai passe|j'etais|travaillais|passage"
    r"|precedent\w{0,3}|ancien\w{0,3}|auparavant|anterieur\w{0,3}|stage|durant|pendant|lorsque"
    r"|quand j'|ai accompagne|ai conseille|clients?|partenaires?|fournisseurs?)(?![^\W_])"
)

# Another process the candidate left is no lever: « j'ai retiré ma candidature dans un autre
# processus, parce que c'est votre poste qui m'intéresse » (blind44).
_WITHDRAWN = re.compile(
    r"(?<![^\W_])(?:(?:ai|avons) (?:retire|decline|refuse|abandonne|mis fin a)"
    r"|(?:me suis|nous sommes) (?:retiree?s?|desistee?s?)|ai renonce)(?![^\W_])"
)


def leverage(target: Target) -> Iterator[Hit]:
    """Leverage: another offer or another company waiting for an answer (R15).

    Fires on « j'ai reçu une autre offre », « une autre entreprise attend ma réponse », « je
    dois me décider rapidement », « avant de m'engager ailleurs ». Stays quiet on « votre
    offre d'emploi », « j'ai travaillé avec d'autres entreprises du secteur » and on the
    company's competitors mentioned as news (« votre concurrent a lancé … »).
    """
    # The phrases that always press are data: checks/rules/fr/pushy.toml, « pushy.leverage.* ».
    strong = list(data_matches("pushy.leverage", target))
    answered = _answers_their_question(target)
    for rule, match in strong:
        if answered and not _LEVER_TIMING.search(_sentence(target, match)):
            continue
        yield data_hit(rule, match, target)
    for match in _scan(_LEVER_OTHER, target.masked):
        sentence = _sentence(target, match)
        outside = sentence.replace(target.masked[match.start() : match.end()], " ")
        if not _LEVER_CONTEXT.search(outside) or _PAST.search(sentence):
            continue
        if _WITHDRAWN.search(sentence):
            continue  # « j'ai retiré ma candidature dans un autre processus »: no lever left
        if _ANOTHER_ROUND.search(target.masked, max(0, match.start() - 60), match.end()):
            continue  # « disponible pour un autre entretien » : a next round here
        if answered and not _LEVER_TIMING.search(sentence):
            continue
        if any(_same_sentence(target, match, other) for _, other in strong):
            continue  # already reported
        if _in_the_post(target, match):
            continue  # « le poste d'inspectrice de la concurrence » beside « une décision »
        yield _lever_hit(target, match)


def _in_the_post(target: Target, match: re.Match[str]) -> bool:
    """Whether the matched words name the post itself (« inspectrice de la concurrence »).

    A reminder that opened on « Vous m'aviez parlé d'une décision vers le 25 novembre : … au
    sujet du poste d'inspectrice de la concurrence… » read as leverage (dt16).
    """
    if target.context is None:
        return False
    title = fold(target.context.role.title)
    said = target.folded[match.start() : match.end()].split()[-1]
    before = target.folded[max(0, match.start() - 60) : match.start()]
    return said in title and "poste" in before


# Another offer told because the recruiter asked to be kept informed, or with the pressure
# disclaimed in so many words, is information, not leverage; unless the sentence that
# names it still asks for speed or a decision (« … attend ma réponse vendredi »).
_INVITED = phrases(
    r"vous (?:m'|me )?(?:aviez|avez) (?:demande|invitee?|suggere|prie)"
    r" (?:de vous (?:tenir|garder) (?:au courant|informee?)|si (?:j'avais|j'ai|je menais|d'autres)"
    r"|de vous (?:prevenir|informer|signaler|dire))",
    r"vous (?:vouliez|souhaitiez|aviez souhaite) (?:savoir si|etre (?:tenue?s? )?(?:au courant|informee?s?))",
    r"comme vous (?:me )?l'aviez demande",
    r"a votre demande",
)
_NO_PRESSURE = phrases(
    r"(?:ne|n') (?:change|changera|modifie) rien (?:a|au|aux) (?:mon interet|votre calendrier"
    r"|calendrier|votre echeancier|echeancier|vos delais)",
    r"je ne vous demande pas (?:de|d')",
    r"(?:votre|ce|le) (?:calendrier|echeancier) (?:me )?convient",
)
_LEVER_TIMING = phrases(
    r"attend\w{0,4} (?:ma|une|mon) reponse",
    r"(?:me )?decider",
    r"repondre",
    r"avant (?:de|vendredi|lundi|mardi|mercredi|jeudi|le|la)",
    r"d'ici",
    r"rapidement",
    r"vite",
    r"accelerer",
    r"date limite",
    r"signer",
)


def _answers_their_question(target: Target) -> bool:
    """True when the draft discloses other offers on request, or disclaims any pressure."""
    # The first match of finditer_near is the one .search finds, found from the phrases'
    # anchors and word starts; .search tried every position (1 MB of letters: 77 → 9 ms).
    return any(
        next(finditer_near(pattern, target.masked), None) is not None
        for pattern in (_INVITED, _NO_PRESSURE)
    )


def _same_sentence(target: Target, match: re.Match[str], other: re.Match[str]) -> bool:
    start, end = sentence_of(target.masked, match.start(), match.end())
    return start <= other.start() and other.end() <= end


def _lever_hit(target: Target, match: re.Match[str]) -> Hit:
    return Hit(
        f"« {_quote(target, match)} » cite une autre offre ou une autre entreprise comme "
        "moyen de pression : le recruteur y lit un ultimatum (R15).",
        "Ne mentionnez pas vos autres démarches ; dites ce qui vous attire ici : « Le projet "
        "dont nous avons parlé correspond exactement à ce que je cherche. »",
        match.span(),
    )


# --- pushy.counting_reminders ----------------------------------------------------------

_ORDINAL = r"(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|enieme|nieme|ixieme|\d{1,2}e|\d{1,2}eme|\d{1,2}ieme|seconde|multiple)"
_CONTACT = (
    r"(?:relanc\w{0,5}|ecri\w{0,5}|rappel\w{0,5}|contact\w{0,5}|sollicit\w{0,5}|appel\w{0,5}"
    r"|revien\w{0,3}|revenir|permets|envoy\w{0,5}|message|courriel|mail|laisse)"
)
_INSIST = r"(?:relanc\w{0,5}|sollicit\w{0,5}|insist\w{0,5})"
_COMMITMENT_RECALL = phrases(
    "comme promis", "comme convenu", "ci-joint", "en piece jointe", "ci-dessous", "en annexe"
)
_CONTACT_RX = re.compile(rf"(?<![^\W_]){_CONTACT}(?![^\W_])")
# « troisième message depuis lundi » counts by itself: an ordinal is no factor (« trois fois
# plus ») that needs a word of contact nearby.
_ORDINAL_RX = re.compile(rf"{_ORDINAL}(?![^\W_])")


def counting_reminders(target: Target) -> Iterator[Hit]:
    """Counting reminders: « pour la troisième fois », « ma deuxième relance », « de nouveau » (R16, R17).

    Fires when the draft counts its own reminders or says it writes again. Stays quiet on
    « pour la première fois », « la deuxième entrevue », « merci encore une fois pour votre
    accueil », and on sending the promised document (« comme promis, voici de nouveau … »).
    """
    # The phrases are data: checks/rules/fr/pushy.toml, « pushy.counting_reminders.* ».
    for rule, match in data_matches("pushy.counting_reminders", target):
        sentence = _sentence(target, match)
        word = target.masked[match.start() : match.end()]
        if (
            word.startswith(
                (
                    "plusieurs",
                    "deux",
                    "trois",
                    "quatre",
                    "cinq",
                    "maintes",
                    "nombreuses",
                    "multiples",
                    "a ",
                )
            )
            or word[:1].isdigit()
        ) and not (_ORDINAL_RX.match(word) or _counts_contacts(target, match)):
            continue
        if ("nouveau" in word or "encore" in word) and _COMMITMENT_RECALL.search(sentence):
            continue
        yield data_hit(rule, match, target)


_CLAUSE_END = re.compile(r"[.!?;:\n]")
_WORD_RX = re.compile(r"[^\W_]+")


def _counts_contacts(target: Target, match: re.Match[str]) -> bool:
    """True when a count (« deux fois », « à trois reprises ») is one of one's own contacts.

    A word of contact (« écrit », « relancé », « message ») must stand within six words
    before the count or three after, in the same clause: « je vous ai écrit à deux
    reprises » counts, « je vous écris : j'ai vérifié deux fois les dosages » does not.
    """
    before = _CLAUSE_END.split(target.masked[max(0, match.start() - 160) : match.start()])[-1]
    after = _CLAUSE_END.split(target.masked[match.end() : match.end() + 80])[0]
    near = _WORD_RX.findall(before)[-6:] + _WORD_RX.findall(after)[:3]
    return bool(_CONTACT_RX.search(" ".join(near)))


# --- pushy.impatience -------------------------------------------------------------------


def impatience(target: Target) -> Iterator[Hit]:
    """Impatience: « ce délai me paraît long », « il serait temps », « enfin » (R16).

    Stays quiet on enthusiasm (« impatiente de contribuer au projet », « j'ai hâte de
    commencer ») and on stating facts (« cela fait deux semaines que nous nous sommes
    rencontrés » has no « déjà »).
    """
    for rule, match in data_matches("pushy.impatience", target):
        yield data_hit(rule, match, target)


# --- pushy.repeated_calls ---------------------------------------------------------------

_OFFER = re.compile(
    rf"(?<![^\W_])(?:preferez-vous|preferez{GAP}vous|voulez-vous|souhaitez-vous|si{GAP}vous{GAP}preferez"
    rf"|a{GAP}votre{GAP}convenance|quand{GAP}cela{GAP}vous{GAP}convient|si{GAP}cela{GAP}vous{GAP}convient)"
    r"(?![^\W_])"
)


def repeated_calls(target: Target) -> Iterator[Hit]:
    """Repeated calls the same day: « je vous rappellerai cet après-midi », « plusieurs appels aujourd'hui » (R21).

    R21: if nobody answers, leave one voicemail rather than calling again the same day. In
    a phone script or voicemail, mentioning an earlier call the same day also fires. Stays
    quiet on « je vous rappellerai la semaine prochaine » and « vous pouvez me rappeler au … ».
    """
    # The phrases are data: checks/rules/fr/pushy.toml, « pushy.repeated_calls.* » (the
    # earlier call recalled applies to phone scripts and voicemails only).
    for rule, match in data_matches("pushy.repeated_calls", target):
        if _OFFER.search(_sentence(target, match)):
            continue  # « préférez-vous que je rappelle en fin de journée ? »
        yield data_hit(rule, match, target)
