"""What the blind reads of fresh132 and fresh133 found at first contact (reads 307 and 308,
pair reads 309 and 310, at 5e22424)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import suivi_templates as st
from suivi_templates.models import Company
from suivi_templates.phrasing import organisation, topic_phrase
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


def test_a_bare_plural_after_des_stays_under_it() -> None:
    """Read 308 (a thank-you at 2): « l'importance que vous accordez à l'affutage des ciseaux
    et aux pinces »."""
    assert topic_phrase("affutage des ciseaux et pinces") == "l’affutage des ciseaux et des pinces"
    assert topic_phrase("tri des déchets et recyclage") == "le tri des déchets et le recyclage"
    body = st.render("thank_you", _fresh("ee07-instruments-chirurgicaux-montfort")).body
    assert "aux pinces" not in body


def test_a_colleague_noted_with_a_service_is_thanked_with_it() -> None:
    """Pair read 310: « votre collègue Marco » where the notes said « Marco du soutien
    technique »; read 308: « Lucie, la responsable » for « Lucie la responsable com »."""
    marco = st.render("thank_you", _fresh("ee10-robots-traite-centre-qc")).body
    assert "Marco, du soutien technique" in marco
    lucie = st.render("thank_you", _fresh("ee20-experience-visiteur-chateau")).body
    assert "Lucie, la responsable communication" in lucie


def test_a_name_led_by_a_plural_trade_takes_its_article() -> None:
    """Read 307 (a thank-you at 3): « l'équipe d'Ardoisières du Haut-Anjou »."""
    assert (
        organisation(Company(name="Ardoisières du Haut-Anjou")).of
        == "des Ardoisières du Haut-Anjou"
    )
    assert organisation(Company(name="Pépinières Gauthier")).of == "des Pépinières Gauthier"


def test_a_long_item_promised_takes_its_day_before_it() -> None:
    """Read 307 (a thank-you at 3): « ma carte des points lumineux faite sous QGIS pendant
    mon stage d'ici le 27 novembre » dated the internship."""
    body = st.render("thank_you", _fresh("ed15-trame-noire-pnr-quercy")).body
    assert "parvenir d’ici le 27\u00a0novembre ma carte des points lumineux" in body


def test_a_point_that_names_the_topic_needs_no_lead() -> None:
    """Pair read 309: « Pour revenir sur l'inventaire chiroptères : mon mémoire portait
    justement sur… les chiroptères »."""
    body = st.render("thank_you", _fresh("ed15-trame-noire-pnr-quercy")).body
    assert "Pour revenir sur" not in body
    assert body.count("chiroptères") == 1
