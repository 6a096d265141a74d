"""pushy.* checks: a follow-up opens a conversation, it never applies pressure (R15, R16, R17, R21).

Every check matches the *masked* folded text (see :mod:`suivi_templates.checks.text`):
case, accents, the apostrophe ’ or ' and no-break spaces do not matter, and the context's
own words (a topic such as « le traitement des dossiers urgents », the company's name in
capitals) are masked, so they never count against the candidate. Phrases are written as
word sequences with bounded gaps, so that inflection (« attends », « attendons »,
« attendrai ») and short insertions (« j'attends toujours votre réponse ») still match,
and every pattern is linear: no nested unbounded quantifier.

The polite formulas of the rules pass: « je me permets de revenir vers vous », « au plaisir
d'avoir de vos nouvelles », « je reste disponible », « comme convenu », « je n'ai pas oublié
de vous envoyer … ».

Waiting for an answer (R15). « Dans l'attente de votre réponse » and « dans l'attente de
vous lire » say, in so many words, that the candidate waits for an answer: R15 rules them
out, however common they are at the end of a letter. What passes is the expression of a
pleasure to come, which asks nothing: « Au plaisir d'avoir de vos nouvelles », « Au plaisir
d'échanger avec vous ». Hoping (« en espérant une réponse favorable ») is not waiting and
passes, unless it asks for speed (« une réponse rapide », see ``pushy.pressure``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.checks.insistence import (
    counting_reminders,
    impatience,
    leverage,
    repeated_calls,
)
from suivi_templates.checks.pushy_words import (
    _ANSWER,
    _DEMAND,
    _OWN_PROMISE,
    _OWN_WORK,
    _REQUEST,
    _TIMELINE_RECALL,
    W,
    _quote,
    _scan,
    _sentence,
)
from suivi_templates.checks.ruledata import data_hit, data_matches
from suivi_templates.checks.shouting import shouting
from suivi_templates.checks.text import (
    GAP,
    WORD,
    phrases,
)
from suivi_templates.checks.tone import tone
from suivi_templates.kinds import kind_of

__all__ = ["PUSHY_CHECKS"]


# --- pushy.reproach -------------------------------------------------------------------

_EXCUSED = re.compile(
    rf"(?<![^\W_])ce{GAP}qui{GAP}(?:me{GAP})?(?:semble|parait|est){GAP}(?:{WORD}{{1,12}}{GAP}){{0,2}}"
    rf"(?:normal|comprehensible|naturel|logique|attendu)(?![^\W_])"
)
_BUT = re.compile(r"(?<![^\W_])(?:mais|cependant|toutefois|pourtant|neanmoins)(?![^\W_])")


def reproach(target: Target) -> Iterator[Hit]:
    """Reproach: the recruiter forgot, did not answer, or left the reminders unanswered (R15, R16).

    Fires on « vous deviez me rappeler », « toujours pas de nouvelles », « je n'ai pas encore
    reçu de réponse malgré mes relances », « sans réponse de votre part », « vous avez
    oublié ». Stays quiet on « je n'ai pas oublié de vous envoyer … » and « comme convenu ».
    """
    # The phrases are data: checks/rules/fr/pushy.toml, rules « pushy.reproach.* ».
    for rule, match in data_matches("pushy.reproach", target):
        sentence = _sentence(target, match)
        if _EXCUSED.search(sentence) and not _BUT.search(sentence):
            continue  # « pas encore de nouvelles, ce qui est bien normal en cette période »
        yield data_hit(rule, match, target)


# --- pushy.pressure -------------------------------------------------------------------

_SPEED = phrases(
    r"au plus vite",
    r"dans les (?:plus )?(?:brefs|meilleurs|plus courts) delais",
    r"le plus (?:rapidement|vite|tot) possible",
    r"des que possible",
    r"asap",
    r"sans (?:plus )?(?:delai|tarder|attendre)",
    r"immediat(?:e|ement|es|s)?",
    r"au plus tot",
    r"rapidement",
    r"rapides?",
    r"promptement",
    r"sans faute",
    r"urgent(?:e|es|s)?",
    r"urgemment",
    r"(?:d'|en |de toute )urgence",
    r"imperativement",
)
_DEADLINE = phrases(
    r"(?:d'ici|avant|au plus tard|jusqu'(?:a|au)|pour|sous) (?:la fin de (?:la |cette )?(?:semaine|journee|mois)"
    r"|fin (?:de )?(?:semaine|journee|mois)|demain|ce soir|ce midi|midi|(?:le |ce |cette )?(?:lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche)|le \d{1,2}(?:er)?|\d{1,2} ?h|(?:la |cette )?semaine"
    r" prochaine|(?:24|48|72) ?h(?:eures)?|(?:une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|\d{1,4}) (?:jours?|semaines?|heures?)"
    r"|huitaine|quinzaine)",
    r"dans les (?:24|48|72|\d|huit|dix|quinze) ?(?:h|heures|jours)",
)


def pressure(target: Target) -> Iterator[Hit]:
    """Pressure: a deadline, an ultimatum, « au plus vite », « urgent » (R15, R16).

    Speed words (« au plus vite », « dans les plus brefs délais », « rapidement ») and
    deadlines (« d'ici vendredi », « avant le 15 ») fire when they are asked of the
    recruiter: the sentence is about an answer, a decision or a call back, and is not the
    candidate's own promise (« je vous enverrai mon analyse au plus vite » passes) nor a
    reminder of the timeline the recruiter announced (« comme vous me l'aviez indiqué, une
    décision d'ici vendredi »). Ultimatums (« sans réponse d'ici lundi, je considérerai… »),
    « urgent » and « il faut que vous » fire on their own.
    """
    seen: set[tuple[int, int]] = set()
    # Ultimatums, « urgent », « il faut que vous » (checks/rules/fr/pushy.toml) fire alone.
    spoken = kind_of(target.kind).spoken
    for rule, match in data_matches("pushy.pressure", target):
        if spoken and _CALL_ME_BACK.fullmatch(match.group()):
            continue  # a voicemail ends on « merci de me rappeler » (R21); speed still fires
        seen.add(match.span())
        yield data_hit(rule, match, target)
    for pattern in (_SPEED, _DEADLINE):
        for match in _scan(pattern, target.masked):
            if match.span() in seen:
                continue
            sentence = _sentence(target, match)
            if not _DEMAND.search(sentence) or _OWN_WORK.search(sentence):
                continue
            if _OWN_PROMISE.search(sentence) and not _asks_them(sentence):
                continue
            if pattern is _DEADLINE and _TIMELINE_RECALL.search(sentence):
                continue
            if _NEGATED.search(target.masked[max(0, match.start() - 40) : match.start()]):
                continue  # « je n'attends pas de réponse immédiate »
            if pattern is _SPEED and (
                _praises_their_speed(target, match) or _urgent_work(target, match)
            ):
                continue
            seen.add(match.span())
            yield _pressure_hit(target, match)


_CALL_ME_BACK = re.compile(
    rf"merci{GAP}de{GAP}(?:bien{GAP}vouloir{GAP})?(?:me{GAP}|m')(?:rappeler|recontacter)"
)
_NEGATED = re.compile(
    rf"(?<![^\W_])(?:pas|aucune?|sans|nullement|jamais)(?:{GAP}{WORD}{{1,25}}){{0,3}}{GAP}$"
    # « Pas besoin de me rappeler en urgence » (blind43): the need is denied.
    rf"|(?<![^\W_])(?:pas|nul|aucun){GAP}besoin{GAP}de?(?:{GAP}{WORD}{{1,25}}){{0,3}}{GAP}$"
    # « rien d'urgent », never « rien de plus urgent » (a comparison insists).
    rf"|(?<![^\W_])rien{GAP}d(?:e{GAP}|{GAP})$"
)


# Speed the recruiter already showed, praised (« merci pour votre retour rapide », « merci
# d'avoir répondu si rapidement ») or an answer given during the interview (« vos réponses
# rapides à mes questions »): gratitude, not a demand. « merci de me répondre rapidement »
# still asks for speed: the thanks there is followed by an infinitive, not a noun or a past.
_THANKED_SPEED = re.compile(
    rf"(?<![^\W_])(?:merci|remercie|remercions|reconnaissante?|apprecie(?:e|s|es)?|salue)"
    # Not the conditional (« j'apprécierais votre réponse rapide » asks for it).
    rf"(?![^\W_])"
    # « merci aussi pour votre réponse rapide », « merci encore pour votre retour si rapide »
    rf"(?:{GAP}(?:aussi|encore|egalement|beaucoup|infiniment|bien|mille{GAP}fois))?"
    rf"{GAP}(?:(?:pour|de|d'){GAP}?)?(?:(?:votre|vos|ce|cette|la|le|les|ton|ta){GAP}{W}{{2,20}}"
    rf"|(?:m'|nous{GAP})?avoir{GAP}(?:{W}{{1,20}}{GAP}){{0,3}}{W}{{2,20}})"
    rf"(?:{GAP}(?:si|tres|aussi|particulierement|tellement)){{0,1}}{GAP}$"
)
_IN_ADVANCE = re.compile(r"(?:d'|par |a l')avance(?![^\W_])")
_ANSWERED_QUESTIONS = re.compile(
    rf"^{GAP}?(?:a|aux){GAP}(?:mes|toutes{GAP}mes|nos|mes{GAP}{W}{{1,20}}){GAP}questions"
)
# Their answer to what the candidate sent is one already given: « votre réponse rapide à ma
# candidature m'a permis de me libérer » (blind41); « une réponse rapide à ma candidature »
# is still hoped for.
_YOUR_ANSWER = re.compile(
    rf"(?<![^\W_])votre{GAP}(?:reponse|retour){GAP}(?:(?:si|tres|aussi){GAP})?$"
)
_HOPED = re.compile(
    r"(?<![^\W_])(?:attend\w*|esper\w*|souhait\w*|aimerai\w*|voudrai\w*|compte)(?![^\W_])"
)
_TO_WHAT_I_SENT = re.compile(
    rf"^{GAP}?a{GAP}(?:ma{GAP}candidature|mon{GAP}(?:cv|courriel|message|envoi|dossier))"
)
# « Merci pour l'entretien d'hier, et pour votre réponse si rapide » : the thanks reach it.
_AND_FOR_YOUR = re.compile(
    rf"(?<![^\W_])et{GAP}(?:pour|de|d'){GAP}?(?:votre|vos|ce|cette|la|le|les){GAP}{W}{{2,20}}"
    rf"(?:{GAP}(?:si|tres|aussi|particulierement|tellement))?{GAP}$"
)
_THANKS = re.compile(r"(?<![^\W_])(?:merci|remercie|remercions)(?![^\W_])")


def _praises_their_speed(target: Target, match: re.Match[str]) -> bool:
    """True when the speed word praises an answer already given (see _THANKED_SPEED)."""
    before = target.masked[max(0, match.start() - 80) : match.start()]
    after = target.masked[match.end() : match.end() + 40]
    if _IN_ADVANCE.search(before):
        return False  # « merci d'avance pour votre retour rapide » asks for it
    if _AND_FOR_YOUR.search(before) and _THANKS.search(_sentence(target, match)):
        return True
    if _YOUR_ANSWER.search(before) and _TO_WHAT_I_SENT.match(after):
        return not _HOPED.search(before)
    return bool(_THANKED_SPEED.search(before) or _ANSWERED_QUESTIONS.match(after))


# « urgent » after a noun of the work qualifies the work (« la hausse des dépannages urgents »,
# blind43), unless the noun is what a pushy draft wants (« une réponse urgente ») or the word
# before is a verb or an adverb (« c'est devenu très urgent »).
_WORD_BEFORE = re.compile(rf"(?<![^\W_])({WORD}{{3,25}}){GAP}$")
_NOT_WORK = frozenset(
    "est etait sera serait devenu devenue devient reste tres vraiment assez plutot plus trop "
    "aussi bien peu reponse reponses retour retours decision rappel appel appels nouvelles "
    "confirmation situation besoin demande candidature".split()
)


def _urgent_work(target: Target, match: re.Match[str]) -> bool:
    """True when « urgent » qualifies a noun of the work (see _WORD_BEFORE)."""
    if not match.group().startswith("urgent"):
        return False
    before = _WORD_BEFORE.search(target.masked, max(0, match.start() - 30), match.start())
    return before is not None and before.group(1) not in _NOT_WORK


def _asks_them(sentence: str) -> bool:
    """True when a sentence asks the recruiter for something (« merci de », « pourriez-vous »)."""
    return bool(_REQUEST.search(sentence))


def _pressure_hit(target: Target, match: re.Match[str]) -> Hit:
    return Hit(
        f"« {_quote(target, match)} » met le recruteur sous pression (délai, urgence, "
        "ultimatum) ; une relance ouvre une conversation, elle n'impose pas de calendrier "
        "(R15, R16).",
        "Retirez l'exigence de délai et redites votre disponibilité : « Je reste disponible "
        "pour tout complément d'information. »",
        match.span(),
    )


# --- pushy.waiting_for_answer -----------------------------------------------------------

_NOT_WAITING = re.compile(rf"(?:\bn'|\bne{GAP})(?:{GAP}?{W}{{1,12}}{GAP}){{0,1}}$")


def waiting_for_answer(target: Target) -> Iterator[Hit]:
    """Waiting for an answer: « j'attends votre réponse », « dans l'attente de votre décision » (R15).

    R15: never say you are waiting for an answer. « Au plaisir d'avoir de vos nouvelles »
    and « je reste disponible » pass; the closing formula « dans l'attente de votre retour »
    is only ``style.awaiting_formula``; as does a negation (« je n'attends pas de réponse
    immédiate »); « je n'attends que votre réponse » fires.
    """
    # The phrases are data: checks/rules/fr/pushy.toml, rules « pushy.waiting_for_answer.* ».
    for rule, match in data_matches("pushy.waiting_for_answer", target):
        start, end = match.span()
        before = target.masked[max(0, start - 16) : start]
        after = target.masked[end : end + 12]
        word = target.masked[start:end]
        negated = word.lstrip("jenous '").startswith("attend") and _NOT_WAITING.search(before)
        # « je n'attends pas de réponse » passes; « je n'attends que … » does not.
        if negated and " que " not in f" {word} " and not after.lstrip().startswith("que"):
            continue
        if (
            word.startswith("hate")
            and "lire" not in word
            and not _ANSWER.search(_sentence(target, match))
        ):
            continue
        if target.masked[max(0, start - 6) : start].rstrip().endswith("vous"):
            continue  # « comme vous l'attendiez » is about them
        if _third_party_waits(target, start, word):
            continue  # « tout le réseau attend une décision rapide » describes the job
        yield data_hit(rule, match, target)


_THIRD_PERSON = re.compile(rf"attend(?:ait)?{GAP}")
_ON_BEFORE = re.compile(rf"(?<![^\W_])on{GAP}$")
# What the recruiter owes the candidate; a reference waiting for « votre appel » does not.
_THEIR_ANSWER = re.compile(
    r"(?<![^\W_])(?:votre|vos|ton|ta|tes)\s+(?:reponses?|decisions?|retours?|nouvelles"
    r"|verdict|confirmations?|offres?|choix|feu vert)(?![^\W_])"
)


def _third_party_waits(target: Target, start: int, word: str) -> bool:
    """True when someone else waits (« le service attend une confirmation de la banque »).

    R15 is about the candidate saying they wait: « j'attends », « nous attendons », « on
    attend » (« on » for « nous »). A third person (« attend », « attendait ») without « on »
    describes someone else's work, unless what they wait for is the recruiter's own answer
    (« ma conjointe attend votre réponse » still presses; « M. Roy attend votre appel », a
    reference ready to be called, does not).
    """
    if not _THIRD_PERSON.match(word) or _THEIR_ANSWER.search(word):
        return False
    return not _ON_BEFORE.search(target.masked, max(0, start - 8), start)


# --- pushy.guilt ---------------------------------------------------------------------


def guilt(target: Target) -> Iterator[Hit]:
    """Guilt, pity and begging: a sacrifice recalled, a family that depends on the job (R16).

    Fires on « j'ai refusé un autre poste pour … », « ma famille compte sur cet emploi »,
    « j'ose espérer que cet effort sera reconnu », « ma candidature n'est pas votre
    priorité », « je vous en supplie ». Stays quiet on « ma famille s'installe à Québec »
    and « je compte sur mon expérience ».
    """
    # The phrases are data: checks/rules/fr/pushy.toml, rules « pushy.guilt.* ».
    for rule, match in data_matches("pushy.guilt", target):
        yield data_hit(rule, match, target)


PUSHY_CHECKS: tuple[Check, ...] = (
    Check("pushy.reproach", "error", reproach),
    Check("pushy.pressure", "error", pressure),
    Check("pushy.waiting_for_answer", "error", waiting_for_answer),
    Check("pushy.leverage", "error", leverage),
    Check("pushy.counting_reminders", "error", counting_reminders),
    Check("pushy.impatience", "error", impatience),
    Check("pushy.shouting", "error", shouting),
    Check("pushy.repeated_calls", "error", repeated_calls),
    Check("pushy.guilt", "error", guilt),
    Check("pushy.tone", "error", tone, fallback=True),
)
