"""Round trips of notebooks and apps: dicts, copied contexts, edits, forgiving input."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

import suivi_templates as st
from suivi_templates import cli

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_render_and_plan_accept_a_dict(quebec: st.InterviewContext):
    assert st.render("thank_you", st.EXAMPLES["fr_CA"]) == st.render("thank_you", quebec)
    assert st.plan(st.EXAMPLES["fr_CA"], today=date(2026, 11, 20)) == st.plan(
        quebec, today=date(2026, 11, 20)
    )


def test_an_invalid_dict_names_its_field():
    with pytest.raises(ValidationError, match=r"candidate\.gender"):
        st.render("thank_you", st.EXAMPLES["fr_CA"] | {"candidate": {"name": "A", "gender": "x"}})


def test_a_copied_context_is_validated_again(quebec: st.InterviewContext):
    st.render("thank_you", quebec)  # the original, found valid once, is not read again
    wrong_locale = quebec.model_copy(update={"locale": "en_US"})
    wrong_gender = quebec.model_copy(
        update={"candidate": quebec.candidate.model_copy(update={"gender": "x"})}
    )

    with pytest.raises(ValidationError, match="locale"):
        st.render("thank_you", wrong_locale)
    with pytest.raises(ValidationError, match="gender"):
        st.plan(wrong_gender, today=date(2026, 11, 20))


def test_a_valid_copy_renders_with_its_change(quebec: st.InterviewContext):
    moved = quebec.model_copy(update={"locale": "fr_FR"})

    assert st.render("thank_you", moved).locale == "fr_FR"


def test_edit_checks_the_new_text_again(thank_you: st.Draft):
    edited = thank_you.edit(body=thank_you.body + "\nMerci de me répondre au plus vite.\n")

    assert thank_you.report.passed
    assert not edited.report.passed
    assert "pushy.pressure" in edited.report.codes
    assert edited.subject == thank_you.subject
    assert edited.context == thank_you.context


def test_edit_of_the_subject_is_checked_too(thank_you: st.Draft):
    edited = thank_you.edit(subject="Relance : toujours pas de nouvelles")

    assert edited.body == thank_you.body
    assert [f.where for f in edited.report.errors] == ["subject"]


def test_edit_refuses_a_subject_for_a_spoken_draft_or_with_a_line_break(
    quebec: st.InterviewContext, thank_you: st.Draft
):
    with pytest.raises(ValueError, match="pas d’objet"):
        st.render("voicemail", quebec).edit(subject="Bonjour")
    with pytest.raises(ValueError, match="une seule ligne"):
        thank_you.edit(subject="Merci\nBcc: x@example.org")


def test_render_checks_the_subject(tmp_path: Path, quebec: st.InterviewContext):
    # An app template whose subject alone is pushy: render must refuse it.
    source = (TEMPLATES / "fr" / "thank_you.j2").read_text(encoding="utf-8")
    start, end = source.index("{% set subject %}"), source.index("{% endset %}")
    pushy = source[:start] + "{% set subject %}Relance : toujours pas de nouvelles" + source[end:]
    (tmp_path / "fr_CA").mkdir()
    (tmp_path / "fr_CA" / "thank_you.j2").write_text(pushy, encoding="utf-8")

    with pytest.raises(st.DraftRejected) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert {f.where for f in caught.value.report.errors} == {"subject"}
    assert "pushy.reproach" in caught.value.report.codes


@pytest.mark.parametrize("locale", ["fr-CA", "fr_ca", "FR-ca", " fr_CA "])
def test_locale_spellings_are_forgiven(locale: str):
    assert st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"] | {"locale": locale}).locale == (
        "fr_CA"
    )


@pytest.mark.parametrize(
    ("civility", "expected"), [("Mme", "Madame"), ("mme.", "Madame"), ("M.", "Monsieur")]
)
def test_civility_abbreviations_are_forgiven(civility: str, expected: str):
    data = copy.deepcopy(st.EXAMPLES["fr_CA"])
    data["interviewer"]["civility"] = civility

    assert st.InterviewContext.model_validate(data).interviewer.civility == expected


def test_topics_and_promises_as_plain_strings():
    data = st.EXAMPLES["fr_CA"] | {
        "topics": ["la migration vers SAP"],
        "commitments": ["lui envoyer mon analyse"],
    }

    context = st.InterviewContext.model_validate(data)

    assert context.topics[0].subject == "la migration vers SAP"
    assert context.commitments[0].promise == "lui envoyer mon analyse"


def test_a_byte_order_mark_in_a_context_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "contexte.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(st.EXAMPLES["fr_CA"]).encode())

    assert cli.main(["rediger", "thank_you", "--contexte", str(path)]) == 0
    assert "Objet" in capsys.readouterr().out


@pytest.mark.parametrize(("typed", "meant"), [("thank-you", "thank_you"), ("remind", "reminder")])
def test_an_unknown_kind_suggests_the_nearest(quebec: st.InterviewContext, typed: str, meant: str):
    with pytest.raises(st.UnknownKind, match=f"Vouliez-vous dire '{meant}'"):
        st.render(typed, quebec)


def test_an_unknown_check_code_suggests_the_nearest():
    with pytest.raises(st.UnknownCheck, match=r"Vouliez-vous dire .pushy\.pressure."):
        st.check("Bonjour", config={"pushy.presure": "off"})


def test_a_far_miss_gets_no_suggestion(quebec: st.InterviewContext):
    with pytest.raises(st.UnknownKind) as caught:
        st.render("lettre", quebec)

    assert "Vouliez-vous" not in str(caught.value)


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*/*.j2")), ids=lambda p: p.name)
def test_a_copywriter_reads_every_template_line_without_scrolling(path: Path) -> None:
    """Issue 10: French comments, and no line over ~120 characters."""
    long = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if len(line) > 120]
    assert not long, f"{path.parent.name}/{path.name}: lignes {long}"
