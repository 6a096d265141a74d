"""The debrief's answer checkers: each turns what a person typed into a context value.

A checker takes the typed text (stripped, never empty) and the answers so far, and returns
the value to store, or raises :class:`Hint`: a French sentence saying what to change, and
sometimes a proposal that the person accepts by pressing Entrée (a guessed article, a date
read from « vendredi prochain », a topic kept as typed).

>>> from datetime import date
>>> session = Session(today=date(2026, 11, 20))
>>> topic_subject("la planification des arrêts", session)
'la planification des arrêts'
>>> try:
...     topic_subject("planification des arrêts", session)
... except Hint as hint:
...     print(hint.proposal)
la planification des arrêts
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from suivi_templates.formatting import elides
from suivi_templates.models import Locale

__all__ = [
    "Hint",
    "Session",
    "Split",
    "attachment",
    "channel",
    "civility",
    "clean",
    "company_article",
    "company_fact",
    "company_name",
    "email",
    "family_name",
    "first_person_sentence",
    "gender",
    "guess_family_name",
    "highlight",
    "https_link",
    "job_title",
    "locale",
    "mode",
    "note",
    "person_name",
    "phone",
    "promise",
    "topic_subject",
    "yes_no",
]

LINE_MAX = 160
SENTENCE_MAX = 400


class Hint(Exception):
    """A wrong or doubtful answer: what to change, in French, and maybe a proposal."""

    def __init__(self, message: str, proposal: str | None = None) -> None:
        self.message = message
        self.proposal = proposal
        super().__init__(message)


@dataclass(frozen=True)
class Split:
    """An answer that also proposes another one, e.g. « la SAQ » → name, article « la »."""

    value: Any
    proposals: dict[str, str]


@dataclass
class Session:
    """What the checkers may consult: the answers so far (by context path) and today."""

    today: date
    answers: dict[str, Any] = field(default_factory=dict)
    proposals: dict[str, str] = field(default_factory=dict)

    @property
    def locale(self) -> Locale:
        """The locale answered so far (Québec until the first answer says otherwise)."""
        value: Locale = self.answers.get("locale", "fr_CA")
        return value


# ---------------------------------------------------------------------------- text hygiene

_SPACES = re.compile(r"\s+")


def clean(text: str, limit: int) -> str:
    """One line of typed text, with runs of spaces collapsed, or a :class:`Hint`."""
    for character in text:
        category = unicodedata.category(character)
        if character == "\ufffd":
            raise Hint(
                "Votre réponse contient des caractères illisibles (encodage autre que UTF-8) : "
                "retapez-la."
            )
        if category in {"Cc", "Cs", "Co"} and character not in "\t":
            raise Hint(
                "Votre réponse contient un caractère de contrôle (une touche fléchée ou un "
                "copier-coller ?) : retapez-la simplement."
            )
    text = _SPACES.sub(" ", text).strip()
    if not any(character.isalnum() for character in text):
        raise Hint("Répondez avec des mots ; l'exemple montre la forme attendue.")
    if len(text) > limit:
        raise Hint(
            f"Réponse trop longue ({len(text)} caractères) : {limit} au plus. "
            "Gardez l'essentiel, en une phrase."
        )
    return text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lowered(text: str) -> str:
    """Lower the first letter, unless the first word is an acronym or a name (« SAP »)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


# ---------------------------------------------------------------------------- choices


def _choose(text: str, choices: dict[str, str], hint: str) -> str:
    key = text.lower().strip(" .").replace("’", "'")
    key = unicodedata.normalize("NFC", key)
    if key in choices:
        return choices[key]
    raise Hint(hint)


def locale(text: str, session: Session) -> str:
    """Québec (``fr_CA``) or France (``fr_FR``)."""
    return _choose(
        text,
        {
            **dict.fromkeys(["qc", "québec", "quebec", "canada", "ca", "fr_ca", "q"], "fr_CA"),
            **dict.fromkeys(["fr", "france", "fr_fr", "f"], "fr_FR"),
        },
        "Répondez « qc » (Québec) ou « fr » (France).",
    )


