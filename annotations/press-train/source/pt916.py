# pt916 — toulouse7.com, the aerospace cluster's performance contract signed by a minister, region and metropolis presidents (2009)
BODY_START = None
BODY_END = None
AV = "Aerospace Valley"
RMP = "Région Midi-Pyrénées"
CUT = "Communauté Urbaine de Toulouse"

RECORDS = [
    P("Pierre Cohen", ["Pierre Cohen"], roles=[("Cohen [président] d la", CUT)]),
    O(CUT, "public_body", [CUT, "Communautés Urbaines de Toulouse"]),     # the plural coordination names it with Bordeaux's
    P("Martin Malvy", [("Martin Malvy", i) for i in range(1, 5)],
      roles=[("Malvy [président] de la région", RMP),     # "la région Midi Pyrénées": the place; the role at its public body (§16)
             ("Malvy, [président] de la Région", RMP)]),
    L("Midi Pyrénées", ["Midi Pyrénées"]),
    P("Hervé Morin", [("Hervé Morin", 1), ("Hervé Morin", 2)],
      roles=[("le [Ministre de la défense] Hervé", None), ("[ministre de la Défense]", None)]),
    D("ont signé [mardi]", None, relative=True),
    O(AV, "association", [(AV, i) for i in range(1, 5)] + ["Aeropace Valley"], aliases=["Aeropace Valley"]),
    # "Le stand Aerospace Valley Midi-Pyrénées Aquitaine": the cluster's name, then the two regions as places
    L("Midi-Pyrénées", [("Midi-Pyrénées", 1), ("Midi-Pyrénées", 2), ("Midi-Pyrénées", 4), ("Midi-Pyrénées", 5)]),
    L("Aquitaine", [("Aquitaine", 1), ("Aquitaine", 3), ("Aquitaine", 4)]),
    D("contrat de performance [2009-2011]", "2009", value_end="2011"),
    O(RMP, "public_body", [RMP]),
    P("Alain Rousset", ["Alain Rousset"], roles=[("Rousset, [président] de la Région", "Région Aquitaine")]),
    O("Région Aquitaine", "public_body", ["Région Aquitaine"]),
    O("Bordeaux", "public_body", ["Toulouse et [Bordeaux]"]),            # Bordeaux's urban community, by ellipsis, a signatory
    L("France", ["France"]),
    # "le président de la Région a annoncé": two region presidents are named, no role (§16)
]
UNANNOTATED = []
