"""Packets for a blind read of the drafts: what a reader sees, and the keys kept apart.

Usage: ``python scripts/read_packets.py OUT [--seed N] [--contexts FILE [--handwritten HANDS]]``

For every context of ``tests/contexts/`` (or of ``FILE``, contexts nobody here wrote: then
there is a pair packet only when ``HANDS`` gives hand-written drafts for them, written apart
from the code), renders every kind of draft
(each on the day the plan made on the interview day first sends it, if it does) and
writes:

- ``OUT/read/``: every draft under a shuffled number with its context id, the contexts, the
  follow-up rules R1–R23 (their statements only: the docs also say what the library does,
  which would tell a reader which draft is the program's) and the reader's instructions:
  a reader scores each draft 1–5, « would I send it with no edit »;
- ``OUT/pair/``: each hand-written draft (``tests/contexts/handwritten.jsonl``, or ``HANDS``:
  one JSON object a line, with ``context``, ``kind``, ``subject`` and ``body``) beside the
  library's draft of the same kind for the same context, as A and B in shuffled order, with
  the contexts, the same rules and its own instructions: the reader says which one the
  program wrote;
- ``OUT/keys/``: which number is which draft, which letter is the program's, and the drafts
  the library refused to write, with why; never given to a reader.

A reader is a person (or a helper) who has seen neither the code nor the templates nor an
earlier packet: each read needs a new one (docs/verifications.md keeps the figures).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

import suivi_templates as st
from suivi_templates import formatting
from suivi_templates.business_days import on_or_after
from suivi_templates.phrasing.news import news_day
from suivi_templates.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
CONTEXTS = ROOT / "tests" / "contexts" / "contexts.json"
HANDWRITTEN = ROOT / "tests" / "contexts" / "handwritten.jsonl"

READ_INSTRUCTIONS = """\
# Consigne de lecture

Vous êtes une lectrice ou un lecteur exigeant, de langue maternelle française, qui connaît
les usages du Québec et de la France. `brouillons.md` contient {count} brouillons de suivi
d'entrevue (remerciements, relances, scripts d'appel, messages vocaux) ; `contextes.json`
donne, pour chaque identifiant de contexte, ce que la personne candidate a noté de son
entrevue. `regles.md` dit comment un bon suivi se fait.

Pour chaque brouillon, donnez une note de 1 à 5 à la question « l'enverrais-je tel quel,
sans rien y changer ? » (5 : oui ; 3 : après une retouche ; 1 : à réécrire), et une phrase
qui dit ce qui retient la note. Rendez un tableau `numéro | note | raison`, puis la moyenne
par genre de brouillon et par locale, et les défauts qui reviennent.
"""

PAIR_INSTRUCTIONS = """\
# Consigne de lecture par paires

`paires.md` contient {count} paires de brouillons de suivi d'entrevue. Dans chaque paire,
l'un a été écrit à la main, l'autre par un programme, pour le même contexte
(`contextes.json`). `regles.md` dit comment un bon suivi se fait.

