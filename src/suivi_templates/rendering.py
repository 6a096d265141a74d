"""Rendering: context → Jinja2 template → French post-processing → checked draft.

Templates live in ``templates/<locale>/<kind>.j2``; a template's output is the body, and
written kinds set the subject with ``{% set subject %}…{% endset %}``. Apps may add their
own folder of templates with the same layout: it overrides built-in templates by name,
adds kinds, and runs sandboxed with bounded work (see ``sandbox``). Every template sees
the context as plain read-only data (see ``template_data``), never the models.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import cache, lru_cache, partial
from importlib.resources import files
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn

import jinja2
from jinja2.debug import rewrite_traceback_stack
from jinja2.exceptions import SecurityError
from pydantic import BaseModel, ConfigDict, Field

from suivi_templates import formatting, phrasing, schedule
from suivi_templates.addressing import address_form, asked_for, keeps_distance, office_form
from suivi_templates.checks import CheckReport, Level, check
from suivi_templates.errors import (
    DraftRejected,
    MissingContext,
    SuiviError,
    TemplateProblem,
    UnknownKind,
)
from suivi_templates.kinds import kind_of
from suivi_templates.models import Commitment, InterviewContext, Locale, Topic, as_context
from suivi_templates.names import (
    civility_of_given_name,
    civility_of_notes,
    civility_of_title,
    family_name_typed_first,
    given_name,
    given_name_asked,
    is_particle,
    name_asked,
    name_offered,
    name_used_alone,
    said_deaf,
    said_iel,
    shared_mailbox,
    tutoiement_by_the_other_sex,
    tutoiement_invited,
    tutoiement_noted,
    tutoiement_of_another,
    typed_civility,
    usual_order,
    vous_kept,
    without_civility,
    without_nickname,
    written_name,
)
from suivi_templates.phrasing.announced import (
    NOTE_LINES,
    calls_back,
    days_named,
    fixed_day,
    invited_to_second_interview,
    names_second_interview,
    new_invitation_to_second_interview,
    offered_by_them,
    second_interview_day,
    second_interview_set,
)
from suivi_templates.sandbox import (
    BoundedSandbox,
    FolderLoader,
    Helper,
    LimitExceeded,
    TemplateLimits,
    budget,
)
from suivi_templates.template_data import plain
from suivi_templates.tutoiement import collective, draft_with_tu
from suivi_templates.typography import MONTHS, WEEKDAYS, fix_typography
from suivi_templates.variants import VariantExtension

if TYPE_CHECKING:
    from email.message import EmailMessage

__all__ = ["KINDS", "Draft", "TemplateLimits", "available_kinds", "render"]

KINDS: tuple[str, ...] = ("thank_you", "reminder", "phone_script", "voicemail")
"""The built-in kinds; ``phone_script`` and ``voicemail`` are spoken and have no subject."""

TEMPLATE_SUFFIX = ".j2"
_KIND_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # a file name, never a path


class Draft(BaseModel):
    """A rendered follow-up: subject (None for spoken kinds), body, and its check report."""

    model_config = ConfigDict(frozen=True)

    kind: str
    locale: Locale
    subject: str | None
    body: str
    report: CheckReport
    context: InterviewContext = Field(repr=False)

    def __str__(self) -> str:
        if self.subject is None:
            return self.body
        return f"{self.subject}\n\n{self.body}"

    def to_email(self) -> EmailMessage:
        """The draft as an email from the candidate to the interviewer (see ``emails``)."""
        from suivi_templates import emails  # the email package: imported on use

        return emails.to_email(self)

    def save_eml(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Write the draft as an ``.eml`` file, atomically, never over an existing file."""
        from suivi_templates import emails  # the email package: imported on use

        return emails.save_eml(self, path, overwrite=overwrite)

    def mailto(self) -> str:
        """A ``mailto:`` link that opens the draft in the user's mail client."""
        from suivi_templates import emails  # the email package: imported on use

        return emails.mailto(self)

    def edit(self, body: str | None = None, subject: str | None = None) -> Draft:
        """A new draft with a person's edits, checked again (``None`` keeps a part as is).

        Unlike :func:`render`, a rejected edit does not raise: its ``report`` says why, so
        that the person can see what to change.

        Raises:
            ValueError: a subject given to a spoken draft, or a subject with a line break.

        """
        if subject is not None and self.subject is None:
            raise ValueError(
                f"Le brouillon {self.kind!r} est un texte à dire : il n’a pas d’objet à modifier."
            )
        if subject is not None and re.search(r"[\r\n\v\f\x85\u2028\u2029]", subject):
            raise ValueError("L’objet doit tenir sur une seule ligne : retirez le saut de ligne.")
        body = self.body if body is None else body
        subject = self.subject if subject is None else subject
        report = check(
            body, self.context, kind=self.kind if self.kind in KINDS else None, subject=subject
        )
        return self.model_copy(update={"body": body, "subject": subject, "report": report})

    def _repr_html_(self) -> str:
        from suivi_templates import display  # imported on use, as in checks.report

        return display.draft_html(self)

    def _repr_markdown_(self) -> str:
        from suivi_templates import display

        return display.draft_markdown(self)


def _builtin_template_folder() -> Path:
    """Find the built-in templates: inside the package (wheel), else at the repository root."""
    shipped = Path(str(files("suivi_templates"))) / "templates"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "templates"


def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters.update(
        a=formatting.a,
        de=formatting.de,
        que=formatting.que,
        sur=formatting.sur,
        you=formatting.second_person,
        cap=lambda text: text[:1].upper() + text[1:],
    )
    return env


def _environment_options(loader: jinja2.BaseLoader) -> dict[str, Any]:
    return {
        "loader": loader,
        "undefined": jinja2.StrictUndefined,
        "autoescape": False,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "auto_reload": False,
        "extensions": [VariantExtension],
    }


@cache
def _builtin_environment() -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(_builtin_template_folder())
    return _configure(jinja2.Environment(**_environment_options(loader)))


@lru_cache(maxsize=16)
def _custom_environment(folder: Path, limits: TemplateLimits) -> jinja2.Environment:
    if not folder.is_dir():
        raise TemplateProblem(
            f"le dossier de gabarits {str(folder)!r} n'existe pas : indiquez un dossier "
            "qui contient des sous-dossiers fr_CA/ ou fr_FR/",
            template=None,
        )
    loader = jinja2.ChoiceLoader(
        [FolderLoader(folder, limits), jinja2.FileSystemLoader(_builtin_template_folder())]
    )
    # Immutable: a template must not be able to change the caller's context (topics.append).
    # auto_reload: an app's templates are edited while it runs (a notebook, a dev server).
    options = _environment_options(loader) | {"auto_reload": True}
    return _configure(BoundedSandbox(limits, **options))


def _environment(
    template_dir: str | Path | None, limits: TemplateLimits | None = None
) -> jinja2.Environment:
    if template_dir is None:
        return _builtin_environment()
    return _custom_environment(Path(template_dir).resolve(), limits or TemplateLimits())


def available_kinds(locale: Locale, template_dir: str | Path | None = None) -> tuple[str, ...]:
    """The kinds that can be rendered for ``locale``: built-in ones, plus an app's own.

    An app's folder is read at ``<template_dir>/<locale>/`` only, never walked.
    """
    own = _kinds_in(_builtin_template_folder(), locale)
    if template_dir is not None:
        own |= _kinds_in(Path(template_dir), locale)
    return tuple(
        sorted(
            own,
            key=lambda kind: (kind not in KINDS, KINDS.index(kind) if kind in KINDS else 0, kind),
        )
    )


def _kinds_in(folder: Path, locale: str) -> set[str]:
    try:
        entries = list((folder / locale).iterdir())
    except OSError:  # no such folder, or not readable
        return set()
    return {
        entry.name.removesuffix(TEMPLATE_SUFFIX)
        for entry in entries
        if entry.name.endswith(TEMPLATE_SUFFIX)
        and not entry.name.startswith("_")
        and _KIND_NAME.fullmatch(entry.name.removesuffix(TEMPLATE_SUFFIX))
    }


@cache
def _builtin_kinds(locale: Locale) -> tuple[str, ...]:
    # The built-in templates ship with the package: list them once, not on every render.
    return available_kinds(locale)


def _seed(context: InterviewContext, kind: str) -> bytes:
    people = (
        context.candidate.name,
        context.interviewer.name,
        context.company.name,
        context.role.title,
        context.interview.date.isoformat(),
        kind,
    )
    return "\x1f".join(people).encode()


def _picker(seed: bytes) -> Callable[[str, int], int]:
    """Choose a phrasing per slot, the same for the same context, varied across people."""
    # Hash the seed once; each slot hashes on from a copy (the same digest as seed + slot).
    seeded = hashlib.blake2b(seed, digest_size=8)

    def pick(slot: str, count: int) -> int:
        hashed = seeded.copy()
        hashed.update(slot.encode())
        return int.from_bytes(hashed.digest(), "big") % count

    return pick


def _by_gender(context: InterviewContext) -> Callable[[str, str, str], str]:
    def by_gender(feminine: str, masculine: str, neutral: str) -> str:
        return {"f": feminine, "m": masculine, "n": neutral}[context.candidate.gender]

    return by_gender


def _organisation(context: InterviewContext) -> dict[str, str]:
    shaped = phrasing.organisation(context.company)
    return {"plain": shaped.plain, "of": shaped.of, "at": shaped.at}


