"""What the blind read 192 found in fresh77 (measured at e0c1ffb, once)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.models import Company
from suivi_templates.phrasing.organisations import organisation


def test_appelle_moi_and_a_nickname_greet_by_the_nickname() -> None:
    """« Il m'a dit appelle-moi Gus » : « Monsieur Doucet », « Salutations distinguées » (D030,
    D034, D050); « appelle moi direct » is a way to reach him, not a first name."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Augustin (Gus) Doucet",
        interviewer__civility="Monsieur",
        debrief__impressions="Il m'a dit appelle-moi Gus, très direct.",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Gus,")
    direct = build_context(
        "fr_CA",
        interviewer__name="Jean-Guy Lavoie",
        interviewer__civility="Monsieur",
        debrief__impressions="Il a dit appelle moi direct si t'as des questions.",
    )
    assert st.render("thank_you", direct).body.startswith("Bonjour Monsieur,")


def test_je_lai_is_written_je_l_ai() -> None:
    """« Pour LabVIEW, je lai utilisé 2 ans » (D061)."""
    assert phrasing.as_written("je lai utilisé 2 ans") == "je l’ai utilisé deux ans"


def test_a_lawyer_typed_me_but_met_as_board_chair_is_greeted_by_civility() -> None:
    """« Me Philippe-Antoine Lévesque », « président du conseil d'administration »: the new
    « Me » rule of read 186 greeted him « Maître » (the fresh77 detectors saw it)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Me Philippe-Antoine Lévesque",
        interviewer__civility="Monsieur",
        interviewer__title="président du conseil d'administration",
    )
    # By the chair he holds (read 236: « Monsieur » was too little).
    assert st.render("thank_you", ctx).body.startswith("Bonjour Monsieur le Président,")


def test_a_deputy_or_a_master_who_said_tu_is_still_madame() -> None:
    """« Bonjour Geneviève » to a deputy (D004, D007, D019, D023), « Bonjour Françoise » from
    an apprentice to her master (D037, D040, D053, D062): a « tu » given is not one offered."""
    deputy = build_context(
        "fr_CA",
        interviewer__name="Geneviève Mac Lellan",
        interviewer__civility="Madame",
        interviewer__title="députée d'Orléans",
        debrief__impressions="Elle m'a tutoyé direct, très chaleureuse.",
    )
    assert st.render("thank_you", deputy).body.startswith("Bonjour Madame,")
    assert "Geneviève" not in st.render("voicemail", deputy).body
    offered = deputy.model_copy(
        update={"debrief": deputy.debrief.model_copy(update={"impressions": "On s'est tutoyés."})}
    )
    assert st.render("thank_you", offered).body.startswith("Bonjour Geneviève,")
    apprentice = build_context(
        "fr_FR",
        role__title="Apprentie canneuse-rempailleuse (CAP, 2 ans)",
        interviewer__name="Françoise Mazet",
        interviewer__civility="Madame",
        debrief__impressions="elle m'a tutoyée",
    )
    assert st.render("thank_you", apprentice).body.startswith("Bonjour Madame,")


def test_a_name_typed_surname_first_is_read_by_the_address() -> None:
    """« Joseph Marie-Claire », mc.joseph@ : « Madame Marie-Claire » (D045, D063)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Joseph Marie-Claire",
        interviewer__civility="Madame",
        interviewer__email="mc.joseph@capnord-tourisme.example",
    )
    script = st.render("phone_script", ctx).body
    assert "Madame Joseph," in script
    assert "Marie-Claire Joseph" in script
    assert "Madame Marie-Claire" not in script.replace("Marie-Claire Joseph", "")


def test_an_adjective_in_title_case_is_lowered_with_its_noun() -> None:
    """« office de tourisme Intercommunal » (D036, D045, D063, D067)."""
    said = phrasing.role_as_said(
        "Directeur·rice de l'Office de Tourisme Intercommunal (H/F) – emploi cadre", "m"
    )
    assert said == "directeur de l'office de tourisme intercommunal"
    city = phrasing.role_as_said("Agent de la Ville de Québec", "m")
    assert city == "agent de la Ville de Québec"


def test_a_body_named_noun_and_adjective_takes_its_article() -> None:
    """« l'équipe de Mobilier national » (D010)."""
    org = organisation(Company(name="Mobilier national"))
    assert (org.of, org.at) == ("du Mobilier national", "au Mobilier national")
