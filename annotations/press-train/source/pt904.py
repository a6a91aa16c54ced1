# pt904 — objectif-languedoc-roussillon.latribune.fr, Eurobiomed elects a new president ahead of its merger with Cancer Bio Santé (2019)
BODY_START = "Le projet était"     # after the store's date stamp
BODY_END = None
EB = "Eurobiomed"
CBS = "Cancer Bio Santé"

RECORDS = [
    O(EB, "association", [(EB, 1), (EB, 2)]),
    L("Sud-PACA", ["Sud-PACA"]),
    L("Languedoc-Roussillon", ["Languedoc-Roussillon"]),
    O(CBS, "association", [(CBS, 1), "CBS", (CBS, 2)], aliases=["CBS"]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),
    L("Limousin", ["Limousin"]),
    D("le [20 septembre prochain]", None, relative=True),
    D("[21 juin dernier]", None, relative=True),
    P("Xavier Tabary", [("Xavier Tabary", 1), ("Xavier Tabary", 2)],
      roles=[("le mandat de son [président]", EB),
             ("le [président] sortant", EB)]),
    P("Michaël Danon", [("Michaël Danon", 1), ("Michaël Danon", 2)],
      roles=[("[directeur général adjoint] du Groupe", "Pierre Fabre"),
             (None, EB)]),          # elected to succeed the president of Eurobiomed: head of it, no title written for him
    O("Pierre Fabre", "company", ["Groupe [Pierre Fabre]"]),
    L("Castres", ["Castres"]),
    D("en [septembre prochain]", None, relative=True),
    L("France", ["France"]),
    L("Marseille", ["Marseille"]),
    L("Toulouse", ["Toulouse"]),
]
UNANNOTATED = []
