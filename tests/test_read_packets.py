"""scripts/read_packets.py: the packets of a blind read, and their keys kept apart."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import SCRIPTS, load_script


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    module = load_script("read_packets")
    out = tmp_path_factory.mktemp("packets") / "out"
    assert module.main([str(out), "--seed", "7"]) == 0
    assert module.main([str(out)]) == 2  # never written over
    return out


def test_every_numbered_draft_has_its_key_and_no_reader_file_names_a_kind(packets: Path) -> None:
    key = json.loads((packets / "keys" / "read.json").read_text("utf-8"))
    shown = (packets / "read" / "brouillons.md").read_text("utf-8")
    assert re.findall(r"^## (D\d{3}) ", shown, flags=re.MULTILINE) == sorted(key)
    assert not re.search(r"thank_you|phone_script|voicemail", shown)
    refused = json.loads((packets / "keys" / "refused.json").read_text("utf-8"))
    contexts = json.loads((packets / "read" / "contextes.json").read_text("utf-8"))
    assert len(key) + len(refused) == 4 * len(contexts)
    assert all(entry["reason"] for entry in refused)


HANDWRITTEN = SCRIPTS.parent / "tests" / "contexts" / "handwritten.jsonl"


def test_each_pair_puts_the_program_draft_as_its_key_says(packets: Path) -> None:
    key = json.loads((packets / "keys" / "pair.json").read_text("utf-8"))
    shown = (packets / "pair" / "paires.md").read_text("utf-8")
    hands = [json.loads(line)["body"] for line in HANDWRITTEN.read_text("utf-8").splitlines()]
    assert {entry["program"] for entry in key.values()} == {"A", "B"}
    for label, entry in key.items():
        section = shown.split(f"## {label} ")[1].split("\n## ")[0]
        a, b = section.split("### A\n\n")[1].split("### B\n\n")
        hand, program = (b, a) if entry["program"] == "A" else (a, b)
        assert any(body in hand for body in hands), label
        assert not any(body in program for body in hands), label


def test_a_reminder_is_drafted_once_the_news_its_context_tells_has_happened(
    packets: Path,
) -> None:
    """ca-02 tells news of 20 November; its plan reminds on the 18th: drafted later, it tells it."""
    key = json.loads((packets / "keys" / "read.json").read_text("utf-8"))
    shown = (packets / "read" / "brouillons.md").read_text("utf-8")
    wanted = {"context": "ca-02-porte-parole-gatineau", "kind": "reminder"}
    label = next(label for label, entry in key.items() if entry == wanted)
    heading, body = shown.split(f"## {label} ")[1].split("\n## ")[0].split("\n", 1)
    assert "formation en communication de crise" in body
    assert re.search(r"envoyé le \w+\s2\d\snovembre ; déjà fait : remerciement du", heading)


def test_a_call_comes_a_week_after_the_reminder_even_when_the_reminder_was_moved() -> None:
    """R18: the call follows the reminder actually sent, not the one first planned (read 50)."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    contexts = {name: module.st.InterviewContext.model_validate(data) for name, data in raw.items()}
    drafts, _ = module.drafts_of(contexts)
    sent = {(d["context"], d["kind"]): d["on"] for d in drafts if d["on"]}
    pairs = [
        (date.fromisoformat(reminder), date.fromisoformat(sent[(name, "phone_script")]))
        for (name, kind), reminder in sent.items()
        if kind == "reminder" and (name, "phone_script") in sent
    ]
    assert len(pairs) > 20
    assert all((call - reminder).days >= 7 for reminder, call in pairs)


