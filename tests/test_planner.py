"""The follow-up planner: dates, channels, history, today, stops (R7, R11–R13, R17–R23)."""

from __future__ import annotations

import pickle
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hyp
from pydantic import ValidationError

import suivi_templates as st
from conftest import build_context
from planner_contexts import make_context
from suivi_templates import planner, schedule
from suivi_templates.business_days import business_days_between, is_business_day
from suivi_templates.errors import ContextMismatch
from suivi_templates.models import Debrief
from suivi_templates.planner import FollowUpPlan, Step

THU = date(2026, 11, 19)  # the interview of most tests, a Thursday in fr_CA and fr_FR
BEFORE = date(2026, 11, 18)


def dates(p: FollowUpPlan) -> list[tuple[str, date]]:
    return [(s.kind, s.on) for s in p.steps]


# --- The three dates -------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_no_date_announced_waits_two_weeks(locale: str) -> None:
    p = st.plan(make_context(locale=locale), today=THU)
    assert dates(p) == [
        ("thank_you", date(2026, 11, 20)),  # R7: the next business day
        ("reminder", date(2026, 12, 3)),  # R12: interview + 14 days
        ("phone_call", date(2026, 12, 10)),  # R18: reminder + 7 days
    ]
    assert p.stopped is None
    assert "deux semaines" in p.steps[1].note


@pytest.mark.parametrize(
    "impressions",
    [
        "Bonne entrevue. Il a dit on se reparle la semaine prochaine.",
        "Elle rappelle les candidats retenus d'ici vendredi.",
        "Réponse dans deux semaines, après les autres entrevues.",
    ],
)
def test_a_delay_noted_only_in_the_impressions_asks_for_its_day(impressions: str) -> None:
    """Read 98: « on se reparle la semaine prochaine » was in the impressions only, and the
    call went out before that week: the plan says where to note the day."""
    context = make_context()
    noted = context.model_copy(
        update={"debrief": context.debrief.model_copy(update={"impressions": impressions})}
    )
    reminder = st.plan(noted, today=THU).steps[1]
    assert "next_steps.decision_by" in reminder.note
    dated = noted.model_copy(
        update={
            "next_steps": noted.next_steps.model_copy(update={"decision_by": date(2026, 11, 27)})
        }
    )
    assert "next_steps.decision_by" not in st.plan(dated, today=THU).steps[1].note


@pytest.mark.parametrize(
    ("impressions", "quoted"),
    [
        (
            "Tres humaine. J'ai bafouillé sur la question du résident agressif.",
            "du résident agressif",
        ),
        ("jury de 2, j'ai pas su répondre pour le CNAS", "pour le CNAS"),
        ("jaurais du parler de la methode de diversion", "de la methode de diversion"),
    ],
)
def test_an_answer_gone_wrong_asks_what_the_candidate_would_add(
    impressions: str, quoted: str
) -> None:
    """Pair read 107: the hand completes the answer the debrief says was missed, the
    program could not guess it. The thank-you's note asks for it, once written it says no more."""
    context = make_context()
    noted = context.model_copy(
        update={"debrief": context.debrief.model_copy(update={"impressions": impressions})}
    )
    note = st.plan(noted, today=THU).steps[0].note
    assert "Vos impressions notent" in note
    assert quoted in note
    completed = noted.model_copy(
        update={"debrief": noted.debrief.model_copy(update={"to_add": "J'utilise la diversion."})}
    )
    assert "Vos impressions notent" not in st.plan(completed, today=THU).steps[0].note


def test_stage_fright_is_no_answer_to_complete() -> None:
    context = make_context()
    nervous = context.model_copy(
        update={
            "debrief": context.debrief.model_copy(
                update={"impressions": "jetais stressée jai bafouillé au debut, il etait gentil"}
            )
        }
    )
    assert "Vos impressions notent" not in st.plan(nervous, today=THU).steps[0].note


def test_a_date_announced_sets_the_reminder_after_it() -> None:
    p = st.plan(make_context(decision_by=date(2026, 11, 28)), today=THU)  # a Saturday
    assert dates(p) == [
        ("thank_you", date(2026, 11, 20)),
        ("reminder", date(2026, 11, 30)),  # first business day after the decision date
        ("phone_call", date(2026, 12, 7)),
    ]
    assert "le samedi 28\u00a0novembre 2026" in p.steps[1].note


def test_the_reminder_waits_for_the_business_day_after_a_weekday_decision() -> None:
    p = st.plan(make_context(decision_by=date(2026, 11, 25)), today=THU)  # a Wednesday
    assert p.steps[1].on == date(2026, 11, 26)


def test_a_short_process_waits_one_week() -> None:
    p = st.plan(make_context(short_process=True), today=THU)
    assert dates(p) == [
        ("thank_you", date(2026, 11, 20)),
        ("reminder", date(2026, 11, 26)),  # interview + 7 days
        ("phone_call", date(2026, 12, 3)),
    ]
    assert "court" in p.steps[1].note


def test_an_announced_date_wins_over_a_short_process() -> None:
    p = st.plan(make_context(short_process=True, decision_by=date(2026, 12, 4)), today=THU)
    assert p.steps[1].on == date(2026, 12, 7)


