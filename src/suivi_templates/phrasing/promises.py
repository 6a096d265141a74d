"""What a promise sends, and what it gives in words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from suivi_templates._memo import per_phrase
from suivi_templates.formatting import a, de, que
from suivi_templates.phrasing._nouns import _TOPIC_ACRONYMS, _gender, _is_plural
from suivi_templates.phrasing._words import (
    _DETERMINERS,
    _NUMBER_WORDS,
    _bare,
    _first,
    _with_article,
)
from suivi_templates.phrasing.typed import accented, unaccented
from suivi_templates.typography import MONTH_NUMBERS, MONTHS, WEEKDAYS

# How an item goes: « par texto », said after the verb or at the end of the promise.
_BY = r"(?:par|au)\s+(?:texto|sms|courriel|e-?mail|mail|la\s+poste|téléphone|tél\.?)"
_SENDING = re.compile(
    r"^(?:(?:lui|leur|vous)\s+)?(?:(?P<access>donner\s+accès)|(?P<texting>tex(?:to)?ter)|envoyer|"
    r"renvoyer|transmettre|faire\s+parvenir|faire\s+suivre|"
    r"partager|fournir|communiquer|remettre|adresser|soumettre|donner|montrer|expédier|acheminer|"
    # « lui passer les coordonnées de mon ancien patron » (read 160: « voici ce que je vous ai
    # promis : M. Jean-Paul Grondin… »).
    r"passer(?!\s+(?:un\s+(?:coup|appel|test|examen)|au\b|à\b|par\b|me\b|les?\s+(?:voir|test)))|"
    # « lui revenir avec mes disponibilités » (fresh41).
    r"revenir\s+avec|"
    r"faire\s+(?:voir|écouter|lire|découvrir))"
    rf"(?:\s+(?:(?P<channel>{_BY})|rapidement|bientôt))?\s+(?P<item>.+)$",
    re.IGNORECASE,
)
# « donner accès au script » sends « le script ».
_ACCESS = {"au ": "le ", "aux ": "les ", "à la ": "la ", "à l’": "l’", "à l'": "l'", "à ": ""}


@per_phrase
def promised_item(promise: str) -> str | None:
    """What a sending promise sends (« lui envoyer mon portfolio » → « mon portfolio »).

    None when the promise is another act (« suivre une formation »): it cannot be attached.

    >>> promised_item("lui transmettre mon analyse du recouvrement")
    'mon analyse du recouvrement'
    >>> promised_item("me renseigner sur la norme ISO 13485") is None
    True
    >>> promised_item("lui envoyer copie de mon habilitation électrique")
    'une copie de mon habilitation électrique'
    >>> promised_item("envoyer qqch pour mes cartes de compétence")
    'les documents relatifs à mes cartes de compétence'
    >>> promised_item("lui revenir avec mes disponibilités pour rencontrer l'équipe")
    "mes disponibilités pour rencontrer l'équipe"
    >>> promised_item("lui passer les coordonnées de mon ancien patron")
    'les coordonnées de mon ancien patron'
    >>> promised_item("lui passer un coup de fil lundi") is None
    True
    >>> promised_item("lui envoyer mon horaire d'examens à moi (je suis étudiant)")
    "mon horaire d'examens (je suis étudiant)"
    >>> promised_item("envoyer au délégué général mon titre de séjour + autorisation de travail")
    'mon titre de séjour + autorisation de travail'
    """
    match = _SENDING.match(promise.strip().rstrip("."))
    if match is None:
        return None
    # « envoyer au délégué général mon titre de séjour » : the recipient, written to, is no
    # part of the item (pair read 221: « je vous ferai parvenir au délégué général mon… »).
    item = _RECIPIENT_FIRST.sub("", match.group("item"))
    if match.group("access"):
        for contracted, article in _ACCESS.items():
            if item.startswith(contracted):
                item = article + item[len(contracted) :]
                break
    # « envoyer copie de mon habilitation », as a note says it: « une copie de… » (read 89:
    # « J'ai fait le nécessaire pour vous envoyer copie de mon habilitation »).
    item = _BARE_COPY.sub(lambda m: f"une {m.group(1).lower()} ", item)
    # « envoyer qqch pour mes cartes de compétence » (fresh41: « Je compte envoyer quelque
    # chose pour… »).
    vague = _SOMETHING_FOR.match(item)
    if vague is not None:
        item = "les documents relatifs " + a(item[vague.end() :])
    if _bare(_first(item)) not in _DETERMINERS and not item[:1].isdigit():
        return _copy_of_listed(item)
    # « mon horaire d'examens à moi », as one says it (read 236): « mon » says it already.
    if _bare(_first(item)) in {"mon", "ma", "mes"}:
        item = _TO_ME.sub("", item, count=1)
    return _as_a_copy(_CHANNEL.sub("", item))


_TO_ME = re.compile(r"(?<=[^\W\d_])\s+à\s+moi\b(?![-’'])")


_RECIPIENT_FIRST = re.compile(
    r"^(?:au|aux|à\s+la|à\s+l['’]\s*)\s*(?![\d])[^\s,+]+(?:\s+[^\s,+]+){0,3}?\s+"
    r"(?=(?:mon|ma|mes|notre|nos)\s)",
    re.IGNORECASE,
)
_SOMETHING_FOR = re.compile(
    r"^(?:quelque chose|qqch|qqc|un truc|des trucs|des choses)\s+"
    r"(?:pour|sur|concernant|au sujet d[eu]s?)\s+(?=(?:le|les|la|mon|ma|mes)\s|l['’])",
    re.IGNORECASE,
)
_BARE_COPY = re.compile(r"^((?:photo)?copie)\s+(?=d[e'’])", re.IGNORECASE)
# « scan permis + carte conducteur + FCO » : documents a note lists bare (read 117: « vous
# trouverez ci-joint le document promis »).
_LISTED = re.compile(
    # Members that neither hold nor end on a separator's spaces: one way to split a note
    # (« a  ,  a  ,  … + » backtracked for seconds).
    r"^(?P<copy>(?:scans?|copies?|photocopies?)\s+)?"
    r"(?P<items>[^+,\s](?:[^+,]*[^+,\s])?(?:\s*[+,]\s*[^+,\s](?:[^+,]*[^+,\s])?)+)$",
    re.IGNORECASE,
)
_MINE = {"le": "mon", "la": "ma", "les": "mes", "l'": "mon"}


def _copy_of_listed(item: str) -> str | None:
    """« scan permis + carte conducteur + FCO » → « une copie de mon permis, de ma carte… ».

    >>> _copy_of_listed("scan permis + carte conducteur + FCO")
    'une copie de mon permis, de ma carte conducteur et de ma FCO'
    >>> _copy_of_listed("photos chantiers, devis"), _copy_of_listed("permis + XYZ") is None
    ('mes photos chantiers et mon devis', True)
    """
    listed = _LISTED.match(item)
    if listed is None:
        return None
    found = [_mine(member.strip()) for member in re.split(r"\s*[+,]\s*", listed["items"])]
    owned = [member for member in found if member is not None]
    if len(owned) < len(found):
        return None
    if listed["copy"]:
        owned = [f"de {member}" for member in owned]
    *first, last = owned
    return ("une copie " if listed["copy"] else "") + f"{', '.join(first)} et {last}"


def _mine(noun: str) -> str | None:
    """« carte conducteur » → « ma carte conducteur »; None for an acronym of unknown gender."""
    head = noun.split()[0]
    if head.isupper() and len(head) > 1:
        article = _TOPIC_ACRONYMS.get(head)
    elif head[:1].islower():
        article = "les" if _is_plural(head) else _gender(head)
    else:
        article = None
    return None if article is None else f"{_MINE[article]} {noun}"


# « mon permis classe 3 scanné » : a note's word for a copy (read 78: « vous trouverez
# ci-joint mon permis classe 3 scanné »). « un scan de mon permis » is said so by many.
_SCANNED = re.compile(r"^(?P<item>.+?)\s+scanné(?:e|s|es)?$", re.IGNORECASE)


def _as_a_copy(item: str) -> str:
    """« mon permis scanné » → « une copie numérisée de mon permis ».

    >>> _as_a_copy("mon permis classe 3 scanné"), _as_a_copy("mon portfolio")
    ('une copie numérisée de mon permis classe 3', 'mon portfolio')
    """
    scanned = _SCANNED.match(item)
    return f"une copie numérisée de {scanned.group('item')}" if scanned else item


_COPY_OF = re.compile(
    r"^(?:une|la)\s+(?P<kind>(?:photo)?copie(?:\s+numérisée)?|photo|version\s+\w+)\s+d[e'’]\s*"
    r"|^un\s+(?P<scan>scan)\s+d[e'’]\s*",
    re.IGNORECASE,
)


def item_itself(item: str) -> str:
    """What one receives, not the copy one sends: « une copie de mon permis » → « mon permis ».

    « Je n'ai pas encore reçu une copie de mon permis de l'OEQ » (fresh48): one awaits the
    permit, and sends a copy of it.

    >>> item_itself("une copie de mon permis de l'OEQ"), item_itself("la copie de mon diplôme")
    ("mon permis de l'OEQ", 'mon diplôme')
    >>> item_itself("une photo de ma carte CCQ"), item_itself("mon contrat")
    ('ma carte CCQ', 'mon contrat')

    The copy of two items is of each (fresh52: « reçu mon permis de conduire et de mon
    relevé de points »):

    >>> item_itself("une copie de mon permis de conduire et de mon relevé de points")
    'mon permis de conduire et mon relevé de points'

    The one promised is a known one: « Je n'ai pas encore reçu une lettre de recommandation »
    (pair read 289) is « la lettre de recommandation ».

    >>> item_itself("une lettre de recommandation"), item_itself("des photos de mes chantiers")
    ('la lettre de recommandation', 'les photos de mes chantiers')
    >>> item_itself("une attestation de stage")
    'l’attestation de stage'
    """
    itself = _COPY_OF.sub("", item)
    if itself == item:
        # The one promised, as a piece sent is named; a number (« deux photos ») stays.
        return as_sent(item) if item.partition(" ")[0] in ("un", "une", "des") else item
    return _SECOND_COPY.sub(r"\g<and>", itself)


# « …et de mon relevé » : the « de » of « une copie de… », repeated.
_SECOND_COPY = re.compile(
    r"(?P<and>\bet\s)d[e'’]\s*(?=(?:mon|ma|mes|son|sa|ses|l['’]|la|le|les)\b)"
)


def copy_sent(item: str) -> str | None:
    """What one will send of an awaited item: « une photo », « une copie », or None.

    >>> copy_sent("une photo de ma carte CCQ"), copy_sent("la copie de mon DE")
    ('une photo', 'une copie')
    >>> copy_sent("mon contrat") is None
    True
    """
    found = _COPY_OF.match(item)
    if found is None:
        return None
    return "une photo" if (found["kind"] or "").casefold() == "photo" else "une copie"


# « une copie de mon permis par texto » : how it goes is not what it is (« je vous envoie
# par courriel… une copie de mon permis de conduire par texto », read 70).
_CHANNEL = re.compile(rf"\s+(?P<channel>{_BY})$", re.IGNORECASE)


# « pas de mail, il préfère le téléphone » : the person met reads no e-mail (read 244: a call
# and a voicemail asked a mayor for his e-mail address).
_NO_EMAIL = re.compile(
    r"\bpas\s+(?:de\s+|d['’]\s*)(?:e-?)?(?:mails?|courriels?)\b"
    r"|\bn['’]\s*(?:a|utilise|lit)\s+pas\s+(?:de\s+|d['’]\s*|ses\s+|les\s+)?(?:e-?)?(?:mails?|courriels?)\b",
    re.IGNORECASE,
)


def reads_no_email(notes: Iterable[str]) -> bool:
    """Whether the notes say the person met does not use e-mail.

    >>> reads_no_email(["pas de mail, il préfère le téléphone"]), reads_no_email(["mail ok"])
    (True, False)
    """
    return any(_NO_EMAIL.search(note) for note in notes)


def promised_channel(promise: str) -> str | None:
    """How a promise said it would send its item (« par texto »), or None.

    >>> promised_item("lui envoyer une copie de mon permis par texto")
    'une copie de mon permis'
    >>> promised_channel("lui envoyer une copie de mon permis par texto")
    'par texto'
    >>> promised_channel("lui envoyer par texto le nom de mon ancien patron")
    'par texto'
    >>> promised_item("lui texter une photo de ma carte"), promised_channel("lui texter ma carte")
    ('une photo de ma carte', 'par texto')
    """
    promise = promise.strip().rstrip(".")
    found = _SENDING.match(promise)
    if found is not None and found.group("channel"):
        return found.group("channel")
    if found is not None and found.group("texting"):
        return "par texto"  # « lui texter mes dispos » (fresh49)
    at_the_end = _CHANNEL.search(promise)
    return at_the_end.group("channel") if at_the_end else None


@per_phrase
def channel_besides_email(promise: str) -> str | None:
    """How a promise said its item goes (« par texto »), unless by e-mail, the default way.

    >>> channel_besides_email("lui envoyer par texto le nom de mon ancien patron")
    'par texto'
    >>> channel_besides_email("lui transmettre mon portfolio par courriel") is None
    True
    >>> channel_besides_email("lui confirmer mes dispos par téléphone") is None
    True
    """
    channel = promised_channel(promise)
    return None if channel is None or _EMAIL_OR_CALL.search(channel) else channel


# E-mail is the default way; a call is the call that keeps the promise.
_EMAIL_OR_CALL = re.compile(r"courriel|mail|tél", re.IGNORECASE)


@per_phrase
def without_channel(item: str) -> str:
    """What a promise gives, without how it goes.

    « voici mes disponibilités par téléphone » gave the channel as the item (read 96).

    >>> without_channel("mes disponibilités du mercredi par téléphone")
    'mes disponibilités du mercredi'
    """
    return _CHANNEL.sub("", item)


# « lui dire si je peux venir », « leur faire savoir quand… » : a promise to answer. « lui
# confirmer ma date d'inscription » gives a fact, which the thank-you says it gave.
# « la rappeler lundi pour dire si je prends le poste du matin » tells too (read 144: « voici ce
# que je vous ai promis : je préfère le poste du matin »).
_TO = r"^(?:(?:l[ea]|les|vous)\s+rappeler(?:\s+\w+){0,2}\s+pour\s+)?(?:(?:lui|leur|vous)\s+)?"
# « lui redire mes dispos » (fresh46) asks what « lui dire » does.
_TELL = r"dire|redire|confirmer|reconfirmer|faire\s+savoir|indiquer|préciser"
# « lui faire savoir demain si… » (fresh31): the moment between the verb and its question.
_WHEN = r"(?:\s+(?:demain|bientôt|rapidement|cette\s+semaine|d['’]ici\s+\w+))?"
# « confirmer mes dates pour une visite du service en janvier » (read 224): an answer owed.
_OWN_DATES = r"(?:mes\s+dates|ma\s+(?:présence|venue))"
_TELLING = re.compile(
    rf"{_TO}(?:(?:{_TELL}){_WHEN}\s+(?:si|s['’]|quand)|répondre|donner\s+(?:ma|une)\s+réponse"
    rf"|revenir\s+(?:vers|avec)|confirmer\s+{_OWN_DATES})\b",
    re.IGNORECASE,
)
# What the recruiter asked, in the promise to tell it: « savoir | si je peux venir le 6 »,
# « connaître | mes disponibilités pour le montage ».
# « revenir vers lui avec mes prétentions salariales » (fresh32) gives what was asked too.
_BACK_WITH = r"revenir\s+vers\s+(?:lui|elle|eux|elles|vous)\s+avec"
_ASKED = re.compile(
    rf"{_TO}(?:{_TELL}|donner|communiquer|{_BACK_WITH}){_WHEN}\s+"
    r"(?:(?P<clause>(?:si|s['’]|quand|où|combien|comment|quel(?:le)?s?)\b.+)"
    r"|(?P<noun>(?:mes|ma|mon|la|le|les)\s.+))$",
    re.IGNORECASE,
)


def answers(promise: str) -> bool:
    """Whether a promise was to give an answer, which said without it tells nothing.

    « Je vous ai confirmé ma date de disponibilité » « n'a aucun sens pour la destinataire »
    (read 171): once given, such an answer is recalled with what it said, or not at all.

    >>> answers("lui confirmer ma date de disponibilité"), answers("lui envoyer mon CV")
    (True, False)
    >>> answers("vous préciser mes horaires")
    True
    >>> answers("confirmer mes dates pour une visite du service en janvier")
    True
    """
    return _ANSWERING.match(promise.strip()) is not None


_ANSWERING = re.compile(
    r"(?:vous|lui|leur)\s+(?:confirmer|préciser|indiquer|dire|donner|communiquer|faire savoir)\b"
    # A reminder in January said nothing of the dates owed (read 224).
    rf"|(?:confirmer|préciser|indiquer)\s+{_OWN_DATES}\b",
    re.IGNORECASE,
)


def tells(promise: str) -> bool:
    """Whether a promise was to tell something, which once done leaves nothing to send.

    « J'ai fait le nécessaire pour vous dire si je peux venir » read as the promise copied out
    (read 70).

    >>> tells("lui dire si je peux venir à la guignolée"), tells("lui envoyer mon CV")
    (True, False)
    >>> tells("lui faire savoir demain si je peux faire les nuits du 24 et du 31")
    True
    >>> tells("lui confirmer ma date d’inscription à l’examen")
    False
    >>> tells("la rappeler lundi pour dire si je prends le poste du matin ou de l'après-midi")
    True
    >>> tells("confirmer mes dates pour une visite du service en janvier")
    True
    """
    return _TELLING.match(promise.strip()) is not None


@per_phrase
def asked(promise: str) -> str | None:
    """What the person met wished to know, from a promise to tell it, or None.

    « voici ma réponse : je peux venir le 8 » did not recall the question (read 77).

    >>> asked("lui dire si je peux venir à la journée d'observation le 8 ou le 10")
    "savoir si je peux venir à la journée d'observation le 8 ou le 10"
    >>> asked("lui dire mes disponibilités pour la semaine de montage")
    'connaître mes disponibilités pour la semaine de montage'
    >>> asked("lui envoyer mon CV") is None, asked("lui dire mes dispos")
    (True, 'connaître mes disponibilités')
    >>> asked("lui dire la date où je peux arriver")
    'connaître la date où je peux arriver'
    >>> asked("revenir vers lui avec mes prétentions salariales")
    'connaître mes prétentions salariales'
    >>> asked("lui dire quel samedi je peux venir faire l'essai")  # read 121
    "savoir quel samedi je peux venir faire l'essai"
    >>> asked("lui redire mes dispos pour un 2e entretien sur site")  # read 129
    'connaître mes disponibilités pour un 2e entretien sur site'
    """
    found = _ASKED.match(promise.strip().rstrip("."))
    if found is None:
        return None
    if found.group("clause"):
        return f"savoir {found.group('clause')}"
    noun = re.sub(r"\bdispos\b", "disponibilités", found.group("noun"))
    noun = re.sub(r"\bdispo\b", "disponibilité", noun)
    return f"connaître {noun}"


# After « Vous m'aviez demandé », the question's verb moves into the past: the imperfect
# (« si je pouvais venir », « quand j'étais libre »), the conditional for what « quand »
# asks of the future (« quand je pourrais faire l'essai »), as reported speech writes it
# (read 84, fresh19).
_IMPERFECT = {
    "peux": "pouvais", "suis": "étais", "ai": "avais", "sais": "savais", "veux": "voulais",
    "connais": "connaissais", "parle": "parlais", "travaille": "travaillais",
    "maîtrise": "maîtrisais", "dispose": "disposais", "accepte": "acceptais",
    "serai": "serais", "pourrai": "pourrais", "aurai": "aurais",
}  # fmt: skip
_CONDITIONAL = {"peux": "pourrais", "pourrai": "pourrais", "serai": "serais", "aurai": "aurais"}
_REPORTED = re.compile(
    r"^(?P<lead>si|s['’]|quand|où|combien|comment|quel(?:le)?s?)\b(?P<middle>.{0,40}?)\b"
    r"(?P<subject>je |j['’])(?P<verb>\w+)\b"
)


def reported(question: str) -> str:
    """A question asked, as « Vous m'aviez demandé… » reports it.

    >>> reported("si je peux venir le 8"), reported("quand je peux faire l'essai")
    ('si je pouvais venir le 8', "quand je pourrais faire l'essai")
    >>> reported("si je suis disponible la semaine du 14"), reported("si j'ai mon permis")
    ('si j’étais disponible la semaine du 14', 'si j’avais mon permis')
    >>> reported("quand je suis libre pour la visite")
    'quand j’étais libre pour la visite'
    >>> reported("si je pourrais venir"), reported("combien de semaines je donne")
    ('si je pourrais venir', 'combien de semaines je donne')
    >>> reported("quel samedi je peux venir faire l'essai")
    "quel samedi je pourrais venir faire l'essai"
    """
    found = _REPORTED.match(question)
    if found is None:
        return question
    verb = _IMPERFECT.get(found["verb"])
    if found["lead"] == "quand" or found["lead"].startswith("quel"):
        verb = _CONDITIONAL.get(found["verb"], verb)
    if verb is None:
        return question
    subject = "j’" if verb[0] in "aeéiou" else "je "
    return question[: found.start("subject")] + subject + verb + question[found.end("verb") :]


def restates(question: str, answer: str) -> bool:
    """Whether an answer says the question over again, which then goes unsaid.

    « Vous souhaitiez savoir si je peux commencer la formation le 23 novembre : je peux
    commencer la formation le 23 novembre » (read 78).

    >>> restates("savoir si je peux commencer la formation le 23 novembre",
    ...          "je peux commencer la formation le 23 novembre, la garderie est réglée")
    True
    >>> restates("savoir quand je suis libre pour la visite", "mardi après 14 h")
    False

    An answer that opens as a yes-or-no question does, with its verb, says it over again too
    (read 80: « …si je peux commencer le 1er mai ou le 15 : je peux commencer le 1er mai »).

    >>> restates("savoir si je peux commencer le 1er mai ou le 15 mai",
    ...          "je peux commencer le 1er mai, ma session finit le 28 avril")
    True
    >>> restates("dire si je peux monter au camp le 30 novembre",
    ...          "oui, je monte au camp le 30 novembre en après-midi")
    True
    >>> restates("savoir si le logement sur place me convient", "le mobil-home partagé me convient")
    True
    >>> restates("savoir si je peux commencer le 4", "je commence plutôt le 11")
    False
    >>> restates("dire si je peux faire les ouvertures du 26 et du 27 décembre",
    ...          "je peux faire le 26 mais pas le 27")
    False
    >>> restates("dire si je peux travailler le 24 et le 31",
    ...          "je peux travailler le 24, mais pas le 31")
    True
    >>> restates("savoir si je pouvais faire les fins de semaine d'août",
    ...          "oui, toutes les fins de semaine d'août")
    False
    """
    clause = re.sub(r"^\w+\s+(?:si\s+|s['’](?=il)|quand\s+)?", "", question.strip()).casefold()
    said = without_yes(answer).casefold()
    opening = " ".join(clause.split()[:3])
    yes_or_no = re.match(r"^\w+\s+(?:si\s|s['’]il)", question.strip()) is not None
    if not clause or _leaves_out_what_was_asked(clause, said):
        return False
    if clause in said or (yes_or_no and said.startswith(opening)):
        return True
    # « si je peux monter au camp le 30 novembre : oui, je monte au camp le 30 novembre »
    # says it over again in other tenses (read 94): every word of the clause but « pouvoir ».
    asked = {w[:4] for w in re.findall(r"[^\W\d_]{4,}", clause) if w[:4] not in _CAN}
    answered = {w[:4] for w in re.findall(r"[^\W\d_]{4,}", said)}
    # « si le logement sur place me convient : le mobil-home partagé me convient » ends on
    # the question's own verb (pair read 149).
    same_end = (ending := _PRONOUN_VERB_END.search(clause)) is not None and said.endswith(
        ending.group(0)
    )
    return yes_or_no and ((len(asked) >= 2 and asked <= answered) or (bool(asked) and same_end))


def _leaves_out_what_was_asked(clause: str, said: str) -> bool:
    """Whether a partial answer leaves out the noun the question asked about.

    « si je peux faire les ouvertures du 26 et du 27 : je peux faire le 26 mais pas le 27 »
    does not say what (read 332: « je vous confirme que je peux faire le 26 mais pas le
    27 », the openings unsaid); « si je peux travailler le 24 et le 31 : je peux travailler
    le 24, mais pas le 31 » does, and is confirmed (read 80).
    """
    if not _PART_OF_IT.search(said):
        return False
    asked = {w for w in re.findall(r"[^\W\d_]{4,}", clause) if w not in MONTH_NUMBERS}
    return not asked <= set(re.findall(r"[^\W\d_]{4,}", said))


_PART_OF_IT = re.compile(r"\b(?:mais\s+pas|sauf|seulement|uniquement)\b")


def short_answer(question: str, answer: str) -> str:
    """A verbless answer that repeats the question's words, said as a yes.

    « si je peux travailler le mercredi et le jeudi : mercredi et jeudi toute la journée »
    read as the note pasted (read 165).

    >>> short_answer("si je peux travailler le mercredi et le jeudi",
    ...              "mercredi et jeudi toute la journée")
    'oui, toute la journée'
    >>> short_answer("si je peux travailler le mercredi", "mercredi matin seulement")
    'mercredi matin seulement'
    >>> short_answer("si je peux travailler le mercredi et le jeudi", "pas le jeudi")
    'pas le jeudi'
    """
    asked = {w.casefold() for w in re.findall(r"[^\W\d_]+", question)}
    words = answer.split()
    taken = 0
    while taken < len(words) and (
        words[taken].casefold().strip(",") in asked or words[taken].casefold() in _LINKS
    ):
        taken += 1
    repeated = [w for w in words[:taken] if w.casefold() not in _LINKS]
    rest = " ".join(words[taken:]).lstrip(", ")
    negative = re.search(r"\b(?:pas|non|sauf|mais|seulement|uniquement)\b", answer, re.I)
    yes_or_no = re.search(r"\bsi\b|\bs['’]il", question) is not None
    said_whole = re.search(r"\b(?:je\b|j['’])", answer, re.I) is not None
    if not yes_or_no or len(repeated) < 2 or negative or said_whole:
        return answer
    return f"oui, {rest}" if rest else "oui"


_LINKS = frozenset("et le la les l ou".split())


def restates_item(item: str, answer: str) -> bool:
    """Whether an answer names again the item asked for, in a sentence of its own.

    « la date de mon inscription au tableau : mon inscription au tableau sera effective le
    15 décembre » said it twice (fresh52); the answer is then confirmed as it stands.

    >>> restates_item("la date de mon inscription au tableau de l'OOAQ",
    ...               "mon inscription au tableau de l'OOAQ sera effective le 15 décembre")
    True
    >>> restates_item("mes disponibilités pour la formation d'accueil de décembre",
    ...               "je suis disponible le 7 et le 8 décembre")
    False

    Contact details name the person without a verb: they are given, not confirmed.

    >>> restates_item("le nom de mon ancien chef d'atelier",
    ...               "M. Bruno Tessier, ancien chef d'atelier chez Roto-Loire, 06 39 98 27 71")
    False
    """
    named = {w for w in re.findall(r"[^\W\d_]{4,}", item.casefold()) if w not in _WHEN_WORDS}
    said = answer.casefold()
    return (
        len(named) >= 2
        and named <= set(re.findall(r"[^\W\d_]{4,}", said))
        and _FINITE_VERB.search(said) is not None
    )


# A sentence, not a name or a list: « …sera effective le 15 décembre ».
_FINITE_VERB = re.compile(
    r"\b(?:est|sont|sera|seront|serait|a|ont|aura|auront|ai|suis|serai|peux|pourrai|commence"
    r"|commencera|débute|débutera)\b"
)


# What asks for the moment of an item, not the item: « la date de mon inscription ».
_WHEN_WORDS = frozenset({"date", "dates", "jour", "heure", "moment"})


# A clause that ends on its verb after a pronoun: « …me convient », « …leur va ».
_PRONOUN_VERB_END = re.compile(r"\b(?:me|te|nous|vous|lui|leur)\s+[^\W\d_]{2,}$")

# « pouvoir », whose tense the answer changes, and « pour ».
_CAN = frozenset({"peux", "peut", "pouv", "pour"})
_YES = re.compile(r"^\s*oui\b[\s,.!:;]*", re.IGNORECASE)


def without_yes(answer: str) -> str:
    """The answer without the « oui, » that opens it: the sentence says it is a yes.

    >>> without_yes("oui, je monte au camp le 30 novembre"), without_yes("ouiii")
    ('je monte au camp le 30 novembre', 'ouiii')
    """
    return _YES.sub("", answer, count=1) or answer


_DAY = f"(?:{WEEKDAYS})"
_MONTH = f"(?:{MONTHS})"
_MOMENT = (
    rf"(?:(?:le\s+|ce\s+)?{_DAY}(?:\s+\d{{1,2}}(?:er)?(?:\s+{_MONTH})?)?(?:\s+(?:prochain|matin|soir|midi))?"
    rf"|(?:le\s+)?\d{{1,2}}(?:er)?(?:\s+{_MONTH}|/\d{{1,2}})?"
    r"|demain(?:\s+(?:matin|soir|midi))?|ce\s+soir|la\s+semaine\s+prochaine"
    r"|(?:la\s+)?fin\s+(?:de\s+)?(?:la\s+|cette\s+)?semaine)"
)
_ON_RECEIPT = (
    r"(?:quand|lorsque|dès\s+que|une\s+fois\s+que)\s+(?:(?:je|j['’])\s*(?:la\s+|le\s+|les\s+|l['’])?"
    r"(?:reçois|recois|recevrai|aurai|ai|obtiens|obtiendrai|ai\s+reçu)\b[^,;.]{0,30}"
    # « dès que le CFA me la renvoie » (read 139).
    r"|[^,;.\s][^,;.]{0,30}?\s+me\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?"
    r"(?:renvoie|renvoient|envoie|envoient|donne|donnent|remet|remettent|rend|rendent)\b)"
)
_AWAITED_BY_ITS_WORDS = re.compile(rf"(?<![\s,])(?:\s*,)?\s+{_ON_RECEIPT}\s*$", re.IGNORECASE)
# « d'ici vendredi », « avant le 4 décembre », « demain » at the end of a promise.
# Tried only where a run of spaces starts (``(?<![\s,])``): from every space of a long run,
# the engine read the rest of it each time (400 spaces: 11 ms; 30 000: a minute).
_DEADLINE = re.compile(
    rf"(?<![\s,])(?:\s*,)?\s+(?:(?:d['’]ici|avant|au\s+plus\s+tard|dès)\s+{_MOMENT}"
    r"|demain|cette\s+semaine|la\s+semaine\s+prochaine|dans\s+les\s+prochains\s+jours"
    # « quand je la reçois »: the wait, which the day in ``due`` says (pair read 105: « quand
    # je la reçois d'ici le samedi 28 novembre »).
    # Not a question the promise answers: « lui dire quand je suis libre ».
    rf"|{_ON_RECEIPT})"
    r"\s*$",
    re.IGNORECASE,
)


def until_found(promise: str) -> str | None:
    """The search the promised item waits on, which says when it will come.

    >>> until_found("lui envoyer mon attestation dès que je la retrouve")
    'dès que je l’aurai retrouvée'
    >>> until_found("lui envoyer une copie de ma carte de cariste quand je la retrouve")
    'dès que je l’aurai retrouvée'
    >>> print(until_found("lui envoyer mon horaire de cours quand l'Université le publie"))
    dès que l'Université l’aura publié
    >>> print(until_found("lui envoyer mon certificat dès que le CIFQ me l'envoie"))
    None
    >>> print(until_found("lui envoyer mon attestation"))
    None
    """
    item = promised_item(promise) or ""
    found = _UNTIL_FOUND.search(item)
    if found:
        return _FOUND_AGAIN.sub(_found_by_then, found.group().strip(" ,"))
    return _until_made(item)


# « quand je la retrouve » : once found, in the future perfect, as a letter says it (read 236:
# « Je vous ferai parvenir une copie de ma carte de cariste quand je la retrouve »).
_FOUND_AGAIN = re.compile(r"^(?:quand|lorsque|dès que) je (la|le|les) (re)?trouve$")


def _found_by_then(found: re.Match[str]) -> str:
    ending = {"la": "e", "le": "", "les": "s"}[found[1]]
    pronoun = "les " if found[1] == "les" else "l’"
    return f"dès que je {pronoun}aurai {found[2] or ''}trouvé{ending}"


# « mon horaire de cours quand l'Université le publie » : someone else makes the item (pair
# read 221: « ci-joint mon horaire… quand l'Université le publie »); said in the future
# perfect, « dès que l'Université l'aura publié ».
_UNTIL_MADE = re.compile(
    r"(?<![\s,]),?\s+(?:quand|lorsque|dès\s+que|dès\s+qu['’]|une\s+fois\s+que)\s+"
    r"(?!(?:je|j['’]|on|nous|ils?\s+me|elles?\s+me)\b)(?P<subject>[^\s,;.][^,;.]{0,40}?)\s+"
    r"(?P<object>l['’]\s*|le\s+|la\s+|les\s+)(?P<verb>[a-zà-ÿ]{3,}e)(?P<many>nt)?\s*$",
    re.IGNORECASE,
)


def _until_made(item: str) -> str | None:
    """« dès que l'Université l'aura publié » for an item another makes, else None."""
    found = _UNTIL_MADE.search(item)
    # « dès que le CIFQ me l'envoie » is received: ``said_on_receipt`` says it.
    if found is None or re.search(r"\b(?:me|nous|te)$", found["subject"], re.IGNORECASE):
        return None
    obj = found["object"].strip().casefold()
    agreement = {"la": "e", "les": "s"}.get(obj, "")
    pronoun = "les " if obj == "les" else "l’"
    have = "auront" if found["many"] else "aura"
    verb = found["verb"]
    stem = verb[:-2] + "y" if verb.endswith(("oie", "uie", "aie")) else verb[:-1]
    return f"dès {que(found['subject'])} {pronoun}{have} {stem}é{agreement}"


# One's own work, which one finishes rather than receives (read 222: « je vous ferai parvenir
# mon analyse du dossier… dès réception », the notes waiting on a deed for it).
_OWN_WORK = frozenset(
    "analyse rapport étude plan proposition synthèse maquette devis programme mémoire bilan"
    " texte article présentation tableau grille budget diagnostic".split()
)


def when_finished(promise: str) -> str | None:
    """« dès qu'elle sera terminée » for one's own piece of work, else None.

    >>> when_finished("leur transmettre mon analyse du dossier de l'église Saint-Albert")
    'dès qu’elle sera terminée'
    >>> when_finished("lui envoyer mes plans de coupe"), when_finished("lui envoyer mon CV")
    ('dès qu’ils seront terminés', None)
    """
    words = (promised_item(promise) or "").split()
    if len(words) < 2 or words[0].lower() not in {"mon", "ma", "mes", "notre", "nos"}:
        return None
    plural = words[0].lower() in {"mes", "nos"}
    head = words[1].lower().removesuffix("s") if plural else words[1].lower()
    if head not in _OWN_WORK:
        return None
    feminine = _gender(head) == "la"
    pronoun = ("elles" if feminine else "ils") if plural else ("elle" if feminine else "il")
    verb = "seront" if plural else "sera"
    ending = ("e" if feminine else "") + ("s" if plural else "")
    return f"dès qu’{pronoun} {verb} terminé{ending}"


def without_search(item: str) -> str:
    """The item without the search it waits on, which is no part of what is awaited.

    Read 162: « Je n'ai pas encore reçu mon attestation… dès que je la retrouve ».

    >>> without_search("mon attestation dès que je la retrouve")
    'mon attestation'
    """
    return _UNTIL_MADE.sub("", _UNTIL_FOUND.sub("", item))


_UNTIL_FOUND = re.compile(
    r",?\s+(?:dès que|quand|lorsque) je (?:la |le |les |l['’]\s*)?(?:re)?trouve(?:rai)?\b.*$"
)


def without_deadline(promise: str) -> str:
    """The promise without the day it was due by, which a kept promise no longer needs.

    « je vous ai transmis le test d'ici vendredi » is wrong once sent, and « d'ici vendredi
    d'ici le vendredi 4 décembre » doubled the day the context records (read 98).

    >>> without_deadline("lui renvoyer le test de correction d'ici vendredi")
    'lui renvoyer le test de correction'
    >>> without_deadline("envoyer mon diplôme avant le 4 décembre")
    'envoyer mon diplôme'
    >>> without_deadline("lui écrire demain")
    'lui écrire'
    >>> without_deadline("lui envoyer le planning du vendredi")
    'lui envoyer le planning du vendredi'
    >>> without_deadline("lui envoyer une copie de ma carte RCR quand je la recois")
    'lui envoyer une copie de ma carte RCR'
    >>> without_deadline("lui envoyer l'attestation de mon DU quand je l'ai")
    "lui envoyer l'attestation de mon DU"
    >>> without_deadline("lui dire quand je suis libre pour la visite")
    'lui dire quand je suis libre pour la visite'

    A day typed bare at the end is when it was due (read 121: « je vous ferai parvenir le
    portfolio lundi d'ici le 29 juin », « je vous ai transmis le portfolio lundi »):

    >>> without_deadline("envoyer le portfolio lundi"), without_deadline("passer jeudi matin")
    ('envoyer le portfolio', 'passer')
    >>> without_deadline("lui envoyer les horaires du samedi")
    'lui envoyer les horaires du samedi'
    """
    return _DUE_WEEKDAY.sub("", _DEADLINE.sub("", promise))


_DUE_WEEKDAY = re.compile(
    r"(?<!\bdu)(?<!\ble)(?<!\bce)(?<!\bchaque)(?<!\s)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche)(?:\s+(?:prochain|matin|soir|midi|après-midi))?\s*$",
    re.IGNORECASE,
)


# A kept promise said in the past tense, by its own verb: « vous apporter ma carte » → « je
# vous ai apporté ma carte ». Verbs with « avoir » whose participle never agrees before
# its object.
_PARTICIPLES = {
    "apporter": "apporté",
    "confirmer": "confirmé",
    "remettre": "remis",
    "montrer": "montré",
    "transmettre": "transmis",
    "envoyer": "envoyé",
    "renvoyer": "renvoyé",
    "faire parvenir": "fait parvenir",
    "communiquer": "communiqué",
    "indiquer": "indiqué",
    "préciser": "précisé",
    "présenter": "présenté",
    "fournir": "fourni",
    "donner": "donné",
}
_KEPT_VERB = re.compile(
    rf"^vous\s+(?P<verb>{'|'.join(sorted(_PARTICIPLES, key=len, reverse=True))})\s+(?P<rest>\S.*)$"
)


@per_phrase
def kept_in_past(promise: str, gender: str = "m") -> str | None:
    """A kept promise to the person met, in the past tense (« je vous ai apporté… »), or None.

    « J'ai fait le nécessaire pour vous apporter mon dossier de conduite » read as the
    promise copied out (pair read 111). ``promise`` is addressed to them already. A verb of
    going takes « être », agreed with the candidate's ``gender``.

    >>> kept_in_past("vous apporter mon dossier de conduite de la SAAQ")
    'je vous ai apporté mon dossier de conduite de la SAAQ'
    >>> kept_in_past("vous confirmer mes dates de disponibilité")
    'je vous ai confirmé mes dates de disponibilité'
    >>> kept_in_past("m'inscrire à la formation SST") is None
    True
    >>> kept_in_past("passer porter mon CV en personne au magasin", "f")  # read 121
    'je suis passée porter mon CV en personne au magasin'
    """
    found = _KEPT_VERB.match(promise.strip())
    if found is not None:
        return f"je vous ai {_PARTICIPLES[found.group('verb')]} {found.group('rest')}"
    went = _WENT.match(promise.strip())
    if went is None:
        return None
    ending = {"f": "e", "n": "·e"}.get(gender, "")
    return f"je suis {_GOING[went.group('verb').lower()]}{ending} {went.group('rest')}"


# « passer porter mon CV » : a verb of going before what was done there, with « être ».
_GOING = {"passer": "passé", "repasser": "repassé", "aller": "allé", "venir": "venu"}
_WENT = re.compile(r"^(?P<verb>repasser|passer|aller|venir)\s+(?P<rest>[^\W\d_]+er\b.*)$", re.I)


# Where a promise's own clause starts: « vous dire | si je peux commencer le 23 ».
# « que » opens the clause a promise announces after a verb of saying (« vous confirmer que
# … »); after a noun it is a relative (« le collier d'attelage que j'ai fait pour mon CAP »,
# pair read 215: « …le collier d'attelage dans les prochains jours que j'ai fait… »).
_CLAUSE_START = re.compile(
    r"\s(?=(?:si|s['’]il|s['’]ils|quand|où|comment)\b)"
    # « …une de mes assiettes pour que vous vérifiiez la compatibilité du verre d'ici le 12 »
    # put the day in the purpose (read 374).
    r"|\s(?=(?:pour|afin)\s+qu|afin\s+d)"
    r"|\b(?:dire|confirmer|préciser|indiquer|annoncer|écrire|savoir|répondre|expliquer|montrer"
    r"|assurer)(?P<space>\s)(?=qu)"
)


_OWN_MOMENT = re.compile(
    # « lors du 2e entretien » (read 339: « …lors du 2e entretien dans les prochains jours »).
    r"\b(?:à|au|lors d[eu]|pour) (?:(?:la|le|notre|votre) )?(?:prochaine?|second|seconde|2e"
    r"|deuxième) "
    r"(?:visite|rencontre|entrevue|entretien|rendez-vous|fois)\b|\bla prochaine fois\b"
    # « lui apporter une copie de mon permis lundi » (pair read 221: « …lundi dans les
    # prochains jours »).
    rf"|\b(?:{WEEKDAYS})(?:\s+(?:prochain|matin|midi|soir|après-midi))?\s*$"
    r"|\b(?:demain|après-demain|cette\s+semaine|la\s+semaine\s+prochaine)\s*$",
    re.IGNORECASE,
)


def timed(promise: str, when: str) -> str:
    """The promise with its moment after the verb, before the clause it announces.

    « vous dire si je peux commencer le 23 dans les prochains jours » read as a start in
    the coming days (fresh13).

    >>> timed("vous dire si je peux commencer le 23", "dans les prochains jours")
    'vous dire dans les prochains jours si je peux commencer le 23'
    >>> timed("vérifier mes disponibilités", "d’ici le 4 décembre")
    'vérifier mes disponibilités d’ici le 4 décembre'
    >>> timed("vous apporter le collier que j'ai fait pour mon CAP", "dans les prochains jours")
    "vous apporter le collier que j'ai fait pour mon CAP dans les prochains jours"
    >>> timed("vous confirmer que je suis libre", "d’ici vendredi")
    'vous confirmer d’ici vendredi que je suis libre'
    >>> timed("vous apporter une assiette pour que vous vérifiiez le verre", "d’ici le 12 décembre")
    'vous apporter une assiette d’ici le 12 décembre pour que vous vérifiiez le verre'

    A promise that says its own moment keeps it alone (read 166: « …mon book à la prochaine
    visite dans les prochains jours »):

    >>> timed("vous apporter mon book de pièces à la prochaine visite", "dans les prochains jours")
    'vous apporter mon book de pièces à la prochaine visite'
    >>> timed("vous apporter une copie de mon permis de travail lundi", "dans les prochains jours")
    'vous apporter une copie de mon permis de travail lundi'
    >>> timed("lui apporter mon book de couture lors du 2e entretien", "dans les prochains jours")
    'lui apporter mon book de couture lors du 2e entretien'
    """
    if _OWN_MOMENT.search(promise):
        return promise
    found = _CLAUSE_START.search(promise)
    if found is None:
        return f"{promise} {when}"
    start = found.start("space") if found["space"] else found.start()
    return f"{promise[:start]} {when}{promise[start:]}"


# « le nom de mon ancien responsable » is written out too, never « ci-joint » (fresh9).
# « le nom et le numéro de ma superviseure » (read 161: « ci-joint le nom et le numéro »).
_CONTACT_DETAILS = re.compile(
    r"(?:les|des|ses|mes) coordonnées|le contact|le numéro"
    r"|les? noms?(?: et (?:le|les) numéros?)? de",
    re.IGNORECASE,
)


def attachable(promise: str) -> bool:
    """Whether a promise sends something a message can carry (contact details go in words).

    >>> attachable("lui envoyer mon portfolio"), attachable("lui envoyer les coordonnées de X")
    (True, False)
    """
    item = promised_item(promise)
    return item is not None and not _CONTACT_DETAILS.match(item)


def gives_contact_details(promise: str) -> bool:
    """Whether a promise gives contact details, which only the person can write out.

    >>> gives_contact_details("lui transmettre les coordonnées de ma directrice")
    True
    >>> gives_contact_details("lui envoyer mon portfolio")
    False
    >>> gives_contact_details("lui donner le nom de mon ancien responsable")
    True
    >>> gives_contact_details("lui envoyer le nom et le numéro de ma superviseure")
    True
    """
    item = promised_item(promise)
    return item is not None and _CONTACT_DETAILS.match(item) is not None


# Where a promised item says who or what it is: « mon ancien contremaître chez Forage
# Boréal ». The details often say it again (« Réal Paquin, contremaître chez Forage
# Boréal »), and the letter then said it twice (read 88, two drafts).
# « mes dispos pour les fins de semaine de décembre : toutes les fins de semaine de
# décembre, sauf… » said them twice (read 135).
_PLACE_OF_ITEM = re.compile(r"\s+(?:chez|à|au|aux|de la|du|des|en|pour)\s+")


_NAMED_THEN_ROLE = re.compile(
    r"\s+de\s+(?:(?:Maître|Me|M\.|Mme|Madame|Monsieur|Dre?\.?|Docteure?)\s+)?"
    r"(?:[A-ZÉÈ][\w-]+\s+)?(?P<surname>[A-ZÉÈ][\w-]+), (?=(?:mon|ma|mes) )"
)


_NAMED_THEN_BARE_ROLE = re.compile(
    r"\s+(?:de|du)\s+(?:(?:Maître|Me|M\.|Mme|Madame|Monsieur|Dre?\.?|Docteure?)\s+)?"
    r"(?:[A-ZÉÈ][\w-]+\s+)?(?P<surname>[A-ZÉÈ][\w-]+),\s+(?P<role>[a-zéè][^,]+)$"
)


def _of_role(role: str) -> str:
    """« du régisseur de la tournée », « de la directrice », « de mon ancien chef »."""
    if _bare(_first(role)) in _DETERMINERS:
        return de(role)
    return de(_with_article(_gender(role.split()[0].casefold()), role))


@per_phrase
def said_once(item: str, details: str | None) -> str:
    """``item`` without the place its ``details`` say again.

    >>> said_once("le nom de mon ancien contremaitre chez Forage Boréal",
    ...           "Réal Paquin, contremaître chez Forage Boréal, 819 555-0128")
    'le nom de mon ancien contremaitre'
    >>> said_once("le nom de ma cheffe à la clinique", "Mme Roy, 819 555-0100")
    'le nom de ma cheffe à la clinique'
    >>> said_once("les coordonnées de Maître Perrin, mon ancien employeur",
    ...           "Maître Olivier Perrin, avocat au barreau de Lyon, 04 72 55 08 90")
    'les coordonnées de mon ancien employeur'
    >>> said_once("mes dispos pour les fins de semaine de décembre",
    ...           "toutes les fins de semaine de décembre, sauf le samedi 26")
    'mes dispos'
    >>> said_once("mes dispos en décembre (partiels)", "pas du 14 au 18 à cause des partiels")
    'mes dispos en décembre'
    >>> said_once("les coordonnées de Dominique Lavoie, régisseur de la tournée",
    ...           "Dominique Lavoie, régisseur général, Cirque Éloize, 514 555-0119")
    'les coordonnées du régisseur de la tournée'
    >>> said_once("le nom de ma maîtresse de stage à l'atelier Pochoirs & Cie",
    ...           "Mme Odile Ferracci, atelier Pochoirs & Cie, 04 91 55 02 10")
    'le nom de ma maîtresse de stage'
    >>> said_once("les coordonnées du président de l'ASA de mon ancien employeur",
    ...           "M. Henri Bouchet, président de l'ASA de Mallemort, 04 90 55 01 23")
    'les coordonnées du président'
    >>> said_once("les coordonnées de Mme Roy", "Mme Julie Roy, 819 555-0100")
    'les coordonnées de Mme Roy'
    """
    if not details:
        return item
    # « mes dispos en décembre (partiels) : …pas du 14 au 18 à cause des partiels » (read 154):
    # a note to oneself that the details say.
    aside = _ASIDE.search(item)
    if aside is not None and all(
        w in unaccented(details.casefold())
        for w in _LETTERS.findall(unaccented(aside[1].casefold()))
    ):
        item = (item[: aside.start()] + item[aside.end() :]).strip()
    named = _NAMED_THEN_ROLE.search(item)
    if named is not None and named.group("surname") in details:
        # « les coordonnées de Maître Perrin, mon ancien employeur : Maître Olivier Perrin… »
        # named him twice (read 117).
        item = item[: named.start()] + " de " + item[named.end("surname") + 2 :]
    # « les coordonnées de Dominique Lavoie, régisseur de la tournée : Dominique Lavoie,
    # régisseur général… » (pair reads 229 and 230): the role names the contact, the details
    # the person.
    role = _NAMED_THEN_BARE_ROLE.search(item)
    if role is not None and role.group("surname") in details.split(",")[0]:
        item = f"{item[: role.start()]} {_of_role(role.group('role'))}"
    given = unaccented(details.casefold())
    for place in _PLACE_OF_ITEM.finditer(item):
        # A place longer than the details cannot be in them: each place is read at most once.
        if len(item) - place.end() <= len(given) and (
            unaccented(item[place.end() :].casefold()) in given
        ):
            return item[: place.start()]
    # « le nom de ma maîtresse de stage à l'atelier Pochoirs & Cie : Mme Odile Ferracci,
    # atelier Pochoirs & Cie » (read 379): a name the details give again ends the item.
    for place in _PLACE_OR_BODY_OF_ITEM.finditer(item):
        head, tail = item[: place.start()], item[place.end() :]
        name = _NAME_IN_TAIL.match(tail)
        if (
            name is not None
            and len(head.split()) >= 4
            and re.search(rf"(?<![\w-]){re.escape(name[1])}(?![\w-])", details)
        ):
            return head
    return item


# « à l'atelier Pochoirs », « de l'ASA de Mallemort », « chez Résinov »: where a name starts.
_PLACE_OR_BODY_OF_ITEM = re.compile(r"\s+(?:chez|à|au|aux|de la|du|des|de l['’]|d['’]|de)\s*")
# The name within the first two words after it: « l'atelier Pochoirs », « ASA ».
_NAME_IN_TAIL = re.compile(r"(?:[a-zà-ÿ][\w’'-]*\s+)?([A-ZÀ-Ý][\w&’'-]+)")


_ASIDE = re.compile(r"\s*\(([^()]{1,60})\)")
_NUMBER_MARK = re.compile(r"^(?:n[o°º]\.?|numéro|num\.?|#)\s*", re.IGNORECASE)


def number_alone(details: str, item: str) -> str:
    """The number ``details`` give without the words ``item`` already says before it.

    « voici mon numéro RPPS : RPPS 10101234567 » named RPPS twice (read 116).

    >>> number_alone("RPPS 10101234567", "mon numéro RPPS")
    '10101234567'
    >>> number_alone("certificat AMF no 234567", "mon numéro de certificat AMF")
    '234567'
    >>> number_alone("membre de l'OTSTCFQ no 26-04417", "mon numéro de membre de l'Ordre")
    "membre de l'OTSTCFQ no 26-04417"
    >>> number_alone("n° Congés Spectacles 1234567", "mon numéro Congés Spectacles")
    '1234567'
    >>> number_alone("RPPS : je vous l'envoie", "mon numéro RPPS")
    "RPPS : je vous l'envoie"
    """
    named = {word.casefold() for word in re.split(r"[\s'’]+", item) if word}
    words = details.split()
    known = 0
    # « n° Congés Spectacles 1234567 » for « mon numéro Congés Spectacles » (read 235).
    while known < len(words) and (
        words[known].casefold().strip(",.:") in named or _NUMBER_MARK.fullmatch(words[known])
    ):
        known += 1
    rest = _NUMBER_MARK.sub("", " ".join(words[known:]))
    return rest if known and rest[:1].isdigit() else details


def role_alone(details: str, item: str) -> str:
    """The contact ``details`` give, without the role ``item`` already names.

    « le contact de ma chargée de programmes : Mme Sophie Kessler, chargée de programmes,
    ARTE France » named her role twice (read 212).

    >>> role_alone("Mme Sophie Kessler, chargée de programmes, ARTE France, s.k@arte.example",
    ...            "le contact de ma chargée de programmes")
    'Mme Sophie Kessler, ARTE France, s.k@arte.example'
    >>> role_alone("Roger Chiasson, contremaître, 819 555-0121", "le nom de mon contremaître")
    'Roger Chiasson, 819 555-0121'
    >>> role_alone("Chloé, ARTE", "le contact d'ARTE")
    'Chloé, ARTE'
    >>> role_alone("Lucie Benhamou, cheffe de chantier, 04 65 71 20 33",
    ...            "les coordonnées de Lucie Benhamou")
    'cheffe de chantier, 04 65 71 20 33'
    """
    parts = details.split(", ")
    said = item.casefold()
    # « les coordonnées de Lucie Benhamou : Lucie Benhamou, cheffe de chantier… » (read 239).
    named = len(parts) > 1 and parts[0][:1].isupper() and f" {parts[0].casefold()}" in said
    kept = [
        part
        for index, part in enumerate(parts)
        if (index == 0 and not named)
        or (index > 0 and not (_ROLE_WORDS.fullmatch(part) and part.casefold() in said))
    ]
    return ", ".join(kept)


# A role, in lowercase words: « chargée de programmes », « contremaître ».
_ROLE_WORDS = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’ -]{3,}")


# « voici mes disponibilités : disponible du mardi au samedi » said it twice (read 148).
_AVAILABLE_LEAD = re.compile(
    r"^(?:je\s+(?:suis|serai|serais)\s+|j['’]\s*étais\s+)?(?:disponibles?|libres?)\s+(?=\S)",
    re.IGNORECASE,
)


# What the days start with once « disponible » is gone: « du mardi… », « tous les samedis ».
_DAYS_START = re.compile(
    r"(?:du|des|dès|à|au|le|les|la|tous|toutes|tout|toute|[0-9]|lundi|mardi|mercredi|jeudi"
    r"|vendredi"
    r"|samedi|dimanche|en|sauf|n['’]importe|partir)\b",
    re.IGNORECASE,
)


def availability_alone(details: str, item: str) -> str:
    """The days ``details`` give, without « disponible » when ``item`` says it already.

    >>> availability_alone("disponible du mardi au samedi", "mes disponibilités")
    'du mardi au samedi'
    >>> availability_alone("je suis disponible au 1er février 2027", "ma date de disponibilité")
    'le 1er février 2027'
    >>> availability_alone("Libre tous les samedis sauf le 19", "mes disponibilités pour Noël")
    'tous les samedis sauf le 19'
    >>> availability_alone("je suis disponible tout le mois de janvier", "mes disponibilités")
    'tout le mois de janvier'
    >>> availability_alone("je suis disponible, mais pas le 24", "mes disponibilités")
    'je suis disponible, mais pas le 24'
    >>> availability_alone("disponible du 4 au 8", "mon numéro de permis")
    'disponible du 4 au 8'
    """
    if "disponibilit" not in item.casefold():
        return details
    days = _AVAILABLE_LEAD.sub("", details, count=1)
    if days == details or not _DAYS_START.match(days):
        return details
    return re.sub(r"^au\s+(?=\d)", "le ", days, flags=re.IGNORECASE)


# « voici la date de mon examen : l'examen est le 23 janvier 2027 » (pair read 149), « la date
# de fin de mon contrat : mon contrat se termine le 20 décembre »: the date said twice.
_DATE_LEAD = re.compile(
    r"^(?:(?:mon|ma|mes|l['’]|le|la)\s*[^,:;.]{0,60}?\s+(?:est|sera|aura\s+lieu|se\s+termine"
    # « ma soutenance est fixée au 15 janvier 2027 » (read 180).
    r"|finit|commence|débute|prend\s+fin)(?:\s+(?:fixée?s?|prévue?s?))?"
    r"|je\s+(?:peux|pourrai|pourrais)\s+(?:commencer|arriver|débuter))"
    r"\s+(?=(?:le|au|dès\s+le|à\s+partir\s+du)\s+\d)",
    re.IGNORECASE,
)


def date_alone(details: str, item: str) -> str:
    """The date ``details`` give, without the words before it, when ``item`` is a date.

    >>> date_alone("l'examen est le 23 janvier 2027", "la date de mon examen d'admission")
    'le 23 janvier 2027'
    >>> date_alone("je peux commencer le 1er mars", "la date où je peux arriver")
    'le 1er mars'
    >>> date_alone("mon contrat se termine le 20 décembre", "la date de fin de mon contrat")
    'le 20 décembre'
    >>> date_alone("ma soutenance est fixée au 15 janvier 2027", "la date de ma soutenance")
    'le 15 janvier 2027'
    >>> date_alone("le 9 décembre, à confirmer", "la date de mon examen")
    'le 9 décembre, à confirmer'
    >>> date_alone("l'examen est le 23 janvier", "mon relevé de notes")
    "l'examen est le 23 janvier"
    """
    if "date" not in item.casefold():
        return details
    return re.sub(r"^au\s+(?=\d)", "le ", _DATE_LEAD.sub("", details, count=1), flags=re.I)


def given_in_words(details: str) -> str:
    """What a promise gives in words, ready to end a sentence, with its final stop.

    No stop after an address or a link, which the stop would seem to continue.

    >>> given_in_words("Mme Julie Roy, professeure à l’UQAM, 819 555-0100")
    'Mme Julie Roy, professeure à l’UQAM, 819 555-0100.'
    >>> given_in_words("Julie Roy, julie.roy@exemple.ca")
    'Julie Roy, julie.roy@exemple.ca'
    """
    text = details.strip()
    last = text.split()[-1] if text else ""
    if not text or text[-1] in ".!?…" or "@" in last or "://" in last:
        return text
    return text + "."


# Small words an acronym skips: « certificat de qualification professionnelle » is « CQP ».
_SKIPPED_IN_ACRONYMS = frozenset("de du des d la le les l en et à au aux pour".split())
_ACRONYM_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,6}\b")


def abbreviates(short: str, long: str) -> bool:
    """Whether an acronym of ``short`` stands for words that follow each other in ``long``.

    A highlight « mon CQP agent de sûreté » and a promise to send « mon certificat de
    qualification professionnelle » name one document (reads 43 to 47 read two).

    >>> abbreviates("mon CQP agent de sûreté", "lui envoyer mon certificat de qualification "
    ...             "professionnelle")
    True
    >>> abbreviates("mon CACES R489", "lui envoyer mon certificat de qualification")
    False
    """
    words = [w for w in re.findall(r"\w+", long.casefold()) if w not in _SKIPPED_IN_ACRONYMS]
    initials = ["".join(w[0] for w in words[i:]) for i in range(len(words))]
    return any(
        start.startswith(acronym.casefold())
        for acronym in _ACRONYM_WORD.findall(short)
        for start in initials
    )


def names_item_of(highlight: str, promise: str) -> bool:
    """Whether a highlight names the document a promise sends: its first two words are there.

    « Vous trouverez ci-joint mon relevé de notes du DEC… Mon DEC… m'a préparé à ces
    fonctions » named the diploma twice (fresh52, two thank-yous).

    >>> names_item_of("mon DEC en techniques du milieu naturel (profil faune)",
    ...               "leur faire parvenir mon relevé de notes du DEC en techniques du milieu")
    True
    >>> names_item_of("le BAFA", "lui envoyer une copie de mon PSC1 et de mon BAFA")
    True
    >>> names_item_of("mon DEC en soins infirmiers", "lui envoyer mon relevé du DEC en design")
    False
    """
    head = re.findall(r"[^\W_]{3,}", re.sub(r"\([^()]*\)", "", highlight).casefold())
    head = [w for w in head if w not in _OWNERS][:2]
    return bool(head) and set(head) <= set(re.findall(r"[^\W_]{3,}", promise.casefold()))


_OWNERS = frozenset({"mon", "mes", "les", "des", "une"})


def news_of_item(news: str, item: str) -> bool:
    """Whether ``news`` only says the promised ``item`` came: it names the item's head noun.

    A news that goes on to what the item changes says more than the item (read 148: « J’ai
    réussi le 1er décembre l’épreuve pratique du permis B : je pourrai donc venir par mes
    propres moyens » was left out of every later message):

    >>> news_of_item("J’ai réussi l’épreuve du permis B : je pourrai venir à 4 h 30.",
    ...              "une copie de mon permis B")
    False

    « J’ai reçu ma vérification d’antécédents » retells « ma vérification des antécédents »
    (read 18). A shared word is not enough: a course finished since (« la formation Soins de
    plaies complexes de l’OIIQ ») is news, not « mon relevé de formation continue OIIQ »
    (read 121: the reminder kept quiet about it).

    >>> news_of_item("J’ai reçu ma vérification d’antécédents.", "ma vérification des antécédents")
    True
    >>> news_of_item("J’ai terminé la formation Soins de plaies de l’OIIQ.",
    ...              "mon relevé de formation continue OIIQ")
    False
    >>> news_of_item("J’ai reçu mon permis C le 3 mai.", "une copie de mon permis C")
    True
    >>> news_of_item("J’ai mis en ligne la v2, avec 85 % de couverture de tests.",
    ...              "le test technique corrigé")
    False
    >>> news_of_item("J'ai réussi l'examen du CCA, le certificat arrivera d'ici trois semaines.",
    ...              "une copie de mon CCA")
    False
    """
    clause = _first_clause(news)
    # « J'ai réussi l'examen du CCA, le certificat arrivera d'ici trois semaines » : the exam
    # passed is news, the item still to come (read 373: the only news left unsaid).
    return (
        clause == news.rstrip(" .!")
        and names_item(clause, item)
        and _AWAITED.search(clause) is None
    )


def what_item_changes(news: str, item: str) -> str | None:
    """What ``news`` says the promised ``item`` changes, when it first says the item came.

    Beside « je t’envoie aujourd’hui ma carte ASP construction », « j’ai reçu ma carte ASP
    construction » said the item twice (read 331); what it changes is the news.

    >>> what_item_changes("J'ai reçu le 2 décembre ma carte ASP construction : je peux donc "
    ...                   "aller sur les chantiers dès janvier.", "ma carte ASP construction")
    'Je peux aller sur les chantiers dès janvier.'
    >>> print(what_item_changes("J’ai reçu ma vérification d’antécédents.",
    ...                         "ma vérification des antécédents"))
    None
    >>> print(what_item_changes("J’ai terminé la formation Soins de plaies : je pose des PICC.",
    ...                         "mon relevé de formation continue OIIQ"))
    None
    >>> print(what_item_changes("J’ai réussi l’épreuve du permis B : je pourrai venir seule.",
    ...                         "une copie de mon permis B"))
    None
    >>> print(what_item_changes("J’ai récupéré le fichier de mon mémoire : je peux enfin vous "
    ...                         "l’envoyer.", "le fichier de mon mémoire"))
    None
    >>> print(what_item_changes("J’ai reçu la confirmation que mon permis sera délivré d’ici "
    ...                         "la mi-décembre : je pourrai commencer.", "mon permis"))
    None
    """
    clause = _first_clause(news)
    changes = _WHAT_IT_CHANGES.match(news[len(clause) :])
    # Received, not earned: « J’ai réussi l’épreuve du permis B : je pourrai… » is news of
    # its own (read 148).
    if (
        changes is None
        or not _RECEIVED.search(clause)
        or not arrival_of(clause, item)
        # « je peux enfin vous l’envoyer » needs the item it stands for (fresh107).
        or _ITEM_PRONOUN.search(changes["said"])
    ):
        return None
    # « Depuis notre entrevue, je peux donc… » : the « donc » went with the item.
    said = _SO.sub("", changes["said"], count=1)
    return said[:1].upper() + said[1:]


# After a colon or a dash, a clause of its own: « : je peux donc… », not « , ce qui me… ».
_WHAT_IT_CHANGES = re.compile(
    r"\s*[:;–—]\s*(?P<said>(?:je|j['’]|cela|ça|c['’]est|il|elle|on|nous)\b.+)$",
    re.IGNORECASE | re.DOTALL,
)
_ITEM_PRONOUN = re.compile(r"\b(?:vous|te|lui|je)\s+(?:l['’]|le\s|la\s|les\s)", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(?:reçue?s?|récupérée?s?|arrivée?s?)\b", re.IGNORECASE)
_SO = re.compile(r"\s+(?:donc|ainsi)\b")


def _first_clause(news: str) -> str:
    """The news up to its first colon, semicolon or dash: what happened, not what it changes."""
    return _CLAUSE_END.split(news, maxsplit=1)[0].rstrip(" .!")


_CLAUSE_END = re.compile(r"\s*[:;–—]\s*|\s+-\s+|,?\s+(?:donc|ce\s+qui)\s+")


def arrival_of(news: str, item: str) -> bool:
    """Whether ``news`` says the awaited ``item`` is now in hand.

    >>> arrival_of("J’ai réussi le 1er décembre l’épreuve pratique du permis B : je pourrai "
    ...            "donc venir par mes propres moyens.", "une copie de mon permis B")
    True
    >>> arrival_of("J’ai passé le 27 novembre mon examen médical : mon dossier sera complet "
    ...            "dès que Transports Canada aura émis le certificat.",
    ...            "mon certificat médical de catégorie 2")
    False
    >>> arrival_of("Je n’ai toujours pas reçu mon permis B.", "une copie de mon permis B")
    False

    Nor when the news goes on to say the item itself is still awaited (read 164: « …j'attends
    le brevet par la poste », then « vous trouverez ci-joint une copie de mon brevet »):

    >>> arrival_of("J'ai réussi le 1er décembre l'examen pour le brevet de capitaine; "
    ...            "j'attends le brevet par la poste.", "une copie de mon brevet Capitaine 60")
    False
    >>> arrival_of("J'ai réussi l'examen pratique du permis C : je pourrai donc conduire le "
    ...            "camion dès réception du titre.", "une copie de mon permis C")
    False
    >>> arrival_of("J'ai reçu le 2 décembre la confirmation que mon permis de l'Ordre sera "
    ...            "délivré d'ici la mi-décembre.", "une copie de mon permis de l'Ordre")
    False
    >>> arrival_of("J'ai reçu le 2 décembre mon permis de l'Ordre.", "mon permis de l'Ordre")
    True
    >>> arrival_of("J'ai réussi le 2 décembre l'examen du CCA, le certificat arrivera d'ici "
    ...            "trois semaines.", "une copie de mon CCA")
    False
    >>> arrival_of("Le duplicata de mon diplôme est arrivé le 4 décembre.",
    ...            "une copie de mon diplôme d'ingénieur")
    True
    >>> arrival_of("J'ai réussi le 3 décembre l'examen théorique du permis côtier ; il ne me "
    ...            "reste que l'épreuve pratique.", "une copie de mon permis côtier")  # read 280
    False
    >>> arrival_of("J'ai appris le 1er décembre que j'ai obtenu mon diplôme d'État ; il ne me "
    ...            "manque que l'attestation officielle.", "une copie de mon diplôme")
    False
    >>> arrival_of("J'ai réussi l'examen du certificat en extermination : dès que je reçois "
    ...            "la carte, je pourrai faire les traitements seul.",
    ...            "une copie de mon certificat en extermination")
    False
    """
    clause, *rest = _CLAUSE_END.split(news)
    clause = clause.rstrip(" .!")
    head = _item_words(item)[:1]
    still_awaited = any(
        (
            (_AWAITED.search(later) or _STILL_TO_RECEIVE.search(later))
            and (set(head) & set(_LETTERS.findall(later.casefold())) or _PAPER.search(later))
        )
        or _STILL_TO_PASS.search(later)
        for later in rest
    )
    # « Le duplicata de mon diplôme est arrivé » : the copy asked for is the item promised
    # (read 259: a call said it awaited, then that it came).
    duplicate = _DUPLICATE_CAME.search(clause)
    if duplicate is not None and duplicate["head"].casefold() in head:
        return not still_awaited
    return (
        _ARRIVED.search(clause) is not None
        and _AWAITED.search(clause) is None
        and names_item(clause, item)
        and not still_awaited
    )


def not_ready(notes: list[str], item: str) -> bool:
    """Whether the ``notes`` say one's own ``item`` is not finished yet, though a file is noted.

    « faut que je finisse l'inventaire de mes outils, y est pas prêt » beside an attached list
    of tools (read 344: « Comme promis, tu trouveras ci-joint ma liste de matériel perso »).

    >>> not_ready(["faut que je finisse l'inventaire de mes outils, y est pas prêt"],
    ...           "ma liste de matériel perso (coffre à outils, fers à souder)")
    True
    >>> not_ready(["le portfolio est prêt"], "mon portfolio")
    False
    >>> not_ready(["le lien de l'enregistrement marche pas encore, le fichier est en cours de "
    ...            "mixage"], "lui envoyer l'enregistrement du concerto RV 425")
    True
    """
    words = {w for w in _LETTERS.findall(item.casefold()) if len(w) >= 5}
    return any(
        _NOT_READY.search(sentence) and words & set(_LETTERS.findall(sentence.casefold()))
        for note in notes
        for sentence in re.split(r"[.;!?\n]+", note)
    )


_NOT_READY = re.compile(
    r"\bpas\s+(?:encore\s+)?(?:prête?s?|finie?s?|terminée?s?)\b"
    # « le lien de l'enregistrement marche pas encore, le fichier est en cours de mixage »
    # (read 381: the link sent with the thank-you, a week before the day promised).
    r"|\b(?:marche|fonctionne)\s+pas\s+encore\b|\ben\s+cours\s+de\s+(?:mixage|montage|"
    r"finition|correction|traduction|rédaction|numérisation|traitement)\b"
    r"|\bfaut\s+(?:que\s+je|qu['’]je)\s+(?:finisse|termine|nettoie|prépare|refasse)\b",
    re.IGNORECASE,
)


def made_moot(news: str, item: str) -> bool:
    """Whether ``news`` makes a promise to send ``item`` pointless: the dates of what came.

    « J'ai obtenu… ma certification AICI », then « Je n'ai pas encore reçu les dates de ma
    certification AICI » (read 344): once it is obtained, the dates it was awaited by are moot.

    >>> made_moot("J'ai obtenu le 3 décembre ma certification AICI : je pourrai animer seule.",
    ...           "les dates de ma certification AICI")
    True
    >>> made_moot("J'ai obtenu ma certification AICI.", "une copie de ma certification AICI")
    False
    """
    dated = _DATES_OF.fullmatch(item.strip())
    return dated is not None and arrival_of(news, dated[1])


_DATES_OF = re.compile(r"(?:les?|la)\s+dates?\s+(?:de|du|des|d['’])\s*(.+)", re.IGNORECASE)
# « …l'examen du certificat : dès que je reçois la carte, je pourrai… » (read 170: a call
# sent the certificate « aujourd'hui même »): the exam passed, the paper still to come.
# « …dès réception du titre » says it too (read 183).
_STILL_TO_RECEIVE = re.compile(rf"{_ON_RECEIPT}|\bd[èe]s\s+r[ée]ception\b", re.IGNORECASE)
_PAPER = re.compile(
    # « …dès réception du titre » (read 183: a permit sent « aujourd'hui même »).
    r"\b(?:carte|dipl[ôo]me|brevet|attestation|certificat|permis|licence|relevé|papier|titre)s?\b",
    re.IGNORECASE,
)
# « …; il ne me reste que l'épreuve pratique » : a test still to pass, so no permit yet
# (read 280: « tu trouveras ci-joint une copie de mon permis côtier » right after it).
# « …; il ne me manque que l'attestation officielle » : the paper still to come (read 320: a
# copy of the diploma « ci-joint » right after it).
_STILL_TO_PASS = re.compile(
    r"\b(?:ne\s+)?me\s+(?:reste|manque)\b"
    r"|\breste\s+(?:à\s+passer|à\s+réussir|l['’]\s*(?:épreuve|examen))",
    re.IGNORECASE,
)
# « J’ai reçu / obtenu / réussi / eu… », « mon permis m’a été délivré », « est arrivé ».
_DUPLICATE_CAME = re.compile(
    r"\bduplicata\s+de\s+(?:mon|ma|mes)\s+(?P<head>\w+)[^.;!?]{0,80}?\b(?:est|a\s+été)\s+"
    r"(?:arrivée?|reçue?|livrée?)\b",
    re.IGNORECASE,
)
_ARRIVED = re.compile(
    r"\b(?:re[çc]u|obtenu|r[ée]ussi|eu|d[ée]croch[ée]|d[ée]livr[ée]e?s?|arriv[ée]e?s?)\b",
    re.IGNORECASE,
)


def names_item(news: str, item: str) -> bool:
    """Whether ``news`` names the ``item``'s head noun, and another of its words if it has any.

    >>> names_item("J’ai passé l’examen médical : le certificat suivra.", "mon certificat médical")
    True
    >>> names_item("J'ai reçu mon diplôme du BMA", "mon attestation de réussite du BMA")
    True
    >>> names_item("J'ai reçu mon diplôme du BMA", "mon attestation de stage")
    False
    >>> names_item("J'ai reçu mon attestation de réussite au CAP : le diplôme suivra.",
    ...            "mon CAP art et techniques de la bijouterie-joaillerie")
    True
    """
    words = _item_words(item)
    if not words:
        return False
    said = set(_LETTERS.findall(news.casefold()))
    # « J'ai reçu mon diplôme du BMA » is the « attestation de réussite du BMA » promised
    # (read 212: « pas encore reçu mon attestation… », then « j'ai reçu mon diplôme… »).
    acronyms = set(_ACRONYM.findall(item))
    if (
        words[0] in _PROOFS
        and said & _PROOFS
        and acronyms
        and acronyms <= set(_ACRONYM.findall(news))
    ):
        return True
    # « J'ai reçu mon attestation de réussite au CAP : … le diplôme d'ici trois semaines » names
    # « mon CAP art et techniques de la bijouterie-joaillerie » (read 379: « Je n'ai pas encore
    # reçu mon CAP… » after it).
    if words[0].upper() in acronyms & set(_ACRONYM.findall(news)) and said & _PROOFS:
        return True
    head, others = words[0], {w for w in words[1:] if len(w) >= _CONTENT and w not in _LEADING}
    # The head, and one more of the item's words when it has some (« l’attestation ENIC-NARIC
    # de mon diplôme »): « de tests » is not « le test technique corrigé ».
    return head in said and (not others or bool(others & said))


def _item_words(item: str) -> list[str]:
    """The item's words from its head noun on: « une copie de mon permis B » → permis, b."""
    words = _LETTERS.findall(item.casefold())
    while words and (words[0] in _LEADING or (len(words) > 1 and words[0] in _CONTAINERS)):
        words = words[1:]
    return words


_CONTENT = 4
_ACRONYM = re.compile(r"\b[A-ZÉ][A-ZÉ0-9]+\b")
# The papers that prove a diploma or a licence, one for the other.
_PROOFS = frozenset("attestation diplôme certificat relevé brevet carte titre".split())
_LETTERS = re.compile(r"[^\W\d_]+")
_LEADING = frozenset("mon ma mes le la les l un une des du de d ce cette ces votre vos".split())
# « une copie de mon permis » is the permit: the copy is how it travels.
_CONTAINERS = frozenset("copie copies scan scans photo photos exemplaire version lien".split())


# What the notes say was left out of a message sent: « Oublié de joindre le carnet au mail de
# merci », « j'ai pas encore envoyé le repo », « Je n'ai toujours pas envoyé les
# coordonnées ». Not what the interview left unsaid: « J'ai oublié de dire que… ».
_LEFT_OUT = re.compile(
    r"\boubli\w*(?!\w)(?!\s+(?:de\s+|d['’]\s*)(?:dire|mentionner|parler|préciser|preciser|demander"
    r"|signaler|expliquer|répondre|repondre|poser|vous\s+dire|lui\s+dire))"
    r"|\b(?:pas|jamais)\s+(?:encore\s+|toujours\s+)?(?:envoy|donn|transmis|joint|mis\b|ajout)"
    r"|\btoujours\s+pas\s+(?:envoy|donn|transmis|joint|mis\b|ajout)",
    re.IGNORECASE,
)
_NOTE_SENTENCE = re.compile(r"[^.!?;\n]+")


def left_out(
    notes: list[str], promise: str, given: str | None = None, *, forgotten: bool = False
) -> bool:
    """Whether the ``notes`` say the promised item was left out of what was sent.

    With ``forgotten``, only when they say it was forgotten, not merely not ready yet: the
    message that sends it then apologises for the slip.

    A sentence of the notes that says something was forgotten or not sent yet, and names a
    word of the promise or of what it gives (``given``: details, a file's name): read 123,
    « Oublié de donner les coordos de Josée dans le courriel de remerciement!! ».

    >>> left_out(["Oublié de joindre le carnet au mail de merci, à renvoyer"],
    ...          "lui envoyer mon carnet d'heures IRATA")
    True
    >>> left_out(["Oublié de donner les coordos de Josée dans le courriel!!"],
    ...          "lui transmettre les coordonnées de ma superviseure", "Mme Josée Lapointe")
    True
    >>> left_out(["rien. j'ai pas encore envoyé le repo, oublié dans le merci..."],
    ...          "lui envoyer le lien de mon repo avec le test refait en TS")
    True
    >>> left_out(["J'ai oublié de dire que j'ai mon permis de cariste."],
    ...          "lui envoyer une copie de mon permis de cariste")
    False
    >>> left_out(["Oublié mon parapluie dans le hall."], "lui envoyer mon portfolio")
    False
    >>> left_out(["J'ai oublié de te dire que j'enseigne au Conservatoire."],
    ...          "lui dire si je suis dispo le 19", "oui, je suis disponible le 19")
    False

    What was forgotten is what follows « oublié », unless the sentence speaks of a message:
    « budget d'une date en 15 min, ok mais j'ai oublié les per diem » forgot the per diem in
    an exercise, not the budget promised (read 154: a budget sent twice).

    >>> left_out(["Mise en situation : budget d'une date en 15 min, ok mais j'ai oublié les "
    ...           "per diem."], "leur envoyer un exemple de budget de tournée")
    False
    >>> left_out(["Budget oublié dans le mail de merci"], "leur envoyer un exemple de budget")
    True

    A file is named by its type: « le PDF », « le fichier », « la PJ ».

    >>> left_out(["oublié de joindre le PDF au mail de merci!!!"],
    ...          "lui envoyer des échantillons de mes travaux", "echantillons_MPaquette.pdf")
    True
    >>> left_out(["oublié de joindre le PDF au mail de merci"],
    ...          "lui envoyer mes références", "Mme Julie Roy, 819 555-0100")
    False
    >>> left_out(["Oublié de joindre les photos au mail de merci"],
    ...          "lui transmettre deux cas de mes épithèses", "cas_epitheses_nasales.pdf")
    True
    >>> left_out(["Pas encore envoyé le mémoire, je le relis."], "lui envoyer mon mémoire",
    ...          forgotten=True)
    False
    """
    kept = [
        sentence
        for note in notes
        for sentence in _NOTE_SENTENCE.findall(note)
        if not _forgot_something_else(sentence, promise, given)
    ]
    return _names_the_promise(kept, promise, given, _FORGOT if forgotten else _LEFT_OUT)


def forgotten_item(notes: list[str]) -> str | None:
    """The noun the notes say was forgotten (« Oublié de joindre le rapport de stage »), or None.

    >>> forgotten_item(["test ok", "Oublié de joindre le rapport de stage au courriel !!"])
    'rapport'
    >>> print(forgotten_item(["Budget oublié dans le mail de merci"]))
    None
    """
    for note in notes:
        found = _FORGOT_TO_GIVE.search(note)
        if found is not None:
            return unaccented(found["item"].casefold())
    return None


def names_word(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word``, or a word of the same first five letters (« coordos »)."""
    return any(
        w[:5] == word[:5] for w in _LETTERS.findall(unaccented(text.casefold())) if len(w) >= 3
    )


_FORGOT_TO_GIVE = re.compile(
    r"\boubli\w*\s+de\s+(?:joindre|donner|mettre|envoyer|transmettre)\s+"
    r"(?:le|la|les|l['’]|mon|ma|mes|son|sa|ses)\s*(?P<item>[^\W\d_]{3,})",
    re.IGNORECASE,
)


def _forgot_something_else(sentence: str, promise: str, given: str | None) -> bool:
    """Whether the sentence forgets, in no message, a thing that is not the promised item."""
    found = _FORGOT.search(sentence)
    if found is None or _A_MESSAGE.search(sentence):
        return False
    after = sentence[found.end() : found.end() + 40]
    return not _names_the_promise([after], promise, given, _ANYTHING)


_FORGOT = re.compile(r"\boubli\w*(?!\w)", re.IGNORECASE)
_A_MESSAGE = re.compile(
    r"\b(?:mail|courriel|merci|remerciement|message|envoi|envoy\w*|joind\w*|joint|pi[eè]ce)",
    re.IGNORECASE,
)
_ANYTHING = re.compile(r"")


_DIPLOMA = re.compile(r"\b(?:DE|DEAES|CAP|BEP|BTS|DUT|BUT|DEC|DEP|AEC|BP|DU|DEUST)\b")


def _names_the_promise(
    notes: list[str], promise: str, given: str | None, saying: re.Pattern[str]
) -> bool:
    """Whether a sentence of the notes matches ``saying`` and names a word of the promise."""
    words = {
        w
        for w in _LETTERS.findall(unaccented(f"{promise} {given or ''}".casefold()))
        if len(w) >= _CONTENT and w not in _PROMISE_VERBS
    }
    # « mon DE TISF » is a diploma the notes call « diplôme » (read 137).
    if _DIPLOMA.search(promise):
        words.add("diplome")
    # … and an AEC, an « attestation d'études collégiales », its « attestation » (read 154).
    if re.search(r"\bAEC\b", promise):
        words.add("attestation")
    # « mon CQP »: a short acronym names the item too (read 164: « J'ai demandé un duplicata
    # de mon CQP, toujours rien reçu », then « je vous envoie aujourd'hui même mon CQP »).
    acronyms = {a.casefold() for a in _ACRONYM.findall(f"{promise} {given or ''}")}
    # A file is named by its type too: « oublié de joindre le PDF au mail de merci!!! » for
    # « echantillons_reprographie.pdf » (read 252: the reminder never sent it).
    if given is not None and (file_type := _FILE_TYPE.search(given)):
        acronyms |= {file_type.group(1).casefold(), *_A_FILE}
    for note in notes:
        for sentence in _NOTE_SENTENCE.findall(note):
            if not saying.search(sentence):
                continue
            said = _LETTERS.findall(unaccented(sentence.casefold()))
            # « coordos » for « coordonnées »: a shared start of five letters.
            if any(w[:5] == s[:5] for w in words for s in said if len(s) >= _CONTENT):
                return True
            if acronyms & set(said):
                return True
            # « Demandé le B3 sur internet, toujours rien reçu » : the record's bulletin n° 3
            # (read 168: « ci-joint mon extrait de casier judiciaire »).
            if _CRIMINAL_RECORD.search(promise) and _CRIMINAL_RECORD.search(sentence):
                return True
    return False


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_FILE_TYPE = re.compile(r"^\S+\.([a-z0-9]{2,4})$", re.IGNORECASE)
# … or by what it shows: « Oublié de joindre les photos au mail de merci » for two cases in
# one PDF (read 315: the reminder never sent them).
_A_FILE = frozenset("fichier pj jointe photo photos scan scans document documents".split())
_CRIMINAL_RECORD = re.compile(r"\bcasier\b|\bB ?3\b|\bbulletin n° ?3\b", re.IGNORECASE)


# What the notes say the candidate is still waiting for from someone else: « Le CFA a
# toujours pas envoyé le contrat », « pas encore reçu mon relevé », « J'ai demandé un
# duplicata de mon attestation ». A follow-up cannot send it « aujourd'hui même » (read 129:
# a voicemail sent a contract the training centre had not yet issued).
_AWAITED = re.compile(
    r"(?<![\w’'])(?:n['’]\s*)?(?:m['’]\s*)?a\s+(?:toujours\s+|encore\s+)?(?:pas|jamais)\s+"
    r"(?:encore\s+)?(?:envoy|transmis|fourni|donn|remis|sign|renvoy|fait)"
    r"|\b(?:pas|jamais)\s+(?:encore\s+)?re[çc]u|\btoujours\s+(?:pas|rien)\s+re[çc]u"
    # « Le diplôme papier est toujours pas arrivé de la fac » (read 161: sent « ci-joint »).
    r"|\b(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?arriv[ée]"
    r"|\ben\s+attente\s+d|\bj['’]\s*attends?\b|\bje\s+devrais\s+l['’]\s*avoir"
    # « …l'examen du CCA, le certificat arrivera d'ici trois semaines » (read 373: « Comme
    # promis, vous trouverez ci-joint une copie de mon CCA »).
    r"|\barriver(?:a|ont)\b|\bdevrai(?:t|ent)\s+arriver\b"
    # « le rectorat m'enverra le diplôme d'ici trois semaines » (read 379).
    r"|\bm['’]\s*(?:enverr|poster|transmettr)(?:a|ont)\b|\bsuivr(?:a|ont)\b"
    # « Le duplicata de mon diplôme est arrivé » (read 259: the call said both) is no wait.
    # The lookahead is bounded: from each of 5 000 « duplicata », the rest was read again.
    r"|\bduplicata\b(?![^.;!?]{0,80}?\b(?:est|a\s+été)\s+(?:arrivée?|reçue?|livrée?)\b)"
    r"|\bredemand"
    # « Mon carnet est encore chez mon ancien employeur, ils doivent me le poster » (read 137).
    r"|\best\s+(?:encore|toujours)\s+chez\b"
    # « le certificat est chez ma mère à Apatou » (read 154): not at hand.
    r"|\b(?:est|sont)\s+(?:rest[ée]e?s?\s+)?chez\s+(?:ma|mon|mes)\b"
    r"|\bdoi(?:t|vent)\s+me\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
    r"(?:poster|envoyer|renvoyer|transmettre|remettre|rendre)\b"
    # « Certificat : le médecin veut attendre la radio du 10 déc. » (read 189: promised for
    # the 20th of November all the same).
    r"|\bveu(?:t|lent)\s+attendre\b|\battendre\s+(?:la|le|les|mes|ma|mon)\s+"
    r"(?:radio|résultats?|bilan|examens?|analyses?)\b"
    # « la confirmation que mon permis sera délivré d'ici la mi-décembre » (read 251: the
    # permit sent « ci-joint » all the same).
    r"|\b(?:sera(?:it)?|seront|va\s+être|vont\s+être)\s+(?:bientôt\s+)?"
    r"(?:délivr|émis|envoy|expédi|postée?s?\b|prête?s?\b|disponibles?\b|remise?s?\b)",
    re.IGNORECASE,
)


def awaited(notes: list[str], promise: str) -> bool:
    """Whether the ``notes`` say the promised item is not yet in the candidate's hands.

    >>> awaited(["Le CFA a toujours pas envoyé le contrat."],
    ...         "lui envoyer mon contrat d'apprentissage a remplir par le CFA")
    True
    >>> awaited(["J'ai demandé un duplicata de mon attestation, je devrais l'avoir lundi."],
    ...         "leur envoyer mon attestation du cours de répartiteur")
    True
    >>> awaited(["j'ai pas encore envoyé le repo"], "lui envoyer le lien de mon repo")
    False
    >>> awaited(["Le CFA a toujours pas envoyé le planning."], "lui envoyer mon portfolio")
    False
    >>> awaited(["Diplome : j'ai demandé un duplicata à la DREETS le 14, toujours rien."],
    ...         "lui envoyer la copie de mon DE TISF")
    True
    >>> awaited(["Mon carnet est encore chez mon ancien employeur, ils doivent me le poster"],
    ...         "lui envoyer mon carnet d'apprentissage")
    True
    >>> awaited(["Certificat : le médecin veut attendre la radio du 10 déc."],
    ...         "lui transmettre mon certificat médical d'aptitude")
    True

    The promise may say it itself (fresh48: « Je vous ferai parvenir dès réception une copie
    de mon permis de l'OEQ dès que je l'ai »):

    >>> awaited([], "lui envoyer une copie de mon permis de l'OEQ dès que je l'ai")
    True
    >>> without_deadline("lui envoyer une copie de mon BTM dès que le CFA me la renvoie")
    'lui envoyer une copie de mon BTM'
    """
    return said_on_receipt(promise) or _names_the_promise(notes, promise, None, _AWAITED)


# « faut que je demande l'accord de mon ancien boss avant d'envoyer le rapport » : the item is
# in hand, but not yet to share (read 135: « ci-joint, avec mes excuses pour ce retard »).
_PERMISSION = re.compile(
    r"\b(?:l['’]\s*)?(?:accord|autorisation|feu\s+vert|permission|ok)\s+d[eu]\b", re.IGNORECASE
)


def awaits_permission(notes: list[str], promise: str) -> bool:
    """Whether the ``notes`` say the promised item waits for someone's leave to be shared.

    >>> awaits_permission(["faut que je demande l'accord de mon ancien boss avant d'envoyer "
    ...                    "le rapport"], "lui envoyer un rapport d'audit anonymisé")
    True
    >>> awaits_permission(["d'accord de venir samedi"], "lui envoyer mon rapport")
    False
    """
    return _names_the_promise(notes, promise, None, _PERMISSION)


# A phone number within details: « 418 555-0176 », « 04 65 71 12 34 », « (450) 555-0188 ».
# Starting on a digit or a sign, not on the spaces before it: from each space of a long run,
# the engine read the rest of it (hypothesis).
_NUMBER_IN_DETAILS = re.compile(r"[+(]?\d[\d ().\-\u00a0\u202f]{7,}\d(?:,?\s*poste\s*\d+)?")
_LEFT_COMMA = re.compile(r",(?=\s*(?:[,;]|$))")


def without_numbers(details: str) -> str:
    """Details without the phone numbers in them, for a voicemail (read 137).

    A number dictated before one's own left the listener unsure which to call back.

    >>> without_numbers("Mme Isabelle Roux, nutritionniste au CHU de Québec, 418 555-0176")
    'Mme Isabelle Roux, nutritionniste au CHU de Québec'
    >>> without_numbers("M. Olivier Chabert, maître de chai")
    'M. Olivier Chabert, maître de chai'
    >>> without_numbers("Mme Carole Lévesque, 418 555-0171 ; M. Denis Roy, 418 555-0108")
    'Mme Carole Lévesque ; M. Denis Roy'
    """
    left = _LEFT_COMMA.sub("", _NUMBER_IN_DETAILS.sub("", details))
    return " ".join(left.split()).strip(" ,;.")


def said_on_receipt(promise: str) -> bool:
    """Whether the promise ends on the wait for the item: « quand je la reçois »."""
    return _AWAITED_BY_ITS_WORDS.search(promise) is not None


_PROMISE_VERBS = frozenset(
    "envoyer transmettre donner faire parvenir fournir communiquer remettre partager joindre "
    "passer avec dans pour vers leur "
    # « J'ai oublié de te dire que j'enseigne… » forgot no answer promised « lui dire si… »
    # (read 236: a call confirmed again the dates the thank-you had given).
    "dire redire confirmer reconfirmer indiquer preciser savoir repondre revenir".split()
)


_INDEFINITE = re.compile(r"^(?:(un|une|des)\s+|(\d+|" + _NUMBER_WORDS + r")\s+)", re.IGNORECASE)


def as_sent(item: str) -> str:
    """The item as something already sent, with a definite article: « la figurine peinte ».

    A reminder asks whether it came (pair read 278: « J'espère que la figurine peinte que je
    vous ai envoyée par la poste le 11 décembre vous est bien parvenue »); the promise's
    « une figurine » was a thing still to choose.

    >>> as_sent("une figurine peinte"), as_sent("un menu test de 3 plats")
    ('la figurine peinte', 'le menu test de 3 plats')
    >>> as_sent("deux exemples de rapports"), as_sent("des photos"), as_sent("un extrait")
    ('les deux exemples de rapports', 'les photos', 'l’extrait')
    >>> as_sent("mon portfolio"), as_sent("les plans du hochet")
    ('mon portfolio', 'les plans du hochet')
    """
    found = _INDEFINITE.match(item)
    if found is None:
        return item
    rest = item[found.end() :]
    if found.group(2):
        return f"les {item}"
    if found.group(1).lower() == "des":
        return f"les {rest}"
    return _with_article("la" if found.group(1).lower() == "une" else "le", rest)


# « le manuscrit qu'elle m'a confie » : what the person met did for the candidate, in a
# letter to them (read 311: « …sur le manuscrit qu'elle m'a confie », at 1).
_THEIR_DEED = re.compile(r"\bqu['’](?:ils?|elles?)\s+m['’](?:a|ont)\s+([^\W\d_]+)", re.IGNORECASE)


def said_to_them(item: str) -> str:
    """``item`` with what the person met did for the candidate said with « vous ».

    >>> said_to_them("ma note de lecture sur le manuscrit qu'elle m'a confie")
    'ma note de lecture sur le manuscrit que vous m’avez confié'
    >>> said_to_them("le dossier qu'il m'a remis")
    'le dossier que vous m’avez remis'

    What the candidate told them, too (read 371: « voici le nom du fournisseur… dont je lui ai
    parlé », to the man it was said to):

    >>> said_to_them("le nom du fournisseur dont je lui ai parlé")
    'le nom du fournisseur dont je vous ai parlé'
    """
    item = _MY_WORDS_TO_THEM.sub(r"je vous \1", item)
    return _THEIR_DEED.sub(lambda found: f"que vous m’avez {_participle(found[1])}", item)


_MY_WORDS_TO_THEM = re.compile(r"\bje\s+lui\s+(ai|avais)\b", re.IGNORECASE)


def _participle(word: str) -> str:
    """« confie » typed for « confié »: the feminine the table knows, less its « e »."""
    feminine = accented(word + "e") if word.endswith("e") else None
    return feminine[:-1] if feminine and feminine.endswith("ée") else word