def gender(text: str, session: Session) -> str:
    """The candidate's grammatical gender, for agreement in the drafts."""
    return _choose(
        text,
        {
            **dict.fromkeys(["f", "féminin", "feminin", "femme", "elle"], "f"),
            **dict.fromkeys(["m", "masculin", "homme", "il"], "m"),
            **dict.fromkeys(["n", "neutre", "épicène", "epicene", "iel", "aucun"], "n"),
        },
        "Répondez « f » (intéressée), « m » (intéressé) ou « n » (tournures épicènes).",
    )


def civility(text: str, session: Session) -> str | None:
    """« Madame », « Monsieur », or none (greet by full name)."""
    value = _choose(
        text,
        {
            **dict.fromkeys(["madame", "mme", "mme.", "mad"], "Madame"),
            **dict.fromkeys(["monsieur", "m", "m.", "mr", "mr."], "Monsieur"),
            **dict.fromkeys(["aucune", "aucun", "non", "ni l'un ni l'autre", "0"], ""),
        },
        "Répondez « Madame », « Monsieur » ou « aucune » (salutation par le nom complet).",
    )
    return value or None


def mode(text: str, session: Session) -> str:
    """In person, by video or by phone."""
    return _choose(
        text,
        {
            **dict.fromkeys(
                ["en personne", "personne", "présentiel", "presentiel", "sur place", "p"],
                "in_person",
            ),
            **dict.fromkeys(
                ["vidéo", "video", "visio", "visioconférence", "teams", "zoom", "meet", "v"],
                "video",
            ),
            **dict.fromkeys(["téléphone", "telephone", "tél", "tel", "t"], "phone"),
        },
        "Répondez « en personne », « vidéo » ou « téléphone ».",
    )


def channel(text: str, session: Session) -> str:
    """The process's channel (R13)."""
    return _choose(
        text,
        {
            **dict.fromkeys(["courriel", "email", "e-mail", "mail", "c"], "email"),
            **dict.fromkeys(["téléphone", "telephone", "tél", "tel", "t"], "phone"),
        },
        "Répondez « courriel » ou « téléphone ».",
    )


def yes_no(text: str, session: Session) -> bool:
    """Oui or non."""
    answer = _choose(
        text,
        {**dict.fromkeys(["o", "oui", "y", "yes"], "oui"), **dict.fromkeys(["n", "non"], "non")},
        "Répondez « oui » ou « non ».",
    )
    return answer == "oui"


# ---------------------------------------------------------------------------- names

PARTICLES = (
    "de la",
    "de l'",
    "van der",
    "van den",
    "van de",
    "de",
    "du",
    "des",
    "d'",
    "le",
    "la",
    "van",
    "von",
    "ter",
    "ten",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "mac",
    "saint",
)
_PARTICLE = re.compile(
    r"\s(?:" + "|".join(re.escape(p) for p in PARTICLES) + r")(?:\s|(?<=')|(?<=’))",
    re.IGNORECASE,
)


def guess_family_name(name: str) -> str:
    """The surname with its particle: « Hélène de Villiers » → « de Villiers »."""
    first, _, rest = name.strip().partition(" ")
    if not rest:
        return first
    match = _PARTICLE.search(" " + rest)
    return rest[match.start() :] if match else rest.split()[-1]


def has_particle(name: str) -> bool:
    """Whether the surname is worth confirming: a particle, or more than two words."""
    words = name.split()
    return len(words) > 2 or (len(words) == 2 and guess_family_name(name) != words[-1])


def _name_case(text: str) -> str:
    """Capitalise a name typed all in lower or upper case, keeping particles low."""
    if text != text.lower() and text != text.upper():
        return text
    words = []
    for index, word in enumerate(text.lower().split(" ")):
        if index and word.rstrip("'’") in {p.rstrip("'") for p in PARTICLES if " " not in p}:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def person_name(text: str, session: Session) -> str:
    """A first name and a surname: « Camille Roy »."""
    text = clean(text, LINE_MAX)
    if re.search(r"[\d@<>{}\[\]]", text):
        raise Hint("Un nom ne contient ni chiffre ni symbole : écrivez le prénom et le nom.")
    if len(text.split()) < 2:
        raise Hint(f"Écrivez le prénom et le nom, p. ex. « Camille {text} ».")
    return _name_case(text)