Pour chaque paire, dites lequel (A ou B) vous semble écrit par le programme, avec votre
confiance (0,5 : au hasard ; 1 : certain), et notez chaque brouillon de 1 à 5 à la question
« l'enverrais-je tel quel, sans rien y changer ? ». Rendez un tableau
`paire | programme | confiance | note A | note B | indice`, puis les indices qui reviennent.
"""


def drafts_of(
    contexts: dict[str, st.InterviewContext],
) -> tuple[list[dict[str, str | None]], list[dict[str, str]]]:
    """Every kind of draft for each context, on the day a user following its plan sends it.

    The thank-you goes out on the day planned on the interview day. The later kinds follow
    the plan a user makes on the day the context was written, if that is later: a context
    that tells news of the 20th was typed on the 20th at the earliest, so its reminder planned
    for the 18th is drafted then, from that news, and the call a week after that reminder
    (read 49 counted reminders as leaving out news they could not tell yet; read 50, calls
    that followed a reminder moved alone by two days).

    A draft the library cannot write (a voicemail without the candidate's phone number, an
    e-mail reminder in a process by phone) is set aside with the reason a user would get.
    """
    found: list[dict[str, str | None]] = []
    refused: list[dict[str, str]] = []
    for name, context in contexts.items():
        first_plan = st.plan(context, today=context.interview.date)
        later, known, promised, carried = _plan_when_written(context, first_plan)
        for kind in st.KINDS:
            plan, as_known = (first_plan, context) if kind == "thank_you" else (later, known)
            sent_apart = [] if kind == "thank_you" else promised
            step = next((s for s in plan.steps if kind in s.draft_kinds), None)
            on = None if step is None else step.on
            as_then = as_known if step is None else plan.context_on(step, as_known)
            if step is None and (sent := _recorded(as_known, kind)) is not None:
                # A message the history records is drafted as it was then: on its day,
                # knowing only what came before (read 68 read a reminder of 12 November
                # telling news of the 18th).
                on, as_then = sent, _before(as_known, sent)
            try:
                draft = st.render(kind, as_then, sent_on=on)
            except st.SuiviError as error:
                refused.append({"context": name, "kind": kind, "reason": str(error)})
                continue
            found.append(
                {
                    "context": name,
                    "kind": kind,
                    "subject": draft.subject,
                    "body": draft.body,
                    "on": None if on is None else on.isoformat(),
                    "when": _when(on, plan, as_known, kind, sent_apart, carried),
                }
            )
    return found, refused


def _written_on(context: st.InterviewContext) -> date:
    """The earliest day the context can have been typed: the last day it tells of."""
    held = context.interview.date
    news = [*context.debrief.since, *context.company.facts]
    days = [news_day(sentence, held) for sentence in news]
    return max([held, *(entry.on for entry in context.history), *(d for d in days if d)])


def _recorded(context: st.InterviewContext, kind: str) -> date | None:
    """The day the history records a message of this kind (the first one).

    A thanks the history records as said by phone was a call: no e-mail of thanks is drafted
    for its day (read 170 scored 2 one the packet drafted so).
    """
    entry_kind = "phone_call" if kind == "phone_script" else kind
    return next(
        (
            e.on
            for e in context.history
            if e.kind == entry_kind and not (kind == "thank_you" and e.channel == "phone")
        ),
        None,
    )


def _before(context: st.InterviewContext, day: date) -> st.InterviewContext:
    """The context as it stood on ``day``: only the history before it."""
    data = context.model_dump(mode="json")
    data["history"] = [e for e in data["history"] if date.fromisoformat(e["on"]) < day]
    return st.InterviewContext.model_validate(data)


def _plan_when_written(
    context: st.InterviewContext, first: st.FollowUpPlan
) -> tuple[st.FollowUpPlan, st.InterviewContext, list[st.Step], list[str]]:
    """The plan made the day the context was written, with what the first plan sent by then.

    Its thank-you goes into the history and the promises its ``commitment`` steps sent are
    kept, as an app records them; those steps come back too, for the reader to be told, with
    the promises the thank-you kept itself (read 370 took a reminder that did not attach again
    a note the thank-you had attached for a promise forgotten).
    """
    written = on_or_after(_written_on(context), context.locale)
    # A thank-you the history records kept them too, as the library holds it did (read 379
    # faulted four calls and reminders for not giving again what it had given).
    thanks = any(step.kind == "thank_you" for step in first.steps) or any(
        entry.kind == "thank_you" for entry in context.history
    )
    carried = [c.promise for c in context.commitments if thanks and c.in_hand and not c.done]
    if all(step.on >= written for step in first.steps if step.kind != "thank_you"):
        return first, context, [], carried
    sent = [step for step in first.steps if step.on < written]
    thanked = [
        {"kind": "thank_you", "on": step.on.isoformat(), "channel": step.channel}
        for step in sent
        if step.kind == "thank_you"
    ]
    kept = {promise for step in sent if step.kind == "commitment" for promise in step.promises}
    # The thank-you the plan drafted kept what was at hand; an app records it done.
    if thanked:
        kept |= set(carried)
    data = context.model_dump(mode="json")
    data["history"] = [*data["history"], *thanked]
    for commitment in data["commitments"]:
        commitment["done"] = commitment["done"] or commitment["promise"] in kept
    known = st.InterviewContext.model_validate(data)
    apart = [step for step in sent if step.kind == "commitment"]
    return st.plan(known, today=written), known, apart, carried


def _when(
    on: date | None,
    plan: st.FollowUpPlan,
    context: st.InterviewContext,
    kind: str,
    sent_apart: list[st.Step],
    carried: list[str],
) -> str:
    """What a user knows when sending: the day, and what was sent before (history, plan)."""
    if on is None:
        recorded = [entry.on for entry in context.history if entry.kind == kind]
        if recorded:
            return f"envoyé le {prose(recorded[0], context.locale)}, selon l'historique"
        return "hors du plan, sans date d'envoi"
    # The history, then what the plan sent since (it plans nothing the history records).
    sent = [(entry.on, entry.kind) for entry in context.history]
    sent += [(step.on, step.kind) for step in [*sent_apart, *plan.steps]]
    done = sorted((day, what) for day, what in sent if day < on)
    said = " ; ".join(
        f"{_STEP_WORDS[what]} du {prose(day, context.locale)}"
        + (_carried(carried) if what == "thank_you" else "")
        for day, what in done
    )
    return f"envoyé le {prose(on, context.locale)}" + (f" ; déjà fait : {said}" if said else "")


def _carried(promises: list[str]) -> str:
    """What the thank-you kept of the promises, as the reader is told it."""
    if not promises:
        return ""
    return " (qui tenait ce qui était promis : " + " ; ".join(f"« {p} »" for p in promises) + ")"


_STEP_WORDS = {
    "thank_you": "remerciement",
    "reminder": "relance",
    "phone_call": "appel",
    "voicemail": "message vocal",
    "commitment": "envoi de ce qui était promis",
    "reply_received": "réponse reçue",
}


def prose(day: date, locale: str) -> str:
    """« lundi 23 novembre », as a user reads a day."""
    return formatting.prose_date(day, locale, year=False)


def _rules() -> str:
    """The follow-up rules, as stated, and nothing of what the library does with them."""
    lines = [f"- **{number}** : {statement}" for number, statement in RULES.items()]
    return "# Les règles du suivi après une entrevue\n\n" + "\n".join(lines) + "\n"


def _shown(draft: dict[str, str | None]) -> str:
    subject = f"Objet : {draft['subject']}\n\n" if draft["subject"] else ""
    return f"{subject}{draft['body']}"


def _laid_out(body: str) -> str:
    """A hand-written body with the library's blank line between the closing and the name.

    Pair read 136 told all 36 pairs apart by that line alone: a layout, not the writing the
    read measures.
    """
    lines = body.rstrip("\n").split("\n")
    for index in range(len(lines) - 2, max(len(lines) - 7, -1), -1):
        if lines[index].rstrip().endswith(",") and lines[index + 1].strip():
            return "\n".join([*lines[: index + 1], "", *lines[index + 1 :]])
        if not lines[index].strip():
            break
    return body


def read_packet(
    out: Path, drafts: list[dict[str, str | None]], rng: random.Random
) -> dict[str, dict[str, str | None]]:
    """The single read: numbered drafts, shuffled; returns the key."""
    order = list(range(len(drafts)))
    rng.shuffle(order)
    key, sections = {}, []
    for number, index in enumerate(order, start=1):
        draft = drafts[index]
        label = f"D{number:03d}"
        key[label] = {"context": draft["context"], "kind": draft["kind"]}
        sections.append(
            f"## {label} (contexte {draft['context']} ; {draft['when']})\n\n{_shown(draft)}\n"
        )
    (out / "brouillons.md").write_text("\n".join(sections), "utf-8")
    (out / "consigne.md").write_text(READ_INSTRUCTIONS.format(count=len(drafts)), "utf-8")
    return key


def pair_packet(
    out: Path,
    drafts: list[dict[str, str | None]],
    rng: random.Random,
    handwritten: Path = HANDWRITTEN,
) -> dict[str, dict[str, str]]:
    """Hand-written drafts beside the library's; returns which letter is the program's."""
    ours = {(d["context"], d["kind"]): d for d in drafts}
    hands = [json.loads(line) for line in handwritten.read_text("utf-8").splitlines() if line]
    # A hand-written draft whose twin the library refused has no pair (the key lists it).
    pairs = [
        (h, ours[(h["context"], h["kind"])]) for h in hands if (h["context"], h["kind"]) in ours
    ]
    rng.shuffle(pairs)
    key, sections = {}, []
    for number, (hand, program) in enumerate(pairs, start=1):
        label = f"P{number:03d}"
        program_first = rng.random() < 0.5
        hand = {**hand, "body": _laid_out(hand["body"])}
        a, b = (program, hand) if program_first else (hand, program)
        key[label] = {
            "context": hand["context"],
            "kind": hand["kind"],
            "program": "A" if program_first else "B",
        }
        sections.append(
            f"## {label} (contexte {hand['context']} ; {program['when']})\n\n"
            f"### A\n\n{_shown(a)}\n\n"
            f"### B\n\n{_shown(b)}\n"
        )
    (out / "paires.md").write_text("\n".join(sections), "utf-8")
    (out / "consigne.md").write_text(PAIR_INSTRUCTIONS.format(count=len(pairs)), "utf-8")
    return key


def main(argv: list[str] | None = None) -> int:
    """Write the packets and their keys; 2 when ``OUT`` exists already."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="dossier à créer (il ne doit pas exister)")
    parser.add_argument("--seed", type=int, default=0, help="graine du mélange")
    parser.add_argument(
        "--contexts", type=Path, default=CONTEXTS, help="contextes JSON (id → contexte)"
    )
    parser.add_argument(
        "--handwritten",
        type=Path,
        help="brouillons écrits à la main pour ces contextes (JSON Lines), pour les paires",
    )
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} existe déjà : choisissez un dossier neuf.", file=sys.stderr)
        return 2
    raw = json.loads(args.contexts.read_text("utf-8"))
    contexts = {name: st.InterviewContext.model_validate(data) for name, data in raw.items()}
    drafts, refused = drafts_of(contexts)
    rng = random.Random(args.seed)
    keys: dict[str, object] = {"refused": refused}
    parts = [("read", read_packet)]
    # The bundled hand-written drafts are for the bundled contexts only.
    hands = args.handwritten or (HANDWRITTEN if args.contexts.resolve() == CONTEXTS else None)
    if hands is not None:
        parts.append(("pair", lambda out, drafts, rng: pair_packet(out, drafts, rng, hands)))
    for part, build in parts:
        folder = args.out / part
        folder.mkdir(parents=True)
        (folder / "contextes.json").write_text(
            json.dumps(raw, ensure_ascii=False, indent=1), "utf-8"
        )
        (folder / "regles.md").write_text(_rules(), "utf-8")
        keys[part] = build(folder, drafts, rng)
    (args.out / "keys").mkdir()
    for part, key in keys.items():
        text = json.dumps(key, ensure_ascii=False, indent=1)
        (args.out / "keys" / f"{part}.json").write_text(text, "utf-8")
    print(f"{len(drafts)} brouillons ({len(refused)} refusés), paires : {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
