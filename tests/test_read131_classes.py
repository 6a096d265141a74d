"""The faults read 131 and pair read 132 found in the drafts of fresh47, in contexts written
for this file.

Both were measured once, before any change they prompted (docs/verifications.md).

- What the notes say a recorded thank-you left out is given by the reminder, which says
  the slip in a word, even when the promise is noted ``done``.
- News of something ahead (« je suis inscrit au cours du 8 décembre ») is not told once its
  day has passed.
- What is not yet in hand is promised « dès réception », not « dans les prochains jours ».
- Notes as typed: « n°3 », « Dégâts d'eau », « 3 jours/sem », « mon propre char »,
  « des horaires de fou »; telework is not what experience prepares for.
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]
_REFERENCES = {
    "promise": "lui transmettre les coordonnées de deux références",
    "details": "Patrick Lemay, superviseur, 418 555-0149",
    "done": True,
}
_FORGOT = "Oublié de mettre les coordos des références dans le courriel de remerciement, zut."


def test_details_left_out_of_the_thank_you_are_given_with_the_slip_said() -> None:
    context = build_context(
        "fr_CA",
        commitments=[_REFERENCES],
        history=_THANKED,
        debrief__impressions=_FORGOT,
        debrief__since=[],
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    # The slip owned in a word (pair read 285: « Je complète mon message » without one).
    assert "Avec mes excuses pour cet oubli, je complète mon courriel du 20" in body
    assert "avec les coordonnées de deux références" in body
    assert "Patrick Lemay" in body


def test_details_the_thank_you_gave_are_not_given_again() -> None:
    context = build_context("fr_CA", commitments=[_REFERENCES], history=_THANKED, debrief__since=[])
    assert "Patrick Lemay" not in st.render("reminder", context, sent_on=date(2026, 12, 7)).body


def test_a_file_left_out_is_attached_with_the_slip_said() -> None:
    transcript = {
        "promise": "lui faire parvenir mon relevé de notes",
        "attachment": "releve.pdf",
    }
    context = build_context(
        "fr_FR",
        commitments=[transcript],
        history=_THANKED,
        debrief__impressions="Oublié de joindre le relevé de notes au mail de merci!!",
        debrief__since=[],
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    # The slip named before the apology (read 315: « Avec mes excuses pour cet oubli, je
    # complète… » apologised before it said what).
    assert "Vous trouverez ci-joint mon relevé de notes, que j’avais oublié de joindre" in body
    assert "toutes mes excuses" in body


_COURSE = "Je suis inscrit au cours ASP construction du 8 décembre."


def test_news_of_something_ahead_is_not_told_once_its_day_has_passed() -> None:
    context = build_context(
        "fr_CA",
        interview={"date": "2026-11-24", "mode": "phone"},
        history=[],
        debrief__since=[_COURSE],
    )
    after = st.render("phone_script", context, sent_on=date(2026, 12, 17)).body
    before = st.render("phone_script", context, sent_on=date(2026, 12, 3)).body
    assert "inscrit" not in after
    assert "inscrit" in before


def test_what_is_not_yet_in_hand_is_promised_on_receipt() -> None:
    context = build_context(
        "fr_FR",
        commitments=[{"promise": "lui envoyer mon contrat d'apprentissage"}],
        debrief__impressions="Le CFA a toujours pas envoyé le contrat.",
    )
    body = st.render("thank_you", context).body
    assert "mon contrat d’apprentissage dès réception" in body
    assert "prochains jours" not in body


def test_notes_as_typed_read_as_written() -> None:
    context = build_context(
        "fr_CA",
        topics=[{"subject": "Dégâts d'eau"}, {"subject": "télétravail 3 jours/sem ?"}],
        debrief__to_add="Je connais les horaires de fou, et j'ai mon propre char.",
        debrief__highlights=["mes trois ans au service à la clientèle"],
        debrief__struck_by=None,
    )
    body = st.render("thank_you", context).body
    assert "sem?" not in body
    assert "horaires très chargés" in body
    assert "mon propre véhicule" in body
    assert "télétravail" not in body or "préparé" not in body
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "Dégâts" not in script


def test_a_number_after_n_is_kept() -> None:
    news = "J'ai reçu le 20 novembre mon bulletin n°3 vierge."
    context = build_context("fr_FR", debrief__since=[news])
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "n°3" in body
    assert "n°trois" not in body
