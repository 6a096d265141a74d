"""What the blind reads of fresh160 to fresh163 found at first contact (reads 363 to 370, all
at 7e372ed)."""

from __future__ import annotations

from datetime import date
from functools import cache

import suivi_templates as st
from conftest import corpus_context, load_script

_SETS = {"ff": "fresh160", "fg": "fresh161", "fh": "fresh162", "fi": "fresh163"}


@cache
def _read(key: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each kind's subject and body for ``key`` on the day its reader saw it, and the refused."""
    found, refused = load_script("read_packets").drafts_of(
        {key: corpus_context(_SETS[key[:2]], key)}
    )
    drafts = {d["kind"]: f"{d['when']}\n{d['subject'] or ''}\n{d['body']}" for d in found}
    return drafts, {r["kind"]: r["reason"] for r in refused}


def _drafts(key: str) -> dict[str, str]:
    return _read(key)[0]


def test_a_reminder_before_the_delay_announced_is_flagged() -> None:
    """Read 363 (scored 1): a reminder of 2 December after « Il rappelle après les fêtes »."""
    ctx = corpus_context("fresh160", "ff16-chef-de-choeur-rouen")
    sent_on = date(2026, 12, 2)
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < sent_on]})
    report = st.render("reminder", before, sent_on=sent_on).report
    early = [f for f in report.warnings if f.code == "timing.early_reminder"]
    assert early
    assert "janvier 2027" in (early[0].suggestion or "")


def test_who_is_deaf_is_named_before_qui() -> None:
    """Read 364 (two at 1): « Visio avec Solène, qui est sourde », and a voicemail for her."""
    drafts, refused = _read("fg18-fasciatherapeute-lorient")
    assert "phone_script" not in drafts
    assert "voicemail" not in drafts
    assert "sourde" in refused["voicemail"]


def test_a_trial_after_the_answer_does_not_hold_the_follow_up() -> None:
    """Read 365 (two at 1): « réponse avant Noël », « sans doute une journée d'essai en avril »,
    and calls on 11 May."""
    for kind in ("phone_script", "voicemail"):
        assert "janvier" in _drafts("fh15-piment-espelette-itxassou")[kind].splitlines()[0]


def test_a_trial_on_two_days_of_one_month_holds_the_follow_up() -> None:
    """Read 364: « essai de 2 jours fixé samedi 12 et dimanche 13 décembre », and a call on 26
    November asking for « les prochaines étapes »."""
    for kind in ("phone_script", "voicemail"):
        assert "21\u00a0décembre" in _drafts("fg11-journalier-veaux-saint-guillaume")[kind]


def test_an_answer_at_a_council_sitting_leaves_it_days() -> None:
    """Read 365: a reminder the day after « décision au conseil municipal du 15 décembre »."""
    assert "4\u00a0janvier" in _drafts("fh23-agence-postale-lanvollon")["reminder"]


def test_news_of_a_month_gone_is_not_congratulated_months_on() -> None:
    """Read 365: « remporté en novembre 2026 le prix… : toutes mes félicitations », 1 February."""
    reminder = _drafts("fh08-presse-vinyles-montreal")["reminder"]
    assert "1er\u00a0février" in reminder
    assert "félicitations" not in reminder


def test_an_agreed_adjective_says_madame() -> None:
    """Read 366 (four drafts): « Bonjour Monsieur » to Bérénice du Plessis, « secrétaire
    générale », whose notes said « il » of the director."""
    for body in _drafts("fi15-souffleur-theatre-amiens").values():
        assert "Monsieur" not in body
    assert "Bonjour Madame," in _drafts("fi15-souffleur-theatre-amiens")["thank_you"]


def test_the_given_name_asked_greets_a_name_typed_without_one() -> None:
    """Read 366: « Mme PELLETIER », « Elle m'a dit de l'appeler Nathalie », greeted « Madame
    Pelletier »."""
    drafts = _drafts("fi09-passe-migratoire-matane")
    assert "Bonjour Nathalie," in drafts["thank_you"]
    # Who answers the phone first is asked for her by civility and surname.
    for kind in ("phone_script", "voicemail"):
        assert "« Bonjour Nathalie," in drafts[kind] or "Bonjour Nathalie," in drafts[kind]


def test_a_rendez_vous_keeps_its_vous_with_tu() -> None:
    """Read 366: « sans rends-tu au bureau »."""
    thanks = _drafts("fi08-travailleuse-rang-victoriaville")["thank_you"]
    assert "sans rendez-vous au bureau" in thanks
    assert "rends-tu" not in thanks


def test_a_function_and_a_step_are_written_as_words() -> None:
    """Read 366: « Sabrina, la éducatrice », « le chef d' unité », and the step said after the
    closing interest (read 363: five drafts)."""
    thanks = _drafts("fi10-delinquance-longueuil")["thank_you"]
    assert "Sabrina, l’éducatrice" in thanks
    assert "chef d’unité" in thanks
    assert thanks.index("Pour la deuxième entrevue") < thanks.index("me joindre à votre équipe")


def test_an_item_sent_apart_after_the_slip_is_not_sent_again() -> None:
    """Read 366: « Oublié de joindre le relevé au mail de merci, je l'ai envoyé à part le 12 »,
    and the reminder attached it again « avec mes excuses pour ce délai »."""
    reminder = _drafts("fi05-stagiaire-notariat-rimouski")["reminder"]
    assert "ci-joint" not in reminder
    assert "excuses" not in reminder


def test_an_agent_noun_in_eur_is_masculine() -> None:
    """Pair read 369: « le choix entre la recycleur et le circuit ouvert »."""
    bodies = "\n".join(_drafts("fh18-prises-vues-sous-marines-marseille").values())
    assert "la recycleur" not in bodies


def test_a_field_after_a_dash_stays_with_the_title() -> None:
    """Pair read 368: « poste de gestionnaire » for « Gestionnaire – abonnements et … »."""
    assert (
        "gestionnaire en abonnements et billetterie"
        in _drafts("fg12-gestionnaire-abonnements-quebec")["thank_you"]
    )
