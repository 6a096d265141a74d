"""The classes a new blind corpus (blind35) showed, in sentences written for this file.

blind35 was measured once, before any change it prompted (generic P 1.00 / R 0.92, pushy
P 1.00 / R 1.00, 56 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- The trade's noun in lowercase (« d'autres fromageries ») is not the name it heads in the
  context (« la Fromagerie Dubuc »), alone or beside another word of the item.
- A compound name is one name: « Fromagerie Bois-Joli » is not known from « bois ».
- Two words any French text uses (« ça fait deux semaines ») do not cite a sentence of the
  debriefing (« … que vous faites chaque semaine »), unless they stand together as in it
  (« le coin lecture ») or share one of its numbers.
"""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context

CHEESE = build_context(
    "fr_CA",
    role__title="technicien de production",
    company={"name": "Coopérative laitière du Fjord", "article": "la", "facts": []},
    topics=[{"subject": "l'affinage des croûtes lavées"}],
    commitments=[
        {
            "promise": "lui envoyer la liste des cuves que j'ai entretenues à la Fromagerie Dubuc",
            "done": True,
            "attachment": "cuves.pdf",
        }
    ],
    debrief={
        "highlights": ["mes quatre saisons de caillage à la Fromagerie Dubuc"],
        "struck_by": "J'ai été frappé par la rotation des meules que vous faites chaque semaine.",
    },
)


def _codes(text: str, kind: str = "thank_you", context: st.InterviewContext = CHEESE) -> set[str]:
    return {f.code for f in st.check(text, context, kind=kind).errors}


def _letter(body: str) -> str:
    return f"Bonjour Madame,\n\n{body}\n\nSalutations distinguées,\n\nCamille Roy"


def test_the_trades_noun_in_lowercase_is_not_the_name_it_heads() -> None:
    body = (
        "Merci pour l'entrevue d'hier. D'autres fromageries m'ont parlé de la saison qui "
        "commence, mais votre coopérative a de belles valeurs."
    )
    assert "generic.no_concrete_element" in _codes(_letter(body))


def test_the_name_itself_still_cites_the_item() -> None:
    body = (
        "Merci pour l'entrevue d'hier. Comme promis, voici la liste des cuves que "
        "j'entretenais à la Fromagerie Dubuc."
    )
    assert "generic.no_concrete_element" not in _codes(_letter(body))


def test_a_compound_name_is_not_known_from_one_of_its_words() -> None:
    context = build_context(
        "fr_CA",
        company={
            "name": "Coopérative laitière du Fjord",
            "facts": ["La coopérative chauffe ses salles au bois depuis 2024."],
        },
    )
    body = "J'ai aimé découvrir la Fromagerie Bois-Joli et sa boutique."
    assert "generic.foreign_name" in _codes(_letter(body), "reminder", context)


def test_a_compound_name_of_the_context_is_known() -> None:
    context = build_context(
        "fr_CA",
        company={
            "name": "Coopérative laitière du Fjord",
            "facts": ["La coopérative ouvre un comptoir à Baie-Sainte-Catherine en mai."],
        },
    )
    body = "J'ai lu que vous ouvrez un comptoir à la Fromagerie Baie-Sainte-Catherine."
    assert "generic.foreign_name" not in _codes(_letter(body), "reminder", context)


def test_two_words_any_text_uses_do_not_cite_a_line_of_the_debriefing() -> None:
    body = (
        "Ça fait maintenant deux semaines que j'ai passé mon entrevue. Je suis une personne "
        "fiable et passionnée."
    )
    assert "generic.no_concrete_element" in _codes(_letter(body))


def test_the_same_words_side_by_side_as_in_the_line_do() -> None:
    context = build_context(
        "fr_CA",
        topics=[{"subject": "la gestion des inscriptions"}],
        commitments=[],
        debrief={"struck_by": "J'ai été frappée par le coin lecture que les enfants ont bâti."},
    )
    body = "Merci pour l'entrevue de mardi et pour la visite du coin lecture."
    assert "generic.no_concrete_element" not in _codes(_letter(body), context=context)


def test_a_number_of_the_line_names_it_with_its_words() -> None:
    context = build_context(
        "fr_FR",
        topics=[{"subject": "la gestion des pics d'appels"}],
        commitments=[],
        company={
            "name": "Centre de relation client Sud",
            "facts": ["Le centre passe au service 7 j/7 à partir de janvier."],
        },
    )
    body = "J'espère que tout s'est bien passé avec le 7 j/7 en janvier."
    letter = f"Bonjour Madame,\n\n{body}\n\nBien cordialement,\n\nHugo Martin"
    assert "generic.no_concrete_element" not in _codes(letter, "reminder", context)
    without_the_number = letter.replace("avec le 7 j/7 ", "")
    assert "generic.no_concrete_element" in _codes(without_the_number, "reminder", context)
