"""What read 161 found in the drafts of fresh63, in contexts written here.

Read 161 measured ca8b036 once, before any change it prompted (docs/verifications.md):
« l'équipe du CNESST », « les coordonnées du Dr Haddad, mon ancien employeur dans les
prochains jours ».
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.models import Company


def test_the_cnesst_is_feminine() -> None:
    assert phrasing.organisation(Company(name="CNESST")).at == "à la CNESST"


def test_the_day_comes_before_an_item_with_an_apposition() -> None:
    promise = "lui transmettre les coordonnées du Dr Haddad, mon ancien employeur"
    ctx = build_context("fr_FR", commitments=[{"promise": promise}])
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert "dans les prochains jours les coordonnées du Dr Haddad, mon ancien employeur." in body
