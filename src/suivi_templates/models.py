"""The interview context: what happened in an interview and since, as validated data.

The field names below are the JSON contract of ``docs/design.md``; optional fields may be
added, never renamed. Rule ids (R1…R23) refer to ``docs/regles.md``.

>>> from suivi_templates.examples import EXAMPLE_CONTEXT
>>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)
>>> ctx.company.name, ctx.candidate.gender
('Coopérative Horizon', 'f')
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from suivi_templates._lenient import forgive
from suivi_templates.names import family_name, typed_civility

__all__ = [
    "ENCODED_WORD",
    "Candidate",
    "Channel",
    "Commitment",
    "Company",
    "Contact",
    "Debrief",
    "Gender",
    "HistoryKind",
    "Interview",
    "InterviewContext",
    "Interviewer",
    "Locale",
    "NextSteps",
    "Role",
    "Topic",
    "as_context",
]

Locale = Literal["fr_CA", "fr_FR"]
Gender = Literal["f", "m", "n"]
Channel = Literal["email", "phone"]
HistoryKind = Literal["thank_you", "reminder", "phone_call", "voicemail", "reply_received"]

_SPACE_RUNS = re.compile(r"[ \t]{2,}")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]")
_EMAIL_SHAPE = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
# RFC 5322 dot-atom, in ASCII: what an e-mail header can carry without quoting.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"(?=[^@]{{1,64}}@){_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
ENCODED_WORD = re.compile(r"=\?[^?]*\?[^?]*\?.*?\?=")
"""An RFC 2047 encoded word (``=?utf-8?q?…?=``): decoded, it could hold a line break."""
_PHONE = re.compile(r"^\+?[0-9 ().\-\u00a0\u202f]{7,25}(?:,? poste [0-9]{1,6})?$")
_HTTPS_URL = re.compile(r"^https://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$")


def _no_encoded_word(value: str) -> None:
    if ENCODED_WORD.search(value):
        raise ValueError(
            "contient un mot encodé « =?…?= » (forme des en-têtes de courriel) : écrivez le "
            "texte lui-même, la bibliothèque encode les accents"
        )


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _single_line(value: str) -> str:
    if _LINE_BREAKS.search(value):
        raise ValueError("doit tenir sur une seule ligne : retirez le saut de ligne")
    if _CONTROLS.search(value):
        raise ValueError(
            "contient un caractère de contrôle invisible (souvent un copier-coller) : "
            "retapez le texte"
        )
    _no_encoded_word(value)
    return _SPACE_RUNS.sub(" ", value)


def _email_address(value: str) -> str:
    if not _EMAIL_SHAPE.match(value):
        raise ValueError(
            "n'est pas une adresse courriel valide (forme attendue : prenom.nom@exemple.org)"
        )
    if not value.isascii():
        raise ValueError(
            "contient des lettres accentuées ou non latines : une adresse courriel s'écrit "
            "sans accents (p. ex. jose@exemple.org ; un domaine accentué, sous sa forme xn--)"
        )
    if not _EMAIL.fullmatch(value):
        raise ValueError(
            "n'est pas une adresse courriel valide : pas de point au début ou à la fin du nom, "
            "ni deux points de suite, 64 caractères au plus avant « @ » (p. ex. "
            "prenom.nom@exemple.org)"
        )
    _no_encoded_word(value)
    return value


def _phone_number(value: str) -> str:
    if not _PHONE.match(value) or sum(c.isdigit() for c in value) < 7:
        raise ValueError(
            "n'est pas un numéro de téléphone valide (chiffres, espaces, tirets, puis un poste "
            "s'il y a lieu ; ex. 514 555-0142, poste 234)"
        )
    return value


def _no_civility(value: str) -> str:
    """A candidate signs with a given name: « Mme Roy » would sign every draft so."""
    if typed_civility(value) or _CIVILITY_ONLY.match(value):
        raise ValueError(
            "est la signature des brouillons : écrivez votre prénom et votre nom, sans "
            "civilité (p. ex. « Camille Roy »)"
        )
    return value


_CIVILITY_ONLY = re.compile(r"^(?:Mme|Mlle|M\.|Madame|Monsieur|Mr)\s", re.IGNORECASE)


def _typed_article(value: object) -> object:
    """« L’ », « La » as typed on a phone are « l' », « la » (fresh36)."""
    if isinstance(value, str):
        return value.strip().lower().replace("’", "'")
    return value


