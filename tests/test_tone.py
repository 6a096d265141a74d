"""pushy.tone: the tone model reads whole drafts, explains itself, and defers to the rules."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import suivi_templates as st
from suivi_templates import check
from suivi_templates.checks.base import Target
from suivi_templates.checks.tone import MAX_LETTER, MIN_WORDS, MODEL_PATH, features, model

PRESSING = (
    "Bonjour Madame Tremblay, je me permets de revenir vers vous au sujet du poste. Mon "
    "employeur actuel attend ma lettre de démission vendredi, et j'ai préféré vous le dire "
    "franchement : je compte sur vous pour ne pas la donner pour rien. Je passerai d'ailleurs "
    "à vos bureaux lundi matin pour en parler de vive voix."
)
COURTEOUS = (
    "Bonjour Madame Tremblay, merci pour la visite des bureaux mardi. Votre façon de répartir "
    "les dossiers urgents entre les deux équipes m'a beaucoup appris, et je vous envoie comme "
    "promis mon analyse du processus de recouvrement. Je reste disponible pour en parler."
)


def _probability(text: str, context: st.InterviewContext | None = None) -> float:
    return model().probability(form for form, _, _ in features(Target(text, context)))


def test_the_check_reproduces_the_probabilities_computed_at_training() -> None:
    """The pure-Python reading of tone.json gives what scikit-learn gave on the same drafts."""
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert data["cross_check"]
    for case in data["cross_check"]:
        assert abs(_probability(case["text"]) - case["probability"]) < 1e-4, case["text"]


def test_a_pressing_draft_in_unlisted_words_is_reported_on_its_heaviest_sentence() -> None:
    [finding] = check(PRESSING).findings
    assert finding.code == "pushy.tone"
    assert finding.severity == "error"
    assert finding.excerpt == "je compte sur vous pour ne pas la donner pour rien."
    # The words shown are words of that sentence, never « je » or « pas ».
    shown = finding.message.split("pèsent le plus : ")[1]
    for word in ("donner", "compte", "rien"):
        assert f"« {word} »" in shown
    assert "« pas »" not in shown
    assert "« je »" not in shown
    assert "(R15, R16)" in finding.message


def test_a_courteous_draft_passes() -> None:
    assert check(COURTEOUS).passed


def test_it_defers_to_a_phrase_rule_and_speaks_when_that_rule_is_off() -> None:
    shouting = PRESSING + " Répondez-moi AU PLUS VITE."
    codes = check(shouting).codes
    assert "pushy.pressure" in codes
    assert "pushy.tone" not in codes
    quiet_rules = {"pushy.pressure": "off", "pushy.shouting": "off"}
    assert "pushy.tone" in check(shouting, config=quiet_rules).codes


def test_it_can_be_set_to_a_warning_or_off_like_any_check() -> None:
    assert check(PRESSING, config={"pushy.tone": "warning"}).passed
    assert not check(PRESSING, config={"pushy.tone": "off"}).findings


def test_a_sentence_or_a_file_is_not_judged() -> None:
    words = PRESSING.split()
    short = " ".join(words[: MIN_WORDS - 15])
    assert "pushy.tone" not in check(short).codes
    long = (COURTEOUS + "\n\n") * (MAX_LETTER // len(COURTEOUS)) + PRESSING
    assert len(long) > MAX_LETTER
    assert "pushy.tone" not in check(long).codes


def test_the_subject_is_not_read_by_the_model() -> None:
    report = check(COURTEOUS, subject=PRESSING)
    assert not [f for f in report.findings if f.code == "pushy.tone"]


def test_the_interviews_own_words_never_weigh() -> None:
    """A company or topic whose name looks pressing is masked: renaming it changes nothing."""
    base = st.EXAMPLE_CONTEXT
    calm = st.InterviewContext.model_validate(
        {**base, "company": {**base["company"], "name": "Atelier Boréal"}}
    )
    loud = st.InterviewContext.model_validate(
        {**base, "company": {**base["company"], "name": "Urgence Ultimatum"}}
    )
    text = COURTEOUS + " Je serais heureuse de rejoindre {} cet hiver."
    assert _probability(text.format("Atelier Boréal"), calm) == _probability(
        text.format("Urgence Ultimatum"), loud
    )


@settings(max_examples=60, deadline=None)
@given(hs.sampled_from([PRESSING, COURTEOUS]), hs.booleans(), hs.booleans())
def test_case_accents_and_apostrophes_do_not_change_the_reading(
    text: str, upper: bool, curly: bool
) -> None:
    variant = text.upper() if upper else text
    variant = variant.replace("'", "’") if curly else variant
    assert abs(_probability(variant) - _probability(text)) < 1e-12


@settings(max_examples=200, deadline=None)
@given(hs.text(max_size=600))
def test_any_text_is_read_without_error_and_spans_stay_inside(text: str) -> None:
    report = check(text * 3)
    for finding in report.findings:
        if finding.code == "pushy.tone" and finding.span is not None:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text * 3)
    assert 0.0 <= _probability(text) <= 1.0


def test_a_check_turned_off_no_longer_silences_the_generic_findings() -> None:
    """« Pushy first » defers the generic finding to a pushy one the caller will see: with
    the tone check off, the reminder that names nothing of the interview is generic again."""
    context = st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"])
    reminder = f"Bonjour Madame Tremblay,\n\n{PRESSING.split(', ', 1)[1]}\n\nCamille Roy"
    assert "pushy.tone" in check(reminder, context, kind="reminder").codes
    for config in ({"pushy.tone": "off"}, {"pushy": "off"}):
        report = check(reminder, context, kind="reminder", config=config)
        assert "generic.no_concrete_element" in report.codes
        assert not report.passed


@pytest.mark.parametrize(
    "text",
    [
        "mot\u0000 \u202eمرحبا 😀 " * 60,
        " ".join(["Kubernetes"] * 50),
        " ".join(f"xq{n}zz" for n in range(80)),
    ],
)
def test_a_text_in_no_french_the_model_knows_is_not_judged(text: str) -> None:
    """A text must be French the model learned: one foreign word repeated is no tone."""
    assert "pushy.tone" not in check(text, kind="reminder").codes
