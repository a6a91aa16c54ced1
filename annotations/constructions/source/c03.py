# c03 — invented: line list "- A, directrice générale de B : présidente" (the company title given at the company, the board title after the colon at the cluster)
BODY_START = None
BODY_END = None
VO = "Vagues & Octets"

RECORDS = [
    O(VO, "association", [VO]),
    D("dévoilé [mardi]", None, relative=True),
    L("Lorient", ["Lorient"]),
    P("Morgane Kerhervé", ["Morgane Kerhervé"],
      roles=[("[directrice générale] de Ty Kod", "Ty Kod"), ("Ty Kod : [présidente]", VO),
             ("la nouvelle [présidente]", VO)]),        # the quote's speaker, an unambiguous coreference
    O("Ty Kod", "company", ["Ty Kod"]),
    P("Loïc Jaouen", ["Loïc Jaouen"],
      roles=[("Jaouen, [fondateur]", "Marellec Analytics"), ("Analytics : [vice-président]", VO)]),
    O("Marellec Analytics", "company", ["Marellec Analytics"]),
    P("Anne-Sophie Riou", ["Anne-Sophie Riou"],
      roles=[("[responsable innovation] chez", "Groix Composites"), ("Composites : [trésorière]", VO)]),
    O("Groix Composites", "company", ["Groix Composites"]),
    P("Tangi Le Dantec", ["Tangi Le Dantec"],
      roles=[("Dantec, [gérant]", "Skeudenn"), ("Skeudenn : [secrétaire]", VO)]),
    O("Skeudenn", "company", ["Skeudenn"]),     # "l'agence Skeudenn": generic head left out
    P("Corentin Bellec", ["Corentin Bellec"],
      roles=[(None, "Kalon Robotics"), ("Robotics : [membre du bureau]", VO)]),   # "Nom, Société": an affiliation
    O("Kalon Robotics", "company", ["Kalon Robotics"]),
    M("[62 adhérents]", VO, 62, "adhérents"),
    L("Vannes", ["Vannes"]),
    L("Quimperlé", ["Quimperlé"]),
    P("Jean-Yves Morvan", ["Jean-Yves Morvan"],
      roles=[("avait été [présidé]", VO, "président"), ("reste [administrateur]", VO)]),
    L("Bretagne Sud", ["Bretagne Sud"]),
    A("95 000 euros", 95000, to=VO),    # the association's budget
]
UNANNOTATED = []