def _promises(
    context: InterviewContext,
    sent_on: date | None,
    kept_by_thanks: list[bool],
    *,
    first_contact: bool,
) -> dict[str, list[dict[str, Any]]]:
    """The promises by how the message keeps them (R3).

    Attached, linked, given in words, to come, or done. ``kept_by_thanks`` says, for each
    promise, whether a thank-you already kept it (always false for the first contact). A file
    or a link no thank-you kept is still owed after the first contact: the follow-up sends
    it, as what is to come.
    """
    debrief = context.debrief
    notes = [n for n in (debrief.impressions, debrief.to_add, *debrief.since) if n]
    reminded = max(_written_reminders(context, sent_on), default=None)
    # The news the message can tell, and what the last written reminder could tell.
    told = _news_by(debrief.since, context, sent_on)
    told_when_reminded = _news_by(debrief.since, context, reminded) if reminded else []
    groups: dict[str, list[dict[str, Any]]] = {
        "jointes": [],
        "liens": [],
        "dites": [],
        "a_venir": [],
        "tenues": [],
    }
    for index, typed in enumerate(context.commitments):
        # « dès que je l'ai » says the item is awaited, which the draft says its own way,
        # once (fresh48: « dès réception une copie de mon permis… dès que je l'ai »).
        on_receipt = phrasing.said_on_receipt(typed.promise)
        commitment = (
            typed.model_copy(update={"promise": phrasing.without_deadline(typed.promise)})
            if on_receipt
            else typed
        )
        asked = phrasing.asked(commitment.promise)
        permission = not commitment.done and phrasing.awaits_permission(notes, commitment.promise)
        # An answer that restates its question is confirmed: « je vous confirme que je
        # peux… » (« voici ma réponse » beside « une de mes réponses », fresh15).
        restated = bool(
            asked and commitment.details and phrasing.restates(asked, commitment.details)
        )
        question = None if restated else asked
        # « connaître mes disponibilités » : what is given is named (« voici mes
        # disponibilités : … »), a « connaître » then read twice in a call (read 78).
        named = None
        if question is not None and question.startswith("connaître ") and commitment.details:
            named = question.removeprefix("connaître ")
            # A question that names its own day, answered by a whole clause, is confirmed as
            # answered: « ma disponibilité à partir du 15 décembre : à partir du 14 décembre »
            # (read 227).
            whole = bool(re.search(r"\d", named)) and (
                _FIRST_PERSON_CLAUSE.match(commitment.details) is not None
            )
            if whole or phrasing.restates_item(named, commitment.details):
                named, question, restated = None, None, True
        item = phrasing.without_channel(
            phrasing.said_once(_promised(commitment.promise) or named or "", commitment.details)
        )
        awaited = not commitment.done and (
            on_receipt or phrasing.awaited(notes, commitment.promise) or permission
        )
        # « les dates de ma certification », once it is obtained (read 344).
        if any(phrasing.made_moot(news, item) for news in told):
            continue
        came = _came(item, told)
        # One's own work is finished, not received: « dès qu'elle sera terminée » (read 222).
        finished = phrasing.when_finished(commitment.promise) if awaited else None
        # « envoyer à Ray… » : the nickname of the notes, not the letter's (read 236).
        # Its closing aside is the note's (« refaire le son de leur trailer (test technique) »).
        said_to_them = _TRAILING_ASIDE.sub(
            "", phrasing.by_family_name(commitment.promise, context.debrief.impressions)
        )
        details = commitment.details
        if details and not restated:
            details = _given_alone(details, item)
        if details and question is not None:
            details = phrasing.short_answer(question, details)
        entry: dict[str, Any] = {
            "objet": item or None,
            # Contact details go in a message's body, never « ci-joint ».
            # « …ma carte ASP dès que je la retrouve » is not at hand: no call sends it
            # « aujourd'hui même » (read 160).
            "joignable": phrasing.attachable(commitment.promise)
            and not re.search(r"\bdès que je\b", commitment.promise)
            # « par la poste » : a sample of cloth is no attachment (read 189: « Vous trouverez
            # ci-joint un échantillon de coton teint au roucou »).
            and not _BY_HAND_OR_POST.search(
                phrasing.channel_besides_email(commitment.promise) or ""
            )
            # Due after the day of a later message, it is not ready yet: a reminder of
            # 1 December attached the result of a medical of the 11th (read 161).
            and (first_contact or not _due_later(commitment.due, sent_on)),
            # Only the person can write them out: a reminder asks for them (R3).
            "coordonnees": phrasing.gives_contact_details(commitment.promise),
            # A promise to answer (« lui dire si je peux commencer le 23 »): the answer too.
            "reponse": phrasing.tells(commitment.promise),
            # What the person met wished to know: the answer recalls it (read 77), unless
            # it says it over again (read 78).
            # « Vous m'aviez demandé si… » : « savoir » then read twice in a call beside
            # « Je souhaitais savoir où en est le processus » (fresh16).
            "question": (
                None
                if named or question is None
                else phrasing.reported(question.removeprefix("savoir "))
            ),
            "confirme": restated,
            "champ": f"commitments[{index}].details",
            "texte": commitment.promise,
            "promesse": formatting.second_person(said_to_them),
            "au_passe": phrasing.kept_in_past(
                formatting.second_person(said_to_them), context.candidate.gender
            ),
            "fichier": commitment.attachment,
            "lien": str(commitment.link) if commitment.link else None,
            "echeance": commitment.due,
            # Due the day the message leaves: « d'ici le 7 décembre » written on 7 December
            # (read 260) is « dans la journée ».
            "echeance_du_jour": sent_on is not None
            and commitment.due is not None
            and commitment.due <= sent_on,
            # What one waited for from someone else is no delay of one's own to excuse.
            "en_retard": (not awaited or finished is not None)
            and _late(commitment.due, context.interview.date, sent_on),
            "details": (
                phrasing.given_in_words(phrasing.without_yes(details) if restated else details)
                if details
                else None
            ),
            "canal": phrasing.channel_besides_email(commitment.promise),
            # « Je vous ai confirmé ma date de disponibilité » told the reader nothing: an
            # answer given, without what it said, is not recalled (read 171).
            "sans_contenu": commitment.done
            and not details
            and phrasing.answers(commitment.promise),
            # « dès que je la retrouve », which the item leaves out: when it will come.
            "retrouve": phrasing.until_found(commitment.promise)
            or (None if commitment.due else finished),
            "renvoi": False,
            # Not yet in hand, as the notes say (« Le CFA a toujours pas envoyé le contrat »):
            # a follow-up says so, and sends nothing « aujourd'hui même » (read 129).
            # Unless news since says it came (read 148: a call said « pas encore reçu » six
            # days after « J'ai réussi l'épreuve pratique du permis B »).
            "attendu": awaited and not came and not finished,
            # Awaited still, as the news told says: no « pas encore reçu » after it (read 148).
            "annonce": awaited
            and not came
            and not finished
            and any(phrasing.names_item(news, item) for news in told),
            # Come since the last written reminder, which could not send it: the call does.
            "recu_apres_relance": awaited
            and came
            and reminded is not None
            and not _came(item, told_when_reminded),
            "accord": permission,
        }
        # Done by now, but due after the day of sending, it was not done then: a thank-you of
        # the 13th said « je vous ai fait parvenir » a design doc due on the 16th (read 109).
        done = commitment.done and not _due_later(commitment.due, sent_on, early_by=0)
        # Noted done, but left out of the thank-you, as the notes say: still owed, and the
        # next message says the slip in a word (read 131: « Comme promis », two weeks late).
        # A written reminder since has given it: the call after it does not again (read
        # 177: references read out on the phone ten days after the reminder sent them).
        slipped = (
            not first_contact
            and reminded is None
            and schedule.left_out_of_thanks(context, commitment)
        )
        entry["oubli"] = slipped
        # « Oublié de joindre le mémoire au mail de merci !! » : the slip is owned, in a word
        # (pair read 285: « Je complète mon message » without an apology).
        entry["oubli_avoue"] = slipped and schedule.left_out_of_thanks(
            context, commitment, forgotten=True
        )
        done = done and not slipped
        if done and phrasing.tells(commitment.promise) and not commitment.details:
            continue  # told already: nothing left to send or say (read 70)
        # Handed over in person: « Je vous ai apporté mon RIB et la photocopie de mon titre
        # de séjour » read as incongruous in a thank-you (reads 166 and 167).
        # After an interview at a distance, what was « remis » later went by mail: a reminder
        # asks whether it came (read 284: « pas un mot du test de shader d'eau remis le 8 »).
        remitted_from_afar = (
            not first_contact
            and context.interview.mode != "in_person"
            and (handed := _HANDED_OVER.match(commitment.promise)) is not None
            and handed["verb"].casefold() == "remettre"
        )
        if (
            done
            and _HANDED_OVER.match(commitment.promise)
            and not commitment.attachment
            and not remitted_from_afar
        ):
            continue
        # Sent by text or by post the day the thank-you said so (read 312: eg12).
        done = done or (kept_by_thanks[index] and entry["canal"] is not None)
        entry["tenue"] = done or kept_by_thanks[index]
        entry["recu"] = (
            phrasing.as_sent(item)
            if item and done and not first_contact and _sent_apart(context, commitment, sent_on)
            else None
        )
        # « …que je vous ai fait parvenir le 8 décembre » : the day it went, as the hand says
        # it; not after a relative of its own (« le plan de cours que j'ai fait…, que je vous
        # ai fait parvenir… » said « que » twice).
        # A test handed in is not « utile » to whom set it (« J'espère que le test technique…
        # vous a été utile »): it shows one's work.
        entry["recu_epreuve"] = bool(entry["recu"]) and phrasing.is_evaluation(entry["recu"])
        # A copy of a diploma or a permit, sent apart, completes the file; it is not « utile »
        # (read 308: « J'espère que la copie de mon diplôme… vous ont été utiles sonne faux »).
        entry["recu_piece"] = bool(entry["recu"]) and phrasing.is_credential(entry["recu"])
        entry["recu_le"] = (
            formatting.short_date(commitment.due, context.locale)
            if entry["recu"] and commitment.due and not _OWN_RELATIVE.search(entry["recu"])
            else None
        )
        entry["essai"] = phrasing.trial_offered(commitment.promise)
        days = days_named(commitment.details or "", context.interview.date)
        # A day on the send date itself is gone for a letter that asks to meet then.
        entry["dates_passees"] = bool(days and sent_on and days[-1] <= sent_on)
        # « les lundis 14 et 21 décembre », on the 18th: only the 21st still holds (read 284:
        # « Les dates que je vous ai proposées… restent valables »).
        entry["dates_restantes"] = (
            [
                formatting.prose_date(day, context.locale, year=False)
                for day in days
                if day > sent_on
            ]
            if days and sent_on and days[0] <= sent_on
            else []
        )
        # A promise kept with what it promised at hand is kept in the thank-you itself:
        # « je vous ai fait parvenir les coordonnées » without them read as a promise broken,
        # and a plan « fait parvenir » as one not attached (read 76: 6 drafts).
        if done and not (commitment.attachment or commitment.link or commitment.details):
            groups["tenues"].append(entry)
        elif (
            not first_contact
            and not done
            and not kept_by_thanks[index]
            and (commitment.attachment or commitment.link)
        ):
            # Still owed: no thank-you went, or the notes say it left the file out (read 123:
            # « Oublié de joindre le carnet au mail de merci »). The follow-up sends it, with no
            # apology for a delay that is the candidate's own slip.
            # Sent again, it is no news (R14): the reminder keeps its topic of the interview.
            owed = entry | {"joignable": True, "en_retard": False, "renvoi": True}
            if not commitment.attachment and item and not item.startswith("le lien"):
                owed["objet"] = f"le lien vers {item}"
            groups["a_venir"].append(owed)
        elif not done and (
            entry["accord"]
            or (commitment.done and _due_later(commitment.due, sent_on, 0))
            # « faut que je finisse l'inventaire, y est pas prêt » (read 344: attached).
            or (
                (commitment.attachment or commitment.link)
                and phrasing.not_ready(notes, commitment.promise)
            )
        ):
            # A file at hand, not yet to share: « j'attends l'ok de mon ancien patron pour les
            # anonymiser » (read 228: the link sent « comme promis » all the same). Nor one
            # noted done but due days after this message: done by its day, it was not made
            # yet (read 236: the test handed in on the 12th attached to the thank-you of the 3rd).
            groups["a_venir"].append(entry)
        elif commitment.attachment:
            groups["jointes"].append(entry)
        elif commitment.link:
            groups["liens"].append(entry)
        elif commitment.details:
            groups["dites"].append(entry)
        else:
            groups["a_venir"].append(entry)
    groups["envoi"] = _sent_together(groups["a_venir"], sent_on)
    # Dates offered for a trial day: a reminder says they hold, a call asks for one of them;
    # not once they are past (read 198: « restent valables » of 8 to 10 December, in January).
    # Nor once the trial has its day (read 382: « Merci pour la journée d'essai du 12
    # décembre… Les dates que je vous ai proposées pour la journée d'essai restent valables »).
    offered = [
        entry
        for entry in groups["dites"]
        if entry["tenue"]
        and entry["essai"]
        and not _trial_day_set(notes, entry["essai"], context.interview.date)
    ]
    groups["essais"] = [entry for entry in offered if not entry["dates_passees"]]
    # Once they are past, the reminder offers others (pair read 285: the hand wrote « si les
    # dates que je vous avais proposées ne convenaient pas », the program nothing).
    groups["essais_passes"] = [entry for entry in offered if entry["dates_passees"]]
    groups["oublis_avoues"] = [
        entry
        for entry in (*groups["jointes"], *groups["liens"], *groups["dites"], *groups["a_venir"])
        if entry["oubli_avoue"]
    ]
    return groups


def _trial_day_set(notes: list[str], trial: str, interview: date) -> bool:
    """Whether a sentence of the notes gives the trial its day (« essai prévu samedi 12 décembre »).

    A month or a season (« au courant de l'hiver ») fixes no day.
    """
    noun = trial.split()[-1].split("’")[-1].casefold()
    return any(
        noun in line.casefold()
        and fixed_day([line], interview) is not None
        # « 2e entretien le 10 ou 11 décembre » : the days offered still hold (fresh86).
        and _EITHER_DAY.search(line) is None
        for note in notes
        for line in NOTE_LINES.split(note)
    )


_EITHER_DAY = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?|{WEEKDAYS})\s+ou\s+(?:le\s+)?(?:\d{{1,2}}|{WEEKDAYS})\b", re.IGNORECASE
)


_DETAIL_AFTER_COLON = re.compile(r"\s*:\s.*$", re.DOTALL)
_OWN_RELATIVE = re.compile(r"\s(?:que\b|qu['’])")
_ASKED_AFTER_FOR = timedelta(days=30)
"""How long after sending something a reminder still asks whether it came."""


def _sent_apart(context: InterviewContext, commitment: Commitment, sent_on: date | None) -> bool:
    """Whether a promise went in a message of its own, after the thank-you and by ``sent_on``.

    A reminder then asks whether it came, as the hand does (pair read 278: « J'espère que la
    figurine peinte… vous est bien parvenue »); five reminders of reads 268 to 278 said not a
    word of the test, the plans or the sample sent since. Not a month on: « J'espère que tu as
    bien reçu mon book », two months after, fell flat (read 279).
    """
    if commitment.due is None or sent_on is None:
        return False
    thanked = _emailed_thanks(context) or context.interview.date + timedelta(days=1)
    return (
        thanked < commitment.due <= sent_on <= commitment.due + _ASKED_AFTER_FOR
        and phrasing.attachable(commitment.promise)
        and not phrasing.tells(commitment.promise)
    )


_A_FEW_DAYS = 7
"""What the thank-you's « dans les prochains jours » allows an undated promise."""
_EARLY_BY = 3
"""Days before its due date that a promise may be kept, by a message sent then."""


def _due_later(due: date | None, sent_on: date | None, early_by: int = _EARLY_BY) -> bool:
    """Due more than ``early_by`` days after ``sent_on``: not ready then."""
    return due is not None and sent_on is not None and (due - sent_on).days > early_by


def _late(due: date | None, interview: date, sent_on: date | None) -> bool:
    """Whether a promise kept on ``sent_on`` comes late.

    After its date, or, undated, more than a few days after the interview, when the
    thank-you said it would follow « dans les prochains jours » (read 57: a reminder that
    attached it two weeks later « sans un mot d'excuse »).
    """
    if sent_on is None:
        return False
    if due is not None:
        return due < sent_on
    return (sent_on - interview).days > _A_FEW_DAYS


def _given_alone(details: str, item: str) -> str:
    """What ``details`` give, without the words ``item`` says before them.

    « voici mon numéro RPPS : RPPS 1010… », « voici mes disponibilités : disponible du… ».
    """
    for alone in (
        phrasing.number_alone,
        phrasing.availability_alone,
        phrasing.date_alone,
        phrasing.role_alone,
    ):
        details = alone(details, item)
    return details


def _came(item: str, told: list[str]) -> bool:
    """Whether one of the news ``told`` says the awaited ``item`` came."""
    return any(phrasing.arrival_of(news, item) for news in told)


def _sent_together(open_items: list[dict[str, Any]], sent_on: date | None) -> list[dict[str, Any]]:
    """The open promises a ``commitment`` message sends: those due first, from ``sent_on``.

    The plan gives one step per due date (on it, or the business day before); promises
    with no date go with the first message.
    """
    items = [item for item in open_items if item["joignable"]]
    dated = [item["echeance"] for item in items if item["echeance"]]
    ahead = [due for due in dated if sent_on is None or due >= sent_on] or dated
    first = min(ahead, default=None)
    return [item for item in items if item["echeance"] in (first, None)]


_WRITTEN_TOPIC_WORDS = 12


