# pt830 — 01net.com, venture funding at Sophia-Antipolis in 2001 according to Dynamis (2002)
BODY_START = "A Sophia-Antipolis, les levées"     # "Passer au contenu": skip link
BODY_END = None
SA = "Sophia-Antipolis"

RECORDS = [
    P("Michel Bernasconi", ["Michel Bernasconi"],
      roles=[("directeur de la chaire Entrepreneuriat high-tech", "Ceram")]),   # "Créée par": no role (§15)

    O("Dynamis", "other", [("Dynamis", i) for i in range(1, 6)]),   # "l’Observatoire Dynamis", "cette structure"
    O("Ceram", "education_research", ["Ceram"]),
    O("CCI Nice-Côte d’Azur", "public_body", ["CCI Nice-Côte d’Azur"]),
    O("Sud Capital", "other", ["Sud Capital"]),
    O("Sofinnova Partners", "other", ["Sofinnova Partners"]),
    O("3I", "other", ["3I"]),
    O("Right Vision", "company", ["Right Vision"]),
    O("Realviz", "company", ["Realviz"]),

    L(SA, [(SA, i) for i in range(1, 5)]),
    L("Côte", ["sur la [Côte]"]),
    L("Asie", ["Asie"]),
    L("Singapour", ["Singapour"]),
    L("Japon", ["Japon"]),

    D(("2001", 1), "2001"),
    D("[2002] promet", "2002"),
    D(("2001", 2), "2001"),
    D("depuis [1996]", "1996"),
    D(("2001", 3), "2001"),
    A("46 millions d’euros", 46000000),
    D("en [2000] pour", "2000"),
    A("110 millions d’euros", 110000000),
    D(("2001", 4), "2001"),
    D("1996-2001", "1996", value_end="2001"),
    D("champions [2001]", "2001"),
    A("17,4 millions d’euros", 17400000, to="Right Vision"),
    A("9,9 millions d’euros", 9900000, to="Realviz"),
    A("2,9 millions d’euros", 2900000),
    D("table [2000]", "2000"),
]

# "de 3,7 à 2,9 millions d’euros" is a fall from one average to another, not a range: "3,7" (scale shared, not
# written) is left out; "2,9 millions d’euros" is annotated.
UNANNOTATED = []
