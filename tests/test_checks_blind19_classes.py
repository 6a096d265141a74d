"""The classes a thirteenth blind corpus (blind19) showed, in sentences written for this file.

blind19 was measured once, before any change it prompted (generic P 1.00 / R 0.89, pushy
P 1.00 / R 0.95, 56 of 56 good drafts accepted: docs/verifications.md). Its two pushy
misses were voicemails; each class is checked both ways.

- A telegraphic count, « Troisième message depuis lundi. », counts one's reminders; « pas
  de deuxième appel aujourd'hui », a note to oneself, counts nothing.
- The delay judged (« ce délai n'est plus acceptable ») reproaches the recruiter; a delay of
  one's former trade judged so does not.
- The owners of the employer, asked « pour avoir une réponse », are gone to over the head of
  the person met.
"""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context

CTX = build_context("fr_FR")
CALLER = "Bonjour, ici Camille Roy, au sujet du poste. "


def _codes(text: str, kind: str = "voicemail") -> set[str]:
    return {f.code for f in st.check(CALLER + text, CTX, kind=kind).errors}


def test_a_telegraphic_count_of_messages_counts_reminders():
    assert "pushy.counting_reminders" in _codes("Troisième message depuis lundi.")


def test_a_note_not_to_call_twice_counts_nothing():
    text = "Si boîte vocale : un seul message, pas de deuxième appel aujourd'hui."
    assert "pushy.counting_reminders" not in _codes(text, "phone_script")


def test_judging_the_recruiter_delay_is_a_reproach():
    assert "pushy.impatience" in _codes("Ce délai n'est plus acceptable pour moi.")


def test_judging_a_delay_of_ones_trade_is_not():
    text = "Chez Lavo, ce délai de livraison n'était plus acceptable pour nos clients."
    assert "pushy.impatience" not in _codes(text)


def test_going_to_the_owners_for_an_answer_goes_over_the_head():
    text = "Je vais contacter directement les propriétaires du club pour avoir une réponse."
    assert "pushy.leverage" in _codes(text)


def test_the_owners_named_for_another_reason_are_not():
    text = "J'ai rencontré les propriétaires du club lors de la visite ; leur projet m'a plu."
    assert "pushy.leverage" not in _codes(text)
