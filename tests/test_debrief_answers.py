"""The debrief's answer checkers: what each accepts, tidies, refuses, and proposes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from suivi_templates.debrief import answers as a
from suivi_templates.debrief import dates
from suivi_templates.debrief.catalogue import SECTIONS, Question

TODAY = date(2026, 11, 20)  # a Friday; the interview was on Thursday 19


def session(**answers: object) -> a.Session:
    current = a.Session(today=TODAY)
    current.answers.update({"interview.date": date(2026, 11, 19), **answers})
    return current


def hint_of(check, text: str, **answers: object) -> a.Hint:
    with pytest.raises(a.Hint) as raised:
        check(text, session(**answers))
    return raised.value


@pytest.mark.parametrize(
    ("check", "typed", "expected"),
    [
        (a.locale, "Québec", "fr_CA"),
        (a.locale, "FR", "fr_FR"),
        (a.gender, "féminin", "f"),
        (a.civility, "M.", "Monsieur"),
        (a.civility, "aucune", None),
        (a.mode, "Teams", "video"),
        (a.channel, "téléphone", "phone"),
        (a.yes_no, "Oui", True),
        (a.person_name, "jean-françois tremblay", "Jean-François Tremblay"),
        (a.person_name, "HÉLÈNE DE VILLIERS", "Hélène de Villiers"),
        (a.person_name, "Marc Le Goff", "Marc Le Goff"),
        (a.job_title, "Analyste financière", "analyste financière"),
        (a.job_title, "DBA Oracle", "DBA Oracle"),
        (a.company_name, "Desjardins", "Desjardins"),
        (a.topic_subject, "La planification des arrêts", "la planification des arrêts"),
        (a.topic_subject, "l'intégration des préposés", "l'intégration des préposés"),
        (a.topic_subject, "vos projets en Beauce", "vos projets en Beauce"),
        (a.highlight, "Mes cinq années en recouvrement.", "mes cinq années en recouvrement"),
        (a.promise, "Leur envoyer mes références", "leur envoyer mes références"),
        (a.promise, "vous faire parvenir mon portfolio", "vous faire parvenir mon portfolio"),
        (a.attachment, "plan-communication-Lavoie.pdf", "plan-communication-Lavoie.pdf"),
        (a.https_link, "https://exemple.org/portfolio?x=1", "https://exemple.org/portfolio?x=1"),
        (
            a.first_person_sentence,
            "la place des préposés dans les horaires m'a frappée",
            "La place des préposés dans les horaires m'a frappée.",
        ),
        (
            a.company_fact,
            "La coopérative ouvre un bureau à Lévis.",
            "la coopérative ouvre un bureau à Lévis",
        ),
        (
            a.company_fact,
            "Desjardins ouvre un bureau à Lévis",
            "Desjardins ouvre un bureau à Lévis",
        ),
    ],
)
def test_accepted_and_tidied(check, typed, expected):
    assert check(typed, session()) == expected


@pytest.mark.parametrize(
    ("typed", "name", "article"),
    [
        ("la Coopérative Horizon", "Coopérative Horizon", "la"),
        ("la SAQ", "SAQ", "la"),
        ("L’Atelier Lumen", "Atelier Lumen", "l'"),
        ("les Jardins de Métis", "Jardins de Métis", "les"),
    ],
)
def test_a_typed_article_becomes_the_proposal(typed, name, article):
    split = a.company_name(typed, session())

    assert isinstance(split, a.Split)
    assert (split.value, split.proposals) == (name, {"company.article": article})


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Coopérative Horizon", "la"),
        ("Agence Spatiale", "l'"),
        ("Groupe Jean Coutu", "le"),
        ("Hôpital Sainte-Justine", "l'"),
        ("Desjardins", None),
    ],
)
def test_the_article_proposed_for_a_company(name, article):
    assert a.propose_article(name) == article


def test_an_article_is_elided_before_a_vowel():
    assert a.company_article("la", session(**{"company.name": "Agence Ovale"})) == "l'"


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Hélène de Villiers", "de Villiers"),
        ("Paul Van Damme", "Van Damme"),
        ("Marc Le Goff", "Le Goff"),
        ("Anne-Marie d'Aubigné", "d'Aubigné"),
        ("Jan van der Berg", "van der Berg"),
        ("Julie Tremblay", "Tremblay"),
        ("Marie de la Fontaine", "de la Fontaine"),
    ],
)
def test_family_names_with_particles_are_proposed(name, family):
    assert a.guess_family_name(name) == family
    assert a.has_particle(name) == (family != name.split()[-1] or len(name.split()) > 2)


def test_a_family_name_must_come_from_the_name():
    hint = hint_of(a.family_name, "Dupont", **{"interviewer.name": "Hélène de Villiers"})

    assert "fait partie du nom « Hélène de Villiers »" in hint.message
    assert a.family_name("DE VILLIERS", session(**{"interviewer.name": "Hélène de Villiers"})) == (
        "de Villiers"
    )


@pytest.mark.parametrize(
    ("typed", "fragment", "proposal"),
    [
        ("planification des arrêts", "Ajoutez l'article", "la planification des arrêts"),
        ("horaires de nuit", "Ajoutez l'article", "les horaires de nuit"),
        ("intégration des préposés", "Ajoutez l'article", "l'intégration des préposés"),
        ("comment l'équipe planifie les quarts?", "C'est une question", None),
        ("réduire les retards de livraison", "plutôt qu'à l'infinitif", None),
        ("Excel", "seul dit peu de chose", "Excel"),
        ("SST", "seul dit peu de chose", "SST"),
    ],
)
def test_topic_hints(typed, fragment, proposal):
    hint = hint_of(a.topic_subject, typed)

    assert fragment in hint.message
    assert hint.proposal == (proposal or typed)


@pytest.mark.parametrize(
    ("check", "typed", "fragment"),
    [
        (a.person_name, "Camille", "le prénom et le nom"),
        (a.person_name, "C4mille R0y", "ni chiffre"),
        (a.first_person_sentence, "Super entrevue", "au moins cinq mots"),
        (a.first_person_sentence, "L'équipe semble soudée et très motivée", "première personne"),
        (a.highlight, "je parle trois langues", "sans « je »"),
        (a.promise, "mon portfolio", "à l'infinitif"),
        (a.attachment, "portfolio", "l'extension"),
        (a.attachment, "../../etc/passwd.txt", "sans dossier"),
        (a.https_link, "javascript:alert(1)", "Adresse invalide"),
        (a.email, "camille.roy@", "Adresse courriel invalide"),
        (a.phone, "un deux trois", "Numéro invalide"),
        (a.company_article, "une", "Répondez « le »"),
    ],
)
def test_refused_with_a_french_hint(check, typed, fragment):
    assert fragment in hint_of(check, typed).message


@pytest.mark.parametrize(
    ("typed", "proposal"),
    [
        ("http://exemple.org/a", "https://exemple.org/a"),
        ("www.exemple.org", "https://www.exemple.org"),
    ],
)
def test_links_are_proposed_in_https(typed, proposal):
    assert hint_of(a.https_link, typed).proposal == proposal


@pytest.mark.parametrize(
    ("typed", "proposal"),
    [
        ("je vais lui envoyer mon analyse", "lui envoyer mon analyse"),
        ("J'ai promis de leur transmettre mes références", "leur transmettre mes références"),
    ],
)
def test_a_promise_is_proposed_in_the_infinitive(typed, proposal):
    assert hint_of(a.promise, typed).proposal == proposal


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-28", date(2026, 11, 28)),
        ("28/11/2026", date(2026, 11, 28)),
        ("28-11-2026", date(2026, 11, 28)),
        ("28/11", date(2026, 11, 28)),
        ("28 novembre", date(2026, 11, 28)),
        ("le 28 nov. 2026", date(2026, 11, 28)),
        ("1er décembre", date(2026, 12, 1)),
        ("8 janvier", date(2027, 1, 8)),  # after the interview: next year
        ("Vendredi 4 décembre", date(2026, 12, 4)),
    ],
)
def test_decision_dates(typed, expected):
    assert dates.decision_date(typed, session()) == expected


@pytest.mark.parametrize(
    ("typed", "proposal"),
    [
        ("vendredi prochain", "2026-11-20"),
        ("lundi", "2026-11-23"),
        ("la semaine prochaine", "2026-11-27"),
        ("dans deux semaines", "2026-12-03"),
        ("d'ici 10 jours", "2026-11-29"),
    ],
)
def test_relative_decision_dates_are_counted_from_the_interview_then_confirmed(typed, proposal):
    hint = hint_of(dates.decision_date, typed)

    assert hint.proposal == proposal
    assert "appuyez sur Entrée pour confirmer" in hint.message
    assert dates.decision_date(proposal, session()) == date.fromisoformat(proposal)


@pytest.mark.parametrize(
    ("typed", "proposal"),
    [("hier", "2026-11-19"), ("jeudi", "2026-11-19"), ("lundi dernier", "2026-11-16")],
)
def test_relative_interview_dates_count_back_from_today(typed, proposal):
    assert hint_of(dates.interview_date, typed).proposal == proposal


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("31/11/2026", "n'existe pas"),
        ("11/28/2026", "Le jour vient avant le mois"),
        ("2026-11-01", "ne peut précéder"),
        ("2028-01-01", "plus d'un an après"),
        ("bientôt", "Date illisible"),
    ],
)
def test_decision_dates_refused(typed, fragment):
    assert fragment in hint_of(dates.decision_date, typed).message


def test_the_interview_is_not_in_the_future():
    assert "est à venir" in hint_of(dates.interview_date, "25/11/2026").message
    assert dates.interview_date("19 novembre", session()) == date(2026, 11, 19)
    assert dates.interview_date("30 décembre", session()) == date(2025, 12, 30)


def all_checkers() -> list[Question]:
    found = []
    for section in SECTIONS:
        for entry in section.entries:
            found.extend([entry] if isinstance(entry, Question) else entry.item)
    return found


@pytest.mark.parametrize("question", all_checkers(), ids=lambda q: q.path or q.text[:20])
@given(typed=st.text(max_size=500).filter(str.strip))
def test_any_text_gives_a_value_or_a_hint_never_a_crash(question, typed):
    message = "no hint"
    try:
        question.check(typed, session(**{"interviewer.name": "Hélène de Villiers"}))
    except a.Hint as hint:
        message = hint.message
    assert message


@pytest.mark.parametrize("question", all_checkers(), ids=lambda q: q.path or q.text[:20])
def test_every_example_answer_is_accepted_or_confirmed(question):
    current = session(**{"interviewer.name": "Hélène de Villiers"})
    examples = [part.strip() for part in question.example.split(",")][:1]
    for example in examples:
        proposal = example
        try:
            question.check(example, current)
        except a.Hint as hint:  # a relative date: its proposal is then accepted
            proposal = hint.proposal or ""
        assert question.check(proposal, current) is not None or question.optional
