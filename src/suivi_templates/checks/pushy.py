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
from suivi_templates.checks.ruledata import data_hit, data_matches
from suivi_templates.checks.text import (
    GAP,
    STOPWORDS,
    WORD,
    fold,
    phrases,
    sentence_of,
    words_between,
)

__all__ = ["PUSHY_CHECKS"]

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
    for count, match in enumerate(pattern.finditer(text)):
        if count >= _SCAN_LIMIT:
            return
        yield match


def _sentence(target: Target, match: re.Match[str]) -> str:
    start, end = sentence_of(target.masked, match.start(), match.end())
    return target.masked[start:end]


def _quote(target: Target, match: re.Match[str]) -> str:
    return " ".join(target.text[match.start() : match.end()].split())


# --- pushy.reproach -------------------------------------------------------------------

_REPROACH = phrases(
    # « vous deviez me rappeler », « vous m'aviez promis une réponse »
    rf"vous (?:m' ?|me )?(?:deviez|devait|auriez du|etiez cense{W}{{0,2}}|aviez promis|m'aviez promis"
    rf"|aviez assure)(?: {W}{{1,25}}){{0,4}} (?:me |m')?(?:rappeler|recontacter|repondre|revenir"
    rf"|donner|ecrire|contacter|joindre|faire|tenir|informer|envoyer|transmettre|communiquer)",
    rf"(?:vous|on) m'(?:aviez|avait) (?:promis|assure|garanti)(?: {W}{{1,25}}){{0,3}} {_ANSWER_NOUN}",
    # « vous ne m'avez toujours pas répondu », « vous n'avez jamais rappelé »
    r"vous (?:ne |n')(?:m' ?|me )?(?:avez|aviez)(?: (?:toujours|jamais|pas|encore|plus|point|meme)){1,3}"
    r" (?:rappele|repondu|recontacte|donne|ecrit|fait|pris|retourne|contacte|tenu|envoye"
    r"|transmis|communique|informe|revenu|daigne)",
    # « vous avez oublié », « vous avez dû oublier ma candidature »
    r"vous (?:m' ?)?(?:avez|aviez|auriez) (?:(?:peut-etre|peut etre|sans doute|surement|probablement"
    r"|certainement|du|bien) )?oubli\w{0,4}",
    # « toujours pas de nouvelles », « toujours sans réponse », « toujours rien »
    rf"toujours (?:pas|aucune?|sans|point)(?: {W}{{1,25}}){{0,4}} {_ANSWER_NOUN}",
    r"toujours rien",
    # « pas encore reçu de réponse », « je n'ai jamais eu de retour »
    rf"(?:pas encore|toujours pas|jamais|pas|rien|aucune?|point) (?:eu|recu|obtenu|vu)"
    rf"(?: {W}{{1,25}}){{0,3}} {_ANSWER_NOUN}",
    rf"n'(?:ai|avons|ayant) (?:toujours |encore |plus )?(?:aucune?|pas|plus) (?:de |d')?{_ANSWER_NOUN}",
    rf"aucune? (?:{_ANSWER_NOUN}) (?:de votre part|de vous|depuis)",
    # « sans réponse de votre part », « sans nouvelles de votre part »
    rf"sans (?:aucune? )?{_ANSWER_NOUN} (?:de votre part|de vous|de votre cote|depuis)",
    # « mes messages sont restés sans réponse », « lettre morte »
    rf"(?:mes|mon|ma|nos|notre) (?:{W}{{1,25}} ){{0,2}}(?:message|courriel|relance|appel|candidature"
    rf"|demande|lettre|mail|e-mail|envoi)s?(?: {W}{{1,25}}){{0,4}} (?:reste|restee|restes|restees|restent"
    r"|demeure|demeurent|demeuree|est|sont|etait|etaient) (?:lettre morte|sans (?:aucune )?(?:reponse|suite"
    r"|retour|effet|echo))",
    # « malgré mes relances »
    rf"malgre (?:mes|mon|ma|nos|plusieurs|les|deux|trois|de nombreuses|de multiples)"
    rf"(?: {W}{{1,25}}){{0,2}} (?:relance|message|courriel|appel|mail|e-mail|email|tentative"
    r"|sollicitation|demande|rappel|essai|envoi|lettre)s?",
    r"(?:votre|ce|vos|ce long|votre long|un long|un si long|ce si long) silences?",
    # « je trouve dommage de ne pas avoir été recontacté », « surpris de ne pas avoir eu de
    # nouvelles »
    rf"(?:dommage|regrettable|decevant|decue?|surprise?|etonnee?|etonnant|m'etonne|regrette)"
    rf"(?: {W}{{1,25}}){{0,3}} (?:de ne pas|de n'|que vous ne|de ne plus|sans)(?: {W}{{1,25}}){{0,3}}"
    rf" (?:(?:eu|recu|obtenu) (?:de |d'|aucune? |votre |vos )?{_ANSWER_NOUN}|recontactee?|rappelee?"
    rf"|informee?|prevenue?|{_ANSWER_NOUN})",
    # « ma candidature mérite une réponse »
    r"(?:merite|meriterait|vaut bien|appelle)(?:,(?: [^\W_]{1,25}){1,3},)?"
    r" (?:au moins |bien |tout de meme |quand meme )?"
    r"(?:une|un) (?:reponse|retour|signe)",
    # « j'aurais aimé être tenu informé », « comme c'est l'usage »
    r"j'aurais (?:aime|apprecie|souhaite|voulu) (?:etre|avoir ete) (?:tenue? (?:informee?|au courant)"
    r"|informee?|prevenue?|recontactee?|avertie?)",
    r"(?:comme c'est l'usage|la moindre des choses|par simple courtoisie)",
    # « ma candidature a pu vous échapper », « est peut-être passée inaperçue »
    rf"(?:candidature|dossier|message|courriel|mail|cv|lettre|envoi)(?: {W}{{1,25}}){{0,3}}"
    r" (?:a|ait|aurait|aurais|aient|auraient|ont|est|soit|serait)(?: (?:pu|peut-etre|sans doute"
    r"|probablement|meme))* (?:vous )?(?:echapp\w{0,3}|passee? inapercue?|passer inapercue?"
    r"|ete oubliee?|etre oubliee?|egaree?|s'egarer|perdue?|se perdre|glisse\w{0,2})",
    # « je n'ai reçu aucune nouvelle », « nous n'avons eu aucun retour »
    rf"n'(?:ai|avons|ayant|avais)(?: (?:encore|toujours|jamais|helas))? (?:recu|eu|obtenu)"
    rf" (?:aucune?|pas de|pas d'|plus de|de) (?:{W}{{1,25}} )?{_ANSWER_NOUN}",
    # « les entreprises ne prennent pas le temps de répondre »
    r"ne (?:prennent|prend|prenez|prendrait|prendraient|prenaient|daigne\w{0,3})"
    r"(?: (?:pas|jamais|plus|toujours|meme|souvent)){1,3}(?: (?:le temps|la peine))?"
    r" (?:de |d')(?:repondre|rappeler|revenir|donner suite|informer|prevenir)",
    r"(?:aucun|sans) signe de vie",
    r"personne ne m'a (?:re)?(?:contacte|rappele|repondu|ecrit)e?",
    r"(?:ignore|ignorez|ignoriez|ignorer) (?:mes|mon|ma) (?:message|courriel|relance|appel|candidature)s?",
)


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
    for match in _scan(_REPROACH, target.masked):
        sentence = _sentence(target, match)
        if _EXCUSED.search(sentence) and not _BUT.search(sentence):
            continue  # « pas encore de nouvelles, ce qui est bien normal en cette période »
        yield Hit(
            f"« {_quote(target, match)} » reproche au recruteur son silence ou un oubli ; "
            "une relance ne rappelle jamais qu'on attend un retour (R15, R16).",
            "Partez de votre intérêt plutôt que de leur silence : « Je me permets de vous "
            "écrire au sujet de ma candidature ; mon intérêt pour le poste reste entier. »",
            match.span(),
        )


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
    r" prochaine|(?:24|48|72) ?h(?:eures)?|(?:une|deux|trois|\d+) (?:jours?|semaines?|heures?)"
    r"|huitaine|quinzaine)",
    r"dans les (?:24|48|72|\d) ?(?:h|heures|jours)",
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
    for rule, match in data_matches("pushy.pressure", target):
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
            if pattern is _SPEED and _praises_their_speed(target, match):
                continue
            seen.add(match.span())
            yield _pressure_hit(target, match)


