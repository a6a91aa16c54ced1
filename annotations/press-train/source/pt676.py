# pt676 — rtl.fr, start-ups in Lannion before the 2017 presidential election
BODY_START = "publié le 20/03/2017"      # " date 2017-03 " is the store's prefix
BODY_END = None

RECORDS = [
    P("Anne-Cécile Le Quéré", ["Anne-Cécile Le Quéré"], roles=[("La [dirigeante] de 45", None)]),   # her company is not named

    O("RTL", "media", ["RTL"]),
    O("Google", "company", ["Google"]),

    L("Lannion", ["Direction [Lannion]"]),
    L("Côtes-d'Armor", ["Côtes-d'Armor"]),
    L("Paris", ["Paris"]),
    L("plateau de Pégase", ["plateau de Pégase"]),
    L("Technopole de Lannion", ["Technopole de Lannion"]),     # where the start-ups are: the site

    D("20/03/2017", "2017-03-20"),        # publication stamp
    D("en [2010]", "2010"),
]

UNANNOTATED = []
