"""Organizations: cue-based recognition that fixes and overrides the NER's ORG labels.

French phrasings handled (each candidate keeps the id of the cue that found it):

- a type noun before a capitalized name, with an optional descriptor and apposition
  comma: ``l'association La Grappe``, ``la société de cloud X``, ``le site
  Brivane.com``, ``son pôle X``, ``un accélérateur de start-up du logiciel libre,
  la X``, ``les deux accélérateurs financiers X et Y``, ``le technopôle de l'X``
  (``models/organization/type_nouns.txt``, noun → kind);
- a name followed by an apposition that types it: ``X, start-up originaire de ...``,
  ``X, la start-up qu'il présidait`` (not ``A et B, la société X``: there the apposition types X),
  ``X, fondée il y a dix ans``, ``X (éditeur ERP ...)``; a name ending with a company
  word (``X Solutions``, ``X Capital``, ``X Network``); a web address name (``X.com``);
  the object of a founding verb (``j'ai créé l'X``, ``a racheté X``);
- an acronym in parentheses whose letters are the initials of the words before it:
  ``Agence régionale de développement économique (ARDE)``;
- public bodies with a proper name (``models/organization/rules.jsonl``):
  ``conseil régional d'Auvergne``, ``Conseil Général de la Sarthe``, ``la Région Auvergne``,
  ``soutenu par la région Occitanie`` (lowercase région as an actor, not after ``de``/``dans``/``en``),
  ``Métropole Brest Océan``, ``Université Poitiers 2``, ``CCI du Cantal``,
  ``communauté urbaine du Grand Toulouse``, ``Nantes Métropole``, ``Université de
  Nantes``, ``ministère de l'Économie numérique``. Decision: ``ville de Marseille`` /
  ``Ville d'Aix`` is the municipality, a public body, except after ``dans la`` / ``en``;
- national institutions (``models/organization/institutions.txt``): ``Caisse des dépôts``,
  ``Bpifrance``, ``Banque publique d'investissement`` ...;
- lists split into one organization each when one item is already an organization or
  the list follows a noun of companies: ``parmi les partenaires ... A, B, C ou encore
  D``, ``SSII (A, B, C et D)``, ``sous-traitants : A, B, C ou D, etc.``;
- names in parentheses right after a person: ``Prénom Nom (Société)``, ``Prénom Nom (A, B et
  C)`` (the NER often reads them as persons or places; ``(photo : ...)`` and titles are not names);
- a medium after a speech noun: ``dans un entretien à X``, ``les explications de Y à X``, or after a
  speech verb following a closing quote: ``», a déclaré Prénom Nom à X``, ``», confie-t-il à X``;
  ``au sein de X`` with no title (not a place after an article: ``au sein de la France``);
  a photo agency in a credit: ``Crédit photo : © Prénom Nom - X``;
- the organization of a job title: ``chargé de mission à la X``, ``cofondateur de X``,
  ``ingénieure chez X``, ``au sein de X`` (even when the NER tagged X as a place after a
  founder/head title; after another title a place is kept only as the tail of a longer
  name: ``président du Grand Dijon`` → ``communauté urbaine du Grand Dijon``);
  ``à la tête de X``, ``un contrat avec X``, ``celui de X`` (``models/organization/cue_words.txt``);
- a type noun written capitalized mid-sentence is part of the name (``la Banque X``,
  ``dont Réseau Ferré de France``); a short number closes a name (``la PME X 31``);
  a name in parentheses right after a name is the same organization (``... de
  l'estuaire (Carene)``); lowercase adjectives close public bodies and universities
  (``Université de Bretagne occidentale``, ``communauté d'agglomération du Pays voironnais``).

Rejected (``models/organization/non_org_words.txt``): events (``... Day``, ``salon``,
``Week-end``), labels and programmes (``French Tech``, ``le label X``, ``le projet X``),
generic references (``la Région``, ``le Département``), titles (``Ministre``, ``Pdg``),
a given name inside a longer person name (``Cyril`` of ``Cyril de Montaigu``), a span ending with
an elided word (``M'`` of ``M'hamed``), the official French Tech labels and programmes
(``Capitales French Tech``, ``French Tech Tremplin``), internal bodies (``Assemblée Générale``,
``AG``, ``conseil d'administration``), a law (``la LOPRIN (loi ...)``), a heading in capitals made
of common words, places listed after ``de`` (``l'écosystème de A, B et C``), a letter with a
demonym (``l'Y rennais``), a short last word of a text cut mid-word (``lancé par le Co``),
common acronyms (``THD``, ``ERP``), spans across lines or holding a currency sign (``3 M€``),
a place opening a sentence (``A Lyon, l'accélérateur X``), a sentence-initial word the model tags as a verb or
adjective (``Ciblée``), spans holding a person's name, NER places without a cue.
A body named after a label is kept (``French Tech Valdoré``).

One record per organization per article under its fullest name; shorter or reordered
forms, a hashtag form (``#X``, ``X (#Y)``), a form with or without spaces or hyphens (``Brivane Tech`` /
``BrivaneTech``), ``Région X`` / ``conseil régional de X`` and an acronym / its expansion are
mentions of the same record.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions  # noqa: F401  (registers doc._.organizations)
from ...lang.names import fold_name
from ...lang.parsing import OnDemand, on_demand
from . import SPEC
from .candidates import (
    Cand, acronym_cands, affiliation_cands, alias_cands, apposition_cands, context_cands, cue_noun_cands, institution_cands,
    list_cands, ner_cands, owned_places, rule_cands, shape_cands,
)
from .cluster import cluster
from .rejections import rejected

COMPONENT = SPEC.factory
GROUP = SPEC.name

def detect(doc: Doc, tools: OnDemand, affiliation_window: int = 12) -> list[Span]:
    """Organization spans of a Doc, ``span.id_`` = cue id, ``span.label_`` = kind (or empty)."""
    person_names = {fold_name(e.text) for e in doc.ents if e.label_ == "PER" and len(e) > 1}
    strong = rule_cands(doc) + institution_cands(doc) + acronym_cands(doc) + cue_noun_cands(doc) \
        + apposition_cands(doc) + shape_cands(doc, tools) + context_cands(doc) + affiliation_cands(doc, affiliation_window)
    weak = ner_cands(doc)
    first = [c for c in strong + weak if not rejected(doc, c, person_names)]
    first = _select(owned_places(doc, first))
    more = [c for c in list_cands(doc, first) + alias_cands(doc, first) if not rejected(doc, c, person_names)]
    chosen = _select(first + more)
    return [Span(doc, c.start, c.end, label=c.kind or "", span_id=c.rule) for c in chosen]


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: strong cues first, then longer spans."""
    order = sorted(cands, key=lambda c: (not c.strong, c.rule == "ner", -(c.end - c.start), c.start))
    taken: set[int] = set()
    out = []
    for c in order:
        if any(t in taken for t in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        out.append(c)
    return sorted(out, key=lambda c: c.start)


@Language.factory(
    COMPONENT,
    requires=["doc.ents", "doc.sents", "token.pos"],
    assigns=["doc.spans", "doc._.organizations"],
    default_config={"affiliation_window": 12},
)
def make_component(nlp: Language, name: str, affiliation_window: int):
    """``affiliation_window``: the most tokens read inside ``Prénom Nom (...)`` for affiliations."""
    tools = on_demand(nlp)

    def component(doc: Doc) -> Doc:
        doc.spans[GROUP] = detect(doc, tools, affiliation_window)
        doc._.organizations = cluster(doc, doc.spans[GROUP])
        return doc

    return component

