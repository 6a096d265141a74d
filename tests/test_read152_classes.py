"""What read 152 found in the drafts of fresh57, in contexts written here.

Read 152 measured the end state of the session once, before any change it prompted
(docs/verifications.md).

- Five follow-ups before a delay only the notes gave, in shapes the plan did not read:
  « d'ici 3-4 semaines », « M. Moreau rappelle fin de semaine prochaine » (tested with the
  other shapes in test_read150_classes.py).
- A voicemail that thanks, for want of an e-mail, said thanks and the number only.
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def test_a_voicemail_that_thanks_says_the_interest_and_the_day_s_trial() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-12-02",
        interviewer__email=None,
        next_steps={"decision_by": "2026-12-10", "channel": "phone"},
        history=[],
        debrief__impressions="Elle m'a montré l'atelier. Essai sur une chaise de cuisine.",
    )
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 3)).body
    assert "pour vous remercier" in voicemail
    assert ", et de la visite de l’atelier." in voicemail
    assert "Je suis très intéressée." in voicemail
