# pt724 — usinenouvelle.com, two candidates to succeed Alexandre Saubot at the head of the UIMM, their posts
BODY_START = None
BODY_END = None
GFI = "Groupe des fédérations industrielles"

RECORDS = [
    O("UIMM", "association", [("UIMM", 1), ("UIMM", 2)]),
    P("Alexandre Saubot", [("Alexandre Saubot", i) for i in range(1, 4)],
      roles=[("Saubot, [président] du syndicat", "UIMM")]),     # "du syndicat patronal de la métallurgie" = the UIMM
    P("Paul Rolland", [("Paul Rolland", i) for i in range(1, 4)],
      roles=[("Rolland, [patron] d’une PME", None),
             ("[PDG] de Steec", "Steec"),                         # "créateur": creating gives no role
             ("[préside] l’UIMM Lyon", "UIMM Lyon", "président"),
             ("il a été [président] du syndicat", "syndicat des Petites entreprises de la métallurgie")]),
    P("Philippe Darmayan", [("Philippe Darmayan", i) for i in range(1, 4)],
      roles=[(("[vice-président] de France Industrie", 1), "France Industrie"),
             ("[directeur d’usine]", "Péchiney"),                 # right after entering Péchiney
             ("devenir [président] d’Arcelor", "Arcelor Mittal"),
             ("[Président] du Groupe", GFI),
             (("[vice-président] de France Industrie", 2), "France Industrie"),
             ("administrateur", "Conseil national de l’industrie")]),
    O("France Industrie", "association", [("France Industrie", 1), ("France Industrie", 2)]),
    O("école de production Gorge-de-Loup", "education_research", ["école de production Gorge-de-Loup"]),
    L("Lyon", ["([Lyon])"]),
    O("HEC", "education_research", [("HEC", 1), ("HEC", 2)]),
    D(("depuis [2015]", 1), "2015"),
    O("Medef", "association", ["Medef"]),
    O("Péchiney", "company", ["Péchiney"]),
    O("Arcelor Mittal", "company", [("Arcelor Mittal", 1), ("Arcelor Mittal", 2)]),
    D("Mittal, en [2015]", "2015"),
    O(GFI, "association", [GFI, "([GFI],"], aliases=["GFI"]),
    M("19 fédérations nationales", GFI, 19, "fédérations nationales"),
    D(("depuis [2015]", 2), "2015"),
    O("Conseil national de l’industrie", "public_body", ["Conseil national de l’industrie"]),
    O("Steec", "company", ["Steec"]),
    L("Brindas", ["Brindas"]),
    L("Rhône", ["([Rhône])"]),
    O("UIMM Lyon", "association", ["UIMM Lyon"]),
    P("Pierre Gattaz", ["Pierre Gattaz"]),
    D("en [2013]", "2013"),
    O("syndicat des Petites entreprises de la métallurgie", "association", ["syndicat des Petites entreprises de la métallurgie"]),
]
UNANNOTATED = [("Rhône", 2, "inside the former name 'ex métallurgie du Rhône'")]
