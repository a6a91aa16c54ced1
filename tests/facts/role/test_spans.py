"""Title spans (a rule: the title lexicon and its complement), on the real model's tags."""

from __future__ import annotations

import pytest

from presse2data.facts.role.spans import title_spans


# fmt: off
TITLES = [
    ("Marie Roux, directrice de l'innovation de Kerlab, parle.",           [("directrice de l'innovation", False)]),
    ("Il a été nommé délégué général le 1er juin dernier.",                 [("délégué général", False)]),      # no date
    ("Paul Vidal a été élu à l'unanimité président de l'association.",      [("président", False)]),            # no participle
    ("Anne Lefort, vice-présidente chargée du numérique à la Région, parle.", [("vice-présidente chargée du numérique", False)]),
    ("L'ancien maire de Brest, Jean Morvan, était là.",                     [("ancien maire", False)]),
    ("Luc Petit, président du conseil d'administration de Kerlab.",         [("président du conseil d'administration", False)]),
    ("L'association, présidée par Anne Lefort, grandit.",                  [("président", True)]),             # the post's noun
    ("Jean Morel, directeur de la start-up Brivane, recrute.",             [("directeur", False)]),            # the type noun stops it
    ("Marie Keravec (Kerlab), présidente ; Paul Tanguy (Lumio), trésorier.", [("présidente", False), ("trésorier", False)]),
    ("Son PDG, Erwan Kerlo, et l'ex-directrice Julie Roux.",               [("pdg", False), ("ex-directrice", False)]),
    ("La cofondatrice et directrice générale de Kalimba parle.",          [("cofondatrice", False), ("directrice générale", False)]),
    ("Les co-présidents, Ana Roy et Léo Vidal, parlent.",                  [("co-présidents", False)]),         # a plural title
    ("Le premier vice-président, Marc Ys, parle.",                         [("premier vice-président", False)]),
    ("Le préfet de la région, Marc Ys, parle.",                            [("préfet", False)]),              # a territory is no complement
    ("Le conseiller régional Marc Ys parle.",                              [("conseiller régional", False)]),
    ("Le président sortant Marc Ys parle.",                                [("président", False)]),           # a qualifier of time
    ("Marc Ys, trésorier de la première Cantine, parle.",                   [("trésorier", False)]),           # an adjective is no complement
    ("Marc Ys, chef d'orchestre alsacien expatrié, parle.",                [("chef d'orchestre", False)]),    # nor a demonym, a participle
    ("Marc Ys, élu président en juin, parle.",                            [("président", False)]),           # nor a month
    ("Marc Ys, vice-président en charge du numérique, parle.",            [("vice-président en charge du numérique", False)]),
    ("Le chiffre d'affaires a doublé en un an.",                           []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", TITLES)
def test_title_spans(nlp, text, expected):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        if not _.startswith("presse2data"):
            doc = component(doc)
    assert [(t.title, t.verb) for t in title_spans(doc)] == expected


def test_blocked_tokens_are_never_part_of_a_title(nlp):
    doc = nlp("Président Lumio recrute.")
    assert title_spans(doc, blocked={0, 1}) == []
