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
from datetime import date
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

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
_PHONE = re.compile(r"^\+?[0-9 ().\-\u00a0\u202f]{7,25}$")


def _no_encoded_word(value: str) -> None:
    if ENCODED_WORD.search(value):
        raise ValueError(
            "contient un mot encodé « =?…?= » (forme des en-têtes de courriel) : écrivez le "
            "texte lui-même, la bibliothèque encode les accents"
        )


def _single_line(value: str) -> str:
    if _LINE_BREAKS.search(value):
        raise ValueError("doit tenir sur une seule ligne : retirez le saut de ligne")
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
            "n'est pas un numéro de téléphone valide (chiffres, espaces, tirets ; ex. 514 555-0142)"
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

EmailAddress = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=254), AfterValidator(_email_address)
]
PhoneNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=30), AfterValidator(_phone_number)
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
        """The last word of the name, used after a civility (« Madame Tremblay »)."""
        return self.name.split()[-1]


class Candidate(Contact):
    """The job seeker who writes the follow-up."""

    gender: Gender = Field(
        description="Accord des brouillons : « f » (intéressée), « m » (intéressé) ou « n » "
        "(tournures épicènes)."
    )


class Interviewer(Contact):
    """The person who led the interview and receives the follow-up (R19: aim at them)."""

    civility: Literal["Madame", "Monsieur"] | None = Field(
        default=None,
        description="« Madame », « Monsieur » ou null (salutation par le nom complet).",
    )
    title: Line | None = Field(
        default=None,
        description="Fonction en minuscules, p. ex. « directrice des ressources humaines ».",
    )


class Company(_Model):
    """The hiring organisation (R5: the company card)."""

    name: Line = Field(description="Nom de l'organisation, sans article : « Coopérative Horizon ».")
    article: Literal["le", "la", "les", "l'"] | None = Field(
        default=None,
        description="Article que le nom prend dans une phrase (« la » pour « la Coopérative "
        "Horizon »), null s'il n'en prend pas.",
    )
    facts: list[Sentence] = Field(
        default_factory=list,
        max_length=10,
        description="Nouvelles de l'entreprise ou du secteur, utiles à une relance (R14).",
    )


class Role(_Model):
    """The position applied for."""

    title: Line = Field(description="Intitulé du poste, accordé : « analyste financière ».")


class Interview(_Model):
    """When and how the interview took place."""

    date: Annotated[date, Field(description="Date de l'entrevue.")]
    mode: Literal["in_person", "video", "phone"] = Field(
        default="in_person",
        description="« in_person » (en personne), « video » (visioconférence) ou « phone ».",
    )


class Topic(_Model):
    """Something discussed in the interview, in the company's own words (R2, R9)."""

    subject: Line = Field(
        description="Groupe nominal avec son article : « la migration du système comptable "
        "vers SAP »."
    )
    note: Sentence | None = Field(
        default=None, description="Ce que la personne en a dit, pour mémoire."
    )


class Commitment(_Model):
    """A promise the candidate made during the interview (R3)."""

    promise: Sentence = Field(
        description="Infinitif, p. ex. « lui transmettre mon analyse du processus de "
        "recouvrement » (« lui » ou « leur » devient « vous » dans les brouillons)."
    )
    done: bool = Field(default=False, description="true une fois la promesse tenue.")


class NextSteps(_Model):
    """What the company announced about the rest of the process (R1, R11, R12)."""

    decision_by: date | None = Field(default=None, description="Date de décision annoncée.")
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
        "recouvrement » (R10).",
    )
    impressions: Sentence | None = Field(
        default=None, description="Impressions à chaud, jamais citées dans les brouillons (R4)."
    )


class HistoryEntry(_Model):
    """A contact already made, or a reply received."""

    kind: HistoryKind = Field(
        description="Ce qui a eu lieu : suivi envoyé (« thank_you », « reminder »), appel "
        "(« phone_call »), message vocal (« voicemail ») ou réponse reçue (« reply_received »)."
    )
    on: date = Field(description="Date du contact.")
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
        "nourrit les brouillons.",
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
        description="Contacts déjà faits et réponses reçues, dans l’ordre.",
    )
    debrief: Debrief = Field(
        default_factory=Debrief, description="Notes personnelles après l’entrevue (R4, R6, R10)."
    )

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

    @property
    def open_commitments(self) -> list[Commitment]:
        """Promises not yet kept (R3: keeping one is the strongest follow-up)."""
        return [c for c in self.commitments if not c.done]