def family_name(text: str, session: Session) -> str:
    """The interviewer's surname as used after « Madame » or « Monsieur »."""
    text = clean(text, LINE_MAX)
    full = str(session.answers.get("interviewer.name", ""))
    if full and text.lower() not in full.lower():
        raise Hint(
            f"Le nom de famille fait partie du nom « {full} » : recopiez-le tel qu'il "
            "s'écrit après « Madame » ou « Monsieur »."
        )
    if full:
        start = full.lower().index(text.lower())
        return full[start : start + len(text)]
    return text


def job_title(text: str, session: Session) -> str:
    """The role's title, in lower case, agreed: « analyste financière »."""
    text = clean(text, LINE_MAX)
    return _lowered(text)


# ---------------------------------------------------------------------------- the company

_ARTICLE_PREFIX = re.compile(r"^(les|le|la)\s+|^(l['’])\s*", re.IGNORECASE)
_FEMININE_HEADS = frozenset(
    """coopérative cooperative société societe banque caisse ville municipalité clinique
    commission fondation agence maison mairie direction fédération federation association
    compagnie entreprise firme chaîne régie université école école centrale fromagerie
    boulangerie librairie pharmacie mutuelle communauté maison régie sûreté""".split()
)
_MASCULINE_HEADS = frozenset(
    """groupe cabinet centre ministère bureau conseil collège réseau institut atelier
    hôpital cégep chu ciusss cisss laboratoire garage restaurant hôtel musée théâtre
    syndicat service studio office département conservatoire""".split()
)


def company_name(text: str, session: Session) -> Split | str:
    """The organisation's name without its article; a typed article becomes a proposal."""
    text = clean(text, LINE_MAX)
    match = _ARTICLE_PREFIX.match(text)
    if match is None or match.end() == len(text):
        return text
    article = (match.group(1) or "l'").lower()
    name = text[match.end() :]
    return Split(_capitalised(name), {"company.article": article})


def propose_article(name: str) -> str | None:
    """The article a company's name probably takes: « la » for « Coopérative Horizon »."""
    head = name.split(" ", 1)[0].lower()
    if head in _FEMININE_HEADS:
        return "l'" if elides(head) else "la"
    if head in _MASCULINE_HEADS:
        return "l'" if elides(head) else "le"
    return None


def company_article(text: str, session: Session) -> str | None:
    """« le », « la », « les », « l' », or none."""
    value = _choose(
        text,
        {
            "le": "le",
            "la": "la",
            "les": "les",
            "l'": "l'",
            "l": "l'",
            **dict.fromkeys(["aucun", "aucune", "non", "rien", "0"], ""),
        },
        "Répondez « le », « la », « les », « l' » ou « aucun » (p. ex. « la » pour "
        "« la Coopérative Horizon », « aucun » pour « Desjardins »).",
    )
    name = str(session.answers.get("company.name", ""))
    if value in {"le", "la"} and name and elides(name):
        return "l'"
    return value or None


# ---------------------------------------------------------------------------- contacts


