"""Regression guard: scores on the labelled corpora the rules were tuned on.

These tests guard against **regressions on data the rules were tuned on**; they say
nothing of how the checks generalise. ``tests/corpus/`` is the project's corpus.
``tests/heldout/``, ``tests/blind3/`` … ``tests/blind12/`` were written blind by other hands
and first measured how the checks generalise (their first-contact figures are kept in
docs/verifications.md); their misses were then studied by class and fixed, so they are
tuning data now. Only a corpus never shown to the code measures generalisation; the classes
are also tested on fresh phrasings in tests/test_checks_unseen_*.py.

Where the authors disagree with one another the bars leave room: a pushy reminder or
voicemail that names only the role, or only the candidate, is labelled pushy alone by some
and pushy and generic by others (blind5, blind6). One blind4 draft pastes another role after
« comme », which the checks do not read as a role (too many « comme promis »).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script


def _score(corpus: Path):  # type: ignore[no-untyped-def]
    return load_script("corpus_scores").score(corpus)


TESTS = Path(__file__).resolve().parent
SCORES = {
    name: _score(TESTS / name)
    for name in ("corpus", "heldout", "blind3", "blind4", "blind5", "blind6")
}
# Written blind in December 2026 and measured once, at first contact, after the engine's
# last change (docs/verifications.md keeps those figures): below the bars, so guarded only
# against new misses.
FRESH = {
    name: _score(TESTS / name)
    for name in (
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
    )
}
LOWER_BARS = {("blind6", "generic", "fr_FR"): 0.94}
LOWER_RECALL = {
    ("blind4", "generic", "fr_CA"): 0.92,
    ("blind4", "generic", "all"): 0.95,
    ("blind6", "generic", "fr_FR"): 0.94,
}


@pytest.mark.parametrize(
    ("corpus", "key"),
    [(name, key) for name, scores in SCORES.items() for key in sorted(scores)],
)
def test_no_regression_on_tuning_corpora_precision_and_recall(
    corpus: str, key: tuple[str, str]
) -> None:
    """Not a generalisation measure: these drafts shaped the rules (see module doc)."""
    entry = SCORES[corpus][key]
    assert entry.precision >= LOWER_BARS.get((corpus, *key), 0.95), (key, entry.misses)
    assert entry.recall >= LOWER_RECALL.get((corpus, *key), 0.95), (key, entry.misses)


# Misses (false alarms + misses) per corpus and family after the classes of misses of
# blind5 and blind6 were fixed: a regression guard on tuning data, so any new miss fails,
# even within the bars above.
MISSES_AT_MOST = {
    ("corpus", "generic"): 0,
    ("corpus", "pushy"): 0,
    ("heldout", "generic"): 0,
    ("heldout", "pushy"): 0,
    ("blind3", "generic"): 0,
    ("blind3", "pushy"): 0,
    ("blind4", "generic"): 1,
    ("blind4", "pushy"): 0,
    ("blind5", "generic"): 3,
    ("blind5", "pushy"): 0,
    ("blind6", "generic"): 3,
    ("blind6", "pushy"): 0,
}


@pytest.mark.parametrize(("corpus", "family"), sorted(MISSES_AT_MOST))
def test_no_regression_on_tuning_corpora_misses_never_grow(corpus: str, family: str) -> None:
    """Not a generalisation measure: these drafts shaped the rules (see module doc)."""
    entry = SCORES[corpus][(family, "all")]
    assert entry.fp + entry.fn <= MISSES_AT_MOST[(corpus, family)], entry.misses


# Misses (false alarms + misses) of the newest blind corpora: at first contact, measured
# before any change they prompted, then what the fixes of their classes reached. A change
# may lower the second figure, never raise it.
FIRST_CONTACT_AND_NOW = {
    ("blind7", "generic"): (5, 1),
    # 2 at first contact; the tone model (pushy.tone) added b7-fr-re-007, which mentions
    # other applications while naming this employer its first choice.
    ("blind7", "pushy"): (3, 3),
    ("blind8", "generic"): (16, 12),
    ("blind8", "pushy"): (4, 1),
    ("blind9", "generic"): (8, 5),
    ("blind9", "pushy"): (10, 1),
    ("blind10", "generic"): (6, 5),
    ("blind10", "pushy"): (9, 2),
    ("blind11", "generic"): (16, 8),
    ("blind11", "pushy"): (24, 0),
    ("blind12", "generic"): (7, 2),
    ("blind12", "pushy"): (20, 0),
    # Measured with pushy.tone, trained without it: 10 of the 15 generic misses are drafts
    # labelled both, which the library calls pushy only (see docs/verifications.md).
    ("blind13", "generic"): (16, 10),
    ("blind13", "pushy"): (5, 0),
    # Measured once on the engine of 997c8dd, never tuned on, not in the tone model's data.
    ("blind14", "generic"): (4, 2),
    ("blind14", "pushy"): (2, 1),
    # 17 generic (6 false alarms: stage directions in brackets, « répartiteur 9-1-1 ») and 2
    # pushy misses at first contact on the engine of 28b49dc.
    ("blind15", "generic"): (17, 8),
    ("blind15", "pushy"): (2, 2),
    # 14 generic (13 misses, 10 of them drafts labelled both, which the library calls pushy
    # only; 1 false alarm, « superviseure - petite idée ») and 5 pushy misses at first
    # contact on the engine of d16228a.
    ("blind16", "generic"): (14, 12),
    ("blind16", "pushy"): (5, 0),
    # 27 generic (11 false alarms: a reference's employer given in a promise's details, a
    # topic's workstation, notes to oneself in brackets; 16 misses, 6 of them drafts
    # labelled both, 7 made of the trade's stock words) and 7 pushy (5 false alarms, notes
    # to oneself in capitals) at first contact on the engine of d939e57.
    ("blind17", "generic"): (27, 12),
    ("blind17", "pushy"): (7, 0),
    ("blind18", "generic"): (17, 9),
    ("blind18", "pushy"): (1, 0),
    # One draft labelled both, now found pushy, is no longer also reported generic (the
    # pushy findings say what to write instead): 5 generic misses became 6.
    ("blind19", "generic"): (5, 5),
    ("blind19", "pushy"): (2, 0),
    # 10 generic misses (5 drafts labelled both, 4 calls made of the trade's words) and 3
    # pushy (2 false alarms, a call-back spared) at first contact on the engine of c21308a.
    ("blind20", "generic"): (10, 6),
    ("blind20", "pushy"): (3, 0),
    # 7 generic (1 false alarm, « 50 ans » for the context's « 50e anniversaire ») and 1 pushy
    # (a false alarm, « Rien d'urgent ») at first contact on the engine of 78ac0f6.
    ("blind21", "generic"): (7, 5),
    ("blind21", "pushy"): (1, 0),
    # 13 generic (2 false alarms: a call script's bracket giving a time and an extension; a
    # voicemail once wrongly pushy, no longer, that names nothing of the interview) and 1
    # pushy (a miss) at first contact on the engine of 3bde074.
    ("blind22", "generic"): (13, 12),
    ("blind22", "pushy"): (1, 1),
    # 7 generic misses (3 drafts labelled both, which the library calls pushy only; 2 made
    # of the trade's words; 1 from another application; 1 reminder naming the role alone)
    # and 1 pushy (conditions laid down as demands), no false alarm, at first contact on the
    # engine of a3ae498.
    # Since: a letter made of words recurring in three of the context's items (the trade's)
    # names none of them: one of the two « trade » misses is caught (blind23 to blind25).
    ("blind23", "generic"): (7, 4),
    # The pushy miss is caught since a salary floor (« un salaire d'au moins… ») is read as a
    # condition, a pattern prompted by blind24.
    ("blind23", "pushy"): (1, 0),
    # 6 generic misses (2 drafts also pushy, 1 from another application, 1 made of the
    # trade's values, 2 naming the person and the role only) and 5 pushy (2 false alarms,
    # « attendre un retour » and « passé le 17 » in good drafts; 3 misses: conditions laid
    # down, a start date presumed, sarcasm) at first contact on the engine of f02d6cf; the
    # two false alarms are antipatterns now (a return to the workshop, an interview « passé
    # le 17 »), and the three misses gave patterns of their classes (conditions declared
    # firm, a salary floor, a first week to plan, « visiblement c'est compliqué de vous
    # avoir », « JUSTE » in capitals).
    ("blind24", "generic"): (6, 2),
    ("blind24", "pushy"): (5, 0),
    # 10 generic (1 « false alarm »: a pushy draft naming another employer's post, which the
    # library also reads as another application; 9 misses: 3 drafts also pushy, 3 made of the
    # trade's words, 1 from another application, 2 naming nothing, one of them a call) and 2
    # pushy misses (another workshop's offer with « avant la fin du mois », sarcastic thanks
    # for an acknowledgment), no good draft refused, at first contact on the engine of
    # 02170f7. « Bonjour Maître » had cited the promise « les coordonnées de Maître Hamon »:
    # a civility names no one now.
    ("blind25", "generic"): (10, 6),
    ("blind25", "pushy"): (2, 2),
    # 17 generic misses (9 drafts labelled both, which the library calls pushy only; 7 made
    # of the trade's words, which its authors were asked to write; 1 empty call) and 4 pushy
    # (3 false alarms: keys « sans réponse dans les pianissimos », relays « toutes les 20
    # minutes », « ça faisait longtemps ! » about a tool; 1 miss, a threat to tell the
    # students' association) at first contact on the engine of 80eab02. The three false
    # alarms are quiet examples of narrower patterns now.
    ("blind26", "generic"): (17, 15),
    ("blind26", "pushy"): (4, 1),
    # 14 generic (2 false alarms: « le poste de régie de tournée » for a « régisseur·e de
    # tournée »; 12 misses: 4 drafts labelled both, 4 made of the trade's words, 2 from
    # another application, 2 calls naming only the person met) and 2 pushy false alarms
    # (« j'ai une proposition d'une page », « Une nouvelle depuis mon dernier message ») at
    # first contact on the engine of bc4417e. Since: a live call must say when or what the
    # interview was (the two calls), the job named by its activity is the same job, and the
    # two pushy senses are antipatterns.
    ("blind27", "generic"): (14, 9),
    ("blind27", "pushy"): (2, 0),
    # 7 generic misses (3 drafts labelled both, which the library calls pushy only; 2 calls
    # whose only « details » are two common words of a long sentence of the context; a letter
    # of the trade's words; a reminder from another application) and 2 pushy (a hire
    # presumed with a salary condition, a sarcastic voicemail), no false alarm, 56 good
    # drafts of 56, at first contact on the engine of 9644925. Since: aloud, a sentence of
    # the context is cited by a rarer word or three of its words (the two calls, and one
    # more generic found in blind15, 16, 18, 21, 23, 26 and 27), « 30 nov. » dates a call.
    ("blind28", "generic"): (7, 5),
    ("blind28", "pushy"): (2, 1),
    # 8 generic (1 false alarm: « au poste d'harmoniste tient toujours » read « harmoniste
    # tient » as another job; 7 misses: 3 drafts labelled both, which the library calls
    # pushy only; 3 letters of the trade's words and stock qualities; 1 thank-you from
    # another application naming a studio and a festival without a trigger word) and no
    # pushy error, 55 good drafts of 56, at first contact on the engine of 7fb807a. Since:
    # a verb after a shortened title is not part of it.
    ("blind29", "generic"): (8, 6),
    ("blind29", "pushy"): (0, 0),
    # 10 generic misses (6 drafts labelled both, which the library calls pushy only; 2
    # letters of the trade's words; 1 thank-you from another application; 1 voicemail that
    # names the person met and « ma candidature », nothing else) and 1 pushy miss (« vous
    # êtes trop occupée pour répondre »), no false alarm, 56 good drafts of 56, at first
    # contact on the engine of a2a9db4. Since: a voicemail says which application it
    # follows, and the excuse lent to the recruiter is a reproach.
    ("blind30", "generic"): (10, 7),
    ("blind30", "pushy"): (1, 0),
    # 5 generic misses (3 drafts labelled both, which the library calls pushy only; 1
    # reminder of trade commonplaces; 1 reminder naming another application's project) and
    # 2 pushy misses (a voicemail that presumes the hiring, « à quelle heure je dois me
    # présenter lundi » ; one that complains « je rappelle encore », « ça fait un mois que
    # j'attends », « qu'on me rappelle un jour »), no false alarm, 56 good drafts of 56, at
    # first contact on the engine of de93382. Since: key words far apart name nothing (a
    # change made for blind30 before blind31 was opened), and the complaint's three phrases.
    ("blind31", "generic"): (5, 2),
    ("blind31", "pushy"): (2, 1),
    # A visit recalled after a call or a video, one trade word for the candidate's own line,
    # and another employer's offer read as leverage only; the hire presumed in other words
    # (« régler les derniers détails », « m'envoyer dès aujourd'hui le contrat »). Seven
    # generic misses are drafts labelled generic and pushy, which the library reports as
    # pushy (see the module doc).
    ("blind32", "generic"): (19, 14),
    ("blind32", "pushy"): (2, 0),
    # Measured at c13297a, after blind32's fixes: a trade's business (« la Scierie Dubé »)
    # is an organisation, another employer's offer is no paste, a title ends at its verb.
    # Six generic misses are labelled generic and pushy.
    ("blind33", "generic"): (16, 13),
    ("blind33", "pushy"): (0, 0),
    # Measured at 5ab3539: a call script's notes to oneself do not shout, a call-back left to
    # the person's choice is no repeated call, a debriefing line is not cited by the one word
    # its role left. Six generic misses are labelled generic and pushy.
    ("blind34", "generic"): (16, 11),
    ("blind34", "pushy"): (2, 0),
    # Measured at 94e8c46: the trade's noun in lowercase is not the name it heads, a compound
    # name is one name, two words any text uses cite no line of the debriefing. The miss
    # left is a call labelled generic and pushy, which the library reports as pushy.
    ("blind35", "generic"): (4, 1),
    ("blind35", "pushy"): (0, 0),
    # Measured at 50dd070: the words of an organisation's acronym (« EHPAD ») are its own.
    # Five of the eight misses left are labelled generic and pushy; the others are letters
    # of the trade's words (« le montage des décors », « la création théâtrale »).
    ("blind36", "generic"): (9, 8),
    ("blind36", "pushy"): (0, 0),
    # Measured at 8fb60a2: a diploma's name in capitals (« la MC BOULANGERIE SPÉCIALISÉE »)
    # is not shouting; another hospital (« le Centre hospitalier de Cholet », « le CHU de
    # Nantes ») is another interview's, even after « j'ai été sensible à ». Four of the six
    # generic misses left are labelled generic and pushy. The pushy miss is a call plan to
    # « ne pas lâcher » until a date is given.
    ("blind37", "generic"): (7, 6),
    ("blind37", "pushy"): (2, 1),
    # Measured at 7a67987: every generic draft found, no false alarm. Of the two pushy false
    # alarms, the procedure's « délai de rigueur », denied or plural, now passes; the tone
    # model's reading of a call plan's notes (« nacelle possible tout de suite ») is left.
    ("blind38", "generic"): (0, 0),
    ("blind38", "pushy"): (2, 1),
    # Measured at 8f7b354: the four generic misses are all labelled generic and pushy, and
    # list stock qualities with nothing of the interview (« motivé, sérieux, polyvalent »),
    # now a vague praise. The pushy false alarm, the work's pace (« m'ont bien préparée à ce
    # rythme »), now passes.
    ("blind39", "generic"): (4, 0),
    ("blind39", "pushy"): (1, 0),
    # Measured at 76a25f5: a common word that starts like a topic's (« utilisateur » for
    # « utilisabilité ») no longer cites it. Left: topics of another interview named without
    # « chez », and a pushy reminder to « Madame » that older corpora label pushy alone. The
    # three pushy false alarms (« disponible pour un autre entretien », « une pierre qui met
    # ma patience à l'épreuve », a customer order's « dernier délai ») now pass.
    ("blind40", "generic"): (3, 2),
    ("blind40", "pushy"): (3, 0),
    # Measured at f083726: every first-contact figure at 0.95 or above. The two pushy false
    # alarms were thanks for an answer already given (« et pour votre réponse si rapide »,
    # « votre réponse rapide à ma candidature m'a permis… »), now praise. Left: a reminder
    # labelled generic and pushy (pushy first), and a voicemail that names the person met
    # and the post, which R21 lets pass (docs/verifications.md).
    ("blind41", "generic"): (2, 2),
    ("blind41", "pushy"): (2, 0),
    # Measured at 1518d24: a kind's acronym alone (« l'équipe de la PUI ») is no other
    # employer. Left: three drafts labelled generic and pushy, and two reminders that speak
    # of another interview's trade without naming another organisation.
    ("blind42", "generic"): (6, 5),
    ("blind42", "pushy"): (0, 0),
    # Measured at be85cc0: a regulator's notice (« l'avis de Transports Canada ») is a
    # source, « urgent » after a noun of the work (« les dépannages urgents ») and a denied
    # need (« Pas besoin de me rappeler en urgence ») press nobody. Left: a reminder labelled
    # generic and pushy (pushy first).
    ("blind43", "generic"): (2, 1),
    ("blind43", "pushy"): (2, 0),
    # Measured at 32a2080: every first-contact figure at 0.95 or above (54 of 56 good drafts
    # accepted). The two pushy false alarms, a call's offer to call back at a better moment
    # (« Sinon je peux vous rappeler ») and another process the candidate left (« j'ai
    # retiré ma candidature dans un autre processus »), now pass; the generic miss, a call
    # naming nothing of the interview whose weekday was the day the candidate had called
    # (« J'ai appelé lundi »), is now found.
    ("blind44", "generic"): (1, 0),
    ("blind44", "pushy"): (2, 0),
    # Measured at 98de56c: every first-contact figure at 0.95 or above again (54 of 56 good
    # drafts accepted). Insisting on a safety point with the person met, a safety rule's
    # « dernière chance » quoted, « la cuisine » for a « cuisinier », and « la Résidence Les
    # Glycines » for an ÉHPAD: all four now right.
    ("blind45", "generic"): (2, 0),
    ("blind45", "pushy"): (2, 0),
}


@pytest.mark.parametrize(("corpus", "family"), sorted(FIRST_CONTACT_AND_NOW))
def test_no_regression_on_the_newest_blind_corpora(corpus: str, family: str) -> None:
    """Their first-contact misses were measured before any change they prompted."""
    _first_contact, now = FIRST_CONTACT_AND_NOW[(corpus, family)]
    entry = FRESH[corpus][(family, "all")]
    assert entry.fp + entry.fn <= now, entry.misses
