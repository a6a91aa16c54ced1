# c11 — invented: "Comité de direction renouvelé pour X … : A, Société B, présidente ; C, Société D, vice-président ; … ; E, F, G, H, et I, J, membres du comité." (';' items, company after a comma, a French Tech community named without a type noun)
BODY_START = None
BODY_END = None
FT = "French Tech Canigou Méditerranée"
COMITE = ("[membres du comité]", FT)

RECORDS = [
    L("Perpignan", ["Perpignan"]),
    O(FT, "other", [FT]),      # "la communauté", "labellisée": no association named (§14)
    D("le [15 mai]", "XXXX-05-15"),
    P("Núria Sagarra", [("Núria Sagarra", 1), ("Núria Sagarra", 2)],
      roles=[(None, "Canigó Apps"), ("Apps, [présidente]", FT),
             ("qui a [cofondé]", "Canigó Apps", "cofondatrice")]),
    O("Canigó Apps", "company", [("Canigó Apps", 1), ("Canigó Apps", 2)]),
    P("Arnau Vilanova", ["Arnau Vilanova"], roles=[(None, "Tet Analytics"), ("Analytics, [vice-président]", FT)]),
    O("Tet Analytics", "company", ["Tet Analytics"]),
    P("Sandrine Py", ["Sandrine Py"], roles=[(None, "Albères Drones"), ("Drones, [trésorière]", FT)]),
    O("Albères Drones", "company", ["Albères Drones"]),
    P("Pau Ferrer", ["Pau Ferrer"], roles=[("Ferrer, [secrétaire général]", FT)]),
    P("Damien Olive", ["Damien Olive"], roles=[(None, "Salanque Agritech"), COMITE]),
    O("Salanque Agritech", "company", ["Salanque Agritech"]),
    P("Laure Mestres", ["Laure Mestres"], roles=[(None, "Vallespir Santé Connectée"), COMITE]),
    O("Vallespir Santé Connectée", "company", ["Vallespir Santé Connectée"]),
    P("Cyril Batlle", ["Cyril Batlle"], roles=[(None, "Rivesaltes Logistique"), COMITE]),
    O("Rivesaltes Logistique", "company", ["Rivesaltes Logistique"]),
    D("en [2019]", "2019"),
    M("[150 membres]", FT, 150, "membres"),
    P("Estelle Rigaud", ["Estelle Rigaud"], roles=[("une [chargée de mission]", FT)]),
    D("en [2017]", "2017"),
]
UNANNOTATED = []
