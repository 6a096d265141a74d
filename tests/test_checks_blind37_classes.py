"""The classes new blind corpora (blind37, blind38) showed, in sentences written for this file.

blind37 was measured once, before any change it prompted (generic P 1.00 / R 0.85, pushy
P 0.97 / R 0.97, 55 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A diploma's name typed in capitals as printed on it (« la MC BOULANGERIE SPÉCIALISÉE »,
  « un CAP CUISINE ») is not shouting; a demand in capitals after it still is.
- Another organisation of the same kind (« le Centre hospitalier de Cholet », « le CHU de
  Nantes » to another hospital) is another interview's, even after « j'ai été sensible à »,
  which is a feeling and not a past job; « j'ai été aide-soignante au CHU de Nantes » is.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

BAKERY = build_context(
    "fr_FR",
    role__title="boulanger",
    company={"name": "Le Fournil des Halles", "facts": []},
    topics=[{"subject": "le pain au levain"}],
)


def _shouts(text: str) -> bool:
    report = st.check(text, BAKERY, kind="thank_you")
    return any(f.code == "pushy.shouting" for f in report.errors)


@pytest.mark.parametrize(
    "sentence",
    [
        "P.-S. J'ai aussi un CAP PÂTISSIER, obtenu en 2019.",
        "J'ai passé le BP BOULANGER l'an dernier, après ma MC BOULANGERIE SPÉCIALISÉE.",
    ],
)
def test_a_diplomas_name_in_capitals_is_not_shouting(sentence: str) -> None:
    assert not _shouts(f"Merci pour l'entretien sur le pain au levain. {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai mon CAP. MERCI DE ME RÉPONDRE VITE.",
        "Mon BP BOULANGER est à jour, J'ATTENDS UNE RÉPONSE URGENTE.",
    ],
)
def test_a_demand_in_capitals_after_a_diploma_still_shouts(sentence: str) -> None:
    assert _shouts(f"Merci pour l'entretien sur le pain au levain. {sentence}")


HOSPITAL = build_context(
    "fr_FR",
    role__title="infirmière aux urgences",
    company={"name": "Centre hospitalier Val-de-Sèvre", "facts": []},
    topics=[{"subject": "l'accueil aux urgences"}],
)


def _foreign(body: str) -> bool:
    letter = f"Bonjour Madame,\n\n{body}\n\nBien cordialement,\n\n{HOSPITAL.candidate.name}"
    report = st.check(letter, HOSPITAL, kind="thank_you")
    return any(f.code == "generic.foreign_name" for f in report.errors)


@pytest.mark.parametrize(
    "body",
    [
        "Merci pour l'entretien sur l'accueil aux urgences. J'ai été très touchée par les "
        "projets du Centre hospitalier de Lisieux.",
        "Merci pour l'entretien sur l'accueil aux urgences. Les projets du CHU de Rouen "
        "m'ont beaucoup intéressée.",
    ],
)
def test_another_hospital_is_another_interviews(body: str) -> None:
    assert _foreign(body)


@pytest.mark.parametrize(
    "body",
    [
        "Merci pour l'entretien sur l'accueil aux urgences. J'ai été aide-soignante trois ans "
        "au CHU de Rouen.",
        "Merci pour l'entretien sur l'accueil aux urgences, que j'ai pratiqué en stage au "
        "Centre hospitalier de Lisieux.",
    ],
)
def test_a_hospital_of_ones_past_is_no_paste(body: str) -> None:
    assert not _foreign(body)


@pytest.mark.parametrize(
    ("sentence", "pressed"),
    [
        # blind38: a legal assistant's procedure, not an ultimatum.
        ("Au greffe, pas un seul des délais de rigueur ne m'a échappé.", False),
        ("J'ai tenu l'échéancier : aucun délai de rigueur manqué en deux ans.", False),
        ("Je vous laisse jusqu'à vendredi, délai de rigueur.", True),
    ],
)
def test_the_procedures_time_limit_is_no_ultimatum(sentence: str, pressed: bool) -> None:
    report = st.check(sentence, kind="thank_you")
    assert any(f.code == "pushy.pressure" for f in report.errors) is pressed
