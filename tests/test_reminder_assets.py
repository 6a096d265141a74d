"""An asset in a reminder is tied to the interview, or said only when nothing else would be.

« Mon DEAS m'a préparé à ce métier », tied to nothing of the interview, was the reminders'
first tell in read 127 (nine of ten). It is now said only when, without it, the reminder
would carry nothing the person met recognises from the interview (the checks would refuse
it as a model sent to all).
"""

from __future__ import annotations

import re

import suivi_templates as st
from conftest import build_context


def test_an_asset_tied_to_no_topic_is_not_said_alone() -> None:
    context = build_context(
        "fr_CA",
        topics=[
            {"subject": "Comment l'équipe gère le manque de personnel la nuit?", "note": None},
            {"subject": "le PTI", "note": "audit en février"},
        ],
        commitments=[],
        company={"name": "CIUSSS du Centre-Sud", "facts": []},
        debrief__highlights=["mes 4 ans en médecine interne"],
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", context).body
    # Never alone as what prepared for the trade, nor pasted after the topic (reads 275 and
    # 276: « J'ai apprécié notre échange sur… et j'aimerais apporter à votre équipe… », the
    # reminders' mould): the topic is what helped the person see the post, not offered for a
    # new exchange (reads 279 to 304), and the reminder asks where things stand (pair read 273).
    assert "préparée à ce métier" not in body
    assert "J’ai apprécié notre échange" not in body
    assert "notamment sur" not in body
    assert "je m’y projette mieux depuis notre échange sur la façon dont l’équipe gère" in body
    assert re.search(r"(?i)où en est|a-t-il avancé", body)
    assert "\n\n\n" not in body


def test_an_asset_is_said_when_nothing_else_would_show_the_interview() -> None:
    context = build_context(
        "fr_FR",
        role__title="Aide-soignant·e de nuit (H/F) - CDI 100% - 12h (20h-8h)",
        company={"name": "EHPAD Les Tilleuls", "facts": []},
        topics=[
            {"subject": "nuits en 12h, 2 AS pour 84 résidents", "note": "elle a insisté"},
            {"subject": "prévention des chutes"},
        ],
        commitments=[],
        debrief__highlights=["5 ans de nuit en EHPAD à Brive", "le DEAS"],
        debrief__since=[],
        debrief__struck_by="J'ai été touché par la veilleuse laissée dans chaque chambre.",
        debrief__to_add=None,
        history=[{"kind": "thank_you", "on": "2026-11-19", "channel": "email"}],
    )
    draft = st.render("reminder", context)
    assert draft.report.passed
    assert "DEAS" in draft.body or "Brive" in draft.body