def test_a_decision_date_right_after_the_interview_keeps_messages_apart() -> None:
    # Decision « demain »: the reminder still waits MIN_GAP business days after the thank-you.
    p = st.plan(make_context(decision_by=date(2026, 11, 20)), today=THU)
    assert dates(p)[:2] == [("thank_you", date(2026, 11, 20)), ("reminder", date(2026, 11, 26))]
    assert "4 jours ouvrables" in p.steps[1].note


def test_the_call_is_from_17_h_and_the_emails_have_no_time() -> None:
    thank_you, reminder, call = st.plan(make_context(), today=THU).steps
    assert (thank_you.not_before, reminder.not_before, call.not_before) == (None, None, time(17))
    assert (thank_you.channel, reminder.channel, call.channel) == ("email", "email", "phone")
    assert "à partir de 17\u00a0h" in call.note


# --- Weekends and holidays -------------------------------------------------------------


def test_weekends_push_every_step_to_a_business_day() -> None:
    friday = date(2026, 11, 20)
    p = st.plan(make_context(interview=friday), today=friday)
    assert dates(p) == [
        ("thank_you", date(2026, 11, 23)),  # Monday
        ("reminder", date(2026, 12, 4)),  # Friday, interview + 14
        ("phone_call", date(2026, 12, 14)),  # Friday + 7 is a Friday: Monday instead
    ]
    assert "vendredi" in p.steps[2].note


def test_a_reminder_date_on_a_weekend_moves_to_monday() -> None:
    interview = date(2026, 11, 21) - timedelta(days=14)  # + 14 days is Saturday 21 November
    p = st.plan(make_context(interview=interview), today=interview)
    assert p.steps[1].on == date(2026, 11, 23)


# (interview, thank-you day in fr_CA, in fr_FR): holidays that differ between the two.
THANK_YOU_DAYS = [
    pytest.param(date(2026, 6, 23), date(2026, 6, 25), date(2026, 6, 24), id="24-juin"),
    pytest.param(date(2026, 5, 7), date(2026, 5, 8), date(2026, 5, 11), id="8-mai"),
    pytest.param(date(2026, 7, 13), date(2026, 7, 14), date(2026, 7, 15), id="14-juillet"),
    pytest.param(date(2026, 5, 13), date(2026, 5, 14), date(2026, 5, 15), id="ascension"),
    pytest.param(date(2026, 5, 15), date(2026, 5, 19), date(2026, 5, 18), id="patriotes"),
    pytest.param(date(2026, 4, 3), date(2026, 4, 6), date(2026, 4, 7), id="lundi-de-paques"),
    pytest.param(date(2026, 4, 2), date(2026, 4, 6), date(2026, 4, 3), id="vendredi-saint"),
    pytest.param(date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 12), id="armistice"),
    pytest.param(date(2026, 6, 30), date(2026, 7, 2), date(2026, 7, 1), id="fete-du-canada"),
]


@pytest.mark.parametrize(("interview", "in_quebec", "in_france"), THANK_YOU_DAYS)
def test_thank_you_day_follows_the_region_holidays(
    interview: date, in_quebec: date, in_france: date
) -> None:
    for locale, expected in (("fr_CA", in_quebec), ("fr_FR", in_france)):
        p = st.plan(make_context(locale=locale, interview=interview), today=interview)
        assert p.steps[0].on == expected, locale


def test_a_skipped_holiday_is_named_in_the_note() -> None:
    p = st.plan(make_context(locale="fr_CA", interview=date(2026, 6, 23)), today=date(2026, 6, 23))
    assert "le mercredi 24\u00a0juin 2026 (Fête nationale du Québec)" in p.steps[0].note


@pytest.mark.parametrize(
    ("locale", "expected"), [("fr_CA", date(2026, 6, 25)), ("fr_FR", date(2026, 6, 24))]
)
def test_reminder_after_a_decision_on_the_eve_of_24_june(locale: str, expected: date) -> None:
    context = make_context(locale=locale, interview=date(2026, 6, 9), decision_by=date(2026, 6, 23))
    assert st.plan(context, today=date(2026, 6, 9)).steps[1].on == expected


