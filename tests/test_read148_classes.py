"""What read 148 and pair read 149 found in the drafts of fresh55, in contexts written here.

Read 148 measured the end state of a session once, before any change it prompted
(docs/verifications.md).

- An awaited item the news says came (« J'ai réussi l'épreuve pratique du permis B ») was
  still « pas encore reçu » in the call, and the news was left out.
- A news that names an awaited item without its coming (« mon dossier sera complet dès que
  Transports Canada aura émis le certificat ») was left out for « pas encore reçu ».
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import asset, is_plural

PERMIT = "lui envoyer une copie de mon permis B dès que je l'ai"
PASSED = (
    "J'ai réussi le 1er décembre l'épreuve pratique du permis B : je pourrai donc venir par "
    "mes propres moyens pour les prises de poste à 4 h 30."
)


def _awaiting_the_permit(**changes: object) -> st.InterviewContext:
    given: dict[str, object] = {
        "interview__date": "2026-11-09",
        "commitments": [{"promise": PERMIT, "done": False}],
        "history": [
            {"kind": "thank_you", "on": "2026-11-10", "channel": "email"},
            {"kind": "reminder", "on": "2026-11-27", "channel": "email"},
        ],
        "next_steps": {"decision_by": "2026-11-20", "channel": "email"},
    }
    return build_context("fr_FR", **(given | changes))


def _said(kind: str, ctx: st.InterviewContext, day: date) -> str:
    return st.render(kind, ctx, sent_on=day).body.replace("\u00a0", " ").replace("\u202f", " ")


def test_an_item_the_news_says_came_is_sent_not_awaited() -> None:
    ctx = _awaiting_the_permit(debrief__since=[PASSED])
    script = _said("phone_script", ctx, date(2026, 12, 7))
    assert "pas encore reçu" not in script
    assert "je pourrai donc venir par mes propres moyens" in script
    # It came after the reminder of 27 November, which could not have sent it.
    assert "aujourd’hui même, une copie de mon permis B" in script
    assert "avec mon mail du" not in script
    # Awaited from someone else, it is no delay of the candidate's to apologise for.
    assert "excuses" not in script
    voicemail = _said("voicemail", ctx, date(2026, 12, 7))
    assert "pas encore reçu" not in voicemail


def test_before_the_news_the_item_is_still_awaited() -> None:
    thanked = [{"kind": "thank_you", "on": "2026-11-10", "channel": "email"}]
    ctx = _awaiting_the_permit(debrief__since=[PASSED], history=thanked)
    reminder = _said("reminder", ctx, date(2026, 11, 27))
    assert "Je n’ai pas encore reçu mon permis B" in reminder
    assert "réussi" not in reminder


def test_a_news_that_only_says_the_item_came_is_said_once() -> None:
    """« J'ai reçu mon permis B. » says nothing the sending of the copy does not."""
    ctx = _awaiting_the_permit(debrief__since=["J'ai reçu mon permis B le 1er décembre."])
    script = _said("phone_script", ctx, date(2026, 12, 7))
    assert script.count("permis B") == 1


def test_a_news_of_the_wait_is_told_and_the_wait_said_once() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-03",
        commitments=[
            {
                "promise": "lui envoyer mon certificat médical de catégorie 2 quand je le reçois",
                "done": False,
            }
        ],
        history=[{"kind": "thank_you", "on": "2026-11-04", "channel": "email"}],
        next_steps={"decision_by": "2026-11-20", "channel": "email"},
        debrief__since=[
            "J'ai passé le 27 novembre mon examen médical de catégorie 2 : mon dossier sera "
            "donc complet dès que Transports Canada aura émis le certificat."
        ],
    )
    reminder = _said("reminder", ctx, date(2026, 12, 7))
    assert "examen médical" in reminder
    assert "pas encore reçu" not in reminder
    # The news has just named it: not named again (pair read 285).
    assert "Je vous l’enverrai dès réception." in reminder
    assert reminder.count("certificat") == 1


def _reminder_after_news(highlights: list[str]) -> str:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-09",
        company__facts=[
            "Le CISSS a annoncé le 20 novembre l'ouverture de 24 places en maison des aînés."
        ],
        debrief__highlights=highlights,
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-10", "channel": "email"}],
        next_steps={"decision_by": "2026-11-20", "channel": "email"},
    )
    return _said("reminder", ctx, date(2026, 11, 27))


def test_an_organisation_s_news_gives_the_wish_to_join_then_the_asset() -> None:
    """Read 148, pair read 149: « Voilà une belle nouvelle pour votre équipe, où j'aimerais
    beaucoup mettre à profit mon inscription sur liste d'aptitude »."""
    body = _reminder_after_news(["mon DEP en assistance à la personne"])
    # Of a diploma, what it taught is brought (read 252: « apporter à votre équipe mon CQP »).
    assert (
        "Voilà qui renforce mon envie de me joindre à votre équipe : j’y apporterais ce que m’a "
        "appris mon DEP en assistance à la personne." in body
    )
    assert "où j’aimerais" not in body


def test_a_seasoned_candidate_s_asset_is_brought_not_leaned_on_again() -> None:
    body = _reminder_after_news(["22 ans de gestion de projets", "mon titre PMP"])
    # A title is held, not brought (read 252): the years are.
    assert "votre équipe : j’y apporterais mes 22 ans de gestion de projets." in body
    assert "PMP" not in body
    assert "aussi" not in body


