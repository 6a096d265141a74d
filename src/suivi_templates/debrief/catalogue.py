"""The debrief's questions, as data, in the order a person remembers an interview (R4–R6).

Who, where, when and how; the role; the topics and what struck you; what you would add;
what you promised; the next steps and the decision date (R1–R6, R10, R12, R14). Each
question names the context field it fills, shows an example answer, and names the checker
of :mod:`suivi_templates.debrief.answers` that reads the answer. The terminal, the notebook
form and the printable sheet all walk this one catalogue.

>>> [section.title for section in SECTIONS][:3]
['Où et qui', 'La personne rencontrée', 'Le poste et l’entrevue']
>>> sum(1 for _ in questions())
27
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from suivi_templates.debrief import answers as a
from suivi_templates.debrief import dates
from suivi_templates.debrief import register as r

__all__ = ["SECTIONS", "Question", "Repeated", "Section", "questions"]

Checker = Callable[[str, a.Session], Any]


@dataclass(frozen=True)
class Question:
    """One question: the context field it fills, how to ask, how to read the answer.

    ``path`` is relative to its list item inside a :class:`Repeated`. ``proposal`` gives a
    default answer from the answers so far (accepted with Entrée); ``asked_if`` skips the
    question when it has nothing to ask; ``on_paper`` is false for what the printed sheet
    leaves out (one's own address, the locale: nothing to remember there).
    """

    path: str
    text: str
    example: str
    check: Checker
    optional: bool = False
    proposal: Callable[[a.Session], str | None] | None = None
    asked_if: Callable[[a.Session], bool] | None = None
    none_answer: str | None = None
    on_paper: bool = True


@dataclass(frozen=True)
class Repeated:
    """A list of answers (topics, promises…): the first question of an item opens it."""

    path: str
    least: int
    most: int
    item: tuple[Question, ...]
    more: str

    @property
    def is_of_texts(self) -> bool:
        """A list of strings (``debrief.since``) rather than of objects (``topics``)."""
        return len(self.item) == 1 and self.item[0].path == ""


@dataclass(frozen=True)
class Section:
    """A group of questions shown under one title, with a word on why they matter."""

    title: str
    why: str
    entries: tuple[Question | Repeated, ...]


def _family_name_worth_asking(session: a.Session) -> bool:
    return a.has_particle(str(session.answers.get("interviewer.name", "")))


def _proposed_family_name(session: a.Session) -> str | None:
    return a.guess_family_name(str(session.answers.get("interviewer.name", ""))) or None


def _proposed_article(session: a.Session) -> str | None:
    typed = session.proposals.get("company.article")
    if typed is not None:
        return typed
    return a.propose_article(str(session.answers.get("company.name", ""))) or "aucun"


def _no_decision_date(session: a.Session) -> bool:
    return session.answers.get("next_steps.decision_by") is None


def _constant(value: str) -> Callable[[a.Session], str]:
    return lambda session: value


SECTIONS: tuple[Section, ...] = (
    Section(
        "Où et qui",
        "Vos brouillons s’écrivent en français du Québec ou de France, à votre nom.",
        (
            Question(
                "locale",
                "Où a eu lieu le processus : au Québec (qc) ou en France (fr) ?",
                "qc",
                a.locale,
                on_paper=False,
            ),
            Question("candidate.name", "Votre prénom et votre nom.", "Camille Roy", a.person_name),
            Question(
                "candidate.gender",
                "L’accord de vos messages : f (intéressée), m (intéressé) ou n (tournures "
                "épicènes) ?",
                "f",
                a.gender,
                on_paper=False,
            ),
            Question(
                "candidate.email",
                "Votre adresse courriel (facultatif).",
                "camille.roy@exemple.org",
                a.email,
                optional=True,
                on_paper=False,
            ),
            Question(
                "candidate.phone",
                "Votre numéro de téléphone (facultatif ; il sert au message vocal).",
                "514 555-0142",
                a.phone,
                optional=True,
                on_paper=False,
            ),
        ),
    ),
    Section(
        "La personne rencontrée",
        "C’est à elle que s’adressent le remerciement et les relances (R19).",
        (
            Question(
                "interviewer.name",
                "Le prénom et le nom de la personne qui a mené l’entrevue.",
                "Hélène de Villiers",
                a.person_name,
            ),
            Question(
                "interviewer.family_name",
                "Son nom de famille, tel qu’il s’écrit après « Madame » ou « Monsieur » ?",
                "de Villiers",
                a.family_name,
                optional=True,
                proposal=_proposed_family_name,
                asked_if=_family_name_worth_asking,
                on_paper=False,
            ),
            Question(
                "interviewer.civility",
                "Madame, Monsieur, ou aucune (salutation par le nom complet) ?",
                "Madame",
                a.civility,
                none_answer="aucune",
            ),
            Question(
                "interviewer.title",
                "Sa fonction, en minuscules (facultatif).",
                "directrice des ressources humaines",
                a.job_title,
                optional=True,
            ),
            Question(
                "interviewer.email",
                "Son adresse courriel professionnelle (facultatif ; jamais une adresse "
                "personnelle trouvée ailleurs, R13).",
                "helene.devilliers@horizon.exemple",
                a.email,
                optional=True,
                on_paper=False,
            ),
        ),
    ),
    Section(
        "Le poste et l’entrevue",
        "L’organisation, le poste et la date situent chaque message.",
        (
            Question(
                "company.name", "Le nom de l’organisation.", "Coopérative Horizon", a.company_name
            ),
            Question(
                "company.article",
                "Son article dans une phrase : le, la, les, l’ ou aucun ?",
                "la",
                a.company_article,
                proposal=_proposed_article,
            ),
            Question(
                "role.title", "L’intitulé du poste, accordé.", "analyste financière", a.job_title
            ),
            Question(
                "interview.date",
                "La date de l’entrevue.",
                "19/11/2026, 19 novembre ou hier",
                dates.interview_date,
            ),
            Question(
                "interview.mode",
                "En personne, en vidéo ou au téléphone ?",
                "en personne",
                a.mode,
                proposal=_constant("en personne"),
            ),
        ),
    ),
    Section(
        "Ce qui a été dit",
        "Les sujets de l’entrevue, dans les mots de l’entreprise, rendent vos messages "
        "personnels (R2, R9).",
        (
            Repeated(
                "topics",
                least=1,
                most=5,
                item=(
                    Question(
                        "subject",
                        "Un sujet abordé, en groupe nominal avec son article.",
                        "la migration du système comptable vers SAP",
                        a.topic_subject,
                    ),
                    Question(
                        "note",
                        "Ce que la personne en a dit, pour mémoire (facultatif).",
                        "elle craint des retards à la clôture de fin d’année",
                        a.note,
                        optional=True,
                    ),
                ),
                more="Un autre sujet ? (Entrée pour passer)",
            ),
            Question(
                "debrief.struck_by",
                "Ce qui vous a frappé, en une phrase que vous pourriez lui écrire : ce qui compte "
                "pour son équipe, et ce que vous y apportez (facultatif).",
                "J’ai retenu votre souci de stabiliser l’équipe de nuit : c’est ce qui m’a fait "
                "rester cinq ans dans mon poste actuel.",
                r.sentence_to_employer,
                optional=True,
            ),
        ),
    ),
    Section(
        "Ce que vous ajouteriez",
        "Une réponse à compléter, un atout peu discuté : de bonnes raisons d’écrire (R6, R10).",
        (
            Question(
                "debrief.to_add",
                "Ce que vous ajouteriez ou corrigeriez, en une phrase que vous lui écririez : "
                "partez de sa question ou de son besoin, puis ce que vous apportez (facultatif).",
                "J’ai repensé à votre question sur les quarts de nuit : j’en ai fait deux par "
                "semaine pendant trois ans.",
                r.sentence_to_employer,
                optional=True,
            ),
            Repeated(
                "debrief.highlights",
                least=0,
                most=3,
                item=(
                    Question(
                        "",
                        "Un atout à mettre en avant, en groupe nominal (facultatif).",
                        "mes cinq années en recouvrement",
                        a.highlight,
                        optional=True,
                    ),
                ),
                more="Un autre atout ? (Entrée pour passer)",
            ),
            Question(
                "debrief.impressions",
                "Vos impressions à chaud, pour vous seul (jamais citées ; facultatif).",
                "J’ai hésité sur la question des délais de clôture.",
                a.note,
                optional=True,
            ),
        ),
    ),
    Section(
        "Vos promesses",
        "Tenir une promesse est le meilleur des suivis (R3).",
        (
            Repeated(
                "commitments",
                least=0,
                most=3,
                item=(
                    Question(
                        "promise",
                        "Une promesse faite pendant l’entrevue, à l’infinitif (facultatif).",
                        "lui transmettre mon analyse du processus de recouvrement",
                        a.promise,
                        optional=True,
                    ),
                    Question(
                        "attachment",
                        "Le fichier que vous joindrez au remerciement pour la tenir (facultatif).",
                        "analyse-recouvrement.pdf",
                        a.attachment,
                        optional=True,
                    ),
                    Question(
                        "link",
                        "Ou une adresse https où le voir (facultatif).",
                        "https://exemple.org/portfolio",
                        a.https_link,
                        optional=True,
                    ),
                    Question(
                        "due",
                        "S’il n’est pas prêt : la date où vous l’enverrez ; le plan de suivi "
                        "en fait une étape, avant la relance (facultatif).",
                        "2026-11-25",
                        dates.due_date,
                        optional=True,
                    ),
                ),
                more="Une autre promesse ? (Entrée pour passer)",
            ),
        ),
    ),
    Section(
        "La suite",
        "La date annoncée et le canal décident du moment des relances (R1, R11–R13).",
        (
            Question(
                "next_steps.decision_by",
                "La date de décision annoncée (facultatif).",
                "28/11/2026, 28 novembre ou vendredi prochain",
                dates.decision_date,
                optional=True,
            ),
            Question(
                "next_steps.short_process",
                "Sans date : le processus a-t-il été annoncé comme court ? (oui/non)",
                "non",
                a.yes_no,
                proposal=_constant("non"),
                asked_if=_no_decision_date,
            ),
            Question(
                "next_steps.channel",
                "Le canal du processus : courriel ou téléphone ?",
                "courriel",
                a.channel,
                proposal=_constant("courriel"),
            ),
            Question(
                "next_steps.no_contact",
                "L’entreprise a-t-elle demandé de ne pas la relancer ? (oui/non)",
                "non",
                a.yes_no,
                proposal=_constant("non"),
            ),
        ),
    ),
    Section(
        "Depuis l’entrevue",
        "Pour une relance, un fait nouveau vaut mieux qu’un rappel (R14), surtout s’il dit ce "
        "qu’il change pour l’équipe. À remplir plus tard avec --reprendre.",
        (
            Repeated(
                "debrief.since",
                least=0,
                most=3,
                item=(
                    Question(
                        "",
                        "Un fait nouveau de votre côté, en une phrase à la première personne, "
                        "avec ce qu’il change pour l’employeur (facultatif).",
                        "J’ai obtenu mon attestation en secourisme la semaine dernière : je "
                        "pourrai donc assurer seule les quarts de nuit.",
                        r.fact_since,
                        optional=True,
                    ),
                ),
                more="Un autre fait nouveau ? (Entrée pour passer)",
            ),
            Repeated(
                "company.facts",
                least=0,
                most=3,
                item=(
                    Question(
                        "",
                        "Une nouvelle de l’organisation, ce qui suivrait « J’ai appris que » "
                        "(facultatif).",
                        "la coopérative ouvre un bureau à Lévis",
                        a.company_fact,
                        optional=True,
                    ),
                ),
                more="Une autre nouvelle ? (Entrée pour passer)",
            ),
        ),
    ),
)


def questions() -> Iterator[tuple[Section, Question | Repeated]]:
    """Every entry of the catalogue with its section, in order."""
    for section in SECTIONS:
        for entry in section.entries:
            yield section, entry