def _https_url(value: str) -> str:
    if not _HTTPS_URL.match(value):
        raise ValueError(
            "n'est pas une adresse https valide (forme attendue : https://exemple.org/page)"
        )
    return value


Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=160),
    AfterValidator(_single_line),
]
"""A short single-line text: a name, a title, a subject. Never empty or blank."""

Sentence = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=400),
    AfterValidator(_single_line),
]
"""A longer single-line text: a topic's note, a promise, a fact."""


_BULLET = re.compile(r"^(?:[-*•–—·>]+|\d{1,2}[.)])\s+")
_ENDS_A_SENTENCE = re.compile(r"[.!?…:;,]$")


def _lines_as_sentences(value: str) -> str:
    """Notes typed over several lines, read as one text: each line a sentence.

    Private notes come as people type them, a fact a line, often bulleted (read 186: « …pas
    confirmé, décision fin janvier » on its own line was refused).
    """
    lines = [_BULLET.sub("", line.strip()) for line in _LINE_BREAKS.split(value)]
    said = [line if _ENDS_A_SENTENCE.search(line) else f"{line}." for line in lines if line]
    return _single_line(" ".join(said))


Notes = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=1200),
    AfterValidator(_lines_as_sentences),
]
"""Private notes, over several lines if need be: each line is read as a sentence."""

EmailAddress = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=254), AfterValidator(_email_address)
]
PhoneNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=30), AfterValidator(_phone_number)
]
HttpsUrl = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=500), AfterValidator(_https_url)
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Contact(_Model):
    """Fields shared by the candidate and the interviewer."""

    name: Line = Field(description="Prénom et nom, p. ex. « Camille Roy ».")
    email: EmailAddress | None = Field(default=None, description="Adresse courriel.")
    phone: PhoneNumber | None = Field(default=None, description="Numéro de téléphone.")

    @property
    def surname(self) -> str:
        """The family name, as it follows a civility (« Madame de Villiers »): see ``names``."""
        return family_name(self.name, self.email)


class Candidate(Contact):
    """The job seeker who writes the follow-up."""

    name: Annotated[Line, AfterValidator(_no_civility)] = Field(
        description="Prénom et nom, p. ex. « Camille Roy » : la signature des brouillons, "
        "sans civilité (« Mme Roy » est refusé)."
    )
    gender: Gender = Field(
        description="Accord des brouillons : « f » (intéressée), « m » (intéressé) ou « n » "
        "(tournures épicènes)."
    )


class Interviewer(Contact):
    """The person who led the interview and receives the follow-up (R19: aim at them)."""

    name: Line = Field(
        description="Prénom et nom, p. ex. « Julie Tremblay », ou civilité et nom sans "
        "prénom, « Mme Bernard ». Un titre tapé devant le nom est lu : « Me » (Maître), « Pr » "
        "(« Madame la Professeure »), « abbé », « Mgr », « Père » (le clergé, salué par son "
        "titre)."
    )
    civility: Literal["Madame", "Monsieur"] | None = Field(
        default=None,
        description=(
            "« Madame », « Monsieur » ou null. Sans elle, une civilité tapée dans le nom "
            "(« Mme Roy »), un titre au féminin (`interviewer.title` : « directrice », "
            "« cheffe d’unité », « gérante » ; un titre au masculin ne dit rien, il s’écrit "
            "aussi pour une femme), un prénom que seuls des hommes ou seules des "
            "femmes portent (« Aurélien Petit », « Julie Roy » ; pas « Camille ») ou, dans vos "
            "notes, « il » ou « elle » (« il a insisté ») en tiennent lieu, et le plan le dit ; "
            "ni le prénom ni un pronom ne comptent quand vos notes disent la personne « iel » "
            "(« Alexis (iel) ») ; "
            "sinon, la salutation se fait par le nom complet "
            "(« Bonjour Camille Petit, »)."
        ),
    )
    title: Line | None = Field(
        default=None,
        description=(
            "Fonction en minuscules, p. ex. « directrice des ressources humaines ». Une "
            "notaire, un avocat, un huissier ou un commissaire de justice est salué "
            "« Maître » (voir les conventions, « Salutations »)."
        ),
    )
    family_name: Line | None = Field(
        default=None,
        description="Nom de famille exact après « Madame » ou « Monsieur » (« de Villiers », "
        "« Van Damme »). Sans lui, il est déduit du nom : le dernier mot, ou tout ce qui suit "
        "une particule (de, du, le, van…) ; un nom de plus de deux mots sans particule est "
        "repris en entier, sauf un nom vietnamien dont le deuxième mot est « Thi » ou « Van » "
        "(« Nguyen » pour « Nguyen Thi Hoa »).",
    )

    @property
    def surname(self) -> str:
        """The exact family name if given, else the one guessed from the name."""
        return self.family_name or family_name(self.name, self.email)

    @model_validator(mode="after")
    def _family_name_is_in_the_name(self) -> Self:
        if self.family_name and self.family_name.casefold() not in self.name.casefold():
            raise ValueError(
                f"interviewer.family_name ({self.family_name!r}) ne figure pas dans le nom "
                f"({self.name!r}) : recopiez le nom de famille tel qu’il s’écrit dans le nom"
            )
        return self


