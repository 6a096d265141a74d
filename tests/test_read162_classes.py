"""What reads 162 and 163 found in the drafts of fresh61 that still showed at 313ac1b.

Read 162 measured 65e8bfa once, before any change it prompted (docs/verifications.md):
« J'ai lu avec intérêt que cuisine centrale : pain et laitages 100 % bio… », « Je n'ai pas
encore reçu mon attestation… dès que je la retrouve : je vous l'enverrai dès réception ».
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def test_a_fact_typed_as_a_bare_noun_is_the_organisation_s_own() -> None:
    ctx = build_context(
        "fr_FR",
        company__facts=["cuisine centrale : pain et laitages 100 % bio à partir de janvier 2027"],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 9)).body
    assert "que cuisine centrale" not in body
    assert "l’annonce concernant votre cuisine centrale\u00a0: pain et laitages" in body


def test_the_search_for_an_item_is_not_part_of_it() -> None:
    promise = "lui envoyer mon attestation d'hygiène dès que je la retrouve"
    ctx = build_context(
        "fr_CA",
        commitments=[{"promise": promise}],
        debrief__impressions="J'ai demandé un duplicata de mon attestation, pas encore reçu.",
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 9)).body
    assert "mon attestation d’hygiène\u00a0: je vous l’enverrai dès réception" in body
    assert "retrouve" not in body