def test_the_call_avoids_holidays_and_their_neighbours_in_france() -> None:
    # Reminder on Mon 18 May 2026; + 7 is Whit Monday, the Tuesday after it touches it.
    context = make_context(
        locale="fr_FR", interview=date(2026, 5, 4), decision_by=date(2026, 5, 15)
    )
    p = st.plan(context, today=date(2026, 5, 4))
    assert p.steps[1].on == date(2026, 5, 18)
    assert p.steps[2].on == date(2026, 5, 27)
    assert "un peu plus d'une semaine" in p.steps[2].note
    quebec = st.plan(context.model_copy(update={"locale": "fr_CA"}), today=date(2026, 5, 4))
    # Québec: 18 May is the Journée nationale des patriotes, so everything shifts a day.
    assert quebec.steps[1].on == date(2026, 5, 19)
    assert quebec.steps[2].on == date(2026, 5, 26)


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_the_call_waits_for_january_after_the_year_end_break(locale: str) -> None:
    """Read 74: a call on Monday 28 December, after Christmas and in the closing of the Fêtes.

    Reminder on Mon 21 December; + 7 is Mon 28, the weekday after Christmas and inside the
    year-end break; 4 January touches New Year's Day.
    """
    context = make_context(
        locale=locale, interview=date(2026, 12, 4), decision_by=date(2026, 12, 18)
    )
    p = st.plan(context, today=date(2026, 12, 4))
    assert p.steps[1].on == date(2026, 12, 21)
    assert p.steps[2].on == date(2027, 1, 5)
    assert "du 22 décembre au 2 janvier" in p.steps[2].note


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_no_call_on_the_eve_of_the_holidays(locale: str) -> None:
    """Read 102: a call on Wednesday 23 December, « veille de congés », came at a bad time.

    Reminder on Wed 16 December; + 7 is Wed 23, in the week of Christmas: January.
    """
    context = make_context(
        locale=locale, interview=date(2026, 12, 1), decision_by=date(2026, 12, 15)
    )
    p = st.plan(context, today=date(2026, 12, 1))
    assert p.steps[1].on == date(2026, 12, 16)
    assert p.steps[2].on == date(2027, 1, 5)


# --- History ---------------------------------------------------------------------------


def _thank_you_notes(locale: str, person: str) -> tuple[str, str]:
    """The thank-you's note with ``person``'s e-mail address, then without it."""
    known = make_context(locale=locale)
    contact = getattr(known, person)
    assert contact.email is not None
    unknown = known.model_copy(update={person: contact.model_copy(update={"email": None})})
    today = known.interview.date
    return st.plan(known, today=today).steps[0].note, st.plan(unknown, today=today).steps[0].note


@pytest.mark.parametrize(
    ("locale", "desk"), [("fr_CA", "à la réception"), ("fr_FR", "au standard")]
)
def test_a_thank_you_without_the_interviewers_address_says_where_to_find_one(
    locale: str, desk: str
) -> None:
    with_address, note = _thank_you_notes(locale, "interviewer")
    assert "adresse générale" not in with_address
    assert f"demandez-la {desk}" in note  # not « à le standard » (fresh69)
    assert make_context(locale=locale).interviewer.name in note


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_a_thank_you_without_the_candidates_address_asks_for_it(locale: str) -> None:
    """Without it the .eml export refuses the draft: the plan says so first (read 44, ca-21)."""
    with_address, note = _thank_you_notes(locale, "candidate")
    assert "candidate.email" not in with_address
    assert "candidate.email" in note


def test_a_thank_you_with_only_topics_to_say_asks_for_a_sentence_of_ones_own() -> None:
    rich = make_context(commitments=True)  # a promise to keep: something of one's own
    assert rich.commitments
    thin = make_context().model_copy(update={"debrief": Debrief()})
    today = rich.interview.date
    assert "debrief.struck_by" not in st.plan(rich, today=today).steps[0].note
    note = st.plan(thin, today=today).steps[0].note
    assert "ne note que les sujets abordés" in note
    assert "debrief.struck_by" in note


def test_a_thank_you_sent_resumes_at_the_reminder() -> None:
    context = make_context(
        decision_by=date(2026, 11, 28), history=[("thank_you", date(2026, 11, 20))]
    )
    p = st.plan(context, today=date(2026, 11, 21))
    assert dates(p) == [("reminder", date(2026, 11, 30)), ("phone_call", date(2026, 12, 7))]


def test_a_late_thank_you_never_pulls_the_reminder_earlier() -> None:
    context = make_context(
        decision_by=date(2026, 11, 27), history=[("thank_you", date(2026, 11, 27))]
    )
    p = st.plan(context, today=date(2026, 11, 27))
    # R12 alone says Monday 30; four business days after the thank-you is Thursday 3.
    assert p.steps[0].on == date(2026, 12, 3)
    assert p.steps[0].rule_date == date(2026, 12, 3)
    assert "le vendredi 27\u00a0novembre 2026" in p.steps[0].note


def test_a_reminder_sent_leaves_only_the_call_a_week_after_it() -> None:
    context = make_context(
        history=[("thank_you", date(2026, 11, 20)), ("reminder", date(2026, 12, 8))]
    )
    p = st.plan(context, today=date(2026, 12, 8))
    assert dates(p) == [("phone_call", date(2026, 12, 15))]
    assert "la relance du mardi 8\u00a0décembre 2026" in p.steps[0].note


def test_a_reminder_without_a_thank_you_plans_no_thank_you() -> None:
    context = make_context(history=[("reminder", date(2026, 12, 3))])
    assert dates(st.plan(context, today=date(2026, 12, 3))) == [("phone_call", date(2026, 12, 10))]


def test_two_follow_ups_reach_the_limit_and_advise_moving_on() -> None:
    context = make_context(
        history=[
            ("thank_you", date(2026, 11, 20)),
            ("reminder", date(2026, 12, 3)),
            ("phone_call", date(2026, 12, 10), "phone"),
        ]
    )
    p = st.plan(context, today=date(2026, 12, 11))
    assert p.steps == ()
    assert p.stopped is not None
    assert p.stopped.reason == "limit_reached"
    assert p.stopped.rules == ("R17", "R23")
    assert "R17" in str(p.stopped)
    assert "postuler ailleurs" in p.stopped.note