_NEGATED = re.compile(
    rf"(?<![^\W_])(?:pas|aucune?|sans|nullement|jamais)(?:{GAP}{WORD}{{1,25}}){{0,3}}{GAP}$"
)


# Speed the recruiter already showed, praised (« merci pour votre retour rapide », « merci
# d'avoir répondu si rapidement ») or an answer given during the interview (« vos réponses
# rapides à mes questions »): gratitude, not a demand. « merci de me répondre rapidement »
# still asks for speed: the thanks there is followed by an infinitive, not a noun or a past.
_THANKED_SPEED = re.compile(
    rf"(?<![^\W_])(?:merci|remercie|remercions|reconnaissante?|apprecie(?:e|s|es)?|salue)"
    # Not the conditional (« j'apprécierais votre réponse rapide » asks for it).
    rf"(?![^\W_])"
    rf"{GAP}(?:(?:pour|de|d'){GAP}?)?(?:(?:votre|vos|ce|cette|la|le|les|ton|ta){GAP}{W}{{2,20}}"
    rf"|(?:m'|nous{GAP})?avoir{GAP}(?:{W}{{1,20}}{GAP}){{0,3}}{W}{{2,20}})"
    rf"(?:{GAP}(?:si|tres|aussi|particulierement|tellement)){{0,1}}{GAP}$"
)
_IN_ADVANCE = re.compile(r"(?:d'|par |a l')avance(?![^\W_])")
_ANSWERED_QUESTIONS = re.compile(
    rf"^{GAP}?(?:a|aux){GAP}(?:mes|toutes{GAP}mes|nos|mes{GAP}{W}{{1,20}}){GAP}questions"
)


