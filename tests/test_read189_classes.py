"""What the blind read 189 found in fresh76 (measured at a028415, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def _first_follow_up(impressions: str) -> date:
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-25",
        next_steps__decision_by=None,
        next_steps__short_process=False,
        debrief__impressions=impressions,
        history=[{"kind": "thank_you", "on": "2026-11-26", "channel": "email"}],
    )
    plan = st.plan(ctx, today=date(2026, 12, 5))
    return next(step.on for step in plan.steps if step.kind != "commitment")


def test_the_body_that_decides_is_waited_for() -> None:
    """« Commission fin janvier », « le passage en CME mi-décembre » : reminders, calls and
    voicemails weeks before (D017, D020, D032, D059)."""
    assert _first_follow_up("Commission fin janvier (avant les vacances d'hiver ?).") > date(
        2027, 1, 31
    )
    assert _first_follow_up("Ils attendent le passage en CME mi-décembre.") > date(2026, 12, 15)


def test_the_people_the_person_met_must_consult_are_waited_for() -> None:
    """« Elle doit en parler au médecin coordonnateur et au CVS avant les fêtes » (D063)."""
    assert _first_follow_up(
        "Elle doit en parler au médecin coordonnateur et au CVS avant les fêtes."
    ) > date(2026, 12, 24)


def test_a_fact_with_its_verb_is_not_read_as_a_headline() -> None:
    """« J'ai lu avec intérêt l'annonce du Village de Noël attend 8 000 visiteurs » (D078)."""
    ctx = build_context(
        "fr_CA",
        company__facts=["Le Village de Noël attend 8 000 visiteurs cette année"],
        history=[{"kind": "thank_you", "on": "2026-11-25", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 14)).body
    assert "l’annonce du Village" not in body


def test_a_way_of_working_typed_without_its_accent_gets_it() -> None:
    """« la dorure a chaud a l'interne », « le pliage a la main » (D072, D049)."""
    ctx = build_context(
        "fr_CA",
        debrief__struck_by="J'ai été impressionné de voir qu'ils font encore la dorure a chaud "
        "a l'interne.",
    )
    body = st.render("thank_you", ctx).body
    assert "la dorure à chaud à l’interne" in body


def test_a_devotional_given_name_is_not_the_family_name() -> None:
    """« Madame do Carmo Dos Santos » (D006, D062): she is « Mme Dos Santos »."""
    ctx = build_context(
        "fr_FR", interviewer__name="Maria do Carmo Dos Santos", interviewer__civility="Madame"
    )
    assert "Bonjour Madame Dos Santos," in st.render("phone_script", ctx).body


def test_a_thing_promised_by_post_is_sent_by_post_not_attached() -> None:
    """« Vous trouverez ci-joint un échantillon de coton teint au roucou » (D030). Once a
    thank-you said « je vous envoie aujourd'hui par la poste », no later letter sends it again
    (read 312: eg12)."""
    promise = {"promise": "lui envoyer par la poste un échantillon de coton teint au roucou"}
    ctx = build_context("fr_FR", interview__date="2026-11-20", commitments=[promise], history=[])
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 4)).body
    assert "ci-joint un échantillon" not in body
    assert "par la poste un échantillon de coton teint au roucou" in body
    thanked = build_context(
        "fr_FR",
        interview__date="2026-11-20",
        commitments=[promise],
        history=[{"kind": "thank_you", "on": "2026-11-21", "channel": "email"}],
    )
    assert "échantillon" not in st.render("reminder", thanked, sent_on=date(2026, 12, 4)).body


def test_an_event_named_by_a_common_noun_takes_its_article() -> None:
    """« J'ai lu avec intérêt que Foire aux santons d'Aubagne du 28 novembre… » (D035)."""
    ctx = build_context(
        "fr_FR",
        company__facts=["Foire aux santons d'Aubagne du 28 novembre au 31 décembre"],
        history=[{"kind": "thank_you", "on": "2026-11-25", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 14)).body
    assert "que Foire" not in body
    assert "la Foire aux santons" in body


def test_a_failure_noted_is_not_written_again_and_a_certificate_awaited_is_not_dated() -> None:
    """« J'ai raté le triple », and a certificate promised « d'ici le 20 novembre » that the
    notes say waits for a radio on 10 December (D073)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-07",
        debrief__to_add="J'ai raté le triple à l'audition mais je le passe régulièrement à "
        "l'entraînement",
        debrief__impressions="Certificat : le médecin veut attendre la radio du 10 déc.",
        commitments=[
            {"promise": "lui transmettre mon certificat médical d'aptitude", "due": "2026-11-20"}
        ],
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 9)).body
    assert "J’ai raté" not in body
    assert "je le passe régulièrement à l’entraînement" in body
    assert "d’ici le 20 novembre" not in body


def test_a_call_does_not_name_a_topic_the_answer_ruled_out_or_a_test() -> None:
    """« Notre échange sur la vente de loterie et le tabac » by a minor who may not sell it
    (D042)."""
    ctx = build_context(
        "fr_CA",
        topics=[
            {
                "subject": "vente de loterie et tabac (18 ans?)",
                "note": "non, je peux pas en vendre avant 18 ans",
            },
            {"subject": "test de caisse"},
            {"subject": "l'accueil des clients au comptoir"},
        ],
    )
    call = st.render("phone_script", ctx).body
    assert "loterie" not in call
    assert "test de caisse" not in call
    thanks = st.render("thank_you", ctx).body
    assert "loterie" not in thanks
    assert "l’accueil des clients au comptoir" in thanks
