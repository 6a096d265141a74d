r"""timing.* checks: when a draft is sent matters as much as what it says (R7, R11, R12, R17).

They read the date rules from :mod:`suivi_templates.schedule` (one source of truth: a
draft sent on a plan's date never fires). They need the context and ``today`` (the day
the draft would be sent) and stay quiet without them, except ``timing.no_contact``,
which needs only the context: R11 forbids every contact whatever the date.

A history entry dated ``today`` of the draft's own kind is taken to be this very draft,
already logged, and is not counted twice.

>>> from datetime import date
>>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
>>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)  # decision by Sat 28 Nov 2026
>>> target = Target("…", ctx, kind="reminder", today=date(2026, 11, 26))
>>> hit, = _early_reminder(target)
>>> hit.suggestion
'Attendez le lundi 30\xa0novembre 2026.'
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from suivi_templates._wording import COLON, NBSP, WORDS, of_day, prose_day
from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.kinds import CATALOGUE
from suivi_templates.models import HistoryEntry, HistoryKind, InterviewContext
from suivi_templates.names import said_deaf
from suivi_templates.schedule import (
    FOLLOW_UP_LIMIT,
    MIN_GAP,
    Timeline,
    contacts,
    earliest_follow_up,
    reply_received,
    thank_you_window,
    voicemail_left,
)

__all__ = ["TIMING_CHECKS"]

# The contact a draft kind makes, in the history's vocabulary.
_CONTACT_OF: dict[str, HistoryKind] = {
    name: info.history for name, info in CATALOGUE.items() if info.history is not None
}
_FOLLOW_UP_KINDS = frozenset(
    name for name, contact in _CONTACT_OF.items() if contact in ("reminder", "phone_call")
)


def _dated(target: Target) -> tuple[InterviewContext, date, HistoryKind] | None:
    """Return the context, today and the contact kind, when a timing check can judge."""
    context, today, kind = target.context, target.today, target.kind
    if context is None or today is None or kind not in _CONTACT_OF:
        return None
    if context.next_steps.no_contact:
        return None  # timing.no_contact says it all: « attendez » would contradict it
    return context, today, _CONTACT_OF[kind]


def _history_before(context: InterviewContext, today: date, contact: HistoryKind) -> Timeline:
    """Read the history without this draft, if it was already logged on ``today``."""
    same_kinds = {"phone_call", "voicemail"} if contact == "phone_call" else {contact}
    kept: list[HistoryEntry] = []
    dropped = False
    for entry in context.history:
        if not dropped and entry.on == today and entry.kind in same_kinds:
            dropped = True
            continue
        kept.append(entry)
    return contacts(context.model_copy(update={"history": kept}))


def _late_thank_you(target: Target) -> Iterator[Hit]:
    """R7: a thank-you sent after the 2nd business day following the interview.

    R7's « 48 h » are counted in business days (a Friday interview may be thanked on
    Tuesday). Once the first reminder is due, the suggestion is to fold the thanks into it.
    """
    dated = _dated(target)
    if dated is None or dated[2] != "thank_you":
        return
    context, today, _ = dated
    locale = context.locale
    ideal, last_day = thank_you_window(context)
    if today <= last_day:
        return
    words = WORDS[locale]
    first_reminder = earliest_follow_up(context, 0, last_contact=None)
    if today >= first_reminder.on:
        suggestion = (
            f"Il est trop tard pour un remerciement seul{COLON} envoyez plutôt une relance "
            "qui remercie en une phrase (R7, R17)."
        )
    else:
        suggestion = (
            "Envoyez-le quand même, bref et sans vous excuser longuement, avant la date de "
            f"relance, {prose_day(first_reminder.on, locale)}."
        )
    yield Hit(
        message=(
            f"Remerciement tardif{COLON} {words['the_interview']} a eu lieu "
            f"{prose_day(context.interview.date, locale)} et le délai de 48{NBSP}h, compté en "
            f"jours ouvrables, a pris fin {prose_day(last_day, locale)}. Le jour idéal était "
            f"{prose_day(ideal, locale)} (R7)."
        ),
        suggestion=suggestion,
    )


def _early_reminder(target: Target) -> Iterator[Hit]:
    """R12, R18: a follow-up sent before the rules allow it, counting the history.

    The first follow-up waits for the first business day after the announced decision
    date, or 14 days after the interview (7 for a short process); the second waits a week
    after the first; and either waits ``MIN_GAP`` business days after the last contact.
    """
    dated = _dated(target)
    if dated is None or target.kind not in _FOLLOW_UP_KINDS:
        return
    context, today, contact = dated
    locale = context.locale
    timeline = _history_before(context, today, contact)
    slot = len(timeline.follow_ups)
    if slot >= FOLLOW_UP_LIMIT:
        return  # timing.too_many_reminders
    first = timeline.follow_ups[0].on if timeline.follow_ups else None
    earliest = earliest_follow_up(
        context, slot, last_contact=timeline.last_contact, first_follow_up=first
    )
    if today >= earliest.on:
        return
    what = "Appel prématuré" if contact == "phone_call" else "Relance prématurée"
    if today < earliest.rule_on or earliest.gap_from is None:
        why = _rule_reason(context, earliest.basis, earliest.since)
    else:
        why = (
            f"votre dernier contact date {of_day(earliest.gap_from, locale)}, et il faut laisser "
            f"au moins {MIN_GAP} jours ouvrables entre deux messages (R16)."
        )
    yield Hit(
        message=f"{what}{COLON} {why}",
        suggestion=f"Attendez {prose_day(earliest.on, locale)}.",
    )


def _rule_reason(context: InterviewContext, basis: str, since: date) -> str:
    locale = context.locale
    interview = WORDS[locale]["the_interview"]
    if basis == "decision_by":
        return (
            f"la date de décision annoncée est {prose_day(since, locale)}, et une relance n'a de "
            "sens qu'une fois ce délai passé sans nouvelles (R12)."
        )
    if basis == "after_reminder":
        return (
            "la deuxième relance vient une semaine après la première, celle "
            f"{of_day(since, locale)} (R18)."
        )
    delay = "une semaine" if basis == "short" else "deux semaines"
    return (
        f"sans date de décision annoncée, on attend {delay} après {interview} "
        f"{of_day(since, locale)} (R12)."
    )


def _too_many_reminders(target: Target) -> Iterator[Hit]:
    """R17: a contact beyond the thank-you and two follow-ups, counting the history.

    Calls and voicemails of the same day count as one contact (R21). A draft with no day
    (``render`` without ``sent_on``) comes after everything the history records: a third
    follow-up is one too many whatever its day (read 66: a call drafted after a reminder
    and a call, scored 1 twice); an undated thank-you is not judged.
    """
    context = target.context
    if target.today is None and context is not None and target.kind != "thank_you":
        after_all = max((e.on for e in context.history), default=context.interview.date)
        target = dataclasses.replace(target, today=after_all + timedelta(days=1))
    dated = _dated(target)
    if dated is None:
        return
    context, today, contact = dated
    before = _history_before(context, today, contact)
    if len(before.follow_ups) < FOLLOW_UP_LIMIT:
        entry = HistoryEntry(kind=contact, on=today)
        with_this = contacts(context.model_copy(update={"history": [*context.history, entry]}))
        if len(with_this.follow_ups) <= FOLLOW_UP_LIMIT:
            return
    locale = context.locale
    done = " et ".join(prose_day(c.on, locale) for c in before.follow_ups[:FOLLOW_UP_LIMIT])
    yield Hit(
        message=(
            f"Relance de trop{COLON} deux relances ont déjà suivi le remerciement ({done}). "
            "Un contact de plus passerait pour de l'insistance (R17)."
        ),
        suggestion=(
            "N'envoyez rien de plus et continuez de postuler ailleurs. Une entreprise qui "
            "veut vous recruter vous recontactera, même des semaines plus tard (R23)."
        ),
    )


def _no_contact(target: Target) -> Iterator[Hit]:
    """R11: any contact when the company asked candidates not to contact it."""
    context = target.context
    if context is None or not context.next_steps.no_contact:
        return
    yield Hit(
        message=(
            "L'entreprise a demandé aux candidats de ne pas la contacter pendant le processus"
            f"{COLON} aucun message, aucun appel (R11)."
        ),
        suggestion=(
            "N'envoyez pas ce message. Elle vous recontactera si votre candidature est "
            "retenue. Continuez vos recherches d'ici là (R23)."
        ),
    )


def _wrong_channel(target: Target) -> Iterator[Hit]:
    """R13: a written reminder or thank-you when the process goes by phone.

    A thank-you is written only to a person met who gave an e-mail address.
    """
    context = target.context
    if context is None or context.next_steps.channel != "phone":
        return
    # One the history records went somewhere (a general address): it is that one.
    thanked = any(entry.kind == "thank_you" for entry in context.history)
    if target.kind == "thank_you" and context.interviewer.email is None and not thanked:
        yield Hit(
            message=(
                f"Le processus se fait par téléphone et le contexte ne donne aucune adresse "
                f"courriel pour {context.interviewer.name}{COLON} un remerciement écrit n'a pas "
                "où partir (R7, R13)."
            ),
            suggestion=(
                "Remerciez par un appel le lendemain de l'entrevue (type phone_script, qui "
                "dit alors « Appel de remerciement », et voicemail si personne ne répond) ; "
                "plan() le propose. Si vous avez son adresse, renseignez interviewer.email."
            ),
        )
        return
    if target.kind != "reminder":
        return
    yield Hit(
        message=(
            "Le processus se fait par téléphone : une relance écrite s'écarte du canal "
            "convenu avec l'entreprise (R13)."
        ),
        suggestion=(
            "Relancez par un appel (type phone_script, et voicemail si personne ne répond) ; "
            "plan() le propose à la bonne date."
        ),
    )


def _not_by_voice(target: Target) -> Iterator[Hit]:
    """R13: a call or a voicemail to a person met whom the notes say is deaf."""
    context = target.context
    if context is None or target.kind not in ("phone_script", "voicemail"):
        return
    if not said_deaf(context.notes_on_the_person_met, context.interviewer.name):
        return
    yield Hit(
        message=(
            f"Les notes disent que la personne rencontrée ({context.interviewer.name}) est sourde "
            f"ou malentendante{COLON} un appel ou un message vocal ne la joindrait pas (R13)."
        ),
        suggestion=(
            "Faites le suivi par écrit (type reminder) ; plan() le propose. Si un service de "
            "relais vidéo est d'usage avec elle, c'est à vous de le choisir."
        ),
    )


def _after_voicemail(target: Target) -> Iterator[Hit]:
    """R21: a call or a voicemail when the history already records a voicemail before it."""
    context = target.context
    if context is None or target.kind not in ("phone_script", "voicemail"):
        return
    left = voicemail_left(context, before=target.today)
    if left is None:
        return
    yield Hit(
        message=(
            f"Un message vocal a déjà été laissé {prose_day(left, context.locale)}"
            f"{COLON} rappeler après lui passerait pour de l'insistance (R21)."
        ),
        suggestion=(
            "Ne rappelez pas : le message suffit. Continuez de postuler ailleurs ; une "
            "entreprise qui veut vous recruter vous recontactera (R23)."
        ),
    )


def _after_reply(target: Target) -> Iterator[Hit]:
    """R22, R23: a reminder, a call or a voicemail when the history records a reply."""
    context = target.context
    if context is None or target.kind not in ("reminder", "phone_script", "voicemail"):
        return
    replied = reply_received(context, on_or_before=target.today)
    if replied is None:
        return
    yield Hit(
        message=(
            f"L'entreprise a répondu {prose_day(replied, context.locale)}{COLON} demander où "
            "en est le processus ne tiendrait pas compte de sa réponse (R22, R23)."
        ),
        suggestion=(
            "Répondez plutôt à son message, au rythme de la personne qui recrute ; une "
            "demande de références est bon signe, mais ce n'est pas une offre (R22)."
        ),
    )


def _thank_you_after_follow_up(target: Target) -> Iterator[Hit]:
    """R7, R17: a thank-you when the history records a call or follow-up on or before the day.

    Without ``today``, a thank-you the history records is that one, on its day; else any
    follow-up recorded counts: the thank-you would come after it. Read 68 scored 1 and 2
    three thank-yous drafted after a reminder or a voicemail. A call in R7's window counts
    too: it was the thanks, said by phone, and an e-mail after it thanks twice (read 92
    scored 1 a thank-you e-mail drafted after such a call).
    """
    context = target.context
    if context is None or target.kind != "thank_you":
        return
    if not any(
        e.kind in ("reminder", "phone_call", "voicemail") or e.channel == "phone"
        for e in context.history
    ):
        return  # the usual case, without building the timeline
    recorded = (e.on for e in context.history if e.kind == "thank_you")
    today = target.today or next(recorded, None)
    timeline = contacts(context)
    first = timeline.thanked_by_phone
    made = (first, *timeline.follow_ups) if first is not None else timeline.follow_ups
    sent = [c for c in made if today is None or c.on <= today]
    if not sent:
        return
    if first is not None and sent[0] is first:
        yield Hit(
            message=(
                f"Un appel a déjà eu lieu {prose_day(first.on, context.locale)}, dans les "
                f"48{NBSP}h qui suivent {WORDS[context.locale]['the_interview']}{COLON} il "
                "tenait lieu de remerciement, et un courriel après lui remercierait deux fois "
                "(R7, R17)."
            ),
            suggestion=(
                "N'envoyez pas de remerciement écrit. La relance viendra à la date que donne "
                "le plan ; gardez pour elle ce que vous vouliez ajouter."
            ),
        )
        return
    yield Hit(
        message=(
            f"Une relance est déjà partie {prose_day(sent[0].on, context.locale)}{COLON} un "
            "remerciement après elle arriverait à contretemps (R7, R17)."
        ),
        suggestion=(
            "N'envoyez pas de remerciement. Si vous avez quelque chose à ajouter, gardez-le "
            "pour une réponse de l'entreprise ; sinon, continuez de postuler ailleurs (R23)."
        ),
    )


def _once(find: Callable[[Target], Iterator[Hit]]) -> Callable[[Target], Iterator[Hit]]:
    """``find``, said once: of the body, not of the subject line too.

    A timing check reads the context, not the text: the CLI printed each refusal twice.
    """

    @functools.wraps(find)  # its docstring is the check's documentation (``regle``)
    def on_the_body(target: Target) -> Iterator[Hit]:
        return find(target) if target.part == "body" else iter(())

    return on_the_body


TIMING_CHECKS: tuple[Check, ...] = (
    Check("timing.late_thank_you", "warning", _once(_late_thank_you)),
    Check("timing.early_reminder", "error", _once(_early_reminder)),
    Check("timing.too_many_reminders", "error", _once(_too_many_reminders)),
    Check("timing.no_contact", "error", _once(_no_contact)),
    # A warning on a person's own reminder (corpus authors send a courteous one by e-mail);
    # ``render`` raises it to an error: the library never drafts one (R13).
    Check("timing.wrong_channel", "warning", _once(_wrong_channel)),
    Check("timing.not_by_voice", "error", _once(_not_by_voice)),
    # The same: a person may judge a second call right; the library never drafts one.
    Check("timing.after_voicemail", "warning", _once(_after_voicemail)),
    # Likewise: a person may answer a reply with a call; the library never drafts a relance.
    Check("timing.after_reply", "warning", _once(_after_reply)),
    # Likewise: a person may still thank late; the library never drafts it after a follow-up.
    Check("timing.thank_you_after_follow_up", "warning", _once(_thank_you_after_follow_up)),
)
