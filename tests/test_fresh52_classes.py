"""What fresh52 and the pair reads before it found, in contexts written for this file.

fresh52 was read blind (read 142) at the state of the start of its session, before any
change it prompted (docs/verifications.md). The pair reads 134 to 141 named reminders with
nothing new as the program's first tell: « Notre discussion sur X a confirmé mon intérêt
pour le poste », where the hand ties the exchange to the wish to join the team and to what
the candidate would bring to it.

- A reminder with nothing new ties its topic to the team and an asset of the candidate's.
- Company news of an initiative is met with what the candidate would bring to the team, not
  a hollow « C'est une excellente nouvelle. »
- What was done once (« la baisse de 30 % des éclosions ») is never « mis à profit ».
- « vins nature/orange ? » gave « les vins nature et l'orange?. »; « travail en fosse et sur
  le toit » gave « du travail en fosse et du sur le toit ».
- « a l'École hôtelière » kept its « a »; « l'atelier ou vous fabriquez » its « ou ».
- « la date de mon inscription : mon inscription … sera effective le 15 décembre » said the
  item twice.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import as_written, topic_phrase

_THANKED = [{"kind": "thank_you", "on": "2026-11-04", "channel": "email"}]
_STOCK = ("a confirmé mon intérêt", "que ce travail me convient", "J’ai repensé")


def _reminder(locale: str = "fr_CA", **changes: object) -> str:
    ctx = build_context(
        locale,
        history=_THANKED,
        interview__date="2026-11-03",
        commitments=[],
        debrief__since=[],
        **{"company__facts": [], **changes},
    )
    return st.render("reminder", ctx, sent_on=date(2026, 11, 25)).body


def _sentence_with(body: str, words: str) -> str:
    return next(s for s in re.split(r"(?<=[.!?])\s+", body) if words in s)


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
@pytest.mark.parametrize("name", ["Julie Roy", "Marc Caron", "Léa Fortin", "Paul Morin"])
def test_a_reminder_with_nothing_new_ties_its_topic_to_an_asset(locale: str, name: str) -> None:
    body = _reminder(
        locale,
        candidate__name=name,
        topics=[{"subject": "arrêt annuel de mai", "note": "120 bons de travail en 10 jours"}],
        debrief__highlights=["8 ans comme mécanicien industriel en usine de pâtes"],
    )
    # The topic stays said; the asset, when said, is tied to the team, and to the topic only
    # when it answers it or shares its words (read 223: « notre échange sur le logiciel de
    # rendez-vous m'a donné envie d'apporter… une équipe de hockey »).
    assert "arrêt annuel de mai" in body
    if "mécanicien industriel" in body:
        assert "équipe" in _sentence_with(body, "mécanicien industriel")
    assert not any(stock in body for stock in _STOCK)


def test_the_wish_agrees_with_the_candidate() -> None:
    frames = set()
    for name in ("Julie Roy", "Léa Fortin", "Anne Dubé", "Sophie Gagné", "Emma Lévesque"):
        body = _reminder(
            candidate__name=name,
            candidate__gender="f",
            topics=[{"subject": "arrêt annuel de mai"}],
            debrief__highlights=["8 ans comme mécanicienne industrielle"],
        )
        paragraph = next(p for p in body.split("\n\n") if "arrêt annuel de mai" in p)
        frames.add(" ".join(paragraph.split(" ")[:3]))
        assert "m’a conforté " not in body
    assert len(frames) >= 2  # the frame varies from one person to the next


def test_what_was_done_once_is_not_put_to_use() -> None:
    body = _reminder(
        topics=[{"subject": "prévention des infections"}],
        debrief__highlights=["la baisse de 30 % des éclosions à l'Hôpital Sainte-Croix"],
    )
    assert "mettre à profit la baisse" not in body


def test_news_of_an_initiative_is_met_with_what_the_candidate_brings() -> None:
    body = _reminder(
        topics=[{"subject": "heure du conte"}],
        company__facts=["La Ville ouvrira une nouvelle bibliothèque en février 2027."],
        debrief__highlights=["mes cinq ans en animation jeunesse"],
    )
    assert "C’est une excellente nouvelle" not in body
    sentence = _sentence_with(body, "animation jeunesse")
    assert "équipe" in sentence
    # The interest that follows does not say « J'aimerais… équipe » a second time.
    assert body.count("équipe") == 1


def test_topics_with_a_slash_and_a_doubt_or_two_places() -> None:
    assert topic_phrase("vins nature/orange ?") == "les vins nature et orange"
    assert topic_phrase("travail en fosse et sur le toit de la cabine") == (
        "le travail en fosse et sur le toit de la cabine"
    )
    ctx = build_context("fr_CA", topics=[{"subject": "vins nature/orange ?"}])
    assert "?." not in st.render("thank_you", ctx).body


def test_a_and_ou_typed_without_their_accent() -> None:
    assert as_written("mon DEP a l'École hôtelière de la Capitale") == (
        "mon DEP à l'École hôtelière de la Capitale"
    )
    assert as_written("l'atelier ou vous fabriquez les revêtements") == (
        "l'atelier où vous fabriquez les revêtements"
    )
    ctx = build_context(
        "fr_CA",
        debrief__impressions="Visite de l'atelier ou ils fabriquent les revêtements.",
        interview__mode="in_person",
    )
    assert "l’atelier où." not in st.render("thank_you", ctx).body


def test_an_answer_that_names_its_item_is_confirmed() -> None:
    promise = {
        "promise": "lui confirmer la date de mon inscription au tableau de l'OOAQ",
        "details": "mon inscription au tableau de l'OOAQ sera effective le 15 décembre",
    }
    body = st.render("thank_you", build_context("fr_CA", commitments=[promise])).body
    assert "vous confirme que mon inscription au tableau de l’OOAQ sera effective" in body
    assert body.count("inscription") == 1


def test_contact_details_are_given_not_confirmed() -> None:
    promise = {
        "promise": "lui donner le nom de mon ancien chef d'atelier",
        "details": "M. Bruno Tessier, chef d'atelier chez Roto-Loire, 06 39 98 27 71",
    }
    body = st.render("thank_you", build_context("fr_FR", commitments=[promise])).body
    assert "confirme" not in body
    assert "M. Bruno Tessier" in body


def test_the_copy_of_two_items_awaits_each() -> None:
    promise = {
        "promise": "lui envoyer une copie de mon permis de conduire et de mon relevé de points"
    }
    ctx = build_context(
        "fr_FR",
        commitments=[promise],
        debrief__impressions="Relevé de points demandé sur l'ANTS, pas encore reçu.",
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
        interview__date="2026-11-19",
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "mon permis de conduire et mon relevé de points" in body


def test_a_diploma_sent_is_not_also_what_prepared_the_candidate() -> None:
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "lui envoyer mon relevé de notes du DEC en techniques du milieu naturel",
                "attachment": "releve.pdf",
            }
        ],
        debrief__highlights=["mon DEC en techniques du milieu naturel (profil faune)"],
    )
    body = st.render("thank_you", ctx).body
    assert body.count("DEC en techniques du milieu naturel") == 1


def test_organisations_named_by_a_plural_or_a_ministry_acronym() -> None:
    for name, expected in (
        ("Galeries Lafayette Haussmann", "aux Galeries Lafayette Haussmann"),
        ("MELCCFP", "au MELCCFP"),
        ("Constructions Laurentides Nord", "aux Constructions Laurentides Nord"),
    ):
        ctx = build_context("fr_CA", company__name=name, company__article=None)
        assert expected in st.render("phone_script", ctx).body


def test_a_particle_after_a_particle_stays_lowercase() -> None:
    ctx = build_context("fr_CA", interviewer__name="VAN DER LINDEN Geneviève")
    assert "Madame Van der Linden" in st.render("phone_script", ctx).body


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_every_subject_gives_the_interview_day(locale: str) -> None:
    """Pair read 143: a subject without the interview's day (« Merci – poste de X ») was a
    tell in 24 pairs; every hand-written subject gave it."""
    for name in ("Julie Roy", "Marc Caron", "Léa Fortin", "Paul Morin", "Anne Dubé", "Eva Roy"):
        ctx = build_context(
            locale, candidate__name=name, interview__date="2026-11-03", history=_THANKED
        )
        for kind in ("thank_you", "reminder"):
            subject = st.render(kind, ctx, sent_on=date(2026, 11, 25)).subject
            assert subject is not None
            assert "du 3\u00a0novembre" in subject, subject
