"""Drafts as emails: EmailMessage, .eml files that mail clients open, mailto: links."""

from __future__ import annotations

import email.policy
import re
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

import suivi_templates as st


def parse(path: Path) -> Any:
    with path.open("rb") as stream:
        return BytesParser(policy=email.policy.default).parse(stream)


@pytest.fixture
def written(context: st.InterviewContext) -> st.Draft:
    return st.render("thank_you", context)


def test_email_goes_from_the_candidate_to_the_interviewer(written: st.Draft):
    message = written.to_email()
    candidate, interviewer = written.context.candidate, written.context.interviewer

    assert message["From"].addresses[0].display_name == candidate.name
    assert message["From"].addresses[0].addr_spec == candidate.email
    assert message["To"].addresses[0].addr_spec == interviewer.email
    assert message["Subject"] == written.subject
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().rstrip("\n") == written.body.rstrip("\n")


def test_eml_round_trips_accents_subject_and_no_break_spaces(tmp_path: Path, written: st.Draft):
    # A subject with a date: « 19 novembre » is joined by a no-break space that must survive.
    written = written.model_copy(update={"subject": "Remerciements – entrevue du 19\u00a0novembre"})
    path = written.save_eml(tmp_path / "merci.eml")

    message = parse(path)

    assert message.defects == []
    assert message["Subject"] == written.subject
    assert "\u00a0" in message["Subject"]  # « 19 novembre » never wraps
    assert message["From"].addresses[0].display_name == written.context.candidate.name
    body = message.get_content()
    assert body.rstrip("\n") == written.body.rstrip("\n")
    assert "\u00a0" in body
    assert any(letter in body for letter in "éèàç")
    assert message["Content-Language"] in {"fr-CA", "fr-FR"}
    assert message["X-Unsent"] == "1"
    assert path.read_bytes().isascii()  # 7-bit on the wire: any mail client can read it


def test_fr_fr_narrow_no_break_space_survives(tmp_path: Path):
    context = st.InterviewContext.model_validate(st.EXAMPLES["fr_FR"])
    draft = st.render("thank_you", context)
    edited = draft.model_copy(update={"body": draft.body + "\nÀ très bientôt\u202f!\n"})

    message = parse(edited.save_eml(tmp_path / "merci.eml"))

    assert "bientôt\u202f!" in message.get_content()


def test_save_eml_never_overwrites_unless_asked(tmp_path: Path, written: st.Draft):
    path = tmp_path / "merci.eml"
    path.write_text("brouillon à garder", encoding="utf-8")

    with pytest.raises(st.OutputExists, match="existe déjà") as caught:
        written.save_eml(path)

    assert isinstance(caught.value, FileExistsError)
    assert path.read_text(encoding="utf-8") == "brouillon à garder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merci.eml"]  # no temporary file

    written.save_eml(path, overwrite=True)
    assert parse(path)["Subject"] == written.subject
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merci.eml"]


def test_save_eml_writes_nothing_when_the_draft_cannot_be_an_email(
    tmp_path: Path, quebec: st.InterviewContext
):
    with pytest.raises(st.NotAnEmail, match="phone_script"):
        st.render("phone_script", quebec).save_eml(tmp_path / "appel.eml")

    assert list(tmp_path.iterdir()) == []


def test_save_eml_into_a_missing_folder_leaves_nothing(tmp_path: Path, written: st.Draft):
    with pytest.raises(FileNotFoundError):
        written.save_eml(tmp_path / "absent" / "merci.eml")

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["phone_script", "voicemail"])
def test_spoken_drafts_cannot_be_emailed(quebec: st.InterviewContext, kind: str):
    draft = st.render(kind, quebec)

    with pytest.raises(st.NotAnEmail, match="pas un courriel") as caught:
        draft.to_email()
    assert caught.value.kind == kind
    with pytest.raises(st.NotAnEmail):
        draft.mailto()


@pytest.mark.parametrize(
    ("person", "field"), [("interviewer", "interviewer.email"), ("candidate", "candidate.email")]
)
def test_a_missing_address_names_the_field_to_fill(
    tmp_path: Path, data: dict[str, Any], person: str, field: str
):
    data[person]["email"] = None
    draft = st.render("thank_you", st.InterviewContext.model_validate(data))

    with pytest.raises(st.MissingContext, match=f"champ {field} est vide") as caught:
        draft.save_eml(tmp_path / "merci.eml")

    assert caught.value.field == field
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "subject",
    [
        "Merci\r\nBcc: tous@example.org",
        "Merci\nBcc: tous@example.org",
        "Merci\rBcc: tous@example.org",
        "Merci\u2028Bcc: tous@example.org",
        "Merci\x85Bcc: tous@example.org",
    ],
)
def test_a_subject_with_a_line_break_is_refused(tmp_path: Path, written: st.Draft, subject: str):
    injected = written.model_copy(update={"subject": subject})

    with pytest.raises(st.HeaderInjection, match="Subject") as caught:
        injected.save_eml(tmp_path / "merci.eml")
    with pytest.raises(st.HeaderInjection):
        injected.mailto()

    assert caught.value.header == "Subject"
    assert isinstance(caught.value, st.SuiviError)
    assert list(tmp_path.iterdir()) == []


def test_a_name_with_a_line_break_is_refused_even_past_validation(written: st.Draft):
    # model_construct skips validation, as an app building contexts by hand might.
    candidate = written.context.candidate.model_construct(
        **(written.context.candidate.model_dump() | {"name": "Camille\nBcc: x@example.org"})
    )
    context = written.context.model_construct(**(dict(written.context) | {"candidate": candidate}))
    injected = written.model_copy(update={"context": context})

    with pytest.raises(st.HeaderInjection, match="From"):
        injected.to_email()


def test_mailto_link_is_percent_encoded_and_opens_the_same_draft(written: st.Draft):
    link = written.mailto()
    parts = urlsplit(link)
    query = parse_qs(parts.query)

    assert link.isascii()
    assert " " not in link
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == written.context.interviewer.email
    assert query["subject"] == [written.subject]
    # RFC 6068: line breaks travel as CRLF (%0D%0A), never as a bare LF.
    assert query["body"][0] == written.body.rstrip("\n").replace("\n", "\r\n")
    assert "%0D%0A" in link
    assert re.search(r"(?<!%0D)%0A", link) is None
    assert "%C2%A0" in link  # the no-break spaces travel too