def _praises_their_speed(target: Target, match: re.Match[str]) -> bool:
    """True when the speed word praises an answer already given (see _THANKED_SPEED)."""
    before = target.masked[max(0, match.start() - 80) : match.start()]
    after = target.masked[match.end() : match.end() + 40]
    if _IN_ADVANCE.search(before):
        return False  # « merci d'avance pour votre retour rapide » asks for it
    return bool(_THANKED_SPEED.search(before) or _ANSWERED_QUESTIONS.match(after))


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

_WAITING = phrases(
    rf"suspendue? a (?:votre|vos|une|la) (?:{_ANSWER_NOUN})",
    r"(?:reste|rester|suis|demeure|laisse|laisser|laissez) dans l'incertitude",
    rf"(?:j'|je |nous )?attend(?:s|ons|ais|ait|ions|rai|rais|rons|re|ant|u|ue)?(?: {W}{{1,25}}){{0,3}}"
    rf" (?:(?:de vos|vos|votre|une|un|la|le|d'un|d'une|de votre|ton|ta|tes|leur) )?"
    rf"(?:{_ANSWER_NOUN}|retour|verdict|reponse)",
    # « dans l'attente de votre réponse » names the answer; the closing formula « dans
    # l'attente de votre retour / de vous lire » is a style warning (style.awaiting_formula).
    r"(?:dans|en) (?:l'|l )?attente (?:de |d')(?:(?:vos|votre|une|un|la|le|leur|d'un|d'une) )?"
    r"(?:reponses?|decisions?|verdict|confirmation|rappel|appel|signe de vie)",
    r"(?:reste|resterai|demeure|demeurerai|suis|serai)(?: (?:donc|toujours|ainsi|bien))?"
    r" (?:dans|en) (?:l'|l )?attente",
    r"hate (?:de |d')(?:connaitre|recevoir|lire|avoir|savoir|obtenir|vous lire|prendre connaissance)"
    rf"(?: {W}{{1,25}}){{0,3}}",
    r"hate de vous lire",
    r"(?:je|j') compte sur (?:votre|une|un) (?:reponse|retour|decision|rappel)",
)
_NOT_WAITING = re.compile(rf"(?:\bn'|\bne{GAP})(?:{GAP}?{W}{{1,12}}{GAP}){{0,1}}$")