def test_a_voicemail_left_stops_the_calls_and_a_call_without_one_does_not() -> None:
    """R21: the message left is enough (R23 then); a call that left none is followed up,
    in writing when the process is run in writing (R18, read 183)."""
    thanked = ("thank_you", date(2026, 11, 20))
    called = ("phone_call", date(2026, 12, 3), "phone")
    left = make_context(history=[thanked, ("voicemail", date(2026, 12, 3), "phone"), called])
    stopped = st.plan(left, today=date(2026, 12, 4))
    assert stopped.steps == ()
    assert stopped.stopped is not None
    assert stopped.stopped.reason == "voicemail_left"
    assert stopped.stopped.rules == ("R21", "R23")
    p = st.plan(make_context(history=[thanked, called]), today=date(2026, 12, 4))
    assert dates(p) == [("reminder", date(2026, 12, 10))]


def test_history_order_does_not_matter() -> None:
    entries = [
        ("reminder", date(2026, 12, 3)),
        ("thank_you", date(2026, 11, 20)),
    ]
    shuffled = st.plan(make_context(history=entries), today=date(2026, 12, 4))
    ordered = st.plan(make_context(history=entries[::-1]), today=date(2026, 12, 4))
    assert shuffled == ordered
    assert dates(shuffled) == [("phone_call", date(2026, 12, 10))]


def test_a_second_thank_you_counts_as_a_follow_up() -> None:
    context = make_context(
        history=[
            ("thank_you", date(2026, 11, 20)),
            ("thank_you", date(2026, 11, 23)),
            ("reminder", date(2026, 12, 3)),
        ]
    )
    assert st.plan(context, today=date(2026, 12, 4)).stopped is not None


# --- Stops -----------------------------------------------------------------------------


@pytest.mark.parametrize("history", [[], [("thank_you", date(2026, 11, 20))]])
def test_no_contact_means_no_step_at_all(history: list[tuple[str, date]]) -> None:
    p = st.plan(make_context(no_contact=True, history=history), today=THU)
    assert p.steps == ()
    assert p.stopped is not None
    assert p.stopped.reason == "no_contact"
    assert "(R11)" in p.stopped.note
    assert p.next_step is None


@pytest.mark.parametrize(
    "history",
    [
        [("reply_received", date(2026, 11, 20))],
        [("thank_you", date(2026, 11, 20)), ("reply_received", date(2026, 11, 25))],
        [("reply_received", date(2026, 11, 30)), ("reminder", date(2026, 11, 27))],
    ],
)
def test_a_reply_received_stops_the_plan(history: list[tuple[str, date]]) -> None:
    p = st.plan(make_context(history=history), today=date(2026, 12, 1))
    assert p.steps == ()
    assert p.stopped is not None
    assert p.stopped.reason == "reply_received"
    assert "(R22)" in p.stopped.note


# --- today -----------------------------------------------------------------------------


def test_before_the_interview_everything_is_planned() -> None:
    p = st.plan(make_context(), today=BEFORE)
    assert [s.status for s in p.steps] == ["planned", "planned", "planned"]


def test_on_the_thank_you_day_it_is_due() -> None:
    p = st.plan(make_context(), today=date(2026, 11, 20))
    assert (p.steps[0].status, p.steps[0].on) == ("due", date(2026, 11, 20))
    assert "aujourd'hui" in p.steps[0].note


def test_within_the_48_hours_the_thank_you_is_still_due() -> None:
    monday = date(2026, 11, 23)  # 2nd business day after a Thursday interview
    p = st.plan(make_context(), today=monday)
    assert (p.steps[0].status, p.steps[0].on, p.steps[0].rule_date) == (
        "due",
        monday,
        date(2026, 11, 20),
    )
    assert "encore dans les 48\u00a0h" in p.steps[0].note


def test_a_late_thank_you_is_overdue_today_and_pushes_the_reminder() -> None:
    wednesday = date(2026, 11, 25)
    p = st.plan(make_context(decision_by=date(2026, 11, 28)), today=wednesday)
    assert (p.steps[0].status, p.steps[0].on) == ("overdue", wednesday)
    assert "en retard" in p.steps[0].note
    assert p.steps[1].on == date(2026, 12, 1)  # four business days after today


def test_an_overdue_step_on_a_weekend_moves_to_monday() -> None:
    saturday = date(2026, 11, 28)
    p = st.plan(make_context(), today=saturday)
    assert (p.steps[0].status, p.steps[0].on) == ("overdue", date(2026, 11, 30))
    assert "dès le lundi 30\u00a0novembre 2026" in p.steps[0].note


def test_once_the_reminder_is_due_the_thank_you_is_folded_into_it() -> None:
    today = date(2026, 12, 4)  # the reminder was due on Thursday 3 December
    p = st.plan(make_context(), today=today)
    assert dates(p) == [("reminder", today), ("phone_call", date(2026, 12, 14))]
    assert p.steps[0].status == "overdue"
    assert p.steps[0].rules[0] == "R7"
    assert "remerciez" in p.steps[0].note