def test_a_diploma_s_title_with_and_takes_a_singular_verb() -> None:
    """Read 148: « mon DU Information médicale et PMSI m'y ont préparée »."""
    assert not is_plural(asset("mon DU Information médicale et PMSI"))
    assert is_plural(asset("mon CAP et MC boulangerie"))


def test_a_note_s_parenthesis_is_said_or_left_out() -> None:
    """Read 148: « mon baccalauréat… (Université Laval) me sera utile », « mon AEC en
    comptabilité (Cégep Limoilou) »: the note's parenthesis pasted."""
    assert asset("mon AEC en comptabilité (Cégep Limoilou)") == (
        "mon AEC en comptabilité du Cégep Limoilou"
    )
    assert asset("4 ans de bar au Bistro Chez Gaston (Sherbrooke)") == (
        "mes quatre ans de bar au Bistro Chez Gaston"
    )
    assert asset("mon DEES (2024)") == "mon DEES"
    # What the asset is made of stays.
    assert asset("3 ans de MLOps (Airflow, MLflow)") == "mes trois ans de MLOps (Airflow, MLflow)"


@pytest.mark.parametrize("seed", range(12))
def test_a_reminder_with_nothing_new_confirms_the_candidate_in_a_wish(seed: int) -> None:
    """Read 148: « Ce que vous m'avez dit du taux d'occupation m'a confirmé mon envie »: one
    confirms someone in a wish; « j'aimerais d'autant plus » compared nothing."""
    ctx = build_context(
        "fr_CA",
        interview__date=f"2026-10-{seed + 5:02d}",
        company__facts=[],
        debrief__since=[],
        debrief__highlights=["mes quatre ans en gestion d'équipe"],
        commitments=[],
        topics=[{"subject": "la planification des quarts de travail"}],
        history=[{"kind": "thank_you", "on": f"2026-10-{seed + 6:02d}", "channel": "email"}],
        next_steps={"decision_by": f"2026-10-{seed + 15:02d}", "channel": "email"},
    )
    body = _said("reminder", ctx, date(2026, 11, 20))
    assert "la planification des quarts de travail" in body
    # The asset, when said, is brought to the team; never the mould « J'ai apprécié notre
    # échange sur… et j'aimerais apporter à votre équipe… » (reads 275 and 276: fifteen
    # reminders).
    if "mes quatre ans en gestion d’équipe" in body:
        assert "votre équipe" in body
    assert "J’ai apprécié notre échange" not in body
    assert "m’a confirmé mon envie" not in body
    assert "m’a confirmée mon envie" not in body
    assert "d’autant plus" not in body
    assert "où je pourrais" not in body


@pytest.mark.parametrize(
    ("locale", "promise", "details", "said"),
    [
        # Read 148: « voici mes disponibilités : disponible du mardi au samedi ».
        (
            "fr_FR",
            "lui envoyer mes disponibilités",
            "disponible du mardi au samedi",
            "mes disponibilités : du mardi au samedi.",
        ),
        # Pair read 149: « voici la date de mon examen… : l'examen est le 23 janvier 2027 ».
        (
            "fr_CA",
            "lui faire savoir la date de mon examen d'admission à l'OAQ",
            "l'examen est le 23 janvier 2027",
            "examen d’admission à l’OAQ : le 23 janvier 2027.",
        ),
    ],
)
def test_what_is_given_is_not_introduced_twice(
    locale: str, promise: str, details: str, said: str
) -> None:
    kept = {"promise": promise, "done": True, "details": details}
    body = _said("thank_you", build_context(locale, commitments=[kept]), date(2026, 11, 20))
    assert said in body


def test_a_thank_you_thanks_for_the_exercise_of_the_day() -> None:
    """Pair read 149: the hand thanks « pour le cas pratique de codage », « pour la mise en
    situation avec l'harmonie »; the program said nothing of them."""
    ctx = build_context("fr_FR", debrief__impressions="Visio 30 min + test d'anglais oral.")
    body = _said("thank_you", ctx, date(2026, 11, 20))
    assert "et pour le test d’anglais oral." in body.split("\n\n")[1]


@pytest.mark.parametrize("seed", range(10))
def test_a_call_says_what_the_exchange_gave_not_a_stock_phrase(seed: int) -> None:
    """Read 148: « m'a donné matière à réflexion » (four scripts), « J'ai gardé en tête »."""
    ctx = build_context(
        "fr_CA",
        interview__date=f"2026-10-{seed + 5:02d}",
        history=[{"kind": "thank_you", "on": f"2026-10-{seed + 6:02d}", "channel": "email"}],
        next_steps={"decision_by": f"2026-10-{seed + 15:02d}", "channel": "email"},
    )
    script = _said("phone_script", ctx, date(2026, 11, 20))
    assert re.search(r"m’intéresse toujours (?:beaucoup|autant)|toujours très intéress", script)
    assert "matière à réflexion" not in script
    assert "gardé en tête" not in script


@pytest.mark.parametrize(
    ("name", "civility"), [("Kimberly O'Neill", "Madame"), ("Mamadou Diallo", "Monsieur")]
)
def test_a_common_given_name_gives_the_civility(name: str, civility: str) -> None:
    """Read 148: « Bonjour Kimberly O'Neill » (three drafts) for want of a civility."""
    ctx = build_context(
        "fr_CA", interviewer__name=name, interviewer__civility=None, interviewer__title=None
    )
    greeting = _said("reminder", ctx, date(2026, 12, 7)).split("\n", 1)[0]
    assert greeting.startswith(f"Bonjour {civility}")
    assert name.split()[0] not in greeting
