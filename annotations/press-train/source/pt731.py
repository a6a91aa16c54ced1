# pt731 — lequotidiendumedecin.fr, ten years of the trinational Biovalley network and its French branch
BODY_START = None
BODY_END = None
BV = "Biovalley"
ABV = "Alsace Biovalley"
PIT = "pôle Innovations thérapeutiques de Strasbourg"

RECORDS = [
    O("Novartis", "company", ["Novartis"]),
    O("Roche", "company", ["Roche"]),
    L("Strasbourg", ["où est [Strasbourg]"]),
    O(BV, "other", ["parfaitement [Biovalley]", "branche française de [Biovalley]", "[Biovalley] a su",
                    "accumulé par [Biovalley]", "[Biovalley] organise", "[Biovalley] met"]),
    P("Gérard Christmann", ["Gérard Christmann"], roles=[("Christmann, [président]", ABV)]),
    O(ABV, "other", [(ABV, 1), (ABV, 2)]),               # "la branche française de Biovalley": two records
    D("il y a dix ans", None, relative=True),
    O(PIT, "association", [PIT]),
    D("en [2005]", "2005"),
    L("Mulhouse", ["Mulhouse"]),
    D("depuis [1998]", "1998"),
]
UNANNOTATED = []
