# pt673 — channelnews.fr, Jamal Labed elected president of the Afdel (2012)
BODY_END = None
AF = "Association Française des Editeur de Logiciels et Solutions Internet"

RECORDS = [
    P("Fleur Pellerin", [("Fleur Pellerin", 1), ("Fleur Pellerin", 2)],
      roles=[("ministre déléguée en charge des PME, de l’innovation et du numérique", None)]),
    P("Jamal Labed", [("Jamal Labed", 1), ("Jamal Labed", 2)],
      roles=[("nouveau [président] en la personne", AF),
             ("directeur général", "Easyvista"),
             ("membre fondateur", AF)]),
    P("Pierre-Marie Lehucher", [("Pierre-Marie Lehucher", 1), ("Pierre-Marie Lehucher", 2)],
      roles=[(None, "Berger-Levrault"),
             ("intérim", AF, "président par intérim")]),        # "qui assurait l'intérim" (of the presidency)
    P("Patrick Bertrand", [("Patrick Bertrand", 1), ("Patrick Bertrand", 2)],
      roles=[(None, "CEGID"),
             ("à la [présidence] du Conseil", "Conseil National du Numérique", "président")]),
    P("Vincent Chaillou", ["Vincent Chaillou"], roles=[("directeurs généraux", "ESI Group")]),   # "respectivement"
    P("Philippe Lijour", ["Philippe Lijour"], roles=[("directeurs généraux", "Itesoft")]),
    P("Stanislas de Rémur", ["Stanislas de Rémur"], roles=[("directeurs généraux", "Oodrive")]),
    P("Bernard Charlès", ["Bernard Charlès"], roles=[(("CEO", 1), "Dassault Systèmes")]),
    P("Eric Boustouller", ["Eric Boustouller"], roles=[(("CEO", 2), "Microsoft France")]),
    P("Henri van der Vaeren", ["Henri van der Vaeren"], roles=[(("CEO", 3), "SAP France")]),
    P("Bertrand Diard", ["Bertrand Diard"], roles=[(("CEO", 4), "Talend")]),

    O(AF, "association", ["[Afdel] (" + AF + ")", "Afdel ([" + AF + "])"], aliases=["Afdel"]),
    O("ESI Group", "company", [("ESI Group", 1), ("ESI Group", 2)]),
    O("Itesoft", "company", [("Itesoft", 1), ("Itesoft", 2)]),
    O("Oodrive", "company", [("Oodrive", 1), ("Oodrive", 2)]),
    O("Easyvista", "company", ["Easyvista"]),
    O("Berger-Levrault", "company", ["Berger-Levrault"]),
    O("CEGID", "company", ["CEGID"]),
    O("Conseil National du Numérique", "public_body", ["Conseil National du Numérique"]),
    O("Dassault Systèmes", "company", ["Dassault Systèmes"]),
    O("Microsoft France", "company", ["Microsoft France"]),
    O("SAP France", "company", ["SAP France"]),
    O("Talend", "company", ["Talend"]),

    L("France", ["logicielle en [France]"]),

    D("avril dernier", None, relative=True),
]

UNANNOTATED = []
