"""The classes a twelfth blind corpus (blind18) showed, and the three blind17 misses mended.

blind18 was measured once, before any change it prompted (generic P 0.89 / R 0.70, pushy
P 0.98 / R 1.00, 53 of 56 good drafts accepted: docs/verifications.md). Each class is checked
both ways, in sentences written for this file.

- « Bonjour Maître, » greets a notary or a lawyer: not a name from another application.
- « Sinon je vous laisse travailler » takes leave at the end of a call: not a threat.
- A detail is named by more than a word every letter or every text uses: « disponible »
  does not keep a promise of availabilities, « le montage » alone does not name « le montage
  des structures », « le lean manufacturing » does not name « la certification Green Belt
  Lean Six Sigma »; « les équipes mobiles » still names « l'équipe mobile ».
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context


def _codes(text: str, ctx: st.InterviewContext, kind: str = "thank_you") -> set[str]:
    return {f.code for f in st.check(text, ctx, kind=kind).errors}


NOTARY = build_context("fr_FR", interviewer={"name": "Bérengère d'Aubigny", "civility": "Madame"})
BODY = "Notre échange sur le déploiement du nouvel outil de facturation m’a beaucoup appris."


def test_greeting_a_notary_as_maitre_is_not_another_application():
    assert "generic.foreign_name" not in _codes(f"Bonjour Maître,\n\n{BODY}", NOTARY)


def test_greeting_another_person_still_is():
    assert "generic.foreign_name" in _codes(f"Bonjour Maître Ferrand,\n\n{BODY}", NOTARY)


CALL = build_context("fr_CA")
CALL_BODY = "Je voulais savoir si la migration du système comptable vers SAP avançait. "


def test_sinon_taking_leave_at_the_end_of_a_call_is_not_a_threat():
    text = CALL_BODY + "Sinon je vous laisse travailler. Merci et bonne soirée."
    assert "pushy.pressure" not in _codes(text, CALL, "phone_script")


def test_sinon_before_a_threat_still_is():
    text = CALL_BODY + "Sinon je chercherai ailleurs dès lundi."
    assert "pushy.pressure" in _codes(text, CALL, "phone_script")


def _concrete(text: str, ctx: st.InterviewContext) -> bool:
    return "generic.no_concrete_element" not in _codes(text, ctx)


STOCK = (
    "Je vous remercie pour notre entretien. {detail} sont au cœur de ce métier, et je "
    "serais heureux d’y contribuer avec rigueur."
)
PROMISE_CTX = build_context(
    "fr_CA",
    topics=[{"subject": "le calendrier de la production"}],
    commitments=[
        {"promise": "lui confirmer mes disponibilités pour une journée d’essai", "done": False}
    ],
)


def test_being_available_does_not_keep_a_promise_of_availabilities():
    text = "Merci pour notre entrevue. Je reste disponible pour en discuter à votre convenance."
    assert not _concrete(text, PROMISE_CTX)


def test_the_availabilities_for_the_trial_day_do():
    text = "Merci pour notre entrevue. Voici mes disponibilités pour la journée d’essai : lundi."
    assert _concrete(text, PROMISE_CTX)


MOUNTING_CTX = build_context("fr_FR", topics=[{"subject": "montage des structures de 20 × 40 m"}])
MOBILE_CTX = build_context(
    "fr_FR", topics=[{"subject": "Comment travailler avec l'équipe mobile ?"}]
)
LEAN_CTX = build_context(
    "fr_FR",
    topics=[{"subject": "le temps de cycle sur la ligne"}],
    debrief={"since": ["J’ai obtenu la certification Green Belt Lean Six Sigma."]},
)


@pytest.mark.parametrize(
    ("ctx", "detail", "named"),
    [
        pytest.param(
            MOUNTING_CTX,
            "La logistique, le montage et la sécurité des équipes",
            False,
            id="a common word alone does not name a topic",
        ),
        pytest.param(
            MOUNTING_CTX,
            "Le montage des structures de grande taille et la sécurité",
            True,
            id="the same word with its neighbour does",
        ),
        pytest.param(
            MOBILE_CTX,
            "Le travail avec des équipes mobiles",
            True,
            id="a common word beside its neighbour in the topic names it",
        ),
        pytest.param(
            LEAN_CTX,
            "Le lean manufacturing et la démarche 5S",
            False,
            id="one lowercase word of a longer name does not name it",
        ),
        pytest.param(
            LEAN_CTX,
            "Ma certification Green Belt et la démarche Lean",
            True,
            id="the name written as a name does",
        ),
    ],
)
def test_a_detail_needs_more_than_one_stock_word(
    ctx: st.InterviewContext, detail: str, named: bool
) -> None:
    assert _concrete(STOCK.format(detail=detail), ctx) is named
