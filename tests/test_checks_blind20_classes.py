"""The classes a fourteenth blind corpus (blind20) showed, in sentences written for this file.

blind20 was measured once, before any change it prompted (generic P 1.00 / R 0.77, pushy
P 0.96 / R 0.98, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- Sparing the recruiter a call-back (« pas besoin de me rappeler aujourd'hui ») asks for
  nothing; asking for one the same day presses. The tone model, which reads the whole draft,
  must not count what the rules' data excuses either.
- One's own conditions declared « pas négociables » are a precondition; the trade's rule
  quoted so (« la sécurité n'est pas négociable ») is not.
- « Inutile de poursuivre le processus » if the conditions do not suit is an ultimatum.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.checks.base import Target
from suivi_templates.checks.ruledata import excused_spans
from suivi_templates.checks.tone import _read, model

CTX = build_context("fr_CA")
CALLER = "Bonjour, ici Camille Roy, au sujet du poste. "


def _codes(text: str, kind: str = "voicemail") -> set[str]:
    return {f.code for f in st.check(CALLER + text, CTX, kind=kind).errors}


@pytest.mark.parametrize(
    "spared",
    [
        "Vous êtes pris en fin de journée : pas besoin de me rappeler aujourd'hui.",
        "Nul besoin de me rappeler ce soir, je lirai vos courriels demain.",
        "Inutile de me répondre aujourd'hui, rien ne presse de mon côté.",
        "Ce n'est pas la peine de me rappeler ce soir.",
        "Il n'est pas nécessaire de me rappeler aujourd'hui même.",
    ],
)
def test_sparing_a_call_back_asks_for_nothing(spared: str) -> None:
    assert "pushy.pressure" not in _codes(spared)


def test_asking_for_a_call_back_the_same_day_presses() -> None:
    assert "pushy.pressure" in _codes("Merci de me rappeler aujourd'hui sans faute.")


def test_the_excused_phrase_is_where_the_data_says() -> None:
    text = CALLER + "Inutile de me rappeler ce soir, un courriel me suffit."
    target = Target(text, CTX, "voicemail")
    spans = excused_spans("pushy", target)
    assert [text[a:b].lower() for a, b in spans] == ["inutile de me rappeler ce soir"]
    assert excused_spans("pushy", Target(CALLER + "Rappelez-moi ce soir.", CTX, "voicemail")) == []


# A voicemail the tone model, reading every word, leans to call pushy (the check below fails
# without the excusal): its only pressure-like words are the call-back it spares.
SPARING_VOICEMAIL = (
    "Bonjour Madame, c'est Julie Tremblay, pour le poste de préposée. Petit message rapide : "
    "je suis toujours libre en semaine de 7 h à 15 h et le samedi, au cas où ça aiderait pour "
    "vos horaires d'été. Inutile de me rappeler ce soir, un courriel me convient très bien. "
    "Mon numéro : 514 555-0101. Merci!"
)


def test_the_tone_model_does_not_count_what_the_data_excuses() -> None:
    ctx = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    forms, _, _ = _read(Target(SPARING_VOICEMAIL, ctx, "voicemail").masked)
    assert model().probability(forms) >= model().threshold  # the whole text leans pushy
    codes = {f.code for f in st.check(SPARING_VOICEMAIL, ctx, kind="voicemail").findings}
    assert "pushy.tone" not in codes
    demanding = SPARING_VOICEMAIL.replace("Inutile de me rappeler ce soir", "Rappelez-moi ce soir")
    report = st.check(demanding, ctx, kind="voicemail")
    assert any(f.family == "pushy" for f in report.errors)


def test_ones_own_conditions_declared_not_negotiable_are_a_precondition() -> None:
    text = "Je tiens à préciser mes exigences, qui ne sont pas négociables : le quart de jour."
    assert "pushy.pressure" in _codes(text, "thank_you")


@pytest.mark.parametrize(
    "quoted",
    [
        "Vous avez insisté : la sécurité des patients n'est pas négociable, et je pense pareil.",
        "Les normes d'hygiène ne sont pas négociables ; je les ai appliquées dix ans.",
    ],
)
def test_a_rule_of_the_trade_quoted_as_not_negotiable_is_not(quoted: str) -> None:
    assert "pushy.pressure" not in _codes(quoted, "thank_you")


def test_refusing_the_rest_of_the_process_is_an_ultimatum() -> None:
    text = "Si ce salaire ne vous convient pas, pas la peine de continuer les entrevues."
    assert "pushy.pressure" in _codes(text, "thank_you")


def test_the_rest_of_a_process_of_the_trade_is_not() -> None:
    text = "À la cave, inutile de poursuivre l'affinage quand la croûte se fend : on recommence."
    assert "pushy.pressure" not in _codes(text, "thank_you")


# --- generic: what names the interview ------------------------------------------------

TRADE = build_context(
    "fr_CA",
    topics=[{"subject": "les astreintes de fin de semaine"}],
    commitments=[],
    company__facts=["La coopérative lancera en mai une gamme de fromages artisanaux au lait cru."],
    debrief={"highlights": ["trois étés d'affinage dans une fromagerie de Charlevoix"]},
)
OPENING = "Bonjour Madame Tremblay,\n\nMerci pour notre entrevue d'hier au sujet du poste. "
CLOSING = "\n\nAu plaisir d'en reparler,\nCamille Roy"


def _letter(middle: str) -> set[str]:
    return {f.code for f in st.check(OPENING + middle + CLOSING, TRADE, kind="thank_you").errors}


def test_one_word_of_the_company_news_does_not_cite_it() -> None:
    assert "generic.no_concrete_element" in _letter("J'aime le travail artisanal.")


def test_the_company_news_itself_is_cited() -> None:
    text = "Votre gamme de fromages au lait cru, lancée en mai, m'enthousiasme."
    assert "generic.no_concrete_element" not in _letter(text)


def test_one_word_of_ones_own_debrief_does_not_cite_it() -> None:
    assert "generic.no_concrete_element" in _letter("L'affinage me passionne depuis toujours.")


def test_one_long_word_still_names_a_short_topic() -> None:
    assert "generic.no_concrete_element" not in _letter("Les astreintes ne me font pas peur.")


def test_a_declared_passion_with_nothing_of_the_interview_is_generic() -> None:
    codes = _codes("Nous nous sommes parlé mardi. Le métier, c'est une vraie passion pour moi.")
    assert "generic.vague_praise" in codes


def test_a_passion_beside_a_detail_of_the_interview_is_not() -> None:
    text = "C'est une vraie passion pour moi, et les astreintes de fin de semaine me conviennent."
    codes = {f.code for f in st.check(CALLER + text, TRADE, kind="voicemail").errors}
    assert "generic.vague_praise" not in codes
