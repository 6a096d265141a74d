"""Calendar export (RFC 5545): one VEVENT per step, parsed back with icalendar."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

import suivi_templates as st
from planner_contexts import make_context
from suivi_templates.errors import (
    CalendarUnavailable,
    ContextMismatch,
    NothingToExport,
    OutputExists,
)

STAMP = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)
THU = date(2026, 11, 19)


def export(context: st.InterviewContext, today: date = THU, **options: object) -> bytes:
    plan = st.plan(context, today=today)
    return plan.to_ics(context, include_drafts=False, stamp=STAMP, **options)  # type: ignore[arg-type]


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_one_event_per_step_with_french_summaries() -> None:
    data = export(make_context())
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert "suivi_templates" in str(calendar["PRODID"])
    found = events(data)
    assert [str(e["SUMMARY"]) for e in found] == [
        "Remerciement par courriel – Coopérative Horizon",
        "Relance par courriel – Coopérative Horizon",
        "Appel de suivi – Coopérative Horizon",
    ]
    assert data.endswith(b"\r\n")


def test_france_summaries() -> None:
    found = events(export(make_context(locale="fr_FR")))
    assert [str(e["SUMMARY"]).split(" – ")[0] for e in found] == [
        "Remerciement par mail",
        "Relance par mail",
        "Relance téléphonique",
    ]


@pytest.mark.parametrize(
    ("locale", "zone"), [("fr_CA", "America/Toronto"), ("fr_FR", "Europe/Paris")]
)
def test_emails_are_all_day_and_calls_start_at_17_h_local(locale: str, zone: str) -> None:
    thank_you, reminder, call = events(export(make_context(locale=locale)))
    assert thank_you.decoded("DTSTART") == date(2026, 11, 20)
    assert thank_you.decoded("DTEND") == date(2026, 11, 21)
    assert str(thank_you["TRANSP"]) == "TRANSPARENT"
    assert reminder.decoded("DTSTART") == date(2026, 12, 3)
    start = call.decoded("DTSTART")
    assert start == datetime(2026, 12, 10, 17, 0, tzinfo=ZoneInfo(zone))
    assert start.time() == time(17, 0)
    assert call["DTSTART"].params["TZID"] == zone
    assert call.decoded("DTEND") - start == timedelta(minutes=30)
    calendar = icalendar.Calendar.from_ical(export(make_context(locale=locale)))
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [zone]


def test_descriptions_hold_the_notes() -> None:
    context = make_context()
    plan = st.plan(context, today=THU)
    found = events(export(context))
    assert [str(e["DESCRIPTION"]) for e in found] == [s.note for s in plan.steps]


def test_uids_are_stable_across_plans_and_distinct_between_steps() -> None:
    context = make_context()
    early = events(export(context, today=THU))
    later = events(
        export(make_context(history=[("thank_you", date(2026, 11, 20))]), today=date(2026, 11, 25))
    )
    early_uids = [str(e["UID"]) for e in early]
    assert len(set(early_uids)) == 3
    assert [str(e["UID"]) for e in later] == early_uids[1:]
    other = events(export(make_context(interview=date(2026, 11, 12)), today=date(2026, 11, 12)))
    assert not {str(e["UID"]) for e in other} & set(early_uids)
    for uid in early_uids:
        assert uid.endswith("@suivi-templates")
        assert "Horizon" not in uid


def test_dtstamp_is_the_given_stamp_or_now() -> None:
    found = events(export(make_context()))
    assert all(e.decoded("DTSTAMP") == STAMP for e in found)
    context = make_context()
    data = st.plan(context, today=THU).to_ics(context, include_drafts=False)
    stamp = events(data)[0].decoded("DTSTAMP")
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)


def test_overdue_steps_say_so() -> None:
    found = events(export(make_context(), today=date(2026, 11, 25)))
    assert str(found[0]["SUMMARY"]).startswith("En retard – Remerciement")


def test_export_ics_function_is_the_method() -> None:
    context = make_context()
    plan = st.plan(context, today=THU)
    assert st.export_ics(plan, context, include_drafts=False, stamp=STAMP) == plan.to_ics(
        context, include_drafts=False, stamp=STAMP
    )


# --- Writing -----------------------------------------------------------------------------


def test_writes_atomically_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "suivi.ics"
    data = export(make_context(), path=target)
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0  # personal data: owner only
    with pytest.raises(OutputExists, match="overwrite=True") as caught:
        export(make_context(locale="fr_FR"), path=target)
    assert isinstance(caught.value, FileExistsError)
    assert isinstance(caught.value, st.SuiviError)
    assert target.read_bytes() == data
    replaced = export(make_context(locale="fr_FR"), path=str(target), overwrite=True)
    assert target.read_bytes() == replaced != data
    assert sorted(os.listdir(tmp_path)) == ["suivi.ics"]  # no temporary file left


def test_no_hard_links_falls_back_to_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(source: str, target: str) -> None:
        raise OSError("hard links not supported")

    monkeypatch.setattr(os, "link", no_link)
    target = tmp_path / "suivi.ics"
    data = export(make_context(), path=target)
    assert target.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["suivi.ics"]


def test_nothing_is_written_without_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    export(make_context())
    assert os.listdir(tmp_path) == []


# --- Errors ------------------------------------------------------------------------------


def test_a_stopped_plan_has_nothing_to_export() -> None:
    context = make_context(no_contact=True)
    with pytest.raises(NothingToExport, match="R11") as caught:
        st.plan(context, today=THU).to_ics(context)
    assert isinstance(caught.value, ValueError)


def test_the_context_must_be_the_plan_one() -> None:
    plan = st.plan(make_context(), today=THU)
    with pytest.raises(ContextMismatch):
        plan.to_ics(make_context(locale="fr_FR"), include_drafts=False)


def test_missing_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    context = make_context()
    with pytest.raises(
        CalendarUnavailable, match=r'pip install "suivi-templates\[calendrier\]"'
    ) as caught:
        st.plan(context, today=THU).to_ics(context)
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, st.SuiviError)


def test_descriptions_hold_the_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    from suivi_templates import rendering
    from suivi_templates.checks import CheckReport

    def fake_render(kind: str, context: st.InterviewContext, **_: object) -> rendering.Draft:
        subject = None if kind in ("phone_script", "voicemail") else f"Sujet {kind}"
        return rendering.Draft(
            kind=kind,
            locale=context.locale,
            subject=subject,
            body=f"Texte {kind}",
            report=CheckReport(text=f"Texte {kind}"),
            context=context,
        )

    monkeypatch.setattr(rendering, "render", fake_render)
    context = make_context()
    plan = st.plan(context, today=THU)
    thank_you, _, call = events(plan.to_ics(context, stamp=STAMP))
    description = str(thank_you["DESCRIPTION"])
    assert description.startswith(plan.steps[0].note)
    assert "Objet\u00a0: Sujet thank_you\n\nTexte thank_you" in description
    call_text = str(call["DESCRIPTION"])
    assert call_text.index("Texte phone_script") < call_text.index("Texte voicemail")
    assert "Script d'appel" in call_text
    assert "R21" in call_text