def test_reminder_due_today() -> None:
    context = make_context(history=[("thank_you", date(2026, 11, 20))])
    p = st.plan(context, today=date(2026, 12, 3))
    assert (p.steps[0].status, p.steps[0].on) == ("due", date(2026, 12, 3))
    assert p.steps[1].status == "planned"


def test_overdue_call_is_moved_to_today() -> None:
    context = make_context(
        history=[("thank_you", date(2026, 11, 20)), ("reminder", date(2026, 12, 3))]
    )
    today = date(2026, 12, 16)
    p = st.plan(context, today=today)
    assert dates(p) == [("phone_call", today)]
    assert p.steps[0].status == "overdue"
    assert p.steps[0].rule_date == date(2026, 12, 10)
    assert "à faire dès aujourd'hui" in p.steps[0].note


def test_default_today_is_the_locale_date(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_today(locale: str) -> date:
        seen.append(locale)
        return date(2026, 11, 20)

    monkeypatch.setattr(planner, "local_today", fake_today)
    p = st.plan(make_context(locale="fr_FR"))
    assert seen == ["fr_FR"]
    assert p.today == date(2026, 11, 20)


def test_an_aware_datetime_is_read_in_the_locale_time_zone() -> None:
    moment = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # still the 19th in Montréal
    assert st.plan(make_context(), today=moment).today == THU
    assert st.plan(make_context(locale="fr_FR"), today=moment).today == date(2026, 11, 20)
    assert st.plan(make_context(), today=datetime(2026, 11, 20, 3)).today == date(2026, 11, 20)


def test_today_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="today"):
        st.plan(make_context(), today="2026-11-20")  # type: ignore[arg-type]


# --- Channels, drafts, notes -----------------------------------------------------------


def test_a_process_by_phone_makes_the_reminder_a_call() -> None:
    p = st.plan(make_context(channel="phone"), today=THU)
    reminder = p.steps[1]
    assert (reminder.kind, reminder.channel, reminder.not_before) == ("reminder", "phone", time(17))
    assert reminder.draft_kinds == ("phone_script", "voicemail")
    assert "R13" in reminder.rules
    assert p.steps[0].channel == "email"  # R7: the thank-you is always written


def test_each_step_knows_its_drafts() -> None:
    thank_you, reminder, call = st.plan(make_context(), today=THU).steps
    assert thank_you.draft_kinds == ("thank_you",)
    assert reminder.draft_kinds == ("reminder",)
    assert call.draft_kinds == ("phone_script", "voicemail")


@pytest.mark.parametrize(
    ("locale", "wanted", "unwanted"),
    [
        (
            "fr_CA",
            ("courriel", "entrevue", "boîte vocale", "Appel de suivi"),
            ("mail", "entretien"),
        ),
        (
            "fr_FR",
            ("mail", "entretien", "messagerie", "Relance téléphonique"),
            ("entrevue", "courriel"),
        ),
    ],
)
def test_notes_use_the_locale_vocabulary(
    locale: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    notes = " ".join(s.note for s in st.plan(make_context(locale=locale), today=BEFORE).steps)
    for word in wanted:
        assert word in notes
    for word in unwanted:
        assert word not in notes


def test_notes_cite_their_rules_and_write_dates_and_times_in_prose() -> None:
    p = st.plan(make_context(decision_by=date(2026, 11, 30)), today=THU)
    for step in p.steps:
        cited = set(re.findall(r"\(R(\d+)\)", step.note))
        assert cited <= {r[1:] for r in step.rules}
        assert step.rules
        assert not re.search(r"\d{4}-\d{2}-\d{2}|\d+h\b|\d+:\d\d", step.note)
    assert "le mardi 1er\u00a0décembre 2026" in p.steps[1].note


def test_an_open_commitment_is_recalled_in_the_first_step() -> None:
    p = st.plan(make_context(commitments=True), today=THU)
    assert "R3" in p.steps[0].rules
    assert "lui transmettre mon analyse" in p.steps[0].note
    assert all("R3" not in s.rules for s in p.steps[1:])


# --- Values ----------------------------------------------------------------------------


def test_plans_and_steps_are_frozen_and_picklable() -> None:
    p = st.plan(make_context(), today=THU)
    with pytest.raises(ValidationError):
        p.steps[0].on = date(2027, 1, 1)  # type: ignore[misc]
    with pytest.raises(ValidationError):
        p.today = date(2027, 1, 1)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(p)) == p
    stopped = st.plan(make_context(no_contact=True), today=THU)
    assert pickle.loads(pickle.dumps(stopped)) == stopped


def test_plan_is_deterministic() -> None:
    assert st.plan(make_context(), today=THU) == st.plan(make_context(), today=THU)


def test_rendering_another_interview_is_refused() -> None:
    p = st.plan(make_context(), today=THU)
    with pytest.raises(ContextMismatch, match="2026-11-19") as caught:
        p.render(make_context(interview=date(2026, 11, 12)))
    assert isinstance(caught.value, st.SuiviError)
    assert isinstance(caught.value, ValueError)


def test_public_names() -> None:
    assert st.plan is planner.plan
    assert st.Step is Step
    assert st.FollowUpPlan is FollowUpPlan
    assert list(st.__all__) == sorted(st.__all__, key=lambda n: (not n.isupper(), n))