def _variables(
    context: InterviewContext, kind: str, sent_on: date | None = None, *, typed_name: str = ""
) -> dict[str, Any]:
    """What a template sees: the context, as written (see ``render``), and the helpers."""
    locale = context.locale
    # A topic noted at length keeps its first clause in a letter too (« les chantiers en site
    # occupé, avec les locataires qui… » is a sentence no one would write after « sur »).
    # A topic someone else spoke of comes last: « Vos explications sur… » thanked the
    # person met for what the educational adviser said (read 117).
    topics = sorted(
        context.topics,
        key=lambda t: (
            not phrasing.emphasised(t.note),
            phrasing.said_by_another(t.note),
        ),
    )
    subjects = [
        phrasing.spoken_topic(
            _theirs_as_yours(phrasing.topic_phrase(topic.subject)), most=_WRITTEN_TOPIC_WORDS
        )
        for topic in topics
    ]
    # « internat ? — non » : a topic the answer settled, in the order of ``subjects``.
    settled = [phrasing.settled_by_answer(t.subject, t.note) for t in topics]
    data = plain(_role_as_said(_known_on(context, sent_on), kind_of(kind).spoken))
    # A day of the past week said from the sending day (« hier », « lundi »), not as a date.
    told_from = partial(
        phrasing.said_from, interview=context.interview.date, sent_on=sent_on, locale=locale
    )
    seasoned = phrasing.seasoned(context.debrief.highlights)
    # Told « tu », the person met still hears the organisation's news with « vous » (« vous
    # avez remporté le marché »): the team's, not theirs alone.
    says_tu = _says_tu(context, kind_of(kind).spoken)
    ours: Callable[[str], str] = collective if says_tu else str
    helpers: dict[str, Callable[..., Any]] = {
        "pick": _picker(_seed(context, kind)),
        # What a person writes the same in all their letters (a closing): chosen per person.
        "pick_own": _picker(context.candidate.name.encode()),
        "by_gender": _by_gender(context),
        "company_name": lambda preposition="": formatting.company_name(
            context.company, preposition
        ),
        "date": lambda day, year=True: formatting.prose_date(day, locale, year=year),
        "short_date": lambda day: formatting.short_date(day, locale),
        "time": formatting.prose_time,
        # Dictated, a number is said as one dials it at home (read 170: « +594 694… »).
        "phone": lambda number: formatting.phone_number(number, locale, kind_of(kind).spoken),
        "list": lambda items: formatting.prose_list(items, locale),
        "missing": _missing,
        # Words as the draft will count them, once its typography is set (« répète : »).
        "mots": lambda text: len(_finish(str(text), context).split()),
        "objet_promis": _promised,
        "promesse_datee": phrasing.timed,
        "clause": phrasing.as_clause,
        "reformule": phrasing.reframe,
        "atout": phrasing.asset,
        "phrase": lambda sentence: phrasing.own_sentence(sentence, context.candidate.gender),
        "impression": phrasing.impression,
        "pluriel": phrasing.is_plural,
        "a_soi": phrasing.is_owned,
        # What an asset brings to a team: « ce que m'a appris mon DEP », never « mon CACES ».
        "apport": phrasing.brought,
        # « Mes dix ans…, dont quatre comme coordinateur, me permettraient… » : the aside closed.
        "en_sujet": phrasing.as_subject,
        "annees_a_soi": lambda highlight: phrasing.counts_own_years(phrasing.asset(highlight)),
        "travail_gagne": phrasing.wins_work,
        # Ten years and more of another trade: what a reconversion leaves (read 180: « Notre
        # échange sur l'osiériculture… : j'y apporterais mes 20 ans de comptabilité »).
        "autre_metier": lambda highlight: (
            phrasing.seasoned([highlight])
            and not phrasing.in_the_trade(phrasing.asset(highlight), context.role.title)
        ),
        "piece_elle_meme": phrasing.item_itself,
        "copie_envoyee": phrasing.copy_sent,
        "nomme_un_mal": phrasing.names_a_harm,
        "une_facon": phrasing.names_a_way,
        "sans_numero": phrasing.without_numbers,
        "me_servira": partial(_serves_me, seasoned),
        "prepare_par": partial(_prepared_by, context, seasoned),
        "fait_accompli": lambda highlight: phrasing.done_fact(phrasing.asset(highlight)),
        "en_titre": phrasing.heading,
        "recoupe": phrasing.overlaps,
        "apparente": phrasing.kin,
        # A word of the trade or of the organisation's name ties nothing: « orchestre » tied
        # a Requiem to « traits d'orchestre imposés », at an orchestra (read 223).
        "sujet_lie": partial(
            phrasing.linked_topic, trade=f"{context.role.title} {context.company.name}"
        ),
        # « Monsieur Frédéric « Fred » Poulin » could not be read out (read 160).
        "sans_surnom": without_nickname,
        "sujet_nomme": phrasing.named_topic,
        "sujet_repondu": partial(
            _answered_topic, typed=dict(zip(subjects, (t.subject for t in topics), strict=True))
        ),
        "dit_sa_portee": phrasing.tells_its_bearing,
        "acquis": phrasing.gains_a_skill,
        "pour_sujet": phrasing.serves_as_task,
        "question_reformulee": phrasing.recast_question,
        # « Depuis, j'ai obtenu hier mon Certiphyto » said when twice (read 94).
        "jour_recent": lambda sentence: _RECENT_DAY.search(sentence) is not None,
        # « j'ai suivi en novembre le cours… » : a month or a day of its own (reads 156, 179).
        "mois_dit": lambda sentence: _MONTH_SAID.search(sentence) is not None,
        # A topic that can open a sentence about the work: « Ce que vous m'avez expliqué du
        # SSIAP 2 m'a permis de me projeter » said nothing of a credential.
        "en_tete": lambda topic: (
            phrasing.reads_as_subject(topic)
            and not phrasing.is_credential(topic)
            and not phrasing.is_skill(topic)
        ),
        "datee": phrasing.dated,
        "date_en_tete": phrasing.day_first,
        "date_apres_verbe": lambda sentence: told_from(phrasing.day_after_verb(sentence)),
        # An organisation's news says its day as the candidate's does: after the verb (« a
        # lancé aujourd’hui son plan… »), not after a long name (« …2027-2032 aujourd’hui »).
        # A fact noted about them is read by them: « un de leurs romans » is « un de vos
        # romans » (read 70); not after a plural subject: « les Jardins de Beaublanc
        # fêteront vos 50 ans » (pair read 172).
        "jour_dit": lambda fact: ours(
            _theirs_as_yours(told_from(phrasing.day_after_verb(fact) or fact) or fact)
        ),
        "sorte_de_nouvelle": partial(phrasing.news_kind, held=context.interview.date),
        "a_voix_haute": phrasing.aloud,
        "fait_nominal": phrasing.fact_as_noun,
        "annonce_de": phrasing.announcement_of,
        "fait_par_vous": lambda noun_phrase: (
            ours(done) if (done := phrasing.done_by_you(noun_phrase)) else None
        ),
        "condition": phrasing.names_condition,
        "activite": phrasing.names_an_activity,
    }
    thanks_by_phone = sent_on is not None and schedule.thanks_by_phone(context, sent_on)
    first_contact = kind == "thank_you" or thanks_by_phone
    kept_by_thanks = [
        not first_contact and schedule.kept_by_thanks(context, commitment)
        for commitment in context.commitments
    ]
    promises = _promises(context, sent_on, kept_by_thanks, first_contact=first_contact)
    names_of_met = _names_of_met(context)
    since = [
        phrasing.to_the_person_met(news, names_of_met)
        for news in _news_by(context.debrief.since, context, sent_on)
    ]
    if any(not commitment.done for commitment in context.commitments):
        # The promise kept beside the news sends the item: the news need not offer it too.
        since = [phrasing.without_offer_to_send(news) for news in since]
    item_told = False
    if kind_of(kind).spoken:
        since = _not_yet_written(since, context, sent_on)
        # « J'ai reçu ma carte ASP : je peux donc aller sur les chantiers », beside the card
        # the call sends: what the item changes is the news (read 331: the card said twice).
        # A letter tells the news, then attaches the item, as the hand writes.
        items = [promise["objet"] for promise in promises["a_venir"] if promise["objet"]]
        # A call tells the news whole, then sends the item (read 339: « Depuis notre entrevue,
        # je pourrai manipuler le lait dès la première journée », the attestation unsaid).
        item_told = kind == "phone_script" and any(
            phrasing.what_item_changes(since[0], item) for item in items[:1] if since
        )
        if not item_told:
            since = [_what_changes(news, items) for news in since]
    second_held = _second_interview_held(context, sent_on)
    if second_held is not None:
        # News of before the second interview was for it to tell (read 347: « Depuis notre
        # entrevue, j'ai renouvelé le 1er décembre mon attestation ACLS », in a call after the
        # second interview of 10 December); a letter after it told it as new too (read 358:
        # « le certificat obtenu le 30 novembre », after the second interview of the 14th).
        since = [
            news
            for news in since
            if (day := phrasing.news_day(news, context.interview.date)) is None
            or day >= second_held
        ]
    # The visit or the trial day fixed after the interview and made since: the plan waited
    # for it, and the reminder that followed said nothing of it (reads 311 and 312).
    step_held = (
        phrasing.step_held(
            context.notes_on_the_person_met,
            context.interview.date,
            sent_on,
            locale,
            last_sent=max((entry.on for entry in context.history), default=None),
            accepted=[
                commitment.promise
                for commitment in context.commitments
                if commitment.done and phrasing.answers(commitment.promise)
            ],
        )
        if kind in ("reminder", "phone_script", "voicemail") and not second_held
        else None
    )
    # … and the news that tells it again is not said after the thanks (read 324: « Merci
    # encore pour l'essai… J'ai fait les deux jours d'essai les 1er et 2 décembre. »).
    retold = _news_retold(since, promises) or bool(
        step_held and since and phrasing.overlaps(since[0], step_held)
    )
    # What each topic says, typed and noted, in the order of ``sujets``.
    topics_noted = [(topic.subject, f"{topic.subject} {topic.note or ''}") for topic in topics]
    to_add, told = _to_add(context, topics_noted, subjects)
    if to_add is not None:
        forms = phrasing.lead_forms(to_add)
        to_add = forms[helpers["pick"]("ajout", len(forms))]
    # Phrases shaped once from what the person typed (see ``phrasing``), as plain data.
    shaped: dict[str, Any] = {
        "jour_entrevue": _interview_day(context, sent_on, locale, to_add),
        # The day of a call, for a voicemail to say (OQLF: name, reason, day and time, number).
        "jour_appel": f"ce {formatting.prose_date(sent_on, locale, year=False)}" if sent_on else "",
        # A call on 22 December « sans un mot pour les fêtes » read as cold (read 60).
        "fetes": sent_on is not None and sent_on.month == 12 and sent_on.day >= 15,
        # … and one on 4 January without « bonne année » (read 66).
        "nouvel_an": sent_on is not None and sent_on.month == 1 and sent_on.day <= 15,
        # A call already made (R17, R21): the next one says it calls again, without a word on
        # the silence (R15); opening as if for the first time misled the reader (read 49).
        "deja_appele": _called_before(context, sent_on),
        # « il rappelle lundi » : a voicemail does not tell them « Vous n'avez pas à me
        # rappeler » (read 319: two messages at 2).
        "rappel_annonce": calls_back(context.notes_on_the_person_met),
        # A thank-you already sent: what it gave is not given again (R3).
        "deja_remercie": any(entry.kind == "thank_you" for entry in context.history),
        # The day of the last written reminder, for a call to say what it sent (read 76).
        "relance_du": _reminded_on(context, sent_on, locale),
        # A follow-up after a second interview starts from it (read 201: « à la suite de
        # notre entrevue du 23 novembre » after « 2e entretien calé le 9 décembre »).
        # Not in a call, whose « nous nous sommes parlé » may not be true of it (« 2e entretien
        # avec le DSI »): the call says it apart, « à la suite de ma deuxième entrevue »,
        # whoever held it (read 248: three scripts spoke only of the first).
        "deuxieme_du": second_held if kind in ("reminder", "voicemail") else None,
        # The thank-you looks forward to a second interview already set (pair read 269: the
        # hand wrote « Au plaisir de vous retrouver le 9 décembre à Saint-Herblain »).
        "deuxieme_prevue": (
            formatting.prose_date(planned, locale, year=False)
            if kind == "thank_you"
            # An invitation told as news since (« m'a invité à une deuxième entrevue le 10
            # décembre ») came after the thank-you (read 336: « Je me réjouis… » on 17
            # November); a confirmation (« Le 2e entretien est confirmé ») did not.
            and not any(new_invitation_to_second_interview(news) for news in context.debrief.since)
            and (
                planned := second_interview_set(
                    context.notes_on_the_person_met, context.interview.date, sent_on
                )
            )
            else None
        ),
        "deuxieme_passee": second_held if kind == "phone_script" else None,
        "merci_du": _thanked_on(context, locale),
        # What the thank-you left out, given weeks later, comes with an apology (read 255:
        # details « sept semaines plus tard sans un mot d'excuse »).
        "complement_tardif": _completed_late(context, sent_on),
        # A call the day after the interview thanks and keeps its promise (read 76).
        "appel_merci": thanks_by_phone,
        # A person met the notes say is deaf: nothing « de vive voix » (pair read 293).
        "sourd": said_deaf(context.notes_on_the_person_met, context.interviewer.name),
        "org": _organisation(context),
        # The advert's number, for the subject line (« concours 2026-URB-114 », read 70).
        "reference": phrasing.advert_reference(context.role.title),
        # How the person met is addressed: « Maître » for a notary or a lawyer.
        "civilite": address_form(context, typed_name),
        # … and greeted in writing when an office is so addressed: « Madame la Proviseure ».
        "fonction": office_form(context, typed_name),
        # … and asked for at a switchboard: « au père Tétrault » (read 224).
        "demande": asked_for(context, typed_name),
        # An orchestra's audition is « l'audition », not « notre entretien » (read 223).
        "audition": _is_an_audition(context),
        # Greeted by the given name when the notes say the person met said « tu »: « Bonjour
        # Madame, » read stiff to a SCOP where everyone does (read 152). Not a deputy's or a
        # master's « tu », unless offered both ways (read 192).
        # The name offered with the « tu » (« appelle-moi Ben »), else the given name.
        "prenom_tutoie": _name_to_greet(context) if _greets_by_given_name(context) else None,
        # The « tu » offered back: the draft says it (see ``draft_with_tu``), and closes so.
        "tutoie": says_tu,
        # No address, and the notes say none is read: nothing is asked for by e-mail.
        "sans_courriel": context.interviewer.email is None
        and phrasing.reads_no_email(context.notes_on_the_person_met),
        # A shared mailbox (« population@ ») is read by others: the letter names whom it is for.
        "boite_commune": shared_mailbox(context.interviewer.email),
        # « poste en documentation » for a non-binary person, whose title has two genders.
        "poste_dit": phrasing.field_of_post(
            context.role.title, context.candidate.gender, kind_of(kind).spoken
        ),
        "sujets": subjects,
        # Said aloud, without an aside in brackets: « les chiens de protection (patous) »
        # cannot be read out (read 82).
        "sujets_parles": [phrasing.spoken_topic(phrasing.aloud(s)) for s in subjects],
        "sujet_phare": phrasing.spoken_topic(phrasing.aloud(_headline_topic(subjects, settled)))
        if subjects
        else "",
        # The thank-you names an issue of the job, not a skill or a licence (read 40); a
        # reminder with nothing new names another issue than the thank-you did (read 39).
        **_letter_topics(
            subjects,
            told,
            context.debrief.struck_by,
            # In the order of ``subjects`` (what was dwelt on first): read in the context's
            # order, the notes were lent to other topics, and « la sécurité des passagers en
            # hiver », on which she insisted, gave way to « les quarts 7/7 » (read 89).
            [bool(t.note) for t in topics],
            # A noun with a question mark (« bruit, poussieres : aspiration ? ») is the
            # candidate's practical question too: « notre discussion sur le bruit et les
            # poussières » read as « mal choisie » (read 316).
            [
                phrasing.asks_a_fact(t.subject) or _NOUN_ASKED.search(t.subject) is not None
                for t in topics
            ],
            context.role.title,
            [phrasing.emphasised(t.note) for t in topics],
            settled,
        ),
        "sujets_notes": topics_noted,
        "evenement_relance": _event_ahead(context, topics, subjects, settled, sent_on)
        if kind == "reminder"
        else None,
        # The organisation's news a reminder told: a later call does not tell it again (the
        # example's reminder and call both told the agency opened in Nantes).
        "fait_deja_dit": kind == "phone_script" and _fact_already_told(context, sent_on),
        # A fact of the company that names a topic of the interview, undated, is what the
        # person met told about: no news to them (read 98: « J'ai lu avec intérêt que le SDIS
        # 35 déploiera NexSIS », after an interview about NexSIS).
        # A fact of a month before the interview is no news either (read 104: « un bureau
        # ouvert en octobre 2026 », congratulated in December).
        "faits": _most_relevant_first(
            [
                ours(phrasing.to_its_own(phrasing.without_source(fact), context.company.name))
                for fact in data["company"]["facts"]
                if (
                    phrasing.named_topic(fact, topics_noted) is None
                    or phrasing.news_day(fact, context.interview.date) is not None
                )
                and not phrasing.told_before(fact, context.interview.date)
                # Neither a noun phrase nor a clause (« Entreprise du Patrimoine Vivant (EPV)
                # depuis 2012 »): « J'ai lu avec intérêt qu'Entreprise… » had no verb.
                and phrasing.reads_as_news(phrasing.without_source(fact))
                and not phrasing.is_misfortune(fact)
                # Three months on, « l'annonce du 24 novembre » is no news (read 335: a
                # reminder of 1 March read with interest a subsidy of November).
                and not _stale(fact, context.interview.date, sent_on)
                # What struck the candidate, said in the thank-you, is no news after it
                # (read 166: « J'ai vu que le Bureau Montagne lance… » after « votre projet de
                # sorties adaptées aux personnes malvoyantes »).
                and not (
                    kind != "thank_you"
                    and context.debrief.struck_by
                    and _retells(fact, context.debrief.struck_by)
                )
            ],
            [noted for _, noted in topics_noted] + list(context.debrief.highlights),
        ),
        # The topics the interviewer dwelt on (« il a insisté »): the thank-you can say so,
        # where a stock sentence named the topic alone (reads 69 to 71).
        "sujets_appuyes": [
            subject
            for subject, topic in zip(subjects, topics, strict=True)
            if phrasing.emphasised(topic.note)
        ],
        # What the note says was insisted on, when it is not the topic (pair read 151).
        "insiste_sur": {
            subject: phrasing.as_written(other)
            for subject, topic in zip(subjects, topics, strict=True)
            if (other := phrasing.insisted_on(topic.note, topic.subject))
        },
        # What the candidate would add, in a letter's words; not a weakness nobody asked about.
        "a_ajouter": to_add,
        # The visit or the trial of the day, which the hand thanks for (pair read 130).
        "sur_place": (
            # As written: « la visite de la cabane pis du bois » (read 131). From afar, the
            # exercises only (« Visio 30 min + test d'anglais oral », pair read 149).
            phrasing.shown_on_site(
                phrasing.as_written(context.debrief.impressions or ""),
                remote=context.interview.mode != "in_person",
                held=context.interview.date,
            )
            # A voicemail that thanks, for want of an e-mail, thanks for them too (read 150).
            if kind == "thank_you" or (kind == "voicemail" and thanks_by_phone)
            else []
        ),
        # The rest of the panel, named with their civility in the notes (pair read 155).
        "autres_presents": _colleagues(
            phrasing.others_met(
                context.debrief.impressions,
                context.interviewer.name,
                [f"{c.promise} {c.details or ''}" for c in context.commitments],
                context.interviewer.civility,
                context.candidate.name,
            )[:3],
            says_tu,
            locale,
            context.debrief.impressions,
        )
        if kind == "thank_you"
        else [],
        "atout_remerciement": (thanked_asset := _thanked_asset(context)),
        "atout_relance": _reminded_asset(context, thanked_asset),
        # Only a reminder ties its topic to the asset that answers it.
        **({"atouts_repondant": _answering_assets(context)} if kind == "reminder" else {}),
        # See ``render``: the asset alone, when nothing else of the interview would show.
        **({"atout_seul": False} if kind == "reminder" else {}),
        "nouvelles": [phrasing.timeless(news) for news in since],
        "nouvelles_dites": [told_from(phrasing.undated(news)) for news in since],
        # « mon TOEIC (850) » cannot be read out on the phone (read 74).
        "nouvelles_au_telephone": [
            told_from(phrasing.aloud(phrasing.undated(news))) for news in since
        ],
        "promesses": promises,
        "nouvelle_redite": retold,
        "piece_apres_nouvelle": item_told,
        # A voicemail gives the news in a few words when its 30 seconds allow (read 73: the
        # SSIAP 2, the nacelle course left unsaid).
        "nouvelle_vocale": phrasing.headline(since[0]) if since and not retold else None,
        # A trial day at the employer's, told as news, is thanked for (read 146).
        "essai_remercie": phrasing.trial_thanked(since[0]) if since and not retold else None,
        "etape_passee": step_held,
        # The visit or the trial day fixed for after the thank-you: the hand says it will be
        # there (read 332: « essai… prévu jeudi 10 décembre », left unsaid).
        "etape_prevue": phrasing.step_ahead(
            context.notes_on_the_person_met, context.interview.date, sent_on, locale
        )
        if kind == "thank_you"
        else None,
        # A step they offered and nobody dated (« demi-journée d'observation, date à fixer »):
        # each draft offers to set it (reads 307 and 308: nine drafts that did not).
        # Not one a promise speaks of (« lui dire si je suis dispo pour le test du 13 »): its
        # dates are said with the promise.
        "etape_a_fixer": phrasing.step_to_set(
            context.debrief.impressions,
            (
                *context.debrief.since,
                *(f"{c.promise} {c.details or ''}" for c in context.commitments),
            ),
            interview=context.interview.date,
            sent_on=sent_on,
        ),
        # Said sent by a call: what the first contact keeps, what is noted ``done``, or what
        # the thank-you kept.
        "promesses_tenues": [
            kept
            for kept, commitment, by_thanks in zip(
                data["commitments"], context.commitments, kept_by_thanks, strict=True
            )
            if commitment.in_hand and (first_contact or commitment.done or by_thanks)
        ],
        # Contact details of a former employer or a tutor are references already given:
        # offering « mes références » again read as a duplicate (read 58).
        "references_promises": any(
            "référence" in c.promise.casefold() or phrasing.gives_contact_details(c.promise)
            for c in context.commitments
        ),
        # References are offered on the phone when the interview spoke of them (R20: « si
        # c'est utile »); offered in every script, the line read as pasted (read 158: 17).
        "references_evoquees": any(
            "référence" in note.casefold()
            for note in [*context.notes_on_the_person_met, *(t.subject for t in context.topics)]
        ),
    }
    # The sentence after the thanks: what struck the candidate, or else the topic.
    said_next = context.debrief.struck_by or shaped["sujet_remerciement"]
    if kind == "thank_you":
        shaped["sur_place"] = _visited_once(shaped["sur_place"], [said_next])
        # What struck the candidate, said to the person met: « votre transparence », not « la
        # transparence de la mairesse » in a letter to her (read 158).
        shaped["frappe"] = context.debrief.struck_by and phrasing.to_the_person_met(
            context.debrief.struck_by, names_of_met
        )
        # « J'ai adoré ton idée…, c'est ce qui fait qu'on reconnaît vos magazines » : a
        # sentence already in « tu » means the house by « vos » (read 339: « tes magazines »).
        if shaped["frappe"] and _says_tu(context) and phrasing.speaks_tu(shaped["frappe"]):
            shaped["frappe"] = collective(shaped["frappe"])
    # Every section of the context by its name (candidate, topics, open_commitments…).
    sections = {name: data[name] for name in data if name != "locale"}
    return {
        "ctx": data,
        "kind": kind,
        "locale": locale,
        **sections,
        **shaped,
        **{name: Helper(function) for name, function in helpers.items()},
    }


