# c15 — invented: dash lines "— A (B), présidente" after "L'association X … a élu son nouveau bureau … Il se compose de :", and a counter-example: prize winners "A (B), C (D) et E (F)" (affiliations only)
BODY_START = None
BODY_END = None
NV = "Numéricas Var"

RECORDS = [
    L("Toulon", ["Toulon"]),
    O(NV, "association", [NV]),
    D("du [30 novembre 2023]", "2023-11-30"),
    P("Valérie Giraud", [("Valérie Giraud", 1), ("Valérie Giraud", 2)],
      roles=[(None, "Faron Cybersécurité"), ("Cybersécurité), [présidente]", NV)]),
    O("Faron Cybersécurité", "company", ["Faron Cybersécurité"]),
    P("Inès Benhamou", ["Inès Benhamou"], roles=[(None, "Porquerolles Studio"), ("Studio), [vice-présidente]", NV)]),
    O("Porquerolles Studio", "company", ["Porquerolles Studio"]),
    P("Claire Audibert", ["Claire Audibert"], roles=[("Audibert, [trésorière]", NV)]),
    P("Sabrina Mercier", ["Sabrina Mercier"], roles=[(None, "Cap Sicié Conseil"), ("Conseil), [secrétaire générale]", NV)]),
    O("Cap Sicié Conseil", "company", ["Cap Sicié Conseil"]),
    P("Julie Estienne", ["Julie Estienne"], roles=[(None, "Gapeau Logiciels"), ("Logiciels), [membre du bureau]", NV)]),
    O("Gapeau Logiciels", "company", ["Gapeau Logiciels"]),
    P("Hélène Roux", ["Hélène Roux"], roles=[(None, "Six-Fours Data Lab"), ("Lab, [membre du bureau]", NV)]),
    O("Six-Fours Data Lab", "company", ["Six-Fours Data Lab"]),
    M("[210 adhérentes]", NV, 210, "adhérentes"),
    # the prize winners: their companies only, no title at the association
    P("Samia Ould-Ali", ["Samia Ould-Ali"], roles=[(None, "Brégaillon Robotique")]),
    O("Brégaillon Robotique", "company", ["Brégaillon Robotique"]),
    P("Margaux Pellegrin", ["Margaux Pellegrin"], roles=[(None, "Mourillon Apps")]),
    O("Mourillon Apps", "company", ["Mourillon Apps"]),
    P("Lise Castellan", ["Lise Castellan"], roles=[(None, "Sanary Océan Tech")]),
    O("Sanary Océan Tech", "company", ["Sanary Océan Tech"]),
    L("Var", ["le [Var]"]),
]
UNANNOTATED = []