def waiting_for_answer(target: Target) -> Iterator[Hit]:
    """Waiting for an answer: « j'attends votre réponse », « dans l'attente de votre décision » (R15).

    R15: never say you are waiting for an answer. « Au plaisir d'avoir de vos nouvelles »
    and « je reste disponible » pass; the closing formula « dans l'attente de votre retour »
    is only ``style.awaiting_formula``; as does a negation (« je n'attends pas de réponse
    immédiate »); « je n'attends que votre réponse » fires.
    """
    for match in _scan(_WAITING, target.masked):
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
        yield Hit(
            f"« {_quote(target, match)} » dit au recruteur que vous attendez sa réponse, "
            "ce que les règles déconseillent : c'est une pression, même polie (R15).",
            "Exprimez plutôt le plaisir d'échanger, sans rien réclamer : « Au plaisir "
            "d'avoir de vos nouvelles » ou « Je reste disponible pour en discuter ».",
            match.span(),
        )


# --- pushy.leverage -------------------------------------------------------------------

_LEVER_STRONG = phrases(
    r"(?:une|l'|cette|d'autres|deux|plusieurs|mon|ma) ?(?:autres?|seconde|deuxieme) (?:offre|proposition"
    r"|promesse d'embauche)s?",
    r"contre-(?:offre|proposition)s?",
    r"offre ferme",
    r"(?:ai|avons|ayant)(?: (?:recu|obtenu|eu|decroche|deja|egalement|aussi|actuellement|maintenant"
    r"|en main|entre les mains)){0,3} (?:une|deux|plusieurs|d'autres|des) (?:autres? )?(?:offres?|propositions?"
    r"|promesses? d'embauche)(?: (?:d'emploi|ferme|d'embauche|de poste|de la part|d'un|d'une|chez|ailleurs"
    r"|qui|en cours|concurrente|interessante|tres interessante|a laquelle))",
    r"(?:engager|accepter|signer|partir|m'orienter|me tourner|opportunite|sollicitee?|offre|proposition"
    rf"|poste|piste|processus)(?: {W}{{1,25}}){{0,3}} ailleurs",
    r"donner (?:ma|une) reponse (?:a|au) (?:un |une |l')?(?:autre|employeur|entreprise|societe|recruteur)",
    r"me (?:decider|positionner) (?:rapidement|vite|avant|d'ici|sous|dans les|au plus vite)",
    # « un cabinet concurrent m'a approché »
    r"m'(?:a|ont|avait|avaient) (?:deja |aussi |egalement |recemment )?(?:approchee?|demarchee?"
    r"|chassee?|courtisee?|sollicitee? pour)",
    r"(?:cabinet|entreprise|societe|employeur|structure|organisation|groupe|agence)s? concurrente?s?",
    # Someone else's offer: « un autre organisme m'a fait une proposition »
    r"m'(?:a|ont|avait|avaient) (?:deja |aussi |egalement |recemment )?(?:fait|faite|propose|proposee"
    r"|offert|offerte|soumis) (?:une|un) (?:proposition|offre|poste|contrat|promesse)",
    r"m'(?:a|ont|avait) (?:deja |aussi |egalement )?propose (?:de commencer|de demarrer|de les rejoindre"
    r"|de rejoindre|un poste|une embauche)",
    # Answering someone else by a date: « je dois leur donner ma réponse lundi »
    rf"(?:leur|lui) (?:donner|rendre|communiquer) (?:ma|une) reponse(?: {W}{{1,25}}){{0,2}} (?:lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|demain|avant|d'ici|cette semaine|sous|le \d)",
    # « je suis aussi en processus avec un autre CPE »
    r"(?:suis|sommes|etre) (?:aussi |egalement |actuellement |deja |en meme temps )?en (?:processus"
    r"|discussions?|negociations?|lice|entrevues?|entretiens?|pourparlers)(?: de recrutement)?"
    r" (?:avec|chez|aupres d'|aupres de) (?:un|une|d') ?autres?",
    # Other processes hinted at: « d'autres démarches avancent de mon côté »
    r"d'autres (?:demarches|pistes|processus|candidatures|discussions|entretiens|entrevues|options"
    r"|opportunites|propositions|recrutements)(?: (?:de mon cote|en parallele|aussi|egalement))?"
    r" (?:avancent|progressent|se precisent|aboutissent|se concretisent|sont en cours|en cours"
    r"|arrivent|sont avancees|sont bien avancees|touchent a leur fin)",
    # Their own deadline put on the recruiter: « prendre une décision dans les prochains jours »
    rf"(?:je dois|je devrai|je vais devoir|il me faut|il me faudra|je devrais|pouvoir|avant de)"
    rf" (?:prendre|arreter|donner) (?:une|ma) (?:decision|reponse)(?: {W}{{1,25}}){{0,2}}"
    r" (?:dans les (?:tout )?prochains jours|rapidement|sous peu|d'ici (?:peu|la fin|vendredi|lundi"
    r"|demain)|avant la fin|cette semaine|sous huitaine)",
)
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
_PAST = re.compile(
    r"(?<![^\W_])(?:ai travaille|ai collabore|ai occupe|ai passe|j'etais|travaillais|passage"
    r"|precedent\w{0,3}|ancien\w{0,3}|auparavant|anterieur\w{0,3}|stage|durant|pendant|lorsque"
    r"|quand j'|ai accompagne|ai conseille|clients?|partenaires?|fournisseurs?)(?![^\W_])"
)