def test_contexts_written_elsewhere_get_a_read_packet_and_no_pairs(tmp_path: Path) -> None:
    """Contexts nobody here wrote are read alone: the hand-written drafts are for ours."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    mine = tmp_path / "contexts.json"
    mine.write_text(json.dumps({"q01-neuf": raw["ca-01-aide-cuisiniere"]}), "utf-8")
    out = tmp_path / "out"
    assert module.main([str(out), "--contexts", str(mine)]) == 0
    key = json.loads((out / "keys" / "read.json").read_text("utf-8"))
    assert {entry["context"] for entry in key.values()} == {"q01-neuf"}
    assert not (out / "pair").exists()
    assert not (out / "keys" / "pair.json").exists()


def test_contexts_written_elsewhere_pair_with_the_hand_written_drafts_given_for_them(
    tmp_path: Path,
) -> None:
    """A pair read on new contexts needs hand-written drafts for them, written apart."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    mine = tmp_path / "contexts.json"
    mine.write_text(json.dumps({"q01-neuf": raw["ca-01-aide-cuisiniere"]}), "utf-8")
    hand = {"context": "q01-neuf", "kind": "thank_you", "subject": "Merci", "body": "Bonjour…"}
    hands = tmp_path / "hands.jsonl"
    hands.write_text(json.dumps(hand, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "out"
    assert module.main([str(out), "--contexts", str(mine), "--handwritten", str(hands)]) == 0
    key = json.loads((out / "keys" / "pair.json").read_text("utf-8"))
    assert [(entry["context"], entry["kind"]) for entry in key.values()] == [
        ("q01-neuf", "thank_you")
    ]
    assert "Bonjour…" in (out / "pair" / "paires.md").read_text("utf-8")


def test_a_message_the_history_records_is_drafted_on_its_day_with_what_came_before() -> None:
    """Read 68 saw a reminder « sent on 12 November, per the history » tell news of the 18th."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    context = raw["ca-01-aide-cuisiniere"]
    interview = date.fromisoformat(context["interview"]["date"])
    reminded = interview.toordinal() + 20
    later = date.fromordinal(reminded + 6)
    context["debrief"]["since"] = [f"J’ai obtenu le {later.day} {_MONTHS[later.month]} mon DEP."]
    context["history"] = [
        {"kind": "thank_you", "on": date.fromordinal(interview.toordinal() + 1).isoformat()},
        {"kind": "reminder", "on": date.fromordinal(reminded).isoformat()},
    ]
    contexts = {"x": module.st.InterviewContext.model_validate(context)}
    drafts, _ = module.drafts_of(contexts)
    (reminder,) = [d for d in drafts if d["kind"] == "reminder"]
    assert reminder["on"] == date.fromordinal(reminded).isoformat()
    assert "DEP" not in reminder["body"]


_MONTHS = dict(
    enumerate(
        "_ janvier février mars avril mai juin juillet août septembre octobre "
        "novembre décembre".split()
    )
)


def test_a_hand_written_draft_takes_the_library_s_blank_line_before_the_name() -> None:
    """Pair read 136 told every pair apart by that line alone, not by the writing."""
    laid_out = load_script("read_packets")._laid_out
    hand = "Bonjour Madame,\n\nMerci.\n\nCordialement,\nLéa Roy\n06 39 98 12 44"
    assert laid_out(hand) == "Bonjour Madame,\n\nMerci.\n\nCordialement,\n\nLéa Roy\n06 39 98 12 44"
    ours = "Bonjour Madame,\n\nMerci.\n\nCordialement,\n\nLéa Roy\n06 39 98 12 44"
    assert laid_out(ours) == ours


def test_the_reader_is_told_what_the_thank_you_kept_of_the_promises() -> None:
    """Read 370 faulted a reminder for not attaching a note the thank-you had already attached."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    context = raw["ca-01-aide-cuisiniere"]
    context["history"] = []
    promise = "lui envoyer mon certificat d’hygiène"
    context["commitments"] = [{"promise": promise, "done": False, "attachment": "hygiene.pdf"}]
    drafts, _ = module.drafts_of({"x": module.st.InterviewContext.model_validate(context)})
    told = {d["kind"]: d["when"] for d in drafts}
    assert f"qui tenait ce qui était promis : « {promise} »" in told["reminder"]
    assert "promis" not in told["thank_you"]


def test_the_reader_is_told_what_a_recorded_thank_you_kept() -> None:
    """Read 379 faulted four calls and reminders for not giving again the photos and the
    details a thank-you of the history had given: the reader was not told it had."""
    module = load_script("read_packets")
    raw = json.loads(module.CONTEXTS.read_text("utf-8"))
    context = raw["ca-01-aide-cuisiniere"]
    thanked_on = date.fromisoformat(context["interview"]["date"]) + timedelta(days=1)
    context["history"] = [{"kind": "thank_you", "on": thanked_on.isoformat()}]
    promise = "lui envoyer mon certificat d’hygiène"
    context["commitments"] = [{"promise": promise, "done": False, "attachment": "hygiene.pdf"}]
    drafts, _ = module.drafts_of({"x": module.st.InterviewContext.model_validate(context)})
    told = {d["kind"]: d["when"] for d in drafts}
    assert f"qui tenait ce qui était promis : « {promise} »" in told["reminder"]