def email(text: str, session: Session) -> str:
    """An e-mail address."""
    text = clean(text, 254)
    if not re.fullmatch(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+", text):
        raise Hint("Adresse courriel invalide : écrivez-la ainsi, prenom.nom@exemple.org.")
    return text


def phone(text: str, session: Session) -> str:
    """A phone number."""
    text = clean(text, 30)
    if not re.fullmatch(r"\+?[0-9 ().\-]{7,25}", text) or sum(c.isdigit() for c in text) < 7:
        raise Hint("Numéro invalide : chiffres, espaces et tirets, p. ex. 514 555-0142.")
    return text


# ---------------------------------------------------------------------------- what was said

_DETERMINERS = frozenset(
    """le la les l un une des du au aux sa son ses leur leurs votre vos notre nos ce cet
    cette ces mon ma mes quelques plusieurs tout toute tous toutes""".split()
)
_FEMININE_ENDINGS = (
    "tion", "sion", "té", "ure", "ence", "ance", "ise", "ette", "ie", "ée", "ude", "esse",
    "elle", "ière", "ité", "ade", "ine", "ode", "gestion",
)  # fmt: skip
_MASCULINE_ENDINGS = ("ment", "age", "isme", "eau", "oir", "at", "et", "ier", "ing", "iel")
_PLURAL_EXCEPTIONS = frozenset("processus accès temps cours succès bilans".split())


def _guess_article(phrase: str) -> str | None:
    head = phrase.split(" ", 1)[0].lower()
    if not head.isalpha() or phrase.split(" ", 1)[0].isupper():
        return None
    if head.endswith(("s", "x")) and head not in _PLURAL_EXCEPTIONS:
        return "les "
    if elides(head):
        return "l'"
    if head.endswith(_FEMININE_ENDINGS):
        return "la "
    if head.endswith(_MASCULINE_ENDINGS):
        return "le "
    return None


def _is_infinitive_phrase(words: list[str]) -> bool:
    if len(words) < 2 or not words[0].endswith(("er", "ir", "re", "oir")):
        return False
    second = words[1]
    return (
        second in _DETERMINERS
        or second.startswith(("l'", "l’", "d'", "d’"))
        or second
        in {
            "à",
            "en",
            "de",
        }
    )


def topic_subject(text: str, session: Session) -> str:
    """A topic as a noun phrase with its article: « la planification des arrêts » (R2, R9)."""
    text = clean(text, LINE_MAX).rstrip(" .;,")
    words = _words(text)
    example = "« la façon dont l'équipe planifie les quarts »"
    keep = "ou appuyez sur Entrée pour garder votre formulation."
    if text.endswith("?") or words[0] in {
        "comment",
        "pourquoi",
        "quand",
        "quel",
        "quelle",
        "est-ce",
    }:
        raise Hint(
            f"C'est une question : écrivez le sujet en groupe nominal, p. ex. {example}, {keep}",
            proposal=text,
        )
    if len(words) == 1:
        raise Hint(
            f"« {text} » seul dit peu de chose : précisez ce qui en a été dit, p. ex. "
            f"« l'automatisation des rapports dans {text} », {keep}",
            proposal=text,
        )
    first = words[0].replace("’", "'")
    if first in _DETERMINERS or first.startswith(("l'", "d'")):
        return _lowered(text)
    if _is_infinitive_phrase(words):
        raise Hint(
            "Écrivez le sujet en groupe nominal plutôt qu'à l'infinitif, p. ex. « la réduction "
            f"des retards de livraison » pour « réduire les retards de livraison », {keep}",
            proposal=text,
        )
    article = _guess_article(text)
    if article is not None:
        proposal = article + _lowered(text)
        raise Hint(
            f"Ajoutez l'article du sujet : « {proposal} » ? Appuyez sur Entrée pour accepter, "
            "ou réécrivez-le.",
            proposal=proposal,
        )
    raise Hint(
        f"Ajoutez l'article du sujet (le, la, les, l'), p. ex. « la {_lowered(text)} », {keep}",
        proposal=text,
    )


def note(text: str, session: Session) -> str:
    """A free note, kept for memory."""
    return clean(text, SENTENCE_MAX)


def company_fact(text: str, session: Session) -> str:
    """News of the organisation, as what follows « J'ai appris que » (R14)."""
    text = clean(text, SENTENCE_MAX).rstrip(" .")
    if len(text.split()) < 4:
        raise Hint(
            "Écrivez ce qui suivrait « J'ai appris que… », p. ex. « l'Atelier Lumen vient "
            "d'ouvrir une agence à Nantes »."
        )
    text = re.sub(r"^(?:j'ai appris que|que|qu')\s*", "", text, flags=re.IGNORECASE)
    first = text.split(" ", 1)[0]
    if first.lower().replace("’", "'").startswith(("l'", "d'")) or first.lower() in {
        *_DETERMINERS,
        "vous",
    }:
        return first[:1].lower() + text[1:]
    return text


def _ending(text: str) -> str:
    return text if text[-1] in ".!?…" else text + "."


# « on » counts: a note's « on a parlé de… » is first person, only in the wrong register
# (the debrief's advice proposes « nous »; see debrief/register.py).
_FIRST_PERSON = re.compile(r"\b(?:je|j|me|m|moi|mon|ma|mes|nous|notre|nos|on)\b", re.IGNORECASE)


def first_person_sentence(text: str, session: Session) -> str:
    """A full sentence in the candidate's own words, first person: quoted in the drafts."""
    text = clean(text, SENTENCE_MAX)
    if len(text.split()) < 5:
        raise Hint(
            "Écrivez une phrase complète, d'au moins cinq mots, comme vous l'écririez à la "
            "personne : « J'ai repensé à votre question sur les quarts de nuit : j'en ai fait "
            "deux par semaine pendant trois ans. »"
        )
    if not _FIRST_PERSON.search(text.replace("’", "'")):
        raise Hint(
            "Écrivez-la à la première personne, dans vos mots, en vous adressant à la personne "
            "(elle sera reprise telle quelle dans vos messages) : « J'ai retenu votre souci "
            "de… », « J'ai repensé à votre question sur… »."
        )
    return _ending(_capitalised(text))


def highlight(text: str, session: Session) -> str:
    """An asset to stress, as a noun phrase: « mes cinq années en recouvrement » (R10)."""
    text = clean(text, SENTENCE_MAX).rstrip(" .")
    if _words(text)[0] in {"je", "j'", "j’", "j"}:
        raise Hint(
            "Écrivez l'atout en groupe nominal, sans « je » : « mes cinq années en "
            "recouvrement », « ma maîtrise d'Excel »."
        )
    return _lowered(text)


_PROMISE_LEADS = re.compile(
    r"^(?:j'ai\s+promis\s+(?:de\s+|d')|je\s+(?:vais|dois|lui\s+ai\s+promis\s+de)\s+|"
    r"promis\s*:\s*|promesse\s*:\s*)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("lui leur vous leur y en le la les l' l’ me m' m’ lui en".split())


def promise(text: str, session: Session) -> str:
    """A promise as an infinitive phrase: « lui transmettre mon analyse » (R3)."""
    text = clean(text, SENTENCE_MAX).rstrip(" .")
    stripped = _PROMISE_LEADS.sub("", text.replace("’", "'"))
    if stripped != text.replace("’", "'"):
        raise Hint(
            f"Commencez par l'infinitif : « {stripped} » ? Appuyez sur Entrée pour accepter.",
            proposal=stripped,
        )
    words = text.lower().replace("’", "'").split()
    while words and (words[0] in _PRONOUNS or words[0].startswith(("l'", "m'"))) and len(words) > 1:
        if words[0].startswith(("l'", "m'")) and len(words[0]) > 2:
            words[0] = words[0][2:]
            break
        words = words[1:]
    if not words or not words[0].endswith(("er", "ir", "re", "oir")):
        raise Hint(
            "Écrivez la promesse à l'infinitif, p. ex. « lui transmettre mon analyse du "
            "processus de recouvrement », ou appuyez sur Entrée pour la garder.",
            proposal=text,
        )
    return _lowered(text)


def attachment(text: str, session: Session) -> str:
    """A file name, as attached to the thank-you: « plan-communication-Lavoie.pdf »."""
    text = clean(text, LINE_MAX)
    if re.search(r"[/\\:*?\"<>|]", text) or text.startswith("."):
        raise Hint(
            "Écrivez seulement le nom du fichier, sans dossier : « plan-communication.pdf »."
        )
    if not re.search(r"\.\w{2,5}$", text):
        raise Hint("Ajoutez l'extension du fichier : « plan-communication.pdf ».")
    return text


def https_link(text: str, session: Session) -> str:
    """An https address where the promised item can be seen."""
    text = clean(text, 500)
    if text.lower().startswith("http://"):
        raise Hint(
            "Donnez une adresse sécurisée, en https:// : « https://… ».",
            proposal="https://" + text[7:],
        )
    if text.lower().startswith("www."):
        raise Hint(f"Une adresse commence par https:// : « https://{text} » ?", "https://" + text)
    if not re.fullmatch(r"https://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?", text):
        raise Hint("Adresse invalide : écrivez-la en entier, p. ex. https://exemple.org/portfolio.")
    return text
