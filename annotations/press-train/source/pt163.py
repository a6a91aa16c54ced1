# Ville intelligente mag 2021: new premises for the Coop Angers French Tech.
BODY_START = "Un nouveau site et une vision"  # " date 2021-01 " store prefix
BODY_END = None

C = "Coopérative Angers French Tech"
RECORDS = [
    P("Yannick SOURISSEAU", ["Yannick SOURISSEAU"]),  # byline
    P("Michel Perrinet", ["Michel Perrinet"], roles=[("président", C)]),
    P("Jalal Elage", ["Jalal Elage"], roles=[(None, "Prominvest")]),  # "gérée par"

    O(C, "other", [("Coop Angers French Tech", 1), ("Coop Angers French Tech", 2), C],
      aliases=["Coop Angers French Tech"]),
    O("Habitat et Humanisme", "other", ["Habitat et Humanisme"]),  # §16 kind (was association)
    O("Prominvest", "company", ["Prominvest"]),

    L("villa Médicis", ["villa Médicis"]),
    L("château d’Angers", ["château d’Angers"]),
    L("Maine", ["Maine"]),
    L("parc Balzac", ["parc Balzac"]),
    L("Angers", ["évêque d’[Angers]", "organisé à [Angers]"]),
    L("Poste centrale d’Angers", ["Poste centrale d’Angers"]),
    L("place du Ralliement", ["place du Ralliement"]),

    D("30/01/2021", "2021-01-30"),
    D("jusqu’en [2015]", "2015"),
    D("novembre 2017", "2017-11"),
]
UNANNOTATED = [("Angers", 7, "inside 'écosystème labellisé Angers French Tech', a label name, not annotated")]
