"""The classes a new blind corpus (blind32) showed, in sentences written for this file.

blind32 was measured once, before any change it prompted (generic P 0.93 / R 0.61, pushy
P 1.00 / R 0.95, 56 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A letter recycled from another interview recalls a visit of the premises after an
  interview held by phone or by video.
- One word of the trade (« géomatique », « hygiène ») does not cite the candidate's own line
  (« mon DEC en technologie de la géomatique »): a letter of trade words is generic.
- The post another employer offered, told to press for an answer, is leverage (pushy), not a
  passage pasted from another application (generic).
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

SAP = " Notre échange sur la migration vers SAP m'a marquée."
VISITS = [
    "Merci de m'avoir accueillie dans vos bureaux de Rimouski." + SAP,
    "Merci pour la visite de votre atelier, qui m'a beaucoup plu." + SAP,
    "Je vous remercie de m'avoir fait visiter la salle des serveurs." + SAP,
]


def _codes(text: str, kind: str = "thank_you", **changes: object) -> set[str]:
    context = build_context("fr_CA", **changes)
    return {f.code for f in st.check(text, context, kind=kind).errors}


@pytest.mark.parametrize("mode", ["phone", "video"])
@pytest.mark.parametrize("text", VISITS)
def test_a_visit_recalled_after_a_call_or_a_video_was_written_for_another_interview(
    text: str, mode: str
) -> None:
    assert "generic.foreign_name" in _codes(text, interview__mode=mode)


@pytest.mark.parametrize("text", VISITS)
def test_a_visit_recalled_after_an_interview_in_person_is_this_one(text: str) -> None:
    assert "generic.foreign_name" not in _codes(text, interview__mode="in_person")


def test_a_visit_the_context_speaks_of_is_this_interviews() -> None:
    topics = [{"subject": "visite virtuelle de l'atelier"}]
    found = _codes(VISITS[1], interview__mode="video", topics=topics)
    assert "generic.foreign_name" not in found


HIGHLIGHTS = {"highlights": ["mon DEC en technologie de la géomatique"]}


def test_one_trade_word_does_not_cite_the_candidates_own_line() -> None:
    text = (
        "Bonjour Madame Tremblay,\n\nJe me permets de faire un suivi de ma candidature. Je "
        "demeure très intéressée et prête à mettre à profit mes compétences en géomatique.\n\n"
        "Salutations distinguées,\nCamille Roy"
    )
    found = _codes(text, kind="reminder", topics=[], commitments=[], debrief=HIGHLIGHTS)
    assert "generic.no_concrete_element" in found


def test_two_words_of_the_line_cite_it() -> None:
    text = (
        "Bonjour Madame Tremblay,\n\nJe me permets de faire un suivi de ma candidature. Mon "
        "DEC en technologie de la géomatique me servira dès le départ.\n\n"
        "Salutations distinguées,\nCamille Roy"
    )
    found = _codes(text, kind="reminder", topics=[], commitments=[], debrief=HIGHLIGHTS)
    assert "generic.no_concrete_element" not in found


@pytest.mark.parametrize(
    "offer",
    [
        "La Ville de Laval m'a fait une offre de poste d'agente des bassins.",
        "Un autre établissement m'a proposé un poste de moniteur en espaces verts.",
    ],
)
def test_the_post_another_employer_offered_is_leverage_not_a_paste(offer: str) -> None:
    found = _codes(offer + " Je dois répondre vendredi." + SAP, kind="reminder")
    assert "generic.foreign_name" not in found
    assert "pushy.leverage" in found