def leverage(target: Target) -> Iterator[Hit]:
    """Leverage: another offer or another company waiting for an answer (R15).

    Fires on « j'ai reçu une autre offre », « une autre entreprise attend ma réponse », « je
    dois me décider rapidement », « avant de m'engager ailleurs ». Stays quiet on « votre
    offre d'emploi », « j'ai travaillé avec d'autres entreprises du secteur » and on the
    company's competitors mentioned as news (« votre concurrent a lancé … »).
    """
    for match in _scan(_LEVER_STRONG, target.masked):
        yield _lever_hit(target, match)
    for match in _scan(_LEVER_OTHER, target.masked):
        sentence = _sentence(target, match)
        outside = sentence.replace(target.masked[match.start() : match.end()], " ")
        if not _LEVER_CONTEXT.search(outside) or _PAST.search(sentence):
            continue
        if _LEVER_STRONG.search(sentence):
            continue  # already reported
        yield _lever_hit(target, match)


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
_COUNTING = phrases(
    rf"pour la (?:{_ORDINAL}) fois",
    rf"c'est (?:deja )?la (?:{_ORDINAL}) fois",
    rf"(?:ma|mon|cette|ce|cet) (?:{_ORDINAL}|nouvelle|nouveau|nouvel|derniere|dernier|ultime|enieme"
    r"|autre) (?:relance|rappel|message|courriel|mail|e-mail|email|appel|tentative)",
    r"(?:mes|nos) (?:deux|trois|quatre|cinq|\d{1,2}|nombreux|nombreuses|multiples|precedents|precedentes"
    r"|differents|differentes|plusieurs|derniers|dernieres) (?:messages|courriels|mails|e-mails|emails"
    r"|relances|appels|tentatives|rappels|demandes)",
    # « vous écrire à nouveau » after a first contact is neutral; « vous relancer à nouveau »,
    # « une fois de plus » count.
    rf"{_CONTACT}(?: {W}{{1,25}}){{0,4}} (?:encore une fois|une nouvelle fois|une fois de plus"
    r"|une fois encore|derechef)",
    rf"(?:encore une fois|une fois de plus|une nouvelle fois|une fois encore)"
    rf"(?: {W}{{1,25}}){{0,4}} {_CONTACT}",
    rf"{_INSIST}(?: {W}{{1,25}}){{0,3}} (?:a nouveau|de nouveau)",
    rf"(?:a nouveau|de nouveau)(?: {W}{{1,25}}){{0,2}} {_INSIST}",
    # « une dernière fois » announces an ultimatum as much as it counts.
    rf"{_CONTACT}(?: {W}{{1,25}}){{0,4}} une (?:derniere|ultime) fois",
    rf"une (?:derniere|ultime) fois(?: {W}{{1,25}}){{0,4}} {_CONTACT}",
    r"(?:plusieurs|deux|trois|quatre|cinq|\d{1,2}|maintes|nombreuses|multiples|a plusieurs|a maintes"
    r"|a de nombreuses) (?:fois|reprises|relances|messages|courriels|mails|appels|tentatives|rappels)",
)
_COMMITMENT_RECALL = phrases(
    "comme promis", "comme convenu", "ci-joint", "en piece jointe", "ci-dessous", "en annexe"
)
_CONTACT_RX = re.compile(rf"(?<![^\W_]){_CONTACT}(?![^\W_])")


