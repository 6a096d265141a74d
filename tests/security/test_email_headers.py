"""E-mail export: no header injection, addresses checked early, names read back exactly."""

from __future__ import annotations

import email
import email.policy
import re
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st_

import suivi_templates as st
from suivi_templates import emails
from suivi_templates.fields import explain
from suivi_templates.models import ENCODED_WORD, _email_address

EVIL = "=?utf-8?q?Evil=0D=0ABcc:_attacker@evil.example?="


def _with(data: dict[str, Any], dotted: str, value: Any) -> dict[str, Any]:
    section, field = dotted.split(".")
    return data | {section: data[section] | {field: value}}


@pytest.mark.parametrize(
    "field",
    ["candidate.name", "interviewer.name", "role.title", "company.name", "interviewer.title"],
)
@pytest.mark.parametrize("word", [EVIL, "Camille =?UTF-8?B?QmNjOiB4?= Roy", "=??q?x?="])
def test_an_encoded_word_is_refused_at_validation_naming_the_field(
    data: dict[str, Any], field: str, word: str
):
    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(_with(data, field, word))

    (sentence,) = explain(caught.value)
    assert sentence.startswith(f"{field} : contient un mot encodé")


def test_text_that_merely_holds_question_marks_is_kept(data: dict[str, Any]):
    context = st.InterviewContext.model_validate(_with(data, "role.title", "analyste =? junior ?="))

    assert context.role.title == "analyste =? junior ?="


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("a..b@x.org", "deux points de suite"),
        ("josé@x.org", "sans accents"),
        ("a@b..c", "deux points de suite"),
        (".camille@x.org", "point au début"),
        ("camille.@x.org", "point au début"),
        ("camille@exemple.québec", "sans accents"),
        ("c" * 65 + "@x.org", "64 caractères"),
        ("camille@-x.org", "adresse courriel valide"),
        ("=?utf-8?q?x?=@x.org", "mot encodé"),
    ],
)
def test_an_address_that_email_refuses_fails_at_validation_in_french(
    data: dict[str, Any], address: str, why: str
):
    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(_with(data, "candidate.email", address))

    (sentence,) = explain(caught.value)
    assert sentence.startswith("candidate.email : ")
    assert why in sentence


@pytest.mark.parametrize(
    "address", ["camille.roy@example.org", "o'neil+suivi@sous.exemple.co.uk", "a_b-c@x1.fr"]
)
def test_ordinary_addresses_are_kept_and_exported(data: dict[str, Any], address: str):
    context = st.InterviewContext.model_validate(_with(data, "candidate.email", address))

    message = st.render("thank_you", context).to_email()

    assert message["From"].addresses[0].addr_spec == address


def _bypassing_validation(draft: st.Draft, person: str, name: str) -> st.Draft:
    # model_construct skips validation, as an app building contexts by hand might.
    contact = getattr(draft.context, person)
    changed = contact.model_construct(**(contact.model_dump() | {"name": name}))
    context = draft.context.model_construct(**(dict(draft.context) | {person: changed}))
    return draft.model_copy(update={"context": context})


@pytest.fixture
def written(quebec: st.InterviewContext) -> st.Draft:
    return st.render("thank_you", quebec)


@pytest.mark.parametrize(("person", "header"), [("candidate", "From"), ("interviewer", "To")])
def test_the_export_refuses_an_encoded_word_that_skipped_validation(
    written: st.Draft, tmp_path: Path, person: str, header: str
):
    injected = _bypassing_validation(written, person, EVIL)

    with pytest.raises(st.HeaderInjection) as caught:
        injected.save_eml(tmp_path / "merci.eml")

    assert (caught.value.header, caught.value.reason) == (header, "encoded_word")
    assert "mot encodé" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_edited_subject_with_an_encoded_word_is_refused(written: st.Draft):
    with pytest.raises(st.HeaderInjection, match="Subject"):
        written.model_copy(update={"subject": EVIL}).to_email()


@pytest.mark.parametrize("target", ["name", "subject"])
def test_reading_back_catches_what_the_first_check_would_miss(
    written: st.Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
):
    # As if the encoded-word check had a hole: the message read back must still match.
    monkeypatch.setattr(emails, "ENCODED_WORD", re.compile(r"(?!)"))
    if target == "name":
        injected = _bypassing_validation(written, "candidate", EVIL)
    else:
        injected = written.model_copy(update={"subject": EVIL})

    with pytest.raises(st.HeaderInjection) as caught:
        injected.save_eml(tmp_path / "merci.eml")

    assert caught.value.reason == "read_back"
    assert list(tmp_path.iterdir()) == []


# --- Names read back exactly ---------------------------------------------------------------

NAME_LETTERS = st_.characters(
    categories=["Lu", "Ll", "Lo"], exclude_characters="\x85\u2028\u2029"
) | st_.sampled_from("éèêëàâäîïôöùûüçœæÉÈÀÇŒßøåñłŁ")
WORDS = st_.text(NAME_LETTERS, min_size=1, max_size=20)
NAMES = (
    st_.lists(WORDS, min_size=1, max_size=12)
    .map(lambda words: "-".join(words[:2]) + (" " + " ".join(words[2:]) if words[2:] else ""))
    .filter(lambda name: len(name) <= 160)
)


def _read(data: bytes) -> Any:
    return email.message_from_bytes(data, policy=email.policy.default)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(candidate=NAMES, interviewer=NAMES, role=NAMES)
def test_long_non_ascii_names_and_subjects_read_back_exactly(
    quebec: st.InterviewContext, candidate: str, interviewer: str, role: str
):
    data = quebec.model_dump(mode="json")
    data["candidate"]["name"] = candidate
    data["interviewer"]["name"] = interviewer
    context = st.InterviewContext.model_validate(data)
    draft = st.render("thank_you", context)
    subject = draft.subject + " – " + role  # a long, non-ASCII subject as well
    draft = draft.model_copy(update={"subject": subject})

    message = _read(emails.eml_bytes(draft))

    assert message.defects == []
    assert message["From"].addresses[0].display_name == context.candidate.name
    assert message["To"].addresses[0].display_name == context.interviewer.name
    assert message["Subject"] == subject
    assert list(message.keys())[:4] == ["From", "To", "Subject", "X-Unsent"]
    raw = emails.eml_bytes(draft)
    assert raw.isascii()
    assert max(map(len, raw.split(b"\r\n"))) <= 998  # SMTP's hard line limit


ATOMS = st_.text("abcXYZ019!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=10)
LABELS = st_.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
ADDRESSES = st_.builds(
    lambda local, domain: ".".join(local) + "@" + ".".join(domain),
    st_.lists(ATOMS, min_size=1, max_size=3),
    st_.lists(LABELS, min_size=2, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(address=ADDRESSES)
def test_every_address_validation_accepts_the_email_package_writes_and_reads_back(address: str):
    assume(not ENCODED_WORD.search(address))  # refused as such, whatever else it is
    assert _email_address(address) == address  # the model accepts it
    header = str(Address(display_name="Élodie Roy", addr_spec=address))
    message = EmailMessage()
    message["From"] = header
    message.set_content("x")

    read = _read(message.as_bytes(policy=emails.WIRE_POLICY))

    assert read["From"].addresses[0].addr_spec == address
