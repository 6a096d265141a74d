"""What the blind reads of fresh148 and fresh149 found at first contact (reads 339 and 340,
at 87cc5d6)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import corpus_context, planned_draft, thank_you_as_sent


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"et": "fresh148", "eu": "fresh149"}[key[:2]], key)


def _plain(text: str) -> str:
    """``text`` with its narrow and non-breaking spaces as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _sent_on(ctx: st.InterviewContext, kind: str, day: date) -> str:
    """The ``kind`` draft sent on ``day``, with the history of the days before."""
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < day]})
    return _plain(st.render(kind, before, sent_on=day).body)


def test_a_religious_father_is_greeted_mon_pere() -> None:
    """Read 339 (a thank-you at 2, a reminder at 2): « Bonjour Monsieur de La Motte » to
    « Père Augustin de La Motte »; his voicemail was refused once greeted « mon Père »."""
    ctx = _fresh("et18-chasubliere-lyon")
    assert thank_you_as_sent(ctx).startswith("Bonjour mon Père,\n")
    assert "Avec le père de La Motte :" in _plain(planned_draft(ctx, "phone_script")[1])
    assert planned_draft(ctx, "voicemail")[1].startswith("Bonjour mon Père,")


def test_a_tu_said_both_ways_is_kept() -> None:
    """Read 339 (a voicemail and a call at 2): « on s'est dit tu dès le début », then
    « Monsieur Thibodeau » and « vous »."""
    body = _sent_on(_fresh("et05-chef-elevage-kingsey"), "voicemail", date(2026, 11, 26))
    assert body.startswith("Bonjour Normand, ")
    assert "Je t’appelle" in body


def test_the_tu_of_another_does_not_greet_by_the_given_name() -> None:
    """Read 339 (three drafts at 2 or 3): « Sarah (polisseuse) me tutoyait, Mme Morel non »,
    and « Bonjour Anne-Laure » to Mme Morel."""
    assert "Anne-Laure" not in thank_you_as_sent(_fresh("et16-boitiere-morteau")).split("\n")[0]


def test_the_chair_of_a_board_is_asked_for_by_name() -> None:
    """Read 339 (a call at 3): « Pourrais-je parler à Madame la Présidente » at a coop."""
    body = planned_draft(_fresh("et09-dir-communications-limoilou"), "phone_script")[1]
    assert "parler à Madame Anne-Sophie Théberge" in body


def test_a_trial_only_if_hired_is_neither_announced_nor_thanked() -> None:
    """Read 339 (a thank-you at 2, a call and a voicemail at 3): « journée d'essai payée
    samedi 12 décembre si il me prend », and « Je viendrai le samedi 12 décembre »."""
    ctx = _fresh("et02-decapeur-laval")
    assert "12 décembre" not in thank_you_as_sent(ctx)
    for kind in ("phone_script", "voicemail"):
        assert "essai" not in planned_draft(ctx, kind)[1]


def test_days_given_for_a_meeting_are_not_followed_by_any_date() -> None:
    """Read 339 (a thank-you at 3): « le mardi 8 ou le jeudi 10 décembre en soirée », then
    « je peux venir à la date qui vous conviendra »."""
    body = _plain(thank_you_as_sent(_fresh("et09-dir-communications-limoilou")))
    assert "le mardi 8 ou le jeudi 10 décembre" in body
    assert "la date qui vous conviendra" not in body


def test_a_promise_for_the_second_interview_keeps_its_moment() -> None:
    """Read 339 (a thank-you at 2): « …lors du 2e entretien dans les prochains jours », three
    weeks before it."""
    body = thank_you_as_sent(_fresh("et18-chasubliere-lyon"))
    assert "lors du 2e entretien." in body
    assert "prochains jours" not in body


def test_the_persons_own_words_keep_one_register() -> None:
    """Reads 339 and 341: « on voit que t'aimes cela », « cela me dérange pas pantoute », and
    « tes magazines » for the house's « vos magazines »."""
    assert "on voit que tu aimes ça" in thank_you_as_sent(_fresh("et02-decapeur-laval"))
    added = thank_you_as_sent(_fresh("et01-effilocheur-victoriaville"))
    assert "cela ne me dérange pas du tout" in added
    struck = thank_you_as_sent(_fresh("et22-cruciverbiste-paris"))
    assert "qu’on reconnaît vos magazines" in struck
    assert "force 3" in struck


def test_an_item_received_since_is_told_then_sent_on_the_phone() -> None:
    """Reads 339 and 340 (calls at 2 and 3): « Depuis notre entrevue, je pourrai manipuler le
    lait dès la première journée », the attestation unsaid."""
    body = _plain(planned_draft(_fresh("eu01-fromager-saint-prime"), "phone_script")[1])
    told = body.index("mon attestation en hygiène et salubrité alimentaires du MAPAQ")
    assert told < body.index("je te l’envoie par courriel aujourd’hui même")
    body = _plain(planned_draft(_fresh("et21-amphitheatre-montpellier"), "phone_script")[1])
    assert "mon diplôme national de thanatopracteur : je pourrai donc" in body


def test_news_of_a_month_is_told_from_the_day_of_sending() -> None:
    """Reads 339 and 340 (two reminders at 3): « …en janvier » and « au printemps 2027 »,
    written in January 2027."""
    body = _plain(planned_draft(_fresh("et09-dir-communications-limoilou"), "reminder")[1])
    assert "d’une 2e épicerie dans Saint-Sauveur ce mois-ci" in body
    body = planned_draft(_fresh("eu02-appelants-montmagny"), "reminder")[1]
    assert "au printemps." in body


def test_notes_are_written_in_good_french() -> None:
    """Read 340 (a thank-you at 2, one at 3): « frappé que vous faites », « personne
    n'haussait la voix »."""
    assert "frappé de voir que vous faites" in thank_you_as_sent(
        _fresh("eu10-journalier-petoncles-iles")
    )
    assert "personne ne haussait la voix" in thank_you_as_sent(
        _fresh("eu17-instit-montessori-lyon")
    )


def test_a_work_sent_apart_is_recalled_not_offered_to_comment() -> None:
    """Read 340 (reminders at 2 and 3): « Je commenterai volontiers avec vous la copie de mon
    DU de tabacologie », « … ma note »."""
    for key in ("eu16-infirmier-clat-quimper", "eu24-juriste-sport-paris"):
        assert "commenterai" not in planned_draft(_fresh(key), "reminder")[1]
    body = _plain(planned_draft(_fresh("eu24-juriste-sport-paris"), "reminder")[1])
    assert "Je vous ai fait parvenir le 9 décembre ma note sur la réforme du Code du sport" in body
