"""What the blind reads of fresh118 and fresh119 found at first contact (reads 279 and 280,
pair reads 281 and 282, at 662c6ee)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import suivi_templates as st
from conftest import corpus_context
from suivi_templates.models import Interviewer
from suivi_templates.names import written_name
from suivi_templates.phrasing import arrival_of, timeless


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context("fresh118" if key.startswith("dp") else "fresh119", key)


def _thanks(ctx: st.InterviewContext) -> str:
    """The thank-you of the day after, as the history stood then."""
    day = ctx.interview.date + timedelta(days=1)
    then = ctx.model_copy(update={"history": [h for h in ctx.history if h.on < day]})
    return st.render("thank_you", then, sent_on=day).body


def _on_plan(kind: str, ctx: st.InterviewContext) -> str:
    plan = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in plan.steps if kind in s.draft_kinds)
    return st.render(kind, plan.context_on(step, ctx), sent_on=step.on).body


def test_a_trial_on_a_machine_named_by_its_height_is_not_cut_short() -> None:
    """Pair read 282: « Merci pour notre entrevue d'hier, la visite de l'entrepôt et l'essai
    sur la. » (« essai sur la 60 pieds dans la cour »)."""
    body = _thanks(_fresh("dq01-nacelliste-evenements"))
    assert "l’essai sur la 60 pieds" in body
    assert not re.search(r"\b(?:la|le|les|du|de)\.", body)


def test_a_day_of_the_week_the_work_falls_on_stays() -> None:
    """Read 280: « je peux donc encadrer seul·e les groupes du. » (« …du mercredi »)."""
    news = "J'ai obtenu le CQP : je peux donc encadrer seul·e les groupes du mercredi."
    assert timeless(news) == news
    assert timeless("J'ai fini la formation samedi.") == "J'ai fini la formation."
    body = st.render("phone_script", _fresh("dq23-tir-a-larc-chinon"), sent_on=date(2026, 11, 24))
    assert "les groupes du mercredi" in body.body


def test_an_exam_passed_with_a_test_still_to_take_brings_no_permit() -> None:
    """Read 280 and pair read 282: « il ne me reste que l'épreuve pratique », then « tu trouveras
    ci-joint une copie de mon permis côtier »."""
    news = (
        "J'ai réussi le 3 décembre l'examen théorique du permis côtier ; il ne me reste que "
        "l'épreuve pratique."
    )
    assert not arrival_of(news, "une copie de mon permis côtier")
    body = _on_plan("reminder", _fresh("dq15-voile-sainte-anne"))
    assert "ci-joint" not in body


def test_the_topic_the_candidate_s_own_sentence_names_is_not_said_again_as_also() -> None:
    """Pair read 282: « J'ai aimé ta vision des cliniques juniors… Nous avons aussi parlé des
    cliniques juniors : j'ai travaillé cinq saisons… »."""
    body = _thanks(_fresh("dq04-golf-pro-adjoint"))
    assert "aussi parlé des cliniques juniors" not in body
    assert "cinq saisons" in body


def test_a_call_after_a_second_interview_opens_on_it() -> None:
    """Read 279: « Nous nous sommes parlé le lundi 16 novembre », the first interview, opened
    two calls made after the second."""
    for key, day in (
        ("dp24-deploiement-fibre-strasbourg", "9\u00a0décembre"),
        ("dp11-installations-sportives-umoncton", "10\u00a0décembre"),
    ):
        body = _on_plan("phone_script", _fresh(key))
        presented = body.split("L’essentiel")[0]
        assert re.search(
            rf"à la suite de (?:mon deuxième entretien|ma deuxième entrevue) du \w+ {day}",
            presented,
        )
        assert body.count(day) == 1, body


def test_a_call_says_what_interests_it_not_a_written_formula() -> None:
    """Read 280: « Ce que vous m'avez dit de… m'a permis de mieux comprendre le poste », eight
    calls at 3 or less; « m'est resté en tête », « J'ai repensé à notre échange »."""
    for key in (
        "dq11-surveillant-chantier",
        "dq24-fidelisation-enseigne",
        "dq19-accueil-de-jour-ehpad",
    ):
        body = _on_plan("phone_script", _fresh(key))
        assert "mieux comprendre" not in body
        assert "resté en tête" not in body
        assert "J’ai repensé" not in body
        assert re.search(r"m’intéresse|très intéressée? par le poste", body)


def test_a_thank_you_call_gives_thanks_for_the_time_once() -> None:
    """Read 280: « quelques minutes à m'accorder », « le temps que vous m'avez accordé »,
    « m'avoir consacré ces quelques minutes »: three times the time."""
    body = st.render("phone_script", _fresh("dq17-cressonniere-essonne"), sent_on=date(2026, 12, 2))
    assert "remercier" in body.body
    assert len(re.findall(r"quelques minutes|temps que", body.body)) <= 1, body.body


def test_a_second_interview_is_mine_not_ours() -> None:
    """Read 279: « notre deuxième entretien » for one held with M. Kessler."""
    body = _on_plan("reminder", _fresh("dp24-deploiement-fibre-strasbourg"))
    assert "notre deuxième" not in body
    assert "mon deuxième entretien" in body


def test_a_particle_after_a_civility_opens_the_family_name() -> None:
    """Fresh120's detectors: « Mme Ben Amor » was « Madame Ben Amor » in the letters but
    « Amor » as the model's surname; pair read 282: « Sonia ben Amor » signed a letter."""
    interviewer = Interviewer(name="Mme Ben Amor")
    assert interviewer.surname == "Ben Amor"
    assert written_name("sonia ben amor") == "Sonia Ben Amor"
    assert written_name("hélène de villiers") == "Hélène de Villiers"


def test_a_reminder_asks_after_what_was_sent_only_within_a_month() -> None:
    """Read 279: « J'espère que tu as bien reçu mon book », two months after it went."""
    later = _on_plan("reminder", _fresh("dp20-cheffe-deco-long-metrage"))
    assert "J’espère" not in later
    assert "volontiers avec" not in later
    sooner = _on_plan("reminder", _fresh("dp19-expert-objets-art"))
    assert "Je vous ai fait parvenir" in sooner
    assert "mon estimation écrite de la commode" in sooner


def test_with_tu_the_process_is_not_the_selection_process() -> None:
    """Read 279: « où en est le processus de sélection » to a bistro owner one says « tu » to."""
    body = st.render(
        "phone_script", _fresh("dp22-directeur-salle-saint-denis"), sent_on=date(2026, 12, 21)
    )
    assert "processus de sélection" not in body.body
