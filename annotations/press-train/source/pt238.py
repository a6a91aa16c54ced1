# pt238: Traces Écrites News, the six poles of Alsace-Champagne-Ardenne-Lorraine sign a partnership (2016).
BODY_START = None
BODY_END = None

VF = "Véhicule du futur"
AB = "Alsace BioValley"
RECORDS = [
    P("Denis Rezé", ["Denis Rezé"], roles=[("Rezé, [président] du Pôle", VF)]),
    P("Séverine Sigrist", ["Séverine Sigrist"],
      roles=[("La [présidente] d’Alsace", AB), ("décrit la [présidente]", AB),
             (None, "Defymed")]),  # "son entreprise Defymed"

    O(VF, "association", [(VF, 1), "Véhicule du Futur", (VF, 2)]),
    O(AB, "association", [(AB, 1), (AB, 2)]),
    O("Fibres-Energivie", "association", ["Fibres-Energivie"]),
    O("Hydreos", "association", ["Hydreos"]),
    O("IAR", "association", ["IAR"]),
    O("Materalia", "association", ["Materalia"]),
    O("Defymed", "company", ["Defymed"]),

    L("France", ["France"]),
    L("Alsace-Champagne Ardenne-Lorraine", ["Alsace-Champagne Ardenne-Lorraine"]),
    L("Alsace", ["l’[Alsace] et", "en [Alsace], dont"]),
    L("Franche-Comté", ["Franche-Comté"]),
    L("Strasbourg", ["Strasbourg"]),

    A("4,2 millions d’€", 4200000),

    D("25 février", "XXXX-02-25"),
]
UNANNOTATED = []
