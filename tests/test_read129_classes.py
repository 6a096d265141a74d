"""The faults read 129 found in the drafts of fresh46, in contexts written for this file.

Read 129 was measured once, before any change it prompted (docs/verifications.md). Each
class is checked on the drafts a user gets from ``render``.

- A name typed with its civility in lowercase (« mme pépin ») is « Madame Pépin ».
- A capital inside a sentence is a category (« permis D et »), not an elision.
- A number after a label (« le cycle 2 ») names; it is not written out.
- A note's bracket dating the news (« (annonce du 30 novembre) ») is not copied.
- What the notes say is not yet in hand (« Le CFA a toujours pas envoyé le contrat ») is
  not sent « aujourd'hui même »: the call says so.
- With no news of their own, a call without a written reminder before it takes the
  organisation's news as its hook, in words one says.
- A voicemail does not say « Mon intérêt reste entier », which no one says aloud.
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def test_a_civility_typed_in_lowercase_is_not_said_twice() -> None:
    context = build_context(
        "fr_CA", interviewer={"name": "mme pépin", "title": "gérante", "phone": "418 555-0199"}
    )
    script = st.render("phone_script", context).body
    assert "Madame Pépin" in script
    assert "Mme" not in script


def test_a_licence_category_is_not_elided() -> None:
    promise = {
        "promise": "lui envoyer une copie de mon permis D et de ma carte de qualif",
        "attachment": "permis.pdf",
    }
    body = st.render("thank_you", build_context("fr_FR", commitments=[promise])).body
    assert "permis D et de ma carte" in body
    assert "D’et" not in body


def test_a_labelled_number_is_kept_in_digits() -> None:
    to_add = "Pour les heures de service, je connais bien le cycle 1 et le cycle 2 canadiens."
    body = st.render("thank_you", build_context("fr_CA", debrief__to_add=to_add)).body
    assert "cycle 2" in body
    assert "cycle deux" not in body


def test_the_notes_bracket_dating_the_news_is_not_copied() -> None:
    fact = "Le musée a reçu 250 000 $ du Conseil des arts (annonce du 30 novembre)."
    context = build_context(
        "fr_CA", company__facts=[fact], debrief__since=[], history=_THANKED, commitments=[]
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 14)).body
    assert "du Conseil des arts" in body
    assert "annonce du" not in body


_CONTRACT = {"promise": "lui envoyer mon contrat d'apprentissage à remplir par le CFA"}
_WAITING = "Visite de la stabulation. Le CFA a toujours pas envoyé le contrat."


def test_what_is_not_yet_in_hand_is_not_sent_today() -> None:
    context = build_context(
        "fr_FR",
        commitments=[_CONTRACT],
        history=_THANKED,
        debrief__impressions=_WAITING,
        next_steps={"decision_by": "2026-11-28", "channel": "phone"},
    )
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "Je n’ai pas encore reçu mon contrat d’apprentissage" in script
    assert "je vous l’enverrai dès réception" in script
    assert "aujourd’hui même" not in script


def test_a_contract_in_hand_is_still_sent_today() -> None:
    context = build_context(
        "fr_FR",
        commitments=[_CONTRACT],
        history=_THANKED,
        debrief__impressions="Visite de la stabulation.",
        next_steps={"decision_by": "2026-11-28", "channel": "phone"},
    )
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "aujourd’hui même" in script
    assert "pas encore reçu" not in script


def test_a_call_with_no_news_of_its_own_takes_the_organisations() -> None:
    fact = "Nouveau service de funérailles écologiques (sans embaumement) à partir de janvier"
    context = build_context(
        "fr_CA",
        company__facts=[fact],
        debrief__since=[],
        commitments=[],
        history=_THANKED,
        next_steps={"decision_by": "2026-11-27", "channel": "phone"},
    )
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "J’ai vu l’annonce du nouveau service de funérailles écologiques" in script
    assert "embaumement" not in script  # a bracket is not read aloud
    assert "d’autant plus envie de me joindre à votre équipe" in script


def test_a_voicemail_says_its_interest_as_one_says_it() -> None:
    bodies = [
        st.render("voicemail", build_context(locale, candidate__gender=gender)).body
        for locale in ("fr_CA", "fr_FR")
        for gender in ("f", "m", "n")
    ]
    assert not any("intérêt reste entier" in body for body in bodies)
