"""What the blind reads of fresh132 and fresh133 found at first contact (reads 307 and 308,
pair reads 309 and 310, at 5e22424)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import suivi_templates as st
from suivi_templates.phrasing.announced import announced_day, announced_delay, offered_by_them

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    file = {"ed": "fresh132", "ee": "fresh133"}[key[:2]]
    raw = json.loads((_HERE / f"{file}.json").read_text("utf-8"))
    return st.InterviewContext.model_validate(raw[key])


def _first_follow_up(ctx: st.InterviewContext) -> date:
    steps = st.plan(ctx, today=ctx.interview.date).steps
    return min(s.on for s in steps if s.kind in ("reminder", "phone_call"))


def test_they_should_get_back_after_the_holidays() -> None:
    """Read 307 (a call and a voicemail at 2): « on devrait vous revenir apres les fetes »,
    and a call on 8 December."""
    assert announced_delay(["il m'a dit : on devrait vous revenir apres les fetes"])
    assert announced_delay(["il va revenir au bureau lundi"]) is None
    assert announced_delay(["on va appeler les références"]) is None
    assert _first_follow_up(_fresh("ed02-maillage-banque-terres")) >= date(2027, 1, 4)


def test_results_after_the_year_end_break() -> None:
    """Read 308 (a reminder at 1): « résultats après les congés de fin d'année », and a
    reminder on 24 November."""
    assert announced_delay(["résultats après les congés de fin d'année"])
    ctx = _fresh("ee18-pcaet-martinique-visio")
    before = ctx.model_copy(update={"history": ctx.history[:1]})
    assert _first_follow_up(before) >= date(2027, 1, 4)


def test_a_test_on_site_with_its_day_is_waited_for() -> None:
    """Read 308 (a reminder at 1): « test de dextérité prévu sur place le 10 décembre », and a
    reminder on the 11th asking where the process stood."""
    assert _first_follow_up(_fresh("ee12-cabine-avions-mirabel")) >= date(2026, 12, 17)


def test_a_trial_the_organisation_offered_is_not_news_to_tell_it() -> None:
    """Read 308 (a reminder at 1): « Le labo m'a proposé une semaine d'essai rémunérée… »,
    told to the lab that offered it."""
    assert offered_by_them(
        "Le labo m'a proposé une semaine d'essai rémunérée du 14 au 18 décembre."
    )
    assert not offered_by_them("J'ai fait une journée d'essai chez un autre carrossier.")
    ctx = _fresh("ee23-labo-argentique-paris")
    then = ctx.model_copy(update={"history": ctx.history[:1]})
    body = st.render("reminder", then, sent_on=date(2026, 11, 18)).body
    assert "semaine d’essai" not in body


def test_next_friday_said_on_a_tuesday_is_the_later_friday() -> None:
    """« il va me revenir d'ici vendredi prochain (4 dec?) », said on Tuesday 24 November:
    read now that « il va me revenir » announces the answer, it must not mean the 27th."""
    tuesday = date(2026, 11, 24)
    said = ["il va me revenir d'ici vendredi prochain (4 dec?) pour la liste de rappel"]
    assert announced_day(said, tuesday) == date(2026, 12, 4)
    assert announced_day(["réponse d'ici vendredi"], tuesday) == date(2026, 11, 27)
    assert announced_day(["il rappelle lundi prochain"], tuesday) == date(2026, 11, 30)
