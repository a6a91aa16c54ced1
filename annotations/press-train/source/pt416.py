# pt416 — quidam-hebdo.com, La Serre business nursery at the Technopole Agen-Garonne.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Agen", ["[Agen] :", "commerce d’[Agen]"]),
    D("[Mardi 11 octobre]", "XXXX-10-11"),
    L("La Serre", ["d'entreprise la [Serre]", "« [La Serre] »"]),  # §16: "la future pépinière", a chantier: a planned body is no organization (venue, as pt460)
    P("Alain Rousset", [("Alain Rousset", 1), ("Alain Rousset", 2)],
      roles=[("du [président] de région", "Région Nouvelle-Aquitaine"),  # §16: generic noun outside the title span
             ("du [président] de la Région Nouvelle-Aquitaine", "Région Nouvelle-Aquitaine")]),
    L("Technopole Agen-Garonne", ["Technopole Agen-Garonne", "Technopole Agen Garonne"]),  # the site (business park)
    O("Région Nouvelle-Aquitaine", "public_body", ["Région Nouvelle-Aquitaine"]),
    D("ce [mardi 11 octobre]", "XXXX-10-11"),
    P("Olivier Grima", ["Olivier Grima"],
      roles=[("Grima, [maire] de", None),  # Castelculier, the place
             ("[vice-président] de l’Agglomération", "Agglomération d’Agen")]),  # "… en charge de l'économie": not contiguous
    L("Castelculier", ["Castelculier"]),
    O("Agglomération d’Agen", "public_body", ["Agglomération d’Agen"]),
    O("Sud Management", "education_research", ["Sud Management"]),
    O("CCI 47", "public_body", ["CCI 47"]),
    L("Estillac", ["Estillac"]),
]

UNANNOTATED = []
