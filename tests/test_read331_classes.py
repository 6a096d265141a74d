"""What the blind reads of fresh144 and fresh145 found at first contact (reads 331 and 332,
at 9572c4e)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import corpus_context, planned_draft, thank_you_as_sent


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"ep": "fresh144", "eq": "fresh145"}[key[:2]], key)


def _first_follow_up(ctx: st.InterviewContext) -> date:
    plan = st.plan(ctx, today=ctx.interview.date)
    return min(s.on for s in plan.steps if set(s.draft_kinds) - {"thank_you", "commitment"})


def test_a_decision_said_without_a_pronoun_is_waited_for() -> None:
    """Reads 331 and 332 (five drafts at 2): « les associés se décident avant Noël », « Il
    attend la fin du mois pour décider », « ils ont dit "avant Noël" pour la commission », and
    a call or a reminder went before each."""
    assert _first_follow_up(_fresh("ep20-agricultrice-gaec-mayenne")) > date(2026, 12, 24)
    assert _first_follow_up(_fresh("ep09-educatrice-canine-sherbrooke")) > date(2026, 11, 30)
    assert _first_follow_up(_fresh("eq24-jardinier-orangerie-verrieres")) > date(2026, 12, 24)


def test_a_second_interview_with_a_named_person_is_the_one_followed_up() -> None:
    """Read 332 (four drafts at 3): « 2e entretien avec le directeur régional M. Brunet prévu
    le 16 décembre », and the drafts of 21 December asked where the process stood."""
    body = planned_draft(_fresh("eq19-gestionnaire-patrimoine-lyon"), "reminder")[1]
    assert "deuxième entretien du 16\u00a0décembre" in body


def test_a_second_interview_after_a_call_is_looked_forward_to() -> None:
    """Read 331 (a thank-you at 3): « Appel de présélection 25 min », then « 2e entrevue prévue
    le 10 décembre », and the thank-you said nothing of it."""
    body = thank_you_as_sent(_fresh("ep12-coordonnateur-bim-levis"))
    assert "Je me réjouis de la deuxième entrevue prévue le jeudi 10\u00a0décembre." in body


def test_a_trial_set_for_later_is_said_then_thanked_for() -> None:
    """Read 332 (two drafts at 2, one at 3): « essai sur le chantier du clocher de
    Saint-Benoît prévu jeudi 10 décembre », unsaid in the thank-you, and the call four days
    after it spoke only of the interview."""
    ctx = _fresh("eq12-paratonnerres-magog")
    assert "Je viendrai le jeudi 10\u00a0décembre pour l’essai sur le chantier du clocher." in (
        thank_you_as_sent(ctx)
    )
    day, call = planned_draft(ctx, "phone_script")
    assert day > date(2026, 12, 10)
    assert "Merci pour l’essai sur le chantier du clocher du 10\u00a0décembre." in call


def test_a_step_no_message_has_thanked_for_is_not_thanked_for_again() -> None:
    """Read 331 (a reminder at 3): « Merci encore pour l'essai à l'atelier du 9 décembre »,
    though no message had followed it."""
    body = planned_draft(_fresh("ep19-brunisseur-saint-denis"), "reminder")[1]
    assert "Merci pour l’essai" in body
    assert "Merci encore" not in body


def test_an_item_received_and_sent_is_said_once() -> None:
    """Read 331 (a call and a voicemail at 2): « Je t'envoie aujourd'hui ma carte ASP
    construction. Depuis, j'ai reçu ma carte ASP construction. »"""
    ctx = _fresh("ep01-chaineur-rimouski")
    for kind in ("phone_script", "voicemail"):
        body = planned_draft(ctx, kind)[1]
        assert body.count("carte ASP") == 1, body
        assert "chantiers du MTQ" in body


def test_who_is_met_later_or_served_is_not_thanked() -> None:
    """Read 331 (a thank-you at 2, one at 3): « votre collègue Didier », who would ride the
    round of the 28th, and « Mme Gomez », the customer of the role play."""
    assert "Didier" not in thank_you_as_sent(_fresh("ep16-collectrice-lait-pays-de-bray"))
    assert "Gomez" not in thank_you_as_sent(_fresh("ep18-chausseur-lyon"))


def test_a_partial_answer_recalls_the_question() -> None:
    """Read 332 (a thank-you at 2): « je vous confirme que je peux faire le 26 mais pas le
    27 », the openings unsaid."""
    body = thank_you_as_sent(_fresh("eq03-keyholder-sherbrooke"))
    assert (
        "si je pouvais faire les ouvertures du 26 et du 27\u00a0décembre\u00a0: je peux faire"
        in body
    )


def test_days_given_for_a_second_interview_are_not_offered_again() -> None:
    """Pair read 333: « voici mes disponibilités : mardi 10 ou jeudi 12 novembre », then
    « Pour le deuxième entretien sur place, je peux venir à la date qui vous conviendra »."""
    body = thank_you_as_sent(_fresh("ep22-assistante-gestion-pme-merignac"))
    assert "date qui vous conviendra" not in body


def test_a_shared_mailbox_with_no_given_name_is_written_to_with_vous() -> None:
    """Read 332 (a thank-you at 2): « Bonjour Monsieur Delpeyrat, » then « tu », to rh@; and
    « salage au sel sec, a la main » became « au salage au sel sec et à l'à la main »."""
    body = thank_you_as_sent(_fresh("eq17-jambonnier-lacaune"))
    assert "l’importance que vous accordez au salage au sel sec, à la main." in body
    assert " tu " not in body
    assert "Bien à toi" not in body


def test_a_given_name_asked_for_greets_with_vous() -> None:
    """Read 332, pair read 334 (two drafts): « elle m'a dit de l'appeler Maryvonne mais je
    l'ai vouvoyée », greeted « Bonjour Madame, »."""
    ctx = _fresh("eq23-charentaises-la-rochefoucauld")
    for body in (thank_you_as_sent(ctx), planned_draft(ctx, "reminder")[1]):
        assert body.startswith("Bonjour Maryvonne,")
        assert "vous" in body


def test_a_specialist_physician_and_a_mayor_are_asked_for_by_their_title() -> None:
    """Read 331 (four drafts at 3): « Bonjour Madame » to a « microbiologiste-infectiologue »,
    and « Pourrais-je parler à Madame Odile Fournier » at the town hall."""
    assert st.render(
        "reminder", _fresh("ep04-conseillere-soins-infirmiers-chicoutimi")
    ).body.startswith("Bonjour Docteure,")
    call = planned_draft(_fresh("ep17-cheffe-orchestre-yssingeaux"), "phone_script")[1]
    assert "Pourrais-je parler à Madame la Maire" in call


def test_a_call_that_thanks_sets_the_step_offered() -> None:
    """Read 332 (a call at 3): « essai sur le marché d'Apt un samedi, date à fixer », unsaid by
    the call that thanked the day after."""
    call = planned_draft(_fresh("eq14-foraine-luberon"), "phone_script")[1]
    assert "Pour l’essai sur le marché d’Apt, quelle date vous conviendrait" in call
    assert "Vous m’avez demandé si je pouvais faire les marchés" in call


def test_an_exercise_keeps_what_it_tested() -> None:
    """Pair read 333 (two drafts at 3): « le test de vision » (of the colours: an eye test, as
    said), « le test de lecture » (of plans)."""
    assert "le test de vision des couleurs" in thank_you_as_sent(_fresh("ep08-anodiseur-saguenay"))
