# pt718 — blogca-toulouse31.fr, the Village by CA accelerator in Toulouse and its partner companies
BODY_START = None
BODY_END = None
VCA = "Le Village By CA"

RECORDS = [
    L("Toulouse", [("Toulouse", 1), ("Toulouse", 2)]),
    L("Silicon Valley", ["Silicon Valley"]),
    D("janvier 2017", "2017-01"),
    O(VCA, "other", [VCA]),        # "Le Village", "du Village": capitalized common noun, anaphora (§16)
    O("Arterris", "company", ["Arterris"]),
    O("Ethics group", "company", ["Ethics group"]),
    O("GA Smart Building", "company", ["GA Smart Building"]),
    O("Aerospace Valley", "association", ["Aerospace Valley"]),     # "les pôles de compétitivité"
    O("Agri sud-ouest", "association", ["Agri sud-ouest"]),
    O("Météo France", "public_body", ["Météo France"]),
    O("Epitech", "education_research", ["Epitech"]),
    O("Irrijardin", "company", ["Irrijardin"]),
    O("Pioneer Semences", "company", ["Pioneer Semences"]),
    P("Aure Fournier", [("Aure Fournier", 1), ("Aure Fournier", 2)], roles=[("la [Maire] du Village", VCA)]),
    A("10 millions d’euros", 10000000),       # the envelope of an unnamed "banque de l'innovation": no link
]
UNANNOTATED = []
