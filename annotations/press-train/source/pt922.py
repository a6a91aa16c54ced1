# pt922 — gazettelabo.fr, the Rennes Atalante technopole turns twenty: its president and the metropolis president (2005)
BODY_START = None
BODY_END = None
RA = "Rennes Atalante"

RECORDS = [
    D("[Février 2005]", "2005-02"),                       # issue date
    O(RA, "association", [(RA, i) for i in range(1, 5)]),
    D("déposés [il y a vingt ans]", None, relative=True),
    O("Rennes District", "public_body", [("Rennes District", 1), ("Rennes District", 2)]),
    D("en [1984]", "1984"),
    D("Lorsqu’en [1983]", "1983"),
    P("Edmond HERVE", ["M. Edmond HERVE"], roles=[("HERVE, [Président] de Rennes", "Rennes Métropole")]),
    O("Rennes Métropole", "public_body", ["Rennes Métropole"]),
    D("les [années 50]", "195X"),
    D("les [années 60]", "196X"),
    P("Jacques D. de CERTAINES", ["M. Jacques D. de CERTAINES"], roles=[("CERTAINES, [Président] de Rennes", RA)]),
    # "l’Université", "le CHU": common nouns with no proper part, no mention (§16)
    L("Rennes Atalante Beaulieu", ["Rennes Atalante Beaulieu"]),     # the technopole's sites
    L("Rennes Atalante Villejean", ["Rennes Atalante Villejean"]),
    O("Ecole Nationale Supérieure Agronomique de Rennes", "education_research",
      ["ENSAR", "Ecole Nationale Supérieure Agronomique de Rennes"], aliases=["ENSAR"]),
    # the final "Renne" is cut by the excerpt's end
]
UNANNOTATED = []
