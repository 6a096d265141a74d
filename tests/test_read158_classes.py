"""What read 158 found in the drafts of fresh60, in contexts written here.

Read 158 measured the state of 4d118a6 once, before any change it prompted
(docs/verifications.md): « Mes remerciements vont aussi à M. Réjean » for « M. Réjean
Fortin (DG) », « Bonjour Madame Van Houtte » to a mayor reached at « mairie@ », a trial day
of the 19th thanked for in the letter of the 7th, « chez District scolaire… ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates import phrasing
from suivi_templates.models import Company


def test_the_panel_is_thanked_by_family_name() -> None:
    ctx = build_context(
        "fr_CA",
        debrief__impressions=(
            "Comité de 3 : Mme Tremblay, M. Réjean Fortin (DG), Mme Kaoutar El Amrani (ARS)."
        ),
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    assert thanks_also(body, "à M. Fortin et à Mme El Amrani.")
    assert "Réjean" not in body
    assert "Kaoutar" not in body


def test_a_function_after_a_name_is_not_part_of_it() -> None:
    said = phrasing.others_met("Jury : Mme Dupont, M. Nicolas Van Acker, Mme Hamidou RH", "Dupont")
    assert said == ["M. Van Acker", "Mme Hamidou"]


@pytest.mark.parametrize(
    ("locale", "civility", "greeting"),
    [
        ("fr_CA", "Madame", "Bonjour Madame la Mairesse,"),
        ("fr_FR", "Monsieur", "Bonjour Monsieur le Maire,"),
    ],
)
def test_a_mayor_at_the_town_hall_mailbox_is_greeted_by_the_office(
    locale: str, civility: str, greeting: str
) -> None:
    ctx = build_context(
        locale,
        interviewer={
            "name": "Lise Van Houtte",
            "civility": civility,
            "title": "maire",
            "email": "mairie@saint-anselme.example",
        },
    )
    day = ctx.interview.date.replace(day=ctx.interview.date.day + 1)
    assert st.render("thank_you", ctx, sent_on=day).body.startswith(greeting + "\n")


def test_a_mayor_whose_civility_is_guessed_is_greeted_by_the_office() -> None:
    ctx = build_context(
        "fr_FR",
        interviewer={
            "name": "Françoise Le Bihan",
            "title": "maire",
            "email": "mairie@lanvezec.example",
        },
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert body.startswith("Bonjour Madame la Maire,\n")


def test_what_the_notes_date_later_is_not_thanked_for() -> None:
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-06", "mode": "in_person"},
        debrief__impressions=(
            "Visite de l'atelier + essai au chalumeau (raccord en T) ok. "
            "Journée d'essai faite le 19/11, bien passée je crois."
        ),
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 7)).body
    assert "journée d’essai" not in body
    assert "la visite de l’atelier et l’essai au chalumeau" in body


def test_an_exercise_the_next_sentence_names_is_not_thanked_twice() -> None:
    ctx = build_context(
        "fr_FR",
        debrief__impressions="Mise en situation de 15 min avec 8 enfants.",
        debrief__struck_by="J'ai été frappé par l'énergie des élèves pendant la mise en situation.",
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert body.count("mise en situation") == 1


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("District scolaire francophone Nord-Est", "au District scolaire francophone Nord-Est"),
        ("Habitation la Digue", "à l’Habitation la Digue"),
        ("Casino Le Grand Large", "au Casino Le Grand Large"),
    ],
)
def test_organisations_named_by_a_common_noun_take_its_article(name: str, at: str) -> None:
    assert phrasing.organisation(Company(name=name)).at == at


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("improviser pour la barre (pliés, fondus)", "la façon d’improviser pour la barre"),
        ("pilote bateau", "le pilote bateau"),
    ],
)
def test_topics_as_typed(typed: str, said: str) -> None:
    assert phrasing.topic_phrase(typed) == said


def test_a_promise_waiting_for_leave_says_so_before_what_it_sends() -> None:
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui transmettre un rapport de suivi chiroptères que j'ai rédigé",
                "done": False,
            }
        ],
        debrief__impressions="Rapport pas envoyé, il faut l'accord de mon ancien employeur.",
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert "dès que j’en aurai l’autorisation, je vous ferai parvenir un rapport" in body.replace(
        "Dès", "dès"
    )


def test_a_before_a_pronoun_and_an_infinitive_is_a_preposition() -> None:
    said = phrasing.as_written("j'ai confondu deux Myotis mais je travaille a les distinguer")
    assert said.endswith("je travaille à les distinguer")
    assert phrasing.as_written("elle a la lumière") == "elle a la lumière"


def test_references_are_offered_on_the_phone_only_when_the_interview_spoke_of_them() -> None:
    day = date(2026, 12, 10)
    quiet = build_context("fr_CA", commitments=[])
    assert "références" not in st.render("phone_script", quiet, sent_on=day).body
    asked = build_context(
        "fr_CA",
        commitments=[],
        debrief__impressions="Elle va vérifier les références des finalistes.",
    )
    assert "coordonnées de mes références" in st.render("phone_script", asked, sent_on=day).body


@pytest.mark.parametrize(
    ("impressions", "closing"),
    [
        # A « tu » only received: « Cordialement, », not « Salutations distinguées, ».
        ("JS super relax, elle m'a tutoyé tout le long.", "Cordialement,"),
        # A « tu » given back: the letter says « tu », and closes so (read 210).
        ("JS super relax, on s'est tutoyé tout le long.", "Bien à toi,"),
    ],
)
def test_a_letter_to_whom_one_said_tu_closes_without_salutations_distinguees(
    impressions: str, closing: str
) -> None:
    ctx = build_context("fr_CA", debrief__impressions=impressions)
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    assert body.startswith("Bonjour Julie,\n")
    assert f"\n{closing}\n" in body


@pytest.mark.parametrize(
    ("interviewer", "greeting"),
    [
        (
            {"name": "Dre Hélène Marchand-Côté", "civility": "Madame", "title": "physiatre"},
            "Bonjour Docteure,",
        ),
        (
            {
                "name": "Jacques Des Rosiers",
                "civility": "Monsieur",
                "title": "président du conseil d'administration (avocat)",
            },
            # Greeted by the chair he holds, not as « Maître » (reads 158 and 236).
            "Bonjour Monsieur le Président,",
        ),
    ],
)
def test_how_a_physician_and_a_board_chair_are_greeted(
    interviewer: dict[str, str], greeting: str
) -> None:
    ctx = build_context("fr_CA", interviewer=interviewer)
    assert st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body.startswith(greeting)


def test_a_non_binary_counsellor_names_the_post_by_its_activity() -> None:
    title = "Conseiller(ère) en génétique – Service de génétique médicale"
    assert phrasing.field_of_post(title, "n", True) == "de conseil en génétique"


def test_news_is_not_tied_to_a_topic_by_a_word_of_the_trade_or_an_idiom() -> None:
    glass = [("soudure verre-métal ?", "soudure verre-métal ? rarement")]
    news = "J'ai suivi une formation au tour à verre."
    assert phrasing.linked_topic(news, glass, "souffleur de verre") is None
    drones = [("vols BVLOS ?", "vols BVLOS ? pas encore, demande de COFS en cours")]
    assert phrasing.linked_topic("J'ai commencé un cours sur la norme CSA S6.", drones) is None


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("je comprends tout les consignes", "je comprends toutes les consignes"),
        ("tout mes collègues", "tous mes collègues"),
    ],
)
def test_tout_agrees_before_a_plural(typed: str, written: str) -> None:
    assert phrasing.as_written(typed) == written


def test_what_struck_the_candidate_is_said_to_the_person_met() -> None:
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Lise Van Houtte", "civility": "Madame", "title": "mairesse"},
        debrief__struck_by="J'ai été frappée par la transparence de la mairesse sur le budget.",
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    assert "J’ai été frappée par votre transparence sur le budget." in body


def test_a_second_item_promised_by_text_is_sent_after_the_call() -> None:
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Jean-François Girard", "civility": "Monsieur", "title": "chef"},
        next_steps={"channel": "phone"},
        history=[],
        commitments=[
            {"promise": "lui envoyer une copie de mon permis classe 4A"},
            {"promise": "lui texter une photo de ma carte de secourisme"},
        ],
    )
    body = st.render("phone_script", ctx, sent_on=date(2026, 11, 20)).body
    assert "Je vous transmets aussi par texto une photo de ma carte de secourisme" in body


def test_the_rest_of_the_panel_is_thanked_with_the_first_thanks() -> None:
    """Pair read 159: « Mes remerciements vont aussi à… », last, read as an afterthought."""
    ctx = build_context(
        "fr_CA", debrief__impressions="Comité : Mme Tremblay et M. Paul Chabot (DG)."
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    first_paragraph = body.split("\n\n")[1]
    assert thanks_also(first_paragraph, "à M. Chabot.")


def test_a_weakness_in_progress_nobody_asked_about_is_not_raised() -> None:
    ctx = build_context(
        "fr_CA", debrief__to_add="Mon français est encore en progrès mais je comprends tout."
    )
    assert "progrès" not in st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body


def test_an_asset_is_tied_to_company_news_only_when_it_answers_its_topic() -> None:
    """Pair read 159: « Mon master BEE pourrait vous être utile pour vos prochains projets »."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "parcs éoliens : suivi de mortalité"}],
        company={
            "name": "Les Naturalistes du Causse",
            "facts": [
                "Les Naturalistes du Causse ont remporté l'appel d'offres pour le suivi du "
                "parc éolien du Lévézou."
            ],
        },
        debrief__highlights=["mon master BEE (Montpellier)", "4 saisons de suivi acoustique"],
        debrief__since=[],
        commitments=[],
        history=[{"kind": "thank_you", "on": "2026-05-08", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 5, 26)).body
    assert "Lévézou" in body
    assert "master BEE" not in body


