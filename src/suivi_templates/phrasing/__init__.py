"""Shape what people type into phrases a French sentence can hold.

People jot an interview down the way notes come: a topic as a question, an infinitive or a
bare noun, an organisation with its article or without, a promise as a verb phrase. The
templates need noun phrases with their determiner and an organisation with the right
preposition; this package turns the first into the second, deterministically, and leaves
alone what it does not recognise rather than guess wildly.

>>> topic_phrase("comment l’équipe planifie-t-elle les quarts?")
'la façon dont l’équipe planifie les quarts'
>>> topic_phrase("réduire les retards"), topic_phrase("planification des arrêts")
('la façon de réduire les retards', 'la planification des arrêts')
>>> from suivi_templates.models import Company
>>> organisation(Company(name="Ville de Gatineau")).at
'à la Ville de Gatineau'
>>> organisation(Company(name="Le Bon Marché")).of, organisation(Company(name="Hachette")).at
('du Bon Marché', 'chez Hachette')
"""

from __future__ import annotations

from suivi_templates.phrasing.announced import announced_delay
from suivi_templates.phrasing.news import (
    FOR_THE_EMPLOYER,
    aloud,
    announcement_of,
    dated,
    day_after_verb,
    day_first,
    fact_as_noun,
    gains_a_skill,
    headline,
    news_day,
    news_kind,
    said_from,
    tells_its_bearing,
    timeless,
    told_before,
    told_by,
    undated,
    without_source,
)
from suivi_templates.phrasing.organisations import (
    Organisation,
    from_capitals,
    organisation,
    without_legal_form,
    without_tagline,
)
from suivi_templates.phrasing.own_words import (
    about_topic,
    as_clause,
    as_subject,
    asset,
    current_names,
    has_determiner,
    heading,
    impression,
    is_plural,
    lead_forms,
    own_sentence,
    prepared_by,
    reframe,
    serves_me,
    speaks_with_on,
    stumbled_answer,
    unprompted_weakness,
    with_nous,
)
from suivi_templates.phrasing.promises import (
    abbreviates,
    asked,
    attachable,
    channel_besides_email,
    given_in_words,
    gives_contact_details,
    promised_item,
    reported,
    restates,
    said_once,
    tells,
    timed,
    without_channel,
    without_deadline,
    without_yes,
)
from suivi_templates.phrasing.roles import advert_reference, role_as_said
from suivi_templates.phrasing.topics import (
    accepted_condition,
    asks_a_fact,
    covers,
    emphasised,
    is_about_pay,
    is_credential,
    is_skill,
    linked_topic,
    named_topic,
    names_condition,
    names_topic,
    overlaps,
    reads_as_subject,
    recast_question,
    serves_as_task,
    spoken_topic,
    topic_phrase,
)
from suivi_templates.phrasing.typed import as_written, noun_phrase_as_written

__all__ = [
    "FOR_THE_EMPLOYER",
    "Organisation",
    "abbreviates",
    "about_topic",
    "accepted_condition",
    "advert_reference",
    "aloud",
    "announced_delay",
    "announcement_of",
    "as_clause",
    "as_subject",
    "as_written",
    "asked",
    "asks_a_fact",
    "asset",
    "attachable",
    "channel_besides_email",
    "covers",
    "current_names",
    "dated",
    "day_after_verb",
    "day_first",
    "emphasised",
    "fact_as_noun",
    "from_capitals",
    "gains_a_skill",
    "given_in_words",
    "gives_contact_details",
    "has_determiner",
    "heading",
    "headline",
    "impression",
    "is_about_pay",
    "is_credential",
    "is_plural",
    "is_skill",
    "lead_forms",
    "linked_topic",
    "named_topic",
    "names_condition",
    "names_topic",
    "news_day",
    "news_kind",
    "noun_phrase_as_written",
    "organisation",
    "overlaps",
    "own_sentence",
    "prepared_by",
    "promised_item",
    "reads_as_subject",
    "recast_question",
    "reframe",
    "reported",
    "restates",
    "role_as_said",
    "said_from",
    "said_once",
    "serves_as_task",
    "serves_me",
    "speaks_with_on",
    "spoken_topic",
    "stumbled_answer",
    "tells",
    "tells_its_bearing",
    "timed",
    "timeless",
    "told_before",
    "told_by",
    "topic_phrase",
    "undated",
    "unprompted_weakness",
    "with_nous",
    "without_channel",
    "without_deadline",
    "without_legal_form",
    "without_source",
    "without_tagline",
    "without_yes",
]