def counting_reminders(target: Target) -> Iterator[Hit]:
    """Counting reminders: « pour la troisième fois », « ma deuxième relance », « de nouveau » (R16, R17).

    Fires when the draft counts its own reminders or says it writes again. Stays quiet on
    « pour la première fois », « la deuxième entrevue », « merci encore une fois pour votre
    accueil », and on sending the promised document (« comme promis, voici de nouveau … »).
    """
    for match in _scan(_COUNTING, target.masked):
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
        ) and not _CONTACT_RX.search(sentence):
            continue
        if ("nouveau" in word or "encore" in word) and _COMMITMENT_RECALL.search(sentence):
            continue
        yield Hit(
            f"« {_quote(target, match)} » compte vos relances ou souligne que vous écrivez "
            "encore : le recruteur y lit de l'insistance (R16, R17).",
            "Écrivez chaque relance comme un message complet, sans rappeler les précédents ; "
            "après deux relances, passez à autre chose (R17).",
            match.span(),
        )


# --- pushy.impatience -------------------------------------------------------------------


def impatience(target: Target) -> Iterator[Hit]:
    """Impatience: « ce délai me paraît long », « il serait temps », « enfin » (R16).

    Stays quiet on enthusiasm (« impatiente de contribuer au projet », « j'ai hâte de
    commencer ») and on stating facts (« cela fait deux semaines que nous nous sommes
    rencontrés » has no « déjà »).
    """
    for rule, match in data_matches("pushy.impatience", target):
        yield data_hit(rule, match, target)


