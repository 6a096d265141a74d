"""What the blind reads of fresh142 and fresh143 found at first contact (reads 327 and 328,
at 9076270 and d2f8e2f)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import suivi_templates as st
from conftest import corpus_context, planned_draft
from suivi_templates.phrasing.organisations import organisation

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"eo": "fresh142", "em": "fresh143"}[key[:2]], key)


def test_a_tu_said_and_given_back_is_shared() -> None:
    """Read 327 (a call and a reminder at 2): « il m'a dit tu tout de suite, moi aussi », and
    the drafts said « Bonjour Monsieur Grosjean… Auriez-vous un instant ? »."""
    ctx = _fresh("eo24-sylvicultrice-morvan")
    assert st.render("reminder", ctx).body.startswith("Bonjour Jean-Pierre,")
    assert "Auriez-vous" not in planned_draft(ctx, "phone_script")[1]


def test_a_second_interview_held_only_if_chosen_is_not_held() -> None:
    """Read 327 (a reminder at 1): « 2e entretien sur place le 14 décembre si je suis retenu »
    became « mon deuxième entretien du 14 décembre »."""
    body = planned_draft(_fresh("eo22-zooeducateur-mulhouse"), "reminder")[1]
    assert "14\u00a0décembre" not in body


def test_a_step_whose_month_has_passed_is_not_offered_again() -> None:
    """Read 327 (three drafts at 1 and 2): in March, « fixer une date pour la journée
    d'essai » noted « en février, date à fixer », and « Vous m'aviez indiqué une réponse vers
    le 15 décembre » three months on."""
    ctx = _fresh("eo05-semenciere-kamouraska")
    # The plan now follows up in January, after the answer announced for 15 December (the
    # trial in February comes after it, fresh162): March is the day the reader saw.
    in_march = date(2027, 3, 8)
    for kind in ("reminder", "phone_script"):
        body = st.render(kind, ctx, sent_on=in_march).body
        assert "journée d’essai" not in body
        assert "vers le 15\u00a0décembre" not in body
    assert "journée d’essai" in planned_draft(ctx, "reminder")[1]


def test_a_second_interview_offered_keeps_its_words_whole() -> None:
    """Read 328 (a reminder at 2, three drafts at 3): « la deuxième entrevue en personne avec
    2 », for « avec 2 membres du CA »."""
    body = st.render("thank_you", _fresh("em09-relevailleuse-sherbrooke")).body
    assert "avec deux membres du CA" in body
    assert "avec 2," not in body


def test_a_scale_keeps_its_colon_tight() -> None:
    """Read 328 (a reminder at 2): « l'échelle 1 :6 »."""
    ctx = _fresh("em05-miniaturiste-quebec")
    drafts = [st.render(kind, ctx).body for kind in ("thank_you", "reminder")]
    assert any("1:6" in body for body in drafts)
    assert not any("1\u00a0:6" in body for body in drafts)


def test_an_instrument_owned_is_not_the_asset_the_letter_ends_on() -> None:
    """Pair read 329: « Forte d'une viole sept cordes d'atelier anglais, je serais heureuse de
    me joindre à l'équipe d'Ensemble Nouvelle-France Baroque »."""
    ctx = _fresh("eo11-violiste-quebec")
    body = st.render("thank_you", ctx).body
    assert "d’une viole" not in body
    assert "d’Ensemble" not in body
    assert organisation(ctx.company).of == "de l’Ensemble Nouvelle-France Baroque"
