"""What the blind read 180 found in fresh73 (measured at 8d55a0b, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context, thanks_also

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def test_a_weakness_noted_as_still_run_in_is_not_raised() -> None:
    """« Mon français technique est encore en rodage, j'ai fait toute ma formation en
    anglais. », pasted in the thank-you: the only draft under 3."""
    ctx = build_context(
        "fr_CA",
        debrief__to_add="Mon français technique est encore en rodage, j'ai fait toute ma "
        "formation en anglais.",
    )
    body = st.render("thank_you", ctx).body
    assert "rodage" not in body


def test_a_date_confirmed_is_said_once() -> None:
    """« je vous confirme la date de ma soutenance de thèse : ma soutenance est fixée au… »."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "lui confirmer la date de ma soutenance de thèse",
                "done": False,
                "details": "ma soutenance est fixée au 15 janvier 2027",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "la date de ma soutenance de thèse\u00a0: le 15\u00a0janvier 2027." in body
    assert "thèse\u00a0: ma soutenance" not in body


def test_a_trial_keeps_the_complement_of_its_noun() -> None:
    """« Merci pour… l'essai de mise » for « Essai de mise en broche de harengs »."""
    ctx = build_context(
        "fr_FR",
        interview__mode="in_person",
        debrief__impressions="Il m'a fait visiter les fours. Essai de mise en broche de harengs.",
    )
    body = st.render("thank_you", ctx).body
    assert "l’essai de mise en broche" in body


def test_years_of_another_trade_are_not_brought_to_a_topic_they_miss() -> None:
    """« Notre échange sur l'osiériculture m'a confortée… : j'y apporterais mes 20 ans de
    comptabilité en cabinet », for a basket maker in reconversion."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="f",
        role__title="Vannier / Vannière (H/F) – Scop",
        topics=[{"subject": "l'osiériculture", "note": "ils cultivent leur osier"}],
        debrief__highlights=["20 ans de comptabilité en cabinet"],
        debrief__struck_by=None,
        debrief__to_add=None,
        debrief__since=[],
        company__facts=[],
        commitments=[],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "comptabilité" not in body


def test_a_degree_noted_with_le_is_the_candidates_to_bring() -> None:
    """« J'ai lu avec intérêt que vous ouvrez en janvier un laboratoire… C'est une excellente
    nouvelle. », which said nothing of the candidate: « le master de l'ISIPCA » was not hers."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="f",
        company__name="Maison Aurane Parfums SAS",
        company__facts=["Maison Aurane ouvre en janvier un laboratoire d'analyse à Grasse."],
        debrief__highlights=["le master de l'ISIPCA en formulation"],
        debrief__since=[],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 10)).body
    assert "mon master de l’ISIPCA en formulation" in body
    assert "C’est une excellente nouvelle." not in body


def test_a_contract_signed_is_congratulated_and_tied_to_the_candidates_years() -> None:
    """« J'ai lu avec intérêt que vous avez signé un contrat… 40 000 pièces par an. », alone."""
    ctx = build_context(
        "fr_FR",
        company__name="TEXTILES DES MAUGES",
        company__facts=["Textiles des Mauges a signé un contrat pour 40 000 pièces par an."],
        debrief__highlights=["2 ans d'alternance chez un fabricant de vêtements enfants"],
        debrief__since=[],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "toutes mes félicitations" in body
    assert "Mes deux ans d’alternance chez un fabricant de vêtements enfants pourraient y" in body


def test_a_trial_is_not_named_twice_with_the_topic_that_follows() -> None:
    """« Merci… pour l'essai sur le touret. J'ai bien compris l'importance que vous accordez
    au polissage sur touret. »"""
    ctx = build_context(
        "fr_FR",
        interview__mode="in_person",
        topics=[{"subject": "polissage sur touret", "note": "poste physique, il a insisté"}],
        debrief__impressions="Essai de 2h sur le touret avec un mitigeur.",
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    assert body.count("touret") == 1
    assert "l’essai" in body


def test_a_point_that_says_the_topic_over_is_not_said_about_it() -> None:
    """« Pour revenir sur la migration vers Colleague : j'ai piloté la migration de Banner vers
    Colleague à l'Université de Moncton »."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "migration vers Colleague (Ellucian)", "note": "bascule en 2027"}],
        debrief__to_add="J'ai oublié de mentionner que j'ai piloté la migration de Banner vers "
        "Colleague à l'Université de Moncton en 2023.",
    )
    body = st.render("thank_you", ctx).body
    assert "Pour revenir sur la migration" not in body
    assert "j’ai piloté la migration de Banner vers Colleague" in body


def test_a_physician_on_the_panel_is_thanked_by_title() -> None:
    """« Mes remerciements vont aussi à Mme Bélanger. », the Dre Fortier left out (read 180,
    pair read 182: « la Dre Fortier, Me Poirier et le Dr Grondin ne sont pas remerciés »)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Minh Nguyen",
        debrief__impressions="Teams, 4 personnes : M. Nguyen, Dre Fortier (radio-oncologue), "
        "Mme Bélanger (RH) et un dosimétriste.",
    )
    body = st.render("thank_you", ctx).body
    assert thanks_also(body, "à la Dre Fortier et à Mme Bélanger.")


def test_a_title_pair_with_a_complement_agrees_with_the_candidate() -> None:
    """« syndic autorisé » for a candidate who typed « Syndic autorisé / Syndique autorisée en
    insolvabilité »."""
    ctx = build_context(
        "fr_CA",
        candidate__gender="f",
        role__title="Syndic autorisé / Syndique autorisée en insolvabilité – bureau de Moncton",
    )
    body = st.render("thank_you", ctx).body
    assert "poste de syndique autorisée en insolvabilité" in body


def test_an_inclusive_adjective_is_said_once_with_its_noun() -> None:
    """« sexologue clinicien ou sexologue clinicienne », three times in a call."""
    ctx = build_context(
        "fr_CA", candidate__gender="n", role__title="Sexologue clinicien·ne", history=_THANKED
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 3)).body
    # Said aloud, the post is named once, as the advert does (read 186).
    assert "poste de sexologue clinicien" in call
    assert "clinicienne" not in call
