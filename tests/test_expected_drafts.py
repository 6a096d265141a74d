"""Drafts written by hand, as a person expects them, beside the golden files.

``tests/golden/`` holds the library's own output, read and accepted; these texts were typed
by a person from the example contexts and the conventions (greeting, elision, the day of
the interview, the promise kept, no-break spaces), so a change that drifts from what a
reader expects fails here even when the golden files are regenerated.
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st

NBSP = "\u00a0"

QUEBEC_THANK_YOU_SENT_NEXT_DAY = f"""Bonjour Madame,

Merci pour notre échange d’hier au sujet du poste d’analyste financière. Je retiens en \
particulier notre discussion sur la migration du système comptable vers SAP.

Comme promis, je vous ferai parvenir mon analyse du processus de recouvrement dans les \
prochains jours.

Le poste m’attire vraiment et j’espère avoir l’occasion de me joindre à l’équipe de la \
Coopérative Horizon.

Salutations distinguées,

Camille Roy
514{NBSP}555-0142
camille.roy@example.org"""

FRANCE_VOICEMAIL = (
    f"Bonjour Madame Dupont, Hugo Martin, je vous appelle au sujet du poste de "
    f"chef de projet informatique, à la suite de notre entretien en visioconférence du "
    f"7{NBSP}mai. Je reste très intéressé. Pourriez-vous me dire où en est le processus\u202f? "
    f"Vous pouvez me joindre au 06{NBSP}12{NBSP}34{NBSP}56{NBSP}78. "
    f"Je répète{NBSP}: 06{NBSP}12{NBSP}34{NBSP}56{NBSP}78. "
    f"Merci, et bonne fin de journée."
)


def test_a_thank_you_sent_the_next_day_reads_as_a_person_wrote_it() -> None:
    context = st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"])
    draft = st.render("thank_you", context, sent_on=date(2026, 11, 20))
    assert draft.body == QUEBEC_THANK_YOU_SENT_NEXT_DAY


def test_a_french_voicemail_reads_as_a_person_would_say_it() -> None:
    context = st.InterviewContext.model_validate(st.EXAMPLES["fr_FR"])
    assert st.render("voicemail", context).body == FRANCE_VOICEMAIL
    assert len(FRANCE_VOICEMAIL.split()) <= 75  # 30 seconds (OQLF)