def _visited_once(on_site: list[str], said_after: list[str]) -> list[str]:
    """What was shown on site, the place unsaid when the next sentence names it.

    « Merci… et pour la visite de l’unité protégée. J’ai été frappée par le calme de l’unité
    protégée » (read 154); an exercise the next sentence names is thanked for there: « et
    pour la mise en situation. J’ai été frappé par l’énergie des élèves pendant la mise en
    situation » (read 158).
    """
    kept = []
    for shown in on_site:
        # « …et pour l’essai sur le touret. J’ai bien compris l’importance que vous accordez
        # au polissage sur touret » (read 180): a trial's object is unsaid as a place's is.
        found = _VISIT_OF.match(shown) or _TRIAL_OF.match(shown)
        if found and any(phrasing.overlaps(text, found[2]) for text in said_after):
            kept.append(found[1])
        elif found or not any(_named_in(shown, text) for text in said_after):
            kept.append(shown)
    return kept


def _named_in(shown: str, text: str) -> bool:
    """Whether ``text`` names what was shown (« la mise en situation »), article aside."""
    bare = re.sub(r"^(?:la |le |les |l’)", "", shown).casefold()
    return bare in text.casefold().replace("'", "’")


_VISIT_OF = re.compile(r"^(la visite|le tour)\s+(?:de la |de l[’']|des |du |de )(.+)$")
_TRIAL_OF = re.compile(r"^(l[’']essai)\s+(?:sur|de|au|en)\s+(?:le |la |les |l[’'])?(.+)$")


def _answered_topic(asset_text: str, said: list[str], typed: dict[str, str]) -> int | None:
    """Which of the topics ``said`` the asset answers, or, failing that, as the topic was typed.

    « ventes aux communautés (Pikogan, Lac-Simon) » answers « mes contacts à Pikogan », though
    the letter leaves the aside out (read 154); an asset that says the topic over (« ma
    certification PNCE » for « PNCE ») answers nothing.
    """
    found = phrasing.answered_topic(asset_text, said)
    if found is not None:
        return found
    for index, subject in enumerate(said):
        as_typed = typed.get(subject, subject)
        if as_typed == subject or phrasing.covers(asset_text, subject):
            continue
        if phrasing.answered_topic(asset_text, [as_typed]) == 0:
            return index
    return None


def _interview_day(
    context: InterviewContext, sent_on: date | None, locale: Locale, to_add: str | None
) -> str:
    """The interview's day as the thank-you says it (« hier », « samedi »), or nothing.

    Without the sending day, no day: « hier » could be false, « mardi » reads as a model.
    Nor when the candidate's own sentences use the same word for something else: « m’avoir
    reçu samedi… J’ai été frappé par la dégustation du samedi » (read 54).
    """
    if sent_on is None:
        return ""
    said = formatting.day_reference(context.interview.date, sent_on, locale)
    if " " in said:
        return said
    own = [context.debrief.struck_by, to_add, *(topic.subject for topic in context.topics)]
    used = re.compile(rf"\b{said}\b", re.IGNORECASE)
    return "" if any(used.search(sentence) for sentence in own if sentence) else said


_SMALL = frozenset("les des une pour dans avec sur aux par".split())


def _words_of(text: str) -> frozenset[str]:
    """The words of three letters or more of ``text``, lowercased, but the small ones."""
    return frozenset(re.findall(r"[^\W\d_]{3,}", text.casefold())) - _SMALL


_NOUN_ASKED = re.compile(
    r"^(?!\s*(?:comment|pourquoi|quel|quelle|quels|quelles|qui|que|qu['’]|est-ce|combien|où)\b)"
    r"[^?]*[:,][^?]*\?\s*$",
    re.IGNORECASE,
)