class Company(_Model):
    """The hiring organisation (R5: the company card)."""

    name: Line = Field(
        description="Nom de l'organisation, de préférence sans article : « Coopérative "
        "Horizon » ; un article tapé devant un nom commun (« la Ville de Gatineau ») est "
        "retiré, celui qui fait partie du nom (« Le Bon Marché ») reste."
    )
    article: Annotated[Literal["le", "la", "les", "l'"] | None, BeforeValidator(_typed_article)] = (
        Field(
            default=None,
            description="Article que le nom prend dans une phrase (« la » pour « la Coopérative "
            "Horizon », « l' » ou « l’ » pour « l'INRAE »), null s'il n'en prend pas.",
        )
    )
    facts: list[Sentence] = Field(
        default_factory=list,
        max_length=10,
        description="Nouvelles de l'entreprise ou du secteur, utiles à une relance (R14).",
    )


class Role(_Model):
    """The position applied for."""

    title: Line = Field(description="Intitulé du poste, accordé : « analyste financière ».")


def _plausible_day(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(
            f"date hors limites ({value.isoformat()}) : écrivez une date entre "
            f"{FIRST_DAY.year} et {LAST_DAY.year}, au format AAAA-MM-JJ"
        )
    return value


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
"""The days a context may name: planning past them would overflow the calendar."""

Day = Annotated[date, AfterValidator(_plausible_day)]


class Interview(_Model):
    """When and how the interview took place."""

    date: Annotated[Day, Field(description="Date de l'entrevue.")]
    mode: Literal["in_person", "video", "phone"] = Field(
        default="in_person",
        description="« in_person » (en personne), « video » (visioconférence) ou « phone ».",
    )


_QUESTION_WORDS = frozenset(
    "comment pourquoi combien quand où ou quoi qui quel quelle quels quelles lequel laquelle "
    "lesquels lesquelles".split()
)


def _topic_form(value: str) -> str:
    words = value.split(maxsplit=1)
    if not words:
        raise ValueError("ne doit pas être vide ; écrivez le sujet abordé")
    first = words[0].casefold().replace("’", "'")
    # « comment ? » alone says nothing of what was discussed: the drafts wrote « vos
    # explications sur le comment » (found by fuzzing the topic forms).
    if value.strip(" ?!.:;").casefold() in _QUESTION_WORDS:
        raise ValueError(
            f"« {value.strip()} » ne dit pas de quoi vous avez parlé ; écrivez la question "
            "entière (« comment l’équipe planifie les quarts? ») ou le sujet (« la "
            "planification des quarts »)"
        )
    if first in {"je", "j'ai", "nous", "on", "il", "elle", "ils", "elles"} or first.startswith(
        ("j'", "m'")
    ):
        raise ValueError(
            "un sujet s’écrit comme un groupe nominal (« la planification des quarts »), un "
            "infinitif (« réduire les retards ») ou une question (« comment l’équipe planifie "
            "les quarts? »), pas comme une phrase sur vous : mettez-la dans debrief.struck_by"
        )
    return value


class Topic(_Model):
    """Something discussed in the interview, in the company's own words (R2, R9)."""

    subject: Annotated[Line, AfterValidator(_topic_form)] = Field(
        description="Ce dont vous avez parlé, comme on le note : un groupe nominal, avec ou "
        "sans article (« la migration vers SAP », « planification des arrêts »), un infinitif "
        "(« réduire les retards »), une question (« comment l’équipe planifie les quarts? ») "
        "ou un seul mot (« Excel »). Pas de phrase à la première personne, ni un mot "
        "interrogatif seul (« comment ? »). Ce qui est « leur » (« c’est quoi leur modèle de "
        "gouvernance? ») devient « votre » dans un message qui leur est écrit, sauf après un "
        "pluriel (« les clients et leur fidélité »)."
    )
    note: Sentence | None = Field(
        default=None,
        description="Ce que la personne en a dit, en notes (« jusqu’à 4 000 colis par jour », "
        "« elle en a parlé longtemps ») : jamais recopiée ; elle place en premier le sujet sur "
        "lequel on a insisté et rattache une nouvelle au sujet dont elle partage les mots ; "
        "une note qui répond « non » écarte le sujet des lettres ; ce qu’elle date après "
        "l’envoi (« audit en mars ») est nommé par une relance sans nouvelle.",
    )


class Commitment(_Model):
    """A promise the candidate made during the interview (R3)."""

    promise: Sentence = Field(
        description="Infinitif, p. ex. « lui transmettre mon analyse du processus de "
        "recouvrement » (« lui » ou « leur » devient « vous » dans les brouillons, comme « vers "
        "elle » ou « auprès de lui » : « revenir vers vous avec… »)."
    )
    done: bool = Field(default=False, description="true une fois la promesse tenue.")
    attachment: Line | None = Field(
        default=None,
        description="Nom du fichier joint au remerciement pour tenir la promesse tout de suite, "
        "p. ex. « analyse-recouvrement.pdf ».",
    )
    link: HttpsUrl | None = Field(
        default=None,
        description="Adresse https où voir ce qui a été promis (portfolio, document partagé).",
    )
    due: Day | None = Field(
        default=None,
        description="Date à laquelle vous enverrez ce qui a été promis, s’il faut plus de "
        "temps pour le préparer ; le remerciement l’annonce honnêtement.",
    )
    details: Sentence | None = Field(
        default=None,
        description="Ce qui a été promis, en mots, quand cela tient dans le message : des "
        "coordonnées, une adresse, un chiffre, p. ex. « Mme Julie Roy, professeure à l’UQAM, "
        "819 555-0100 ». Le remerciement le donne aussitôt (« Comme convenu, voici les "
        "coordonnées de ma directrice de maîtrise : … »), et la relance s’il n’est pas parti.",
    )

    @property
    def in_hand(self) -> bool:
        """Kept, or kept by the message itself: the file, the link or the details are noted."""
        return bool(self.done or self.attachment or self.link or self.details)


class NextSteps(_Model):
    """What the company announced about the rest of the process (R1, R11, R12)."""

    decision_by: Day | None = Field(default=None, description="Date de décision annoncée.")
    channel: Channel = Field(default="email", description="Canal du processus (R13).")
    no_contact: bool = Field(
        default=False, description="L'entreprise a demandé de ne pas la relancer (R11)."
    )
    short_process: bool = Field(
        default=False, description="Processus annoncé comme court : relance après 7 jours (R12)."
    )


class Debrief(_Model):
    """The candidate's own notes after the interview (R4, R6, R10)."""

    highlights: list[Sentence] = Field(
        default_factory=list,
        max_length=5,
        description="Atouts à mettre en avant, en groupe nominal : « mes cinq années en "
        "recouvrement » (R10). Un titre noté avec « la » ou « l’ » devient le vôtre (« la "
        "certification PL-300 » → « ma certification PL-300 »), une expérience notée avec "
        "« la » ou « le » devient la vôtre (« la gestion de 3 équipes » → « mon expérience de "
        "la gestion de trois équipes ») et un chiffre noté après une virgule passe entre "
        "parenthèses (« la ferme familiale, 80 vaches » → « … (80 vaches) ») ; un atout « en "
        "cours », « en attente » ou « à venir » n’est pas mis en avant, faute d’être acquis. "
        "Le remerciement dit l’atout après le sujet qu’il rejoint (« Mes huit ans en grande "
        "distribution m’y ont préparé. ») ou avec l’intérêt redit (« Mon DEC m’a préparée à "
        "ces fonctions. ») ; après votre phrase de `struck_by`, l’atout qui ne rejoint aucun "
        "sujet ferme la lettre (« Fort de mes 12 ans…, je serais heureux de… »). Une relance "
        "apporte à l’équipe des années ou un savoir-faire, et d’un diplôme ce qu’il a appris "
        "(« ce que m’a appris mon DEP ») ; un permis, une carte, un article ou un prix ne "
        "s’apportent pas.",
    )
    impressions: Notes | None = Field(
        default=None,
        description="Impressions à chaud, sur une ou plusieurs lignes (1 200 caractères au "
        "plus ; chaque ligne est lue comme une phrase), jamais citées dans les brouillons (R4), "
        "sauf la "
        "visite, l’essai ou l’exercice du jour qu’elles disent faits (« Visite de la "
        "stabulation + essai de traite », « il m’a fait visiter l’entrepôt », « test pratique "
        "ok », « test d’anglais oral », « mise en situation ») : le remerciement en remercie "
        "(« Merci pour notre entretien de samedi, la visite de la stabulation et l’essai de "
        "traite. » ; à distance, l’exercice seul) ; ce qui est encore à venir (« visite du "
        "chantier proposée », « essai samedi ?? », « un 2e entretien avec mise en situation ») "
        "n’est pas remercié ; une étape proposée sans date encore (« elle m’a proposé une "
        "demi-journée d’observation, date à fixer », « il rappelle lundi pour un essai de "
        "nuit », « visite du chantier proposée », « une soirée de porte-à-porte, date à "
        "fixer », « 2e entretien proposé avec les associés, date à fixer ») : chaque brouillon "
        "propose de la fixer (« Pour la demi-journée d’observation, je peux venir à la date "
        "qui vous conviendra. », « J’aimerais savoir si nous pouvons fixer une date pour… »), "
        "sauf si une promesse ou `since` en parle, ou si le mois qu’elles lui donnent est "
        "passé le jour de l’envoi (« une journée d’essai en février, date à fixer », en "
        "mars). Les autres membres du comité nommés avec leur "
        "civilité ou leur "
        "titre (« Comité de 3 : Mme Dupont, M. Chabot (RH) », « son collègue M. Beaulieu a "
        "posé les questions », « Dre Fortier (radio-oncologue) ») sont remerciés aussi (« Mes "
        "remerciements vont aussi à M. Chabot. », « … à la Dre Fortier »), et ceux nommés par "
        "un prénom qui dit la civilité puis leur nom (« avec Thomas + Émilie de Grandpré » : "
        "« … à Mme de Grandpré »), ou par leur seul prénom dans la liste du comité (« avec "
        "Chloé la planneuse strat » : « … à Chloé, la planneuse », par la fonction notée "
        "après le prénom, ou son service (« Marco du soutien technique » : « … à Marco, du "
        "soutien technique ») ; « + Aïssatou depuis Dakar » : « … à votre collègue "
        "Aïssatou ») ; une "
        "personne notée « (iel) » l’est par son nom complet, sans civilité (« … à Alexis "
        "Côté »), et qui porte votre nom de famille, avec son prénom (« … à M. Réjean "
        "Poulin ») ; "
        "pas un nom douteux (« M. Robert ? », « Guy Villeneuve (je crois?) »), ni celui de vos "
        "promesses, ni une "
        "fonction (« Mme la Maire » est la personne à qui vous écrivez), ni qui vous reverrez "
        "(« on se revoit fin janvier avec Mme Da Costa », « il me booke un essai avec "
        "Normand », « tournée prévue samedi avec Didier »), ni qui vous avez servi (« une "
        "vraie cliente (Mme Gomez, 82 ans) »). Le tutoiement noté "
        "(« elle m’a tutoyée ») fait saluer par le prénom, ou par le surnom entre parenthèses "
        "(« Ghislain (Gus) D’Amours ») ; « elle m’a vouvoyée » l’emporte ; le « tu » seulement "
        "reçu d’une élue (députée, maire) ou, pour un apprenti, de son maître d’apprentissage "
        "garde « Madame » tant que les notes ne le disent pas réciproque (« on se tutoie », "
        "« appelle-moi Gus ») ; un « tu » noté entre parenthèses après le nom d’une autre "
        "personne (« Thierry le chef d’équipe (on s’est tutoyés) ») est le sien ; un « tu » "
        "dont les notes doutent (« avec Gabrielle aussi? pas sûre ») garde « vous » ; votre "
        "propre « vous » ne l’annule pas au Québec (« il me tutoyait, moi je l’ai vouvoyé » : "
        "« Bonjour Marc-André, ») ; en France, il fait saluer par la civilité. Le « tu » d’une "
        "autre personne (« on s’est tutoyées avec Léa, pas avec Mme Des Rosiers », « sa fille "
        "Inès gère la boutique, on s’est tutoyés avec elle ») ne compte pas ; celui qu’elle "
        "partage avec vous, si (« on s’est tutoyés avec Isabelle, pas avec M. Côté », écrit à "
        "Isabelle). Une personne rencontrée que les notes disent sourde ou malentendante "
        "(« parce que Sonia est sourde », « Visio avec Solène, qui est sourde ») n’est jamais "
        "appelée : le plan ne propose que des "
        "relances écrites. Un tutoiement "
        "réciproque ou offert (« on s’est tutoyés », « appelle-moi Ben », « il m’a dit tu tout "
        "de suite, moi aussi ») fait dire « tu » dans tout le brouillon, et saluer par le "
        "prénom offert (« Bonjour Ben, », et « Bonjour Manu, » pour Emmanuel) ; sans prénom "
        "connu (« M. Delpeyrat »), l’appel et le message vocal disent « Bonjour » seul, "
        "jamais « Bonjour Monsieur Delpeyrat » suivi de « tu », et vers une boîte partagée "
        "(« rh@ ») tout le suivi dit « vous ». Qui vous a demandé de l’appeler par son "
        "prénom (« appelez-moi Pascale », « elle m’a dit de l’appeler Maryvonne », « Elle m’a "
        "vouvoyée mais m’a dit de l’appeler Lucia ») est salué ainsi, avec « vous » si l’un "
        "de vous deux a vouvoyé l’autre, même noté sans prénom (« Mme PELLETIER », « Elle "
        "m’a dit de l’appeler Nathalie » : « Bonjour Nathalie, »). Un délai qu’elles "
        "seules donnent (« Il rappelle la semaine prochaine », « résultats dans 3-4 semaines », "
        "« avant Noël », « il se décide avant les fêtes », « on devrait vous revenir après les "
        "fêtes », « résultats après les congés de fin d’année », « les offres vont sortir après "
        "les fêtes », « on se revoit fin janvier », « fin "
        "de la semaine prochaine », « réponse dans 2 semaines après le stage » (compté depuis "
        "le stage noté : « Stage en cuisine prévu jeudi 10 décembre »), « après la réunion "
        "du conseil du 15 décembre », « décision au conseil municipal du 15 décembre », « il "
        "rappelle en février », attendu jusqu’à la fin du "
        "mois, « au courant de l’hiver ») est attendu par le plan comme une date de décision, "
        "qu’il vous demande de "
        "noter dans `next_steps.decision_by` ; un jour fixé plus tard que cette date (« séance "
        "simu prévue le 10 décembre ») fait aussi attendre l’appel ; une rencontre fixée "
        "(« 2e entretien prévu le 14 décembre », même notée dans `since` : « nous rencontrer "
        "à la clinique le 15 décembre » ; une journée d’essai ou un test sur place avec son "
        "jour : « test de dextérité prévu sur place le 10 décembre ») fait attendre relance et "
        "appel une semaine après "
        "elle, deux semaines après une deuxième entrevue (que le script d’appel nomme alors : "
        "« Je vous appelle à la suite de mon deuxième entretien du 10 décembre »), et une "
        "rencontre dans une "
        "partie de mois (« on se revoit fin janvier »), une semaine après son dernier jour "
        "possible ; une deuxième entrevue fixée sous condition (« 2e entretien sur place le "
        "14 décembre si je suis retenu ») n’est ni attendue ni dite tenue, ni une étape notée "
        "plus de trois semaines après la réponse annoncée (« réponse avant Noël », « sans "
        "doute une journée d’essai en avril ») ; deux jours d’un même mois (« essai de 2 "
        "jours fixé samedi 12 et dimanche 13 décembre ») se lisent chacun avec ce mois ; une "
        "deuxième "
        "entrevue fixée à l’entrevue même, sans doute ni condition, "
        "est attendue par le remerciement (« Je me réjouis du deuxième entretien prévu le "
        "mercredi 9 décembre. »), comme un essai ou une visite datés après lui (« essai sur "
        "le chantier du clocher prévu jeudi 10 décembre » : « Je viendrai le jeudi "
        "10 décembre pour l’essai sur le chantier du clocher. »), remercié ensuite par le "
        "premier message qui suit (« Merci pour l’essai… du 10 décembre. »). Un mois abrégé "
        "après son jour (« le 9 déc »), un jour de la semaine avant sa date (« prévu jeudi "
        "10 décembre ») et des "
        "notes tapées sans accents (« réponse apres les fetes ») se lisent de même ; les "
        "résultats d’un sujet (« affichage des résultats en mars ») ne sont pas la réponse. "
        "« pas de mail, il préfère le téléphone », sans `interviewer.email` : le script "
        "d’appel demande le moyen qui convient au lieu d’une adresse électronique, et le "
        "message vocal n’en demande pas. Une réponse "
        "ratée notée ici (« j’ai bafouillé sur la question du résident agressif », « pas su "
        "répondre pour le CNAS ») : tant que `to_add` est vide, la note du remerciement vous "
        "demande d’y écrire ce que vous auriez voulu dire (R10).",
    )
    struck_by: Sentence | None = Field(
        default=None,
        description="Ce qui vous a frappé pendant l’entrevue, en une phrase à vous, à la "
        "première personne : « J’ai été frappée par la place que vous donnez aux préposés "
        "dans le choix des horaires. » Le remerciement la reprend telle quelle.",
    )
    to_add: Sentence | None = Field(
        default=None,
        description="Ce que vous voudriez ajouter ou corriger (R6, R10), en une phrase à vous : "
        "« J’ai repensé à votre question sur Excel : j’ai automatisé nos rapports de ventes "
        "l’an dernier. » Le remerciement la reprend telle quelle ; une phrase qui dit seulement "
        "la réponse ratée (« J’ai pas su répondre sur le REAC, je connaissais pas le sigle ») "
        "n’est pas reprise, et la note du remerciement vous demande ce que vous auriez voulu "
        "répondre.",
    )
    since: list[Sentence] = Field(
        default_factory=list,
        max_length=3,
        description="Ce qui s’est passé depuis l’entrevue, une phrase à vous par élément : "
        "« J’ai obtenu mon attestation en secourisme la semaine dernière. » La relance en "
        "reprend une (R14). Une deuxième entrevue ou un essai auxquels l’organisation vous "
        "invite (« Mme Lanteigne m’a invitée à une deuxième entrevue », « le 2e entretien est "
        "confirmé pour le 10 décembre », « le labo m’a proposé une semaine d’essai du 14 au 18 "
        "décembre ») ne sont pas une nouvelle à lui "
        "annoncer : la relance ne les dit pas, et part de cette entrevue une fois passée.",
    )


class HistoryEntry(_Model):
    """A contact already made, or a reply received."""

    kind: HistoryKind = Field(
        description="Ce qui a eu lieu : suivi envoyé (« thank_you », « reminder »), appel "
        "(« phone_call »), message vocal (« voicemail ») ou réponse reçue (« reply_received »)."
    )
    on: Day = Field(description="Date du contact.")
    channel: Channel = Field(default="email", description="« email » ou « phone ».")


class InterviewContext(_Model):
    """Everything the drafts, the checks and the planner need about one interview."""

    locale: Locale = Field(description="« fr_CA » (Québec) ou « fr_FR » (France).")
    candidate: Candidate = Field(description="La personne qui cherche l’emploi et écrit.")
    interviewer: Interviewer = Field(
        description="La personne qui a mené l’entrevue et reçoit les suivis (R19)."
    )
    company: Company = Field(description="L’organisation qui recrute (R5).")
    role: Role = Field(description="Le poste visé.")
    interview: Interview = Field(description="Quand et comment l’entrevue a eu lieu.")
    topics: list[Topic] = Field(
        default_factory=list,
        max_length=10,
        description="Sujets abordés, dans les mots de l’entreprise (R2, R9) ; le premier "
        "nourrit le remerciement, le suivant une relance sans rien de nouveau.",
    )
    commitments: list[Commitment] = Field(
        default_factory=list,
        max_length=10,
        description="Promesses faites pendant l’entrevue (R3).",
    )
    next_steps: NextSteps = Field(
        default_factory=NextSteps,
        description="Ce que l’entreprise a annoncé pour la suite (R1, R11, R12).",
    )
    history: list[HistoryEntry] = Field(
        default_factory=list,
        max_length=50,
        description="Contacts déjà faits et réponses reçues, dans l’ordre. Après le "
        "remerciement, deux relances au plus (R17) : une relance écrite et un appel comptent "
        "chacun, un appel et un message vocal du même jour n’en font qu’une ; une réponse "
        "reçue arrête le plan (R22).",
    )
    debrief: Debrief = Field(
        default_factory=Debrief, description="Notes personnelles après l’entrevue (R4, R6, R10)."
    )

    @model_validator(mode="before")
    @classmethod
    def _forgive_common_spellings(cls, data: Any) -> Any:
        return forgive(data)

    @model_validator(mode="after")
    def _dates_follow_the_interview(self) -> Self:
        held = self.interview.date
        decision = self.next_steps.decision_by
        if decision is not None and decision < held:
            raise ValueError(
                f"next_steps.decision_by ({decision}) précède la date de l'entrevue ({held}) : "
                "corrigez l'une des deux dates"
            )
        for index, entry in enumerate(self.history):
            if entry.on < held:
                raise ValueError(
                    f"history[{index}].on ({entry.on}) précède la date de l'entrevue ({held}) : "
                    "un suivi ne peut pas avoir eu lieu avant"
                )
        return self

    @model_validator(mode="after")
    def _known_valid(self) -> Self:
        # Last of the validators: only a context that passed them all is remembered, so
        # that render and check take it as it is (a copy made with ``model_copy`` is not).
        _remember_valid(self)
        return self

    @property
    def notes_on_the_person_met(self) -> list[str]:
        """What the candidate noted of the interview as it went (« il a insisté »)."""
        impressions = [self.debrief.impressions] if self.debrief.impressions else []
        return [t.note for t in self.topics if t.note] + impressions

    @property
    def open_commitments(self) -> list[Commitment]:
        """Promises not yet kept (R3: keeping one is the strongest follow-up)."""
        return [c for c in self.commitments if not c.done]


_CHECKED: weakref.WeakValueDictionary[int, InterviewContext] = weakref.WeakValueDictionary()
"""Contexts found valid, by identity, as long as they live (so an identity is never reused)."""


def as_context(value: InterviewContext | Mapping[str, Any]) -> InterviewContext:
    """A validated context from a context or its JSON-ready data.

    A context built by validation is taken as it is. ``model_copy(update=…)`` and
    ``model_construct`` skip validation, so such a context is validated again; the same
    object comes back when nothing changes. A context is frozen: once found valid, the
    same object is not validated again (a plan renders several drafts from one context).

    Raises:
        pydantic.ValidationError: the data, or a copied context, is not a valid context.

    """
    if not isinstance(value, InterviewContext):
        return InterviewContext.model_validate(value)
    if _CHECKED.get(id(value)) is value:
        return value
    checked = InterviewContext.model_validate(value.model_dump(warnings=False))
    if checked != value:
        return checked
    _remember_valid(value)
    return value


def _remember_valid(context: InterviewContext) -> None:
    _CHECKED[id(context)] = context
