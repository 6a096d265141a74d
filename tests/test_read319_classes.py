"""What the blind reads of fresh138 and fresh139 found at first contact (reads 319 and 320,
pair reads 321 and 322, at 350ba6b)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import suivi_templates as st
from conftest import corpus_context, planned_draft

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"ej": "fresh138", "ek": "fresh139"}[key[:2]], key)


def _on_history(ctx: st.InterviewContext, kind: str) -> str:
    day = next(e.on for e in ctx.history if e.kind == kind)
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < day]})
    return st.render(kind if kind != "phone_call" else "phone_script", before, sent_on=day).body


def test_a_step_the_person_met_confirmed_is_not_news_to_her() -> None:
    """Read 319 (two drafts at 2): « Depuis, vous m'avez confirmé par SMS l'essai de cavage
    du 12 décembre », told to the one who confirmed it."""
    _, call = planned_draft(_fresh("ej21-caveur-truffes-vaucluse"), "phone_script")
    assert "confirmé" not in call
    assert "Merci pour l’essai de cavage du 12\u00a0décembre." in call
    _, message = planned_draft(_fresh("ej21-caveur-truffes-vaucluse"), "voicemail")
    assert "Merci pour l’essai de cavage du 12\u00a0décembre." in message


def test_a_tasting_is_waited_for_and_thanked_for() -> None:
    """Read 319 (a reminder at 1): sent on the very day of « Dégustation prévue le 9 décembre
    chez elle », telling her « vous m'avez confirmé aujourd'hui la dégustation »."""
    day, body = planned_draft(_fresh("ej18-chef-domicile-bordeaux"), "reminder")
    assert day >= date(2026, 12, 16)
    assert "Merci pour la dégustation du 9\u00a0décembre." in body
    assert "confirmé" not in body


def test_who_said_they_would_call_back_is_not_told_not_to() -> None:
    """Read 319 (two voicemails at 2): « Vous n'avez pas à me rappeler » to a chef who « rappelle
    lundi » for the trial."""
    for key in ("ej17-casserolier-paris", "ej03-jalonneur-chibougamau"):
        _, body = planned_draft(_fresh(key), "voicemail")
        assert "pas à me rappeler" not in body


def test_a_second_interview_doubted_is_not_held() -> None:
    """Read 320 (three drafts at 2): « Décision le 11 décembre, après un 2e entretien ? pas
    sûr. » gave « mon deuxième entretien du 11 décembre »."""
    ctx = _fresh("ek16-taille-doucier-paris")
    for kind in ("reminder", "phone_script", "voicemail"):
        _, body = planned_draft(ctx, kind)
        assert "deuxième entretien" not in body, kind


def test_a_fact_jotted_with_an_indefinite_article_is_a_noun_phrase() -> None:
    """Read 320 (a reminder at 1): « J'ai lu avec intérêt qu'un service de table commandé par
    une ambassade pour 2027. », a sentence without a verb."""
    _, body = planned_draft(_fresh("ek17-peintre-porcelaine-limoges"), "reminder")
    assert "qu’un service de table" not in body
    assert "un service de table commandé par une ambassade pour 2027" in body


def test_a_test_taken_online_is_not_come_to() -> None:
    """Read 320 (a thank-you at 2): « je peux venir à la date qui vous conviendra » for « Test
    Excel à faire en ligne »."""
    body = st.render("thank_you", _fresh("ek03-secretaire-gestion-beloeil")).body
    assert "venir" not in body


def test_a_decision_after_the_holiday_period_is_waited_for() -> None:
    """Read 319 (a reminder at 2): « Il a dit qu'il décide après la période des Fêtes », and a
    reminder on 15 December."""
    day, _ = planned_draft(_fresh("ej10-cordeur-quebec"), "reminder")
    assert day >= date(2027, 1, 4)


def test_a_tu_received_and_another_shared_keeps_vous() -> None:
    """Pair read 322 (two drafts at 2): « Elle m'a tutoyée, moi je l'ai vouvoyée. Aussi
    rencontré Théo (on s'est tutoyés) », and the letters said « tu » to her."""
    body = st.render("thank_you", _fresh("ek13-tufteuse-roubaix")).body
    assert body.startswith("Bonjour Madame,")
    assert " tu " not in body


def test_a_diploma_whose_paper_is_missing_is_not_attached() -> None:
    """Read 320 and pair read 322 (a reminder at 2): « il ne me manque que l'attestation
    officielle », then « vous trouverez ci-joint une copie de mon diplôme »."""
    _, body = planned_draft(_fresh("ek19-permanente-lieu-de-vie-creuse"), "reminder")
    assert "ci-joint" not in body
    assert "dès réception" in body


def test_the_post_named_beside_a_decision_is_no_leverage() -> None:
    """The post « d'inspectrice de la concurrence » was refused as leverage (dt16); the
    competition named to press still is. The decision day is no longer said at all: every read
    that saw « Vous m'aviez parlé d'une décision vers le… » took it for a reproach (R15)."""
    raw = json.loads((_HERE / "fresh122.json").read_text("utf-8"))
    ctx = st.InterviewContext.model_validate(raw["dt16-ccrf-ddpp-visio"])
    thanked = st.InterviewContext.model_validate(
        {**ctx.model_dump(mode="json"), "history": [{"kind": "thank_you", "on": "2026-11-11"}]}
    )
    body = st.render("reminder", thanked, sent_on=date(2026, 12, 2)).body
    assert "inspectrice de la concurrence" in body
    assert "décision vers le" not in body
    pressed = "J’ai reçu une autre offre : la concurrence attend ma réponse."
    assert "pushy.leverage" in st.check(pressed, ctx).codes


def test_a_cooperative_s_legal_form_is_left_out() -> None:
    """Pair read 322: « l'équipe de Cérès Marne SCA », the registry's name in a letter."""
    ctx = _fresh("ek21-technicienne-experimentation-chalons")
    for kind in ("thank_you", "reminder", "phone_script", "voicemail"):
        draft = st.render(kind, ctx)
        assert "SCA" not in f"{draft.subject} {draft.body}"


def test_what_a_council_voted_is_not_said_to_the_person_met() -> None:
    """Pair read 322 (a reminder at 2): « vous avez adopté le 3 décembre votre budget 2027 »,
    to a head of division, then « Mes cinq ans à la perception à la Ville de Saint-Georges me
    permettraient d'y contribuer », tied by the word « Ville » alone."""
    _, body = planned_draft(_fresh("ek02-technicienne-taxation-levis"), "reminder")
    assert "la Ville a adopté le 3\u00a0décembre son budget 2027" in body
    assert "vous avez adopté" not in body
    assert "d’y contribuer" not in body


def test_an_asset_that_answers_the_topic_is_said_with_it() -> None:
    """Pair reads 321 and 322: the program's thank-yous ended on « Fort de… », « j'y
    apporterais… » in some twenty-five pairs; the hand ties the asset to the topic it answers
    (« mes six années aux comptes à recevoir me seraient très utiles sur ce plan »)."""
    body = st.render("thank_you", _fresh("ek07-responsable-soins-victoriaville")).body
    topic = next(p for p in body.split("\n\n") if "ratio infirmières" in p)
    assert "22 PAB" in topic
    assert body.count("22 PAB") == 1
    assert "apporterais" not in body
    assert "Fort de" not in body
