"""Who else sat on the interview panel, as the notes name them (« M. Chabot (RH) »)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from suivi_templates.formatting import elides
from suivi_templates.names import (
    PARTICLES,
    civility_of_given_name,
    family_name,
    is_given_name,
    is_particle,
)
from suivi_templates.phrasing._words import _IF_HIRED, _JOB_NOUN_ENDINGS
from suivi_templates.phrasing.shorthand import written_register
from suivi_templates.phrasing.typed import accents_restored

__all__ = ["by_family_name", "others_met", "to_the_person_met"]

# « M. Chabot », « Mme Le Bel », « Madame Aït Oufella »: a civility typed before a family
# name is the one sure way the notes name a person; a given name alone (« Sandrine ») or a
# title (« Dr Payet ») is not written back to the person met. The notes often give the
# given name too (« M. Réjean Fortin (DG) »): a letter names him « M. Fortin », never
# « M. Réjean » (read 158). A word in capitals after the name is a function (« RH »).
_PARTICLE = "|".join(sorted((p for p in PARTICLES if p.isalpha()), key=len, reverse=True))
_NAME_WORD = rf"(?:(?i:{_PARTICLE})\s+|(?i:d)['’])*[A-ZÀ-Ý]"
# A rank is a title too, in police and armed forces (read 210: « agente Mélissa Ouimet »,
# « Cne Mathilde Roux », not thanked).
_RANKS = (
    r"(?i:agente?|sergente?|caporale?|capitaine|Cne|Capt\.?|lieutenante?|Lt|commandante?|Cdt"
    r"|colonel(?:le)?|Col\.?|adjudante?|brigadière?|brigadier)"
)
_NAMED = re.compile(
    rf"\b(M\.|Mme|Monsieur|Madame|Dre|Dr\.?|Docteure|Docteur|Me|Maître|Pre|Pr\.?|{_RANKS})"
    rf"\s+({_NAME_WORD}[\w’'-]+"
    rf"(?:\s+{_NAME_WORD}[\w’'-]*[a-zà-ÿ][\w’'-]*){{0,2}})"
)
# « avec Thomas + Émilie de Grandpré (programmation) » : a given name that tells the civility,
# then a family name, is a person too (read 235: not thanked).
_GIVEN_THEN_FAMILY = re.compile(
    rf"(?<![\w.’'-])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+({_NAME_WORD}[\w’'-]*[a-zà-ÿ])"
    r"(?![\w’'-])"
)
_GIVEN_AND = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*(?:\+|&|\bet\b)\s*$")
_CIVILITY_WORD = re.compile(rf"(?:{_RANKS}|M\.|Mme|Monsieur|Madame|Dre?\.?|Me|Maître|Pre?\.?)\s*$")
# « M. Bélanger (Raymond Chabot) » : a bracket after a person named says where they work.
_ASIDE_OF_NAMED = re.compile(r"(?:M\.|Mme|Dre?|Me)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*\(\s*$")
# A name the note doubts (« le préfet (M. Robert ?) ») is not written to anyone.
# So is one doubted after its function in brackets (read 198: « M. Ben Saïd (RH) je crois »).
# « Guy Villeneuve (je crois?) » : the doubt in brackets too (pair read 285: « M. Villeneuve »).
_DOUBTED = re.compile(
    r"\s*(?:\([^()]{0,30}\))?\s*\)?\s*\(?\s*(?:\?|je crois|je pense|peut-être|il me semble)",
    re.IGNORECASE,
)
# Where the notes speak of the panel; elsewhere a name may be a reference or a former boss
# (« oublié de donner les coordos de M. Le Roux »).
_PANEL = re.compile(
    r"\b(?:jury|comit[ée]|panel|avec|accompagn\w*|pr[ée]sents?|ensuite|puis|directeur|directrice"
    r"|adjointe?|DRH|RH|DAF|DG|co-?dir\w*|vice-pr[ée]sident\w*|cadre"
    # « Son collègue M. Beaulieu a posé les questions sur Eclipse » (read 164, two drafts).
    r"|coll[èe]gue|a\s+pos[ée]|posait|prenait\s+des\s+notes|a\s+pris\s+des\s+notes"
    # « Marc-Antoine Bisson était la aussi (associé) » (read 243: not thanked).
    r"|(?:était|étaient)\s+l[àa]\s+aussi)\b|\+",
    re.IGNORECASE,
)
# A later meeting: who is named there was not on this panel (read 162: « 2e entretien …
# avec Mme Sophie Marchetti », « un 2e rdv avec le fondateur, M. Ferrand père », thanked).
_LATER_MEETING = re.compile(
    r"\b(?:2e|2ème|deuxième|second|seconde|prochaine?)\s+(?:entretien|entrevue|rendez-vous"
    # « on se revoit fin janvier avec son associée Mme Da Costa » (read 235: thanked).
    r"|rencontre|rdv|tour)\b|\b(?:on|nous)\s+(?:se|nous)\s+(?:revoi\w*|reverr\w*)"
    # « il me booke un essai avec Normand », « que je revienne faire un essai avec Julien ».
    r"|\b(?:booke\w*|revienne|reviendr\w*|je\s+reviens)\b"
    # « Il rappelle la semaine prochaine pour un voyage d'essai avec Normand » (read 371:
    # Normand thanked, who was not there).
    # Bounded: from each « rappelle » of a long note, the rest of it was read again.
    r"|\b(?:rappelle|rappellera|recontacte|recontactera)\b[^.!?\n]{0,80}?\b(?:essai|visite|stage)\b"
    # « rdv avec son associée Mme Perrin fin janvier si je suis retenue » (read 344: thanked).
    rf"|{_IF_HIRED}",
    re.IGNORECASE,
)
# « Tournée en double prévue samedi 28 novembre avec Didier » : who is named after a step set
# for later will be met then (read 331: Didier thanked); not who sat before it (« …(M.
# Fabrice Ramassamy), séance simu prévue le 10 décembre »).
_SET_FOR_LATER = re.compile(r"\b(?:prévue?s?|calée?s?|planifiée?s?)\b", re.IGNORECASE)
_CLERGY_BEFORE = re.compile(r"\b(le\s+père|l['’]abbé|le\s+frère|sœur|soeur)\s+$", re.IGNORECASE)
# Who the candidate served in a role play or a visit, not who sat on the panel: « avec une
# vraie cliente (Mme Gomez, 82 ans) » (read 331: « Je remercie également Mme Gomez »).
_SERVED_BEFORE = re.compile(
    r"\b(?:client|patient|résident|usager|usagère|élève|bénéficiaire|acheteu[rs]\w*|visiteu\w*"
    r"|enfant)(?:e|es|s)?\s*[(:,]?\s*$",
    re.IGNORECASE,
)
# A sentence of the notes; the stop of « M. » does not end one.
_OFFICE = re.compile(
    r"(?:la\s+|le\s+|l['’]\s*)(?:maire|mairesse|présidente?|directrice|directeur|curé|proviseure?"
    r"|principale?|juge|docteure?|doyenne?|rectrice|recteur|préfète?|sous-préfète?|DGS)\b",
    re.IGNORECASE,
)
# The period of a function's abbreviation does not end the sentence (read 324: « M. Francis
# Houle (dir. d'usine) et Mme Lemaire (paie) » lost Mme Lemaire). A period before any
# lowercase word would: the notes' lines are joined with one (« et moi. anglais testé »).
_SENTENCE = re.compile(
    r"(?:\b(?:dir|adj|resp|coord|tech|dév|prés|admin|assist|gest|comm|compta|serv|dép)\."
    r"|[^.!?\n]|(?<=\bM)\.|(?<=\bDr)\.|(?<=\bPr)\.)+"
)
# A physician, a lawyer or a professor is thanked by title (pair read 182: « la Dre Fortier,
# Me Poirier et le Dr Grondin ne sont pas remerciés »), with the article a title takes.
_CIVILITY = {
    "M.": "M.", "Monsieur": "M.", "Mme": "Mme", "Madame": "Mme",
    "Dr": "le Dr", "Dr.": "le Dr", "Docteur": "le Dr", "Dre": "la Dre", "Docteure": "la Dre",
    "Me": "Me", "Maître": "Me", "Pr": "le Pr", "Pr.": "le Pr", "Pre": "la Pre",
}  # fmt: skip
# Ranks as a letter writes them, by the holder's sex when the given name says it.
_RANK_SAID = {
    "agent": ("l’agent", "l’agente"), "sergent": ("le sergent", "la sergente"),
    "caporal": ("le caporal", "la caporale"), "capitaine": ("le capitaine", "la capitaine"),
    "cne": ("le capitaine", "la capitaine"), "capt": ("le capitaine", "la capitaine"),
    "lieutenant": ("le lieutenant", "la lieutenante"), "lt": ("le lieutenant", "la lieutenante"),
    "commandant": ("le commandant", "la commandante"),
    "cdt": ("le commandant", "la commandante"), "colonel": ("le colonel", "la colonelle"),
    "col": ("le colonel", "la colonelle"), "adjudant": ("l’adjudant", "l’adjudante"),
    "brigadier": ("le brigadier", "la brigadière"),
}  # fmt: skip
# Feminine forms typed say the sex themselves.
_MASCULINE_OF = {
    "agente": "agent", "sergente": "sergent", "caporale": "caporal",
    "lieutenante": "lieutenant", "commandante": "commandant", "colonelle": "colonel",
    "adjudante": "adjudant", "brigadière": "brigadier",
}  # fmt: skip


def _title_said(typed: str, given: str) -> str | None:
    """How a letter names a title before a name: « la Dre » for « Dr Sarah Whitfield ».

    « la capitaine » for « Cne Mathilde Roux »; None for a rank whose holder's sex is
    unknown (« Cne Roux »).
    """
    woman = civility_of_given_name(f"{given} X") == "Madame" if given else None
    if typed in _CIVILITY:
        said = _CIVILITY[typed]
        if woman and said in ("le Dr", "le Pr"):
            return {"le Dr": "la Dre", "le Pr": "la Pre"}[said]
        return said
    rank = typed.casefold().rstrip(".")
    feminine = rank in _MASCULINE_OF
    masculine, feminine_said = _RANK_SAID[_MASCULINE_OF.get(rank, rank)]
    if feminine or woman:
        return feminine_said
    if woman is None and rank in ("capitaine", "cne", "capt"):
        return None  # « la » or « le »: the notes do not say
    return masculine


def others_met(
    impressions: str | None,
    met: str,
    elsewhere: Iterable[str] = (),
    met_civility: str | None = None,
    candidate: str = "",
) -> list[str]:
    """The other people the notes say sat on the panel, as a letter names them, in order.

    ``met`` is the name of the person the letter is written to; ``elsewhere`` holds
    texts where a name is someone else (a reference's details): neither is listed.

    >>> others_met("Comité : Me Lapointe, M. Chabot (RH), une perceptrice", "Lapointe")
    ['M. Chabot']
    >>> others_met("Jury de 2 (Dr Payet + Mme Grondin RH).", "Payet")
    ['Mme Grondin']
    >>> others_met("Teams, 4 personnes : M. Nguyen, Dre Fortier (radio-oncologue), Mme Bélanger "
    ...            "(RH) et un dosimétriste.", "Nguyen")
    ['la Dre Fortier', 'Mme Bélanger']
    >>> others_met("Panel : Me Lafrenière, le préfet (M. Robert ?) et une RH.", "Lafrenière")
    []
    >>> others_met("Jury : Mme Van Acker, M. Le Bihan et une RH", "Anne Van Acker")
    ['M. Le Bihan']
    >>> others_met("Visite avec Mme Le Bel, puis jeu de rôle", "Sophie Le Bel")
    []
    >>> others_met("Comité : M. St-Pierre, une RH (Mme Nadeau?), M. Dufour je crois",
    ...            "Marc-André Saint-Pierre")
    []
    >>> others_met("Oublié de donner les coordos de M. Le Roux dans le mail.", "Aït Ouali")
    []
    >>> others_met("Entretien avec Mme Vasseur puis avec M. Lebrun.", "Vasseur", ["M. Lebrun, 06"])
    []
    >>> others_met("Comité : Mme Van Houtte, M. Réjean Fortin (DG), Mme Kaoutar El Amrani (ARS)",
    ...            "Lise Van Houtte")
    ['M. Fortin', 'Mme El Amrani']
    >>> others_met("Jury : Mme du Plessis, M. Nicolas Van Acker, Mme Hamidou RH", "du Plessis")
    ['M. Van Acker', 'Mme Hamidou']
    >>> others_met("Visio avec M. Roy. 2e entretien calé avec Mme Sophie Marchetti.", "Roy")
    []
    >>> others_met("Entretien 1h avec Mme la Maire et M. Chaix (DGS).", "Élisabeth Moreau-Lanza")
    ['M. Chaix']
    >>> others_met("Mme du Pasquier très exigeante, son chef d'atelier M. Rousselot a posé des "
    ...            "questions techniques.", "Hélène du Pasquier de Dommartin")
    ['M. Rousselot']

    A relative of the person met, of the same family name, is another person (read 186:
    « Me Van Hove + sa fille Me Clémence Van Hove », « avec M. Lagardère et Mme Lagardère »):

    >>> others_met("Me Van Hove + sa fille Me Clémence Van Hove.", "Philippe-Henri Van Hove")
    ['Me Clémence Van Hove']
    >>> others_met("Essai avec M. Lagardère et Mme Lagardère.", "Francis Lagardère", (), "Monsieur")
    ['Mme Lagardère']
    >>> others_met("Entretien avec Mme Roy et M. Ben Saïd (RH) je crois", "Line Roy")
    []
    >>> others_met("Entretien avec Mme Roy et M. Ben Saïd (RH)", "Line Roy")
    ['M. Ben Saïd']
    >>> others_met("Comité : M. Roy, Mme Tremblay (RH) et l'artiste Guy Villeneuve (je crois?)",
    ...            "Luc Roy")
    ['Mme Tremblay']

    Ranks, and a physician's sex, as the notes give them (read 210):

    >>> others_met("Entrevue de groupe : sergent Carrier-Thibault, agente Mélissa Ouimet, "
    ...            "M. Lalonde (RH)", "Éric Carrier-Thibault")
    ['l’agente Ouimet', 'M. Lalonde']
    >>> others_met("Jury : col. Le Gall, Cne Mathilde Roux, Mme Ferrand (RH)", "Hervé Le Gall")
    ['la capitaine Roux', 'Mme Ferrand']
    >>> others_met("Jury : M. Truong + Dr Sarah Whitfield (CPS) en anglais", "Truong Van Hai")
    ['la Dre Whitfield']
    >>> others_met("Avec un agent SSIAP, une agente RH de Moncton et Mme Roy", "Paul Lebrun")
    ['Mme Roy']

    A given name that tells the sex, then the family name (read 235):

    >>> others_met("Visio 45 min avec Thomas + Émilie de Grandpré (programmation)", "Thomas Roy")
    ['Mme de Grandpré']
    >>> others_met("on se revoit fin janvier avec son associée Mme Da Costa", "Jean Roy")
    []
    >>> others_met("Comité : Mme Roy, M. Bélanger (Raymond Chabot), Dr Marc-Antoine Pelletier",
    ...            "Line Roy")
    ['M. Bélanger', 'le Dr Pelletier']
    >>> others_met("panel : M. Tremblay, Mme Roy (produit) et Alexis Côté (iel), chercheur·e",
    ...            "Martin Tremblay")
    ['Mme Roy', 'Alexis Côté']
    >>> others_met("Panel : Mme Nguyen, M. Tremblay-Ross (RH) + Sasha Côté (iel)", "Nguyen Thi Lan")
    ['M. Tremblay-Ross', 'Sasha Côté']
    >>> others_met("M. Nguyen + Émilie Côté de l'équipe CEM (iel ? pas sûr)", "Nguyen Van Long")
    ['Émilie Côté']

    A given name alone, as the notes have it (read 243):

    >>> others_met("Comité de 3 : M. Diallo, Mme Desrosiers (finances) + Aïssatou depuis Dakar",
    ...            "Ousmane Diallo")
    ['Mme Desrosiers', 'Aïssatou']
    >>> others_met("rencontre à l'atelier avec Manu, Lucie et Sacha. appelle-moi Manu",
    ...            "Emmanuel Rivière")
    ['Lucie', 'Sacha']
    >>> others_met("« appelle-moi Ben ». Entrevue avec Ben et Julie", "Benoît Roy")
    ['Julie']
    >>> others_met("Marc-Antoine Bisson était la aussi (associé)", "Geneviève Fortin")
    ['M. Bisson']
    >>> others_met("visio avec Paris et Lyon, puis avec Julie ?", "Line Roy")
    []
    >>> others_met("pas sur pour le quart de soir avec les enfants, a voir avec Julie", "Luc Roy")
    []
    >>> others_met("Entretien avec le Dr Le Bihan + Gwenaëlle (la directrice, Mme Guéguen)",
    ...            "Maryvonne Le Bihan")
    ['Mme Guéguen']
    >>> others_met("il me booke un essai sur route avec Normand mardi", "Gilles Roy")
    []
    >>> others_met("Teams avec Josée + Samuel Fortin (iel). Jeu de rôle avec Samuel", "Josée Roy")
    ['Samuel Fortin']
    >>> others_met("Mme Le Bouthillier + Samuel Boudreau, le technicien (on s'est tutoyés avec "
    ...            "Samuel)", "Marie-Ève Le Bouthillier")
    ['M. Boudreau']
    >>> others_met("rdv avec son associée Mme Perrin fin janvier si je suis retenue", "Lucia Roy")
    []
    >>> others_met("Avec Yannick + Solène Kerhervé, les associés.", "Gwenaëlle Le Bihan")
    ['Yannick et Solène Kerhervé']
    >>> others_met("Mise en situation avec une vraie cliente (Mme Gomez, 82 ans)", "Ana Dos Santos")
    []
    >>> others_met("Tournée en double prévue samedi 28 novembre à 4h avec Didier", "Jean Roy")
    []
    >>> others_met("Il rappelle la semaine prochaine pour un voyage d'essai avec Normand.",
    ...            "Jean Roy")
    []
    >>> others_met("Jury : Mme Nguyen, le père Arnaud Vidal (directeur)", "Nguyen Thi Lan")
    ['le père Vidal']
    >>> others_met("Visio avec Mme Roy + le chef pilote (M. Fabrice Ramassamy), séance simu "
    ...            "prévue le 10 décembre", "Line Roy")
    ['M. Ramassamy']
    >>> others_met("Visite avec le gérant de nuit M. Réjean Poulin (pas parent lol)",
    ...            "Sylvie-Anne Cloutier", candidate="Kevin Poulin")
    ['M. Réjean Poulin']
    """
    if not impressions:
        return []
    named_elsewhere = " ".join(elsewhere).casefold()
    offered = set(_NICKNAME_OFFERED.findall(impressions))
    found: dict[str, int] = {}  # who, and where the notes name them first
    thanked_by_family: set[str] = set()  # the given names of those thanked as « M. Boudreau »
    for sentence in _SENTENCE.finditer(impressions):
        if not _PANEL.search(sentence.group()) or _LATER_MEETING.search(sentence.group()):
            continue
        later = _SET_FOR_LATER.search(impressions, sentence.start(), sentence.end())
        end = later.start() if later else sentence.end()
        for match in _GIVEN_THEN_FAMILY.finditer(impressions, sentence.start(), end):
            given, family = match.groups()
            civility = civility_of_given_name(f"{given} {family}")
            # « Sasha Côté (iel) » : a given name that says no civility, thanked by the full
            # name all the same (fresh104).
            iel = is_given_name(given) and _IEL_AFTER.match(impressions, match.end())
            # What stands just before the name: a few words, not the notes from their start.
            before = max(0, match.start() - 60)
            if (
                (civility is None and not iel)
                or _CIVILITY_WORD.fullmatch(given)
                or _CIVILITY_WORD.search(impressions, before, match.start())
                or _ASIDE_OF_NAMED.search(impressions, before, match.start())
                or _DOUBTED.match(impressions, match.end())
                or _same_person(family, met)
                or family.casefold() in named_elsewhere
            ):
                continue
            said = f"{'Mme' if civility == 'Madame' else 'M.'} {family.replace(chr(39), '’')}"
            # « le père Arnaud Vidal » is thanked as a priest (read 336: « à M. Vidal »).
            if clergy := _CLERGY_BEFORE.search(impressions, before, match.start()):
                said = f"{clergy[1].lower().replace(chr(39), '’')} {family.replace(chr(39), '’')}"
            if iel:
                # « Alexis Côté (iel) » : no civility is guessed (fresh100: « à M. Côté »).
                said = f"{given} {family}".replace(chr(39), "’")
            start = match.start()
            # « Yannick + Solène Kerhervé » : two people of one family (read 335: « Mme
            # Kerhervé » alone), each named.
            pair = _GIVEN_AND.search(impressions, before, start)
            if pair and is_given_name(pair[1]) and pair[1].casefold() not in met.casefold():
                said, start = f"{pair[1]} et {given} {family}".replace(chr(39), "’"), pair.start()
                thanked_by_family.add(pair[1])
            found.setdefault(said, start)
            thanked_by_family.add(given)
        for match in _GIVEN_ALONE.finditer(impressions, sentence.start(), end):
            given = match.group(1)
            before = max(0, match.start() - 60)
            if (
                not is_given_name(given)
                or given.casefold() in met.casefold()
                or given.casefold() in named_elsewhere
                or _CIVILITY_WORD.search(impressions, before, match.start())
                or given in offered
                or _NAMED_FURTHER.match(impressions, match.end())
                or _DOUBTED.match(impressions, match.end())
                or _CONSULTED.search(impressions, before, match.start())
            ):
                continue
            found.setdefault(given, match.start())
        for match in _NAMED.finditer(impressions, sentence.start(), end):
            typed = match.group(2)
            office = _OFFICE.match(typed)
            if office:
                # « Mme la Maire » is an office: the person written to (read 165); « M. le
                # DGS Thierry Vannier » names the holder after it (read 201: not thanked).
                typed = typed[office.end() :].strip()
                if not typed[:1].isupper() or typed.isupper():
                    continue
            # « M. Ben Saïd » : after a civility, « Ben » opens the family name (read 198).
            opens_with_ben = typed.split()[0].casefold() in {"ben", "bin"}
            # « Mme Desrosiers-Van Der Meer » : a hyphen joins the particle to the first name
            # of the family, which has no given name before it (read 231: « Mme Der Meer »).
            joined = "-" in typed.split()[0] and is_particle(typed.split()[0].rsplit("-", 1)[1])
            family = typed if opens_with_ben or joined else family_name(typed)
            doubted = _DOUBTED.match(impressions, match.end())
            given = typed[: len(typed) - len(family)].strip()
            civility = _title_said(match.group(1), given)
            # « agent SSIAP » names a qualification, « l'agente de Moncton », « l'agent du
            # CEI » a place: not a person.
            ranked = match.group(1) not in _CIVILITY
            placed = ranked and (typed[:1].islower() or typed.split()[0].isupper())
            if civility is None or family.isupper() or placed:
                continue
            if _SERVED_BEFORE.search(impressions, max(0, match.start() - 30), match.start()):
                continue
            same = _same_person(family, met)
            kin = same and _relative(civility, given, family, met, met_civility, impressions)
            if doubted or (same and not kin):
                continue
            if family.casefold() in named_elsewhere:
                continue
            # « M. Réjean Poulin (pas parent lol) » under Kevin Poulin's signature: his given
            # name tells him apart (read 244: « à M. Poulin »).
            namesake = bool(candidate) and family.casefold() == family_name(candidate).casefold()
            named = f"{given} {family}" if (kin or namesake) and given else family
            said = f"{civility} {named.replace(chr(39), '’')}"
            found.setdefault(said, match.start())
    # « Samuel Fortin (iel) », then « avec Samuel » : one person (read 283: « à Samuel Fortin
    # et à votre collègue Samuel »).
    # … and « Samuel Boudreau, le technicien (on s'est tutoyés avec Samuel) », thanked as « M.
    # Boudreau » (read 316: « à M. Boudreau et à votre collègue Samuel »).
    in_full = {said.split()[0] for said in found if " " in said} | thanked_by_family
    return sorted((s for s in found if " " in s or s not in in_full), key=found.__getitem__)


def _relative(
    civility: str, given: str, family: str, met: str, met_civility: str | None, impressions: str
) -> bool:
    """Whether a person of the same family name as the one met is someone else.

    Another given name says so, and so does the other civility when the notes name the
    person met with theirs too (« avec M. Lagardère et Mme Lagardère »): a civility noted
    alone may just correct a wrong one.
    """
    if given:
        return given.casefold() not in met.casefold()
    said_as = {"M.": "Monsieur", "Mme": "Madame"}.get(civility)
    if said_as is None or met_civility is None or said_as == met_civility:
        return False
    own = {"Monsieur": r"(?:M\.|Monsieur)", "Madame": r"(?:Mme|Madame)"}[met_civility]
    return re.search(rf"\b{own}\s+{re.escape(family)}\b", impressions) is not None


def _same_person(family: str, met: str) -> bool:
    """Whether a family name noted is the person met's, or a part of it (« Mme García »).

    >>> _same_person("Le Du", "Hervé Le Du"), _same_person("Le Du", "Hervé Le Goff")
    (True, False)
    """
    words = set(_words(met))
    own = [word for word in _words(family) if word not in PARTICLES]
    if not own:
        # « M. Le Du » for Hervé Le Du: a name of particles alone (read 268: thanked in
        # the letter written to him).
        return f" {' '.join(_words(family))}" in f" {' '.join(_words(met))}"
    return any(word in words for word in own)


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.casefold().replace("st-", "saint-"))


def by_family_name(text: str, impressions: str | None) -> str:
    """``text`` with a person it names by a nickname or a given name alone named as a letter does.

    « envoyer à Ray la liste de mes formations », when the notes name « Raymond "Ray"
    Bouchard » (read 236: « Je compte aussi envoyer à Ray… » in a letter to the mayor).

    >>> by_family_name("envoyer à Ray la liste de mes formations",
    ...                'la mairesse + Raymond "Ray" Bouchard (sentiers)')
    'envoyer à M. Bouchard la liste de mes formations'
    >>> by_family_name("envoyer à Ray la liste", "la mairesse et Ray")
    'envoyer à Ray la liste'
    """
    if not impressions:
        return text
    for found in _NICKNAMED.finditer(impressions):
        given, nickname, family = found.groups()
        civility = civility_of_given_name(f"{given} {family}")
        if civility is None:
            continue
        said = f"{'Mme' if civility == 'Madame' else 'M.'} {family}"
        who = rf"\b(à|de|avec) (?:{re.escape(nickname)}|{re.escape(given)})\b"
        text = re.sub(who, rf"\1 {said}", text)
    return text


# « avec Chloé la planneuse strat », « + Aïssatou depuis Dakar », « et Yves, agent du service » :
# a given name alone, after a word that lists the panel, and no family name after it (read
# 243: six thank-yous left them out).
_GIVEN_ALONE = re.compile(
    r"(?:(?<=\bavec )|(?<=\+ )|(?<=\+)|(?<=, )|(?<=\bet ))"
    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w’'-])"
    rf"(?!\s+{_NAME_WORD}[\w’'-]*[a-zà-ÿ])"
)
# « pas sûr pour le quart de soir avec les enfants, a voir avec Julie » : whom the candidate
# will ask, at home, not a panel member (read 382: « Je remercie également votre collègue
# Julie », his partner).
_CONSULTED = re.compile(
    r"\b(?:voir|parler|discuter|vérifier|verifier|checker|jaser|consulter|décider|decider)"
    r"\s+(?:(?:ça|ca|cela|de\s+ça|en)\s+)?avec\s+$",
    re.IGNORECASE,
)
# « Gwenaëlle (la directrice, Mme Guéguen) », « Raymond "Ray" Bouchard » : named further on.
_NAMED_FURTHER = re.compile(r"\s*(?:\([^()]{0,40}\b(?:M\.|Mme|Dre?|Me)\s|[«\"“])")
# « appelle-moi Manu » : the person met, by the name they offered.
_NICKNAME_OFFERED = re.compile(r"appelle[sz]?[- ]moi\s+([A-ZÀ-Ý][\w-]*)", re.IGNORECASE)
# « Émilie Côté de l'équipe CEM (iel ? pas sûr) » : a few words may come between (read 291:
# « à Mme Côté » where the notes doubted the gender); a doubt keeps the full name too.
_IEL_AFTER = re.compile(r"[^()\n.;]{0,40}?\(\s*iels?\b", re.IGNORECASE)
# « Raymond "Ray" Bouchard », « Jean-Michel « Jean-Mi » Arrieta » : the notes' full name.
_NICKNAMED = re.compile(
    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+[«\"“]\s*([A-ZÀ-Ý][\w-]{1,20})\s*[»\"”]\s+"
    rf"({_NAME_WORD}[\w’'-]*[a-zà-ÿ])"
)


def function_noted(given_name: str, notes: str | None) -> str | None:
    """What the notes say a panel member known by the given name does, with its article.

    « Nadia la coordonnatrice » is « la coordonnatrice » (pair reads 265 and 266); a word that
    names no job is no function (« Julie la semaine prochaine »), nor a short one (« la tech »).

    >>> function_noted("Nadia", "Dre Fortin, M. Bélanger (RH) et Nadia la coordonnatrice")
    'la coordonnatrice'
    >>> function_noted("Karine", "avec Karine, la chargée de projet")
    'la chargée de projet'
    >>> function_noted("Sabrina", "Mme Bouchard pis une éducatrice, Sabrina.")
    'l’éducatrice'
    >>> function_noted("Sylvie", "Mme Fortin (RH) + Sylvie la technicienne en chef")  # read 281
    'la technicienne en chef'
    >>> print(function_noted("Julie", "on revoit Julie la semaine prochaine"))
    None

    Said before the name too (pair read 285: « votre collègue Kylian » for « un représentant
    des résidents, Kylian »):

    >>> function_noted("Kylian", "Mme Guillou (URHAJ) + un représentant des résidents, Kylian")
    'le représentant des résidents'

    The service a given name is noted with is said as the hand says it (read 308: « Marco du
    soutien technique » thanked as « votre collègue Marco », « Lucie la responsable com » as
    « Lucie, la responsable »):

    >>> function_noted("Marco", "avec M. Boisvert et Marco du soutien technique")
    'du soutien technique'
    >>> function_noted("Lucie", "Mme Chabot (conservatrice) et Lucie la responsable com")
    'la responsable communication'
    >>> function_noted("Hugo", "Mme Deschamps (RH) + Hugo du labo"), function_noted(
    ...     "Sandra", "Marc-André + Sandra de la compta qui a posé des questions")
    ('du laboratoire', 'de la comptabilité')
    >>> print(function_noted("Julie", "on revoit Julie de la semaine prochaine"))
    None
    """
    if " " in given_name or not notes:
        return None
    name = re.escape(given_name)
    # « Lea du comite marketing », typed without accents (read 311: « votre collègue Lea »).
    notes = accents_restored(notes)
    service = re.search(rf"\b{name}\s+{_SERVICE}", notes)
    if service is not None:
        return written_register(service[0][len(given_name) :].strip())
    found = re.search(
        rf"\b{name},?\s+(?P<article>le|la|l['’])\s*{_FUNCTION}\b", notes
    ) or re.search(rf"\b(?P<article>un|une|le|la|l['’])\s*{_FUNCTION},?\s+{name}\b", notes)
    # A job's ending, not « Julie la semaine prochaine » (a time) nor « Marc le matin ».
    if found is None or not found["job"].split()[0].casefold().endswith(_JOB_ENDINGS):
        return None
    job = written_register(found["job"])
    article = {"un": "le", "une": "la"}.get(found["article"], found["article"]).replace("'", "’")
    # « une éducatrice, Sabrina » is « l’éducatrice » (fresh163: « Sabrina, la éducatrice »).
    if article in ("le", "la") and elides(job):
        article = "l’"
    return f"{article}{'' if article.endswith('’') else ' '}{job}"


# « la coordonnatrice », « le représentant des résidents », « la technicienne en chef »,
# « la responsable com ».
_FUNCTION = (
    r"(?P<job>[^\W\d_]{5,}(?:\s+(?:en\s+chef|(?:de|du|des|d['’])\s*[^\W\d_]{3,}"
    r"|com|comm|communication|compta|marketing|RH|qualité|technique|pédagogique|logistique))?)"
)
# « Marco du soutien technique », « Pierre du service SIG », « Sandrine des communications ».
_SERVICE = (
    r"(?:du|de\s+la|de\s+l['’]|des)\s*(?!(?:semaine|mois|matin|soir|midi|jour|coin|genre)\b)"
    r"(?:soutien|service|bureau|labo|laboratoire|compta|comptabilité|paie|direction|équipe|pôle"
    r"|secteur|atelier|magasin|entrepôt|plancher|web|numérique|marketing|communications?|RH"
    r"|ressources\s+humaines|opérations|production|maintenance|logistique|qualité|mission"
    r"|achats|ventes|syndicat|comité|conseil|siège|terrain|chantier)\b"
    r"(?:\s+(?!(?:qui|que|et|ou|mais|pour|avec|sur|dans|en|a|était|il|elle)\b)(?:des\s+|de\s+|du\s+)?"
    r"(?:[^\W\d_]{3,}|[A-Z]{2,6}))?"
)


# A word after a given name (« Nadia la coordonnatrice ») is a job when it ends as one does.
_JOB_ENDINGS = (
    *_JOB_NOUN_ENDINGS,
    *"ant ante ent ente aire effe able ée é chef cadre adjoint adjointe".split(),
)


def to_the_person_met(sentence: str, said_of_them: Iterable[str]) -> str:
    """The candidate's sentence with the person met, named in it, as « vous ».

    Written to the mayor, « la transparence de la mairesse » is « votre transparence »
    (read 158); ``said_of_them`` holds how the notes may name the person (her office,
    « Mme Van Houtte », her given name).

    >>> to_the_person_met("J'ai été frappée par la transparence de la mairesse sur le budget.",
    ...                   ["mairesse", "Mme Van Houtte"])
    "J'ai été frappée par votre transparence sur le budget."
    >>> to_the_person_met("Les explications de Mme Van Houtte m'ont marquée.", ["Mme Van Houtte"])
    "Vos explications m'ont marquée."
    >>> to_the_person_met("La taille de la mairie m'a surprise.", ["mairesse"])
    "La taille de la mairie m'a surprise."
    >>> to_the_person_met("Mme Duval-Roche m'a proposé une journée d'essai.", ["Mme Duval-Roche"])
    "Vous m'avez proposé une journée d'essai."
    >>> to_the_person_met("J'ai appris que Mme Roy a signé l'entente.", ["Mme Roy"])
    "J'ai appris que vous avez signé l'entente."
    """
    names = "|".join(re.escape(name) for name in said_of_them if name)
    if not names:
        return sentence
    of_them = re.compile(
        rf"\b(?:(les)|le|la|l['’])\s*([^\W\d_][\w-]*)\s+(?:de\s+la|du|de\s+l['’]|de|d['’])\s*"
        rf"(?:{names})(?![\w-])",
        re.IGNORECASE,
    )

    def yours(found: re.Match[str]) -> str:
        said = f"{'vos' if found[1] else 'votre'} {found[2]}"
        return said[:1].upper() + said[1:] if found[0][:1].isupper() else said

    # « Mme Duval-Roche m'a proposé une journée d'essai », told to Mme Duval-Roche (pair
    # read 266: « parle d'elle à la troisième personne »).
    subject = re.compile(
        rf"(^|\bque\s+)(?:{names})\s+(m['’]|me\s+|nous\s+)?a(?=\s+[^\W\d_]+[ééeiust]s?\b)",
        re.IGNORECASE,
    )

    def you_did(found: re.Match[str]) -> str:
        said = f"vous {found[2] or ''}avez"
        return found[1] + (said[:1].upper() + said[1:] if not found[1] else said)

    return subject.sub(you_did, of_them.sub(yours, sentence))