def test_steps_of_a_plan_are_business_days() -> None:
    for step in st.plan(make_context(locale="fr_FR"), today=THU).steps:
        assert is_business_day(step.on, "fr_FR")


# --- Properties ------------------------------------------------------------------------

CHANNELS = ["email", "phone"]
HISTORY_KINDS = ["thank_you", "reminder", "phone_call", "voicemail", "reply_received"]


@hyp.composite
def planner_inputs(draw: hyp.DrawFn) -> tuple[st.InterviewContext, date]:
    interview = draw(hyp.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
    offsets = hyp.integers(min_value=0, max_value=90)
    decision = draw(hyp.none() | offsets)
    history = draw(
        hyp.lists(
            hyp.tuples(
                hyp.sampled_from(HISTORY_KINDS), offsets, hyp.sampled_from(["email", "phone"])
            ),
            max_size=4,
        )
    )
    context = make_context(
        locale=draw(hyp.sampled_from(["fr_CA", "fr_FR"])),
        interview=interview,
        decision_by=None if decision is None else interview + timedelta(days=decision),
        channel=draw(hyp.sampled_from(["email", "phone"])),
        no_contact=draw(hyp.integers(min_value=0, max_value=9)) == 0,
        short_process=draw(hyp.booleans()),
        history=[(kind, interview + timedelta(days=d), ch) for kind, d, ch in history],
        commitments=draw(hyp.booleans())
        or [  # a promise to send later is a step of its own (test_planner_promises.py)
            {
                "promise": "lui envoyer mon analyse",
                "due": (interview + timedelta(days=d)).isoformat(),
            }
            for d in draw(hyp.lists(offsets, max_size=2))
        ],
    )
    today = interview + timedelta(days=draw(hyp.integers(min_value=-10, max_value=120)))
    return context, today


PROPERTIES = settings(max_examples=300, deadline=None)


@PROPERTIES
@given(planner_inputs())
def test_property_steps_or_a_stop_never_both(inputs: tuple[st.InterviewContext, date]) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    assert (p.stopped is None) == bool(p.steps)


@PROPERTIES
@given(planner_inputs())
def test_property_steps_are_strictly_ordered_business_days_after_the_interview(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    days = [s.on for s in p.steps]
    assert days == sorted(set(days))
    for step in p.steps:
        assert is_business_day(step.on, context.locale)
        assert step.on > context.interview.date
        assert step.on >= today
        assert step.rule_date <= step.on
        assert (step.not_before == time(17)) == (step.channel == "phone")


@PROPERTIES
@given(planner_inputs())
def test_property_never_more_than_two_follow_ups_after_the_thank_you(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    timeline = schedule.contacts(context)
    planned = [s for s in p.steps if s.kind in ("reminder", "phone_call")]
    assert len(planned) <= max(0, schedule.FOLLOW_UP_LIMIT - len(timeline.follow_ups))
    if len(timeline.follow_ups) >= schedule.FOLLOW_UP_LIMIT:
        assert p.steps == ()
    thank_yous = [s for s in p.steps if s.kind == "thank_you"]
    assert len(thank_yous) <= 1
    if thank_yous:
        assert timeline.thank_you is None
        assert not timeline.follow_ups
        assert p.steps[0].kind == "thank_you"


@PROPERTIES
@given(planner_inputs())
def test_property_follow_ups_respect_the_rules_and_the_gap(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    timeline = schedule.contacts(context)
    last = timeline.last_contact
    first = timeline.follow_ups[0].on if timeline.follow_ups else None
    slot = len(timeline.follow_ups)
    for step in p.steps:
        if step.kind in ("thank_you", "commitment"):  # contacts, not follow-ups (R17)
            last = step.on
            continue
        earliest = schedule.earliest_follow_up(
            context, slot, last_contact=last, first_follow_up=first
        )
        assert step.on >= earliest.on >= earliest.rule_on
        if context.next_steps.decision_by and slot == 0:
            assert step.on > context.next_steps.decision_by
        if last is not None:
            assert business_days_between(last, step.on, context.locale) >= schedule.MIN_GAP
        if step.status != "overdue":
            assert step.rule_date >= today
        last = step.on
        first = first or step.on
        slot += 1


@PROPERTIES
@given(planner_inputs())
def test_property_notes_are_french_prose(inputs: tuple[st.InterviewContext, date]) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    texts = [s.note for s in p.steps] + ([p.stopped.note] if p.stopped else [])
    for text in texts:
        assert re.search(r"\(R\d+\)", text)
        assert " :" not in text  # the colon always has its no-break space
        assert "{" not in text
        assert "None" not in text


# --- From plan to drafts, with a stand-in renderer (the real one: test_plan_drafts.py) ---


SENT_ON: dict[str, date | None] = {}


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, st.InterviewContext]]:
    from suivi_templates import rendering
    from suivi_templates.checks import CheckReport

    calls: list[tuple[str, st.InterviewContext]] = []

    def fake_render(
        kind: str, context: st.InterviewContext, *, sent_on: date | None = None
    ) -> rendering.Draft:
        calls.append((kind, context))
        SENT_ON[kind] = sent_on
        subject = None if kind in ("phone_script", "voicemail") else f"Objet {kind}"
        body = f"Corps {kind}"
        return rendering.Draft(
            kind=kind,
            locale=context.locale,
            subject=subject,
            body=body,
            report=CheckReport(text=body),
            context=context,
        )

    monkeypatch.setattr(rendering, "render", fake_render)
    return calls


def test_plan_render_gives_the_four_drafts_in_order(
    rendered: list[tuple[str, st.InterviewContext]],
) -> None:
    context = make_context()
    plan = st.plan(context, today=THU)
    drafts = plan.render(context)
    assert [d.kind for d in drafts] == ["thank_you", "reminder", "phone_script", "voicemail"]
    assert all(c is context for kind, c in rendered if kind in ("thank_you", "reminder"))
    # By the call's day, the plan's reminder is history: the call does not retell its news.
    reminder = next(s for s in plan.steps if s.kind == "reminder")
    for kind, c in rendered[2:]:
        assert [(e.kind, e.on) for e in c.history][-1] == ("reminder", reminder.on), kind


def test_plan_render_renders_each_kind_once(
    rendered: list[tuple[str, st.InterviewContext]],
) -> None:
    context = make_context(channel="phone")
    drafts = st.plan(context, today=THU).render(context)
    assert [d.kind for d in drafts] == ["thank_you", "phone_script", "voicemail"]
    assert [kind for kind, _ in rendered] == ["thank_you", "phone_script", "voicemail"]


def test_step_render(rendered: list[tuple[str, st.InterviewContext]]) -> None:
    context = make_context()
    call = st.plan(context, today=THU).steps[-1]
    assert [d.kind for d in call.render(context)] == ["phone_script", "voicemail"]
    # Each draft knows the day it is sent (a next-day thank-you says « hier »).
    assert SENT_ON["phone_script"] == SENT_ON["voicemail"] == call.on


def test_plan_render_dates_each_kind_by_its_first_step(
    rendered: list[tuple[str, st.InterviewContext]],
) -> None:
    context = make_context()
    plan = st.plan(context, today=THU)
    plan.render(context)
    assert SENT_ON["thank_you"] == plan.steps[0].on
    assert SENT_ON["reminder"] == next(s.on for s in plan.steps if s.kind == "reminder")


def test_a_stopped_plan_renders_nothing(rendered: list[tuple[str, st.InterviewContext]]) -> None:
    context = make_context(no_contact=True)
    assert st.plan(context, today=THU).render(context) == ()
    assert rendered == []


def test_a_reminder_note_says_which_news_comes_after_its_day() -> None:
    """A reminder drafted on 30 November cannot tell news of 2 December (R14): say so."""
    ctx = make_context(decision_by=date(2026, 11, 28))
    news = "J’ai obtenu ma certification Scrum Master le 2 décembre."
    ctx = ctx.model_copy(update={"debrief": Debrief(since=[news])})
    p = st.plan(ctx, today=THU)
    reminder, call = p.steps[1], p.steps[2]
    assert reminder.on == date(2026, 11, 30)
    assert "Scrum Master le 2 décembre\u00a0» est datée d'après ce jour" in reminder.note
    assert "refaites le plan" in reminder.note
    assert "Scrum Master" not in st.render("reminder", ctx, sent_on=reminder.on).body
    # The call of 7 December can tell it: no such note there.
    assert "datée d'après" not in call.note
    # The advice quotes no news the reminder holds back, and does not call the context empty.
    assert "sans ce qu'elle change" not in reminder.note
    assert "rien de nouveau" not in reminder.note


def test_news_announced_for_a_later_day_is_known_now() -> None:
    """fresh37: « L'exposition ouvrira le 20 mars 2027 » is told in November, not held back
    until March (read 112: a reminder four months after the decision date)."""
    ctx = make_context(decision_by=date(2026, 11, 28))
    news = "L'exposition « Bateliers de la Loire » ouvrira le 20 mars 2027."
    ctx = ctx.model_copy(update={"company": ctx.company.model_copy(update={"facts": [news]})})
    reminder = st.plan(ctx, today=THU).steps[1]
    assert reminder.on == date(2026, 11, 30)
    assert "datée d'après" not in reminder.note


def test_news_of_a_later_month_waits_for_that_month() -> None:
    """Read 112: « J'ai commencé en novembre le DU » was told in October."""
    ctx = make_context(decision_by=date(2026, 11, 28))
    news = "J'ai commencé en décembre le DU de chirurgie robotique."
    ctx = ctx.model_copy(update={"debrief": Debrief(since=[news])})
    p = st.plan(ctx, today=THU)
    reminder, call = p.steps[1], p.steps[2]
    assert "datée d'après ce jour" in reminder.note
    assert "chirurgie" not in st.render("reminder", ctx, sent_on=reminder.on).body
    assert "datée d'après" not in call.note


def test_the_reminder_advice_quotes_the_news_the_reminder_tells() -> None:
    """Of two news, the first dated after the reminder: the advice is about the second."""
    ctx = make_context(decision_by=date(2026, 11, 28))
    later = "J’ai obtenu ma certification Scrum Master le 2 décembre."
    told = "J’ai suivi un atelier sur la gestion des produits en vrac."
    ctx = ctx.model_copy(update={"debrief": Debrief(since=[later, told])})
    reminder = st.plan(ctx, today=THU).steps[1]
    assert "gestion des produits en vrac\u00a0» sans ce qu'elle change" in reminder.note
    assert "Scrum Master le 2 décembre\u00a0» sans" not in reminder.note


@pytest.mark.parametrize(
    ("debrief", "facts", "asked"),
    [
        ({"since": ["J’ai obtenu ma certification Scrum Master."]}, [], "sans ce qu'elle change"),
        (
            {"since": ["J’ai obtenu mon attestation : je pourrai donc assurer les quarts."]},
            [],
            None,
        ),
        ({}, ["L’Atelier Lumen a ouvert une agence à Nantes."], None),
        ({}, [], "rien de nouveau pour la relance"),
    ],
)
def test_the_reminder_note_asks_for_the_news_and_what_it_changes(
    debrief: dict[str, list[str]], facts: list[str], asked: str | None
) -> None:
    """R14: the library never ties a fact to the job itself; the plan asks the person to."""
    ctx = build_context("fr_FR", debrief=debrief, company__facts=facts, history=[])
    steps = st.plan(ctx, today=ctx.interview.date).steps
    note = next(step.note for step in steps if step.kind == "reminder")
    assert ("ce qu'elle change" in note) is (asked == "sans ce qu'elle change")
    assert ("rien de nouveau" in note) is (asked == "rien de nouveau pour la relance")
    if asked:
        assert asked in note


def test_the_first_step_asks_for_the_civility_only_when_it_is_missing() -> None:
    """Without it the e-mails greet by the full name, which readers 49 to 51 marked down."""
    # A title that says nothing of the person (« directrice » says « Madame »).
    unknown = build_context(
        "fr_CA",
        interviewer__name="Dominique Tremblay",
        interviewer__civility=None,
        interviewer__title="responsable RH",
        topics=[{"subject": "la clôture de fin d'année", "note": "des retards chaque année"}],
        history=[],
    )
    first = st.plan(unknown, today=unknown.interview.date).steps[0]
    assert f"Bonjour {unknown.interviewer.name}," in first.note
    assert "interviewer.civility" in first.note
    known = build_context("fr_CA", history=[])
    assert all("civility" not in s.note for s in st.plan(known, today=known.interview.date).steps)
    later = build_context(  # thank-you already sent
        "fr_CA",
        interviewer__name="Dominique Tremblay",
        interviewer__civility=None,
        interviewer__title="responsable RH",
    )
    steps = st.plan(later, today=later.interview.date).steps
    assert [("civility" in s.note) for s in steps] == [True] + [False] * (len(steps) - 1)
    feminine = build_context(
        "fr_CA", interviewer__civility=None, interviewer__title="directrice", history=[]
    )
    assert all("civility" not in s.note for s in st.plan(feminine).steps)
    # « il a insisté » in the notes says « Monsieur », and the note says why (read 89).
    noted = build_context(
        "fr_CA",
        interviewer__name="Claude Lafrenière",
        interviewer__civility=None,
        interviewer__title="directeur général",
        topics=[{"subject": "les préarrangements", "note": "il a insisté là-dessus"}],
        history=[],
    )
    first = st.plan(noted, today=noted.interview.date).steps[0]
    said = "«\u00a0Monsieur\u00a0», d'après vos notes («\u00a0il a insisté là-dessus\u00a0»)"
    assert said in first.note
    # « Julie » says « Madame »: the note says so, and how to correct it (reads 74 and 75).
    guessed = build_context(
        "fr_CA", interviewer__civility=None, interviewer__title="responsable RH", history=[]
    )
    note = st.plan(guessed, today=guessed.interview.date).steps[0].note
    assert "«\u00a0Madame\u00a0», d'après le prénom" in note


def test_a_call_the_day_after_the_interview_is_not_a_follow_up() -> None:
    """Read 75: a call made the next day to keep a promise set the call script on that day,
    asking where the process stood; it plays the thank-you's part, and R17 counts after it.
    """
    called = build_context(
        "fr_CA",
        history=[{"kind": "phone_call", "on": "2026-11-20", "channel": "phone"}],
    )
    steps = st.plan(called, today=date(2026, 11, 20)).steps
    assert [s.kind for s in steps][:1] == ["reminder"]
    assert "thank_you" not in [s.kind for s in steps]
    assert len([s for s in steps if s.kind in ("reminder", "phone_call")]) == 2
    later = build_context(
        "fr_CA",
        history=[{"kind": "phone_call", "on": "2026-11-30", "channel": "phone"}],
    )
    assert len(st.plan(later, today=date(2026, 11, 30)).steps) == 1


def test_a_call_script_for_the_day_after_the_interview_is_still_early() -> None:
    """Read 76: a recorded call the next day stands for the thank-you, a drafted one does not:
    the library's call script asks where the process stands, too early then (R12).
    """
    context = build_context("fr_CA", history=[], next_steps__channel="phone")
    script = "Bonjour Madame Tremblay, ici Camille Roy, au sujet de notre entrevue du 19 novembre."
    early = st.check(script, context, kind="phone_script", today=date(2026, 11, 20))
    assert "timing.early_reminder" in {f.code for f in early.errors}