def test_a_voicemail_that_thanks_asks_for_no_call_back() -> None:
    ctx = build_context(
        "fr_FR",
        interviewer={"name": "Yann Le Goff", "civility": "Monsieur", "title": "gérant"},
        interview={"date": "2026-11-30", "mode": "in_person"},
        next_steps={"channel": "phone"},
        commitments=[],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 12, 1)).body
    assert "pour vous remercier" in body
    assert "Je répète" not in body
    assert "Vous n’avez pas à me rappeler\u202f; si nécessaire, mon numéro est le" in body


def test_figures_after_an_arrow_are_a_detail_of_the_topic() -> None:
    """Read 158: « notre discussion sur les arrêts de cuves vers 12 h x 14 jours »."""
    assert phrasing.topic_phrase(phrasing.as_written("arrets de cuves -> 12h x 14 jours")) == (
        "les arrêts de cuves"
    )


def test_a_call_does_not_say_it_helped_to_project_oneself() -> None:
    """Read 158: « m'a aidée à me projeter dans le poste » read as a coach's jargon."""
    for day in range(1, 29):
        ctx = build_context("fr_CA", candidate__name=f"Camille Roy{'e' * (day % 5)}")
        body = st.render("phone_script", ctx, sent_on=date(2026, 12, day)).body
        assert "me projeter" not in body
