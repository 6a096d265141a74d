"""What the blind reads of fresh146 and fresh147 found at first contact (reads 335 and 336,
at 39b2b37)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import corpus_context, planned_draft, thank_you_as_sent
from suivi_templates.names import family_name
from suivi_templates.phrasing.typed import with_accents


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"er": "fresh146", "es": "fresh147"}[key[:2]], key)


def test_a_second_interview_told_since_is_not_looked_forward_to_before() -> None:
    """Read 336 (a thank-you at 2): « Je me réjouis de la deuxième entrevue prévue le jeudi 10
    décembre » on 17 November, though the invitation came after the technical test."""
    assert "deuxième entrevue" not in thank_you_as_sent(_fresh("es07-texturiste-mile-ex"))


def test_a_shared_tu_without_a_given_name_greets_with_bonjour_alone() -> None:
    """Read 336 (a thank-you at 2): « Bonjour Monsieur, » then « je te ferai parvenir »."""
    body = thank_you_as_sent(_fresh("es14-telescopiste-montauban"))
    assert body.startswith("Bonjour,\n")
    assert "Bien à toi," in body


def test_a_priest_on_the_panel_is_thanked_as_one() -> None:
    """Read 336 (a thank-you at 3): « M. Vidal » for « le père Arnaud Vidal », and « Pour
    Veritatis splendor, je voulais dire que… » pasted from the notes."""
    body = thank_you_as_sent(_fresh("es17-theologien-lyon"))
    assert "au père Vidal" in body
    assert "je tiens à préciser que l’encyclique" in body


def test_a_feast_keeps_its_capital_in_a_title() -> None:
    """Read 336 (two drafts at 4): « du marché de noël »."""
    assert "marché de Noël" in thank_you_as_sent(_fresh("es10-silhouettiste-quebec"))


def test_an_answer_after_a_meeting_is_waited_for_some_days() -> None:
    """Read 335 (a reminder at 2): « Il me revient après la réunion du 15 décembre », and the
    reminder went on the 16th."""
    ctx = _fresh("er12-marqueuse-hockey-rimouski")
    day, _ = planned_draft(ctx, "reminder")
    assert day > date(2026, 12, 17)


def test_old_news_of_the_organisation_is_not_told_months_on() -> None:
    """Read 335 (a reminder at 2): on 1 March, « J'ai lu avec intérêt l'annonce de la
    subvention du MAPAQ » of 24 November, and « Je reviens vers toi », France's turn."""
    day, body = planned_draft(_fresh("er07-seve-bouleau-temiscouata"), "reminder")
    assert day.month == 3
    assert "MAPAQ" not in body
    assert "reviens vers toi" not in body


def test_a_verb_is_not_taken_for_the_noun_of_a_choice() -> None:
    """Read 335 (a thank-you at 2): « le choix entre noter les cartons à la main et le noter
    logiciel »."""
    body = thank_you_as_sent(_fresh("er23-orgues-barbarie-chemille"))
    assert "noter les cartons à la main et le logiciel" in body


def test_the_president_of_an_association_is_greeted_by_the_office() -> None:
    """Pair read 338 (a reminder at 3): « Bonjour Madame » to the president of an
    association, where the hand wrote « Bonjour Madame la Présidente »; and « mon mémoire de
    BTSA GPN » sent beside « ce que m'a appris mon BTSA Gestion et protection de la nature »,
    the same diploma twice."""
    ctx = _fresh("es15-technicien-pastoral-oloron")
    assert planned_draft(ctx, "reminder")[1].startswith("Bonjour Madame la Présidente,")
    thanks = thank_you_as_sent(ctx)
    assert thanks.count("BTSA") == 1


def test_a_chinese_name_is_thanked_whole() -> None:
    """Pair read 338 (a thank-you at 2): « Mme Li » for Mme Chen Li, from a sinologist; the
    order of a Chinese name is not sure, the whole name cannot be wrong."""
    body = thank_you_as_sent(_fresh("es21-sinologue-paris"))
    assert "Mme Chen Li" in body
    assert "Mme Li" not in body
    assert family_name("Chen Li") == "Chen Li"
    assert family_name("Fang Nicolas") == "Nicolas"


def test_two_people_of_one_family_are_both_thanked() -> None:
    """Read 335 (a thank-you at 3): « Avec Yannick + Solène Kerhervé, les associés », thanked
    as « Mme Kerhervé » alone."""
    body = thank_you_as_sent(_fresh("er13-laboureur-traction-animale-perche"))
    assert "Yannick et Solène Kerhervé" in body


def test_the_noun_of_a_trade_typed_bare_takes_its_accents() -> None:
    """Read 335 (a reminder at 3): « en particulier le detartrage et la qualité de l'eau »."""
    body = planned_draft(_fresh("er05-mecanicienne-espresso-quebec"), "reminder")[1]
    assert "le détartrage" in body
    assert [with_accents(word) for word in ("ecorcage", "elagage", "decoffrage")] == [
        "écorçage",
        "élagage",
        "décoffrage",
    ]