# --- pushy.shouting ---------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_CAPS = re.compile(rf"(?<![^\W_])[{_UPPER}]{{2,40}}(?:['’\-][{_UPPER}]{{1,40}}){{0,4}}(?![^\W_])")
_PUNCT = re.compile(r"[!?](?:[\u00a0\u202f\u2009 ]?[!?]){1,50}")
_ACRONYMS = frozenset(
    [
        "RH",
        "DRH",
        "CV",
        "PME",
        "TPE",
        "ETI",
        "TI",
        "TIC",
        "CPA",
        "CMA",
        "CGA",
        "CFA",
        "ACCA",
        "MBA",
        "HEC",
        "ESSEC",
        "ESCP",
        "ERP",
        "CRM",
        "SQL",
        "API",
        "PDF",
        "KPI",
        "IA",
        "RSE",
        "QVT",
        "CDI",
        "CDD",
        "BTS",
        "DUT",
        "BUT",
        "DEC",
        "AEC",
        "DEP",
        "DES",
        "DESS",
        "BAC",
        "SNCF",
        "EDF",
        "RATP",
        "UQAM",
        "ETS",
        "CEGEP",
        "OQLF",
        "UDEM",
        "IFRS",
        "GAAP",
        "PMP",
        "ITIL",
        "SVP",
        "PS",
        "RE",
        "TR",
        "FW",
        "OK",
        "USA",
        "UE",
        "ONU",
        "CSST",
        "CNESST",
        "RAMQ",
        "SAAQ",
        "HTML",
        "CSS",
        "AWS",
        "GCP",
        "SAS",
        "SPSS",
        "VBA",
        "BI",
        "PMO",
        "PMI",
        "ISO",
        "QA",
        "UX",
        "UI",
        "IT",
        "HR",
        "TVA",
        "TPS",
        "TVQ",
        "MSC",
        "BSC",
        "PHD",
        "LLB",
        "CNAM",
        "INSEE",
        "URSSAF",
        "PDG",
        "CEO",
        "CFO",
        "CTO",
        "DG",
        "DAF",
        "DSI",
        "DRH",
        "RGPD",
        "GDPR",
        "SIRH",
        "PAIE",
        "BNP",
        "AXA",
        "IBM",
        "SAP",
        "SAGE",
        "OCDE",
        "FMI",
        "ONG",
        "OBNL",
        "CA",
        "SA",
        "SAS",
        "SARL",
        "SRL",
        "QC",
        "FR",
        "MTL",
        "NB",
        "PJ",
        "CC",
        "CCI",
        "GPS",
        "SMS",
        "VPN",
        "LAN",
        "PC",
        "MAC",
        "IOS",
        "TVQ",
        "MRC",
        "CISSS",
        "CIUSSS",
        "CHU",
        "CLSC",
        "SSII",
        "ESN",
    ]
)
_FRENCH_WORDS = STOPWORDS | frozenset(
    """
    urgent urgente urgence important importante attention vite tres non oui rien dois faut aide
    stop fin asap merci rappel relance reponse repondre reponses jamais toujours encore enfin
    svp maintenant immediatement rapidement absolument vraiment deja aujourd demain attends
    attendre attente patience delai delais retour nouvelles candidature poste entrevue
    entretien message messages courriel appel appels rappeler contact contacter besoin
    priorite prioritaire obligatoire imperatif derniere dernier final finale
    """.split()
)


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


_ROMAN = re.compile(r"^[IVXLC]+$")
_ACCENTED_ACRONYM = 5
"""Accented words in capitals up to this length may be acronyms (« CÉGEP »)."""


# Bounded, with a required separator: no nested repetition over a run of capitals.
_STANDARD_CODE = re.compile(r"[ \u00a0\-]?(?:[A-Z]{2,5}[ \u00a0\-]){0,3}\d")