def _letter_topics(
    subjects: list[str],
    told: str | None,
    struck_by: str | None,
    noted: list[bool],
    asked: list[bool],
    role: str,
    dwelt: list[bool],
    denied: list[bool],
) -> dict[str, Any]:
    """The topics the letters name: the thank-you's, the reminder's, and whether they are issues.

    ``enjeu`` is false when every topic is a skill or a licence of the candidate's;
    ``condition_relance`` is the reminder's topic as an accepted condition of the work
    (« quarts de nuit compris »), or None. A topic ``told`` already by the candidate's
    added point is not named again in the thank-you, which then names another or none.
    The reminder names a topic the thank-you did not speak of (its topic sentence, or the
    candidate's sentence ``struck_by`` that takes its place), an issue before a condition.

    « les enjeux abordés ensemble, notamment Python » read as a keyword pasted in (read 40);
    « notamment la façon dont l'équipe gère les astreintes », to a CTO, as self-interest
    (read 47). The thank-you names first an issue the person took a note on: « le logiciel
    de répartition », bare, read as stock beside « les délais en hiver sur la 20 », noted
    (read 74).
    """
    with_note = {s for s, has in zip(subjects, noted, strict=True) if has}
    # « internat ? — non, externat seulement » : what the post does not have is no topic to
    # be glad of (read 144: « Notre échange sur l'internat m'a confortée… »); nor « costume
    # fourni ? — oui », a practical point settled (fresh58).
    answered_no = {s for s, no in zip(subjects, denied, strict=True) if no}
    issues = [
        s
        for s in subjects
        if not phrasing.is_credential(s) and not phrasing.is_skill(s) and s not in answered_no
    ]
    # A condition of the work (« les horaires 3h-10h ») is often the candidate's own
    # question: thanked for, it read as the one thing the interview left (read 93).
    # So is a question that asks a fact (« C'est quoi leur ratio terrain/bureau ? »): the
    # person met's own issue comes first (pair read 179: « votre ratio terrain et bureau »
    # thanked for, the eskers, « leur gros enjeu », left to the sentence that struck).
    questions = {s for s, was_asked in zip(subjects, asked, strict=True) if was_asked}
    # A test taken (« tests de dépistage (drogue) ») is not what one thanks for either (read
    # 186: « Notre discussion sur les tests de dépistage m'a donné une idée… »).
    issues.sort(
        key=lambda s: (
            phrasing.is_about_pay(s) or phrasing.is_evaluation(s),
            phrasing.names_condition(s),
            s in questions,
            s not in with_note,
        )
    )
    # With no issue left, a topic the answer did not rule out (read 189: « la vente de
    # loterie » to a minor who may not sell it).
    fallback = next((s for s in subjects if s not in answered_no), subjects[0] if subjects else "")
    thanked = issues[0] if issues else fallback
    if told is not None:
        thanked = next((s for s in issues if s != told), "")
    # What the person dwelt on comes first (read 90: « l'affinage des tommes », « les heures
    # de service », on which each insisted, gave way to lesser topics); not a bare acronym
    # (« IRM 3T »), which has no article for « l'importance que vous accordez à… ».
    thanked = next(
        (
            s
            for s, d in zip(subjects, dwelt, strict=True)
            if d and s != told and not phrasing.is_skill(s) and s not in answered_no
        ),
        thanked,
    )
    said = {s for s in issues if phrasing.overlaps(struck_by, s)} if struck_by else {thanked}
    # A question asking a fact or a reason (« c'est quoi la taille de l'équipe? ») is not
    # what the post is of interest « for » (reads 78 and 82).
    # A test taken at the interview comes last too (« le test Word et Excel »).
    # A way, a choice or an ill, too: « un nouvel échange, notamment sur le choix entre le
    # feutrage à l'eau et à l'aiguille », « … sur le gaspillage alimentaire » read as beside
    # the point (reads 287 and 288) where another topic was at hand.
    by_condition = sorted(
        issues,
        key=lambda s: (
            phrasing.is_about_pay(s) or phrasing.is_evaluation(s),
            phrasing.names_condition(s),
            phrasing.names_a_harm(s) or phrasing.names_a_way(s),
        ),
    )
    # « en particulier pour les raisons pour lesquelles un temps partagé… » (read 82): a
    # question is named only when nothing else is left.
    # « la nuit » for a « CDI de nuit » names nothing the role does not (fresh21: the
    # library's own reminder read as generic to its checks): another topic first.
    role_words = _words_of(role)
    by_condition.sort(key=lambda s: bool(words := _words_of(s)) and words <= role_words)
    stated = [s for s in by_condition if s not in questions]
    # Pay is never what a reminder says it thought over (read 170: « Ce que vous m'avez
    # expliqué de la prime de soir m'a confirmé que ce travail me convient »): the thanked
    # topic again rather than it.
    unpaid = [s for s in stated if not phrasing.is_about_pay(s)]
    later = [s for s in unpaid if s not in said and s != told]
    reminded = next(iter(later or unpaid or stated or by_condition), fallback)
    return {
        "sujet_remerciement": thanked,
        # Written, a topic keeps up to twelve words: cut at eight, « la façon de gérer les
        # morsures » lost the words that said which topic it was (« …dans le groupe des
        # trottineurs »), and the reminder read as generic to its own checks.
        # Without the detail after its colon: « notamment sur l'immunohistochimie : automate
        # Ventana » read as the note pasted (reads 303 and 304).
        "sujet_relance": phrasing.spoken_topic(_DETAIL_AFTER_COLON.sub("", reminded), most=12),
        # The same, as in ``sujets``: an asset tied to its topic does not name it again.
        "sujet_relance_tape": reminded,
        "condition_relance": phrasing.accepted_condition(reminded) if reminded else None,
        "enjeu": bool(issues),
    }


def _known_on(context: InterviewContext, sent_on: date | None) -> InterviewContext:
    """The context as a message sent on ``sent_on`` knows it: no company news dated later.

    Nor the organisation's anniversary, which is no news to it (reads 192 to 198).
    """
    facts = [
        fact
        for fact in _news_by(context.company.facts, context, sent_on)
        if not phrasing.is_anniversary(fact)
    ]
    if facts == context.company.facts:
        return context
    company = context.company.model_copy(update={"facts": facts})
    return context.model_copy(update={"company": company})


def _pronoun_civility(context: InterviewContext) -> str | None:
    """« Monsieur » when the notes call the person met « il » (« il a insisté »), and so on."""
    said = civility_of_notes(context.notes_on_the_person_met)
    return said[0] if said else None


def _typed_as_written(context: InterviewContext) -> InterviewContext:
    """The person's notes with the accents a phone keyboard left out (read 60), names kept."""
    names = (context.candidate.name, context.interviewer.name, context.company.name)
    debrief = context.debrief
    # « Mme Chantal Dion » typed with her civility: « Madame Mme Chantal Dion » (read 63);
    # « steve gagnon », « Christelle PERRIN » as typed on a form (read 65).
    # « Mme Chantal Lévesque » with no civility chosen is « Bonjour Madame, », not « Bonjour
    # Chantal Lévesque, »; « Mme BERNARD » is « Madame Bernard », not « Madame Mme Bernard »;
    # « DUPONT Jean-Claude » is « Monsieur Dupont » (read 66); a signature « Da Silva Rui »
    # is signed « Rui Da Silva » (read 69).
    interviewer = context.interviewer
    typed_with = typed_civility(interviewer.name)
    bare = without_civility(interviewer.name)
    # « Mme DA COSTA RIBEIRO » : in capitals after a civility, the family name alone, in its
    # order (read 291: read « RIBEIRO DA COSTA », then « Madame Da Costa »).
    only_family = bool(typed_with) and bare.isupper()
    met = written_name(bare if only_family else usual_order(bare, interviewer.email))
    civility = (
        interviewer.civility
        or typed_with
        or civility_of_title(interviewer.title)
        # « Alexis (iel) » : neither the given name nor a pronoun says a civility (read 239).
        or (
            None
            if said_iel(context.notes_on_the_person_met, interviewer.name)
            else civility_of_given_name(met) or _pronoun_civility(context)
        )
    )
    signed = written_name(usual_order(context.candidate.name, context.candidate.email))
    # « TRANSPORTS GUÉRIN SAS » typed in capitals is « Transports Guérin » in a sentence (read 102).
    company = phrasing.from_capitals(
        phrasing.without_legal_form(phrasing.without_tagline(context.company.name))
    )
    # A single word after a civility typed with it is the surname (« Mme BERNARD »), and so
    # is a name that opens on a particle (« Mme Le Bihan », fresh16); alone, it may be a
    # first name (« sandrine »: not « Madame Sandrine », read 69).
    surname = (
        met
        if typed_with and (only_family or " " not in met or is_particle(met.split()[0]))
        else None
    )
    # « NGUYEN Van Thanh » : « Van » is a given name's, not a particle (fresh54).
    typed_first = family_name_typed_first(without_civility(interviewer.name))
    family = interviewer.family_name or surname or (typed_first and written_name(typed_first))
    if (met, civility, signed, company, family) != (
        interviewer.name,
        interviewer.civility,
        context.candidate.name,
        context.company.name,
        interviewer.family_name,
    ):
        context = context.model_copy(
            update={
                "interviewer": interviewer.model_copy(
                    update={"name": met, "civility": civility, "family_name": family}
                ),
                "candidate": context.candidate.model_copy(update={"name": signed}),
                "company": context.company.model_copy(update={"name": company}),
            }
        )
    nouns = [context.role.title, *(t.subject for t in context.topics)]
    typed = [
        *(t.note for t in context.topics if t.note),
        *(c.details for c in context.commitments if c.details),
        *context.company.facts,
        *(text for text in (debrief.struck_by, debrief.to_add) if text),
        *debrief.since,
        *debrief.highlights,
    ]
    # A word the person typed with its accents in one note has them in every note (fresh42:
    # « membrane elastomere » as a topic, « membrane élastomère » as an asset).
    own = _own_accents((*nouns, *typed, *(c.promise for c in context.commitments)))

    def fix(text: str) -> str:
        return _accented(_with_own_accents(text, own), names, context.candidate.gender)

    def fix_noun(text: str) -> str:
        return _noun_phrase_accented(_with_own_accents(text, own), names)

    def typed_promise(text: str) -> str:
        # A promise is an infinitive phrase: « a » before an article is « à » there too
        # (« le nom de mon ancien boss a la ferme », read 85).
        written = _with_own_accents(text, own)
        return _noun_phrase_accented(written, names, context.candidate.gender)

    def fix_promise(commitment: Commitment) -> str:
        # A promise kept, or one whose day the context records, is said without the day
        # typed in it: « je vous ai transmis le test d'ici vendredi » (read 98).
        promise = typed_promise(commitment.promise)
        dated_or_kept = commitment.in_hand or commitment.due
        return phrasing.without_deadline(promise) if dated_or_kept else promise

    if (
        all(fix(text) == text for text in typed)
        and all(fix_noun(n) == n for n in nouns)
        and all(fix_promise(c) == c.promise for c in context.commitments)
        and all(_as_held(news, context) == news for news in debrief.since)
    ):
        return context  # the usual case: nothing to copy
    return context.model_copy(
        update={
            "role": context.role.model_copy(update={"title": fix_noun(context.role.title)}),
            "topics": [
                topic.model_copy(
                    update={
                        "subject": fix_noun(topic.subject),
                        "note": topic.note and fix(topic.note),
                    }
                )
                for topic in context.topics
            ],
            "commitments": [
                c.model_copy(
                    update={
                        "promise": fix_promise(c),
                        "details": c.details and fix(c.details),
                    }
                )
                for c in context.commitments
            ],
            "company": context.company.model_copy(
                update={"facts": [fix(fact) for fact in context.company.facts]}
            ),
            "debrief": debrief.model_copy(
                update={
                    "struck_by": debrief.struck_by and fix(debrief.struck_by),
                    "to_add": debrief.to_add and fix(debrief.to_add),
                    "since": [
                        _as_held(phrasing.own_news(fix(news)), context) for news in debrief.since
                    ],
                    "highlights": [fix(asset) for asset in debrief.highlights],
                }
            ),
        }
    )


