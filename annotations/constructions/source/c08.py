# c08 — invented: bullet lines "• Présidente : A (B)" after "X … a présenté son bureau :" (organization named without a type noun in the heading; one title at the member's firm)
BODY_START = None
BODY_END = None
TI = "Tarn Innovacion"

RECORDS = [
    L("Albi", ["Albi"]),
    O(TI, "association", [(TI, 1), (TI, 2)]),     # "L'association de développement numérique du Tarn"
    L("Tarn", ["numérique du [Tarn]", "« Le [Tarn]"]),
    D("le [28 janvier]", "XXXX-01-28"),
    P("Marie-Pierre Cabrol", [("Marie-Pierre Cabrol", 1), ("Marie-Pierre Cabrol", 2)],
      roles=[("[Présidente] :", TI), (None, "Ferrals Électronique")]),
    O("Ferrals Électronique", "company", ["Ferrals Électronique"]),
    P("Guilhem Astruc", ["Guilhem Astruc"], roles=[("[Vice-président] :", TI), (None, "Lo Cò Digital")]),
    O("Lo Cò Digital", "company", ["Lo Cò Digital"]),
    # "expert-comptable (cabinet Sorèze Audit)": the text ties this title to the firm
    P("Frédéric Bousquet", ["Frédéric Bousquet"],
      roles=[("[Trésorier] :", TI), ("[expert-comptable] (cabinet", "Sorèze Audit")]),
    O("Sorèze Audit", "company", ["Sorèze Audit"]),
    P("Nathalie Delmas", ["Nathalie Delmas"], roles=[("[Secrétaire] :", TI)]),
    P("Julien Cazals", ["Julien Cazals"], roles=[("[Membres du bureau] :", TI), (None, "Graulhet Cuirs Connectés")]),
    O("Graulhet Cuirs Connectés", "company", ["Graulhet Cuirs Connectés"]),
    P("Amandine Pradel", ["Amandine Pradel"], roles=[("[Membres du bureau] :", TI), (None, "Pastèl")]),
    O("Pastèl", "company", ["Pastèl"]),     # "Agence Pastèl": the capitalized head noun is left out (§16)
    M("[95 adhérents]", TI, 95, "adhérents"),
    D("en [2023]", "2023"),
    A("40 000 euros", 40000, to=TI),     # a subsidy received, the funder not named
    L("Castres", ["Castres"]),
]
UNANNOTATED = []