def shouting(target: Target) -> Iterator[Hit]:
    """Shouting: words in capitals that are not acronyms (URGENT, TRÈS), « !!! », « ?? » (R16).

    Acronyms (SAP, RH, CV, PME…), short unknown capitals, Roman numerals, the context's own
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
        # An accented word in capitals is French (« TRÈS », « RÉPONSE »), unless it is as
        # short as an acronym (« ÉTS », « CÉGEP », « UQÀM »).
        accented = any(c in "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ" for c in plain) and len(plain) > _ACCENTED_ACRONYM
        if not accented and fold(plain) not in _FRENCH_WORDS and not _in_caps_run(text, start, end):
            continue  # an acronym or a product name: ISTQB, AFGSU, LISEZMOI, ÉTS
        if _is_name(text, start, end) or _STANDARD_CODE.match(text, end):
            continue  # a signature « Camille ROY », a standard « EN 9100 »
        yield Hit(
            f"« {word} » en majuscules se lit comme un cri ; écrivez en minuscules (R16).",
            f"Écrivez « {word.capitalize() if start == 0 else word.lower()} » : le ton courtois "
            "suffit à faire passer le message.",
            (start, end),
        )
    for count, match in enumerate(_PUNCT.finditer(text)):
        if count >= _SCAN_LIMIT:
            break
        yield Hit(
            f"« {match.group()} » : la ponctuation répétée marque l'impatience ou l'exaspération (R16).",
            "Un seul point d'exclamation ou d'interrogation suffit, et souvent un point.",
            match.span(),
        )


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


# --- pushy.repeated_calls ---------------------------------------------------------------

_SAME_DAY = (
    r"(?:aujourd'hui|ce matin|cet apres-midi|cet apres midi|ce midi|ce soir|dans la journee"
    r"|la meme journee|le meme jour|depuis ce matin|plus tot|tout a l'heure|dans l'heure"
    r"|cette journee|de la journee|il y a (?:une|deux|trois|quelques|\d{1,2}) (?:heures?|minutes)"
    r"|dans (?:une|deux|trois|quelques|\d{1,2}) (?:heures?|minutes)|dans une demi-heure"
    r"|d'ici (?:la fin de la journee|ce soir|midi|quelques heures|une heure)"
    r"|en fin de journee|toutes les (?:heures|\d{1,2} minutes)|plus tard (?:dans la journee|aujourd'hui))"
)
_CALLS = phrases(
    rf"(?:plusieurs|deux|trois|quatre|\d{{1,2}}|nombreux|maints|multiples|quelques|a plusieurs)"
    rf" (?:appels|messages(?: vocaux| telephoniques)?|fois|tentatives|reprises)(?: {W}{{1,25}}){{0,6}}"
    rf" {_SAME_DAY}",
    rf"{_SAME_DAY}(?: {W}{{1,25}}){{0,6}} (?:plusieurs|deux|trois|quatre|\d{{1,2}}|nombreux|maints"
    r"|multiples|a plusieurs) (?:appels|messages|fois|tentatives|reprises)",
    rf"(?:rappellerai|rappelerai|reessaierai|reessayerai|retenterai|recommencerai|rappelle|rappellerons"
    rf"|vais (?:vous )?(?:rappeler|reessayer|retenter|recommencer)|essaierai (?:de nouveau|a nouveau|encore)"
    rf"|tenterai (?:de nouveau|a nouveau|encore|ma chance))(?: {W}{{1,25}}){{0,3}} (?:{_SAME_DAY}|plus tard)",
    rf"(?:mon|ma|ce|cet) (?:deuxieme|troisieme|second|nouvel|nouveau|\d{{1,2}}e) (?:appel|message)"
    rf"(?: {W}{{1,25}}){{0,2}} {_SAME_DAY}",
    r"toutes les (?:heures|\d{1,2} minutes)",
)
_EARLIER_CALL = phrases(
    rf"(?:vous ai|ai|avons) (?:deja )?(?:appele|telephone|essaye de vous joindre|tente de vous joindre"
    rf"|laisse un message|laisse un premier message)e?(?: {W}{{1,25}}){{0,3}} {_SAME_DAY}",
)


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
    matches = list(_scan(_CALLS, target.masked))
    if target.kind in ("phone_script", "voicemail"):
        matches.extend(_scan(_EARLIER_CALL, target.masked))
    for match in sorted(matches, key=lambda m: m.span()):
        if _OFFER.search(_sentence(target, match)):
            continue  # « préférez-vous que je rappelle en fin de journée ? »
        yield Hit(
            f"« {_quote(target, match)} » annonce ou rappelle plusieurs appels le même jour ; "
            "un seul message vocal suffit (R21).",
            "Laissez un seul message : votre nom, l'objet de l'appel, votre numéro répété, "
            "puis remerciez ; n'annoncez pas de nouvel appel le jour même.",
            match.span(),
        )


PUSHY_CHECKS: tuple[Check, ...] = (
    Check("pushy.reproach", "error", reproach),
    Check("pushy.pressure", "error", pressure),
    Check("pushy.waiting_for_answer", "error", waiting_for_answer),
    Check("pushy.leverage", "error", leverage),
    Check("pushy.counting_reminders", "error", counting_reminders),
    Check("pushy.impatience", "error", impatience),
    Check("pushy.shouting", "error", shouting),
    Check("pushy.repeated_calls", "error", repeated_calls),
)