# Read once per context (40 µs: every word of every note), not once per draft; as pairs,
# so that each note is accented once per table too (:func:`_with_own_accents`).
@lru_cache(maxsize=1024)
def _own_accents(texts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(phrasing.own_accents(texts).items())


@lru_cache(maxsize=4096)
def _with_own_accents(text: str, own: tuple[tuple[str, str], ...]) -> str:
    return phrasing.with_own_accents(text, dict(own))


@lru_cache(maxsize=4096)
def _accented(text: str, names: tuple[str, ...], gender: str) -> str:
    return phrasing.as_written(text, names, gender)


@lru_cache(maxsize=1024)
def _noun_phrase_accented(text: str, names: tuple[str, ...], gender: str | None = None) -> str:
    return phrasing.noun_phrase_as_written(text, names, gender)


def _event_ahead(
    context: InterviewContext,
    topics: list[Topic],
    subjects: list[str],
    settled: list[bool],
    sent_on: date | None,
) -> dict[str, str | bool] | None:
    """A thing ahead the notes tie to a topic (« logiciel Noah — migration en janvier »).

    A reminder with nothing new names it, as the hand does (pair reads 375 to 378), rather
    than « je me projette mieux depuis notre échange sur… ». Not for a question, a
    condition, pay, a skill or a licence of the candidate's (« CATEC — recyclage en 2027 »),
    a harm or a misfortune (« fermeture d'une classe »), nor a topic the answer settled.
    """
    for topic, subject, was_settled in zip(topics, subjects, settled, strict=True):
        usable = not (
            was_settled
            or "?" in topic.subject
            or phrasing.is_about_pay(subject)
            or phrasing.names_condition(subject)
            or phrasing.is_credential(subject)
            or phrasing.is_skill(subject)
            or phrasing.names_a_harm(subject)
            # « notamment pour la fermeture d'une classe à l'école des Tilleuls » (fresh117).
            or phrasing.is_misfortune(subject)
        )
        event = phrasing.event_ahead(topic.note, context.interview.date, sent_on)
        if usable and event:
            said = _DETAIL_AFTER_COLON.sub("", subject)
            # « en particulier les délais serrés…, avec la livraison en mars » made a strain
            # the draw of the post: the thing ahead alone, as it is when it names the topic.
            alone = bool(phrasing.shared_words(event, said)) or _DEADLINES.match(said) is not None
            return {"sujet": said, "evenement": event, "seul": alone}
    return None


_DEADLINES = re.compile(r"(?:les |le )?délais?\b", re.IGNORECASE)


def _headline_topic(subjects: list[str], denied: list[bool]) -> str:
    """The topic a sentence can say the interview was about.

    Not the candidate's licence; nor the pay or a condition the candidate asked about, when
    the interview had a topic of the job (read 97: « j'ai bien aimé notre échange sur les
    primes »); nor what the answer ruled out or a test taken (read 189: « Notre échange sur
    la vente de loterie… » by a minor who may not sell it). Nor, while another is left, a
    name as typed, which has no article for « notre échange sur… » (read 195: « sur PPI et
    endettement », « sur Cabot Trail »).
    """
    of_the_job = [s for s in subjects if not phrasing.is_credential(s)]
    issues = [
        s
        for s, no in zip(subjects, denied, strict=True)
        if s in of_the_job
        and not no
        and not phrasing.is_skill(s)
        and not phrasing.is_evaluation(s)
        and not phrasing.is_about_pay(s)
        and not phrasing.names_condition(s)
    ]
    allowed = [s for s, no in zip(subjects, denied, strict=True) if s in of_the_job and not no]
    said_whole = [s for s in allowed if not phrasing.is_skill(s)]
    return next(iter(issues or said_whole or allowed or of_the_job or subjects))


# … or its day (pair read 179: « Depuis notre entretien du 13 novembre, j'ai été élue le 1er
# décembre »).
_MONTH_SAID = re.compile(
    rf"\b(?:(?:en|début|fin|mi-)\s*|(?:\d{{1,2}}|1er)\s+)(?:{MONTHS})\b", re.IGNORECASE
)
_RECENT_DAY = re.compile(
    rf"\b(?:aujourd’hui|aujourd'hui|hier|avant-hier|{WEEKDAYS})\b", re.IGNORECASE
)


# « audition du 14 décembre » in the advert, « Audition finale » in the notes.
_AUDITION = re.compile(r"\baudition\b", re.IGNORECASE)


def _is_an_audition(context: InterviewContext) -> bool:
    """Whether the interview was an audition, held in person, as the advert or notes say."""
    said = [context.role.title, context.debrief.impressions or ""]
    return context.interview.mode == "in_person" and any(_AUDITION.search(s) for s in said)


_FIRST_PERSON_CLAUSE = re.compile(r"\s*(?:je\b|j['’])\s*\w", re.IGNORECASE)


def _promised(promise: str) -> str | None:
    """What a promise gives, said to the recruiter: « de votre choix », not « de leur choix ».

    Without a note's aside: « ma procédure d'inventaire (de mon ancien taf) » read as the
    note pasted in, and was read aloud in a call (read 93). A participle in brackets says
    what the item is, and stays: « un exemple de procès-verbal que j'ai rédigé, anonymisé »
    (pair read 134: the hand kept « anonymisé »).

    >>> _promised("lui envoyer un exemple de procès-verbal que j'ai rédigé (anonymisé)")
    "un exemple de procès-verbal que j'ai rédigé, anonymisé"
    >>> _promised("lui envoyer mes certifs I-CAR (aluminium et soudure)")
    'mes certifs I-CAR'
    >>> _promised("lui envoyer mon attestation de fin de service (armée)")
    'mon attestation de fin de service'

    Nor the search the item waits on (read 162: « Je n'ai pas encore reçu mon attestation…
    dès que je la retrouve : je vous l'enverrai dès réception »):

    >>> _promised("lui envoyer mon attestation dès que je la retrouve")
    'mon attestation'
    """
    item = phrasing.promised_item(promise)
    if item:
        item = _ASIDE.sub("", _PARTICIPLE_ASIDE.sub(r", \1", item))
        item = phrasing.said_to_them(phrasing.without_search(item).strip())
    return formatting.your_possessives(item) if item else item


_ASIDE = re.compile(r"\s*\([^()]*\)")
# … but not the days it gives: « mes disponibilités pour la résidence (2 au 20 février) ».
_TRAILING_ASIDE = re.compile(rf"\s*\((?![^()]*\b(?:{MONTHS})\b)[^()]*\)\s*$", re.IGNORECASE)


_BY_HAND_OR_POST = re.compile(r"poste|courrier|colis|main propre|en personne", re.IGNORECASE)
# « lui montrer une pièce sculptée », done: shown at the interview, never « fait parvenir »
# (read 287).
_HANDED_OVER = re.compile(r"^(?:(?:lui|leur|vous)\s+)?(?P<verb>apporter|remettre|montrer)\b", re.I)


# Not a noun in « -ée » (read 186: « mon attestation de fin de service, armée »).
_PARTICIPLE_ASIDE = re.compile(
    r"\s*\((?!(?:armée|année|journée|entrée|idée|lycée|musée|soirée|matinée|durée|vallée"
    r"|arrivée|pensée|portée|marée|poupée|fusée|randonnée|assemblée|chaussée|contrée|rentrée"
    r"|tournée|dictée|cheminée|mosquée|trophée|épopée)s?\))([^\W\d_]+é(?:e|s|es)?)\)\s*$",
    re.IGNORECASE,
)


def _serves_me(seasoned: bool, highlight: str, when: str) -> str:
    """« {asset} me servira {when}. », or what a seasoned candidate leans on besides."""
    owned = phrasing.asset(highlight)
    return phrasing.leaned_on(owned) if seasoned else phrasing.serves_me(owned, when)


def _prepared_by(
    context: InterviewContext,
    seasoned: bool,
    highlight: str,
    aim: str | None,
    neutral_aim: str,
    lead: bool = True,
) -> str:
    """The asset tied to the post (see :func:`phrasing.prepared_by`)."""
    return phrasing.prepared_by(
        phrasing.asset(highlight),
        context.candidate.gender,
        aim,
        neutral_aim,
        context.role.title,
        lead=lead,
        seasoned=seasoned,
    )


def _role_as_said(context: InterviewContext, spoken: bool) -> InterviewContext:
    """The context with its role title as a letter says it: no « (H/F) », no « · » (read 57)."""
    title = phrasing.role_as_said(context.role.title, context.candidate.gender, spoken)
    title = phrasing.without_workplace(title, context.company.name)
    if title == context.role.title:
        return context
    return context.model_copy(update={"role": context.role.model_copy(update={"title": title})})


def _news_by(news: list[str], context: InterviewContext, sent_on: date | None) -> list[str]:
    """The news a message sent on ``sent_on`` can tell: none dated after that day.

    Nor news of something ahead whose day has passed (« je suis inscrit au cours du 8
    décembre », read 131). A plan made early sends its reminder before the day some news
    bears: the candidate's (« j’ai terminé la formation le 20 novembre ») and the
    organisation's alike.
    """
    # A second interview or a trial the organisation offered is its own step, not news to
    # tell it.
    news = [sentence for sentence in news if not offered_by_them(sentence)]
    if sent_on is None:
        return news
    held = context.interview.date
    return [
        sentence
        for sentence in news
        if phrasing.told_by(sentence, held, sent_on)
        and not phrasing.outdated(sentence, held, sent_on)
    ]


def _not_yet_written(news: list[str], context: InterviewContext, sent_on: date | None) -> list[str]:
    """The news no written reminder sent before ``sent_on`` could tell yet.

    A call a week after a reminder said « Depuis notre entrevue, j'ai obtenu… » about what
    the reminder had announced (read 114: ten calls and voicemails).
    """
    held = context.interview.date
    written = _written_reminders(context, sent_on)
    return [n for n in news if not any(phrasing.told_by(n, held, on) for on in written)]


def _fact_already_told(context: InterviewContext, sent_on: date | None) -> bool:
    """Whether a written reminder before ``sent_on`` told the organisation's news.

    With none recorded, the reminder the plan sends first tells it, unless the process is by
    phone, where the call is the reminder.
    """
    reminders = _written_reminders(context, sent_on)
    if not reminders:
        return context.next_steps.channel != "phone"
    return any(_told_a_fact(context, on) for on in reminders)


def _told_a_fact(context: InterviewContext, reminded: date) -> bool:
    """Whether the written reminder of ``reminded`` told the organisation's news.

    It does when it had no news of the person's own, or only one that says a promise was kept
    (read 165: « J'ai reçu mon diplôme du CAP » left the reminder to the new salon, which the
    call then told again).
    """
    # Not news dated after it (read 288: the tender won on 2 December, the day after the
    # reminder, was never told, and the call of the 8th had nothing new).
    held = context.interview.date
    facts = context.company.facts
    if facts and all((day := phrasing.news_day(f, held)) and day > reminded for f in facts):
        return False
    news = _news_by(context.debrief.since, context, reminded)
    items = [item for c in context.commitments if (item := _promised(c.promise))]
    return not news or any(phrasing.news_of_item(news[0], item) for item in items)


def _names_of_met(context: InterviewContext) -> list[str]:
    """How the notes may name the person the letter goes to: office, surname, given name."""
    met = context.interviewer
    return [
        (met.title or "").split(",")[0].split(" ")[0],
        *(f"{civility} {met.surname}" for civility in ("Mme", "M.", "Madame", "Monsieur")),
        given_name(met.name, met.email) or "",
    ]


def _stale(fact: str, interview: date, sent_on: date | None) -> bool:
    """Whether the organisation's news is more than six weeks old when the message leaves."""
    day = phrasing.news_day(fact, interview) or phrasing.news_month_end(fact, interview)
    return day is not None and sent_on is not None and (sent_on - day).days > _NEWS_KEEPS_DAYS


_NEWS_KEEPS_DAYS = 42


def _what_changes(news: str, items: list[str]) -> str:
    changed = (phrasing.what_item_changes(news, item) for item in items)
    return next((found for found in changed if found), news)


def _news_retold(since: list[str], promises: dict[str, list[dict[str, Any]]]) -> bool:
    """The first news only says a promise was kept (« j'ai reçu ma vérification »): said once."""
    if not since:
        return False
    items = [p["objet"] for p in promises["a_venir"] + promises["tenues"] if p["objet"]]
    return any(phrasing.news_of_item(since[0], item) for item in items)


def _retells(fact: str, said: str) -> bool:
    """Whether ``said`` already tells ``fact``: three words of theirs, or two and a figure.

    « 20 % de gaz vert injecté dans le réseau de la métropole » was news in a reminder after
    a thank-you struck by « 20 % de gaz vert injecté dans la métropole » (read 210).
    """
    shared = phrasing.shared_words(fact, said)
    figures = set(_FIGURE.findall(fact)) & set(_FIGURE.findall(said))
    return len(shared) >= 3 or (
        len(shared) >= 2 and (bool(figures) or _one_phrase(shared, fact, said))
    )


def _one_phrase(shared: set[str], fact: str, said: str) -> bool:
    """Whether two shared words follow each other in both texts: « restaurant gastronomique ».

    « J'ai lu avec intérêt l'annonce de la réouverture du restaurant gastronomique » after a
    thank-you struck by « votre volonté de relancer le restaurant gastronomique » (read 372).
    """

    def pairs(text: str) -> set[tuple[str, str]]:
        words = re.findall(r"\w+", text.casefold())
        return {(a, b) for a, b in itertools.pairwise(words) if a in shared and b in shared}

    return bool(pairs(fact) & pairs(said))


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _most_relevant_first(facts: list[str], material: list[str]) -> list[str]:
    """The organisation's facts, those that share words with the topics or the assets first.

    The first is the one a reminder cites (read 104: « l'adoption du budget 2027 » cited for
    an office clerk, where « la numérisation des archives de permis en 2027 » met her own
    digitisation of a clinic's files).
    """
    return sorted(facts, key=lambda fact: not any(phrasing.overlaps(fact, m) for m in material))


# « leur modèle de gouvernance » is noted about the organisation, and read by it; after a
# plural (« les clients et leur fidélité »), « leur » is theirs (read 102).
_THEIR_AFTER_PLURAL = re.compile(r"\b(?:les|des|aux|ces|ses|ils|elles)\b.*\bleurs?\b", re.I)


def _theirs_as_yours(topic: str) -> str:
    """A topic or a fact noted about the organisation, as said to it: « votre modèle ».

    « leurs » after a plural subject stays theirs (« les Jardins fêteront leurs 50 ans »).
    """
    if _THEIR_AFTER_PLURAL.search(topic):
        return topic
    return formatting.your_possessives(topic)


# « mon bacc en histoire en cours », « ma carte FAST en attente »: nothing to lean on yet
# (read 102: « je peux être efficace rapidement avec mon bacc en cours », two drafts at 2).
_PENDING = re.compile(r"\ben\s+(?:cours|attente)\b|\bà\s+venir\b|\bpas encore\b", re.I)


def _thanked_asset(context: InterviewContext) -> str | None:
    """The asset the thank-you stresses: the first highlight that is not a promised item.

    « mon CQP » stressed and « mon certificat de qualification professionnelle » promised
    read as two documents (reads 43 to 47); a bare note (« allemand courant ») cannot
    follow « mettre à profit » (read 60).
    """
    promises = [commitment.promise for commitment in context.commitments]
    eligible = [
        highlight
        for highlight in context.debrief.highlights
        if not any(
            phrasing.abbreviates(highlight, promise)
            or phrasing.names_item_of(highlight, promise)
            # « mon mémoire de BTSA GPN » promised, « mon BTSA Gestion et protection de la
            # nature » stressed: the same diploma twice (pair read 338).
            or _named_by_acronym(highlight) & _acronyms(promise)
            for promise in promises
        )
        and phrasing.has_determiner(phrasing.asset(highlight))
        and not _PENDING.search(highlight)
        and not _A_THING_OWNED.match(phrasing.asset(highlight))
    ]
    # The one that answers a topic first: « la réduction du roulement de 38 % à 19 % » for
    # an employer whose turnover was the issue, not « 12 ans en gestion d'entrepôt » typed
    # before it (read 112: the hand tied them, the program left the figure out).
    # Then one kin to the post, then know-how: « mon BTSA » typed before « deux saisons de
    # médiation dans un musée de la soie », « ma thèse » before « six ans comme chargé de
    # cours » for a professor, were the wrong choice (read 284: five drafts).
    subjects = [topic.subject for topic in context.topics]
    post = _NOT_THE_WORK.sub(" ", context.role.title)

    def rank(highlight: str) -> tuple[bool, bool, bool]:
        return (
            phrasing.answered_topic(highlight, subjects) is None,
            not phrasing.kin(highlight, post),
            not _know_how(highlight),
        )

    return min(eligible, key=rank) if eligible else None


def _acronyms(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z]{3,}\b", text))


def _named_by_acronym(highlight: str) -> set[str]:
    """The acronym a highlight opens on (« mon BTSA Gestion… »): a diploma, a card."""
    found = re.match(r"\s*(?:mon|ma|mes|le|la|les|l['’])\s*([A-Z]{3,})\b", highlight)
    return {found[1]} if found else set()


# The words of an advert's title that say the terms, not the work: « CDD saison », « contrat
# 12 mois », « poste menant à la permanence ».
_NOT_THE_WORK = re.compile(
    r"\b(?:saisons?|saisonni\w+|contra\w+|permanen\w+|temporaire|partiel|complet|hybride"
    r"|junior|senior|semaines?|heures?|postes?|menant|mois|remplacement)\b",
    re.IGNORECASE,
)


def _reminded_asset(context: InterviewContext, thanked: str | None) -> str | None:
    """The asset the reminder recalls: a second one, else ``thanked``, the thank-you's.

    Know-how first: another highlight one brings to a team, else the thank-you's if it is one,
    and only then what is held (a diploma, a paper).

    It must follow « mettre à profit »: « Je reste convaincue de pouvoir mettre à profit
    permis classe 5 » read as a blank filled in.
    """
    promised = {acronym for c in context.commitments for acronym in _acronyms(c.promise)}
    others = [
        highlight
        for highlight in context.debrief.highlights
        if highlight != thanked
        and phrasing.has_determiner(phrasing.asset(highlight))
        and not _PENDING.search(highlight)
        # « Pour la carte ASP construction…, je pourrai m'appuyer sur mon ASP construction »:
        # what is sent is no asset to recall.
        and not _named_by_acronym(highlight) & promised
    ]
    # Know-how before what is held: « apporter à votre équipe mon CQP » (read 252), where
    # the thank-you's « six ans en conserverie » could be recalled. What is held still
    # comes first when it answers a topic (« la rentrée littéraire jeunesse : j'ai un DU
    # littérature de jeunesse »).
    subjects = [topic.subject for topic in context.topics]
    brought = [
        h for h in others if _know_how(h) or phrasing.answered_topic(h, subjects) is not None
    ]
    if not brought and thanked is not None and _know_how(thanked):
        return thanked
    # The thank-you's own, recalled, rather than a reminder with nothing of the person
    # (read 77: « les cinq ans chez Hydro auraient fait l'affaire »).
    return next(iter(brought or others), thanked)


def _colleagues(
    members: list[str], says_tu: bool, locale: Locale, notes: str | None = None
) -> list[str]:
    """The panel members as thanked: those known by the given name alone are colleagues.

    « à M. Bonnet et à Julie » set a bare given name beside a civility, in a letter that said
    « vous » (reads 251 and 255): « à votre collègue Julie », and two of them « à vos
    collègues Kevin et Priya », not the word twice (fresh108, at first contact). Told « tu »,
    the given name alone is the letter's tone.

    >>> _colleagues(["M. Bonnet", "Julie"], False, "fr_FR")
    ['M. Bonnet', 'votre collègue Julie']
    >>> _colleagues(["Kevin", "Priya"], False, "fr_CA"), _colleagues(["Kevin"], True, "fr_CA")
    (['vos collègues Kevin et Priya'], ['Kevin'])

    One whose function the notes give is named by it, last (pair reads 265 and 266: « votre
    collègue Nadia », where the hand wrote « Nadia, la coordonnatrice »):

    >>> _colleagues(["Nadia", "M. Bélanger"], False, "fr_CA", "Dre Fortin, Nadia la coordonnatrice")
    ['M. Bélanger', 'Nadia, la coordonnatrice']
    >>> _colleagues(["la Dre Sauvage"], False, "fr_FR"), _colleagues(["la Dre Roy"], False, "fr_CA")
    (['la docteure Sauvage'], ['la Dre Roy'])
    """
    # « la Dre » is Québec's: France writes « la docteure » (pair read 337).
    if locale == "fr_FR":
        members = [re.sub(r"^la Dre ", "la docteure ", m) for m in members]
    functions = {m: phrasing.function_noted(m, notes) for m in members}
    described = next((m for m in members if functions[m]), None)
    if described is None:
        return _colleagues_named(members, says_tu, locale)
    others = [m for m in members if m != described]
    return [*_colleagues_named(others, says_tu, locale), f"{described}, {functions[described]}"]


def _colleagues_named(members: list[str], says_tu: bool, locale: Locale) -> list[str]:
    bare = [member for member in members if " " not in member]
    if says_tu or not bare:
        return members
    named = (
        f"votre collègue {bare[0]}"
        if len(bare) == 1
        else f"vos collègues {formatting.prose_list(bare, locale)}"
    )
    first = members.index(bare[0])
    return [named if i == first else m for i, m in enumerate(members) if m not in bare[1:]]


# A thing one owns, not what one knows: « Forte d'une viole sept cordes d'atelier anglais, je
# serais heureuse… » (pair read 329).
_A_THING_OWNED = re.compile(
    r"\s*(?:un|une)\s+(?!(?:formation|expérience|maîtrise|certification|certificat|diplôme"
    r"|stage|bonne|solide|excellente|longue|première|double|vraie|grande)\b)",
    re.IGNORECASE,
)


def _know_how(highlight: str) -> bool:
    """Whether a highlight is brought to a team as it is: years, a skill, not a diploma."""
    owned = phrasing.asset(highlight)
    return phrasing.brought(owned) == owned


def _answering_assets(context: InterviewContext) -> dict[str, str]:
    """For each topic, the first highlight that answers it (shares its own words), if any.

    A reminder tied « la traçabilité au bloc » to « mon AFGSU niveau 1 », where « deux ans
    d'ASH au bloc » answered it (read 146: « lien forcé »).
    """
    eligible = [
        highlight
        for highlight in context.debrief.highlights
        if phrasing.has_determiner(phrasing.asset(highlight)) and not _PENDING.search(highlight)
    ]
    answering = {}
    for topic in context.topics:
        found = next(
            (h for h in eligible if phrasing.answered_topic(h, [topic.subject]) == 0), None
        )
        if found is not None:
            answering[topic.subject] = found
    return answering


_POINT_LEAD = re.compile(
    r"^(?:pour|sur|concernant|quant à|quant au|à propos de|au sujet de)\s+([^,:;]{3,60})[,:;]",
    re.I,
)


def _to_add(
    context: InterviewContext, topics_noted: list[tuple[str, str]], subjects: list[str]
) -> tuple[str | None, str | None]:
    """``debrief.to_add`` in a letter's words, and the topic of ``subjects`` it is said about.

    None for a weakness no topic touched, or an answer missed with nothing to complete it
    (the plan's note asks for what the person would have said). The point speaks of the
    first topic it shares words with (« votre question sur les membres âgés »), which the
    thank-you then does not name again (pair read 47); a point with no subject of its own is
    said about that topic, unless it already names it whole.
    """
    note = context.debrief.to_add
    if note is None or phrasing.only_missed(note):
        return None, None
    if phrasing.unprompted_weakness(note, [noted for _, noted in topics_noted]):
        return None, None
    reframed = phrasing.reframe(note)
    # The topic the point names (« J'ai répondu trop vite sur Procore : … le module de
    # gestion des avenants ») before one it only shares a word with (read 102: the avenants,
    # on which she insisted, were left out as « told »).
    # A point that opens on what it is about (« Pour le fonds vert, j'ai monté… ») is about
    # that, not about a topic it shares « communes » with further on.
    lead = _POINT_LEAD.match(note)
    named = phrasing.named_topic(note, topics_noted)
    if lead is not None:
        named = next(
            (i for i, (_, noted) in enumerate(topics_noted) if phrasing.overlaps(lead[1], noted)),
            named,
        )
    in_order = list(zip(topics_noted, subjects, strict=True))
    if named is not None:
        in_order.insert(0, in_order.pop(named))
    for (typed, noted), subject in in_order:
        # Not by a container word: « cours » tied first aid to food hygiene (read 177).
        if phrasing.shares_specific_word(note, noted):
            # A point that says two of the topic's words already is not said « about » it:
            # « Pour revenir sur la migration vers Colleague : j'ai piloté la migration de
            # Banner vers Colleague » (read 180).
            if phrasing.covers(note, typed) or len(phrasing.shared_words(note, typed)) >= 2:
                return reframed, subject
            # A point that shares only a word of the topic's note (« les jeunes » of « le
            # club a perdu 15 jeunes ») leaves the topic to be named: « la relève U14 », on
            # which he dwelt, gave way to a lesser topic (pair read 115).
            # Nor is it said about that topic: « Pour revenir sur le montage à Rimouski : j'ai
            # mon permis classe 5 » tied a licence to a venue by « tournée », a word of its
            # note (read 121).
            others = [other for other, _ in topics_noted if other != typed]
            named_here = phrasing.ties_point(note, typed, others, context.role.title)
            about = phrasing.about_topic(reframed, subject) if named_here else None
            said = about is not None or named_here
            return about or reframed, subject if said else None
    return reframed, None


_OWN_DRAFT_LEVELS: dict[str, Level] = {
    # Said, not refused: the draft may be the one the history records, sent already.
    "timing.early_reminder": "warning",
    "timing.wrong_channel": "error",
    "timing.after_voicemail": "error",
    "timing.after_reply": "error",
    "timing.thank_you_after_follow_up": "error",
}


def _recorded_sending(context: InterviewContext, kind: str) -> date | None:
    """The day the history says the thank-you went out: its draft speaks from that day."""
    if kind != "thank_you":
        return None
    return next((entry.on for entry in context.history if entry.kind == kind), None)


def _second_interview_held(context: InterviewContext, sent_on: date | None) -> date | None:
    """The day of a second interview the notes fix, held before ``sent_on``, or None.

    None too when the news since tells it already (« J'ai passé le 2 décembre le second
    entretien… »), as news it was offered does not (« m'a convoquée à une deuxième
    entrevue »).
    """
    if sent_on is None:
        return None
    if any(
        names_second_interview(news) and not invited_to_second_interview(news)
        for news in context.debrief.since
    ):
        return None
    # The invitation noted since fixes it too, as the plan reads it (fresh106: « M. Poulin m'a
    # invitée à une deuxième entrevue à Val-d'Or le 9 décembre », then a call in January that
    # spoke of the first interview alone).
    noted = [*context.notes_on_the_person_met, *context.debrief.since]
    day = second_interview_day(noted, context.interview.date)
    return day if day is not None and day < sent_on else None


# « Depuis notre rencontre, j'ai booké 18 dates » after a video interview (fresh89, at
# first contact): the person's word for it, said as the interview was held.
_MEETING_IN_NEWS = re.compile(r"\b(notre|la) rencontre\b", re.IGNORECASE)


def _as_held(news: str, context: InterviewContext) -> str:
    """A news item that names « notre rencontre » for an interview held by phone or video."""
    if context.interview.mode == "in_person":
        return news
    word = "entrevue" if context.locale == "fr_CA" else "entretien"

    def held(match: re.Match[str]) -> str:
        return f"{match[1]} {word}" if match[1].lower() == "notre" else f"{match[1][0]}’{word}"

    return _MEETING_IN_NEWS.sub(held, news)


def _says_tu(context: InterviewContext, spoken: bool = False) -> bool:
    """Whether the drafts say « tu » to the person greeted by the given name.

    They do when the « tu » went both ways or was offered (« on s'est tutoyés »,
    « appelle-moi Ben »); a « tu » only received keeps « vous » (docs/conventions.md).
    """
    # To a shared mailbox, with no given name to greet, the hand keeps « vous » (read 332:
    # « Bonjour Monsieur Delpeyrat, » then « tu », sent to rh@). On the phone, the person
    # answers: « Avez-vous un moment ? » to who had said « tu » from the first minute read
    # wrong (read 371: a call and a voicemail at 2).
    if not spoken and shared_mailbox(context.interviewer.email) and _name_to_greet(context) is None:
        return False
    return _greets_by_given_name(context) and tutoiement_invited(context.notes_on_the_person_met)


def _name_to_greet(context: InterviewContext) -> str | None:
    """The name offered with the « tu » (« appelle-moi Ben »), else the given name."""
    return (
        name_offered(context.notes_on_the_person_met, context.interviewer.name)
        or given_name(
            context.interviewer.name, context.interviewer.email, context.interviewer.family_name
        )
        or name_asked(context.notes_on_the_person_met)
        or name_used_alone(context.notes_on_the_person_met, context.interviewer.name)
    )


def _is_builtin(template: jinja2.Template) -> bool:
    return template.filename is not None and Path(template.filename).resolve().is_relative_to(
        _builtin_template_folder().resolve()
    )


def _greets_by_given_name(context: InterviewContext) -> bool:
    notes = context.notes_on_the_person_met
    # « Elle m'a vouvoyée mais m'a dit de l'appeler Lucia » is no « tu », but her given name
    # (read 344: « Bonjour Madame » in three drafts).
    if not tutoiement_noted(notes) and given_name_asked(notes):
        return not keeps_distance(context)
    # « Mme Lagardère + Thierry le chef d'équipe (on s'est tutoyés) » (read 204).
    if not tutoiement_noted(notes) or tutoiement_of_another(notes, context.interviewer.name):
        return False
    # « elle parle fort, on s'est tutoyées » said of the captain, not of the proviseur the
    # notes call « il » (read 218: a whole letter in « tu » to him).
    said = civility_of_notes(notes)
    civility = (
        context.interviewer.civility
        or civility_of_given_name(context.interviewer.name, context.interviewer.email, notes)
        or civility_of_title(context.interviewer.title)
        or (said[0] if said else None)
    )
    if tutoiement_by_the_other_sex(notes, civility):
        return False
    if tutoiement_invited(notes):
        return True
    # In France, a candidate who kept « vous » to a « tu » only received writes « Bonjour
    # Monsieur » (reads 307 and 312: « Bonjour Yannick » with « vous », five drafts at 2 or
    # 3); in Québec the given name with « vous » is the usage (pair read 285).
    # … unless the person met asked for the given name (read 332: « elle m'a dit de
    # l'appeler Maryvonne mais je l'ai vouvoyée », greeted « Bonjour Madame »).
    if context.locale == "fr_FR" and vous_kept(notes) and not given_name_asked(notes):
        return False
    return not keeps_distance(context)


def _reminded_on(context: InterviewContext, sent_on: date | None, locale: Locale) -> str:
    """The day of the last e-mail reminder before ``sent_on``, as said (« 22 février »), or ''."""
    days = _written_reminders(context, sent_on)
    return formatting.prose_date(max(days), locale, year=False) if days else ""


def _emailed_thanks(context: InterviewContext) -> date | None:
    """The day of the last e-mail thank-you the history records, or None."""
    days = [e.on for e in context.history if e.kind == "thank_you" and e.channel == "email"]
    return max(days, default=None)


def _thanked_on(context: InterviewContext, locale: Locale) -> str:
    """The day of the e-mail thank-you the history records, as written (« 24 novembre »), or ''.

    Without its weekday: « mon message du lundi 30 novembre » read as copied from a log
    (pair read 155).
    """
    day = _emailed_thanks(context)
    return formatting.short_date(day, locale) if day else ""


_LATE_COMPLEMENT = timedelta(days=21)


def _completed_late(context: InterviewContext, sent_on: date | None) -> bool:
    """Whether ``sent_on`` is more than three weeks after the e-mail thank-you recorded."""
    day = _emailed_thanks(context)
    return day is not None and sent_on is not None and sent_on - day > _LATE_COMPLEMENT


def _written_reminders(context: InterviewContext, sent_on: date | None) -> list[date]:
    """The days of the e-mail reminders the history records before ``sent_on``."""
    return [
        entry.on
        for entry in context.history
        if entry.kind == "reminder"
        and entry.channel == "email"
        and (sent_on is None or entry.on < sent_on)
    ]


def _called_before(context: InterviewContext, sent_on: date | None) -> bool:
    """Whether the history records a call before ``sent_on`` (after a voicemail, none: R21)."""
    return any(
        entry.kind == "phone_call" and (sent_on is None or entry.on < sent_on)
        for entry in context.history
    )


def _no_contact_report(context: InterviewContext, kind: str) -> CheckReport:
    """The report of a draft R11 forbids, for a context too thin to write it anyway."""
    nothing = check("", context, kind=kind if kind in KINDS else None)
    return CheckReport(
        text="", findings=tuple(f for f in nothing.findings if f.code == "timing.no_contact")
    )


def _missing(field: str, purpose: str) -> NoReturn:
    raise MissingContext(field, purpose)


def _innermost_template(
    traceback: TracebackType | None,
) -> tuple[jinja2.Template, int] | None:
    """The template frame closest to the error, and its template line (not Python's)."""
    found = None
    while traceback is not None:
        template = traceback.tb_frame.f_globals.get("__jinja_template__")
        if isinstance(template, jinja2.Template):
            found = (template, template.get_corresponding_lineno(traceback.tb_lineno))
        traceback = traceback.tb_next
    return found


def _syntax_problem(error: jinja2.TemplateSyntaxError, name: str) -> TemplateProblem:
    return TemplateProblem(
        f"erreur de syntaxe : {error.message}",
        template=error.name or name,
        line=error.lineno,
        path=error.filename,
    )


def _load(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as error:
        raise _syntax_problem(error, name) from error
    except jinja2.UndefinedError as error:
        # Jinja folds constants while it compiles: « (''|first) ~ 'x' » fails there, before
        # any render (found by hypothesis, test_template_grammar).
        raise TemplateProblem(_unknown_variable(error), template=name) from error


def _unknown_variable(error: jinja2.UndefinedError) -> str:
    return f"variable inconnue ({error.message}) ; vérifiez son nom parmi les champs du contexte"


def _load_kind(
    env: jinja2.Environment, kind: str, locale: Locale, template_dir: str | Path | None
) -> jinja2.Template:
    """The template of ``kind``, looked up by its path (an app's folder is never walked)."""
    if template_dir is None and kind in _builtin_kinds(locale):
        return _load(env, f"{locale}/{kind}{TEMPLATE_SUFFIX}")
    if template_dir is not None and _KIND_NAME.fullmatch(kind):
        try:
            return _load(env, f"{locale}/{kind}{TEMPLATE_SUFFIX}")
        except jinja2.TemplateNotFound:
            pass
    raise UnknownKind(kind, available_kinds(locale, template_dir))


def _problem(error: BaseException, template: jinja2.Template) -> TemplateProblem:
    if isinstance(error, jinja2.TemplateSyntaxError):  # in a template it imports or includes
        return _syntax_problem(error, template.name or "")
    where = _innermost_template(error.__traceback__)
    failing, line = where if where else (template, None)
    if isinstance(error, LimitExceeded):
        message = (
            f"limite dépassée : {error.message} ; simplifiez le gabarit, ou relevez la "
            "limite avec render(…, limits=TemplateLimits(…)) (voir docs/securite.md)"
        )
    elif isinstance(error, RecursionError):
        message = (
            "récursion trop profonde : un gabarit qui s’inclut ou s’étend lui-même, "
            "ou une macro qui s’appelle sans fin ?"
        )
    elif isinstance(error, SecurityError):
        message = (
            f"opération interdite dans un gabarit ({error}) ; un gabarit n’a accès qu’aux "
            "données du contexte et aux filtres de la bibliothèque"
        )
    elif isinstance(error, jinja2.UndefinedError):
        message = _unknown_variable(error)
    elif isinstance(error, jinja2.TemplateNotFound):
        message = (
            f"gabarit introuvable : {error.name!r} ; placez-le dans le dossier de gabarits "
            "ou corrigez son nom"
        )
    else:
        message = f"{type(error).__name__} : {error}"
    if failing is not template:
        message += f" (appelé depuis {template.name!r})"
    return TemplateProblem(message, template=failing.name, line=line, path=failing.filename)


def _run(
    template: jinja2.Template, variables: dict[str, Any], limits: TemplateLimits
) -> tuple[str | None, str]:
    """Render a template: its output is the body; ``{% set subject %}`` gives the subject."""
    try:
        with budget(limits):
            module = template.make_module(variables)
    except SuiviError:  # a helper's MissingContext, or a file the loader refused
        raise
    except Exception as error:  # any failure of a template, MemoryError included: say where
        problem = _problem(error, template)
        # Chain the error with template lines rather than compiled Python ones, for debugging.
        raise problem from rewrite_traceback_stack()
    subject = getattr(module, "subject", None)
    return (None if subject is None else str(subject)), str(module)


# A line that ends a sentence and a line that starts one belong to the same paragraph. The
# sentence's last mark is matched (and written back), not looked behind for at every position.
_SENTENCE_BREAK = re.compile(r"([.!?…»])[ \t]*\n[ \t]*(?=[^\W\d_«])")
# A line that starts with a lowercase letter goes on with the sentence above it, so that a
# template keeps its lines short (« …au poste de X, » / « à la suite de… »).
# Read from the space, tab or line break that follows the last character of the line (then
# looked behind for), not from a lookbehind tried at every position.
# An e-mail address alone on its line (the signature's) keeps its line.
_CONTINUATION = re.compile(
    r"(?:\n(?<=\S\n)|\x20(?<=\S\x20)[ \t]*\n|\t(?<=\S\t)[ \t]*\n)[ \t]*(?=[a-zàâäçéèêëîïôöùûüÿœæ])"
    r"(?![^\s@]+@[^\s@]+[ \t]*(?:\n|$))"
)


def _join_sentences(text: str) -> str:
    """Join sentences written one per line into paragraphs, as Markdown does.

    A line starting in lowercase continues the previous one. Lines that do not end a
    sentence (a signature, a greeting) keep their line breaks.
    """
    return _SENTENCE_BREAK.sub(r"\1 ", _CONTINUATION.sub(" ", text))


def _finish(text: str, context: InterviewContext) -> str:
    protected = (
        context.candidate.name,
        context.interviewer.name,
        context.interviewer.surname,
        context.company.name,
    )
    text = formatting.fix_elision(_join_sentences(text), protected)
    return fix_typography(text, context.locale)


def _single_line(text: str) -> str:
    # str.split() would also flatten the no-break spaces that typography just set.
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _written_and_checked(
    template: jinja2.Template,
    variables: dict[str, Any],
    written: InterviewContext,
    kind: str,
    limits: TemplateLimits,
    sent_on: date | None,
) -> tuple[str | None, str, CheckReport]:
    """The draft's subject and body, finished, and the report of its own checks.

    Sent on a known day, a written reminder is checked for it: one for 2 December after « Il
    rappelle après les fêtes » (fresh160, scored 1) carries the warning that says when to send.
    """
    raw_subject, raw_body = _run(template, variables, limits)
    subject = None if raw_subject is None else _single_line(_finish(raw_subject, written))
    body = _finish(raw_body, written)
    # The library's own drafts say « tu » to who offered it back; an app's text is its own.
    if variables["tutoie"] and _is_builtin(template):
        body = draft_with_tu(body)
    # The checks know the built-in kinds; an app's own kind is checked as a plain email.
    # The library's own drafts keep to the process's channel (R13), which a person's text
    # is only warned about.
    report = check(
        body,
        written,
        kind=kind if kind in KINDS else None,
        subject=subject,
        # A call may thank (a process by phone): only a written reminder is surely a follow-up.
        today=sent_on if kind == "reminder" else None,
        config=_OWN_DRAFT_LEVELS,
    )
    return subject, body, report


def _nothing_concrete(report: CheckReport) -> bool:
    return any(f.code == "generic.no_concrete_element" for f in report.errors)


def render(
    kind: str,
    context: InterviewContext | Mapping[str, Any],
    *,
    template_dir: str | Path | None = None,
    limits: TemplateLimits | None = None,
    sent_on: date | None = None,
) -> Draft:
    """Render the ``kind`` draft for ``context``, check it, and return it.

    ``sent_on`` is the day the draft will be sent (a plan's step gives it): a thank-you sent
    the next day then says « hier », as a person would; without it, the thank-you names no
    day, since « hier » could be false and a weekday read as a model. A thank-you the
    context's ``history`` records as sent speaks from that day.

    ``context`` may also be its JSON-ready data (a dict); a context made with
    ``model_copy(update=…)``, which pydantic does not validate, is validated again.

    ``template_dir`` names an app's own folder of templates (``<locale>/<kind>.j2``), which
    overrides built-in ones by name and may add kinds; it runs in a sandbox whose work is
    bounded by ``limits`` (default: ``TemplateLimits()``, see ``docs/securite.md``).

    Raises:
        UnknownKind: no template of that kind for the context's locale.
        TemplateProblem: a template that does not load or render, with its name and line.
        DraftRejected: the rendered draft fails its own checks (``.report`` says why).
        pydantic.ValidationError: ``context`` is not a valid context.

    """
    context = as_context(context)
    limits = limits or TemplateLimits()
    sent_on = sent_on or _recorded_sending(context, kind)
    env = _environment(template_dir, limits)
    template = _load_kind(env, kind, context.locale, template_dir)
    # The notes as a letter writes them (« rapport dincident » → « rapport d’incident »): the
    # draft is written from them, and checked against them.
    written = _typed_as_written(context)
    try:
        variables = _variables(written, kind, sent_on, typed_name=context.interviewer.name)
        subject, body, report = _written_and_checked(
            template, variables, written, kind, limits, sent_on
        )
    except MissingContext:
        if context.next_steps.no_contact:
            # Filling the field would only lead to R11's refusal: say that one first.
            raise DraftRejected(_no_contact_report(context, kind)) from None
        raise
    # An asset tied to nothing of the interview (« Mon DEAS m'a préparé à ce métier ») was the
    # reminders' first tell (read 127: nine of ten); it is said only when the reminder would
    # otherwise carry nothing the recruiter recognises from the interview.
    # Only the library's own templates are rendered twice: an app's run once in its sandbox.
    if _nothing_concrete(report) and "atout_seul" in variables and template_dir is None:
        variables["atout_seul"] = True
        subject, body, report = _written_and_checked(
            template, variables, written, kind, limits, sent_on
        )
    if not report.passed:
        raise DraftRejected(report)
    return Draft(
        kind=kind, locale=context.locale, subject=subject, body=body, report=report, context=context
    )
